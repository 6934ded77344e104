"""sqlite-utils, the SQLite toolkit, on the ledger's own connection — loaded when used.

sqlite-utils does the work where it is more than a thin wrapper: rebuilding a table
in a migration (``Table.transform``: the create-copy-drop-rename dance with
indexes, CHECK and UNIQUE constraints and foreign keys carried over), upserting
the bookkeeping rows of a unit-package merge in bulk, and reading every table for
``govledger export data``.

Importing it costs ~65 ms (click, pluggy, dateutil, its plugin hooks), so nothing
on the start-up path may import it: each caller calls ``toolkit()`` inside the
function that needs it. tests/store/test_import_cost.py holds the start-up to that.

The toolkit shares the ledger's connection, and so its transaction: its writes
nest as savepoints inside ``SqliteDatabase.atomic`` (sqlite-utils' own ``atomic``
does so when a transaction is open). It is made without plugins (no third-party
code on a clerk's ledger) and without switching on recursive triggers.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import sqlite_utils

    from govledger.store.connection import SqliteDatabase


def toolkit(db: SqliteDatabase) -> sqlite_utils.Database:
    import sqlite_utils  # here, not at the top: see the module's docstring

    return sqlite_utils.Database(db.conn, recursive_triggers=False, execute_plugins=False)
