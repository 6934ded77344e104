"""The document's own numbering (label) and 备注 note of imported requirements."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from govledger.domain.draft import DraftTask, PlanDraft
from govledger.domain.model import TaskKind
from govledger.store import Ledger, migrations
from govledger.store.task_listing import task_rows


def _restarting_draft() -> PlanDraft:
    heading = DraftTask(kind=TaskKind.HEADING, text="一、深化公开", number="一")
    heading.children = [
        DraftTask(kind=TaskKind.REQUIREMENT, text="公开规划", number="1", label="一是"),
        DraftTask(
            kind=TaskKind.REQUIREMENT, text="公开预算", number="2", label="二是", note="按季度报送"
        ),
    ]
    return PlanDraft(title="某局2024年政务公开工作要点", year=2024, roots=[heading])


@pytest.mark.parametrize("from_version", [1, 5])
def test_the_label_migration_upgrades_older_ledgers(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, from_version: int
) -> None:
    path = tmp_path / "ledger.sqlite"
    with monkeypatch.context() as patched:
        patched.setattr(migrations, "MIGRATIONS", migrations.MIGRATIONS[:from_version])
        patched.setattr(migrations, "LATEST_VERSION", from_version)
        with Ledger.open(path) as ledger:
            ledger.create_plan("旧方案", 2023)
    with Ledger.open(path) as ledger:
        assert ledger.db.execute("PRAGMA user_version").fetchone()[0] == migrations.LATEST_VERSION
        columns = {row[1] for row in ledger.db.execute("PRAGMA table_info(tasks)")}
        assert "label" in columns
        assert [plan.title for plan in ledger.plans()] == ["旧方案"]


def test_imported_labels_and_notes_are_kept_and_listed(ledger: Ledger) -> None:
    plan_id = ledger.import_draft(_restarting_draft()).first_created("plans")
    assert plan_id is not None
    listed = task_rows(ledger, plan_id, date(2024, 3, 1))
    rows = [row for row in listed if row["kind"] == "requirement"]
    assert [(row["number"], row["label"]) for row in rows] == [("1", "一是"), ("2", "二是")]
    notes = [task.note for _depth, task in ledger.tasks_with_depth(plan_id)]
    assert "按季度报送" in notes
    heading_row = next(row for row in listed if row["kind"] == "heading")
    assert "label" not in heading_row  # only when set
