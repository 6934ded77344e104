"""Ledger operations on the ledger file as a whole: backups and restore.

A restore replaces the file (see restore.py) and reopens it, so ``self._db`` is a
new connection afterwards; everything reads the ledger through ``self._db``.
"""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path

from govledger.domain.changes import ChangeSet
from govledger.domain.pinyin_order import sorted_by_pinyin
from govledger.messages import GovLedgerError
from govledger.store.backups import BackupInfo, Backups
from govledger.store.connection import LedgerDatabase, SqliteDatabase
from govledger.store.database import companions, copy_database, open_database, quick_check
from govledger.store.evidence_store import EvidenceStore
from govledger.store.restore import (
    RestoreOutcome,
    check_backup,
    check_space,
    prepare_copy,
    put_in_place,
)
from govledger.store.sqlite_failures import ledger_error
from govledger.store.transaction import now_text


def file_identity(path: Path) -> tuple[int, int] | None:
    """(device, file number) of the file at path, or None when there is none."""
    try:
        status = path.stat()
    except OSError:
        return None
    return status.st_dev, status.st_ino


class FileOps:
    _db: LedgerDatabase
    path: Path
    opened_file: tuple[int, int] | None  # file_identity when this ledger opened it
    read_only: bool
    auto_backup: bool
    on_network: bool
    backups: Backups
    evidence: EvidenceStore

    def _file_db(self) -> SqliteDatabase:
        """The ledger file's connection, for what only a file has (backups, restore,
        SQLite's checks); a server ledger says its backups are the server's."""
        if not isinstance(self._db, SqliteDatabase):
            raise GovLedgerError("server.file_only")
        return self._db

    def backup(self, target: Path) -> Path:
        """A consistent copy of the ledger through SQLite's backup API."""
        copy_database(self._file_db().conn, Path(target))
        return Path(target)

    def take_backup(self, reason: str, now: datetime | None = None) -> Path:
        """A verified backup into backups/ beside the ledger, then rotation."""
        try:
            return self.backups.take(self._file_db().conn, reason, now)
        except sqlite3.Error as exc:
            raise ledger_error(exc, self.path) from exc

    def list_backups(self) -> list[BackupInfo]:
        """The backups beside the ledger, newest first (see Backups.list); none for a
        server ledger."""
        if not isinstance(self._db, SqliteDatabase):
            return []
        return self.backups.list()

    def take_daily_backup(self, now: datetime | None = None) -> Path | None:
        """The start-of-day backup, when the last one is more than a day old (never for
        a server ledger: the server's backups are its administrator's)."""
        if not isinstance(self._db, SqliteDatabase):
            return None
        try:
            return self.backups.take_if_due(self._file_db().conn, now)
        except sqlite3.Error as exc:
            raise ledger_error(exc, self.path) from exc

    def safety_backup(self, reason: str) -> Path | None:
        """The automatic backup before a risky operation (import, merge, restore)."""
        if self.read_only or not self.auto_backup:
            return None
        if not self._db.execute("SELECT 1 FROM plans LIMIT 1").fetchone():
            return None  # an empty ledger has nothing to lose
        return self.take_backup(reason)

    def restore(self, backup: Path) -> ChangeSet:
        """Replace the ledger with a backup, after backing up the current one.

        Not undoable through ChangeSets (it replaces everything); the backup taken
        first is the way back. Returns an empty ChangeSet named "restore" so views
        know to re-read everything. See restore.py for how nothing is lost.
        """
        self.restore_from(backup)
        return ChangeSet(action="restore", description=Path(backup).name)

    def restore_from(self, backup: Path, now: datetime | None = None) -> RestoreOutcome:
        """restore(), telling what was kept: the backup of the ledger as it was, or,
        when the ledger itself is damaged (it cannot be backed up), the damaged file."""
        if self.read_only:
            raise GovLedgerError("edit.read_only")
        try:
            return self._restore_from(Path(backup), now)
        except (sqlite3.Error, OSError) as exc:  # busy, full disk: one sentence
            raise ledger_error(exc, self.path) from exc

    def _restore_from(self, backup: Path, now: datetime | None) -> RestoreOutcome:
        check_backup(backup)
        damaged = self.quick_check() is not None
        check_space(self.path, backup, also=0 if damaged else self.path.stat().st_size)
        before = None if damaged else self.take_backup("before_restore")
        temporary = prepare_copy(backup, self.path)
        self._db.close()  # the last connection: SQLite folds its -wal back in and removes it
        try:
            aside = put_in_place(temporary, self.path, damaged=damaged, now=now)
        finally:
            self._db = open_database(self.path, wal=not self.on_network)
            self.opened_file = file_identity(self.path)  # our own swap is no replacement
        self._db.execute(
            "INSERT INTO audit_log (at, action, description, changes) VALUES (?, ?, ?, '[]')",
            [now_text(), "restore", backup.name],
        )
        return RestoreOutcome(before=before, set_aside_as=aside)

    def replaced_underneath(self) -> bool:
        """True when another file now stands at the ledger's path (a copy moved over it
        while it was open): this connection still reads and writes the old one."""
        if not isinstance(self._db, SqliteDatabase):
            return False
        now = file_identity(self.path)
        return now is not None and self.opened_file is not None and now != self.opened_file

    def reopen(self) -> ChangeSet:
        """Open the file now at the path; views re-read everything (issue 19, item 6)."""
        self._db.close()
        try:
            # A -wal/-shm left at the path belong to the replaced file (a file moved in
            # comes alone): replayed into the new one they would corrupt it. Kept aside.
            stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
            for companion in companions(self.path):
                companion.replace(companion.with_name(f"{companion.name}.replaced-{stamp}"))
            self._db = open_database(self.path, read_only=self.read_only, wal=not self.on_network)
        except (sqlite3.Error, OSError) as exc:
            raise ledger_error(exc, self.path) from exc
        self.opened_file = file_identity(self.path)
        return ChangeSet(action="restore", description=self.path.name)

    def quick_check(self) -> str | None:
        """None when SQLite's quick_check finds the ledger sound, else what it found
        (a server checks its own pages: None)."""
        if not isinstance(self._db, SqliteDatabase):
            return None
        return quick_check(self._file_db().conn)

    def missing_evidence_files(self) -> list[str]:
        """Original names of evidence files the ledger refers to that are not stored
        beside it (a backup restored from another folder, a folder copied without them),
        in pinyin order."""
        missing = [
            name
            for sha256, name in self._db.execute(
                "SELECT DISTINCT sha256, original_name FROM evidence "
                "WHERE kind = 'file' ORDER BY original_name, sha256"
            )
            if not self.evidence.contains(sha256)
        ]
        return sorted_by_pinyin(missing)
