"""The clerk's day, driven through the real window: import a sample through the dialog, edit
a requirement in the detail panel, add progress, filter by unit, search 台账 — undo and redo
each step — and check what the ledger file holds afterwards."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex

from govledger.domain.model import Status
from govledger.domain.unit_kinds import role_of
from govledger.ui import draft_model
from govledger.ui.import_dialog import ImportDialog
from govledger.ui.main_window import MainWindow
from govledger.ui.task_tree_model import TaskTreeModel

from .conftest import SAMPLE

pytestmark = pytest.mark.both_stores  # a ledger file and a server ledger (issue 24)


@pytest.fixture
def window(qtbot, session, settings):
    window = MainWindow(session, settings)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    return window


def visible_requirement_numbers(window: MainWindow) -> list[str]:
    numbers: list[str] = []

    def visit(parent: QModelIndex) -> None:
        proxy = window.proxy
        if proxy.canFetchMore(parent):
            proxy.fetchMore(parent)
        for row in range(proxy.rowCount(parent)):
            index = proxy.index(row, 0, parent)
            if index.data(TaskTreeModel.KindRole) == "requirement":
                numbers.append(index.data())
            visit(index)

    visit(QModelIndex())
    return numbers


def import_sample(window: MainWindow, qtbot) -> ImportDialog:
    dialog = ImportDialog(window.session, window.settings, window)
    qtbot.addWidget(dialog)
    dialog.load_file(SAMPLE)
    qtbot.waitUntil(lambda: dialog.draft is not None, timeout=30000)
    return dialog


def test_a_clerks_day(window, qtbot, session):
    ledger = session.ledger
    stack = session.undo_stack

    # --- import through the dialog, fixing one row in the preview first
    dialog = import_sample(window, qtbot)
    assert dialog.model.requirement_count() == 30
    assert dialog.save_button.isEnabled()
    first_heading = dialog.model.index(0, 0)
    first_requirement = dialog.model.index(0, draft_model.CO, first_heading)
    assert dialog.model.setData(first_requirement, "办公室")
    assert dialog.save()
    plan_id = window.model.plan_id
    assert plan_id is not None and ledger.requirement_count(plan_id) == 30
    assert stack.undoText().startswith("Import plan")  # a human description, not the action
    by_number = {t.number: t.id for t in ledger.tasks(plan_id) if not t.is_heading}
    assert ledger.task(by_number["1"]).co_units == ("办公室",)
    stack.undo()
    assert ledger.plans() == [] and window.model.plan_id is None
    stack.redo()
    assert window.model.plan_id == plan_id and ledger.requirement_count(plan_id) == 30

    # --- edit requirement 15 in the detail panel: text, lead units, status; one step each
    r15 = by_number["15"]
    assert window.select_task(r15)
    form = window.detail.form
    assert window.detail.task.id == r15 and form.isVisibleTo(window)
    original_text = ledger.task(r15).text
    form.text_edit.setPlainText("对照行政法规库，在本机关网站集中公开现行有效的行政法规。")
    form.commit_text()
    form.lead_picker.line.setText("法制科、办公室")
    form.lead_picker.commit()
    form.status_combo.setCurrentIndex(form.status_combo.findData(str(Status.IN_PROGRESS)))
    form.commit_status()
    task = ledger.task(r15)
    assert task.text.startswith("对照行政法规库") and task.lead_units == ("法制科", "办公室")
    assert task.status is Status.IN_PROGRESS
    assert stack.count() == 4
    stack.undo()
    assert ledger.task(r15).status is Status.NOT_STARTED
    assert form.status_combo.currentData() == str(Status.NOT_STARTED)  # the panel followed
    stack.undo()
    assert ledger.task(r15).lead_units == ("法制科",)
    stack.undo()
    assert ledger.task(r15).text == original_text
    for _ in range(3):
        stack.redo()
    assert ledger.task(r15).status is Status.IN_PROGRESS

    # --- add progress on requirement 15 (工作开展情况)
    log = window.detail.progress
    log.text_edit.setPlainText("已在门户网站建立台账并集中公开行政法规")
    assert log.add_entry()
    assert [e.text for e in ledger.progress_entries(r15)] == [
        "已在门户网站建立台账并集中公开行政法规"
    ]
    assert log.model.rowCount() == 1
    stack.undo()
    assert ledger.progress_entries(r15) == [] and log.model.rowCount() == 0
    stack.redo()
    assert log.model.rowCount() == 1

    # --- filter by unit
    bar = window.filter_bar
    bar.unit_combo.setCurrentIndex(bar.unit_combo.findData("法制科"))
    bar.role_combo.setCurrentIndex(bar.role_combo.findData("lead"))
    bar._changed()
    shown = visible_requirement_numbers(window)
    # 15 and 21 name 法制科; the others go to 局各科室, of which 法制科 is one (issue 23)
    directory = ledger.unit_directory()
    expected = [
        task.number
        for _depth, task in ledger.tasks_with_depth(window.model.plan_id)
        if not task.is_heading
        and role_of("法制科", task.lead_units, task.co_units, directory) == "lead"
    ]
    assert shown == expected and {"15", "21"} < set(shown)
    bar.clear()
    assert len(visible_requirement_numbers(window)) == 30

    # --- search 台账: requirement texts and the progress note just written
    bar.search_edit.setText("台账")
    qtbot.waitUntil(lambda: window.proxy.criteria.text == "台账", timeout=2000)
    assert visible_requirement_numbers(window) == ["14", "15", "27", "30"]
    stack.undo()  # the progress note goes, and with it requirement 15 from the results
    assert visible_requirement_numbers(window) == ["14", "27", "30"]
    stack.redo()
    assert visible_requirement_numbers(window) == ["14", "15", "27", "30"]
    bar.clear()

    # --- what the ledger holds, read afresh
    reopen = session.ledger.opener(read_only=True)
    session.close()
    with reopen() as reopened:
        task = reopened.task(r15)
        assert task.lead_units == ("法制科", "办公室") and task.status is Status.IN_PROGRESS
        assert [e.text for e in reopened.progress_entries(r15)] == [
            "已在门户网站建立台账并集中公开行政法规"
        ]
        assert reopened.task(by_number["1"]).co_units == ("办公室",)
        assert len(reopened.plans()) == 1


def test_keyboard_adds_indents_outdents_and_deletes(small_plan, window, qtbot, session):
    from PySide6.QtCore import Qt

    ledger = session.ledger
    r1, r2 = small_plan["r1"], small_plan["r2"]
    window.show()
    window.activateWindow()
    window.select_task(r2)
    window.tree.setFocus()
    shift_alt = Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(window.tree, Qt.Key.Key_Right, shift_alt)
    assert ledger.task(r2).parent_id == r1
    assert window.current_task_id() == r2  # still selected where it went
    qtbot.keyClick(window.tree, Qt.Key.Key_Left, shift_alt)
    assert ledger.task(r2).parent_id == small_plan["h1"]
    # Tab and Shift+Tab move the focus on, as in every Windows program; no level changes.
    window.select_task(r2)
    window.tree.setFocus()
    assert window.tree.hasFocus()
    qtbot.keyClick(window.tree, Qt.Key.Key_Tab)
    assert not window.tree.hasFocus()
    assert ledger.task(r2).parent_id == small_plan["h1"]
    window.tree.setFocus()
    qtbot.keyClick(window.tree, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert not window.tree.hasFocus()
    assert ledger.task(r2).parent_id == small_plan["h1"]
    assert [t.id for t in ledger.children(small_plan["plan"], small_plan["h1"])][:2] == [r1, r2]
    window.operations.move_up(r2)
    assert [t.id for t in ledger.children(small_plan["plan"], small_plan["h1"])][:2] == [r2, r1]
    new_id = window.operations.add_requirement(r2)
    assert ledger.task(new_id).parent_id == small_plan["h1"]
    assert window.current_task_id() == new_id
    window.operations.confirm_delete = lambda count, title: True
    window.delete_selected()
    assert new_id not in {t.id for t in ledger.tasks(small_plan["plan"])}
    session.undo_stack.undo()
    assert ledger.task(new_id).text


def test_import_refuses_a_bad_file_and_writes_nothing(window, qtbot, session, tmp_path):
    bad = tmp_path / "方案.docx"
    bad.write_bytes(b"PK\x03\x04 not really a zip")
    dialog = ImportDialog(session, window.settings, window)
    qtbot.addWidget(dialog)
    dialog.load_file(bad)
    qtbot.waitUntil(lambda: not dialog.error_label.isHidden(), timeout=30000)
    assert "方案.docx" in dialog.error_label.text()
    assert not dialog.save_button.isEnabled() and not dialog.save()
    assert session.ledger.plans() == [] and session.undo_stack.count() == 0


def test_pasted_text_imports_too(window, qtbot, session, samples_dir):
    dialog = ImportDialog(session, window.settings, window)
    qtbot.addWidget(dialog)
    dialog.parse_text((samples_dir / "jiangmen-jgzx-2022.txt").read_text(encoding="utf-8"))
    qtbot.waitUntil(lambda: dialog.draft is not None, timeout=30000)
    heading = dialog.model.index(0, 0)
    dialog.tree.setCurrentIndex(dialog.model.index(1, 0, heading))
    dialog._relevel(dialog.model.indent)  # the second row goes under the first
    assert dialog.model.rowCount(dialog.model.index(0, 0, heading)) >= 1
    assert dialog.save()
    assert len(session.ledger.plans()) == 1
