"""设置: organization, warning window, data folder, my unit, language."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from govledger.store import Ledger
from govledger.ui.appearance import style_hint
from govledger.ui.settings import AppSettings


class SettingsDialog(QDialog):
    def __init__(self, settings: AppSettings, ledger: Ledger | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(self.tr("Settings"))
        self.organization_edit = QLineEdit(settings.organization, self)
        self.organization_edit.setPlaceholderText(self.tr("e.g. 江门市人力资源和社会保障局"))
        self.organization_edit.setMinimumWidth(self.fontMetrics().horizontalAdvance("字" * 24))
        self.warning_spin = QSpinBox(self)
        self.warning_spin.setRange(0, 90)
        self.warning_spin.setValue(settings.warning_days)
        self.warning_spin.setSuffix(self.tr(" days"))
        self.folder_edit = QLineEdit(str(settings.data_folder or ""), self)
        self.folder_edit.setPlaceholderText(self.tr("Default: the user data folder"))
        browse = QPushButton(self.tr("Browse…"), self)
        browse.clicked.connect(self._browse)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_edit, 1)
        folder_row.addWidget(browse)
        self.my_unit_combo = QComboBox(self)
        self.my_unit_combo.setEditable(True)
        self.my_unit_combo.addItem("")
        for unit in ledger.units() if ledger is not None else []:
            self.my_unit_combo.addItem(unit.name)
        self.my_unit_combo.setCurrentText(settings.my_unit)
        self.language_combo = QComboBox(self)
        for code, label in (
            ("system", self.tr("Follow the system")),
            ("zh_CN", "简体中文"),
            ("en", "English"),
        ):
            self.language_combo.addItem(label, code)
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(settings.language)))
        note = QLabel(self.tr("Language and data folder changes apply after a restart."), self)
        style_hint(note)
        note.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow(self.tr("Organization"), self.organization_edit)
        form.addRow(self.tr("Warn before due"), self.warning_spin)
        form.addRow(self.tr("Data folder"), folder_row)
        form.addRow(self.tr("My unit"), self.my_unit_combo)
        form.addRow(self.tr("Language"), self.language_combo)
        form.addRow(note)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Data folder"), self.folder_edit.text()
        )
        if folder:
            self.folder_edit.setText(folder)

    def accept(self) -> None:
        self.settings.organization = self.organization_edit.text()
        self.settings.warning_days = self.warning_spin.value()
        self.settings.data_folder = self.folder_edit.text().strip() or None
        self.settings.my_unit = self.my_unit_combo.currentText()
        self.settings.language = self.language_combo.currentData()
        self.settings.sync()
        super().accept()
