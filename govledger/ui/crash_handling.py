"""Unexpected errors in the GUI: logged, shown to the clerk, and the ledger left whole.

Every edit is its own committed transaction, so an exception in the middle of a slot
cannot leave half an operation in the ledger; what is left to do is to record what
happened (for whoever supports the office) and say so plainly. Hard crashes (a
segfault in a native library) are written by faulthandler to crash.log.
"""

from __future__ import annotations

import faulthandler
import logging
import os
import sys
import traceback
from pathlib import Path
from types import TracebackType
from typing import IO

from PySide6.QtCore import QCoreApplication, QThread, QTimer
from PySide6.QtWidgets import QApplication

log = logging.getLogger("govledger")
LOG_LIMIT_BYTES = 1_000_000  # a log above this at start is moved aside
LOG_BACKUPS = 3
_crash_file: IO[str] | None = None  # kept open for faulthandler for the whole run


def install_crash_handlers(log_dir: Path, *, show_dialog: bool = True) -> Path:
    """Log to log_dir/govledger.log, crashes to crash.log, and hook sys.excepthook."""
    global _crash_file
    log_dir.mkdir(parents=True, exist_ok=True)
    log_path = log_dir / "govledger.log"
    if not any(getattr(h, "baseFilename", None) == os.path.abspath(log_path) for h in log.handlers):
        _rotate_if_large(log_path)
        handler = logging.FileHandler(log_path, encoding="utf-8")
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
        log.addHandler(handler)
        log.setLevel(logging.INFO)
    if _crash_file is None:
        _crash_file = (log_dir / "crash.log").open("a", encoding="utf-8")
        faulthandler.enable(file=_crash_file, all_threads=True)

    def excepthook(
        kind: type[BaseException], error: BaseException, trace: TracebackType | None
    ) -> None:
        log.error(
            "Unhandled exception\n%s", "".join(traceback.format_exception(kind, error, trace))
        )
        app = QApplication.instance()
        if not show_dialog or app is None:
            return
        if QThread.currentThread() is app.thread():
            show_unexpected_error(error, log_path)
        else:  # widgets only on the GUI thread: queue the dialog there
            QTimer.singleShot(0, app, lambda: show_unexpected_error(error, log_path))

    sys.excepthook = excepthook
    return log_path


def _rotate_if_large(path: Path) -> None:
    """govledger.log → .1 → .2 → .3 when it has grown past the limit, checked at start.

    (logging.handlers' RotatingFileHandler would check on every line, but importing
    that module, with socket and pickle, took a noticeable part of the start-up.)
    """
    try:
        if not path.exists() or path.stat().st_size < LOG_LIMIT_BYTES:
            return
        for number in range(LOG_BACKUPS - 1, 0, -1):
            older = path.with_name(f"{path.name}.{number}")
            if older.exists():
                older.replace(path.with_name(f"{path.name}.{number + 1}"))
        path.replace(path.with_name(f"{path.name}.1"))
    except OSError:
        log.warning("could not rotate %s", path)  # an unrotated log still works


def show_unexpected_error(error: BaseException, log_path: Path) -> None:
    from PySide6.QtWidgets import QMessageBox  # not needed at start-up

    text = QCoreApplication.translate(
        "CrashHandling",
        "govledger met an unexpected error: {error}\n\n"
        "Your ledger is safe: every edit was saved when it was made, and an edit that was "
        "interrupted was not saved at all. The details were written to {log}; please send "
        "that file to whoever supports govledger in your office.",
    ).format(error=error, log=log_path)
    QMessageBox.warning(QApplication.activeWindow(), "govledger", text)
