"""A ledger on a PostgreSQL server, or a PostgreSQL-compatible 信创 server (issue 24).

Plain DB-API 2 calls on a driver chosen by configuration (psycopg 3 by default;
``GOVLEDGER_DB_DRIVER`` names a psycopg-compatible vendor driver such as KingbaseES'
ksycopg2), and no ORM: nothing here parses a server's version string, which the
domestic servers change. The store's SQL is written in the subset both stores
understand with ``?`` placeholders; ``server_sql`` turns them into the driver's.

Writers are serialised as on a ledger file: every write transaction first takes
one transaction-scoped advisory lock, so the check-then-write steps of the
operations (a unit's id by name, the next application number) see what SQLite's
BEGIN IMMEDIATE shows them, and ``audit_log.id`` grows in commit order: it is the
change counter other clients poll. Readers never wait.
"""

from __future__ import annotations

import importlib
import os
import socket
from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path
from typing import Any

from govledger.messages import GovLedgerError
from govledger.server_address import readable, redacted
from govledger.store.connection import Cursor, Dialect, LedgerDatabase, Parameters
from govledger.store.server_empty_text import reading_empty_text, stored

DRIVER_VARIABLE = "GOVLEDGER_DB_DRIVER"
DEFAULT_DRIVER = "psycopg"
# Advisory lock keys (one ledger per database, so they need not vary by ledger).
WRITER_LOCK = 0x474C_4447_0001  # held by every write transaction until it ends
LOCK_TIMEOUT = "5s"  # as long as a ledger file's busy timeout
CONNECT_TIMEOUT_SECONDS = 10
_IDLE = 0  # libpq's PQTRANS_IDLE, in psycopg 3 and psycopg2 alike


class ServerDialect(Dialect):
    name = "postgresql"
    is_server = True

    def string_agg(self, expression: str, separator: str) -> str:
        return f"string_agg({expression}, '{separator}')"


SERVER = ServerDialect()


@lru_cache(maxsize=2048)
def server_sql(sql: str) -> str:
    """The statement with the driver's placeholders: ``?`` → ``%s``, a literal ``%`` doubled.

    The store never puts ``?`` inside a quoted literal (LIKE patterns are parameters
    or contain only ``%``), so this textual turn is safe and cached per statement.
    """
    return sql.replace("%", "%%").replace("?", "%s")


def driver_module(name: str | None = None) -> Any:
    name = name or os.environ.get(DRIVER_VARIABLE) or DEFAULT_DRIVER
    try:
        return importlib.import_module(name)
    except ImportError as exc:
        # psycopg says which of its implementations failed and why (no libpq found…)
        raise GovLedgerError("server.no_driver", driver=name, reason=exc) from exc


def driver_description(driver: Any | None = None) -> str:
    """'psycopg 3.3.9 (binary, libpq 17.5)': the driver and client library this PC talks
    to the server with, for IT's acceptance check (a server that logs in with SM3 or
    SHA256 needs the vendor's driver, and a libpq-based driver is only as new as its libpq)."""
    driver = driver or driver_module()
    # psycopg2 and its forks (ksycopg2) add build flags: "2.9.13 (dt dec pq3 ext lo64)"
    version = str(getattr(driver, "__version__", "?")).split(" ")[0]
    text = f"{driver.__name__} {version}"
    pq = getattr(driver, "pq", None)
    if pq is not None and callable(getattr(pq, "version", None)):
        number = pq.version()  # libpq 10 and later: major * 10000 + minor
        text += f" ({getattr(pq, '__impl__', '?')}, libpq {number // 10000}.{number % 10000})"
    elif isinstance(number := getattr(driver, "__libpq_version__", None), int):
        text += f" (libpq {number // 10000}.{number % 10000})"
    return text


class ServerDatabase(LedgerDatabase):
    """One connection to a ledger database on a server."""

    dialect = SERVER

    def __init__(self, conn: Any, driver: Any, url: str):
        conn.autocommit = True  # transactions are atomic()'s, as on a file
        self.conn = conn
        self.driver = driver
        self.url = url

    @property
    def location(self) -> str:
        return readable(self.url)

    @property
    def is_open(self) -> bool:
        return not self.conn.closed

    @property
    def in_transaction(self) -> bool:
        info = getattr(self.conn, "info", None)
        status = info.transaction_status if info is not None else self.conn.get_transaction_status()
        return int(status) != _IDLE

    def execute(self, sql: str, parameters: Parameters | None = None) -> Cursor:
        cursor = self.conn.cursor()
        if parameters is None:
            cursor.execute(sql)  # no parameters: the driver reads no placeholders
        elif isinstance(parameters, dict):
            cursor.execute(_named_sql(sql), stored(parameters))
        else:
            cursor.execute(server_sql(sql), stored(parameters))
        return reading_empty_text(cursor)

    def insert(self, table: str, values: dict[str, Any]) -> int:
        names = list(values)
        cursor = self.execute(
            f"INSERT INTO {table} ({', '.join(names)}) "
            f"VALUES ({', '.join('?' for _ in names)}) RETURNING id",
            [values[name] for name in names],
        )
        row_id: int = cursor.fetchone()[0]
        return row_id

    def upsert_rows(self, table: str, rows: list[dict[str, Any]], key: tuple[str, ...]) -> None:
        """Insert each row or update the one with the same key, one statement per row
        sent in one batch (``ON CONFLICT``, as SQLite's upsert does)."""
        names = list(rows[0])
        updates = ", ".join(f"{name} = excluded.{name}" for name in names if name not in key)
        self.execute_batch(
            f"INSERT INTO {table} ({', '.join(names)}) VALUES ({', '.join('?' for _ in names)}) "
            f"ON CONFLICT ({', '.join(key)}) DO UPDATE SET {updates}",
            [[row.get(name) for name in names] for row in rows],
        )

    def execute_batch(self, sql: str, rows: list[list[Any]]) -> None:
        """One statement for each row of parameters, sent to the server in one batch."""
        with self.conn.cursor() as cursor:
            cursor.executemany(server_sql(sql), [stored(row) for row in rows])

    def _begin_write(self) -> None:
        self.execute("BEGIN")
        try:
            self.execute("SELECT pg_advisory_xact_lock(?)", [WRITER_LOCK])
        except BaseException:
            self.execute("ROLLBACK")
            raise

    def _begin_read(self) -> None:
        self.execute("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")

    def table_names(self) -> list[str]:
        rows = self.execute(
            "SELECT table_name FROM information_schema.tables "
            "WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'"
        )
        return [name for (name,) in rows]

    def close(self) -> None:
        self.conn.close()

    def failure(self, exc: BaseException) -> GovLedgerError | None:
        """The one-line error for a driver failure, None for anything else."""
        from govledger.store.server_failures import server_error

        if not isinstance(exc, self.driver.Error):
            return None
        return server_error(exc, self.location)

    @contextmanager
    def unlocked_transaction(self) -> Iterator[None]:
        """A transaction without the writer lock, for writes that cannot clash with
        anyone's (evidence pieces keyed by their content)."""
        self.execute("BEGIN")
        try:
            yield
            self.execute("COMMIT")
        except BaseException:
            if self.in_transaction:
                self.execute("ROLLBACK")
            raise


@lru_cache(maxsize=256)
def _named_sql(sql: str) -> str:
    """``:name`` parameters as the driver's ``%(name)s``, a literal ``%`` doubled."""
    import re

    return re.sub(r"(?<![:\w]):([A-Za-z_]\w*)", r"%(\1)s", sql.replace("%", "%%"))


def connect(url: str, password: str | None = None, *, read_only: bool = False) -> ServerDatabase:
    """A connection to the server ledger at url (psycopg's URL form), set up as the
    store expects; one clear message when the server cannot be reached."""
    driver = driver_module()
    options: dict[str, Any] = {
        "connect_timeout": CONNECT_TIMEOUT_SECONDS,
        "application_name": f"govledger {socket.gethostname()}"[:63],
    }
    if password is not None:
        options["password"] = password
    try:
        conn = driver.connect(url, **options)
    except driver.Error as exc:
        from govledger.store.server_failures import server_error

        raise server_error(exc, readable(url)) from exc
    db = ServerDatabase(conn, driver, url)
    db.execute(f"SET lock_timeout = '{LOCK_TIMEOUT}'")
    if read_only:
        db.execute("SET default_transaction_read_only = on")
    return db


def cache_folder_for(url: str, base: Path) -> Path:
    """A local folder for one server ledger's evidence copies: by server and database."""
    import hashlib

    digest = hashlib.sha256(redacted(url).encode("utf-8")).hexdigest()[:16]
    return base / "servers" / digest


def open_server(
    url: str, password: str | None = None, *, read_only: bool = False
) -> ServerDatabase:
    """Connect to the server ledger at url, building or upgrading its schema first.

    An empty database becomes a new ledger; one holding other tables is refused
    untouched; one upgraded by a newer govledger is refused with the version to install.
    """
    from govledger.store import server_schema

    db = connect(url, password, read_only=read_only)
    try:
        version = _schema_version(db)
        if version < server_schema.LATEST_SERVER_VERSION:
            if read_only:
                raise GovLedgerError("server.old_version")
            _migrate(db)  # under the writer lock: a second client waits, then finds it done
    except BaseException as exc:
        failure = db.failure(exc)
        db.close()
        if failure is not None:
            raise failure from exc
        raise
    return db


def _schema_version(db: ServerDatabase) -> int:
    from govledger.store import server_schema

    tables = set(db.table_names())
    if not tables:
        return 0
    if "meta" not in tables:
        raise GovLedgerError("server.foreign", server=db.location)
    meta = dict(db.execute("SELECT key, value FROM meta").fetchall())
    if meta.get("application") != server_schema.APPLICATION:
        raise GovLedgerError("server.foreign", server=db.location)
    version = int(meta.get("schema_version", "0"))
    if version > server_schema.LATEST_SERVER_VERSION:
        raise GovLedgerError(
            "server.newer",
            found=version,
            supported=server_schema.LATEST_SERVER_VERSION,
            written_by=meta.get("written_by", "?"),
        )
    return version


def _migrate(db: ServerDatabase) -> None:
    """Apply the migrations the server lacks, in one transaction; a client that
    waited for another's upgrade finds nothing left to do."""
    from govledger import __version__
    from govledger.store import server_schema
    from govledger.store.server_jobs import job_lock, other_clients

    # A whole-ledger job, so open windows say who upgrades the ledger; not while
    # another job (an import…) runs on the old layout.
    with job_lock(db, "upgrade", wait_for_same=True), db.atomic():
        version = _schema_version(db)  # again: another client may have upgraded meanwhile
        if 0 < version < server_schema.LATEST_SERVER_VERSION and (others := other_clients(db)):
            # An older govledger still open would read a layout it does not know.
            raise GovLedgerError(
                "server.upgrade_while_open", server=db.location, who="、".join(others)
            )
        for number, migration in enumerate(server_schema.SERVER_MIGRATIONS, start=1):
            if number > version:
                migration(db)
        for key, value in (
            ("schema_version", str(server_schema.LATEST_SERVER_VERSION)),
            ("written_by", __version__),
        ):
            db.execute(
                "INSERT INTO meta (key, value) VALUES (?, ?) "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                [key, value],
            )
