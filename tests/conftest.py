"""Shared fixtures. Qt runs offscreen so the suite works on machines without a display."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# CLI messages follow the locale; tests pin English unless they ask otherwise.
os.environ.setdefault("GOVLEDGER_LANG", "en")

SAMPLES_DIR = Path(__file__).parent / "data" / "samples"
SAMPLE_NAMES = ("jiangmen-hrss-2021", "jiangmen-jgzx-2022", "dongguan-2021")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Tests marked file_ledger are about the file (backups, files in the evidence
    folder, opening it read-only): their server variants are not collected; the
    server's side has tests of its own (test_server_*.py)."""
    kept, dropped = [], []
    for item in items:
        on_server = "[postgresql" in item.nodeid
        (dropped if on_server and item.get_closest_marker("file_ledger") else kept).append(item)
    if dropped:
        config.hook.pytest_deselected(items=dropped)
        items[:] = kept


@pytest.fixture
def samples_dir() -> Path:
    return SAMPLES_DIR


@pytest.fixture(autouse=True)
def _message_language_per_test(monkeypatch: pytest.MonkeyPatch) -> None:
    # The GUI sets GOVLEDGER_LANG for its process; restore it after each test.
    monkeypatch.setenv("GOVLEDGER_LANG", os.environ.get("GOVLEDGER_LANG", "en"))


@pytest.fixture(scope="session")
def pg_server():
    """A PostgreSQL server for this test session (tests/pg_server.py); started on first use."""
    from govledger.store.server_database import ServerDatabase
    from tests.pg_server import TestServer

    server = TestServer()
    server.start()
    with pytest.MonkeyPatch.context() as patch:
        for method in ("execute", "execute_batch"):
            checked = _without_empty_literals(getattr(ServerDatabase, method))
            patch.setattr(ServerDatabase, method, checked)
        yield server
    server.stop()


_DATA_STATEMENT = re.compile(r"\s*(SELECT|INSERT|UPDATE|DELETE|WITH)\b", re.IGNORECASE)


def _without_empty_literals(execute):
    """A ServerDatabase method running SQL, refusing a '' literal in a statement that
    reads or writes rows: an openGauss database in 'A' mode reads it as NULL
    (server_empty_text.py), PostgreSQL does not, so the test server alone would never
    show the difference."""

    def checked(self, sql, *parameters):
        assert not (_DATA_STATEMENT.match(sql) and "''" in sql), f"'' literal sent: {sql}"
        return execute(self, sql, *parameters)

    return checked


class CliStore:
    """Where a command-line test keeps its ledgers: files, or databases on the test
    server (issue 24: the CLI's tests run on both stores). Locations are what --db takes."""

    def __init__(self, tmp_path: Path, server=None):  # server: tests/pg_server.TestServer
        self.tmp_path = tmp_path
        self.server = server

    @property
    def is_server(self) -> bool:
        return self.server is not None

    def new_location(self, name: str = "ledger") -> str:
        """Where a new ledger goes: a file not yet made, or an empty server database."""
        if self.server is not None:
            url: str = self.server.empty_database()
            return url
        return str(self.tmp_path / name / "ledger.sqlite")

    def open(self, location: str):  # -> Ledger
        from govledger.store import Ledger

        return Ledger.open(location, cache_folder=self.tmp_path / "test-cache")

    def new_ledger(self, fill, name: str = "ledger") -> str:  # fill: Callable[[Ledger], ...]
        """A new ledger filled by fill(ledger); its location for --db."""
        location = self.new_location(name)
        with self.open(location) as ledger:
            fill(ledger)
        return location


@pytest.fixture(params=["sqlite", "postgresql"])
def cli_store(request: pytest.FixtureRequest, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    if request.param == "sqlite":
        yield CliStore(tmp_path)
        return
    server = request.getfixturevalue("pg_server")
    monkeypatch.setenv("GOVLEDGER_DATA", str(tmp_path / "data"))  # the CLI's evidence copies
    monkeypatch.delenv("GOVLEDGER_DB_PASSWORD", raising=False)  # the test server trusts
    # No OS credential store is asked, here or in a subprocess.
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    import keyring
    import keyring.backends.fail

    before = keyring.get_keyring()
    keyring.set_keyring(keyring.backends.fail.Keyring())
    try:
        yield CliStore(tmp_path, server)
    finally:
        keyring.set_keyring(before)
