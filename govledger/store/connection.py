"""The ledger's SQLite connection, with the few things the store asks of it.

The store writes its own SQL; what it needs from a connection is: run a statement
(``execute``), read rows as dicts (``query``), group writes into one transaction
(``atomic``, nested blocks as savepoints) and ``close``. The connection is in
autocommit mode (``isolation_level = None``): a statement outside ``atomic`` is
its own transaction, and ``atomic`` issues BEGIN/COMMIT itself.

This replaced sqlite-utils' ``Database``, whose import (click, pluggy, dateutil,
its plugin hooks) cost ~65 ms of every start-up for these five methods; see
issue 9's note. Its method names and behaviour are kept, so code reads the same.
"""

from __future__ import annotations

import itertools
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

Parameters = Sequence[Any] | dict[str, Any]

_savepoint_numbers = itertools.count(1)


class LedgerDatabase:
    def __init__(self, conn: sqlite3.Connection):
        conn.isolation_level = None  # autocommit: transactions are atomic()'s
        self.conn = conn

    @property
    def is_open(self) -> bool:
        try:
            self.conn.total_changes  # noqa: B018  (raises once the connection is closed)
        except sqlite3.ProgrammingError:
            return False
        return True

    def execute(self, sql: str, parameters: Parameters | None = None) -> sqlite3.Cursor:
        if parameters is None:
            return self.conn.execute(sql)
        return self.conn.execute(sql, parameters)

    def query(self, sql: str, parameters: Parameters | None = None) -> Iterator[dict[str, Any]]:
        """The rows of a SELECT as dicts (column name → value), fetched as iterated."""
        cursor = self.execute(sql, parameters)
        names = [column[0] for column in cursor.description or ()]
        return (dict(zip(names, row, strict=True)) for row in cursor)

    @contextmanager
    def atomic(self) -> Iterator[LedgerDatabase]:
        """One transaction around the block: all of it is written, or none of it."""
        if not self.conn.in_transaction:
            # IMMEDIATE: take the write lock first, so a second writer waits its turn within
            # the busy timeout; a deferred BEGIN that reads first gets "database is locked"
            # at once when it tries to write (issue 18).
            self.conn.execute("BEGIN IMMEDIATE")
            try:
                yield self
                self.conn.execute("COMMIT")  # may fail too (disk full): then roll back
            except BaseException:
                if self.conn.in_transaction:  # a RAISE(ROLLBACK) trigger may have ended it
                    self.conn.execute("ROLLBACK")
                raise
            return
        savepoint = f"govledger_{next(_savepoint_numbers)}"
        self.conn.execute(f"SAVEPOINT {savepoint}")
        try:
            yield self
        except BaseException:
            if self.conn.in_transaction:
                self.conn.execute(f"ROLLBACK TO SAVEPOINT {savepoint}")
                self.conn.execute(f"RELEASE SAVEPOINT {savepoint}")
            raise
        self.conn.execute(f"RELEASE SAVEPOINT {savepoint}")

    @contextmanager
    def snapshot(self) -> Iterator[LedgerDatabase]:
        """Reads in the block see one state of the ledger, whatever writers do meanwhile
        (a deferred read transaction, also on a read-only connection); writes nothing."""
        if self.conn.in_transaction:
            yield self
            return
        self.conn.execute("BEGIN")
        try:
            yield self
        finally:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")

    def row(self, table: str, row_id: int) -> dict[str, Any] | None:
        """One row by its id (table names are ours, never the clerk's text)."""
        return next(self.query(f"SELECT * FROM {table} WHERE id = ?", [row_id]), None)

    def table_names(self) -> list[str]:
        rows = self.conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        return [name for (name,) in rows]

    def close(self) -> None:
        self.conn.close()
