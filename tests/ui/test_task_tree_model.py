"""TaskTreeModel: lazy loading, cells and colours, and refreshes that keep the tree consistent."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtTest import QAbstractItemModelTester

from govledger.domain.status_rules import Alert
from govledger.ui.drag_drop import TASK_MIME
from govledger.ui.labels import Column
from govledger.ui.task_cells import ALERT_BACKGROUND
from govledger.ui.task_tree_model import TaskTreeModel

pytestmark = pytest.mark.both_stores  # the views must not care which store it is

TODAY = date(2021, 10, 28)


@pytest.fixture
def model(session, small_plan):
    model = TaskTreeModel(session, warning_days=7, today=TODAY)
    model.set_plan(small_plan["plan"])
    # The tester goes on checking every signal the model sends from here on.
    model.tester = QAbstractItemModelTester(
        model, QAbstractItemModelTester.FailureReportingMode.Fatal
    )
    return model


def child_ids(model: TaskTreeModel, parent: QModelIndex = QModelIndex()) -> list[int]:  # noqa: B008
    if model.canFetchMore(parent):
        model.fetchMore(parent)
    return [
        model.index(row, 0, parent).data(TaskTreeModel.TaskIdRole)
        for row in range(model.rowCount(parent))
    ]


def test_children_load_only_when_asked(session, small_plan):
    model = TaskTreeModel(session, today=TODAY)
    model.set_plan(small_plan["plan"])
    heading = model.index(0, 0)
    assert model.rowCount() == 2
    assert model.hasChildren(heading) and model.canFetchMore(heading)
    assert model.rowCount(heading) == 0
    model.fetchMore(heading)
    assert child_ids(model, heading) == [small_plan["r1"], small_plan["r2"], small_plan["r3"]]


def test_cells_colours_and_rollups(model, small_plan):
    heading = model.index(0, 0)
    child_ids(model, heading)
    r1 = model.index(0, 0, heading)  # due 31 March: overdue on TODAY
    r2 = model.index(1, 0, heading)  # due 31 October: within the 7-day window
    assert r1.siblingAtColumn(Column.TEXT).data() == "建立政务公开工作台账，实时跟进推动"
    assert r1.siblingAtColumn(Column.LEAD).data() == "办公室"
    assert r1.siblingAtColumn(Column.DUE).data() == "2021-03-31"
    assert r1.siblingAtColumn(Column.STATUS).data(TaskTreeModel.AlertRole) == Alert.OVERDUE
    background = r1.siblingAtColumn(Column.STATUS).data(Qt.ItemDataRole.BackgroundRole)
    assert background.color() == ALERT_BACKGROUND[Alert.OVERDUE]
    assert r2.siblingAtColumn(Column.STATUS).data(TaskTreeModel.AlertRole) == Alert.DUE_SOON
    assert heading.siblingAtColumn(Column.PROGRESS).data() == "0/3"


def test_edits_refresh_rows_and_rollups(model, session, small_plan):
    heading = model.index(0, 0)
    child_ids(model, heading)
    r1 = small_plan["r1"]
    session.perform("状态", lambda: session.ledger.update_task(r1, status="已完成"))
    index = model.index_for_task(r1, Column.STATUS)
    assert index.data(TaskTreeModel.AlertRole) == Alert.DONE
    assert heading.siblingAtColumn(Column.PROGRESS).data() == "1/3"
    session.undo_stack.undo()
    assert model.index_for_task(r1, Column.STATUS).data(TaskTreeModel.AlertRole) == Alert.OVERDUE


def test_structure_changes_keep_the_tree_consistent(model, session, small_plan):
    ledger = session.ledger
    h1 = model.index(0, 0)
    r1, r2, r3 = small_plan["r1"], small_plan["r2"], small_plan["r3"]
    assert child_ids(model, h1) == [r1, r2, r3]
    persistent = model.index_for_task(r3)
    from PySide6.QtCore import QPersistentModelIndex

    keep = QPersistentModelIndex(persistent)
    session.perform("缩进", lambda: ledger.move_task(r2, r1, 0))  # r2 under r1
    assert child_ids(model, h1) == [r1, r3]
    assert child_ids(model, model.index_for_task(r1)) == [r2]
    session.perform("下移", lambda: ledger.move_task(r1, small_plan["h1"], 1))
    assert child_ids(model, h1) == [r3, r1]
    new = session.perform(
        "新增",
        lambda: ledger.add_task(
            small_plan["plan"], "新要求", parent_id=small_plan["h1"], position=0
        ),
    )
    new_id = new.first_created("tasks")
    assert child_ids(model, h1) == [new_id, r3, r1]
    session.perform("删除", lambda: ledger.delete_task(r1))  # with r2 below it
    assert child_ids(model, h1) == [new_id, r3]
    assert keep.isValid() and keep.data(TaskTreeModel.TaskIdRole) == r3
    for _ in range(4):
        session.undo_stack.undo()
    assert child_ids(model, h1) == [r1, r2, r3]
    for _ in range(4):
        session.undo_stack.redo()
    assert child_ids(model, h1) == [new_id, r3]
    session.perform("移到顶层", lambda: ledger.move_task(r3, None, 0))
    assert child_ids(model)[0] == r3
    session.undo_stack.undo()
    assert child_ids(model, h1) == [new_id, r3]


def test_drop_moves_a_task_through_the_session(model, session, small_plan):
    h1, h2 = model.index(0, 0), model.index(1, 0)
    r1, r2, r3 = small_plan["r1"], small_plan["r2"], small_plan["r3"]
    child_ids(model, h1)
    data = model.mimeData([model.index_for_task(r3)])
    assert data.hasFormat(TASK_MIME)
    assert model.dropMimeData(data, Qt.DropAction.MoveAction, 0, 0, h1)
    assert child_ids(model, h1) == [r3, r1, r2]
    data = model.mimeData([model.index_for_task(r1)])
    assert model.dropMimeData(data, Qt.DropAction.MoveAction, -1, 0, h2)  # onto the heading
    assert child_ids(model, h2) == [small_plan["r4"], r1]
    assert session.ledger.task(r1).parent_id == small_plan["h2"]
    # a task cannot be dropped into its own sub-tree
    data = model.mimeData([h2])
    assert not model.canDropMimeData(data, Qt.DropAction.MoveAction, 0, 0, model.index_for_task(r1))
    session.undo_stack.undo()
    session.undo_stack.undo()
    assert child_ids(model, h1) == [r1, r2, r3]


def test_unit_rename_shows_everywhere(model, session, small_plan):
    heading = model.index(0, 0)
    child_ids(model, heading)
    unit = next(u for u in session.ledger.units() if u.name == "法制科")
    session.perform("改名", lambda: session.ledger.rename_unit(unit.id, "法规科室"))
    assert model.index_for_task(small_plan["r2"], Column.LEAD).data() == "法规科室"


def test_deleting_the_plan_empties_the_tree(session, small_plan):
    model = TaskTreeModel(session, today=TODAY)
    model.set_plan(small_plan["plan"])
    session.perform("删除方案", lambda: session.ledger.delete_plan(small_plan["plan"]))
    assert model.plan_id is None and model.rowCount() == 0


def test_due_soon_counts_working_days_as_the_calendar_does(session, small_plan):
    # 28 Sep 2021: the National Day week lies ahead. 13 October is 15 calendar days
    # away but only 7 working days (the 9 October make-up Saturday counts).
    ledger = session.ledger
    ledger.update_task(small_plan["r1"], due=date(2021, 10, 13), status="进行中")
    ledger.update_task(small_plan["r2"], due=date(2021, 10, 14), status="进行中")
    model = TaskTreeModel(session, warning_days=7, today=date(2021, 9, 28))
    model.set_plan(small_plan["plan"])

    def light(task_id: int) -> Alert:
        return model.index_for_task(task_id, Column.STATUS).data(TaskTreeModel.AlertRole)

    assert light(small_plan["r1"]) == Alert.DUE_SOON
    assert light(small_plan["r2"]) == Alert.NONE
