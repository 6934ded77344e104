"""pytest-qt: the yearly report editor — tables as printed, live checks, prose, export."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import docx
import pytest
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QApplication

from govledger.domain.report_checks import TABLE2, TABLE3, TABLE4
from govledger.ui.main_window import MainWindow
from govledger.ui.report_editor import ReportEditor
from tests.report_data import YEAR, Register, build_register

pytestmark = pytest.mark.both_stores  # the views must not care which store it is


def type_into(cell, text: str) -> None:
    """As if the clerk typed into the cell: the grid acts on it from the event loop."""
    cell.setText(text)
    QApplication.processEvents()


@pytest.fixture
def register(session) -> Register:
    return build_register(session.ledger)


@pytest.fixture
def editor(qtbot, session, register) -> ReportEditor:
    editor = ReportEditor(session, year=YEAR, today=lambda: date(2025, 1, 10))
    qtbot.addWidget(editor)
    editor.show()
    return editor


def test_the_menu_opens_the_register_and_the_editor(qtbot, session, settings, small_plan):
    window = MainWindow(session, settings)
    qtbot.addWidget(window)
    window.show()
    menu = window.window_actions.report_menu
    assert menu in [action.menu() for action in window.menuBar().actions()]
    register = menu.open_register()
    assert register.isVisible() and menu.open_register() is register
    editor = menu.open_editor()
    assert editor.isVisible() and editor.year == 2021  # the year of the plan on screen
    assert editor.organization_edit.text() == ""
    editor.close()
    register.close()


def test_table_three_shows_the_register_and_every_check_holds(editor: ReportEditor) -> None:
    grid = editor.grids[TABLE3]
    assert grid.item(0, 0).text().startswith("（本列数据的勾稽关系")
    assert grid.rowSpan(5, 0) == 22 and grid.item(5, 0).text() == "三、本年度办理结果"
    assert grid.item_for("new", "total").text() == "48"
    assert grid.item_for("carried_out", "total").text() == "3"
    assert editor.failures == []
    assert editor.checks.item(0).text().startswith("✓")
    assert "⚠" not in editor.tabs.tabText(1)


def test_a_wrong_figure_is_flagged_live_and_undo_clears_it(
    editor: ReportEditor, session, monkeypatch
):
    monkeypatch.setenv("GOVLEDGER_LANG", "zh")  # the rule as a Chinese clerk reads it
    grid = editor.grids[TABLE3]
    cell = grid.item_for("results_total", "natural_person")
    type_into(cell, str(int(cell.text()) + 1))
    cell = editor.grids[TABLE3].item_for("results_total", "natural_person")
    tooltip = cell.toolTip()
    assert "表三“（七）总计”行“自然人”列：（七）总计应等于（一）至（六）各项之和" in tooltip
    assert "adjusted by +1" in tooltip
    assert cell.background().color().name() == "#fbe3e4"
    texts = [editor.checks.item(i).text() for i in range(editor.checks.count())]
    assert any("（七）总计" in text for text in texts) and not texts[0].startswith("✓")
    assert "⚠" in editor.tabs.tabText(1)
    session.undo_stack.undo()
    assert editor.failures == []


def test_an_adjustment_keeps_its_reason_and_can_go_back(editor: ReportEditor, session):
    grid = editor.grids[TABLE3]
    type_into(grid.item_for("new", "research"), "10")
    editor.ask_reason("new", "research", "两件纸质申请未登记")
    cell = editor.grids[TABLE3].item_for("new", "research")
    assert cell.text() == "10" and "两件纸质申请未登记" in cell.toolTip()
    assert cell.font().italic()
    menu = editor.show_adjustment_menu("new", "research", QPoint(0, 0))
    assert all(action.isEnabled() for action in menu.actions())
    menu.close()
    editor.remove_adjustment("new", "research")
    assert editor.grids[TABLE3].item_for("new", "research").text() == "8"


def test_entered_tables_and_a_refused_figure(editor: ReportEditor, session, monkeypatch):
    type_into(editor.grids[TABLE2].item_for("item1.normative", "made"), "12")
    assert session.ledger.report_table(YEAR, TABLE2).value("item1.normative", "made") == 12
    failures: list[str] = []
    session.failed.connect(failures.append)
    type_into(editor.grids[TABLE2].item_for("item1.rules", "made"), "两件")
    assert failures and editor.grids[TABLE2].item_for("item1.rules", "made").text() == "0"
    type_into(editor.grids[TABLE4].item_for("review", "upheld"), "2")
    review_total = editor.grids[TABLE4].item_for("review", "total")
    assert review_total.toolTip() and "⚠" in editor.tabs.tabText(2)


def test_prose_is_drafted_edited_saved_and_restored(editor: ReportEditor, session) -> None:
    prose = editor.prose
    editor.tabs.setCurrentWidget(prose)
    prose.list.setCurrentRow(2)  # 五、存在的主要问题及改进情况
    assert prose.current == "problems" and "〔" in prose.editor.toPlainText()
    assert prose.list.item(2).text().endswith("(draft)")
    prose.editor.setPlainText("一是主动公开的及时性有待提高。")
    prose.list.setCurrentRow(1)  # leaving the part saves it
    assert session.ledger.report_texts(YEAR)["problems"] == "一是主动公开的及时性有待提高。"
    assert not prose.list.item(2).text().endswith("(draft)")
    prose.list.setCurrentRow(2)
    prose.use_draft()
    assert "problems" not in session.ledger.report_texts(YEAR)
    assert "〔" in prose.editor.toPlainText()


def test_export_from_the_editor(editor: ReportEditor, tmp_path: Path) -> None:
    editor.organization_edit.setText("江门市测试局")
    editor.save_organization()
    written = editor.export_to(tmp_path / "年报.docx")
    assert written is not None and "年报.docx" in editor.status.text()
    document = docx.Document(str(written))
    assert document.core_properties.title == "江门市测试局2024年政府信息公开工作年度报告"
    assert editor.export_to(tmp_path / "统计.xlsx").exists()


def test_screenshots_of_the_register_and_the_editor(qtbot, editor: ReportEditor, session):
    """Rendered offscreen (the grabs are what docs and reviews look at)."""
    from govledger.ui.application_register import ApplicationRegisterWindow

    register = ApplicationRegisterWindow(session, today=lambda: date(2024, 12, 20))
    qtbot.addWidget(register)
    register.set_year(YEAR)
    register.show()
    QApplication.processEvents()
    assert not register.grab().isNull() and not editor.grab().isNull()


def test_enter_in_a_table_presses_no_button(qtbot, editor: ReportEditor, session) -> None:
    """In these dialog windows Enter ends a cell's edit; it must not export or register."""
    from PySide6.QtWidgets import QPushButton

    from govledger.ui.application_register import ApplicationRegisterWindow

    register = ApplicationRegisterWindow(session)
    qtbot.addWidget(register)
    for window in (editor, register):
        buttons = window.findChildren(QPushButton)
        assert buttons and not any(button.autoDefault() for button in buttons)


def test_an_export_with_failing_checks_asks_first(
    qtbot, editor: ReportEditor, tmp_path: Path, monkeypatch
) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    type_into(editor.grids[TABLE4].item_for("review", "upheld"), "2")
    assert editor.failures
    target = tmp_path / "年报.docx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    asked: list[str] = []

    def answer(button: QMessageBox.StandardButton) -> None:
        box = editor.failures_box
        assert box is not None
        asked.append(box.text())
        box.button(button).click()

    QTimer.singleShot(0, lambda: answer(QMessageBox.StandardButton.No))
    assert editor.choose_and_export(".docx") is None
    assert not target.exists() and "review" not in asked[0]  # told in words, not keys
    assert str(len(editor.failures)) in asked[0]
    QTimer.singleShot(0, lambda: answer(QMessageBox.StandardButton.Yes))
    assert editor.choose_and_export(".docx") == target and target.exists()
