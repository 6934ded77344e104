"""Automatic backups of a ledger, kept on a daily / weekly / monthly rotation.

Backups are taken through SQLite's backup API (a file copy of an open database can
catch it half-written), verified with integrity_check, and stored in ``backups/``
beside the ledger as ``<ledger>-<YYYYMMDD-HHMMSS>-<reason>-s<sequence>.sqlite``. Taken
on start when the last is older than a day, and before every import, merge, upgrade
and restore. Kept: everything from the last day, then the newest of each day for a
week, of each week for two months, of each month for two years.

Which backup is newest is told by the sequence number each one carries, not by the
clock alone: a backup written on a PC whose clock ran a year ahead (or copied from
one) would otherwise win every ``restore --latest`` and stop the daily backups until
that date. Backups named before sequences existed count as older than any numbered
one and are ordered among themselves by date. A backup dated in the future is
listed as such and chosen by ``latest_good`` only when nothing else is usable.
"""

from __future__ import annotations

import builtins
import re
import sqlite3
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from pathlib import Path

from govledger.store.database import APPLICATION_ID, companions, copy_database
from govledger.store.sqlite_failures import ledger_error

_NAME = re.compile(
    r"^(?P<stem>.+)-(?P<stamp>\d{8}-\d{6})(?:-(?P<reason>[a-z0-9_]+))?(?:-s(?P<seq>\d+))?\.sqlite$"
)
# Clocks of PCs in one office differ by minutes and DST moves them by an hour:
# only a backup further ahead than this is "in the future".
FUTURE_SLACK = timedelta(hours=2)


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    taken_at: datetime
    reason: str
    plans: int = 0
    tasks: int = 0
    ok: bool = True  # False when the file is damaged or not a ledger
    sequence: int = 0  # 0: named before backups carried a sequence
    in_future: bool = False  # dated later than now: another PC's clock, a copied folder


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
        """On start: a backup when the last one is more than a day old.

        Backups dated in the future do not count, or one from a PC whose clock ran a
        year ahead would stop the daily backups for a year."""
        now = now or datetime.now()
        newest = self.newest_time(now)
        if newest is not None and now - newest < timedelta(days=1):
            return None
        return self.take(conn, "daily", now)

    def _name_for(self, now: datetime, reason: str) -> Path:
        sequence = max((entry[3] for entry in self._entries()), default=0) + 1
        second = now
        while True:  # two backups in one second: step the stamp on
            target = self.folder / f"{self.stem}-{second:%Y%m%d-%H%M%S}-{reason}-s{sequence}.sqlite"
            if not target.exists():
                return target
            second += timedelta(seconds=1)

    # ---------------------------------------------------------------- listing
    def _entries(self) -> list[tuple[Path, datetime, str, int]]:
        """(path, taken at, reason, sequence), newest first: by sequence, then date."""
        found = []
        if self.folder.is_dir():
            for path in self.folder.glob(f"{self.stem}-*.sqlite"):
                match = _NAME.match(path.name)
                if match and match["stem"] == self.stem:
                    taken = datetime.strptime(match["stamp"], "%Y%m%d-%H%M%S")
                    sequence = int(match["seq"] or 0)
                    found.append((path, taken, match["reason"] or "", sequence))
        return sorted(found, key=lambda entry: (entry[3], entry[1]), reverse=True)

    def files(self) -> list[tuple[Path, datetime, str]]:
        """(path, taken at, reason), newest first, read from the file names."""
        return [(path, taken, reason) for path, taken, reason, _seq in self._entries()]

    def newest_time(self, now: datetime | None = None) -> datetime | None:
        """When the newest backup not dated in the future was taken."""
        limit = (now or datetime.now()) + FUTURE_SLACK
        return max((taken for _p, taken, _r, _s in self._entries() if taken <= limit), default=None)

    def list(self, now: datetime | None = None) -> list[BackupInfo]:
        """Every backup with its plan and task counts (for the restore dialog)."""
        limit = (now or datetime.now()) + FUTURE_SLACK
        return [
            replace(describe(path, taken, reason), sequence=sequence, in_future=taken > limit)
            for path, taken, reason, sequence in self._entries()
        ]

    def latest_good(self, now: datetime | None = None) -> BackupInfo | None:
        """The newest sound backup; one dated in the future only if nothing else is."""
        limit = (now or datetime.now()) + FUTURE_SLACK
        entries = self._entries()
        in_time = [entry for entry in entries if entry[1] <= limit]
        for path, taken, reason, sequence in in_time + [e for e in entries if e[1] > limit]:
            info = describe(path, taken, reason, verify=True)
            if info.ok:
                return replace(info, sequence=sequence, in_future=taken > limit)
        return None

    # ---------------------------------------------------------------- rotation
    # builtins.list: inside the class, list names the method above.
    def prune(self, now: datetime | None = None) -> builtins.list[Path]:
        now = now or datetime.now()
        keep: set[Path] = set()
        seen_buckets: set[tuple[object, ...]] = set()
        for path, taken, _reason in self.files():  # newest first
            age = now - taken
            if age < timedelta(days=1):
                keep.add(path)
                continue
            if age < timedelta(days=7):
                bucket: tuple[object, ...] = ("day", taken.date())
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


def set_aside(path: Path, now: datetime | None = None) -> Path:
    """Move a damaged ledger and its journal files out of the way, never overwriting.

    The journal goes with it: left behind, a ``-journal`` or ``-wal`` would be
    replayed into whatever ledger is written at this path next and damage it.
    """
    now = now or datetime.now()
    path = Path(path)
    target = path.with_name(f"{path.stem}.damaged-{now:%Y%m%d-%H%M%S}{path.suffix}")
    counter = 1
    while target.exists() or companions(target):
        target = path.with_name(f"{path.stem}.damaged-{now:%Y%m%d-%H%M%S}-{counter}{path.suffix}")
        counter += 1
    path.rename(target)
    for companion in companions(path):
        companion.rename(target.with_name(target.name + companion.name[len(path.name) :]))
    return target


def take_daily_backup(ledger_path: Path) -> Path | None:
    """The start-of-day backup if one is due, on a connection of its own (a worker's)."""
    try:
        conn = sqlite3.connect(str(ledger_path))
        try:
            return Backups(ledger_path).take_if_due(conn)
        finally:
            conn.close()
    except sqlite3.Error as exc:
        raise ledger_error(exc, ledger_path) from exc
