"""Fixtures: a realistic plan (tests/exporters/ledger_builders.py) and a 1 000-row one."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from govledger.store import Ledger
from tests.exporters.ledger_builders import TODAY, SamplePlan, build_big_plan, build_sample_plan


@pytest.fixture(params=["sqlite", "postgresql"])
def ledger(request: pytest.FixtureRequest, tmp_path: Path):
    """The exports read a ledger file and a server ledger alike (issue 24): every
    test on this fixture runs on both, a database on the test server the second."""
    if request.param == "sqlite":
        location: object = tmp_path / "ledger.sqlite"
    else:
        location = request.getfixturevalue("pg_server").new_database()
    with Ledger.open(location, cache_folder=tmp_path / "cache") as opened:
        yield opened


@pytest.fixture
def sample(ledger: Ledger) -> SamplePlan:
    return build_sample_plan(ledger, TODAY)


@pytest.fixture
def big_plan(ledger: Ledger) -> int:
    return build_big_plan(ledger, 1000, TODAY)


@pytest.fixture
def out_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


def poppler_missing() -> bool:
    return not (shutil.which("pdftotext") and shutil.which("pdffonts"))
