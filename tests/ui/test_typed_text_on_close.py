"""Issue 19, item 1: text typed and not yet committed survives close, quit and session end.

The fields commit on focus-out or after a pause; these tests type without ever
leaving the field, then end the window the way a clerk or the OS does.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from govledger.domain.model import TaskKind
from govledger.store import Ledger
from govledger.ui.app import open_main_window

pytestmark = pytest.mark.both_stores  # a ledger file and a server ledger (issue 24)


@pytest.fixture
def plan_ledger(ledger_path: Path) -> dict[str, object]:
    with Ledger.open(ledger_path) as ledger:
        plan = ledger.create_plan("2026年政务公开工作要点分工方案", 2026).first_created("plans")
        heading = ledger.add_task(plan, "一、做好规划公开", kind=TaskKind.HEADING).first_created(
            "tasks"
        )
        requirement = ledger.add_task(
            plan, "建立台账", kind=TaskKind.REQUIREMENT, parent_id=heading
        ).first_created("tasks")
    return {"path": ledger_path, "heading": heading, "requirement": requirement}


def _window(qtbot, plan_ledger, settings):
    window = open_main_window(plan_ledger["path"], settings)
    qtbot.addWidget(window)
    window.show()
    assert window.select_task(plan_ledger["requirement"])
    return window


def _type_into_requirement(qtbot, window) -> None:
    form = window.detail.form
    form.text_edit.setFocus()
    form.text_edit.selectAll()
    # Chinese arrives through the input method, i.e. as inserted text, not key clicks.
    form.text_edit.insertPlainText("建立政务公开工作台账并按月更新")
    form.number_edit.setText("7")
    form.deadline_edit.setText("10月底前")
    form.co_picker.line.setText("办公室")


def _stored(path: Path, task_id: int):
    with Ledger.open(path, read_only=True) as ledger:
        return ledger.task(task_id), [e.text for e in ledger.progress_entries(task_id)]


def test_typed_fields_are_saved_when_the_window_closes(qtbot, plan_ledger, settings) -> None:
    window = _window(qtbot, plan_ledger, settings)
    _type_into_requirement(qtbot, window)
    assert window.close()
    window.shut_down()
    task, _notes = _stored(plan_ledger["path"], plan_ledger["requirement"])
    assert task.text == "建立政务公开工作台账并按月更新"
    assert task.number == "7"
    assert task.deadline_text == "10月底前" and task.due.isoformat() == "2026-10-31"
    assert task.co_units == ("办公室",)


def test_quit_and_session_end_save_typed_text_and_the_typed_note(
    qtbot, plan_ledger, settings
) -> None:
    window = _window(qtbot, plan_ledger, settings)
    _type_into_requirement(qtbot, window)
    log = window.detail.progress
    log.text_edit.setPlainText("已在门户网站公开")
    window.commit_for_session_end()  # QGuiApplication.commitDataRequest (Windows logoff)
    task, notes = _stored(plan_ledger["path"], plan_ledger["requirement"])
    assert task.text == "建立政务公开工作台账并按月更新"
    assert notes == ["已在门户网站公开"]

    window.detail.form.text_edit.setPlainText("改后的文字")
    window.shut_down()  # aboutToQuit: quit, SIGTERM
    task, notes = _stored(plan_ledger["path"], plan_ledger["requirement"])
    assert task.text == "改后的文字" and notes == ["已在门户网站公开"]


def test_a_heading_typed_into_is_saved_on_shut_down(qtbot, plan_ledger, settings) -> None:
    window = _window(qtbot, plan_ledger, settings)
    assert window.select_task(plan_ledger["heading"])
    window.detail.heading_form.text_edit.setPlainText("一、做好各类规划主动公开")
    window.shut_down()
    task, _notes = _stored(plan_ledger["path"], plan_ledger["heading"])
    assert task.text == "一、做好各类规划主动公开"


def test_a_note_being_edited_in_the_progress_table_is_saved(qtbot, plan_ledger, settings) -> None:
    window = _window(qtbot, plan_ledger, settings)
    log = window.detail.progress
    log.text_edit.setPlainText("初稿")
    assert log.add_entry()
    index = log.model.index(0, 2)  # the note's text
    log.table.setCurrentIndex(index)
    log.table.edit(index)
    editor = log.table.indexWidget(index)
    assert editor is not None
    editor.selectAll()
    editor.insert("定稿并公开")
    window.shut_down()
    _task, notes = _stored(plan_ledger["path"], plan_ledger["requirement"])
    assert notes == ["定稿并公开"]


@pytest.mark.parametrize(
    ("answer", "closed", "notes"),
    [
        (QMessageBox.StandardButton.Cancel, False, []),
        (QMessageBox.StandardButton.No, True, []),
        (QMessageBox.StandardButton.Yes, True, ["待添加的进展"]),
    ],
)
def test_closing_asks_about_a_note_typed_but_not_added(
    qtbot, plan_ledger, settings, monkeypatch, answer, closed, notes
) -> None:
    window = _window(qtbot, plan_ledger, settings)
    window.detail.progress.text_edit.setPlainText("待添加的进展")
    asked: list[str] = []

    def question(_parent, _title, text, *_args):
        asked.append(text)
        return answer

    monkeypatch.setattr(QMessageBox, "question", question)
    assert window.close() is closed
    assert asked and "待添加的进展" in asked[0]
    assert window.isVisible() is not closed
    if not closed:  # still there and still typed: nothing was lost or saved
        assert window.detail.progress.text_edit.toPlainText() == "待添加的进展"
        window.detail.progress.text_edit.clear()
    window.shut_down()
    _task, stored = _stored(plan_ledger["path"], plan_ledger["requirement"])
    assert stored == notes
