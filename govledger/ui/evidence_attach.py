"""Attaching evidence files: copy in a worker thread, record on the GUI thread.

A 200 MB video of a press conference must not freeze the window, so the copy into
the evidence store runs in a FileJob with a progress dialog. Each file is recorded
through the session (one undoable step) as soon as its copy is complete; Cancel stops
the file being copied, whose half copy the store deletes, so nothing of it remains
— neither a stored file nor a record. Files already finished stay attached, as
Explorer keeps the files it had copied.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from govledger.store.evidence_store import EvidenceStore, StoredFile
from govledger.ui.file_job import FileJob, megabytes, progress_dialog, run_with_dialog
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
        store_root = self.session.ledger.evidence.root

        def copy_all(job: FileJob) -> None:
            store = EvidenceStore(store_root)  # files only: safe outside the GUI thread
            done = 0
            for path in files:
                stored = store.add_file(
                    path, lambda copied, _size, base=done: job.report(base + copied, total)
                )
                job.done_item((path, stored))
                done += sizes[path]

        self.job = FileJob(copy_all, self)
        self.job.item_done.connect(lambda item: self._record(task_id, progress_id, *item))
        self.job.cancelled.connect(self._cancelled)
        self.job.failed.connect(self._failed)
        self.job.finished.connect(self._finished)
        what = (
            self.tr("Copying “{name}”…").format(name=files[0].name)
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
