"""The window lists units in pinyin order on both stores (issue 24): the unit filter, the
unit directory and the export dialog agree with each other and with a printout."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit

from govledger.domain.model import TaskKind
from govledger.ui.export_dialog import ExportDialog
from govledger.ui.main_window import MainWindow
from govledger.ui.unit_directory_dialog import NAME, UnitDirectoryDialog

pytestmark = pytest.mark.both_stores  # the views must not care which store it is

NAMED = ["市教育局", "财政局", "办公室", "安全生产委员会", "市发展改革委"]
PINYIN = ["安全生产委员会", "办公室", "财政局", "市发展改革委", "市教育局"]


@pytest.fixture
def plan_id(session) -> int:
    ledger = session.ledger
    plan = ledger.create_plan("2024年政务公开工作要点", 2024).first_created("plans")
    heading = ledger.add_task(plan, "一、总体要求", kind=TaskKind.HEADING).first_created("tasks")
    for number, name in enumerate(NAMED, start=1):
        ledger.add_task(
            plan, f"{name}做好公开", parent_id=heading, number=str(number), lead_units=[name]
        )
    return plan


def combo_names(combo: QComboBox) -> list[str]:
    return [combo.itemText(row) for row in range(1, combo.count())]  # after "All units"


def test_the_unit_filter_lists_units_in_pinyin_order(qtbot, session, settings, plan_id) -> None:
    settings.last_plan_id = plan_id
    window = MainWindow(session, settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.model.plan_index.complete, timeout=10_000)
    qtbot.waitUntil(lambda: combo_names(window.filter_bar.unit_combo) == PINYIN, timeout=5_000)


def test_the_export_dialog_lists_units_in_pinyin_order(qtbot, session, plan_id) -> None:
    dialog = ExportDialog(session, plan_id, 7)
    qtbot.addWidget(dialog)
    assert combo_names(dialog.unit_combo) == PINYIN


def test_a_renamed_unit_moves_to_its_place_in_the_directory(qtbot, session, plan_id) -> None:
    dialog = UnitDirectoryDialog(session)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert [unit.name for unit in dialog.model.units] == PINYIN
    # the clerk double-clicks 办公室 and types a new name
    index = dialog.model.index(PINYIN.index("办公室"), NAME)
    dialog.table.edit(index)
    editor = dialog.table.indexWidget(index)
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    editor.insert("政府办公室")  # what an input method commits; QTest types no Chinese
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    expected = ["安全生产委员会", "财政局", "市发展改革委", "市教育局", "政府办公室"]
    # the delegate commits on Return through a queued call
    qtbot.waitUntil(lambda: [unit.name for unit in dialog.model.units] == expected, timeout=2_000)
    assert [unit.name for unit in session.ledger.units()] == expected
