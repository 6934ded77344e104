"""ChangeSets answer in the ledger's words what changed, so views never name tables."""

from __future__ import annotations

from govledger.domain.changes import ACCESS_ACTION, ChangeSet, Op, RowChange


def _set(action: str, *rows: RowChange) -> ChangeSet:
    return ChangeSet(action, rows=list(rows))


def test_a_restore_changes_everything() -> None:
    replaced = _set("restore")
    assert replaced.ledger_replaced and replaced.plan_list_changed and replaced.calendar_changed
    assert replaced.register_changed and replaced.holidays_changed


def test_progress_and_evidence_name_their_tasks() -> None:
    note = RowChange("progress_entries", 7, Op.INSERT, None, {"task_id": 3, "text": "已公开"})
    proof = RowChange("evidence", 9, Op.DELETE, {"task_id": 4}, None)
    changes = _set("edit", note, proof)
    assert changes.progress_of_tasks() == {3}
    assert changes.evidence_of_tasks() == {3, 4}
    assert changes.work_of_tasks() == {3, 4}
    assert changes.requirements_changed and not changes.plan_list_changed
    assert changes.evidence_added() == []


def test_units_holidays_and_a_deleted_plan() -> None:
    unit = RowChange("task_units", 1, Op.INSERT, None, {"task_id": 2, "unit_id": 5})
    holiday = RowChange("holidays", 1, Op.INSERT, None, {"day": "2027-02-05"})
    gone = RowChange("plans", 4, Op.DELETE, {"id": 4}, None)
    changes = _set("edit", unit, holiday, gone)
    assert changes.units_changed and changes.holidays_changed and changes.calendar_changed
    assert changes.plan_deleted(4) and not changes.plan_deleted(5)
    assert changes.register_changed  # holidays move the reply limits too
    assert not changes.report_texts_changed


def test_tree_edits_name_one_plans_tasks_and_their_headings() -> None:
    added = RowChange("tasks", 10, Op.INSERT, None, {"plan_id": 1, "parent_id": 2})
    moved = RowChange(
        "tasks", 11, Op.UPDATE, {"plan_id": 1, "parent_id": 2}, {"plan_id": 1, "parent_id": 3}
    )
    elsewhere = RowChange("tasks", 12, Op.DELETE, {"plan_id": 9, "parent_id": None}, None)
    gone = RowChange("tasks", 13, Op.DELETE, {"plan_id": 1, "parent_id": None}, None)
    note = RowChange("progress_entries", 7, Op.INSERT, None, {"task_id": 20})
    edits = _set("edit", added, moved, elsewhere, gone, note).tree_edits(1)
    assert edits.parents == {2, 3, None}
    assert edits.added == {10} and edits.removed == {13}
    assert edits.edited == {10, 11, 13, 20}  # task 12 is another plan's


def test_renamed_units_and_created_records() -> None:
    renamed = RowChange("units", 1, Op.UPDATE, {"name": "办公室"}, {"name": "局办公室"})
    recoloured = RowChange("units", 2, Op.UPDATE, {"name": "信息中心"}, {"name": "信息中心"})
    changes = _set("rename_unit", renamed, recoloured)
    assert changes.renamed_units() == {"办公室": "局办公室"}
    made = ChangeSet("import_plan", created_ids={"plans": [4], "tasks": [5, 6]})
    assert made.created_plan == 4 and made.created_task == 5
    assert made.created_evidence is None and made.created_application is None


def test_it_changing_a_login_s_rights_names_the_login() -> None:
    told = ChangeSet.from_audit(7, ACCESS_ACTION, "zhangsan", [])
    assert told.access_changed_for == "zhangsan" and told.empty and not told.ledger_replaced
    assert ChangeSet("update_task", "zhangsan").access_changed_for is None
