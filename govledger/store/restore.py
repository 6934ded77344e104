"""Restoring a ledger from a backup without ever being left with no ledger.

A restore once renamed the ledger aside first and then ran out of disk space while
copying the backup: no ``ledger.sqlite`` was left, and the next command quietly made
an empty one (issue 19, item 3). So a restore now does everything that can fail
before it touches the ledger:

1. the backup is checked, and the free space too (the clerk is told how much is
   needed);
2. the backup is copied beside the ledger under a temporary name, upgraded if it is
   older, and verified (``integrity_check``, ``application_id``);
3. only then is the copy swapped in with one ``os.replace``. A damaged ledger is
   first renamed aside with its journal files (renames need no space).

On any failure before the swap the temporary copy is removed and the ledger is
exactly as it was.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from govledger.messages import GovLedgerError
from govledger.store import migrations
from govledger.store.backups import describe, set_aside
from govledger.store.connection import SqliteDatabase
from govledger.store.database import (
    APPLICATION_ID,
    LedgerBusyError,
    companions,
    migrate,
    remove_database_files,
)
from govledger.store.sqlite_failures import DISK_FULL, failure_kind

TEMPORARY_SUFFIX = ".restoring.partial"  # a govledger temporary (see temporaries.py)
SPACE_MARGIN = 1024 * 1024  # the rollback journal of the upgrade, file-system slack


@dataclass(frozen=True)
class RestoreOutcome:
    before: Path | None  # the backup of the ledger as it was (a sound ledger)
    set_aside_as: Path | None  # where a damaged ledger was kept, with its journal files


def check_backup(backup: Path) -> None:
    if not describe(Path(backup), datetime.now(), "", verify=True).ok:
        raise GovLedgerError("backup.bad", path=backup)


def check_space(ledger_path: Path, backup: Path, *, also: int = 0) -> None:
    """Refuse before writing when the copy (and `also` bytes more) would not fit."""
    needed = Path(backup).stat().st_size + also + SPACE_MARGIN
    free = shutil.disk_usage(Path(ledger_path).parent).free
    if free < needed:
        raise GovLedgerError(
            "restore.no_space",
            needed=_megabytes(needed),
            free=_megabytes(free),
            folder=Path(ledger_path).parent,
        )


def _megabytes(size: int) -> str:
    return f"{size / 1024**2:.1f} MB"


def prepare_copy(backup: Path, ledger_path: Path) -> Path:
    """The backup copied beside the ledger, upgraded and verified; returns its path."""
    temporary = Path(ledger_path).with_name(Path(ledger_path).name + TEMPORARY_SUFFIX)
    remove_database_files(temporary)
    try:
        uri = f"{Path(backup).resolve().as_uri()}?mode=ro"
        with contextlib.closing(sqlite3.connect(uri, uri=True)) as source:
            copy = SqliteDatabase(sqlite3.connect(str(temporary)))
            try:
                source.backup(copy.conn)
                _upgrade(copy, backup)
                _verify(copy, backup)
                copy.execute("PRAGMA journal_mode = DELETE")  # no -wal to carry over
            finally:
                copy.close()
    except BaseException as exc:
        remove_database_files(temporary)
        full = failure_kind(exc, temporary.parent) == DISK_FULL
        if isinstance(exc, sqlite3.Error | OSError) and full:
            raise GovLedgerError("ledger.disk_full", path=ledger_path) from exc
        raise
    return temporary


def _upgrade(copy: SqliteDatabase, backup: Path) -> None:
    """An older backup is upgraded here, before the swap; a newer one is refused."""
    version = copy.execute("PRAGMA user_version").fetchone()[0]
    if version > migrations.LATEST_VERSION:
        raise GovLedgerError(
            "open.newer", path=backup, found=version, supported=migrations.LATEST_VERSION
        )
    if version < migrations.LATEST_VERSION:
        migrate(copy, version)


def _verify(copy: SqliteDatabase, backup: Path) -> None:
    sound = copy.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    ours = copy.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    if not (sound and ours):
        raise GovLedgerError("backup.bad", path=backup)


def put_in_place(
    temporary: Path, ledger_path: Path, *, damaged: bool, now: datetime | None = None
) -> Path | None:
    """Swap the verified copy in; a damaged ledger is first renamed aside with its
    journal files, and returned. A sound ledger must have no journal files left:
    one would be replayed into the restored ledger, so it is busy instead."""
    ledger_path = Path(ledger_path)
    if not damaged:
        if companions(ledger_path):
            remove_database_files(temporary)
            raise LedgerBusyError(ledger_path)
        os.replace(temporary, ledger_path)
        return None
    try:
        aside = set_aside(ledger_path, now) if ledger_path.exists() else None
    except BaseException:
        remove_database_files(temporary)
        raise
    try:
        os.replace(temporary, ledger_path)
    except BaseException:
        if aside is not None:  # put the damaged ledger back rather than leave none
            with contextlib.suppress(OSError):
                os.replace(aside, ledger_path)
        remove_database_files(temporary)
        raise
    return aside


def restore_damaged(ledger_path: Path, backup: Path, now: datetime | None = None) -> Path | None:
    """Rebuild a ledger that cannot be opened from a backup; returns where the damaged
    file was kept (None when there was no file)."""
    ledger_path, backup = Path(ledger_path), Path(backup)
    check_backup(backup)
    check_space(ledger_path, backup)
    temporary = prepare_copy(backup, ledger_path)
    return put_in_place(temporary, ledger_path, damaged=True, now=now)
