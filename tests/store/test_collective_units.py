"""Collective unit names (局各科室, 其他科室) reach their members in packages, reminders and
the directory; the directory records each unit's kind (issue 23)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from govledger.domain.model import TaskKind
from govledger.domain.unit_kinds import UnitKind
from govledger.store import Ledger, migrations
from govledger.store.package_format import read_package

TODAY = date(2022, 11, 10)


@pytest.fixture
def plan(ledger: Ledger) -> dict[str, int]:
    ids: dict[str, int] = {}
    ids["plan"] = ledger.create_plan("2022年政务公开工作要点分工方案", 2022).created_plan or 0
    heading = ledger.add_task(ids["plan"], "一、强化政策解读", kind=TaskKind.HEADING).created_task
    for key, text, lead, co in (
        ("own", "做好信息中心网站维护", ["信息中心"], []),
        ("all", "各科室梳理本科室主动公开目录", ["局各科室"], []),
        ("others", "配合做好政策解读", ["办公室"], ["其他科室"]),
        ("named", "做好法制审核", ["法制科"], []),
    ):
        ids[key] = ledger.add_task(
            ids["plan"], text, parent_id=heading, lead_units=lead, co_units=co,
            due=date(2022, 11, 1),
        ).created_task or 0  # fmt: skip
    return ids


def test_the_directory_records_kinds_guessed_and_set(ledger: Ledger, plan: dict) -> None:
    directory = ledger.unit_directory()
    assert directory["办公室"] is UnitKind.OFFICE and directory["法制科"] is UnitKind.OFFICE
    assert directory["信息中心"] is UnitKind.INSTITUTION
    [centre] = [unit for unit in ledger.units() if unit.name == "信息中心"]
    changes = ledger.set_unit_kind(centre.id, UnitKind.OFFICE)  # this office calls it a 科室
    assert changes.units_changed and ledger.unit_directory()["信息中心"] is UnitKind.OFFICE
    ledger.revert(changes)
    assert ledger.unit_directory()["信息中心"] is UnitKind.INSTITUTION


def test_a_package_for_an_office_holds_its_collective_work(
    ledger: Ledger, plan: dict, tmp_path: Path
) -> None:
    path = ledger.export_package(plan["plan"], "法制科", tmp_path / "法制科.govpkg").path
    texts = {record["fields"]["text"] for record in read_package(path).records["tasks"]}
    assert {"各科室梳理本科室主动公开目录", "配合做好政策解读", "做好法制审核"} <= texts
    assert "做好信息中心网站维护" not in texts
    path = ledger.export_package(plan["plan"], "办公室", tmp_path / "办公室.govpkg").path
    texts = {record["fields"]["text"] for record in read_package(path).records["tasks"]}
    assert "各科室梳理本科室主动公开目录" in texts  # 办公室 is one of 局各科室 …
    assert "配合做好政策解读" in texts  # … and leads this one (其他科室 excludes it)


def test_reminders_go_to_members_never_to_a_collective(ledger: Ledger, plan: dict) -> None:
    summary = ledger.reminders(plan["plan"], TODAY)
    units = {group.unit: group for group in summary.units}
    assert "局各科室" not in units and "其他科室" not in units
    assert set(units) == {"办公室", "法制科", "信息中心"}
    lines = {line.entry.task.id: line.role for line in units["法制科"].lines}
    assert lines == {plan["all"]: "lead", plan["others"]: "co", plan["named"]: "lead"}
    office = {line.entry.task.id: line.role for line in units["办公室"].lines}
    assert office == {plan["all"]: "lead", plan["others"]: "lead"}


def test_the_kind_migration_guesses_existing_units(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "ledger.sqlite"
    with monkeypatch.context() as patched:
        patched.setattr(migrations, "MIGRATIONS", migrations.MIGRATIONS[:6])
        patched.setattr(migrations, "LATEST_VERSION", 6)
        with Ledger.open(path) as ledger, ledger._db.atomic():
            for name in ("办公室", "信息中心", "市数据局"):
                ledger._db.execute(
                    "INSERT INTO units (name, created_at) VALUES (?, '2022-01-01')", [name]
                )
    with Ledger.open(path) as ledger:
        assert ledger.unit_directory() == {
            "信息中心": UnitKind.INSTITUTION,
            "办公室": UnitKind.OFFICE,
            "市数据局": UnitKind.UNKNOWN,
        }
        columns = {row[1] for row in ledger._db.execute("PRAGMA table_info(sync_state)")}
        assert "content" in columns


def test_packages_go_to_units_never_to_a_collective_name(
    ledger: Ledger, plan: dict, tmp_path: Path
) -> None:
    from govledger.messages import GovLedgerError

    assert ledger.units_given_work(plan["plan"]) == ["办公室", "法制科", "信息中心"]  # pinyin
    with pytest.raises(GovLedgerError):
        ledger.export_package(plan["plan"], "局各科室", tmp_path / "x.govpkg")
    assert not (tmp_path / "x.govpkg").exists()
