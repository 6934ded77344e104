"""Ledger mutations on evidence (佐证材料): attach files and links, edit, detach."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from datetime import date
from pathlib import Path, PurePath, PureWindowsPath
from typing import TYPE_CHECKING, Any
from urllib.parse import urlparse

from govledger.domain.changes import ChangeSet
from govledger.domain.safe_file_names import split_extension
from govledger.messages import GovLedgerError, message
from govledger.store.evidence_store import EvidenceStore, ProgressCallback, StoredFile
from govledger.store.task_ops import new_uuid
from govledger.store.transaction import Transaction, now_text

if TYPE_CHECKING:
    from govledger.store.connection import LedgerDatabase

EVIDENCE_FIELDS = {"note", "title", "url", "captured_on", "original_name", "progress_id"}
MAX_NAME = 240


def display_name(name: str) -> str:
    """The last path part of a name as given (Windows or POSIX), kept as the original name."""
    name = PureWindowsPath(name).name if "\\" in name else PurePath(name).name
    name = "".join(ch for ch in name if ch >= " ").strip()
    if len(name) > MAX_NAME:  # cut the stem, keep the extension: it says how to open it
        stem, extension = split_extension(name)
        name = stem[: MAX_NAME - len(extension)] + extension
    return name or "file"


def _evidence_values(fields: dict[str, Any]) -> dict[str, Any]:
    values: dict[str, Any] = {}
    for name, value in fields.items():
        if name not in EVIDENCE_FIELDS:
            raise GovLedgerError("edit.bad_field", field=name)
        if name == "captured_on":
            value = value.isoformat() if isinstance(value, date) else (value or None)
        elif name == "progress_id":
            value = value or None
        elif name == "url":
            value = _checked_url(value)
        elif name == "original_name":
            value = display_name(value)
        else:
            value = "" if value is None else str(value)
        values[name] = value
    return values


def _checked_url(url: str) -> str:
    url = (url or "").strip()
    parsed = urlparse(url)
    if parsed.scheme not in ("http", "https") or not parsed.netloc:
        raise GovLedgerError("evidence.bad_url", url=url)
    return url


def _require_progress_of(tx: Transaction, task_id: int, progress_id: int) -> None:
    # Evidence proves its own requirement; a progress entry of another one would make
    # the evidence pack and the tree disagree about where it belongs.
    entry = tx.require("progress_entries", progress_id, "progress")
    if entry["task_id"] != task_id:
        raise GovLedgerError("evidence.progress_elsewhere", id=progress_id)


class EvidenceOps:
    _db: LedgerDatabase
    evidence: EvidenceStore

    def _transaction(self, action: str, description: str) -> AbstractContextManager[Transaction]:
        raise NotImplementedError

    def _store_failure(self, exc: BaseException) -> GovLedgerError | None:
        raise NotImplementedError

    def publish_evidence(
        self, stored: StoredFile, original_name: str, progress: ProgressCallback | None = None
    ) -> None:
        """Make a file copied into this PC's store (EvidenceStore.add_file) available
        to every user of the ledger: on a server ledger, upload it. A worker thread
        calls it on its own connection (Ledger.opener) to show progress; an upload
        cancelled or cut off leaves the server as it was (publish's transaction)."""
        with self._transferring("evidence.upload_failed", original_name):
            published = self.evidence.publish(stored.sha256, progress)
        if not published:
            raise GovLedgerError("evidence.not_stored", name=display_name(original_name))

    def fetch_evidence(
        self, sha256: str, original_name: str, progress: ProgressCallback | None = None
    ) -> Path:
        """The stored file on this PC, downloaded from a server ledger first when this
        PC has no copy (a worker thread calls it, to show progress). The path may not
        exist: the file is missing or altered, which the ledger check reports."""
        with self._transferring("evidence.download_failed", original_name):
            path = self.evidence.fetch(sha256, progress)
        return path

    @contextmanager
    def _transferring(self, key: str, original_name: str) -> Iterator[None]:
        """A driver failure while a file travels to or from the server, as one line
        naming the file (key: evidence.upload_failed / download_failed)."""
        try:
            yield
        except GovLedgerError:
            raise
        except Exception as exc:
            failure = self._store_failure(exc)
            if failure is None:
                raise
            raise GovLedgerError(key, name=display_name(original_name), reason=failure) from exc

    def has_local_evidence(self, sha256: str) -> bool:
        """Whether the stored file can be read without a download."""
        return self.evidence.has_local_copy(sha256)

    def attach_file(
        self,
        task_id: int,
        source: Path | str,
        *,
        note: str = "",
        progress_id: int | None = None,
        original_name: str | None = None,
        progress: ProgressCallback | None = None,
    ) -> ChangeSet:
        """Copy a file into the evidence store and record it on a requirement.

        The copy happens before the transaction; a cancelled or failed copy leaves no
        file and no record. progress(copied, total) returning False cancels.
        """
        self._require_task(task_id)
        stored = self.evidence.add_file(Path(source), progress)
        return self.attach_stored(
            task_id,
            stored,
            original_name or Path(source).name,
            note=note,
            progress_id=progress_id,
        )

    def attach_stored(
        self,
        task_id: int,
        stored: StoredFile,
        original_name: str,
        *,
        note: str = "",
        progress_id: int | None = None,
    ) -> ChangeSet:
        """Record a file already copied into the evidence store (EvidenceStore.add_file).

        The GUI copies (and on a server uploads, publish_evidence) large files in a
        worker thread with its own connection, then records them here on the GUI
        thread; a file not yet published is published here first.
        """
        self.publish_evidence(stored, original_name)  # a server has it already: one query
        return self._record_file(task_id, stored, original_name, note, progress_id)

    def attach_bytes(
        self,
        task_id: int,
        data: bytes,
        original_name: str,
        *,
        note: str = "",
        progress_id: int | None = None,
    ) -> ChangeSet:
        """Record in-memory content (a pasted screenshot) as an evidence file."""
        self._require_task(task_id)
        stored = self.evidence.add_bytes(data)
        return self._record_file(task_id, stored, original_name, note, progress_id)

    def attach_link(
        self,
        task_id: int,
        url: str,
        *,
        title: str = "",
        captured_on: date | None = None,
        note: str = "",
        progress_id: int | None = None,
    ) -> ChangeSet:
        values = _evidence_values(
            {
                "url": url,
                "title": title,
                "captured_on": captured_on or date.today(),
                "note": note,
                "progress_id": progress_id,
            }
        )
        with self._transaction("attach_link", f"{message('what.evidence')}: {title or url}") as tx:
            tx.require("tasks", task_id, "task")
            if values["progress_id"] is not None:
                _require_progress_of(tx, task_id, values["progress_id"])
            tx.insert(
                "evidence",
                {
                    "uuid": new_uuid(),
                    "task_id": task_id,
                    "kind": "link",
                    "added_at": now_text(),
                    **values,
                },
            )
        return tx.changes

    def update_evidence(
        self, evidence_id: int, *, expected_revision: int | None = None, **fields: Any
    ) -> ChangeSet:
        """Edit an evidence record; StaleEdit if it moved on from expected_revision."""
        values = _evidence_values(fields)
        with self._transaction("update_evidence", message("what.evidence")) as tx:
            row = tx.require("evidence", evidence_id, "evidence")
            if values.get("progress_id") is not None:
                _require_progress_of(tx, row["task_id"], values["progress_id"])
            tx.update("evidence", evidence_id, values, expected_revision)
        return tx.changes

    def detach_evidence(self, evidence_id: int) -> ChangeSet:
        """Remove an evidence record. The stored file stays until no record refers to it
        and the store is cleaned (collect_unreferenced_files), so undo can bring it back."""
        with self._transaction("detach_evidence", message("what.evidence")) as tx:
            row = tx.require("evidence", evidence_id, "evidence")
            tx.changes.description = (
                f"{message('what.evidence')}: {row['original_name'] or row['title'] or row['url']}"
            )
            tx.delete("evidence", evidence_id)
        return tx.changes

    @property
    def evidence_folder(self) -> Path:
        """Where the stored evidence files are (thumbnails and packs read them there)."""
        return self.evidence.root

    def evidence_path(self, sha256: str) -> Path:
        return self.evidence.path_for(sha256)

    def collect_unreferenced_files(self) -> int:
        # Application documents (request and reply letters) share the store.
        referenced = {
            row[0]
            for row in self._db.execute(
                """SELECT sha256 FROM evidence WHERE length(sha256) > 0
                   UNION SELECT sha256 FROM application_documents"""
            )
        }
        return self.evidence.remove_unreferenced(referenced)

    def _require_task(self, task_id: int) -> None:
        if not self._db.execute("SELECT 1 FROM tasks WHERE id = ?", [task_id]).fetchone():
            raise GovLedgerError("edit.no_such", what=message("what.task"), id=task_id)

    def _record_file(
        self, task_id: int, stored: StoredFile, name: str, note: str, progress_id: int | None
    ) -> ChangeSet:
        name = display_name(name)
        with self._transaction("attach_file", f"{message('what.evidence')}: {name}") as tx:
            tx.require("tasks", task_id, "task")
            if progress_id is not None:
                _require_progress_of(tx, task_id, progress_id)
            tx.insert(
                "evidence",
                {
                    "uuid": new_uuid(),
                    "task_id": task_id,
                    "progress_id": progress_id,
                    "kind": "file",
                    "sha256": stored.sha256,
                    "size": stored.size,
                    "original_name": name,
                    "note": note,
                    "added_at": now_text(),
                },
            )
        return tx.changes
