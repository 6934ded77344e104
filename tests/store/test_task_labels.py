"""The document's own numbering (label) and 备注 note of imported requirements."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from govledger.domain.draft import DraftTask, PlanDraft
from govledger.domain.model import TaskKind
from govledger.store import Ledger, migrations
from govledger.store.sync_records import UuidLookup, content_hash, record_from_row, record_problem
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
        assert ledger._db.execute("PRAGMA user_version").fetchone()[0] == migrations.LATEST_VERSION
        columns = {row[1] for row in ledger._db.execute("PRAGMA table_info(tasks)")}
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


UNIT = "法制科"


def _labelled_draft_with_units() -> PlanDraft:
    heading = DraftTask(kind=TaskKind.HEADING, text="一、强化政策解读", number="一")
    heading.children = [
        DraftTask(TaskKind.REQUIREMENT, "做好重大政策解读", number="1", label="一是",
                  units_text=UNIT, lead_units=[UNIT]),
        DraftTask(TaskKind.REQUIREMENT, "发布政策问答", number="2", label="二是",
                  units_text="办公室", lead_units=["办公室"]),
        DraftTask(TaskKind.REQUIREMENT, "公开解读目录", number="3", units_text=UNIT,
                  lead_units=[UNIT]),
    ]  # fmt: skip
    return PlanDraft(title="2022年政务公开工作要点", year=2022, roots=[heading])


def test_a_unit_package_carries_the_label(tmp_path: Path) -> None:
    with (
        Ledger.open(tmp_path / "office.sqlite") as office,
        Ledger.open(tmp_path / "unit.sqlite") as unit,
    ):
        office.import_draft(_labelled_draft_with_units())
        plan = office.latest_plan()
        assert plan is not None
        package = office.export_package(plan.id, UNIT, tmp_path / "to-unit.govpkg").path
        unit.import_package(package)
        received = unit.latest_plan()
        assert received is not None
        tasks = [task for task in unit.tasks(received.id) if not task.is_heading]
        assert [(task.text, task.label) for task in tasks] == [
            ("做好重大政策解读", "一是"), ("公开解读目录", "")
        ]  # fmt: skip


def test_records_without_a_label_read_and_hash_as_before(tmp_path: Path) -> None:
    """An older govledger's packages (no label) are read; label-less tasks hash as before."""
    with Ledger.open(tmp_path / "ledger.sqlite") as ledger:
        ledger.import_draft(_labelled_draft_with_units())
        rows = list(ledger._db.query("SELECT * FROM tasks WHERE kind = 'requirement'"))
        lookup = UuidLookup(ledger._db)
        labelled, _other, plain = (record_from_row(ledger._db, "tasks", r, lookup) for r in rows)
    assert labelled["fields"]["label"] == "一是"
    assert "label" not in plain["fields"]
    assert record_problem("tasks", plain) is None
    assert content_hash({**plain["fields"], "label": ""}) == content_hash(plain["fields"])
    assert content_hash(labelled["fields"]) != content_hash({**labelled["fields"], "label": "二是"})
    bad = {**labelled, "fields": {**labelled["fields"], "label": 2}}
    assert record_problem("tasks", bad) is not None
