"""A save refused because someone else saved the record first (a shared ledger).

Forms pass the revision they loaded when they save (``save_edit``); when the ledger
refuses with StaleEdit, the clerk sees field by field what they typed and what is
saved now, and chooses: keep mine (saved again on top of the new version, knowingly),
take the saved version (the form reloads from the ledger), or cancel (the form stays
as typed, nothing saved, nothing lost). Nothing is overwritten and nothing typed is
dropped without the clerk saying so.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from govledger.domain.changes import ChangeSet, StaleEdit
from govledger.domain.model import Task
from govledger.ui.session import LedgerSession

DIFFERS = QColor("#fff1c2")  # as in the merge-conflict dialog: the two versions differ


class Choice(Enum):
    KEEP_MINE = "keep_mine"
    TAKE_SAVED = "take_saved"
    KEEP_TYPING = "keep_typing"  # cancelled: the form stays as typed


class Outcome(Enum):
    SAVED = "saved"  # saved (or nothing to save)
    TAKEN = "taken"  # the clerk took the saved version: views were told to reload
    KEPT_TYPING = "kept_typing"  # nothing saved; what was typed stays in the form
    FAILED = "failed"  # refused for another reason, already shown by the session


class StaleEditDialog(QDialog):
    def __init__(self, stale: StaleEdit, parent: QWidget | None = None, *, can_cancel: bool = True):
        super().__init__(parent)
        from govledger.ui.conflict_dialog import SHOWN_FIELDS, field_name, show_value

        self.stale = stale
        self.can_cancel = can_cancel
        self.choice = Choice.KEEP_TYPING
        self.setWindowTitle(self.tr("Changed by someone else"))
        self.message = QLabel(str(stale), self)
        self.message.setWordWrap(True)
        # Fields the clerk reads, in the usual order; a parsed rule follows its text.
        names = [name for name in SHOWN_FIELDS if name in stale.mine]
        self.table = QTableWidget(len(names), 3, self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Field"), self.tr("My change"), self.tr("Saved version")]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.fields = names
        for row, name in enumerate(names):
            mine, saved = stale.mine.get(name), stale.theirs.get(name)
            for column, text in enumerate((field_name(name), show_value(mine), show_value(saved))):
                item = QTableWidgetItem(text)
                if show_value(mine) != show_value(saved):
                    item.setBackground(QBrush(DIFFERS))
                self.table.setItem(row, column, item)
        # wrapped text needs its columns' final widths to get the right row heights
        header.sectionResized.connect(lambda *_: self.table.resizeRowsToContents())

        self.buttons = QDialogButtonBox(Qt.Orientation.Horizontal, self)
        self.keep_button = self._button(self.tr("Keep my changes"), Choice.KEEP_MINE)
        self.take_button = self._button(self.tr("Use the saved version"), Choice.TAKE_SAVED)
        self.keep_button.setToolTip(self.tr("Save what I typed over the version saved now."))
        self.take_button.setToolTip(self.tr("Discard what I typed and show the saved version."))
        self.cancel_button: QPushButton | None = None
        if can_cancel:
            self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
            self.cancel_button.setToolTip(self.tr("Save nothing now; keep what I typed."))
            self.buttons.rejected.connect(self.reject)
            self.cancel_button.setDefault(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)
        self.resize(640, 320)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # Heights measured while the columns were still narrow would stay tall: again
        # now that the dialog has its size.
        self.table.resizeRowsToContents()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.table.resizeRowsToContents()

    def _button(self, text: str, choice: Choice) -> QPushButton:
        button = self.buttons.addButton(text, QDialogButtonBox.ButtonRole.AcceptRole)
        button.setAutoDefault(False)  # Enter pressed out of habit must not choose a side
        button.clicked.connect(lambda: self._choose(choice))
        return button

    def _choose(self, choice: Choice) -> None:
        self.choice = choice
        self.accept()

    def reject(self) -> None:
        # Where the form cannot stay as typed (another task is being shown), the clerk
        # must choose: closing the dialog would drop what they typed unasked.
        if self.can_cancel:
            self.choice = Choice.KEEP_TYPING
            super().reject()


def ask(stale: StaleEdit, parent: QWidget | None, *, can_cancel: bool = True) -> Choice:
    # A model without a widget of its own (the tree's) asks over the window in use.
    dialog = StaleEditDialog(stale, parent or QApplication.activeWindow(), can_cancel=can_cancel)
    dialog.exec()
    choice = dialog.choice
    dialog.deleteLater()
    return choice


def save_edit(
    session: LedgerSession,
    parent: QWidget | None,
    text: str,
    save: Callable[[int | None], ChangeSet],
    revision: int | None,
    *,
    interactive: bool = True,
    can_cancel: bool = True,
    drop_typing: Callable[[], None] | None = None,
) -> Outcome:
    """Save through ``save(expected_revision)`` as one undoable step named ``text``.

    revision: the one the form loaded. When the record moved on since, the clerk
    chooses (see the module's text). interactive=False: no one is there to ask (the
    session is ending); what was typed is saved as before shared ledgers, on top of
    whatever is saved — the other version stays in the audit log and the undo step.
    can_cancel=False: the form is about to show another record, so it cannot stay as
    typed; the clerk chooses one of the two versions. drop_typing: puts the form back
    to the version it loaded, so the re-read after "take the saved version" replaces
    the fields rather than keeping them as typing (ui/unsaved_edits.py).
    """
    expected = revision if interactive else None
    while True:
        changes, stale = _try_save(session, text, save, expected)
        if stale is None:
            return Outcome.FAILED if changes is None else Outcome.SAVED
        choice = ask(stale, parent, can_cancel=can_cancel)
        if choice is Choice.KEEP_MINE:
            expected = stale.revision  # and if a third clerk saved meanwhile, ask again
            continue
        if choice is Choice.TAKE_SAVED:
            if drop_typing is not None:
                drop_typing()
            session.announce(stale.elsewhere)  # every view re-reads the record
            return Outcome.TAKEN
        return Outcome.KEPT_TYPING


def _try_save(
    session: LedgerSession,
    text: str,
    save: Callable[[int | None], ChangeSet],
    expected: int | None,
) -> tuple[ChangeSet | None, StaleEdit | None]:
    """One attempt through the session: (its ChangeSet or None, the refusal if stale)."""
    refused: list[StaleEdit] = []

    def attempt() -> ChangeSet:
        try:
            return save(expected)
        except StaleEdit as stale:  # not an error to show: a choice to offer
            refused.append(stale)
            return ChangeSet(action="stale_edit")  # empty: nothing to undo

    changes = session.perform(text, attempt)
    return changes, (refused[0] if refused else None)


def save_task_edit(
    session: LedgerSession,
    form: QWidget,
    task: Task,
    text: str,
    fields: dict[str, Any],
    *,
    interactive: bool,
    can_cancel: bool,
    drop_typing: Callable[[], None],
) -> Outcome:
    """save_edit for a form's fields of one task (the requirement and heading forms)."""
    task_id, ledger = task.id, session.ledger
    return save_edit(
        session,
        form,
        text,
        lambda expected: ledger.update_task(task_id, expected_revision=expected, **fields),
        task.revision,
        interactive=interactive,
        can_cancel=can_cancel,
        drop_typing=drop_typing,
    )
