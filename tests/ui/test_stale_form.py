"""A clerk's save refused because another clerk saved the same record first (a shared
ledger; here a second Ledger connection on the same file): the dialog shows both
versions, and each of its choices does what it says — nothing is overwritten
unasked, nothing typed is dropped unasked."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QAbstractItemDelegate, QApplication

from govledger.domain.model import TaskKind
from govledger.store import Ledger
from govledger.ui.app import open_main_window
from govledger.ui.conflict_dialog import field_name
from govledger.ui.stale_edit_dialog import StaleEditDialog

STARTED = "建立政务公开工作台账"
MINE = "建立政务公开工作台账并按月更新"
THEIRS = "建立台账，每季度通报"


@pytest.fixture
def plan_ledger(ledger_path: Path) -> dict[str, object]:
    with Ledger.open(ledger_path) as ledger:
        plan = ledger.create_plan("2026年政务公开工作要点分工方案", 2026).created_plan
        heading = ledger.add_task(plan, "一、做好规划公开", kind=TaskKind.HEADING).created_task
        requirement = ledger.add_task(plan, STARTED, parent_id=heading).created_task
        ledger.add_progress(requirement, "已在门户网站公开")
    return {"path": ledger_path, "heading": heading, "requirement": requirement}


@pytest.fixture
def other_clerk(plan_ledger) -> Iterator[Ledger]:
    """The same ledger through another connection: the other clerk's computer."""
    with Ledger.open(plan_ledger["path"], auto_backup=False) as ledger:
        yield ledger


@pytest.fixture
def window(qtbot, plan_ledger, settings):
    window = open_main_window(plan_ledger["path"], settings)
    qtbot.addWidget(window)
    window.show()
    assert window.select_task(plan_ledger["requirement"])
    yield window
    window.shut_down()


def _answer_with(button: str, seen: list[StaleEditDialog]) -> None:
    """When the stale-edit dialog opens, note what it shows and click one of its buttons."""

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, StaleEditDialog):  # not open yet: look again
            QTimer.singleShot(10, answer)
            return
        seen.append(dialog)
        target = {
            "keep": dialog.keep_button,
            "take": dialog.take_button,
            "cancel": dialog.cancel_button,
        }[button]
        assert target is not None
        target.click()

    QTimer.singleShot(0, answer)


def _rows(dialog: StaleEditDialog) -> dict[str, tuple[str, str]]:
    table = dialog.table
    return {
        table.item(row, 0).text(): (table.item(row, 1).text(), table.item(row, 2).text())
        for row in range(table.rowCount())
    }


def _save_text_against_theirs(window, other_clerk: Ledger, task_id: int, answer: str):
    """Type into the requirement, let the other clerk save first, then save."""
    form = window.detail.form
    form.text_edit.setPlainText(MINE)
    other_clerk.update_task(task_id, text=THEIRS)
    seen: list[StaleEditDialog] = []
    _answer_with(answer, seen)
    form.commit_text()
    assert len(seen) == 1, "the dialog did not appear"
    return form, seen[0]


def test_keeping_my_change_saves_it_on_top_of_theirs(window, other_clerk, plan_ledger) -> None:
    task_id = plan_ledger["requirement"]
    form, dialog = _save_text_against_theirs(window, other_clerk, task_id, "keep")

    assert _rows(dialog) == {field_name("text"): (MINE, THEIRS)}
    assert other_clerk.task(task_id).text == MINE
    assert form.text_edit.toPlainText() == MINE
    assert form.task.revision == other_clerk.task(task_id).revision  # loaded afresh
    window.session.undo_stack.undo()  # my step undoes to their version, not to mine
    assert other_clerk.task(task_id).text == THEIRS


def test_taking_the_saved_version_reloads_the_form(window, other_clerk, plan_ledger) -> None:
    task_id = plan_ledger["requirement"]
    form, _dialog = _save_text_against_theirs(window, other_clerk, task_id, "take")

    assert other_clerk.task(task_id).text == THEIRS
    assert form.text_edit.toPlainText() == THEIRS
    assert form.task.revision == other_clerk.task(task_id).revision
    assert window.session.undo_stack.count() == 0  # nothing of mine was saved
    # the next edit starts from their version and saves without asking
    form.text_edit.setPlainText(THEIRS + "，并公开")
    form.commit_text()
    assert other_clerk.task(task_id).text == THEIRS + "，并公开"


def test_cancelling_keeps_what_was_typed_and_saves_nothing(
    window, other_clerk, plan_ledger
) -> None:
    task_id = plan_ledger["requirement"]
    form, _dialog = _save_text_against_theirs(window, other_clerk, task_id, "cancel")

    assert other_clerk.task(task_id).text == THEIRS
    assert form.text_edit.toPlainText() == MINE
    # closing the window asks again, and a second cancel keeps the window open
    seen: list[StaleEditDialog] = []
    _answer_with("cancel", seen)
    assert window.close() is False
    assert seen and window.isVisible()
    assert form.text_edit.toPlainText() == MINE
    # keeping mine on the next try saves it
    _answer_with("keep", seen)
    form.commit_text()
    assert other_clerk.task(task_id).text == MINE


def test_several_fields_are_shown_side_by_side(window, other_clerk, plan_ledger) -> None:
    task_id = plan_ledger["requirement"]
    form = window.detail.form
    form.number_edit.setText("7")
    form.co_picker.line.setText("办公室")
    other_clerk.update_task(task_id, number="3", co_units=["信息中心"])
    seen: list[StaleEditDialog] = []
    _answer_with("keep", seen)
    form.flush(can_cancel=True)

    rows = _rows(seen[0])
    assert rows[field_name("number")] == ("7", "3")
    assert rows[field_name("co_units")] == ("办公室", "信息中心")
    assert other_clerk.task(task_id).number == "7"
    assert other_clerk.task(task_id).co_units == ("办公室",)


def test_a_save_with_nobody_else_saving_asks_nothing(window, other_clerk, plan_ledger) -> None:
    form = window.detail.form
    form.text_edit.setPlainText(MINE)
    form.commit_text()
    assert QApplication.activeModalWidget() is None
    assert other_clerk.task(plan_ledger["requirement"]).text == MINE


def test_a_heading_keeps_my_change_when_asked(window, other_clerk, plan_ledger) -> None:
    heading = plan_ledger["heading"]
    assert window.select_task(heading)
    form = window.detail.heading_form
    form.text_edit.setPlainText("一、做好各类规划主动公开")
    other_clerk.update_task(heading, text="一、做好规划公开工作")
    seen: list[StaleEditDialog] = []
    _answer_with("keep", seen)
    form.commit_text()
    assert seen and _rows(seen[0]) == {
        field_name("text"): ("一、做好各类规划主动公开", "一、做好规划公开工作")
    }
    assert other_clerk.task(heading).text == "一、做好各类规划主动公开"


def test_a_heading_takes_the_saved_version(window, other_clerk, plan_ledger) -> None:
    heading = plan_ledger["heading"]
    assert window.select_task(heading)
    form = window.detail.heading_form
    form.text_edit.setPlainText("一、做好各类规划主动公开")
    other_clerk.update_task(heading, text="一、做好规划公开工作")
    seen: list[StaleEditDialog] = []
    _answer_with("take", seen)
    form.commit_text()
    assert seen
    assert other_clerk.task(heading).text == "一、做好规划公开工作"
    assert form.text_edit.toPlainText() == "一、做好规划公开工作"


def _edit_note(window, text: str, *, close: bool = False) -> Callable[[], None]:
    """Open the first note's text cell and type; returns what commits the editor (and
    with close, closes it as Enter does: a view re-reads its notes once it is closed)."""
    log = window.detail.progress
    index = log.model.index(0, 2)
    log.table.setCurrentIndex(index)
    log.table.edit(index)
    editor = log.table.indexWidget(index)
    assert editor is not None
    editor.selectAll()
    editor.insert(text)
    delegate = log.table.itemDelegateForIndex(index)

    def commit() -> None:
        delegate.commitData.emit(editor)
        if close:
            delegate.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.NoHint)

    return commit


@pytest.mark.parametrize(
    ("answer", "stored"), [("keep", "已在门户网站公开并报送"), ("take", "已公开（他人修改）")]
)
def test_a_progress_note_edited_by_both(
    qtbot, window, other_clerk, plan_ledger, answer, stored
) -> None:
    task_id = plan_ledger["requirement"]
    commit = _edit_note(window, "已在门户网站公开并报送", close=True)
    entry = other_clerk.progress_entries(task_id)[0]
    other_clerk.update_progress(entry.id, text="已公开（他人修改）")
    seen: list[StaleEditDialog] = []
    _answer_with(answer, seen)
    commit()
    assert seen and _rows(seen[0]) == {
        field_name("text"): ("已在门户网站公开并报送", "已公开（他人修改）")
    }
    assert [e.text for e in other_clerk.progress_entries(task_id)] == [stored]
    log = window.detail.progress
    qtbot.waitUntil(lambda: log.model.entries[0].text == stored)


def test_a_progress_note_cancelled_opens_its_editor_again_as_typed(
    qtbot, window, other_clerk, plan_ledger
) -> None:
    task_id = plan_ledger["requirement"]
    commit = _edit_note(window, "已在门户网站公开并报送")
    entry = other_clerk.progress_entries(task_id)[0]
    other_clerk.update_progress(entry.id, text="已公开（他人修改）")
    seen: list[StaleEditDialog] = []
    _answer_with("cancel", seen)
    commit()
    assert seen
    assert [e.text for e in other_clerk.progress_entries(task_id)] == ["已公开（他人修改）"]
    log = window.detail.progress
    index = log.model.index(0, 2)
    qtbot.waitUntil(lambda: log.table.indexWidget(index) is not None)
    assert log.table.indexWidget(index).text() == "已在门户网站公开并报送"
    # the typed text is still there to save: keeping it now saves it
    _answer_with("keep", seen)
    assert log.flush(can_cancel=True)
    assert [e.text for e in other_clerk.progress_entries(task_id)] == ["已在门户网站公开并报送"]


def test_with_nobody_to_ask_what_was_typed_is_kept_and_theirs_stays_in_the_audit(
    qtbot, plan_ledger, settings, other_clerk
) -> None:
    # The session is ending (logoff, SIGTERM): no dialog can be answered, and dropping
    # the typed text would lose it for good; the other version stays in the audit log.
    window = open_main_window(plan_ledger["path"], settings)
    qtbot.addWidget(window)
    window.show()
    assert window.select_task(plan_ledger["requirement"])
    window.detail.form.text_edit.setPlainText(MINE)
    other_clerk.update_task(plan_ledger["requirement"], text=THEIRS)
    window.shut_down()
    assert other_clerk.task(plan_ledger["requirement"]).text == MINE
    saved = other_clerk.audit_log(limit=1)[0]["changes"][0]
    assert saved["old"]["text"] == THEIRS and saved["new"]["text"] == MINE


@pytest.mark.parametrize(("answer", "stored"), [("keep", MINE), ("take", THEIRS)])
def test_text_edited_in_the_tree_asks_too(window, other_clerk, plan_ledger, answer, stored):
    from govledger.ui.labels import Column

    task_id = plan_ledger["requirement"]
    index = window.model.index_for_task(task_id, Column.TEXT)
    other_clerk.update_task(task_id, text=THEIRS)
    seen: list[StaleEditDialog] = []
    _answer_with(answer, seen)
    window.model.setData(index, MINE)
    assert seen and seen[0].cancel_button is None  # the cell's editor is gone: choose
    assert other_clerk.task(task_id).text == stored
    shown = window.model.index_for_task(task_id, Column.TEXT)
    assert window.model.data(shown) == stored
