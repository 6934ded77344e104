"""Every Ledger mutation: its effect, its audit row, and its undo and redo."""

from __future__ import annotations

from datetime import date

import pytest

from govledger.domain.changes import Op
from govledger.domain.model import Status, TaskKind
from govledger.messages import GovLedgerError
from govledger.store import Ledger


def snapshot(ledger: Ledger) -> dict[str, list[tuple]]:
    """Every user-data row, for comparing whole-ledger states."""
    tables = ("plans", "tasks", "units", "task_units", "progress_entries", "evidence", "holidays")
    return {t: ledger._db.execute(f"SELECT * FROM {t} ORDER BY id").fetchall() for t in tables}


def assert_undo_redo(ledger: Ledger, before: dict, changes) -> None:
    """Undo returns the ledger to before; redo to after; each writes an audit row."""
    after = snapshot(ledger)
    assert after != before
    audit_count = len(ledger.audit_log(1000))
    ledger.revert(changes)
    assert snapshot(ledger) == before
    ledger.reapply(changes)
    assert snapshot(ledger) == after
    assert len(ledger.audit_log(1000)) == audit_count + 2


def last_audit(ledger: Ledger) -> dict:
    return ledger.audit_log(1)[0]


def test_create_and_update_plan(ledger: Ledger) -> None:
    before = snapshot(ledger)
    changes = ledger.create_plan("2021年分工方案", 2021, organization="江门市人社局")
    plan_id = changes.first_created("plans")
    assert ledger.plan(plan_id).organization == "江门市人社局"
    assert last_audit(ledger)["action"] == "create_plan"
    assert_undo_redo(ledger, before, changes)

    before = snapshot(ledger)
    changes = ledger.rename_plan(plan_id, "2021年政务公开工作要点分工方案")
    assert ledger.plan(plan_id).title == "2021年政务公开工作要点分工方案"
    audit = last_audit(ledger)
    plan_change = next(c for c in audit["changes"] if c["table"] == "plans")
    assert plan_change["old"]["title"] == "2021年分工方案"
    assert plan_change["new"]["title"] == "2021年政务公开工作要点分工方案"
    assert_undo_redo(ledger, before, changes)


def test_add_task_places_it_and_renumbers(ledger: Ledger, plan_tree: dict) -> None:
    before = snapshot(ledger)
    changes = ledger.add_task(
        plan_tree["plan"], "新增要求", parent_id=plan_tree["heading"], position=1
    )
    new_id = changes.first_created("tasks")
    kids = ledger.children(plan_tree["plan"], plan_tree["heading"])
    assert [t.id for t in kids] == [plan_tree["r1"], new_id, plan_tree["r2"], plan_tree["r3"]]
    assert [t.position for t in kids] == [0, 1, 2, 3]
    assert last_audit(ledger)["action"] == "add_task"
    assert_undo_redo(ledger, before, changes)


def test_update_task_fields_and_units(ledger: Ledger, plan_tree: dict) -> None:
    before = snapshot(ledger)
    changes = ledger.update_task(
        plan_tree["r2"],
        text="做好重大政策解读",
        due=date(2021, 10, 31),
        deadline_text="10月底前",
        lead_units=["法规科"],
        co_units=["办公室", "信息中心"],
        status=Status.IN_PROGRESS,
        progress=40,
    )
    task = ledger.task(plan_tree["r2"])
    assert (task.text, task.due, task.status, task.progress) == (
        "做好重大政策解读",
        date(2021, 10, 31),
        Status.IN_PROGRESS,
        40,
    )
    assert task.lead_units == ("法规科",)
    assert task.co_units == ("办公室", "信息中心")
    tables = {c["table"] for c in last_audit(ledger)["changes"]}
    assert {"tasks", "task_units", "units"} <= tables
    assert_undo_redo(ledger, before, changes)


def test_done_sets_progress_to_full(ledger: Ledger, plan_tree: dict) -> None:
    ledger.update_task(plan_tree["r1"], status="已完成")
    assert ledger.task(plan_tree["r1"]).progress == 100


def test_update_with_same_values_records_nothing(ledger: Ledger, plan_tree: dict) -> None:
    audit_count = len(ledger.audit_log(1000))
    changes = ledger.update_task(plan_tree["r1"], text=ledger.task(plan_tree["r1"]).text)
    assert changes.empty
    assert len(ledger.audit_log(1000)) == audit_count


@pytest.mark.parametrize(
    "fields",
    [
        {"status": "逾期"},
        {"status": "whatever"},
        {"progress": 120},
        {"progress": -1},
        {"plan_id": 3},
        {"text": "   "},
    ],
)
def test_invalid_edits_are_refused_and_change_nothing(
    ledger: Ledger, plan_tree: dict, fields
) -> None:
    before = snapshot(ledger)
    with pytest.raises(GovLedgerError):
        ledger.update_task(plan_tree["r1"], **fields)
    assert snapshot(ledger) == before


def test_move_task_between_parents(ledger: Ledger, plan_tree: dict) -> None:
    plan = plan_tree["plan"]
    second = ledger.add_task(plan, "二、其他工作", kind=TaskKind.HEADING).first_created("tasks")
    before = snapshot(ledger)
    changes = ledger.move_task(plan_tree["r2"], second, 0)
    assert [t.id for t in ledger.children(plan, second)] == [plan_tree["r2"]]
    remaining = ledger.children(plan, plan_tree["heading"])
    assert [t.id for t in remaining] == [plan_tree["r1"], plan_tree["r3"]]
    assert [t.position for t in remaining] == [0, 1]
    assert_undo_redo(ledger, before, changes)


def test_move_within_parent_and_outdent(ledger: Ledger, plan_tree: dict) -> None:
    plan = plan_tree["plan"]
    ledger.move_task(plan_tree["r3"], plan_tree["heading"], 0)
    kids = [t.id for t in ledger.children(plan, plan_tree["heading"])]
    assert kids == [plan_tree["r3"], plan_tree["r1"], plan_tree["r2"]]
    ledger.move_task(plan_tree["r1"], None, 1)  # outdent to top level, after the heading
    assert [t.id for t in ledger.children(plan, None)] == [plan_tree["heading"], plan_tree["r1"]]


def test_move_into_own_subtree_is_refused(ledger: Ledger, plan_tree: dict) -> None:
    with pytest.raises(GovLedgerError, match="under itself"):
        ledger.move_task(plan_tree["heading"], plan_tree["r1"], 0)


def test_delete_subtree_with_records_and_undo(ledger: Ledger, plan_tree: dict) -> None:
    ledger.add_progress(plan_tree["r1"], "已建立台账", on=date(2021, 5, 6), unit="办公室")
    ledger.attach_link(plan_tree["r1"], "https://www.gov.cn/", title="中国政府网")
    ledger.attach_bytes(plan_tree["r2"], b"png bytes", "截图.png")
    before = snapshot(ledger)
    changes = ledger.delete_task(plan_tree["heading"])
    assert ledger.tasks(plan_tree["plan"]) == []
    assert ledger.stats()["evidence"] == 0
    deleted_tables = {c.table for c in changes.rows if c.op is Op.DELETE}
    assert deleted_tables == {"tasks", "task_units", "progress_entries", "evidence"}
    assert ledger.search("台账") == []
    assert_undo_redo(ledger, before, changes)
    ledger.revert(changes)
    hits = [(h.task_id, h.field) for h in ledger.search("台账")]
    assert hits == [
        (plan_tree["heading"], "text"),
        (plan_tree["r1"], "progress"),
        (plan_tree["r1"], "text"),
    ]


def test_delete_plan_and_undo(ledger: Ledger, plan_tree: dict) -> None:
    ledger.add_progress(plan_tree["r3"], "年报已发布")
    before = snapshot(ledger)
    changes = ledger.delete_plan(plan_tree["plan"])
    assert ledger.plans() == []
    assert_undo_redo(ledger, before, changes)


def test_progress_entries(ledger: Ledger, plan_tree: dict) -> None:
    before = snapshot(ledger)
    changes = ledger.add_progress(
        plan_tree["r1"], "召开专题会议部署", on=date(2021, 3, 1), unit="办公室", author="张明"
    )
    entry_id = changes.first_created("progress_entries")
    [entry] = ledger.progress_entries(plan_tree["r1"])
    assert (entry.date, entry.text, entry.unit, entry.author) == (
        date(2021, 3, 1),
        "召开专题会议部署",
        "办公室",
        "张明",
    )
    assert_undo_redo(ledger, before, changes)

    before = snapshot(ledger)
    changes = ledger.update_progress(entry_id, text="召开专题会议研究部署", date=date(2021, 3, 2))
    assert ledger.progress_entries(plan_tree["r1"])[0].date == date(2021, 3, 2)
    assert_undo_redo(ledger, before, changes)

    evidence_id = ledger.attach_bytes(
        plan_tree["r1"], b"minutes", "会议纪要.pdf", progress_id=entry_id
    ).first_created("evidence")
    before = snapshot(ledger)
    changes = ledger.delete_progress(entry_id)
    assert ledger.progress_entries(plan_tree["r1"]) == []
    [kept] = ledger.evidence_for(plan_tree["r1"])  # evidence is never lost with its entry
    assert kept.id == evidence_id and kept.progress_id is None
    assert_undo_redo(ledger, before, changes)


def test_unit_rename_merge_delete(ledger: Ledger, plan_tree: dict) -> None:
    units = {u.name: u.id for u in ledger.units()}
    assert set(units) == {"办公室", "法制科", "信息中心", "各科室"}
    before = snapshot(ledger)
    changes = ledger.rename_unit(units["法制科"], "法规科")
    assert ledger.task(plan_tree["r2"]).lead_units == ("法规科",)
    assert ledger.task(plan_tree["r2"]).units_text == ""  # as written: untouched
    assert [h.task_id for h in ledger.search("法规科")] == [plan_tree["r2"]]
    assert_undo_redo(ledger, before, changes)

    with pytest.raises(GovLedgerError, match="already exists"):
        ledger.rename_unit(units["法制科"], "办公室")

    # r3 names 办公室 and 信息中心 as lead: merging 信息中心 into 办公室 must not duplicate.
    before = snapshot(ledger)
    changes = ledger.merge_units([units["信息中心"]], units["办公室"])
    assert ledger.task(plan_tree["r3"]).lead_units == ("办公室",)
    assert "信息中心" not in {u.name for u in ledger.units()}
    assert_undo_redo(ledger, before, changes)

    before = snapshot(ledger)
    changes = ledger.delete_unit(units["各科室"])
    assert all(ledger.task(plan_tree[k]).co_units == () for k in ("r1", "r2", "r3"))
    assert_undo_redo(ledger, before, changes)


def test_holidays(ledger: Ledger) -> None:
    before = snapshot(ledger)
    changes = ledger.set_holiday(date(2027, 10, 1), is_workday=False, name="国庆节")
    assert ledger.holidays() == {date(2027, 10, 1): (False, "国庆节")}
    assert_undo_redo(ledger, before, changes)
    ledger.set_holiday(date(2027, 10, 1), is_workday=True, name="调休上班")
    assert ledger.holidays()[date(2027, 10, 1)] == (True, "调休上班")
    ledger.remove_holiday(date(2027, 10, 1))
    assert ledger.holidays() == {}


def test_undo_of_a_change_that_was_edited_since_is_refused(ledger: Ledger, plan_tree: dict) -> None:
    first = ledger.update_task(plan_tree["r1"], text="第一次修改")
    ledger.update_task(plan_tree["r1"], text="第二次修改")
    before = snapshot(ledger)
    with pytest.raises(GovLedgerError, match="changed since"):
        ledger.revert(first)
    assert snapshot(ledger) == before


def test_counts_roll_up_with_overdue(ledger: Ledger, plan_tree: dict) -> None:
    ledger.update_task(plan_tree["r1"], status=Status.DONE)
    ledger.update_task(plan_tree["r2"], due=date(2021, 6, 30))
    counts = ledger.counts(plan_tree["plan"], today=date(2021, 7, 1))
    heading = counts[plan_tree["heading"]]
    assert (heading.total, heading.done) == (3, 1)
    assert heading.by_status[Status.OVERDUE] == 1
    assert counts[None].total == 3


def test_revisions_count_edits_and_deletions_leave_tombstones(ledger: Ledger, plan_tree) -> None:
    revision = lambda: ledger._db.execute(  # noqa: E731
        "SELECT revision FROM tasks WHERE id = ?", [plan_tree["r1"]]
    ).fetchone()[0]
    assert revision() == 1
    ledger.update_task(plan_tree["r1"], text="建立政务公开工作台账并每月更新")
    ledger.update_task(plan_tree["r1"], status=Status.IN_PROGRESS)
    assert revision() == 3
    task_uuid = ledger.task(plan_tree["r1"]).uuid
    changes = ledger.delete_task(plan_tree["r1"])
    [stone] = ledger.tombstones("tasks")
    assert (stone["uuid"], stone["revision"]) == (task_uuid, 4)
    ledger.revert(changes)  # undoing the delete removes its tombstone
    assert ledger.tombstones("tasks") == []
    assert revision() == 3


def test_counts_through_nested_headings(ledger: Ledger, plan_tree: dict) -> None:
    plan = plan_tree["plan"]
    sub = ledger.add_task(
        plan, "（一）细化任务", kind=TaskKind.HEADING, parent_id=plan_tree["heading"]
    ).first_created("tasks")
    deep = ledger.add_task(plan, "更深一层的要求", parent_id=sub).first_created("tasks")
    ledger.update_task(deep, status=Status.NOT_APPLICABLE)
    top_level = ledger.add_task(plan, "不在任何标题下的要求").first_created("tasks")
    counts = ledger.counts(plan, today=date(2021, 7, 1))
    assert (counts[sub].total, counts[sub].by_status) == (1, {Status.NOT_APPLICABLE: 1})
    assert counts[plan_tree["heading"]].total == 4
    assert counts[None].total == 5
    assert top_level not in counts


def test_an_import_cancelled_half_way_saves_nothing(tmp_path) -> None:
    # Issue 19, item 8: Cancel while a large plan is written rolls the whole plan back.
    import pytest as _pytest

    from govledger.domain.draft import DraftTask, PlanDraft
    from govledger.domain.model import TaskKind
    from govledger.messages import Cancelled
    from govledger.store import Ledger

    draft = PlanDraft(
        title="大型方案",
        year=2026,
        roots=[DraftTask(TaskKind.REQUIREMENT, f"第{n}项。", number=str(n)) for n in range(1, 31)],
    )
    seen: list[tuple[int, int]] = []
    with Ledger.open(tmp_path / "ledger.sqlite") as ledger:
        with _pytest.raises(Cancelled):
            ledger.import_draft(
                draft, progress=lambda done, total: seen.append((done, total)) or done < 15
            )
        assert ledger.plans() == [] and seen[-1] == (15, 30)
        changes = ledger.import_draft(draft, progress=lambda done, total: True)
        assert ledger.requirement_count(changes.first_created("plans")) == 30
