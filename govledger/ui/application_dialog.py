"""Register or edit one 依申请公开 request: its facts, step dates, outcome and documents.

Every field is saved in one undoable step when the clerk presses OK; a refusal by the
ledger (a reply without an outcome, steps out of order) is shown and the dialog
stays open with what was typed. Documents are attached to a saved request, each one
its own undoable step, like evidence.
"""

from __future__ import annotations

import tempfile
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from govledger.domain import annual_report_format as fmt
from govledger.domain.applications import STEP_COLUMNS, Application, reply_limit
from govledger.ui.appearance import style_hint
from govledger.ui.evidence_fetch import EvidenceFetcher
from govledger.ui.scroll_form import ScrollForm
from govledger.ui.session import LedgerSession
from govledger.ui.typed_date_edit import TypedDateEdit
from govledger.ui.window_geometry import fit_to_screen

OPEN_FOLDER = "govledger-requests"  # documents' read-only copies, under the system temp folder


def to_date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def date_edit(parent: QWidget, value: date | None = None) -> TypedDateEdit:
    edit = TypedDateEdit(parent=parent)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setDate(value or date.today())
    return edit


class OptionalDate(QWidget):
    """A date that may be absent: a check box turns the date on (a step not reached yet)."""

    changed = Signal()

    def __init__(self, text: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.check = QCheckBox(text, self)
        self.edit = date_edit(self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.check)
        layout.addWidget(self.edit, 1)
        # An unreached step shows no date at all (a greyed date reads as if it were set).
        policy = self.edit.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        self.edit.setSizePolicy(policy)
        self.check.toggled.connect(self._toggled)
        self.check.toggled.connect(lambda _on: self.changed.emit())
        self.edit.dateChanged.connect(lambda _d: self.changed.emit())
        self.set_value(None)

    def _toggled(self, on: bool) -> None:
        self.edit.setVisible(on)
        if on and self.edit.date().isNull():
            self.edit.setDate(date.today())

    def value(self) -> date | None:
        return to_date(self.edit.date()) if self.check.isChecked() else None

    def set_value(self, value: date | None) -> None:
        self.check.setChecked(value is not None)
        self.edit.setVisible(value is not None)
        if value is not None:
            self.edit.setDate(value)


def fill_outcomes(combo: QComboBox, none_text: str) -> None:
    """The table 三 outcomes, grouped as the table groups them."""
    combo.addItem(none_text, None)
    for row in fmt.OUTCOMES:
        combo.addItem(fmt.outcome_label(row.code), row.code)


class ApplicationDialog(QDialog):
    def __init__(
        self,
        session: LedgerSession,
        application: Application | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.session = session
        self.application = application
        self.saved_id: int | None = application.id if application else None
        self.setWindowTitle(
            self.tr("Register an information request")
            if application is None
            else self.tr("Request {number}").format(number=application.number)
        )
        self.number_edit = QLineEdit(self)
        self.number_edit.setPlaceholderText(self.tr("numbered automatically"))
        self.received_edit = date_edit(self)
        self.channel_combo = QComboBox(self)
        for code, label in fmt.CHANNELS:
            self.channel_combo.addItem(label, code)
        self.type_combo = QComboBox(self)
        for code, label in fmt.APPLICANT_TYPES:
            self.type_combo.addItem(fmt.APPLICANT_TYPE_LONG.get(code, label), code)
        self.name_edit = QLineEdit(self)
        self.contact_edit = QLineEdit(self)
        self.content_edit = QPlainTextEdit(self)
        self.content_edit.setTabChangesFocus(True)
        self.content_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        self.corrected = OptionalDate(self.tr("Corrected application received"), self)
        self.steps = {code: OptionalDate(label, self) for code, label in fmt.STEPS}
        self.steps["registered"].check.setEnabled(False)  # a registered request has this date
        self.extended = OptionalDate(self.tr("Extended on"), self)
        self.extension_days = QSpinBox(self)
        self.extension_days.setRange(1, fmt.MAX_EXTENSION_WORKDAYS)
        self.extension_days.setValue(fmt.MAX_EXTENSION_WORKDAYS)
        self.extension_days.setSuffix(self.tr(" working days"))
        self.extension_days.setEnabled(False)
        self.extended.check.toggled.connect(self.extension_days.setEnabled)
        self.outcome_combo = QComboBox(self)
        fill_outcomes(self.outcome_combo, self.tr("(not decided yet)"))
        self.fee_spin = QDoubleSpinBox(self)
        self.fee_spin.setRange(0, 1_000_000)
        self.fee_spin.setDecimals(2)
        self.fee_spin.setSuffix(self.tr(" yuan"))
        self.note_edit = QLineEdit(self)
        self.limit_label = QLabel(self)
        style_hint(self.limit_label)

        form = QFormLayout()
        form.addRow(self.tr("No."), self.number_edit)
        form.addRow(self.tr("Received on"), self.received_edit)
        form.addRow(self.tr("Channel"), self.channel_combo)
        form.addRow(self.tr("Applicant type"), self.type_combo)
        form.addRow(self.tr("Applicant"), self.name_edit)
        form.addRow(self.tr("Contact"), self.contact_edit)
        form.addRow(self.tr("Information requested"), self.content_edit)
        steps_box = QGroupBox(self.tr("Handling steps"), self)
        grid = QGridLayout(steps_box)
        for index, widget in enumerate(self.steps.values()):
            grid.addWidget(widget, index // 3, index % 3)
        extension_row = QHBoxLayout()
        extension_row.addWidget(self.extended, 1)
        extension_row.addWidget(self.extension_days)
        after = QFormLayout()
        after.addRow(self.tr("Correction"), self.corrected)
        after.addRow(self.tr("Extension"), extension_row)
        after.addRow(self.tr("Reply limit"), self.limit_label)
        after.addRow(self.tr("Outcome"), self.outcome_combo)
        after.addRow(self.tr("Processing fee"), self.fee_spin)
        after.addRow(self.tr("Note"), self.note_edit)
        self.documents = DocumentList(session, self)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        fields = QVBoxLayout()
        fields.addLayout(form)
        fields.addWidget(steps_box)
        fields.addLayout(after)
        fields.addWidget(self.documents)
        layout = QVBoxLayout(self)
        # The form scrolls on a short screen; 确定/取消 stay below it, always in reach.
        layout.addWidget(ScrollForm(fields, self))
        layout.addWidget(buttons)
        for widget in (self.corrected, self.extended, *self.steps.values()):
            widget.changed.connect(self._show_limit)
        self.received_edit.dateChanged.connect(lambda _d: self._show_limit())
        self.extension_days.valueChanged.connect(lambda _v: self._show_limit())
        self.load(application)
        fit_to_screen(self, (640, 760))

    def load(self, application: Application | None) -> None:
        self.documents.load(application.id if application else None)
        if application is None:
            self.steps["registered"].set_value(date.today())
            self._show_limit()
            return
        self.number_edit.setText(application.number)
        self.received_edit.setDate(application.received_on)
        self.channel_combo.setCurrentIndex(self.channel_combo.findData(application.channel))
        self.type_combo.setCurrentIndex(self.type_combo.findData(application.applicant_type))
        self.name_edit.setText(application.applicant_name)
        self.contact_edit.setText(application.contact)
        self.content_edit.setPlainText(application.content)
        self.corrected.set_value(application.corrected_on)
        for code, widget in self.steps.items():
            widget.set_value(application.step_date(code))
        self.extended.set_value(application.extended_on)
        if application.extension_workdays:
            self.extension_days.setValue(application.extension_workdays)
        self.outcome_combo.setCurrentIndex(max(0, self.outcome_combo.findData(application.outcome)))
        self.fee_spin.setValue(application.fee_cents / 100)
        self.note_edit.setText(application.note)
        self._show_limit()

    def fields(self) -> dict[str, Any]:
        received = to_date(self.received_edit.date())
        fields: dict[str, Any] = {
            "number": self.number_edit.text().strip(),
            "received_on": received,
            "channel": self.channel_combo.currentData(),
            "applicant_type": self.type_combo.currentData(),
            "applicant_name": self.name_edit.text(),
            "contact": self.contact_edit.text(),
            "content": self.content_edit.toPlainText().strip(),
            "corrected_on": self.corrected.value(),
            "extended_on": self.extended.value(),
            "extension_workdays": self.extension_days.value() if self.extended.value() else 0,
            "outcome": self.outcome_combo.currentData(),
            "fee_cents": round(self.fee_spin.value() * 100),
            "note": self.note_edit.text(),
        }
        for code, widget in self.steps.items():
            fields[STEP_COLUMNS[code]] = widget.value()
        if fields["registered_on"] is None:
            fields["registered_on"] = received
        return fields

    def _show_limit(self) -> None:
        fields = self.fields()
        draft = Application(
            id=0,
            uuid="",
            received_on=fields["received_on"],
            channel=fields["channel"],
            applicant_type=fields["applicant_type"],
            corrected_on=fields["corrected_on"],
            extended_on=fields["extended_on"],
            extension_workdays=fields["extension_workdays"],
        )
        limit = reply_limit(draft, self.session.ledger.reply_calendar())
        text = self.tr("Reply by {date} (20 working days)").format(date=limit.due.isoformat())
        if limit.extended_due is not None:
            text += self.tr("; extended to {date}").format(date=limit.extended_due.isoformat())
        self.limit_label.setText(text)

    def save(self) -> bool:
        """Save in one undoable step; on a refusal the dialog stays open."""
        fields = self.fields()
        ledger = self.session.ledger
        if self.application is None:
            if not fields["number"]:
                del fields["number"]
            changes = self.session.perform(
                self.tr("Register information request"),
                lambda: ledger.add_application(**fields),
            )
            if changes is None:
                return False
            self.saved_id = changes.created_application
        else:
            current = self.application
            application_id = current.id
            changed = {k: v for k, v in fields.items() if getattr(current, k) != v}
            if changed and not self.session.perform(
                self.tr("Edit request {number}").format(number=current.number),
                lambda: ledger.update_application(application_id, **changed),
            ):
                return False
        self.accept()
        return True

    def done(self, result: int) -> None:
        self.documents.fetcher.close()  # a download under way stops: no thread outlives us
        super().done(result)


class DocumentList(QGroupBox):
    """A request's documents: attach a file (with its role), open a copy, remove."""

    def __init__(self, session: LedgerSession, parent: QWidget | None = None):
        super().__init__(self.tr("Documents (request, reply letter…)"), parent)
        self.session = session
        self.application_id: int | None = None
        # a server ledger's documents are downloaded off the GUI thread, with progress
        self.fetcher = EvidenceFetcher(session, self)
        self.list = QListWidget(self)
        self.list.setMaximumHeight(self.fontMetrics().lineSpacing() * 5 + 10)
        self.list.itemDoubleClicked.connect(lambda item: self.open_item(item))
        self.role_combo = QComboBox(self)
        for code, label in fmt.DOCUMENT_ROLES:
            self.role_combo.addItem(label, code)
        self.attach_button = QPushButton(self.tr("Attach…"), self)
        self.attach_button.clicked.connect(lambda: self.choose_files())
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.remove_button.clicked.connect(lambda: self.remove_current())
        self.hint = QLabel(self.tr("Save the request first to attach documents."), self)
        style_hint(self.hint)
        row = QHBoxLayout()
        row.addWidget(self.role_combo)
        row.addWidget(self.attach_button)
        row.addWidget(self.remove_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(self.list)
        layout.addLayout(row)
        session.changed.connect(
            lambda changes: self.reload() if changes.application_documents_changed else None
        )

    def load(self, application_id: int | None) -> None:
        self.application_id = application_id
        for widget in (self.list, self.role_combo, self.attach_button, self.remove_button):
            widget.setEnabled(application_id is not None)
        self.hint.setVisible(application_id is None)
        self.reload()

    def reload(self) -> None:
        self.list.clear()
        if self.application_id is None:
            return
        for document in self.session.ledger.application_documents(self.application_id):
            role = fmt.label_of(fmt.DOCUMENT_ROLES, document.role)
            item = QListWidgetItem(f"{role}：{document.original_name}", self.list)
            item.setData(Qt.ItemDataRole.UserRole, document)

    def choose_files(self) -> None:
        paths, _filter = QFileDialog.getOpenFileNames(self, self.tr("Attach documents"))
        for path in paths:
            self.attach(path)

    def attach(self, path: str, role: str | None = None) -> bool:
        if self.application_id is None:
            return False
        application_id = self.application_id
        role = role or self.role_combo.currentData()
        changes = self.session.perform(
            self.tr("Attach document"),
            lambda: self.session.ledger.attach_application_document(
                application_id, path, role=role
            ),
        )
        return changes is not None

    def remove_current(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        document = item.data(Qt.ItemDataRole.UserRole)
        self.session.perform(
            self.tr("Remove document “{name}”").format(name=document.original_name),
            lambda: self.session.ledger.detach_application_document(document.id),
        )

    def open_item(self, item: QListWidgetItem) -> Path | None:
        """Open a read-only copy under the document's own name in the system viewer;
        the copy, or None (downloaded first from a server ledger, or not openable)."""
        document = item.data(Qt.ItemDataRole.UserRole)
        folder = Path(tempfile.gettempdir()) / OPEN_FOLDER
        return self.fetcher.open_stored(document.sha256, document.original_name, folder)
