"""新建方案: an empty plan to fill by hand (title, year, organization, 文号)."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from govledger.ui.session import LedgerSession
from govledger.ui.settings import AppSettings


class NewPlanDialog(QDialog):
    def __init__(
        self, session: LedgerSession, settings: AppSettings, parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("New plan"))
        self.created_plan_id: int | None = None
        year = date.today().year
        self.year_spin = QSpinBox(self)
        self.year_spin.setRange(2000, 2100)
        self.year_spin.setValue(year)
        self.organization_edit = QLineEdit(settings.organization, self)
        self.title_edit = QLineEdit(self)
        self.title_edit.setMinimumWidth(self.fontMetrics().horizontalAdvance("字" * 28))
        self.number_edit = QLineEdit(self)
        self.number_edit.setPlaceholderText(self.tr("e.g. 江建管〔2022〕39号"))
        self._suggest_title()
        self.year_spin.valueChanged.connect(lambda _y: self._suggest_title())
        self.organization_edit.textEdited.connect(lambda _t: self._suggest_title())
        self.title_edit.textEdited.connect(lambda _t: setattr(self, "_title_typed", True))
        self._title_typed = False
        form = QFormLayout(self)
        form.addRow(self.tr("Year"), self.year_spin)
        form.addRow(self.tr("Organization"), self.organization_edit)
        form.addRow(self.tr("Title"), self.title_edit)
        form.addRow(self.tr("Document number"), self.number_edit)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Create plan"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _suggest_title(self) -> None:
        if getattr(self, "_title_typed", False):
            return
        organization = self.organization_edit.text().strip()
        self.title_edit.setText(f"{organization}{self.year_spin.value()}年政务公开工作要点分工方案")

    def accept(self) -> None:
        title = self.title_edit.text().strip()
        year = self.year_spin.value()
        fields = {
            "organization": self.organization_edit.text().strip(),
            "document_number": self.number_edit.text().strip(),
        }
        changes = self.session.perform(
            self.tr("New plan “{title}”").format(title=title),
            lambda: self.session.ledger.create_plan(title, year, **fields),
        )
        if changes is None:
            return  # the message is shown; the dialog stays for a correction
        self.created_plan_id = changes.created_plan
        super().accept()
