"""LedgerSession: each edit is one undo step, undo/redo replay it, errors push nothing."""

from __future__ import annotations

import pytest

from govledger.domain.model import Status

pytestmark = pytest.mark.both_stores  # the views must not care which store it is


def test_perform_pushes_a_named_step_and_announces_it(session, small_plan, qtbot):
    seen = []
    session.changed.connect(seen.append)
    r1 = small_plan["r1"]
    changes = session.perform("修改状态", lambda: session.ledger.update_task(r1, status="已完成"))
    assert changes is not None and r1 in changes.ids("tasks")
    assert seen == [changes]
    assert session.undo_stack.count() == 1
    assert session.undo_stack.undoText() == "修改状态"


def test_undo_and_redo_replay_the_change(session, small_plan):
    ledger, r1 = session.ledger, small_plan["r1"]
    session.perform("修改状态", lambda: ledger.update_task(r1, status="已完成"))
    seen = []
    session.changed.connect(seen.append)
    session.undo_stack.undo()
    assert ledger.task(r1).status is Status.NOT_STARTED
    session.undo_stack.redo()
    assert ledger.task(r1).status is Status.DONE
    assert len(seen) == 2 and all(r1 in cs.ids("tasks") for cs in seen)


def test_a_refused_operation_reports_and_pushes_nothing(session, small_plan):
    failures = []
    session.failed.connect(failures.append)
    r1 = small_plan["r1"]
    result = session.perform("修改", lambda: session.ledger.update_task(r1, text="  "))
    assert result is None
    assert session.undo_stack.count() == 0
    assert len(failures) == 1 and failures[0]


def test_an_operation_that_changes_nothing_is_not_an_undo_step(session, small_plan):
    r1 = small_plan["r1"]
    text = session.ledger.task(r1).text
    session.perform("修改", lambda: session.ledger.update_task(r1, text=text))
    assert session.undo_stack.count() == 0


def test_many_signals_do_not_exhaust_true(session, small_plan):
    """PySide6 6.12 loses a reference to True on each Python emit; the shim gives it back."""
    import gc
    import sys

    r1 = small_plan["r1"]
    gc.collect()  # objects of earlier tests hold True too; let them go first
    before = sys.getrefcount(True)
    for step in range(1, 1201):
        progress = step % 100 + 1
        session.perform("进度", lambda p=progress: session.ledger.update_task(r1, progress=p))
    gc.collect()
    # With the bug every perform loses at least one reference (over 1 200 in all).
    assert sys.getrefcount(True) >= before - 300
