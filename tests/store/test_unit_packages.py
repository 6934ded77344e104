"""Unit packages: a 科室 and the 办公室 exchange .govpkg files and merge them."""

from __future__ import annotations

import hashlib
from datetime import date
from pathlib import Path

import pytest

from govledger.domain.model import Status, TaskKind
from govledger.domain.sync import Keep
from govledger.store import Ledger, migrations
from govledger.store.integrity import check_ledger
from govledger.store.sync_ops import ManyDeletionsError
from govledger.store.transaction import DATA_TABLES

UNIT = "法制科"


def snapshot(ledger: Ledger) -> dict[str, list[tuple]]:
    """Every row of every table a merge may write."""
    return {t: ledger._db.execute(f"SELECT * FROM {t} ORDER BY id").fetchall() for t in DATA_TABLES}


def by_text(ledger: Ledger, plan_id: int, text: str):
    [task] = [task for task in ledger.tasks(plan_id) if task.text == text]
    return task


@pytest.fixture
def office(tmp_path: Path):
    """The 办公室's ledger: one plan, two headings, requirements of two units."""
    with Ledger.open(tmp_path / "office" / "ledger.sqlite") as ledger:
        plan = ledger.create_plan("2022年政务公开工作要点分工方案", 2022).first_created("plans")
        first = ledger.add_task(plan, "一、强化政策解读", kind=TaskKind.HEADING, number="一")
        first_id = first.first_created("tasks")
        second = ledger.add_task(plan, "二、做好依申请公开", kind=TaskKind.HEADING, number="二")
        second_id = second.first_created("tasks")
        for parent, text, lead, co in (
            (first_id, "做好重大政策解读", [UNIT], ["办公室"]),
            (first_id, "发布政策问答", ["办公室"], []),
            (second_id, "规范依申请公开答复", ["办公室"], [UNIT]),
            (second_id, "编制年度报告", ["办公室"], []),
        ):
            ledger.add_task(plan, text, parent_id=parent, lead_units=lead, co_units=co)
        yield ledger


@pytest.fixture
def unit(tmp_path: Path, office: Ledger):
    """The 法制科's own ledger, filled from the package the 办公室 sent it."""
    plan = office.latest_plan()
    package = office.export_package(plan.id, UNIT, tmp_path / "to-unit.govpkg").path
    with Ledger.open(tmp_path / "unit" / "ledger.sqlite") as ledger:
        result = ledger.import_package(package)
        assert result.summary.added == 1 + 4 + 0  # plan, two headings, two requirements
        yield ledger


def exchange(source: Ledger, target: Ledger, tmp_path: Path, name: str, **options):
    """source sends its 法制科 part to target; returns the import result."""
    plan = source.latest_plan()
    package = source.export_package(plan.id, UNIT, tmp_path / f"{name}.govpkg").path
    return target.import_package(package, **options)


def test_the_unit_gets_only_its_part(unit: Ledger) -> None:
    plan = unit.latest_plan()
    texts = [(task.kind, task.text) for task in unit.tasks(plan.id)]
    assert texts == [
        (TaskKind.HEADING, "一、强化政策解读"),
        (TaskKind.REQUIREMENT, "做好重大政策解读"),
        (TaskKind.HEADING, "二、做好依申请公开"),
        (TaskKind.REQUIREMENT, "规范依申请公开答复"),
    ]
    assert by_text(unit, plan.id, "规范依申请公开答复").co_units == (UNIT,)
    assert check_ledger(unit) == []


def test_round_trip_with_edits_on_both_sides(office: Ledger, unit: Ledger, tmp_path: Path) -> None:
    plan_u, plan_o = unit.latest_plan().id, office.latest_plan().id
    # The unit records its work: status, progress, a screenshot.
    interpret = by_text(unit, plan_u, "做好重大政策解读")
    unit.update_task(interpret.id, status=Status.IN_PROGRESS, progress=50)
    entry = unit.add_progress(
        interpret.id, "召开新闻发布会解读政策", on=date(2022, 3, 1), unit=UNIT
    )
    screenshot = b"\x89PNG fake screenshot " * 1000
    unit.attach_bytes(
        interpret.id, screenshot, "发布会.png", progress_id=entry.first_created("progress_entries")
    )
    # Meanwhile the office corrects another of the unit's requirements.
    reply = by_text(office, plan_o, "规范依申请公开答复")
    office.update_task(reply.id, deadline_text="10月底前", due=date(2022, 10, 31))

    result = exchange(unit, office, tmp_path, "from-unit")
    assert (result.summary.added, result.summary.updated, result.summary.conflicts) == (2, 1, 0)
    merged = by_text(office, plan_o, "做好重大政策解读")
    assert (merged.status, merged.progress) == (Status.IN_PROGRESS, 50)
    [progress] = office.progress_entries(merged.id)
    assert progress.text == "召开新闻发布会解读政策"
    [evidence] = office.evidence_for(merged.id)
    assert evidence.progress_id == progress.id
    assert evidence.sha256 == hashlib.sha256(screenshot).hexdigest()
    assert office.evidence_path(evidence.sha256).read_bytes() == screenshot
    assert check_ledger(office) == []
    assert by_text(office, plan_o, "规范依申请公开答复").due == date(2022, 10, 31)  # kept

    # And back: the unit gets the office's correction, and nothing else changes.
    result = exchange(office, unit, tmp_path, "to-unit-2")
    assert (result.summary.updated, result.summary.added, result.summary.conflicts) == (1, 0, 0)
    assert by_text(unit, plan_u, "规范依申请公开答复").deadline_text == "10月底前"
    # Now both agree: another exchange either way changes nothing.
    assert exchange(unit, office, tmp_path, "again-1").changes.empty
    assert exchange(office, unit, tmp_path, "again-2").changes.empty


def test_repeated_import_changes_nothing(office: Ledger, unit: Ledger, tmp_path: Path) -> None:
    interpret = by_text(unit, unit.latest_plan().id, "做好重大政策解读")
    unit.update_task(interpret.id, note="已完成初稿")
    package = unit.export_package(unit.latest_plan().id, UNIT, tmp_path / "p.govpkg").path
    first = office.import_package(package)
    assert first.summary.updated == 1
    before = snapshot(office)
    audit = len(office.audit_log(1000))
    again = office.import_package(package)
    assert again.changes.empty and not again.summary.changes_anything
    assert snapshot(office) == before
    assert len(office.audit_log(1000)) == audit


def test_conflict_keeps_both_versions_and_resolves_either_way(
    office: Ledger, unit: Ledger, tmp_path: Path
) -> None:
    plan_o, plan_u = office.latest_plan().id, unit.latest_plan().id
    office.update_task(
        by_text(office, plan_o, "做好重大政策解读").id, note="办公室：请附发布会照片"
    )
    office.update_task(by_text(office, plan_o, "规范依申请公开答复").id, note="办公室意见")
    unit.update_task(by_text(unit, plan_u, "做好重大政策解读").id, note="法制科：已解读")
    unit.update_task(by_text(unit, plan_u, "规范依申请公开答复").id, note="法制科意见")

    package = unit.export_package(plan_u, UNIT, tmp_path / "conflicting.govpkg").path
    result = office.import_package(package)
    assert result.summary.conflicts == 2
    conflicts = {c.local["text"]: c for c in office.sync_conflicts()}
    interpret = conflicts["做好重大政策解读"]
    assert (interpret.local["note"], interpret.remote["note"]) == (
        "办公室：请附发布会照片",
        "法制科：已解读",
    )
    assert interpret.differing_fields() == ["note"]
    # Until the clerk chooses, the office's own version stands, and importing the
    # same package again neither adds nor changes a conflict.
    assert by_text(office, plan_o, "做好重大政策解读").note == "办公室：请附发布会照片"
    before = snapshot(office)
    assert office.import_package(package).changes.empty
    assert snapshot(office) == before

    changes = office.resolve_conflicts(
        {interpret.id: Keep.REMOTE, conflicts["规范依申请公开答复"].id: Keep.LOCAL}
    )
    assert office.sync_conflicts() == []
    assert by_text(office, plan_o, "做好重大政策解读").note == "法制科：已解读"
    assert by_text(office, plan_o, "规范依申请公开答复").note == "办公室意见"
    # Resolving is undoable like any edit.
    office.revert(changes)
    assert len(office.sync_conflicts()) == 2
    office.reapply(changes)

    # The choice is now the agreed version: the same package again is quiet, and the
    # office's kept version reaches the unit as a plain update.
    assert exchange(unit, office, tmp_path, "after").changes.empty
    back = exchange(office, unit, tmp_path, "back")
    assert (back.summary.updated, back.summary.conflicts) == (1, 0)
    assert by_text(unit, plan_u, "规范依申请公开答复").note == "办公室意见"


def test_a_deletion_travels(office: Ledger, unit: Ledger, tmp_path: Path) -> None:
    plan_u, plan_o = unit.latest_plan().id, office.latest_plan().id
    reply = by_text(unit, plan_u, "规范依申请公开答复")
    for day in range(1, 11):  # enough records that two deletions are not "many"
        unit.add_progress(reply.id, f"第{day}次答复", on=date(2022, 1, day))
    note = unit.add_progress(reply.id, "误录的进展", on=date(2022, 2, 1))
    exchange(unit, office, tmp_path, "with-entry")
    assert len(office.progress_entries(by_text(office, plan_o, "规范依申请公开答复").id)) == 11

    unit.delete_progress(note.first_created("progress_entries"))
    unit.delete_task(by_text(unit, plan_u, "一、强化政策解读").id)  # heading and requirement
    result = exchange(unit, office, tmp_path, "deleted")
    assert result.summary.deleted == 2  # the requirement and the progress entry
    assert result.summary.kept == 1  # the heading: it holds the office's own requirement
    texts = [task.text for task in office.tasks(plan_o)]
    assert "做好重大政策解读" not in texts
    assert "一、强化政策解读" in texts  # still holds the office's own requirement
    remaining = office.progress_entries(by_text(office, plan_o, "规范依申请公开答复").id)
    assert "误录的进展" not in [entry.text for entry in remaining] and len(remaining) == 10
    assert office.tombstones("tasks")  # and the deletion can travel on
    assert check_ledger(office) == []


def test_deleted_here_but_changed_there_is_a_conflict(
    office: Ledger, unit: Ledger, tmp_path: Path
) -> None:
    plan_u, plan_o = unit.latest_plan().id, office.latest_plan().id
    office.delete_task(by_text(office, plan_o, "做好重大政策解读").id)
    interpret = by_text(unit, plan_u, "做好重大政策解读")
    unit.add_progress(interpret.id, "已完成解读", on=date(2022, 4, 1))
    result = exchange(unit, office, tmp_path, "revived")
    assert result.summary.conflicts == 1
    [conflict] = office.sync_conflicts()
    assert conflict.local is None and conflict.remote["text"] == "做好重大政策解读"
    assert conflict.dependents == 1  # the new progress entry comes back with it
    office.resolve_conflicts({conflict.id: Keep.REMOTE})
    restored = by_text(office, plan_o, "做好重大政策解读")
    assert [e.text for e in office.progress_entries(restored.id)] == ["已完成解读"]
    assert check_ledger(office) == []


def test_many_deletions_need_confirmation(office: Ledger, unit: Ledger, tmp_path: Path) -> None:
    plan_u, plan_o = unit.latest_plan().id, office.latest_plan().id
    interpret = by_text(unit, plan_u, "做好重大政策解读")
    for day in range(1, 7):
        unit.add_progress(interpret.id, f"第{day}次进展", on=date(2022, 3, day))
    exchange(unit, office, tmp_path, "six-entries")
    unit.delete_task(interpret.id)  # the requirement and its six entries
    before = snapshot(office)
    with pytest.raises(ManyDeletionsError) as refused:
        exchange(unit, office, tmp_path, "many")
    assert refused.value.count == 7
    assert snapshot(office) == before
    result = exchange(unit, office, tmp_path, "many-confirmed", confirm_deletions=True)
    assert result.summary.deleted == 7
    assert "做好重大政策解读" not in [task.text for task in office.tasks(plan_o)]


def test_merge_is_one_undoable_step_after_a_backup(
    office: Ledger, unit: Ledger, tmp_path: Path
) -> None:
    interpret = by_text(unit, unit.latest_plan().id, "做好重大政策解读")
    unit.update_task(interpret.id, status=Status.DONE)
    unit.attach_bytes(interpret.id, b"minutes", "会议纪要.pdf")
    before = snapshot(office)
    backups = set((tmp_path / "office" / "backups").glob("*-merge-s*.sqlite"))
    package_result = exchange(unit, office, tmp_path, "undo-me")
    assert set((tmp_path / "office" / "backups").glob("*-merge-s*.sqlite")) - backups
    assert office.audit_log(1)[0]["action"] == "merge_package"
    office.revert(package_result.changes)
    assert snapshot(office) == before
    # Undone, the same package merges again exactly as the first time.
    assert exchange(unit, office, tmp_path, "redo-me").summary.updated == 1


def test_schema_has_the_sync_tables(office: Ledger) -> None:
    version = office._db.execute("PRAGMA user_version").fetchone()[0]
    assert version == migrations.LATEST_VERSION
    assert {"sync_state", "sync_conflicts"} <= set(office._db.table_names())
    columns = {row["name"] for row in office._db.query("PRAGMA table_info(tasks)")}
    assert "carried_from" in columns
