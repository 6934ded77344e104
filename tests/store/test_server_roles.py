"""Who may do what on a shared server ledger (issue 24): an administrator
everything, a unit clerk only their units' requirements, refused by the server in
one clear line, and Ledger.may_write agreeing with the server."""

from __future__ import annotations

import itertools
from datetime import date
from pathlib import Path

import pytest

from govledger.domain.deadline_parser import parse
from govledger.domain.draft import DraftTask, PlanDraft
from govledger.domain.model import Status, TaskKind
from govledger.domain.unit_kinds import UnitKind
from govledger.messages import GovLedgerError
from govledger.store import Ledger
from govledger.store.server_roles import server_may_write
from tests.pg_server import TestServer

_logins = itertools.count(1)
EVENT_DEADLINE = "文件印发后3个工作日内"


def _login(pg_server, prefix: str) -> str:
    name = f"{prefix}_{next(_logins)}"
    pg_server.admin(f"CREATE ROLE {name} LOGIN")
    return name


@pytest.fixture
def shared(pg_server, tmp_path: Path):
    """A server ledger with a plan, its roles installed, a clerk of 办公室, a clerk of
    法制科 and an administrator; yields (url, ids, logins)."""
    url = pg_server.new_database()
    with Ledger.open(url, cache_folder=tmp_path / "owner") as owner:
        plan = owner.create_plan("2021年政务公开工作要点", 2021).first_created("plans")
        heading = owner.add_task(plan, "一、总体要求", kind=TaskKind.HEADING).first_created("tasks")
        ids = {"plan": plan}
        for key, text, lead, co in (
            ("office", "建立政务公开台账", ["办公室"], []),
            ("law", "做好政策解读", ["法制科"], []),
            ("all_offices", "各科室按职责公开", ["局各科室"], []),
            ("others", "其他科室配合", ["信息中心"], ["其他科室"]),
        ):
            rule = parse(EVENT_DEADLINE, 2021).rule  # for the events clerks record
            ids[key] = owner.add_task(
                plan,
                text,
                parent_id=heading,
                lead_units=lead,
                co_units=co,
                deadline_text=EVENT_DEADLINE,
                deadline_rule=rule,
            ).first_created("tasks")
        owner.add_task(
            plan, "协调", parent_id=heading, lead_units=["法制科"], co_units=["其他科室"]
        )
        for unit in owner.units():
            if unit.name in ("办公室", "法制科"):
                owner.set_unit_kind(unit.id, UnitKind.OFFICE)
            elif unit.name == "信息中心":
                owner.set_unit_kind(unit.id, UnitKind.INSTITUTION)
        owner.install_roles()
        logins = {
            "office": _login(pg_server, "clerk_a"),
            "law": _login(pg_server, "clerk_b"),
            "admin": _login(pg_server, "boss"),
        }
        owner.add_clerk(logins["office"], ["办公室"])
        owner.add_clerk(logins["law"], ["法制科"])
        owner.add_admin(logins["admin"])
    return url, ids, logins


def _open(url: str, login: str, tmp_path: Path) -> Ledger:
    return Ledger.open(TestServer.as_login(url, login), cache_folder=tmp_path / login)


def test_a_clerk_writes_their_units_requirement(shared, tmp_path: Path) -> None:
    url, ids, logins = shared
    with _open(url, logins["office"], tmp_path) as clerk:
        access = clerk.my_role()
        assert (access.role, access.units) == ("clerk", ("办公室",))
        clerk.add_progress(ids["office"], "已建立台账")
        clerk.attach_bytes(ids["office"], "台账".encode(), "台账.txt")
        clerk.update_task(ids["office"], status=Status.DONE)
        changes = clerk.update_task(ids["office"], note="按月更新")
        clerk.revert(changes)  # undo rewrites the whole row: still only the note differs
        assert clerk.task(ids["office"]).status is Status.DONE
        assert [e.text for e in clerk.progress_entries(ids["office"])] == ["已建立台账"]
        assert len(clerk.evidence_for(ids["office"])) == 1
        entry = clerk.progress_entries(ids["office"])[0]
        clerk.delete_progress(entry.id)
        clerk.record_event(ids["office"], date(2021, 5, 6), note="文件印发")


def test_a_clerk_is_refused_another_units_requirement(shared, tmp_path: Path) -> None:
    url, ids, logins = shared
    with _open(url, logins["office"], tmp_path) as clerk:
        before = clerk.stats()
        for attempt in (
            lambda: clerk.add_progress(ids["law"], "越权填写"),
            lambda: clerk.attach_bytes(ids["law"], b"x", "x.txt"),
            lambda: clerk.update_task(ids["law"], status=Status.DONE),
            lambda: clerk.record_event(ids["law"], date(2021, 5, 6)),
        ):
            with pytest.raises(GovLedgerError) as refused:
                attempt()
            assert refused.value.key == "server.not_your_unit"
            assert "做好政策解读" in str(refused.value) and "办公室" in str(refused.value)
        assert clerk.stats() == before
        assert clerk.task(ids["law"]).status is Status.NOT_STARTED


def test_a_clerk_changes_no_text_plans_or_units(shared, tmp_path: Path) -> None:
    url, ids, logins = shared
    with _open(url, logins["office"], tmp_path) as clerk:
        with pytest.raises(GovLedgerError) as refused:
            clerk.update_task(ids["office"], text="改写要求")
        assert refused.value.key == "server.admin_only"
        for attempt in (
            lambda: clerk.create_plan("2022年政务公开工作要点", 2022),
            lambda: clerk.add_task(ids["plan"], "新要求"),
            lambda: clerk.add_unit("新科室"),
        ):
            with pytest.raises(GovLedgerError) as refused:
                attempt()
            assert refused.value.key == "server.refused"
        assert clerk.task(ids["office"]).text == "建立政务公开台账"
        assert len(clerk.plans()) == 1


def test_a_clerk_cannot_import(shared, tmp_path: Path) -> None:
    url, _ids, logins = shared
    draft = PlanDraft(title="方案", year=2022, roots=[DraftTask(TaskKind.REQUIREMENT, "要求", "1")])
    with _open(url, logins["office"], tmp_path) as clerk:
        with pytest.raises(GovLedgerError) as refused:
            clerk.import_draft(draft)
        assert refused.value.key == "server.refused"
        assert len(clerk.plans()) == 1


def test_an_administrator_does_everything(shared, tmp_path: Path) -> None:
    url, ids, logins = shared
    with _open(url, logins["admin"], tmp_path) as admin:
        assert admin.my_role().role == "admin"
        admin.create_plan("2022年政务公开工作要点", 2022)
        admin.add_progress(ids["law"], "已解读")
        admin.update_task(ids["law"], text="做好重大政策解读", status=Status.IN_PROGRESS)
        admin.add_unit("新科室")
        assert all(admin.may_write(task_id) for task_id in ids.values())


def test_may_write_agrees_with_the_server(shared, tmp_path: Path) -> None:
    url, ids, logins = shared
    expected = {
        "office": {"office": True, "law": False, "all_offices": True, "others": True},
        "law": {"office": False, "law": True, "all_offices": True, "others": True},
    }
    for who, verdicts in expected.items():
        with _open(url, logins[who], tmp_path) as clerk:
            access = clerk.my_role()
            for key, verdict in verdicts.items():
                assert clerk.may_write(ids[key], access) is verdict, (who, key)
                assert server_may_write(clerk._db, ids[key]) is verdict, (who, key)
                if verdict:
                    clerk.add_progress(ids[key], f"{who} 填写")
                else:
                    with pytest.raises(GovLedgerError):
                        clerk.add_progress(ids[key], f"{who} 填写")


def test_a_file_ledger_is_its_users(tmp_path: Path) -> None:
    with Ledger.open(tmp_path / "ledger.sqlite") as ledger:
        assert ledger.my_role().role == "file"
        plan = ledger.create_plan("计划", 2021).first_created("plans")
        task = ledger.add_task(plan, "要求", lead_units=["办公室"]).first_created("tasks")
        assert ledger.may_write(task)
        with pytest.raises(GovLedgerError) as refused:
            ledger.install_roles()
        assert refused.value.key == "server.needs_server"
