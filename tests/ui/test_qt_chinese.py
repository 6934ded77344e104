"""Issue 21: Qt's own strings (standard buttons, the file dialog, context menus) are Chinese
in the Chinese UI, whether or not the PySide6 installation ships qtbase_zh_CN.qm."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QLibraryInfo, QLocale
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QLabel, QLineEdit, QMessageBox

from govledger.ui.appearance import install_translations


@pytest.fixture(params=["installed", "missing"])
def chinese(request, qapp, tmp_path: Path):
    """The Chinese UI with Qt's catalogues as installed, and with none at all."""
    if request.param == "installed":
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    else:
        qt_dir = str(tmp_path / "no-qt-translations")  # an Essentials without qtbase_zh_CN
    before = QLocale()
    translators = install_translations(qapp, "zh_CN", qt_dir=qt_dir)
    yield translators
    for translator in translators:
        qapp.removeTranslator(translator)
    QLocale.setDefault(before)


def test_standard_buttons_say_ok_and_cancel_in_chinese(qtbot, chinese) -> None:
    box = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    qtbot.addWidget(box)
    ok = box.button(QDialogButtonBox.StandardButton.Ok).text()
    cancel = box.button(QDialogButtonBox.StandardButton.Cancel).text()
    assert (ok, cancel) == ("确定", "取消")

    question = QMessageBox(QMessageBox.Icon.Question, "删除", "删除这条记录？")
    question.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    qtbot.addWidget(question)
    assert "是" in question.button(QMessageBox.StandardButton.Yes).text()
    assert "否" in question.button(QMessageBox.StandardButton.No).text()


def test_the_file_dialog_labels_are_chinese(qtbot, chinese) -> None:
    dialog = QFileDialog(None, "打开方案", str(Path.home()), "Word (*.docx)")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.addWidget(dialog)
    labels = {label.objectName(): label.text() for label in dialog.findChildren(QLabel)}
    assert "查找范围" in labels["lookInLabel"]  # "Look in:"
    assert "文件类型" in labels["fileTypeLabel"]  # "Files of type:"
    cancel = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Cancel)
    assert cancel.text() == "取消"


def test_a_text_fields_context_menu_is_chinese(qtbot, chinese) -> None:
    field = QLineEdit("江门市")
    qtbot.addWidget(field)
    menu = field.createStandardContextMenu()
    texts = [action.text() for action in menu.actions() if not action.isSeparator()]
    assert any(text.startswith("复制") for text in texts)
    assert any(text.startswith("全选") for text in texts)
    assert not any(text.startswith(("&Copy", "Select All")) for text in texts)
