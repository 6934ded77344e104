"""The unit directory (rename, merge, undo), settings that persist, and a new empty plan."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings

from govledger.ui.new_plan_dialog import NewPlanDialog
from govledger.ui.settings import AppSettings
from govledger.ui.settings_dialog import SettingsDialog
from govledger.ui.unit_directory_dialog import UnitDirectoryDialog

pytestmark = pytest.mark.both_stores  # a ledger file and a server ledger (issue 24)


def units_of(ledger, task_id):
    task = ledger.task(task_id)
    return task.lead_units, task.co_units


def test_merge_units_through_the_dialog_then_undo(qtbot, session, small_plan):
    ledger = session.ledger
    dialog = UnitDirectoryDialog(session)
    qtbot.addWidget(dialog)
    names = [unit.name for unit in dialog.model.units]
    assert {"法制科", "法规科"} <= set(names)
    dialog.select_names(["法制科", "法规科"])
    assert dialog.merge_button.isEnabled()
    assert dialog.merge_selected(target_name="法规科")
    assert units_of(ledger, small_plan["r2"]) == (("法规科",), ("办公室",))
    assert units_of(ledger, small_plan["r4"]) == (("信息中心",), ("法规科",))
    assert "法制科" not in [unit.name for unit in dialog.model.units]  # the list followed
    assert session.undo_stack.undoText() == "Merge units into “法规科”"
    session.undo_stack.undo()
    assert units_of(ledger, small_plan["r2"]) == (("法制科",), ("办公室",))
    assert "法制科" in [unit.name for unit in dialog.model.units]


def test_rename_a_unit_in_place(qtbot, session, small_plan):
    dialog = UnitDirectoryDialog(session)
    qtbot.addWidget(dialog)
    row = [unit.name for unit in dialog.model.units].index("信息中心")
    assert dialog.model.setData(dialog.model.index(row, 0), "信息化中心")
    assert session.ledger.task(small_plan["r4"]).lead_units == ("信息化中心",)
    session.undo_stack.undo()
    assert session.ledger.task(small_plan["r4"]).lead_units == ("信息中心",)


def test_a_units_kind_is_chosen_in_the_table_and_reaches_the_filter(qtbot, session, small_plan):
    """信息中心 is a 事业单位 by its name; this office counts it among its 科室, so the
    requirement r1 gives to 各科室 becomes its work too."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QComboBox

    from govledger.domain.unit_kinds import UnitKind, role_of
    from govledger.ui.unit_directory_dialog import KIND

    ledger = session.ledger
    dialog = UnitDirectoryDialog(session)
    qtbot.addWidget(dialog)
    dialog.show()
    names = [unit.name for unit in dialog.model.units]
    collective = dialog.model.index(names.index("各科室"), KIND)
    assert "Internal office" in collective.data()  # what "各科室" stands for, not editable
    assert not dialog.model.flags(collective) & Qt.ItemFlag.ItemIsEditable
    index = dialog.model.index(names.index("信息中心"), KIND)
    assert "Public institution" in index.data()
    dialog.table.edit(index)  # as a double-click does
    editor = dialog.table.findChild(QComboBox)
    assert isinstance(editor, QComboBox)
    editor.setCurrentIndex(editor.findData(str(UnitKind.OFFICE)))
    dialog.kind_delegate.commitData.emit(editor)
    task = ledger.task(small_plan["r1"])
    assert ledger.unit_directory()["信息中心"] is UnitKind.OFFICE
    assert role_of("信息中心", task.lead_units, task.co_units, ledger.unit_directory()) == "co"
    assert "Internal office" in dialog.model.index(names.index("信息中心"), KIND).data()
    session.undo_stack.undo()
    assert ledger.unit_directory()["信息中心"] is UnitKind.INSTITUTION


def test_settings_are_saved_and_read_back(qtbot, tmp_path, session, small_plan):
    path = str(tmp_path / "prefs.ini")
    settings = AppSettings(QSettings(path, QSettings.Format.IniFormat))
    assert settings.warning_days == 7 and settings.language == "system"
    dialog = SettingsDialog(settings, session.ledger)
    qtbot.addWidget(dialog)
    dialog.organization_edit.setText("江门市人力资源和社会保障局")
    dialog.warning_spin.setValue(10)
    dialog.my_unit_combo.setCurrentText("办公室")
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("en"))
    dialog.folder_edit.setText(str(tmp_path / "data"))
    dialog.accept()
    again = AppSettings(QSettings(path, QSettings.Format.IniFormat))
    assert again.organization == "江门市人力资源和社会保障局"
    assert again.warning_days == 10
    assert again.my_unit == "办公室"
    assert again.language == "en"
    assert again.data_folder == tmp_path / "data"


def test_my_unit_setting_drives_the_filter(qtbot, session, small_plan, settings):
    from govledger.ui.main_window import MainWindow

    settings.my_unit = "信息中心"
    window = MainWindow(session, settings)
    qtbot.addWidget(window)
    assert window.proxy.criteria.unit == ""  # set, but not switched on
    window.filter_bar.my_unit_box.setChecked(True)
    assert window.proxy.criteria.unit == "信息中心"
    assert window.proxy.shown == {small_plan["h2"], small_plan["r4"]}

    # The setting changes while the filter is on: it follows the new unit...
    window.filter_bar.set_my_unit("法规科")
    assert window.proxy.criteria.unit == "法规科"
    assert small_plan["r3"] in window.proxy.shown and small_plan["r4"] not in window.proxy.shown
    # ...and is switched off when no unit is set any more.
    window.filter_bar.set_my_unit("")
    assert not window.filter_bar.my_unit_box.isChecked()
    assert not window.proxy.active


def test_new_plan_dialog_creates_an_undoable_plan(qtbot, session, settings):
    settings.organization = "测试局"
    dialog = NewPlanDialog(session, settings)
    qtbot.addWidget(dialog)
    dialog.year_spin.setValue(2024)
    assert dialog.title_edit.text() == "测试局2024年政务公开工作要点分工方案"
    dialog.accept()
    plan = session.ledger.plan(dialog.created_plan_id)
    assert (plan.title, plan.year, plan.organization) == (
        "测试局2024年政务公开工作要点分工方案",
        2024,
        "测试局",
    )
    session.undo_stack.undo()
    assert session.ledger.plans() == []
