"""Fixtures: a realistic plan (tests/exporters/ledger_builders.py) and a 1 000-row one."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from govledger.store import Ledger
from tests.exporters.ledger_builders import TODAY, SamplePlan, build_big_plan, build_sample_plan


@pytest.fixture
def ledger(tmp_path: Path):
    with Ledger.open(tmp_path / "ledger.sqlite") as opened:
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
