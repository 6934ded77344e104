"""Shared fixtures. Qt runs offscreen so the suite works on machines without a display."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# CLI messages follow the locale; tests pin English unless they ask otherwise.
os.environ.setdefault("GOVLEDGER_LANG", "en")

SAMPLES_DIR = Path(__file__).parent / "data" / "samples"
SAMPLE_NAMES = ("jiangmen-hrss-2021", "jiangmen-jgzx-2022", "dongguan-2021")


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
    from tests.pg_server import TestServer

    server = TestServer()
    server.start()
    yield server
    server.stop()
