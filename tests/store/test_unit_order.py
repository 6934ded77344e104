"""Units come back in pinyin order from both stores (issue 24): a ledger file and a
server ledger list them alike, whatever the server's collation."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest

from govledger.domain.model import TaskKind
from govledger.messages import GovLedgerError
from govledger.store import Ledger

# added in this (code point-ish) order; expected in pinyin order
ADDED = ["市教育局", "财政局", "办公室", "安全生产委员会", "市发展改革委", "12345热线", "IT科"]
PINYIN = ["12345热线", "IT科", "安全生产委员会", "办公室", "财政局", "市发展改革委", "市教育局"]


def test_units_come_back_in_pinyin_order(ledger: Ledger) -> None:
    for name in ADDED:
        ledger.add_unit(name)
    assert [unit.name for unit in ledger.units()] == PINYIN
    assert list(ledger.unit_directory()) == PINYIN


def test_a_renamed_unit_takes_its_new_place(ledger: Ledger) -> None:
    for name in ADDED:
        ledger.add_unit(name)
    [office] = [unit for unit in ledger.units() if unit.name == "办公室"]
    ledger.rename_unit(office.id, "政府办公室")
    assert [unit.name for unit in ledger.units()][-1] == "政府办公室"  # zheng after shi


def test_the_units_a_plan_gives_work_to_are_in_pinyin_order(ledger: Ledger) -> None:
    plan = ledger.create_plan("2024年政务公开工作要点", 2024).created_plan or 0
    heading = ledger.add_task(plan, "一、总体要求", kind=TaskKind.HEADING).created_task
    for text, lead in (
        ("教育公开", ["市教育局"]),
        ("财政预决算公开", ["财政局"]),
        ("安全生产信息公开", ["安全生产委员会", "办公室"]),
    ):
        ledger.add_task(plan, text, parent_id=heading, lead_units=lead)
    assert ledger.units_given_work(plan) == ["安全生产委员会", "办公室", "财政局", "市教育局"]


def test_both_stores_give_one_order(pg_server, tmp_path: Path) -> None:
    names = [*ADDED, "Office", "office", "b组", "A组", "１号楼", "2号楼", "（筹）", "长安", "〇"]
    orders = []
    for location in (tmp_path / "ledger.sqlite", pg_server.new_database()):
        with Ledger.open(location, cache_folder=tmp_path / "cache") as ledger:
            for name in names:
                ledger.add_unit(name)
            orders.append([unit.name for unit in ledger.units()])
    assert orders[0] == orders[1]
    assert orders[0] == [
        "（筹）", "12345热线", "１号楼", "2号楼", "A组", "b组", "IT科", "Office", "office",
        "安全生产委员会", "办公室", "财政局", "〇", "市发展改革委", "市教育局", "长安",
    ]  # fmt: skip


# ---------------------------------------------------------------- a clerk's units
_logins = itertools.count(1)


def test_a_clerks_units_are_listed_in_pinyin_order(pg_server, tmp_path: Path) -> None:
    url = pg_server.new_database()
    login = f"clerk_order_{next(_logins)}"
    pg_server.admin(f"CREATE ROLE {login} LOGIN")
    with Ledger.open(url, cache_folder=tmp_path / "owner") as owner:
        plan = owner.create_plan("2024年政务公开工作要点", 2024).created_plan or 0
        other = owner.add_task(plan, "做好信息公开", lead_units=["信息中心"]).created_task or 0
        for name in ADDED:
            owner.add_unit(name)
        owner.install_roles()
        owner.add_clerk(login, ["市教育局", "财政局", "办公室"])
        [entry] = [entry for entry in owner.access_list() if entry.login == login]
        assert entry.units == ("办公室", "财政局", "市教育局")
    clerk_url = pg_server.as_login(url, login)
    with Ledger.open(clerk_url, cache_folder=tmp_path / login) as clerk:
        assert clerk.my_role().units == ("办公室", "财政局", "市教育局")
        with pytest.raises(GovLedgerError) as refused:
            clerk.add_progress(other, "越权填写")
        assert refused.value.key == "server.not_your_unit"
        assert "办公室、财政局、市教育局" in str(refused.value)
