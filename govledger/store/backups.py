"""Automatic backups of a ledger, kept on a daily / weekly / monthly rotation.

Backups are taken through SQLite's backup API (a file copy of an open database can
catch it half-written), verified with integrity_check, and stored in ``backups/``
beside the ledger as ``<ledger>-<YYYYMMDD-HHMMSS>-<reason>.sqlite``. Taken on start
when the last is older than a day, and before every import, merge, upgrade and
restore. Kept: everything from the last day, then the newest of each day for a week,
of each week for two months, of each month for two years.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from govledger.messages import GovLedgerError
from govledger.store.database import APPLICATION_ID, copy_database

_NAME = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{8}-\d{6})(?:-(?P<reason>[a-z0-9_]+))?\.sqlite$")


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    taken_at: datetime
    reason: str
    plans: int = 0
    tasks: int = 0
    ok: bool = True  # False when the file is damaged or not a ledger


class Backups:
    def __init__(self, ledger_path: Path):
        self.ledger_path = Path(ledger_path)
        self.folder = self.ledger_path.parent / "backups"
        self.stem = self.ledger_path.stem

    # ---------------------------------------------------------------- taking
    def take(self, conn: sqlite3.Connection, reason: str, now: datetime | None = None) -> Path:
        """Back up the open database, then prune by the rotation rule."""
        now = now or datetime.now()
        target = self._name_for(now, reason)
        copy_database(conn, target)
        self.prune(now)
        return target

    def take_if_due(self, conn: sqlite3.Connection, now: datetime | None = None) -> Path | None:
        """On start: a backup when the last one is more than a day old."""
        now = now or datetime.now()
        newest = self.newest_time()
        if newest is not None and now - newest < timedelta(days=1):
            return None
        return self.take(conn, "daily", now)

    def _name_for(self, now: datetime, reason: str) -> Path:
        stamp = now.strftime("%Y%m%d-%H%M%S")
        target = self.folder / f"{self.stem}-{stamp}-{reason}.sqlite"
        second = now
        while target.exists():  # two backups in one second: step the stamp on
            second += timedelta(seconds=1)
            target = self.folder / f"{self.stem}-{second:%Y%m%d-%H%M%S}-{reason}.sqlite"
        return target

    # ---------------------------------------------------------------- listing
    def files(self) -> list[tuple[Path, datetime, str]]:
        """(path, taken at, reason), newest first, read from the file names."""
        found = []
        if self.folder.is_dir():
            for path in self.folder.glob(f"{self.stem}-*.sqlite"):
                match = _NAME.match(path.name)
                if match and match["stem"] == self.stem:
                    taken = datetime.strptime(match["stamp"], "%Y%m%d-%H%M%S")
                    found.append((path, taken, match["reason"] or ""))
        return sorted(found, key=lambda item: item[1], reverse=True)

    def newest_time(self) -> datetime | None:
        files = self.files()
        return files[0][1] if files else None

    def list(self) -> list[BackupInfo]:
        """Every backup with its plan and task counts (for the restore dialog)."""
        return [describe(path, taken, reason) for path, taken, reason in self.files()]

    def latest_good(self) -> BackupInfo | None:
        for path, taken, reason in self.files():
            info = describe(path, taken, reason, verify=True)
            if info.ok:
                return info
        return None

    # ---------------------------------------------------------------- rotation
    def prune(self, now: datetime | None = None) -> list[Path]:
        now = now or datetime.now()
        keep: set[Path] = set()
        seen_buckets: set[tuple] = set()
        for path, taken, _reason in self.files():  # newest first
            age = now - taken
            if age < timedelta(days=1):
                keep.add(path)
                continue
            if age < timedelta(days=7):
                bucket: tuple = ("day", taken.date())
            elif age < timedelta(days=61):
                bucket = ("week", *taken.isocalendar()[:2])
            elif age < timedelta(days=731):
                bucket = ("month", taken.year, taken.month)
            else:
                continue
            if bucket not in seen_buckets:
                seen_buckets.add(bucket)
                keep.add(path)
        removed = [path for path, _taken, _reason in self.files() if path not in keep]
        for path in removed:
            path.unlink(missing_ok=True)
        return removed


def describe(path: Path, taken: datetime, reason: str, *, verify: bool = False) -> BackupInfo:
    """Read a backup's counts without changing it; ok=False if it is not a sound ledger."""
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
        try:
            if conn.execute("PRAGMA application_id").fetchone()[0] != APPLICATION_ID:
                return BackupInfo(path, taken, reason, ok=False)
            if verify and conn.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
                return BackupInfo(path, taken, reason, ok=False)
            plans = conn.execute("SELECT count(*) FROM plans").fetchone()[0]
            tasks = conn.execute("SELECT count(*) FROM tasks").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.Error:
        return BackupInfo(path, taken, reason, ok=False)
    return BackupInfo(path, taken, reason, plans, tasks)


def restore_into(conn: sqlite3.Connection, backup: Path) -> None:
    """Replace the open database's content with a backup's, in one step."""
    info = describe(backup, datetime.now(), "", verify=True)
    if not info.ok:
        raise GovLedgerError("backup.bad", path=backup)
    source = sqlite3.connect(f"{Path(backup).resolve().as_uri()}?mode=ro", uri=True)
    try:
        source.backup(conn)
    finally:
        source.close()


def set_aside(path: Path, now: datetime | None = None) -> Path:
    """Move a damaged ledger (and its journal files) out of the way, never overwriting."""
    now = now or datetime.now()
    path = Path(path)
    target = path.with_name(f"{path.stem}.damaged-{now:%Y%m%d-%H%M%S}{path.suffix}")
    counter = 1
    while target.exists():
        target = path.with_name(f"{path.stem}.damaged-{now:%Y%m%d-%H%M%S}-{counter}{path.suffix}")
        counter += 1
    path.rename(target)
    for suffix in ("-wal", "-shm"):
        companion = path.with_name(path.name + suffix)
        if companion.exists():
            companion.rename(target.with_name(target.name + suffix))
    return target


def recover_from(backup: Path, ledger_path: Path) -> None:
    """Write a backup's content as a new ledger file at ledger_path (which must be free)."""
    source = sqlite3.connect(f"{Path(backup).resolve().as_uri()}?mode=ro", uri=True)
    try:
        copy_database(source, Path(ledger_path))
    finally:
        source.close()
