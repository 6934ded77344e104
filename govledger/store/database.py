"""Opening a ledger file: recognise it, refuse what is not ours, migrate, set pragmas.

A ledger is one SQLite file stamped with our ``application_id``. A file that is not
SQLite, belongs to another program, or was written by a newer govledger is refused
before anything is written to it. An older ledger is upgraded in one transaction,
after a backup copy has been taken with SQLite's backup API.

SQLite reads the file before govledger judges it, so a hot journal left by a crash
is rolled back first. Failures are named by what SQLite says (sqlite_failures.py):
only SQLITE_CORRUPT / SQLITE_NOTADB make a ledger "damaged" — the one verdict that
lets the window or ``restore`` replace it — while a busy ledger is LedgerBusyError.
"""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

from govledger.messages import GovLedgerError, os_error_text
from govledger.store import migrations
from govledger.store.connection import SqliteDatabase
from govledger.store.sqlite_failures import BUSY, DAMAGED, DISK_FULL, NOT_A_DATABASE, failure_kind

APPLICATION_ID = 0x474C4447  # "GLDG"
# How long a busy ledger is waited for, by SQLite's busy handler and by our own
# retries of what that handler does not cover (the journal-mode switch).
BUSY_TIMEOUT_MS = 5000
_RETRY_PAUSE = 0.05  # seconds between tries of the journal-mode switch


class LedgerOpenError(GovLedgerError):
    """The file cannot be opened as a ledger; it has not been changed."""

    # Only these mean the file itself is bad and may be replaced from a backup.
    DAMAGED_KEYS = ("open.not_sqlite", "open.damaged", "open.empty", "open.missing")

    @property
    def damaged(self) -> bool:
        return self.key in self.DAMAGED_KEYS


class LedgerBusyError(LedgerOpenError):
    """Another program holds the ledger; it is not damaged, try again later."""

    def __init__(self, path: Path) -> None:
        super().__init__("ledger.busy", path=path)


def make_ledger_folder(path: Path) -> None:
    """The folder a new ledger goes in; one clear line when it cannot be made."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise LedgerOpenError("open.cannot_create", path=path, detail=os_error_text(exc)) from exc


def open_database(path: Path, *, read_only: bool = False, wal: bool = True) -> SqliteDatabase:
    """Open (creating if needed) the ledger at path, migrated to the latest schema."""
    path = Path(path)
    existed = path.exists() and path.stat().st_size > 0
    if not existed and read_only:
        raise LedgerOpenError("open.readonly_missing", path=path)
    if not existed:
        make_ledger_folder(path)
    elif read_only:
        _roll_back_hot_journal(path)

    try:
        if read_only:
            conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        else:
            conn = sqlite3.connect(str(path))
    except sqlite3.Error as exc:
        raise LedgerOpenError("open.cannot_create", path=path, detail=str(exc)) from exc
    db = SqliteDatabase(conn)  # autocommit; transactions are db.atomic()
    try:
        db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        # Reading first lets SQLite roll back a hot journal left by a crash; only then
        # is the file judged (a header torn by that crash is mended by the rollback).
        version = _check_identity(db, path)  # before any pragma that writes to the file
        _configure(db, path, read_only=read_only, wal=wal)
        if version < migrations.LATEST_VERSION:
            if read_only:
                raise LedgerOpenError("open.old_version", path=path)
            if version > 0:
                backup_before_migration(db, path, version)
            migrate(db, version)
    except (sqlite3.Error, OSError) as exc:
        conn.close()
        raise _open_error(exc, path) from exc
    except BaseException:
        conn.close()
        raise
    return db


def _open_error(exc: BaseException, path: Path) -> LedgerOpenError:
    """Damaged only when SQLite says so; busy, full and the rest are told as they are."""
    kind = failure_kind(exc, path.parent)
    detail = os_error_text(exc) if isinstance(exc, OSError) else str(exc)
    if kind == BUSY:
        return LedgerBusyError(path)
    if kind == NOT_A_DATABASE:
        return LedgerOpenError("open.not_sqlite", path=path)
    if kind == DAMAGED:
        return LedgerOpenError("open.damaged", path=path, detail=detail)
    if kind == DISK_FULL:
        return LedgerOpenError("ledger.disk_full", path=path)
    return LedgerOpenError("open.failed", path=path, detail=detail)


def _roll_back_hot_journal(path: Path) -> None:
    """A read-only connection cannot roll back what a crash left in ``-journal``;
    a brief ordinary connection does, exactly as any SQLite reader would."""
    journal = path.with_name(path.name + "-journal")
    if not (journal.is_file() and journal.stat().st_size > 0):
        return
    try:
        conn = sqlite3.connect(str(path))
        try:
            conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            conn.execute("PRAGMA schema_version").fetchone()
        finally:
            conn.close()
    except sqlite3.Error:
        pass  # the read-only open that follows reports what is wrong


def _configure(db: SqliteDatabase, path: Path, *, read_only: bool, wal: bool) -> None:
    db.execute("PRAGMA foreign_keys = ON")
    if read_only:
        return
    # WAL keeps readers and the writer apart and survives power loss; on network
    # folders it is unsafe (shared memory), so the caller asks for the rollback journal.
    if wal:
        _try_wal(db)
    else:
        _leave_wal(db, path)
    # FULL: a transaction the clerk saw saved survives a power cut too.
    db.execute("PRAGMA synchronous = FULL")


def _try_wal(db: SqliteDatabase) -> None:
    """WAL where it can be had at once; the rollback journal is safe anywhere, so a
    ledger another program is reading just keeps the mode it has."""
    try:
        db.execute("PRAGMA journal_mode = WAL").fetchone()
    except sqlite3.OperationalError as exc:
        if failure_kind(exc) != BUSY:
            raise


def _leave_wal(db: SqliteDatabase, path: Path) -> None:
    """Switch to the rollback journal, waiting for readers as the busy timeout allows.

    SQLite answers this switch with "database is locked" at once while another
    connection reads, without calling the busy handler; and a refused switch may
    also just report the old mode. Either way it is retried, and a ledger still in
    WAL when the time is up is busy, never damaged.
    """
    deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
    while True:
        try:
            mode = db.execute("PRAGMA journal_mode = DELETE").fetchone()[0]
            if str(mode).lower() != "wal":
                return
        except sqlite3.OperationalError as exc:
            if failure_kind(exc) != BUSY:
                raise
        if time.monotonic() >= deadline:
            raise LedgerBusyError(path)
        time.sleep(_RETRY_PAUSE)


def _check_identity(db: SqliteDatabase, path: Path) -> int:
    """The file's schema version; refuses foreign and newer files."""
    app_id = db.execute("PRAGMA application_id").fetchone()[0]
    version: int = db.execute("PRAGMA user_version").fetchone()[0]
    if app_id == 0 and version == 0:
        has_tables = db.execute(
            "SELECT count(*) FROM sqlite_master WHERE type = 'table'"
        ).fetchone()[0]
        if has_tables:
            raise LedgerOpenError("open.foreign", path=path)
        return 0
    if app_id != APPLICATION_ID:
        raise LedgerOpenError("open.foreign", path=path)
    if version > migrations.LATEST_VERSION:
        raise LedgerOpenError(
            "open.newer", path=path, found=version, supported=migrations.LATEST_VERSION
        )
    return version


def migrate(db: SqliteDatabase, from_version: int) -> None:
    """Apply migrations after from_version, all in one transaction."""
    with db.atomic():
        for number, migration in enumerate(migrations.MIGRATIONS, start=1):
            if number > from_version:
                migration(db)
        db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        db.execute(f"PRAGMA user_version = {migrations.LATEST_VERSION}")


def backup_before_migration(db: SqliteDatabase, path: Path, version: int) -> Path:
    """Copy the ledger as it is (through the backup API) into backups/ before upgrading it."""
    from govledger.store.backups import Backups  # backups builds on this module

    return Backups(path).take(db.conn, f"upgrade_from_v{version}")


def copy_database(conn: sqlite3.Connection, target: Path) -> None:
    """A consistent copy of an open database, written to a temporary name and renamed.

    On any failure (a full disk above all) nothing is left behind: neither the
    temporary copy nor the rollback journal SQLite kept beside it.
    """
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    temporary = target.with_name(target.name + ".partial")
    remove_database_files(temporary)
    destination = sqlite3.connect(str(temporary))
    try:
        conn.backup(destination)
        result = destination.execute("PRAGMA integrity_check").fetchone()[0]
        if result != "ok":  # the backup API copies pages as they are: the ledger is damaged
            raise GovLedgerError("backup.source_damaged", detail=result)
        destination.execute("PRAGMA journal_mode = DELETE")
    except BaseException as exc:
        destination.close()
        remove_database_files(temporary)
        if isinstance(exc, sqlite3.Error | OSError) and failure_kind(exc) == DISK_FULL:
            raise GovLedgerError("backup.disk_full", path=target) from exc
        raise
    destination.close()
    temporary.replace(target)


def quick_check(conn: sqlite3.Connection) -> str | None:
    """None when SQLite's quick_check finds the database sound, else what it found.

    A damaged page can fail the pragma itself ("database disk image is malformed"):
    that is damage too. Any other failure (busy, I/O) is raised, never called damage.
    """
    try:
        rows = conn.execute("PRAGMA quick_check").fetchall()
    except sqlite3.DatabaseError as exc:
        if failure_kind(exc) in (DAMAGED, NOT_A_DATABASE):
            return str(exc)
        raise
    problems = [text for (text,) in rows if text != "ok"]
    return "; ".join(problems[:3]) if problems else None


def quick_check_file(path: Path) -> str | None:
    """quick_check through a read-only connection of its own, for a worker thread;
    None too when the check cannot run (the ledger busy): only damage is reported."""
    try:
        conn = sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True)
        try:
            conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            return quick_check(conn)
        finally:
            conn.close()
    except sqlite3.Error:
        return None


COMPANION_SUFFIXES = ("-journal", "-wal", "-shm")


def companions(path: Path) -> list[Path]:
    """The journal files SQLite keeps beside a database, those that exist."""
    path = Path(path)
    found = (path.with_name(path.name + suffix) for suffix in COMPANION_SUFFIXES)
    return [companion for companion in found if companion.exists()]


def remove_database_files(path: Path) -> None:
    """Delete a database of ours that is not wanted, with its journal files."""
    for companion in companions(path):
        companion.unlink(missing_ok=True)
    Path(path).unlink(missing_ok=True)
