"""Empty text is NULL on a server ledger; '' is never stored there (issue 24).

Oracle-compatible servers turn '' into NULL: openGauss/GaussDB in its default 'A'
mode, KingbaseES unless its session says otherwise. A server ledger is therefore
kept so that it means the same on every server:

- every text column refuses '' (a CHECK), and the columns a ledger file keeps as
  ``NOT NULL DEFAULT ''`` (and a report part's text) are nullable there: NULL is
  "empty" (server migration 3);
- the connection turns a '' parameter into NULL on the way in (``stored``) and NULL
  in those columns back into '' on the way out (``EmptyTextCursor``), so everything
  above the store reads the same records from either store;
- the store's SQL never writes a '' literal: "has text" is ``length(col) > 0``,
  which a file, PostgreSQL and 'A' mode all answer alike (``col != ''`` is
  ``col != NULL`` there, true for no row).

A ledger file keeps '' as it always has: a table rebuild of every clerk's file
would buy nothing a file can be asked for.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from typing import Any

from govledger.store import migrations, server_schema
from govledger.store.connection import Cursor, LedgerDatabase, Parameters

_ADDED_COLUMN = re.compile(r"ALTER TABLE (\w+) ADD COLUMN (\w+) TEXT NOT NULL DEFAULT ''")
_TABLE = re.compile(r"CREATE TABLE (\w+) \(")
_DEFAULT_EMPTY_COLUMN = re.compile(r"^\s*(\w+) TEXT NOT NULL DEFAULT ''", re.MULTILINE)


def _empty_text_columns() -> dict[str, tuple[str, ...]]:
    """table → its ``TEXT NOT NULL DEFAULT ''`` columns, read from the released file
    schema the server's first migration is written out from (so they cannot drift)."""
    found: dict[str, list[str]] = {}
    for script in (*server_schema.FILE_SCRIPTS, server_schema.LATER_FILE_COLUMNS):
        for statement in migrations._split_sql(script):
            if added := _ADDED_COLUMN.match(statement):
                found.setdefault(added[1], []).append(added[2])
            elif table := _TABLE.match(statement):
                found.setdefault(table[1], []).extend(_DEFAULT_EMPTY_COLUMN.findall(statement))
    return {table: tuple(columns) for table, columns in found.items() if columns}


EMPTY_TEXT_COLUMNS = {
    **_empty_text_columns(),
    # NOT NULL without a default on a file, yet '' there: a report part the clerk
    # emptied (not the draft, which is no row), a record with nothing to search.
    "report_texts": ("text",),
    "search_text": ("body",),
}
# Read back by result column name: none of these names is a column elsewhere whose
# NULL means something other than empty (sync_state.content, NULL or JSON, is read
# with the same `if row.get("content")`).
EMPTY_TEXT_NAMES = frozenset(name for columns in EMPTY_TEXT_COLUMNS.values() for name in columns)


def stored(parameters: Parameters) -> Parameters:
    """The parameters as the server stores them: '' as NULL."""
    if isinstance(parameters, dict):
        return {name: None if value == "" else value for name, value in parameters.items()}
    return [None if value == "" else value for value in parameters]


class EmptyTextCursor:
    """A cursor whose rows read NULL as '' in the ledger's empty-text columns."""

    def __init__(self, cursor: Any, empty_text: Sequence[int]):
        self._cursor = cursor
        self._empty_text = empty_text

    @property
    def description(self) -> Any:
        return self._cursor.description

    @property
    def rowcount(self) -> int:
        rowcount: int = self._cursor.rowcount
        return rowcount

    def _row(self, row: Any) -> Any:
        if row is None:
            return None
        values = list(row)
        for index in self._empty_text:
            if values[index] is None:
                values[index] = ""
        return tuple(values)

    def fetchone(self) -> Any:
        return self._row(self._cursor.fetchone())

    def fetchall(self) -> list[Any]:
        return [self._row(row) for row in self._cursor.fetchall()]

    def __iter__(self) -> Iterator[Any]:
        return (self._row(row) for row in self._cursor)


def reading_empty_text(cursor: Any) -> Cursor:
    """The cursor, wrapped when its rows hold columns where NULL means ''."""
    description = cursor.description
    if not description:
        result: Cursor = cursor
        return result
    empty_text = [i for i, column in enumerate(description) if column[0] in EMPTY_TEXT_NAMES]
    return EmptyTextCursor(cursor, empty_text) if empty_text else cursor


def v3_empty_is_null(db: LedgerDatabase) -> None:
    """Server migration 3: '' becomes NULL and is refused from now on."""
    from govledger.store.server_roles import install_functions

    for table, columns in EMPTY_TEXT_COLUMNS.items():
        for column in columns:
            db.execute(
                f"ALTER TABLE {table} ALTER COLUMN {column} DROP DEFAULT, "
                f"ALTER COLUMN {column} DROP NOT NULL"
            )
    text_columns = db.execute(
        "SELECT table_name, column_name, is_nullable FROM information_schema.columns "
        "WHERE table_schema = current_schema() AND data_type = 'text' "
        "ORDER BY table_name, ordinal_position"
    ).fetchall()
    for table, column, nullable in text_columns:
        if nullable == "YES":
            db.execute(f"UPDATE {table} SET {column} = NULL WHERE length({column}) = 0")
        db.execute(
            f"ALTER TABLE {table} ADD CONSTRAINT {table}_{column}_not_empty CHECK ({column} <> '')"
        )
    db.execute("DROP INDEX evidence_sha256")
    db.execute("CREATE INDEX evidence_sha256 ON evidence (sha256) WHERE sha256 IS NOT NULL")
    install_functions(db)  # their messages join a requirement's number and text
