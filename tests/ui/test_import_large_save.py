"""Issue 19, item 8: a large plan is saved off the GUI thread, with progress and a
Cancel that rolls everything back; the saved plan is one undoable step."""

from __future__ import annotations

import pytest

from govledger.domain.draft import DraftTask, PlanDraft
from govledger.domain.model import TaskKind
from govledger.ui import import_dialog
from govledger.ui.file_job import FileJob
from govledger.ui.import_dialog import ImportDialog

pytestmark = pytest.mark.both_stores  # a ledger file and a server ledger (issue 24)


def big_draft(headings: int = 4, per_heading: int = 10) -> PlanDraft:
    roots = [
        DraftTask(
            TaskKind.HEADING,
            f"{index}、第{index}部分",
            children=[
                DraftTask(TaskKind.REQUIREMENT, f"第{index}部分第{n}项要求。", number=str(n))
                for n in range(1, per_heading + 1)
            ],
        )
        for index in range(1, headings + 1)
    ]
    return PlanDraft(title="大型方案", year=2026, roots=roots)


@pytest.fixture
def dialog(qtbot, session, settings, monkeypatch):
    monkeypatch.setattr(import_dialog, "BACKGROUND_SAVE_TASKS", 10)  # the same path, small
    dialog = ImportDialog(session, settings)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.show_draft(big_draft())
    return dialog


def test_a_large_plan_is_saved_by_a_worker_and_can_be_undone(
    qtbot, dialog, session, monkeypatch
) -> None:
    reported: list[tuple[int, int]] = []
    original = FileJob.report

    def report(job: FileJob, done: int, total: int) -> bool:
        reported.append((done, total))
        return original(job, done, total)

    monkeypatch.setattr(FileJob, "report", report)
    assert dialog.save()  # returns at once: the worker writes
    assert dialog.save_job is not None
    qtbot.waitUntil(lambda: dialog.plan_id is not None, timeout=30_000)
    assert session.ledger.requirement_count(dialog.plan_id) == 40
    assert session.undo_stack.count() == 1
    assert reported[-1] == (44, 44) and len(reported) == 44  # every task, counted
    session.undo_stack.undo()
    assert session.ledger.plans() == []
    session.undo_stack.redo()
    assert session.ledger.requirement_count(dialog.plan_id) == 40


def test_cancel_while_saving_leaves_the_ledger_as_it_was(
    qtbot, dialog, session, monkeypatch
) -> None:
    monkeypatch.setattr(FileJob, "report", lambda self, done, total: done < 20)  # Cancel
    assert dialog.save()
    dialog.wait_until_saved()
    qtbot.waitUntil(lambda: not dialog.error_label.isHidden(), timeout=30_000)
    assert "cancelled" in dialog.error_label.text()
    assert session.ledger.plans() == [] and session.undo_stack.count() == 0
    assert dialog.isVisible() and dialog.save_button.isEnabled()  # the clerk may try again
