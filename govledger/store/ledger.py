"""The Ledger: the only API through which anything reads or changes a ledger file.

Reads return domain records (ledger_reads.py). Every mutation runs in one transaction, writes an
audit row and returns a ChangeSet (see domain/changes.py); ``revert`` and
``reapply`` replay a ChangeSet backwards and forwards for undo and redo.

The mutations live in mixins grouped by subject (plan_ops, task_ops, …) so each file
stays readable; they all write through ``self._transaction``.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from govledger.domain.changes import ChangeSet
from govledger.domain.jobs import LedgerActivity
from govledger.messages import GovLedgerError
from govledger.server_address import is_server_location
from govledger.store.access_ops import AccessOps
from govledger.store.application_ops import ApplicationOps
from govledger.store.backups import Backups
from govledger.store.change_feed import ChangeFeed
from govledger.store.connection import LedgerDatabase
from govledger.store.database import LedgerOpenError, open_database
from govledger.store.evidence_ops import EvidenceOps
from govledger.store.evidence_store import EvidenceStore
from govledger.store.file_location import is_network_path
from govledger.store.file_ops import FileOps, file_identity
from govledger.store.ledger_reads import LedgerReads
from govledger.store.occurrence_ops import OccurrenceOps
from govledger.store.plan_ops import PlanOps
from govledger.store.progress_ops import ProgressOps
from govledger.store.report_ops import ReportOps
from govledger.store.rollover_ops import RolloverOps
from govledger.store.sqlite_failures import ledger_error
from govledger.store.sync_ops import SyncOps
from govledger.store.task_ops import TaskOps
from govledger.store.temporaries import clean_temporaries
from govledger.store.transaction import Transaction, transaction
from govledger.store.unit_ops import UnitOps

if TYPE_CHECKING:
    from govledger.store.server_database import ServerDatabase


class Ledger(
    LedgerReads,  # first: the reads the mixins below only declare
    FileOps,  # before the others: it defines what they only declare (safety_backup)
    PlanOps,
    TaskOps,
    ProgressOps,
    EvidenceOps,
    UnitOps,
    RolloverOps,
    SyncOps,
    OccurrenceOps,
    ApplicationOps,
    ReportOps,
    ChangeFeed,
    AccessOps,
):
    def __init__(
        self,
        db: LedgerDatabase,
        path: Path,
        *,
        read_only: bool = False,
        on_network: bool = False,
        auto_backup: bool = True,
    ):
        """path: the ledger file; for a server ledger, a local folder's stand-in file
        name whose folder keeps copies of evidence files (never a database)."""
        self._db = db
        self.path = Path(path)
        self.is_server = db.dialect.is_server
        self.opened_file = None if self.is_server else file_identity(self.path)
        self.read_only = read_only
        self.on_network = on_network  # rollback journal instead of WAL
        self.auto_backup = auto_backup and not self.is_server  # the server's are IT's
        self.evidence = _evidence_store(db, self.path.parent / "evidence")
        self.backups = Backups(self.path)
        self._password: str | None = None  # a server's, to open more connections

    def opener(self, *, read_only: bool = False) -> Callable[[], Ledger]:
        """How a worker thread opens its own connection to this same ledger (a
        connection belongs to the thread that opened it)."""
        if self.is_server:
            url, cache = self._db.url, self.path.parent  # type: ignore[attr-defined]
            return partial(
                Ledger.open, url, read_only=read_only, password=self._password, cache_folder=cache
            )
        return partial(Ledger.open, self.path, read_only=read_only)

    @classmethod
    def open(
        cls,
        path: Path | str,
        *,
        read_only: bool = False,
        wal: bool | None = None,
        auto_backup: bool = True,
        password: str | None = None,
        cache_folder: Path | None = None,
    ) -> Ledger:
        """Open or create a ledger: a file, or a ``postgresql://`` URL of a server ledger
        (password apart from the URL; cache_folder: where evidence copies are kept, by
        default under the user data folder). wal=None decides by location: no WAL on
        network folders."""
        if is_server_location(str(path)):
            return cls._open_server(str(path), password, read_only, cache_folder)
        path = Path(path)
        _refuse_lost_ledger(path, read_only)
        on_network = is_network_path(path.parent)
        use_wal = (not on_network) if wal is None else wal
        db = open_database(path, read_only=read_only, wal=use_wal)
        if not read_only:
            clean_temporaries(path)
        return cls(db, path, read_only=read_only, on_network=not use_wal, auto_backup=auto_backup)

    @classmethod
    def _open_server(
        cls, url: str, password: str | None, read_only: bool, cache_folder: Path | None
    ) -> Ledger:
        from govledger.store.server_database import cache_folder_for, open_server

        db = open_server(url, password, read_only=read_only)
        if cache_folder is None:
            from govledger.paths import default_data_dir

            cache_folder = cache_folder_for(url, default_data_dir())
        opened = cls(db, Path(cache_folder) / "server-ledger", read_only=read_only)
        opened._password = password  # for opener(): workers' own connections
        return opened

    @property
    def location(self) -> str:
        """Where the ledger is, as the clerk is told: the file, or the server without
        its password."""
        return self._db.location if self.is_server else str(self.path)

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> Ledger:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    # ------------------------------------------------------------------ writing
    @contextmanager
    def _transaction(self, action: str, description: str) -> Iterator[Transaction]:
        if self.read_only:
            raise GovLedgerError("edit.read_only")
        with self._store_errors(), transaction(self._db, action, description) as tx:
            yield tx

    @contextmanager
    def _store_errors(self) -> Iterator[None]:
        """A failure of the store's driver (busy, disk full, refused) as one line;
        a transaction is rolled back by then."""
        try:
            yield
        except Exception as exc:
            failure = self._store_failure(exc)
            if failure is None:
                raise
            raise failure from exc

    def _store_failure(self, exc: BaseException) -> GovLedgerError | None:
        """The clerk's one line for a failure of the store's driver, else None."""
        if isinstance(exc, sqlite3.Error):
            return ledger_error(exc, self.path)
        if self.is_server:
            return self._db.failure(exc)
        return None

    @contextmanager
    def whole_ledger_job(self, kind: str) -> Iterator[None]:
        """Hold a server ledger's whole-ledger job lock for the block, named as kind
        (domain/jobs.py JOB_KINDS), or refuse at once with server.job_running; on a
        ledger file it does nothing: the ledger lock file covers such jobs there
        (cli_lock.py)."""
        if not self.is_server:
            yield
            return
        from govledger.store.server_jobs import job_lock

        with job_lock(self._server_db(), kind):
            yield

    def _server_db(self) -> ServerDatabase:
        from govledger.store.server_database import ServerDatabase

        assert isinstance(self._db, ServerDatabase), "a server ledger's only"
        return self._db

    def activity(self) -> LedgerActivity:
        """What a window polls for: the change counter, a colleague's whole-ledger job,
        and whether a newer govledger upgraded the server ledger meanwhile. One query."""
        if not self.is_server:
            return LedgerActivity(self.change_counter())
        from govledger.store.server_jobs import activity
        from govledger.store.server_schema import LATEST_SERVER_VERSION

        with self._store_errors():
            return activity(self._server_db(), LATEST_SERVER_VERSION)

    @property
    def is_open(self) -> bool:
        """False once closed (a timer firing after the window closed finds it so)."""
        return self._db.is_open

    def revert(self, changes: ChangeSet) -> ChangeSet:
        """Undo: apply the inverse of changes, in one transaction."""
        return self._replay(changes.inverted(), f"undo:{changes.action}", changes.description)

    def reapply(self, changes: ChangeSet) -> ChangeSet:
        """Redo: apply changes again after a revert."""
        return self._replay(changes, changes.action, changes.description)

    def _replay(self, changes: ChangeSet, action: str, description: str) -> ChangeSet:
        with self._transaction(action, description) as tx:
            for change in changes.rows:
                tx.apply(change, description)
        return tx.changes


def _evidence_store(db: LedgerDatabase, folder: Path) -> EvidenceStore:
    """Evidence files beside the ledger file, or on the server with copies in folder."""
    if db.dialect.is_server:
        from govledger.store.server_evidence import ServerEvidenceStore

        return ServerEvidenceStore(db, folder)
    return EvidenceStore(folder)


def _refuse_lost_ledger(path: Path, read_only: bool) -> None:
    """A ledger emptied (a crash, a sync tool) or gone beside its backups is lost, not
    new: opening it would quietly start an empty ledger over the clerk's work."""
    if not Backups(path).files():
        return
    if path.is_file() and path.stat().st_size == 0:
        raise LedgerOpenError("open.empty", path=path)
    if not path.exists() and not read_only:
        raise LedgerOpenError("open.missing", path=path)
