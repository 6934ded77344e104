"""Attaching evidence files: copy in a worker thread, record on the GUI thread.

A 200 MB video of a press conference must not freeze the window, so the copy into
the evidence store runs in a FileJob with a progress dialog. Each file is recorded
through the session (one undoable step) as soon as its copy is complete; Cancel stops
the file being copied, whose half copy the store deletes, so nothing of it remains
— neither a stored file nor a record. Files already finished stay attached, as
Explorer keeps the files it had copied.

On a server ledger the worker also uploads each file, on its own connection
(Ledger.opener), and the bar follows the upload. Cancel rolls back the upload's
transaction, so the server holds no piece of that file and nothing is recorded; the
local copy left behind is only this PC's cache (collect_unreferenced_files).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from govledger.store import Ledger
from govledger.store.evidence_store import EvidenceStore, StoredFile
from govledger.ui.file_job import (
    FileJob,
    megabytes,
    progress_dialog,
    run_with_dialog,
    short_name,
)
from govledger.ui.session import LedgerSession


@dataclass
class AttachOutcome:
    recorded: list[int] = field(default_factory=list)  # evidence ids
    skipped: list[str] = field(default_factory=list)  # names that are not files
    cancelled: bool = False
    error: str = ""


class EvidenceAttacher(QObject):
    finished = Signal(object)  # AttachOutcome

    def __init__(self, session: LedgerSession, parent: QWidget):
        super().__init__(parent)
        self.session = session
        self.widget = parent
        self.job: FileJob | None = None
        self.outcome = AttachOutcome()

    @property
    def busy(self) -> bool:
        return self.job is not None

    def attach_files(self, task_id: int, paths: list[Path], progress_id: int | None) -> bool:
        """Start copying paths into the store for task_id; False if there was nothing to do."""
        if self.busy:
            return False
        files = [path for path in paths if path.is_file()]
        self.outcome = AttachOutcome(skipped=[path.name for path in paths if not path.is_file()])
        if not files:
            self.finished.emit(self.outcome)
            return False
        sizes = {path: path.stat().st_size for path in files}
        total = sum(sizes.values())
        ledger = self.session.ledger
        store_root = ledger.evidence_folder
        open_ledger = ledger.opener() if ledger.is_server else None

        def copy_all(job: FileJob) -> None:
            store = EvidenceStore(store_root)  # files only: safe outside the GUI thread
            done = 0
            for path in files:
                stored = store.add_file(
                    path, lambda copied, _size, base=done: job.report(base + copied, total)
                )
                job.done_item((path, stored))
                done += sizes[path]

        def upload_all(job: FileJob) -> None:
            assert open_ledger is not None
            store = EvidenceStore(store_root)
            with open_ledger() as own:  # a connection belongs to the thread that opened it
                done = 0
                for path in files:
                    job.done_item((path, upload(job, store, own, path, done)))
                    done += sizes[path]

        def upload(job: FileJob, store: EvidenceStore, own: Ledger, path: Path, base: int):
            # The bar counts bytes on the server (the slow part over an office LAN);
            # the quick local copy reports no bytes but can still be cancelled.
            stored = store.add_file(path, lambda *_: job.report(base, total))
            own.publish_evidence(
                stored, path.name, lambda sent, _size: job.report(base + sent, total)
            )
            job.report(base + sizes[path], total)  # the server had it already: nothing sent
            return stored

        self.job = FileJob(upload_all if ledger.is_server else copy_all, self)
        self.job.item_done.connect(lambda item: self._record(task_id, progress_id, *item))
        self.job.cancelled.connect(self._cancelled)
        self.job.failed.connect(self._failed)
        self.job.finished.connect(self._finished)
        if ledger.is_server:
            what = (
                self.tr("Uploading “{name}” to the ledger server…").format(
                    name=short_name(files[0].name, self.widget)
                )
                if len(files) == 1
                else self.tr("Uploading {count} files to the ledger server…").format(
                    count=len(files)
                )
            )
        else:
            what = (
                self.tr("Copying “{name}”…").format(name=short_name(files[0].name, self.widget))
                if len(files) == 1
                else self.tr("Copying {count} files…").format(count=len(files))
            )
        dialog = progress_dialog(
            self.widget, self.tr("Attaching evidence"), what, self.tr("Cancel")
        )
        run_with_dialog(
            self.job,
            dialog,
            lambda done, all_bytes: f"{what}\n{megabytes(done)} / {megabytes(all_bytes)}",
        )
        return True

    def cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()

    def shutdown(self) -> None:
        """Cancel and wait for the copy or upload under way: the window is closing (a
        cancelled upload leaves nothing of its file on the server)."""
        if self.job is not None:
            self.job.cancel()
            self.job.wait()

    def _record(
        self, task_id: int, progress_id: int | None, path: Path, stored: StoredFile
    ) -> None:
        ledger = self.session.ledger
        changes = self.session.perform(
            self.tr("Attach evidence “{name}”").format(name=path.name),
            lambda: ledger.attach_stored(task_id, stored, path.name, progress_id=progress_id),
        )
        created = changes.created_evidence if changes is not None else None
        if created is not None:
            self.outcome.recorded.append(created)

    def _cancelled(self) -> None:
        self.outcome.cancelled = True

    def _failed(self, text: str) -> None:
        self.outcome.error = text

    def _finished(self) -> None:
        self.job = None
        self.finished.emit(self.outcome)
