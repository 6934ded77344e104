"""Opening evidence files, and a server ledger's downloaded off the GUI thread (issue 24).

This PC keeps copies of a server ledger's files (ServerEvidenceStore); a colleague's
file is not here until it is first read. Reading it on the GUI thread would freeze
the window for as long as the office LAN takes, so:

- thumbnails: the small files of the requirement shown are fetched in the background
  (BackgroundRead, on its own connection); the list redraws when they arrive, and
  shows the file type's badge meanwhile;
- opening a file: it is downloaded in a FileJob with a cancellable progress dialog,
  then opened. Cancel leaves no copy (the store deletes its partial file).

On a ledger file every file is on this PC already and nothing here runs.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QWidget

from govledger.domain.model import Evidence, EvidenceKind
from govledger.domain.safe_file_names import safe_file_name
from govledger.messages import os_error_text
from govledger.store import Ledger
from govledger.ui.background_read import BackgroundRead
from govledger.ui.file_job import (
    FileJob,
    megabytes,
    progress_dialog,
    run_with_dialog,
    short_name,
)
from govledger.ui.session import LedgerSession

# Thumbnails are worth a download only for files this small; a 200 MB video keeps
# its badge until the clerk opens it.
PICTURE_FETCH_LIMIT = 20 * 1024 * 1024


class EvidenceFetcher(QObject):
    arrived = Signal(object)  # set of sha256 whose copies are now on this PC

    def __init__(self, session: LedgerSession, parent: QWidget):
        super().__init__(parent)
        self.session = session
        self.widget = parent
        self.job: FileJob | None = None
        self._pictures = BackgroundRead(self)
        self._pictures.done.connect(lambda hashes: hashes and self.arrived.emit(hashes))
        # A thumbnail that cannot be fetched keeps its badge; opening the file says why.
        self._pictures.failed.connect(lambda _text: None)

    def fetch_pictures(self, items: list[Evidence]) -> None:
        """Start fetching the small files of items this PC has no copy of."""
        ledger = self.session.ledger
        if not ledger.is_server:
            return  # a ledger file's files are all here (or missing: the badge says so)
        wanted = [
            (e.sha256, e.original_name)
            for e in items
            if e.kind is EvidenceKind.FILE
            and e.size <= PICTURE_FETCH_LIMIT
            and not ledger.has_local_evidence(e.sha256)
        ]
        if not wanted:
            return

        def fetch(own: Ledger) -> set[str]:
            return {sha for sha, name in wanted if own.fetch_evidence(sha, name).is_file()}

        self._pictures.request(ledger.opener(read_only=True), fetch)

    def download(self, sha256: str, name: str, then: Callable[[Path], None]) -> bool:
        """Download one stored file with a progress dialog; then(path) runs on the GUI
        thread once it is here (the path may not exist: missing on the server). False
        when a download is under way already."""
        if self.job is not None:
            return False
        open_ledger = self.session.ledger.opener(read_only=True)

        def fetch(job: FileJob) -> Path:
            with open_ledger() as own:  # a connection belongs to the thread that opened it
                return own.fetch_evidence(sha256, name, job.report)

        self.job = FileJob(fetch, self)
        self.job.succeeded.connect(lambda path: self._downloaded(sha256, path, then))
        self.job.failed.connect(self.session.failed.emit)
        self.job.finished.connect(self._finished)
        what = self.tr("Fetching “{name}” from the ledger server…").format(
            name=short_name(name, self.widget)
        )
        dialog = progress_dialog(self.widget, self.tr("Opening evidence"), what, self.tr("Cancel"))
        run_with_dialog(
            self.job,
            dialog,
            lambda done, total: f"{what}\n{megabytes(done)} / {megabytes(total)}",
        )
        return True

    def open_file(self, evidence: Evidence, folder: Path) -> Path | None:
        """Open a read-only copy of an evidence file (see open_stored)."""
        return self.open_stored(evidence.sha256, evidence.original_name, folder)

    def open_stored(self, sha256: str, name: str, folder: Path) -> Path | None:
        """Open a read-only copy of a stored file (evidence, a request's document) in
        folder with the system application; returns the copy, or None when it is
        downloaded first (then opened) or cannot be opened."""
        ledger = self.session.ledger
        if ledger.is_server and not ledger.has_local_evidence(sha256):
            self.download(sha256, name, lambda path: self._open_copy(sha256, name, path, folder))
            return None
        return self._open_copy(sha256, name, ledger.evidence_path(sha256), folder)

    def _open_copy(self, sha256: str, name: str, source: Path, folder: Path) -> Path | None:
        # Stored files are named by their hash: the copy gives the viewer a name and an
        # extension to go by; read-only, so edits never seem to change the record.
        if not source.is_file():
            text = self.tr("The stored file of “{name}” is missing; run the ledger check.")
            self.session.failed.emit(text.format(name=name))
            return None
        copy = folder / sha256[:16] / safe_file_name(name)
        try:
            if not copy.is_file():
                copy.parent.mkdir(parents=True, exist_ok=True)
                shutil.copyfile(source, copy)
                copy.chmod(0o444)
        except OSError as exc:
            text = self.tr("Cannot open “{name}”: {detail}")
            self.session.failed.emit(text.format(name=name, detail=os_error_text(exc)))
            return None
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(copy)))
        return copy

    def cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()

    def close(self) -> None:
        """Stop a download, wait for background fetches: the window is closing."""
        if self.job is not None:
            self.job.cancel()
            self.job.wait()
        self._pictures.close()

    def _downloaded(self, sha256: str, path: Path, then: Callable[[Path], None]) -> None:
        if path.is_file():
            self.arrived.emit({sha256})
        then(path)

    def _finished(self) -> None:
        self.job = None
