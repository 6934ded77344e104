"""Live views (several clerks on one ledger): a second connection writes, the first one's
change counter moves, and changes_since gives back ChangeSets that say what happened in
the same words as the writer's own — tree edits, task ids, undo — or, for a restore or
anything it cannot read, that everything must be read again."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest

from govledger.domain.changes import ChangeSet, Op
from govledger.domain.model import Status
from govledger.store import Ledger
from govledger.store.change_feed import FEED_LIMIT


@pytest.fixture
def other(ledger: Ledger) -> Iterator[Ledger]:
    """A second clerk's connection to the same ledger (file or server)."""
    with ledger.opener()() as opened:
        yield opened


def test_an_empty_ledger_counts_nothing(ledger: Ledger) -> None:
    assert ledger.change_counter() == 0
    assert ledger.changes_since(0) == (0, [])


def test_the_other_clerks_edits_come_back_as_change_sets(
    ledger: Ledger, other: Ledger, plan_tree: dict[str, int]
) -> None:
    plan, heading = plan_tree["plan"], plan_tree["heading"]
    start = ledger.change_counter()
    assert start > 0 and other.change_counter() == start

    added = other.add_task(plan, "新增的要求", parent_id=heading)
    status = other.update_task(plan_tree["r2"], status=Status.IN_PROGRESS)
    renamed = other.update_task(plan_tree["r1"], text="改过的要求")

    assert ledger.change_counter() == renamed.counter == start + 3
    assert (added.counter, status.counter) == (start + 1, start + 2)
    counter, changes = ledger.changes_since(start)
    assert counter == start + 3
    assert [c.counter for c in changes] == [start + 1, start + 2, start + 3]
    assert [c.action for c in changes] == ["add_task", "update_task", "update_task"]
    assert [c.description for c in changes] == [
        added.description,
        status.description,
        renamed.description,
    ]

    new_task = added.created_task
    assert new_task is not None
    edits = changes[0].tree_edits(plan)
    assert edits.added == {new_task} and heading in edits.parents
    assert changes[0].created_ids == {}  # not this clerk's to select
    assert changes[0].structure_changed()

    # An update keeps only what changed, plus where the row is: enough for the views.
    edits = changes[1].tree_edits(plan)
    assert edits.edited == {plan_tree["r2"]} and edits.parents == {heading}
    assert edits.added == edits.removed == set()
    assert not changes[1].structure_changed()
    task_rows = [row for row in changes[1].rows if row.table == "tasks"]
    assert {row.op for row in task_rows} == {Op.UPDATE}
    # the edit, then its updated_at: a row of its own when the clock's second has moved
    # on since the task was written (CI saw it once), none when it has not
    assert len(task_rows) in (1, 2)
    assert task_rows[0].changed_fields()["status"] == (Status.NOT_STARTED, Status.IN_PROGRESS)
    assert changes[2].tasks_changed() == {plan_tree["r1"]}
    assert changes[2].tree_edits(plan).edited == {plan_tree["r1"]}
    assert changes[2].tree_edits(plan + 1).edited == set()  # another plan's view: nothing

    assert ledger.changes_since(counter) == (counter, [])


def test_units_and_progress_name_their_task(
    ledger: Ledger, other: Ledger, plan_tree: dict[str, int]
) -> None:
    start = ledger.change_counter()
    other.update_task(plan_tree["r1"], lead_units=["信息中心"])
    entry = other.add_progress(plan_tree["r3"], "已完成初稿").first_created("progress_entries")
    assert entry is not None
    other.update_progress(entry, text="已完成终稿")
    _counter, (units, added, edited) = ledger.changes_since(start)
    assert units.units_changed and plan_tree["r1"] in units.tree_edits(plan_tree["plan"]).edited
    assert added.progress_of_tasks() == {plan_tree["r3"]}
    assert edited.progress_of_tasks() == {plan_tree["r3"]}  # the task_id kept beside the text
    assert edited.progress_changed() == {entry}


def test_own_writes_are_counted_and_stamped(ledger: Ledger, plan_tree: dict[str, int]) -> None:
    before = ledger.change_counter()
    changes = ledger.update_task(plan_tree["r3"], number="3")
    assert changes.counter == before + 1 == ledger.change_counter()
    unchanged = ledger.update_task(plan_tree["r3"], number="3")  # nothing to write
    assert unchanged.empty and unchanged.counter is None
    assert ledger.change_counter() == before + 1
    _counter, (mine,) = ledger.changes_since(before)
    assert mine.counter == changes.counter and mine.tasks_changed() == {plan_tree["r3"]}


def test_undo_and_redo_rows_say_what_they_did(
    ledger: Ledger, other: Ledger, plan_tree: dict[str, int]
) -> None:
    plan, heading = plan_tree["plan"], plan_tree["heading"]
    added = other.add_task(plan, "加了又撤销的要求", parent_id=heading)
    new_task = added.created_task
    start = ledger.change_counter()
    undone = other.revert(added)
    redone = other.reapply(added)
    counter, (undo, redo) = ledger.changes_since(start)
    assert counter == redone.counter == undone.counter + 1  # type: ignore[operator]
    assert undo.action == "undo:add_task" and redo.action == "add_task"
    assert undo.tree_edits(plan).removed == {new_task} and undo.structure_changed()
    assert redo.tree_edits(plan).added == {new_task}
    assert not undo.ledger_replaced and not redo.ledger_replaced


def test_a_deleted_subtree_comes_back_whole(
    ledger: Ledger, other: Ledger, plan_tree: dict[str, int]
) -> None:
    start = ledger.change_counter()
    deleted = other.delete_task(plan_tree["heading"])
    _counter, (change,) = ledger.changes_since(start)
    assert (
        change.tree_edits(plan_tree["plan"]).removed
        == deleted.tree_edits(plan_tree["plan"]).removed
    )
    assert {plan_tree["r1"], plan_tree["r2"], plan_tree["r3"]} <= change.tasks_changed()
    # Deletions keep the whole row, so the view knows which heading lost it.
    assert all(row.old is not None for row in change.rows if row.op is Op.DELETE)


@pytest.mark.file_ledger
def test_a_restore_means_read_everything(
    ledger: Ledger, plan_tree: dict[str, int], tmp_path: Path
) -> None:
    backup = ledger.backup(tmp_path / "copy.sqlite")
    backed_up = ledger.change_counter()
    ledger.update_task(plan_tree["r1"], text="备份之后的修改")
    ledger.update_task(plan_tree["r2"], text="备份之后的第二处修改")
    known = ledger.change_counter()

    ledger.restore(backup)

    # Its counter went back below what a window knew: everything, in one ChangeSet.
    counter, (change,) = ledger.changes_since(known)
    assert counter == ledger.change_counter() == backed_up + 1 < known
    assert change.ledger_replaced and change.rows == []
    # A window that knew the ledger as it was backed up sees the restore's own row.
    _counter, (restored,) = ledger.changes_since(backed_up)
    assert restored.action == "restore" and restored.description == backup.name
    assert restored.ledger_replaced and restored.counter == counter


def test_what_cannot_be_read_means_read_everything(ledger: Ledger, other: Ledger) -> None:
    other.create_plan("方案", 2026)
    start = ledger.change_counter()
    other._db.execute(  # an entry written by something else
        "INSERT INTO audit_log (at, action, description, changes) VALUES (?, ?, ?, ?)",
        ["2026-01-01T00:00:00", "mystery", "", '[{"table": "tasks", "op": "drop"}]'],
    )
    counter, (change,) = ledger.changes_since(start)
    assert counter == start + 1 and change.ledger_replaced and change.counter == counter


def test_too_many_to_replay_means_read_everything(ledger: Ledger, other: Ledger) -> None:
    for day in range(FEED_LIMIT + 1):
        other.set_holiday(date(2001, 1, 1) + timedelta(day), is_workday=False)
    counter, changes = ledger.changes_since(0)
    assert counter == FEED_LIMIT + 1
    assert [c.ledger_replaced for c in changes] == [True]


def test_a_change_set_survives_the_audit_log(ledger: Ledger, plan_tree: dict[str, int]) -> None:
    """What the feed rebuilds answers the views' questions as the original does."""
    start = ledger.change_counter()
    originals: list[ChangeSet] = [
        ledger.move_task(plan_tree["r3"], plan_tree["heading"], 0),
        ledger.update_task(plan_tree["r1"], status=Status.DONE, co_units=["法制科"]),
        ledger.delete_task(plan_tree["r2"]),
    ]
    _counter, rebuilt = ledger.changes_since(start)
    plan = plan_tree["plan"]
    for original, copy in zip(originals, rebuilt, strict=True):
        assert copy.tree_edits(plan) == original.tree_edits(plan)
        assert copy.structure_changed() == original.structure_changed()
        assert copy.tasks_changed() == original.tasks_changed()
        assert copy.units_changed == original.units_changed
        assert copy.calendar_changed == original.calendar_changed
        assert copy.work_of_tasks() == original.work_of_tasks()
