"""The Ledger: the only API through which anything reads or changes a ledger file.

Reads return domain records. Every mutation runs in one transaction, writes an
audit row and returns a ChangeSet (see domain/changes.py); ``revert`` and
``reapply`` replay a ChangeSet backwards and forwards for undo and redo.

The mutations live in mixins grouped by subject (plan_ops, task_ops, …) so each file
stays readable; they all write through ``self._transaction``.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from govledger.domain.changes import ChangeSet
from govledger.domain.completeness import lacks_evidence
from govledger.domain.jobs import RunningJob
from govledger.domain.model import (
    Evidence,
    Plan,
    ProgressEntry,
    SearchHit,
    Status,
    Task,
    TaskCounts,
    Unit,
)
from govledger.domain.pinyin_order import sort_key
from govledger.domain.status_rules import effective_status
from govledger.messages import GovLedgerError, message
from govledger.server_address import is_server_location
from govledger.store import records, search_index
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
    from govledger.store.data_export import DataExport
    from govledger.store.server_database import ServerDatabase


class Ledger(
    FileOps,  # first: it defines what the others only declare (safety_backup)
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

    def running_job(self) -> RunningJob | None:
        """The whole-ledger job another clerk runs on this server ledger, or None
        (always None on a ledger file, whose jobs hold its lock file)."""
        if not self.is_server:
            return None
        from govledger.store.server_jobs import running_job

        with self._store_errors():
            return running_job(self._server_db())

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

    # ------------------------------------------------------------------ reading
    def plans(self) -> list[Plan]:
        """All plans, newest year first (most recently imported first among equals)."""
        return [
            records.plan_from_row(row)
            for row in self._db.query("SELECT * FROM plans ORDER BY year DESC, id DESC")
        ]

    def plan(self, plan_id: int) -> Plan:
        row = self._row("plans", plan_id, "plan")
        return records.plan_from_row(row)

    def latest_plan(self) -> Plan | None:
        plans = self.plans()
        return plans[0] if plans else None

    def task(self, task_id: int) -> Task:
        found = records.fetch_tasks(self._db, "id = ?", [task_id])
        if not found:
            raise GovLedgerError("edit.no_such", what=message("what.task"), id=task_id)
        return found[0]

    def tasks(self, plan_id: int) -> list[Task]:
        """Every task of a plan, depth-first in document order."""
        return [task for _depth, task in self.tasks_with_depth(plan_id)]

    def tasks_with_depth(self, plan_id: int) -> list[tuple[int, Task]]:
        return records.in_tree_order(records.fetch_tasks(self._db, "plan_id = ?", [plan_id]))

    def children(self, plan_id: int, parent_id: int | None) -> list[Task]:
        if parent_id is None:
            return records.fetch_tasks(self._db, "plan_id = ? AND parent_id IS NULL", [plan_id])
        return records.fetch_tasks(self._db, "parent_id = ?", [parent_id])

    def child_counts(self, plan_id: int) -> dict[int | None, int]:
        """parent id -> number of children, for the whole plan in one query."""
        return {
            parent: count
            for parent, count in self._db.execute(
                "SELECT parent_id, count(*) FROM tasks WHERE plan_id = ? GROUP BY parent_id",
                [plan_id],
            )
        }

    def path_of(self, task_id: int) -> list[Task]:
        """The headings above a task, outermost first."""
        path: list[Task] = []
        parent_id = self.task(task_id).parent_id
        while parent_id is not None:
            parent = self.task(parent_id)
            path.insert(0, parent)
            parent_id = parent.parent_id
        return path

    def has_more_requirements_than(self, plan_id: int, limit: int) -> bool:
        """Whether the plan has more than limit requirements, counting no further."""
        found = self._db.execute(
            "SELECT 1 FROM tasks WHERE plan_id = ? AND kind = 'requirement' LIMIT 1 OFFSET ?",
            [plan_id, limit],
        )
        return found.fetchone() is not None

    def requirement_count(self, plan_id: int) -> int:
        count: int = self._db.execute(
            "SELECT count(*) FROM tasks WHERE plan_id = ? AND kind = 'requirement'", [plan_id]
        ).fetchone()[0]
        return count

    def counts(self, plan_id: int, today: date | None = None) -> dict[int | None, TaskCounts]:
        """Requirement status counts under every heading (key None: the whole plan),
        counted by the one domain rule (status_rules.count_statuses) from five columns
        of the plan's tasks, without building a record per task."""
        from govledger.domain.status_rules import count_statuses

        rows = self._db.execute(
            "SELECT id, parent_id, kind, status, due FROM tasks WHERE plan_id = ?", [plan_id]
        )
        return count_statuses(
            (
                (task_id, parent_id, kind == "requirement", Status(status), _day(due))
                for task_id, parent_id, kind, status, due in rows
            ),
            today or date.today(),
        )

    def progress_entries(self, task_id: int) -> list[ProgressEntry]:
        return [
            records.progress_from_row(row)
            for row in self._db.query(
                "SELECT * FROM progress_entries WHERE task_id = ? ORDER BY date, id", [task_id]
            )
        ]

    def progress_by_task(self, plan_id: int) -> dict[int, list[ProgressEntry]]:
        result: dict[int, list[ProgressEntry]] = {}
        for row in self._db.query(
            """SELECT p.* FROM progress_entries p JOIN tasks t ON t.id = p.task_id
               WHERE t.plan_id = ? ORDER BY p.date, p.id""",
            [plan_id],
        ):
            result.setdefault(row["task_id"], []).append(records.progress_from_row(row))
        return result

    def evidence_for(self, task_id: int) -> list[Evidence]:
        return [
            records.evidence_from_row(row)
            for row in self._db.query(
                "SELECT * FROM evidence WHERE task_id = ? ORDER BY added_at, id", [task_id]
            )
        ]

    def evidence_by_task(self, plan_id: int) -> dict[int, list[Evidence]]:
        result: dict[int, list[Evidence]] = {}
        for row in self._db.query(
            """SELECT e.* FROM evidence e JOIN tasks t ON t.id = e.task_id
               WHERE t.plan_id = ? ORDER BY e.added_at, e.id""",
            [plan_id],
        ):
            result.setdefault(row["task_id"], []).append(records.evidence_from_row(row))
        return result

    def evidence_counts(self, plan_id: int) -> dict[int, int]:
        return self._evidence_counts("t.plan_id = ?", [plan_id])

    def evidence_counts_below(self, plan_id: int, parent_id: int | None) -> dict[int, int]:
        """evidence_counts for the children of one heading (None: the top level)."""
        if parent_id is None:
            return self._evidence_counts("t.plan_id = ? AND t.parent_id IS NULL", [plan_id])
        return self._evidence_counts("t.plan_id = ? AND t.parent_id = ?", [plan_id, parent_id])

    def _evidence_counts(self, where: str, params: list[Any]) -> dict[int, int]:
        """task id -> number of evidence items, for the tasks matching where."""
        rows = self._db.execute(
            f"""SELECT e.task_id, count(*) FROM evidence e JOIN tasks t ON t.id = e.task_id
                WHERE {where} GROUP BY e.task_id""",
            params,
        )
        return dict(rows.fetchall())

    def done_without_evidence(self, plan_id: int) -> set[int]:
        """Requirements marked 已完成 with no evidence file or link (缺少佐证)."""
        counts = self.evidence_counts(plan_id)
        rows = self._db.execute(
            "SELECT id, status FROM tasks WHERE plan_id = ? AND kind = 'requirement'", [plan_id]
        )
        return {
            task_id
            for task_id, status in rows
            if lacks_evidence(Status(status), counts.get(task_id, 0))
        }

    def units(self) -> list[Unit]:
        """Every unit, in pinyin order (sorted here: both stores give one order)."""
        units = [records.unit_from_row(row) for row in self._db.query("SELECT * FROM units")]
        return sorted(units, key=lambda unit: sort_key(unit.name))

    def unit_usage(self) -> dict[int, int]:
        """unit id -> number of tasks naming it."""
        return {
            unit_id: count
            for unit_id, count in self._db.execute(
                "SELECT unit_id, count(DISTINCT task_id) FROM task_units GROUP BY unit_id"
            )
        }

    def search(
        self, query: str, *, plan_id: int | None = None, limit: int = 500
    ) -> list[SearchHit]:
        return search_index.search(self._db, query, plan_id=plan_id, limit=limit)

    def holidays(self) -> dict[date, tuple[bool, str]]:
        """User-entered days: date -> (is_workday, name)."""
        return {
            date.fromisoformat(row["day"]): (bool(row["is_workday"]), row["name"])
            for row in self._db.query("SELECT * FROM holidays ORDER BY day")
        }

    def audit_log(self, limit: int = 100) -> list[dict[str, Any]]:
        return [
            {**row, "changes": json.loads(row["changes"])}
            for row in self._db.query("SELECT * FROM audit_log ORDER BY id DESC LIMIT ?", [limit])
        ]

    def ledger_id(self) -> str:
        """This ledger's own id, telling it apart from others it exchanges packages with."""
        ledger_id: str = self._db.execute(
            "SELECT value FROM meta WHERE key = 'ledger_id'"
        ).fetchone()[0]
        return ledger_id

    def tombstones(self, table: str | None = None) -> list[dict[str, Any]]:
        if table is None:
            return list(self._db.query("SELECT * FROM tombstones ORDER BY id"))
        return list(
            self._db.query("SELECT * FROM tombstones WHERE table_name = ? ORDER BY id", [table])
        )

    def stats(self) -> dict[str, int]:
        def count(sql: str) -> int:
            number: int = self._db.execute(sql).fetchone()[0]
            return number

        return {
            "plans": count("SELECT count(*) FROM plans"),
            "tasks": count("SELECT count(*) FROM tasks"),
            "requirements": count("SELECT count(*) FROM tasks WHERE kind = 'requirement'"),
            "progress_entries": count("SELECT count(*) FROM progress_entries"),
            "evidence": count("SELECT count(*) FROM evidence"),
        }

    def export_data(self, target: Path | str) -> DataExport:
        """Every table as CSV and JSON, the evidence files listed, in the new folder
        target (see data_export.py); reads only, so a read-only ledger will do."""
        from govledger.store.data_export import export_data  # sqlite-utils: not at start-up

        return export_data(self._db, self.path.parent, self.evidence, Path(target))

    def effective_status(self, task: Task, today: date | None = None) -> Status:
        return effective_status(task.status, task.due, today or date.today())

    def _row(self, table: str, row_id: int, what: str) -> dict[str, Any]:
        row = self._db.row(table, row_id)
        if row is None:
            raise GovLedgerError("edit.no_such", what=message(f"what.{what}"), id=row_id)
        return row


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


def _day(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None
