"""Small dialogs for the register's everyday moves: advance a request one step, extend it.

Advancing to 答复 asks for the outcome (a table 三 category) as the ledger requires;
the extension is the one the 条例 allows, up to 20 working days, recorded with the
day it was decided.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from govledger.domain import annual_report_format as fmt
from govledger.domain.applications import Application
from govledger.ui.appearance import style_hint
from govledger.ui.application_dialog import date_edit, fill_outcomes, to_date
from govledger.ui.session import LedgerSession


class AdvanceDialog(QDialog):
    def __init__(
        self,
        session: LedgerSession,
        application: Application,
        parent: QWidget | None = None,
        *,
        on: date | None = None,
    ):
        super().__init__(parent)
        self.session = session
        self.application = application
        self.step = application.next_step
        step_label = fmt.label_of(fmt.STEPS, self.step or "")
        self.setWindowTitle(self.tr("Next step"))
        text = self.tr("Request {number}: {step}").format(
            number=application.number, step=step_label
        )
        self.date_edit = date_edit(self, on or date.today())
        self.outcome_combo = QComboBox(self)
        fill_outcomes(self.outcome_combo, self.tr("(choose the outcome)"))
        if application.outcome:
            self.outcome_combo.setCurrentIndex(self.outcome_combo.findData(application.outcome))
        form = QFormLayout()
        form.addRow(QLabel(text, self))
        form.addRow(self.tr("Date"), self.date_edit)
        if self.step == "replied":
            form.addRow(self.tr("Outcome"), self.outcome_combo)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def save(self) -> bool:
        if self.step is None:
            self.reject()
            return False
        application_id = self.application.id
        on = to_date(self.date_edit.date())
        outcome = self.outcome_combo.currentData() if self.step == "replied" else None
        step = fmt.label_of(fmt.STEPS, self.step)
        changes = self.session.perform(
            self.tr("{step}: request {number}").format(step=step, number=self.application.number),
            lambda: self.session.ledger.advance_application(application_id, on, outcome=outcome),
        )
        if changes is None:
            return False
        self.accept()
        return True


class ExtendDialog(QDialog):
    def __init__(
        self, session: LedgerSession, application: Application, parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.session = session
        self.application = application
        self.setWindowTitle(self.tr("Extend the reply limit"))
        self.date_edit = date_edit(self, application.extended_on or date.today())
        self.days_spin = QSpinBox(self)
        self.days_spin.setRange(1, fmt.MAX_EXTENSION_WORKDAYS)
        self.days_spin.setValue(application.extension_workdays or fmt.MAX_EXTENSION_WORKDAYS)
        self.days_spin.setSuffix(self.tr(" working days"))
        hint = QLabel(
            self.tr(
                "The limit may be extended once, by at most {days} working days, with the "
                "approval of the head of the disclosure office."
            ).format(days=fmt.MAX_EXTENSION_WORKDAYS),
            self,
        )
        hint.setWordWrap(True)
        style_hint(hint)
        form = QFormLayout()
        form.addRow(self.tr("Decided on"), self.date_edit)
        form.addRow(self.tr("Extended by"), self.days_spin)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def save(self) -> bool:
        application_id = self.application.id
        on, days = to_date(self.date_edit.date()), self.days_spin.value()
        changes = self.session.perform(
            self.tr("Extend request {number}").format(number=self.application.number),
            lambda: self.session.ledger.extend_application(application_id, on, days),
        )
        if changes is None:
            return False
        self.accept()
        return True
