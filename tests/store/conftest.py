from __future__ import annotations

from pathlib import Path

import pytest

from govledger.domain.model import TaskKind
from govledger.store import Ledger


@pytest.fixture(params=["sqlite", "postgresql"])
def ledger(request: pytest.FixtureRequest, tmp_path: Path):
    """A new ledger on each store: a file, and a database on the test server."""
    if request.param == "sqlite":
        location: object = tmp_path / "ledger.sqlite"
    else:
        location = request.getfixturevalue("pg_server").new_database()
    with Ledger.open(location, cache_folder=tmp_path / "cache") as opened:
        yield opened


@pytest.fixture
def plan_tree(ledger: Ledger) -> dict[str, int]:
    """A small plan: one heading with three requirements."""
    plan_id = ledger.create_plan("测试单位2021年政务公开工作要点分工方案", 2021).first_created(
        "plans"
    )
    heading = ledger.add_task(
        plan_id, "一、做好政务公开台账工作", kind=TaskKind.HEADING, number="一"
    ).first_created("tasks")
    ids = {"plan": plan_id, "heading": heading}
    for key, text, lead in (
        ("r1", "建立政务公开工作台账，实时跟进推动", ["办公室"]),
        ("r2", "做好重大政策解读工作", ["法制科"]),
        ("r3", "按时发布政府信息公开工作年度报告", ["办公室", "信息中心"]),
    ):
        ids[key] = ledger.add_task(
            plan_id, text, parent_id=heading, lead_units=lead, co_units=["各科室"]
        ).first_created("tasks")
    return ids
