"""A throw-away PostgreSQL server for the tests that run on the server store (issue 24).

One server per test session: ``initdb`` into a temporary folder, ``pg_ctl start`` on
a Unix socket only (``listen_addresses=''``), durability off (tests need no crash
safety from the test server; the store's own crash tests kill clients, not it).
Every test gets a database of its own, copied from a template already migrated, so
a test costs a CREATE DATABASE rather than a schema build.

Without PostgreSQL's server programs the tests fail rather than skip: the issue
asks that both stores are tested on every run. ``.ci/run`` installs them.
"""

from __future__ import annotations

import glob
import itertools
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

TEMPLATE = "govledger_template"
SUPERUSER = "postgres"


def server_programs() -> Path:
    """The folder holding initdb and pg_ctl (Debian keeps them off PATH)."""
    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), reverse=True)
    found = shutil.which("initdb")
    if found:
        candidates.insert(0, found)
    if not candidates:
        raise RuntimeError(
            "PostgreSQL's server programs (initdb, pg_ctl) are not installed; the tests "
            "run on both stores and need them: apt-get install postgresql"
        )
    return Path(candidates[0]).parent


class TestServer:
    __test__ = False  # a helper test modules import, not tests for pytest to collect

    def __init__(self) -> None:
        self.folder = Path(tempfile.mkdtemp(prefix="govledger-pg-"))
        self.data = self.folder / "data"
        self.socket = self.folder / "socket"
        self.socket.mkdir()
        self.bin = server_programs()
        self._numbers = itertools.count(1)
        self._as_root = os.geteuid() == 0  # initdb refuses root: run as postgres

    def _run(self, *command: str) -> None:
        prefix = ["runuser", "-u", SUPERUSER, "--"] if self._as_root else []
        subprocess.run([*prefix, *command], check=True, capture_output=True, text=True)

    def start(self) -> None:
        if self._as_root:
            shutil.chown(self.folder, SUPERUSER)
            shutil.chown(self.socket, SUPERUSER)
        self._run(
            str(self.bin / "initdb"), "-D", str(self.data), "-U", SUPERUSER, "-A", "trust",
            "-E", "UTF8", "--locale=C.UTF-8", "--no-sync",
        )  # fmt: skip
        options = (
            f"-c listen_addresses='' -c unix_socket_directories='{self.socket}' "
            "-c fsync=off -c synchronous_commit=off -c full_page_writes=off "
            "-c max_connections=200"
        )
        self._run(
            str(self.bin / "pg_ctl"), "-D", str(self.data), "-l", str(self.folder / "log"),
            "-o", options, "-w", "start",
        )  # fmt: skip
        self._admin(f"CREATE DATABASE {TEMPLATE}")
        from govledger.store import Ledger

        Ledger.open(self.url(TEMPLATE), cache_folder=self.folder / "template-cache").close()

    def url(self, database: str, user: str = SUPERUSER) -> str:
        return f"postgresql://{user}@/{database}?host={self.socket}"

    def _admin(self, sql: str) -> None:
        import psycopg

        with psycopg.connect(self.url("postgres"), autocommit=True) as conn:
            conn.execute(sql)

    @staticmethod
    def database_of(url: str) -> str:
        """The database name in a test server URL (postgresql://user@/name?host=…)."""
        return url.split("@/", 1)[1].split("?", 1)[0]

    @staticmethod
    def as_login(url: str, login: str) -> str:
        """The same ledger's URL with another login (the test server trusts every login)."""
        return f"postgresql://{login}@{url.split('@', 1)[1]}"

    def new_database(self) -> str:
        """A fresh, migrated ledger database; its URL."""
        name = f"ledger_{os.getpid()}_{next(self._numbers)}"
        self._admin(f"CREATE DATABASE {name} TEMPLATE {TEMPLATE}")
        return self.url(name)

    def empty_database(self) -> str:
        """A database with nothing in it (a ledger not built yet)."""
        name = f"empty_{os.getpid()}_{next(self._numbers)}"
        self._admin(f"CREATE DATABASE {name}")
        return self.url(name)

    def older_ledger(self, version: int) -> str:
        """A server ledger as an older govledger left it: server migrations up to
        version applied, none after; its URL."""
        from govledger.store.server_database import connect
        from govledger.store.server_schema import SERVER_MIGRATIONS

        url = self.empty_database()
        db = connect(url)
        with db.atomic():
            for migration in SERVER_MIGRATIONS[:version]:
                migration(db)
            db.execute("INSERT INTO meta (key, value) VALUES ('schema_version', ?)", [str(version)])
        db.close()
        return url

    def admin(self, sql: str, database: str = "postgres") -> None:
        import psycopg

        with psycopg.connect(self.url(database), autocommit=True) as conn:
            conn.execute(sql)

    def stop(self) -> None:
        try:
            self._run(str(self.bin / "pg_ctl"), "-D", str(self.data), "-m", "immediate", "stop")
        finally:
            shutil.rmtree(self.folder, ignore_errors=True)
