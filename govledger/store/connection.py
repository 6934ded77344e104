"""The ledger's database connection, with the few things the store asks of it.

The store writes its own SQL; what it needs from a connection is: run a statement
(``execute``), read rows as dicts (``query``), insert a row and learn its id
(``insert``), group writes into one transaction (``atomic``, nested blocks as
savepoints) and ``close``. Both stores keep the connection in autocommit mode: a
statement outside ``atomic`` is its own transaction, and ``atomic`` issues
BEGIN/COMMIT itself.

``LedgerDatabase`` holds what both stores share; ``SqliteDatabase`` is the local
ledger file and ``server_database.ServerDatabase`` a PostgreSQL (or compatible)
server. The SQL the store writes is the subset both understand; the few places
that differ ask ``dialect`` (issue 24).

This replaced sqlite-utils' ``Database``, whose import (click, pluggy, dateutil,
its plugin hooks) cost ~65 ms of every start-up for these methods; see issue 9's
note. Its method names and behaviour are kept, so code reads the same.
"""

from __future__ import annotations

import itertools
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any, Protocol

from govledger.messages import GovLedgerError

Parameters = Sequence[Any] | dict[str, Any]

_savepoint_numbers = itertools.count(1)


class Cursor(Protocol):
    """What the store reads from a statement (DB-API 2, as both drivers give it)."""

    @property
    def description(self) -> Any: ...

    @property
    def rowcount(self) -> int: ...

    def fetchone(self) -> Any: ...

    def fetchall(self) -> list[Any]: ...

    def __iter__(self) -> Iterator[Any]: ...


class Dialect:
    """What differs in the SQL of the two stores; SQLite's words by default."""

    name = "sqlite"
    is_server = False

    def string_agg(self, expression: str, separator: str) -> str:
        """An aggregate joining text with a separator (a literal of ours)."""
        return f"group_concat({expression}, '{separator}')"


SQLITE = Dialect()


class LedgerDatabase:
    """A connection to a ledger, whichever store keeps it."""

    dialect: Dialect = SQLITE

    @property
    def is_open(self) -> bool:
        raise NotImplementedError

    @property
    def in_transaction(self) -> bool:
        raise NotImplementedError

    def execute(self, sql: str, parameters: Parameters | None = None) -> Cursor:
        raise NotImplementedError

    def insert(self, table: str, values: dict[str, Any]) -> int:
        """Insert one row (names are ours, never the clerk's text); its new id."""
        raise NotImplementedError

    def _begin_write(self) -> None:
        raise NotImplementedError

    def _begin_read(self) -> None:
        raise NotImplementedError

    def table_names(self) -> list[str]:
        raise NotImplementedError

    def close(self) -> None:
        raise NotImplementedError

    @property
    def location(self) -> str:
        """Where the ledger is, for messages (a server's without its password)."""
        raise NotImplementedError

    def failure(self, exc: BaseException) -> GovLedgerError | None:
        """The clerk's one line for a driver failure of this store, None for others."""
        return None

    def upsert_rows(self, table: str, rows: list[dict[str, Any]], key: tuple[str, ...]) -> None:
        raise NotImplementedError

    def query(self, sql: str, parameters: Parameters | None = None) -> Iterator[dict[str, Any]]:
        """The rows of a SELECT as dicts (column name → value), fetched as iterated."""
        cursor = self.execute(sql, parameters)
        names = [column[0] for column in cursor.description or ()]
        return (dict(zip(names, row, strict=True)) for row in cursor)

    @contextmanager
    def atomic(self) -> Iterator[LedgerDatabase]:
        """One transaction around the block: all of it is written, or none of it."""
        if not self.in_transaction:
            self._begin_write()
            try:
                yield self
                self.execute("COMMIT")  # may fail too (disk full): then roll back
            except BaseException:
                if self.in_transaction:  # a RAISE(ROLLBACK) trigger may have ended it
                    self.execute("ROLLBACK")
                raise
            return
        savepoint = f"govledger_{next(_savepoint_numbers)}"
        self.execute(f"SAVEPOINT {savepoint}")
        try:
            yield self
        except BaseException:
            if self.in_transaction:
                self.execute(f"ROLLBACK TO SAVEPOINT {savepoint}")
                self.execute(f"RELEASE SAVEPOINT {savepoint}")
            raise
        self.execute(f"RELEASE SAVEPOINT {savepoint}")

    @contextmanager
    def snapshot(self) -> Iterator[LedgerDatabase]:
        """Reads in the block see one state of the ledger, whatever writers do meanwhile
        (a read transaction, also on a read-only connection); writes nothing."""
        if self.in_transaction:
            yield self
            return
        self._begin_read()
        try:
            yield self
        finally:
            if self.in_transaction:
                self.execute("ROLLBACK")

    def row(self, table: str, row_id: int) -> dict[str, Any] | None:
        """One row by its id (table names are ours, never the clerk's text)."""
        return next(self.query(f"SELECT * FROM {table} WHERE id = ?", [row_id]), None)


class SqliteDatabase(LedgerDatabase):
    """A ledger file."""

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

    @property
    def in_transaction(self) -> bool:
        return self.conn.in_transaction

    def execute(self, sql: str, parameters: Parameters | None = None) -> sqlite3.Cursor:
        if parameters is None:
            return self.conn.execute(sql)
        return self.conn.execute(sql, parameters)

    def insert(self, table: str, values: dict[str, Any]) -> int:
        names = list(values)
        cursor = self.execute(
            f"INSERT INTO {table} ({', '.join(names)}) VALUES ({', '.join('?' for _ in names)})",
            [values[name] for name in names],
        )
        row_id = cursor.lastrowid
        assert row_id is not None
        return row_id

    def _begin_write(self) -> None:
        # IMMEDIATE: take the write lock first, so a second writer waits its turn within
        # the busy timeout; a deferred BEGIN that reads first gets "database is locked"
        # at once when it tries to write (issue 18).
        self.conn.execute("BEGIN IMMEDIATE")

    def _begin_read(self) -> None:
        self.conn.execute("BEGIN")

    def table_names(self) -> list[str]:
        rows = self.conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        return [name for (name,) in rows]

    @property
    def location(self) -> str:
        files = {name: file for _seq, name, file in self.conn.execute("PRAGMA database_list")}
        return files.get("main") or ":memory:"

    def upsert_rows(self, table: str, rows: list[dict[str, Any]], key: tuple[str, ...]) -> None:
        """Insert each row or update the one with the same key (a UNIQUE constraint):
        sqlite-utils' upsert, one statement per batch (issue 18)."""
        from govledger.store.toolkit import toolkit  # sqlite-utils: not at start-up

        toolkit(self).table(table).upsert_all(rows, pk=list(key))

    def close(self) -> None:
        self.conn.close()
