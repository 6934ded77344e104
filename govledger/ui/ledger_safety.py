"""How the ledger was opened, told in the status bar, and the daily backup on start.

Kept apart from the 备份与恢复 dialog so that starting the window loads neither
that dialog nor its widgets.
"""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QRunnable, QThreadPool, QTimer

from govledger.messages import GovLedgerError
from govledger.store import Ledger
from govledger.store.backups import Backups
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
            conn = sqlite3.connect(str(self.path))
            try:
                taken = Backups(self.path).take_if_due(conn)
            finally:
                conn.close()
            if taken is not None:
                log.info("daily backup %s", taken)
        except (GovLedgerError, OSError, sqlite3.Error):
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
