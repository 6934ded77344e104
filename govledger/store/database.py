"""Opening a ledger file: recognise it, refuse what is not ours, migrate, set pragmas.

A ledger is one SQLite file stamped with our ``application_id``. A file that is not
SQLite, belongs to another program, or was written by a newer govledger is refused
before anything is written to it. An older ledger is upgraded in one transaction,
after a backup copy has been taken with SQLite's backup API.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from govledger.messages import GovLedgerError
from govledger.store import migrations
from govledger.store.connection import LedgerDatabase

APPLICATION_ID = 0x474C4447  # "GLDG"
SQLITE_HEADER = b"SQLite format 3\x00"


class LedgerOpenError(GovLedgerError):
    """The file cannot be opened as a ledger; it has not been changed."""


def open_database(path: Path, *, read_only: bool = False, wal: bool = True) -> LedgerDatabase:
    """Open (creating if needed) the ledger at path, migrated to the latest schema."""
    path = Path(path)
    existed = path.exists() and path.stat().st_size > 0
    if existed:
        _check_header(path)
    elif read_only:
        raise LedgerOpenError("open.readonly_missing", path=path)
    else:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise LedgerOpenError("open.cannot_create", path=path, detail=exc.strerror) from exc

    try:
        if read_only:
            conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        else:
            conn = sqlite3.connect(str(path))
    except sqlite3.Error as exc:
        raise LedgerOpenError("open.cannot_create", path=path, detail=str(exc)) from exc
    db = LedgerDatabase(conn)  # autocommit; transactions are db.atomic()
    try:
        db.execute("PRAGMA busy_timeout = 5000")
        version = _check_identity(db, path)  # before any pragma that writes to the file
        _configure(db, read_only=read_only, wal=wal)
        if version < migrations.LATEST_VERSION:
            if read_only:
                raise LedgerOpenError(
                    "open.newer" if version > migrations.LATEST_VERSION else "open.damaged",
                    path=path,
                    found=version,
                    supported=migrations.LATEST_VERSION,
                    detail="old data version; open it once read-write to upgrade",
                )
            if version > 0:
                backup_before_migration(db, path, version)
            migrate(db, version)
    except sqlite3.DatabaseError as exc:
        conn.close()
        raise LedgerOpenError("open.damaged", path=path, detail=str(exc)) from exc
    except BaseException:
        conn.close()
        raise
    return db


def _check_header(path: Path) -> None:
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise LedgerOpenError("open.damaged", path=path, detail=exc.strerror) from exc
    if header != SQLITE_HEADER:
        raise LedgerOpenError("open.not_sqlite", path=path)


def _configure(db: LedgerDatabase, *, read_only: bool, wal: bool) -> None:
    db.execute("PRAGMA foreign_keys = ON")
    if read_only:
        return
    # WAL keeps readers and the writer apart and survives power loss; on network
    # folders it is unsafe (shared memory), so the caller asks for the rollback journal.
    db.execute(f"PRAGMA journal_mode = {'WAL' if wal else 'DELETE'}")
    # FULL: a transaction the clerk saw saved survives a power cut too.
    db.execute("PRAGMA synchronous = FULL")


def _check_identity(db: LedgerDatabase, path: Path) -> int:
    """The file's schema version; refuses foreign and newer files."""
    app_id = db.execute("PRAGMA application_id").fetchone()[0]
    version = db.execute("PRAGMA user_version").fetchone()[0]
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


def migrate(db: LedgerDatabase, from_version: int) -> None:
    """Apply migrations after from_version, all in one transaction."""
    with db.atomic():
        for number, migration in enumerate(migrations.MIGRATIONS, start=1):
            if number > from_version:
                migration(db)
        db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        db.execute(f"PRAGMA user_version = {migrations.LATEST_VERSION}")


def backup_before_migration(db: LedgerDatabase, path: Path, version: int) -> Path:
    """Copy the ledger as it is (through the backup API) into backups/ before upgrading it."""
    from govledger.store.backups import Backups  # backups builds on this module

    return Backups(path).take(db.conn, f"upgrade_from_v{version}")


def copy_database(conn: sqlite3.Connection, target: Path) -> None:
    """A consistent copy of an open database, written to a temporary name and renamed."""
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    temporary = target.with_name(target.name + ".partial")
    temporary.unlink(missing_ok=True)
    destination = sqlite3.connect(str(temporary))
    try:
        conn.backup(destination)
        result = destination.execute("PRAGMA integrity_check").fetchone()[0]
        if result != "ok":
            raise sqlite3.DatabaseError(f"backup failed integrity_check: {result}")
        destination.execute("PRAGMA journal_mode = DELETE")
    except BaseException:
        destination.close()
        temporary.unlink(missing_ok=True)
        raise
    destination.close()
    temporary.replace(target)
