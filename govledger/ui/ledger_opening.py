"""Opening the ledger when the app starts: the lock, read-only use, damaged files.

Each question for the clerk goes through a Prompter, so the decisions are tested
without modal dialogs; QtPrompter asks with message boxes.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from govledger.messages import GovLedgerError
from govledger.store import Ledger, LedgerOpenError
from govledger.store.backups import BackupInfo, Backups
from govledger.store.ledger_lock import LedgerLock, LockOwner, LockState
from govledger.store.restore import restore_damaged

if TYPE_CHECKING:
    from govledger.ui.main_window import MainWindow


class Prompter(Protocol):
    def open_read_only(self, owner: LockOwner) -> bool: ...
    def take_over_stale(self, owner: LockOwner) -> str: ...  # "take_over" | "read_only" | "cancel"
    def recover_damaged(self, path: Path, error: str, backup: BackupInfo | None) -> bool: ...
    def error(self, text: str) -> None: ...


@dataclass
class OpenedLedger:
    ledger: Ledger
    lock: LedgerLock | None  # None when opened read-only
    recovered_from: Path | None = None  # a damaged file was replaced from this backup
    set_aside_as: Path | None = None


def open_ledger_for_window(path: Path, prompter: Prompter) -> OpenedLedger | None:
    """Lock and open the ledger at path, asking the clerk where needed; None: not opened."""
    lock = LedgerLock(path)
    read_only = False
    state = lock.acquire()
    if state is LockState.STALE:
        choice = prompter.take_over_stale(lock.owner())
        if choice == "cancel":
            return None
        if choice == "take_over" and not lock.take_over():
            state = LockState.HELD
        read_only = choice == "read_only"
    if state is LockState.HELD:
        if not prompter.open_read_only(lock.owner()):
            return None
        read_only = True
    held_lock = None if read_only else lock

    recovered_from = set_aside_as = None
    try:
        ledger = Ledger.open(path, read_only=read_only)
    except LedgerOpenError as exc:
        # Only a ledger SQLite calls damaged may be replaced from a backup: a busy one
        # (another program reading it) is told as busy and left alone.
        if not exc.damaged or read_only:
            _give_up(held_lock, prompter, str(exc))
            return None
        backup = Backups(path).latest_good()
        if not prompter.recover_damaged(path, str(exc), backup) or backup is None:
            _give_up(held_lock, None, "")
            return None
        try:
            set_aside_as = restore_damaged(path, backup.path)
            recovered_from = backup.path
            ledger = Ledger.open(path)
        except GovLedgerError as again:
            _give_up(held_lock, prompter, str(again))
            return None
    except GovLedgerError as exc:
        _give_up(held_lock, prompter, str(exc))
        return None
    return OpenedLedger(ledger, held_lock, recovered_from, set_aside_as)


def _give_up(lock: LedgerLock | None, prompter: Prompter | None, text: str) -> None:
    if lock is not None:
        lock.release()
    if prompter is not None and text:
        prompter.error(text)


def open_server(url: str, password: str) -> Ledger:
    """The ledger on a PostgreSQL(-compatible) server: the one place the GUI asks for one.

    Connection failures come as one GovLedgerError (offline, login refused, …).
    """
    return Ledger.open(url, password=password or None)


def try_server(url: str, password: str) -> None:
    """Connect to the server ledger and let go again: the connect dialog's test."""
    open_server(url, password).close()


def replace_window(window: MainWindow, ledger: Ledger) -> MainWindow | None:
    """A new main window on ledger in place of window; None (ledger closed) if it stays."""
    from PySide6.QtWidgets import QApplication

    from govledger.ui.main_window import MainWindow
    from govledger.ui.session import LedgerSession

    successor = MainWindow(LedgerSession(ledger), window.settings)
    # Shown before the old one closes, so the application never has no window.
    successor.restore_state()
    successor.show()
    if not window.close():  # the clerk kept a typed note to deal with first
        successor.shut_down()
        successor.hide()
        successor.deleteLater()
        return None
    window.shut_down()
    window.deleteLater()
    app = QApplication.instance()
    if isinstance(app, QApplication):
        app.aboutToQuit.connect(successor.shut_down)
        app.commitDataRequest.connect(successor.commit_for_session_end)
    return successor


class QtPrompter:
    """Asks with message boxes (parent may be None: before the main window exists)."""

    def __init__(self, parent: QWidget | None = None):
        self.parent = parent

    def open_read_only(self, owner: LockOwner) -> bool:
        from PySide6.QtWidgets import QMessageBox  # not needed at start-up

        text = QCoreApplication.translate(
            "LedgerOpening",
            "This ledger is in use on {host} ({user}) since {since}.\n\n"
            "Only one computer may change it at a time. You can open it read-only to look "
            "at it and print from it.",
        ).format(host=owner.host or "?", user=owner.user or "?", since=owner.since or "?")
        box = QMessageBox(QMessageBox.Icon.Information, "govledger", text, parent=self.parent)
        read_only = box.addButton(
            QCoreApplication.translate("LedgerOpening", "Open read-only"),
            QMessageBox.ButtonRole.AcceptRole,
        )
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is read_only

    def take_over_stale(self, owner: LockOwner) -> str:
        from PySide6.QtWidgets import QMessageBox  # not needed at start-up

        text = QCoreApplication.translate(
            "LedgerOpening",
            "The ledger was not closed properly on {host} ({user}) — perhaps after a power "
            "cut or a crash — and that program is no longer running.\n\n"
            "Take the ledger over on this computer? Every saved edit is kept.",
        ).format(host=owner.host or "?", user=owner.user or "?")
        box = QMessageBox(QMessageBox.Icon.Question, "govledger", text, parent=self.parent)
        take = box.addButton(
            QCoreApplication.translate("LedgerOpening", "Take over"),
            QMessageBox.ButtonRole.AcceptRole,
        )
        read_only = box.addButton(
            QCoreApplication.translate("LedgerOpening", "Open read-only"),
            QMessageBox.ButtonRole.ActionRole,
        )
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        clicked = box.clickedButton()
        return "take_over" if clicked is take else "read_only" if clicked is read_only else "cancel"

    def recover_damaged(self, path: Path, error: str, backup: BackupInfo | None) -> bool:
        from PySide6.QtWidgets import QMessageBox  # not needed at start-up

        if backup is None:
            self.error(
                error
                + "\n\n"
                + QCoreApplication.translate(
                    "LedgerOpening", "No good backup was found to recover from."
                )
            )
            return False
        text = QCoreApplication.translate(
            "LedgerOpening",
            "{error}\n\nThe damaged file will be kept aside (never overwritten) and the "
            "ledger rebuilt from the latest good backup of {time}: {plans} plans, {tasks} tasks."
            "\n\nRecover now?",
        ).format(
            error=error,
            time=backup.taken_at.strftime("%Y-%m-%d %H:%M"),
            plans=backup.plans,
            tasks=backup.tasks,
        )
        answer = QMessageBox.question(self.parent, "govledger", text)
        return answer == QMessageBox.StandardButton.Yes

    def error(self, text: str) -> None:
        from PySide6.QtWidgets import QMessageBox  # not needed at start-up

        QMessageBox.critical(self.parent, "govledger", text)
