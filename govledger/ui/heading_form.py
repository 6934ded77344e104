"""The detail panel's page for a heading (一、(一)…): its number, its text, and a
count of the requirements below it. Built the first time a heading is selected."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QPlainTextEdit, QWidget

from govledger.domain.model import Task, TaskCounts
from govledger.ui.session import LedgerSession
from govledger.ui.stale_edit_dialog import Outcome, save_task_edit
from govledger.ui.unsaved_edits import typed_over


class HeadingForm(QWidget):
    def __init__(self, session: LedgerSession, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.task: Task | None = None
        self._resolving = False  # a save refused as stale is being decided
        self.number_edit = QLineEdit(self)
        self.number_edit.setMaximumWidth(self.fontMetrics().horizontalAdvance("（十二）") + 24)
        self.text_edit = QPlainTextEdit(self)
        self.text_edit.setTabChangesFocus(True)
        self.text_edit.setMaximumHeight(self.fontMetrics().lineSpacing() * 5 + 12)
        self.text_edit.installEventFilter(self)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        form = QFormLayout(self)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        form.addRow(self.tr("No."), self.number_edit)
        form.addRow(self.tr("Heading"), self.text_edit)
        form.addRow(self.tr("Below it"), self.summary)
        self.number_edit.editingFinished.connect(self.commit_number)

    def editors(self) -> list[QWidget]:
        return [self.number_edit, self.text_edit]

    def load(self, task: Task, counts: TaskCounts | None) -> bool:
        """Show task; True when typing not yet saved was kept over a record that changed
        underneath (another clerk's edit), for the panel to say so."""
        loaded, self.task = self.task, task
        same = loaded if loaded is not None and loaded.id == task.id else None
        keep_number = same is not None and typed_over(
            self.number_edit.text(), same.number, task.number
        )
        keep_text = same is not None and typed_over(
            self.text_edit.toPlainText(), same.text, task.text
        )
        if not keep_number:
            self.number_edit.setText(task.number)
        if not keep_text and self.text_edit.toPlainText() != task.text:
            self.text_edit.setPlainText(task.text)
        if counts is None:
            self.summary.setText(self.tr("Counting…"))
        else:
            self.summary.setText(
                self.tr("{total} requirements, {done} done").format(
                    total=counts.total, done=counts.done
                )
            )
        return (keep_number or keep_text) and task != loaded

    def _show_loaded(self) -> None:
        """The fields as the loaded heading has them (see RequirementForm._show_loaded)."""
        if self.task is not None:
            self.number_edit.setText(self.task.number)
            self.text_edit.setPlainText(self.task.text)

    def typing(self) -> bool:
        """Whether the number or the text holds typing not yet saved."""
        task = self.task
        return task is not None and (
            self.number_edit.text() != task.number or self.text_edit.toPlainText() != task.text
        )

    def flush(self, *, interactive: bool = True, can_cancel: bool = False) -> bool:
        """Save the typed number and text before another task is shown or the ledger
        closes; False when the clerk cancelled a save refused as stale (see save_edit)."""
        if self.task is None:
            return True
        fields: dict[str, str] = {}
        number, text = self.number_edit.text().strip(), self.text_edit.toPlainText().strip()
        if number != self.task.number:
            fields["number"] = number
        if text and text != self.task.text:
            fields["text"] = text
        if not fields:
            return True
        outcome = self._save(
            self.tr("Save typed changes"), fields, interactive=interactive, can_cancel=can_cancel
        )
        return outcome is not Outcome.KEPT_TYPING

    def commit_number(self) -> None:
        value = self.number_edit.text().strip()
        if self.task and value != self.task.number:
            self._save(self.tr("Edit number"), {"number": value})

    def commit_text(self) -> None:
        value = self.text_edit.toPlainText().strip()
        if self.task and value and value != self.task.text:
            self._save(self.tr("Edit heading text"), {"text": value})

    def _save(
        self,
        undo_text: str,
        fields: dict[str, str],
        *,
        interactive: bool = True,
        can_cancel: bool = True,
    ) -> Outcome:
        """Save fields on the version of the heading this form loaded (see save_edit)."""
        if self.task is None or self._resolving:
            return Outcome.KEPT_TYPING
        self._resolving = True  # leaving a field for the dialog must not ask twice
        try:
            return save_task_edit(
                self.session,
                self,
                self.task,
                undo_text,
                fields,
                interactive=interactive,
                can_cancel=can_cancel,
                drop_typing=self._show_loaded,
            )
        finally:
            self._resolving = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.text_edit and event.type() == QEvent.Type.FocusOut:
            self.commit_text()
        return super().eventFilter(watched, event)
