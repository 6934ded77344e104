"""LedgerSession: the one door through which the GUI changes a ledger.

Anki-style operations: a widget calls ``session.perform(text, op)`` where ``op`` runs
one Ledger mutation and returns its ChangeSet. The session pushes an undo command
holding that ChangeSet and emits ``changed`` so every view refreshes from the same
description of what happened. Undo replays ``ledger.revert`` and redo
``ledger.reapply``; they emit ``changed`` too, with the ChangeSet they applied, so
views never need to know whether a change came from an edit, an undo or a redo —
or from another clerk: ``poller`` (change_poller.py) announces those the same way,
without putting them on the undo stack.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from govledger.domain.changes import ChangeSet
from govledger.messages import GovLedgerError
from govledger.store import Ledger
from govledger.ui.change_poller import ChangePoller


class ChangeCommand(QUndoCommand):
    """One performed Ledger operation on the undo stack."""

    def __init__(self, session: LedgerSession, text: str, changes: ChangeSet):
        super().__init__(text)
        self._session = session
        self.changes = changes
        # The operation already ran when it was pushed; QUndoStack.push calls redo()
        # once at once, which must not run it a second time.
        self._already_applied = True

    def redo(self) -> None:
        if self._already_applied:
            self._already_applied = False
            return
        self._session._replay(self, self._session.ledger.reapply)

    def undo(self) -> None:
        self._session._replay(self, self._session.ledger.revert)


class LedgerSession(QObject):
    """Owns the open Ledger and its undo stack; announces every change."""

    changed = Signal(object)  # ChangeSet that was applied (by an edit, undo or redo)
    failed = Signal(str)  # a GovLedgerError's message, for a dialog

    def __init__(self, ledger: Ledger, parent: QObject | None = None):
        super().__init__(parent)
        self.ledger = ledger
        self.undo_stack = QUndoStack(self)
        self.poller = ChangePoller(self)  # started by the window that shows the ledger

    def perform(self, text: str, operation: Callable[[], ChangeSet]) -> ChangeSet | None:
        """Run one Ledger mutation as an undoable step named ``text`` (already translated).

        Returns the ChangeSet, or None when the ledger refused (the message goes to
        ``failed``; nothing is pushed and the ledger is as it was).
        """
        try:
            changes = operation()
        except GovLedgerError as exc:
            self.failed.emit(str(exc))
            return None
        if changes.empty:
            return changes
        self.poller.own(changes)
        self.undo_stack.push(ChangeCommand(self, text, changes))
        self.changed.emit(changes)
        return changes

    def _replay(self, command: ChangeCommand, replay: Callable[[ChangeSet], ChangeSet]) -> None:
        try:
            applied = replay(command.changes)
        except GovLedgerError as exc:
            # The records changed underneath (or the file went read-only): this step
            # can no longer be replayed, so it leaves the stack instead of lying.
            command.setObsolete(True)
            self.failed.emit(str(exc))
            return
        self.poller.own(applied)
        self.changed.emit(applied)

    def restore(self, backup: Path) -> bool:
        """Replace the ledger's content with a backup (the current one is backed up first).

        The undo stack is cleared: its recorded changes describe a ledger that no longer is.
        """
        try:
            changes = self.ledger.restore(backup)
        except (GovLedgerError, OSError) as exc:
            self.failed.emit(str(exc))
            return False
        self.undo_stack.clear()
        self.poller.catch_up()
        self.changed.emit(changes)
        return True

    def announce(self, changes: ChangeSet) -> None:
        """A change this session did not make (another clerk's save on a shared ledger):
        views re-read what it names; nothing goes on the undo stack."""
        if not changes.empty:
            self.changed.emit(changes)

    def record(self, text: str, changes: ChangeSet) -> None:
        """An operation that ran elsewhere (a worker's own connection) as an undoable step."""
        if changes.empty:
            return
        self.poller.own(changes)
        self.undo_stack.push(ChangeCommand(self, text, changes))
        self.changed.emit(changes)

    def reload_if_replaced(self) -> bool:
        """Re-open the ledger when another file was moved over it while it was open.

        Writing on would go to the old, replaced file and be lost; the undo stack
        describes that file, so it is cleared. True when the ledger was re-read.
        """
        if not self.ledger.is_open or not self.ledger.replaced_underneath():
            return False
        try:
            changes = self.ledger.reopen()
        except GovLedgerError as exc:
            self.failed.emit(str(exc))
            return False
        self.undo_stack.clear()
        self.poller.catch_up()
        self.changed.emit(changes)
        return True

    def close(self) -> None:
        self.poller.stop()
        self.undo_stack.clear()
        self.ledger.close()
