"""记录触发事件: the day a document was issued (or an application received), for a
requirement whose deadline runs from it (文件印发后3个工作日内).

The dialog shows the due date the event gives, counted on the ledger's working
calendar, before the clerk saves it, so a surprising date is seen at once.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from govledger.domain.event_deadlines import EventRule
from govledger.domain.model import Task
from govledger.ui.appearance import style_hint, style_title
from govledger.ui.session import LedgerSession
from govledger.ui.typed_date_edit import TypedDateEdit
from govledger.ui.window_geometry import fit_to_screen


def to_date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class EventDialog(QDialog):
    def __init__(
        self,
        session: LedgerSession,
        task: Task,
        parent: QWidget | None = None,
        today: date | None = None,
    ):
        super().__init__(parent)
        self.session = session
        self.task = task
        self.rule = EventRule.from_json(task.deadline_rule)
        self.calendar = session.ledger.working_calendar()
        self.setWindowTitle(self.tr("Record triggering event"))
        today = today or date.today()

        heading = QLabel(f"{task.number}. {task.text}" if task.number else task.text, self)
        heading.setWordWrap(True)
        style_title(heading)
        self.date_edit = TypedDateEdit(QDate(today.year, today.month, today.day), self)
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.note_edit = QLineEdit(self)
        self.note_edit.setPlaceholderText(self.tr("e.g. the document's title and number"))
        self.due_label = QLabel(self)
        style_hint(self.due_label)
        self.due_label.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Time limit"), QLabel(task.deadline_text or "", self))
        form.addRow(self.tr("Event date"), self.date_edit)
        form.addRow(self.tr("Note"), self.note_edit)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(form)
        layout.addWidget(self.due_label)
        layout.addWidget(buttons)
        self.date_edit.dateChanged.connect(self._show_due)
        self._show_due()
        fit_to_screen(self, (460, self.sizeHint().height()))

    def due_date(self) -> date | None:
        if self.rule is None:
            return None
        return self.rule.due_after(to_date(self.date_edit.date()), self.calendar)

    def _show_due(self) -> None:
        due = self.due_date()
        if due is None:
            self.due_label.setText("")
            return
        self.due_label.setText(
            self.tr("Due by {date} ({rule}).").format(
                date=self.tr("{year}-{month}-{day}").format(
                    year=due.year, month=due.month, day=due.day
                ),
                rule=self.rule.describe() if self.rule else "",
            )
        )

    def save(self) -> None:
        on, note = to_date(self.date_edit.date()), self.note_edit.text().strip()
        ledger = self.session.ledger
        done = self.session.perform(
            self.tr("Record triggering event"),
            lambda: ledger.record_event(self.task.id, on, note=note),
        )
        if done is not None:
            self.accept()
