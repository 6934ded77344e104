"""A package merge goes field by field: one side's deadline and the other's 已完成 both
survive; only a field both sides changed is a conflict, chosen per field (issue 23)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from govledger.domain.model import Status
from govledger.domain.sync import Keep
from govledger.store import Ledger
from govledger.store.integrity import check_ledger
from tests.store import test_unit_packages as packages
from tests.store.test_unit_packages import UNIT, by_text, exchange

office, unit = packages.office, packages.unit  # the two ledgers the package tests use

TASK = "做好重大政策解读"


def test_changes_to_different_fields_merge_without_asking(
    office: Ledger, unit: Ledger, tmp_path: Path
) -> None:
    plan_o, plan_u = office.latest_plan().id, unit.latest_plan().id
    office.update_task(
        by_text(office, plan_o, TASK).id, due=date(2022, 9, 30), deadline_text="9月底前"
    )
    unit.update_task(by_text(unit, plan_u, TASK).id, status=Status.DONE, progress=100)

    result = exchange(unit, office, tmp_path, "done")
    assert (result.summary.merged, result.summary.conflicts) == (1, 0)
    merged = by_text(office, plan_o, TASK)
    assert (merged.due, merged.deadline_text) == (date(2022, 9, 30), "9月底前")  # the office's
    assert (merged.status, merged.progress) == (Status.DONE, 100)  # the unit's
    assert office.sync_conflicts() == [] and check_ledger(office) == []
    # Undo takes the merge back whole; the same package again is quiet after redo.
    office.revert(result.changes)
    assert by_text(office, plan_o, TASK).status is Status.NOT_STARTED
    office.reapply(result.changes)
    assert exchange(unit, office, tmp_path, "again").changes.empty
    # The office's deadline reaches the unit, its 已完成 kept there.
    back = exchange(office, unit, tmp_path, "back")
    assert back.summary.conflicts == 0
    there = by_text(unit, plan_u, TASK)
    assert (there.due, there.status) == (date(2022, 9, 30), Status.DONE)


def test_only_fields_both_changed_are_asked_and_chosen_one_by_one(
    office: Ledger, unit: Ledger, tmp_path: Path
) -> None:
    plan_o, plan_u = office.latest_plan().id, unit.latest_plan().id
    office.update_task(by_text(office, plan_o, TASK).id, note="办公室意见", due=date(2022, 9, 30))
    unit.update_task(by_text(unit, plan_u, TASK).id, note="法制科意见", status=Status.DONE,
                     text="做好重大政策解读工作")  # fmt: skip

    result = exchange(unit, office, tmp_path, "both")
    assert result.summary.conflicts == 1
    [conflict] = office.sync_conflicts()
    assert conflict.conflicting_fields() == ["note"]
    assert set(conflict.merged_fields()) >= {"due", "status", "text"}
    # until chosen the office's version stands
    assert by_text(office, plan_o, TASK).note == "办公室意见"

    changes = office.resolve_conflicts({conflict.id: {"note": Keep.REMOTE}})
    settled = by_text(office, plan_o, "做好重大政策解读工作")
    assert settled.note == "法制科意见"  # chosen from the package
    assert settled.due == date(2022, 9, 30)  # the office's own change, kept
    assert settled.status is Status.DONE  # the unit's own change, taken
    assert office.sync_conflicts() == [] and check_ledger(office) == []
    office.revert(changes)
    assert len(office.sync_conflicts()) == 1


def test_a_unit_note_keeps_its_reporting_unit(office: Ledger, unit: Ledger, tmp_path: Path) -> None:
    plan_o, plan_u = office.latest_plan().id, unit.latest_plan().id
    unit.add_progress(
        by_text(unit, plan_u, TASK).id, "已召开发布会", on=date(2022, 5, 6), unit=UNIT
    )
    exchange(unit, office, tmp_path, "note")
    [entry] = office.progress_entries(by_text(office, plan_o, TASK).id)
    assert (entry.text, entry.unit) == ("已召开发布会", UNIT)
