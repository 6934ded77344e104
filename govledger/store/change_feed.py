"""What other connections wrote: the ledger's change counter and the ChangeSets behind it.

Every write transaction adds one audit_log row, and writers take turns (SQLite's
BEGIN IMMEDIATE; a server store holds a lock to commit), so the audit row's id counts
commits in order. A window polls ``change_counter`` (one look at the end of an index)
and, when it moved, asks ``changes_since`` for the ChangeSets to refresh from, as if
they were its own (ui/change_poller.py). Anything that cannot be told row by row — a
restore, an unreadable entry, a counter that went back — comes as one ChangeSet
that makes views read everything again.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from govledger.domain.changes import ChangeSet
from govledger.store.connection import LedgerDatabase
from govledger.store.sqlite_failures import ledger_error

# More audit rows than this since the last look (a window back from a long sleep, a
# big merge): reading everything again is quicker than replaying them one by one.
FEED_LIMIT = 200


class ChangeFeed:
    _db: LedgerDatabase
    path: Path

    def change_counter(self) -> int:
        """The id of the newest audit row (0 for none): it moves on with every commit."""
        with self._reading():
            counter = self._db.execute("SELECT max(id) FROM audit_log").fetchone()[0]
        return int(counter or 0)

    def changes_since(self, counter: int) -> tuple[int, list[ChangeSet]]:
        """(the counter now, the ChangeSets committed after ``counter``, oldest first)."""
        with self._reading(), self._db.snapshot():
            latest = self.change_counter()
            if latest == counter:
                return latest, []
            if latest < counter:  # an older copy replaced the ledger: its count went back
                return latest, [ChangeSet.everything(latest)]
            rows = self._db.execute(
                "SELECT id, action, description, changes FROM audit_log"
                " WHERE id > ? AND id <= ? ORDER BY id LIMIT ?",
                [counter, latest, FEED_LIMIT + 1],
            ).fetchall()
        if len(rows) > FEED_LIMIT:
            return latest, [ChangeSet.everything(latest)]
        return latest, [_rebuilt(*row) for row in rows]

    @contextmanager
    def _reading(self) -> Iterator[None]:
        try:
            yield
        except sqlite3.Error as exc:  # busy on a network folder, damaged: one sentence
            raise ledger_error(exc, self.path) from exc


def _rebuilt(counter: int, action: str, description: str, changes: str) -> ChangeSet:
    if action == "restore":  # file_ops writes it with no rows: ledger_replaced says so
        return ChangeSet(action, description, counter=counter)
    try:
        entries = json.loads(changes)
        if not isinstance(entries, list):
            raise TypeError(type(entries).__name__)
        return ChangeSet.from_audit(counter, action, description, entries)
    except (ValueError, TypeError, KeyError, AttributeError):
        return ChangeSet.everything(counter, description)
