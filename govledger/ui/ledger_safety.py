"""How the ledger was opened, told in the status bar; the daily backup and the
damage check on start.

Kept apart from the 备份与恢复 dialog so that starting the window loads neither
that dialog nor its widgets.
"""

from __future__ import annotations

import contextlib
import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, QTimer, Signal

from govledger.messages import GovLedgerError, message
from govledger.store import Ledger
from govledger.store.backups import take_daily_backup
from govledger.store.database import quick_check_file
from govledger.ui.background_read import AFTER_FIRST_PAINT_MS

log = logging.getLogger("govledger")


def safety_notices(
    ledger: Ledger, recovered_from: Path | None, set_aside_as: Path | None
) -> list[str]:
    """What the status bar must say about how the ledger was opened."""
    notices = []
    if ledger.read_only:
        notices.append(
            QCoreApplication.translate(
                "SafetyNotices",
                "Read-only: the ledger is open for changes in another window "
                "or on another computer",
            )
        )
    if ledger.on_network:
        notices.append(
            QCoreApplication.translate("SafetyNotices", "Network folder: safe journal mode in use")
        )
    if recovered_from is not None:
        aside = set_aside_as.name if set_aside_as else ""
        notices.append(
            QCoreApplication.translate(
                "SafetyNotices",
                "Recovered from backup {backup}; the damaged file is kept as {aside}",
            ).format(backup=recovered_from.name, aside=aside)
        )
    return notices


class _DailyBackup(QRunnable):
    """The start-of-day backup, off the GUI thread on its own connection."""

    def __init__(self, path: Path):
        super().__init__()
        self.path = path

    def run(self) -> None:
        try:
            taken = take_daily_backup(self.path)
            if taken is not None:
                log.info("daily backup %s", taken)
        except (GovLedgerError, OSError):
            log.exception("daily backup failed")


def schedule_daily_backup(ledger: Ledger) -> None:
    """On start: a backup if the last is more than a day old, without delaying the window.

    It starts once the window has been painted: a worker thread running Python
    shares the interpreter with the GUI thread and would slow the first paint.
    """
    if ledger.read_only or not ledger.auto_backup:
        return
    path = ledger.path
    QTimer.singleShot(
        AFTER_FIRST_PAINT_MS, lambda: QThreadPool.globalInstance().start(_DailyBackup(path))
    )


# ---------------------------------------------------------------- damage check on start
class DamageCheck(QObject):
    """SQLite's quick_check of the ledger, off the GUI thread after the first paint.

    A file with zeroed pages behind a sound header opens without complaint; only a
    check of every page finds it. That costs ~235 ms at 100 000 requirements (issue
    19, item 5), too long to hold the window, so it runs on its own read-only
    connection once the window is up; ``checked`` tells what it found ("" when sound,
    and when the check could not run: only damage is reported).
    """

    checked = Signal(str)

    def __init__(self, path: Path, parent: QObject | None = None):
        super().__init__(parent)
        self.path = path

    def start(self) -> None:
        QThreadPool.globalInstance().start(_QuickCheckJob(self.path, self))


class _QuickCheckJob(QRunnable):
    def __init__(self, path: Path, check: DamageCheck):
        super().__init__()
        self.path, self.check = path, check

    def run(self) -> None:
        problem = quick_check_file(self.path)
        if problem is not None:
            log.error("quick_check of %s: %s", self.path, problem)
        with contextlib.suppress(RuntimeError):  # the window closed meanwhile
            self.check.checked.emit(problem or "")


def schedule_damage_check(window) -> DamageCheck:  # window: MainWindow
    """After the first paint, check the ledger; if damaged, say so and offer 备份与恢复."""
    check = DamageCheck(window.session.ledger.path, window)
    if window.session.ledger.is_server:
        return check  # never started: a server checks its own pages (govledger check --server)
    check.checked.connect(lambda problem: problem and tell_damaged(window, problem))
    QTimer.singleShot(AFTER_FIRST_PAINT_MS, check.start)
    return check


def tell_damaged(window, problem: str) -> None:
    """One sentence in the status bar and a box that opens 备份与恢复 (not modal: the
    clerk may first print or export what still reads)."""
    from PySide6.QtWidgets import QMessageBox  # not needed at start-up

    text = message("ledger.damaged_found", path=window.session.ledger.path, detail=problem)
    window.status.show_notice(text)
    box = QMessageBox(QMessageBox.Icon.Warning, "govledger", text, parent=window)
    restore = box.addButton(
        QCoreApplication.translate("RestoreDialog", "Backups and restore"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    box.addButton(QMessageBox.StandardButton.Close)
    window.damage_box = box  # kept for tests and so it is not collected while open

    def answered() -> None:
        if box.clickedButton() is restore:
            from govledger.ui.restore_dialog import open_backups

            open_backups(window)

    box.finished.connect(answered)
    box.open()
