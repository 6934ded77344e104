"""Long file work — copying evidence, writing an evidence pack — off the GUI thread.

A FileJob runs one function in a QThread. The function gets the job and passes
``job.report`` as the progress callback the store and the pack writer already take:
it forwards (done, total) to the GUI and returns False once Cancel was pressed, which
makes the store delete its half-written temporary file. The job never touches the
GUI thread's connection (a connection belongs to the thread that opened it; an upload
to a server ledger opens its own, Ledger.opener); whatever must be recorded is
handed back through ``item_done`` or ``succeeded`` and recorded by the GUI thread.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, QThread, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from govledger.messages import Cancelled, GovLedgerError, os_error_text

PROGRESS_STEPS = 1000
SHOW_AFTER_MS = 300  # a quick copy finishes before any dialog flashes


class FileJob(QThread):
    # Python ints travel as objects: a file may be larger than a C++ int can count.
    progressed = Signal(object, object)  # done, total
    item_done = Signal(object)  # one finished piece, e.g. (path, StoredFile)
    succeeded = Signal(object)  # the function's result
    failed = Signal(str)  # a message for the clerk
    cancelled = Signal()

    def __init__(self, work: Callable[[FileJob], Any], parent: QObject | None = None):
        super().__init__(parent)
        self._work = work
        self._cancel = threading.Event()
        self.outcome = ""  # "succeeded", "failed" or "cancelled" once finished

    def report(self, done: int, total: int) -> bool:
        """The progress callback: False tells the copier to stop and clean up."""
        self.progressed.emit(done, total)
        return not self._cancel.is_set()

    def done_item(self, item: Any) -> None:
        self.item_done.emit(item)

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancel_requested(self) -> bool:
        return self._cancel.is_set()

    def run(self) -> None:
        try:
            result = self._work(self)
        except Cancelled:
            self.outcome = "cancelled"
            self.cancelled.emit()
        except GovLedgerError as exc:
            self.outcome = "failed"
            self.failed.emit(str(exc))
        except OSError as exc:
            self.outcome = "failed"
            self.failed.emit(os_error_text(exc))
        except Exception as exc:  # a bug must reach the clerk as a message, not kill the app
            self.outcome = "failed"
            self.failed.emit(f"{type(exc).__name__}: {exc}")
        else:
            self.outcome = "succeeded"
            self.succeeded.emit(result)


def progress_dialog(parent: QWidget, title: str, label: str, cancel_text: str) -> QProgressDialog:
    dialog = QProgressDialog(label, cancel_text, 0, PROGRESS_STEPS, parent)
    dialog.setWindowTitle(title)
    # Window-modal: the rest of the window waits, but its event loop keeps running.
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(SHOW_AFTER_MS)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.setMinimumWidth(420)
    dialog.setValue(0)
    return dialog


def run_with_dialog(job: FileJob, dialog: QProgressDialog, describe: Callable[[int, int], str]):
    """Start job, drive dialog from its progress, close it when the job ends."""

    def progressed(done: int, total: int) -> None:
        if dialog.wasCanceled():
            return
        dialog.setValue(min(PROGRESS_STEPS, done * PROGRESS_STEPS // max(total, 1)))
        dialog.setLabelText(describe(done, total))

    job.progressed.connect(progressed)
    dialog.canceled.connect(job.cancel)
    job.finished.connect(dialog.reset)
    job.finished.connect(dialog.deleteLater)
    job.finished.connect(job.deleteLater)
    job.start()
    return job


def short_name(name: str, widget: QWidget, width: int = 440) -> str:
    """A file name for a progress label, its middle elided: names of 240 characters
    would stretch the dialog past the screen (the label does not wrap)."""
    return widget.fontMetrics().elidedText(name, Qt.TextElideMode.ElideMiddle, width)


def megabytes(size: int) -> str:
    """A size as people read it: 512 B, 46 KB, 200.0 MB."""
    if size < 1024:
        return f"{size} B"
    if size < 1024 * 1024:
        return f"{size / 1024:.0f} KB"
    return f"{size / 1024 / 1024:.1f} MB"
