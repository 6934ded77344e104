"""migrations.transform: a migration that rebuilds a table keeps every row and rule.

No released migration needs a rebuild yet, so the tests append one to the ladder:
a ledger of today's schema, full of data, is opened by a govledger whose next
migration rebuilds ``tasks`` — the table everything else points at — and
``evidence``. Rows, indexes, CHECK/UNIQUE constraints, foreign keys and the
AUTOINCREMENT counter must all survive, inside the one upgrade transaction and
after the pre-upgrade backup; a failing migration must leave the file as it was.
"""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest

from govledger.domain.model import TaskKind
from govledger.store import Ledger, migrations
from govledger.store.database import LedgerOpenError

TEXT = "建立政务公开工作台账，实时跟进推动"


def _full_ledger(path: Path) -> None:
    with Ledger.open(path) as ledger:
        plan = ledger.create_plan("2026年政务公开工作要点", 2026).first_created("plans")
        heading = ledger.add_task(plan, "一、强化政策解读", kind=TaskKind.HEADING, number="一")
        heading_id = heading.first_created("tasks")
        for number in range(1, 6):
            task = ledger.add_task(
                plan,
                f"{TEXT}（{number}）",
                parent_id=heading_id,
                lead_units=["办公室"],
                co_units=["法制科"],
                deadline_text="10月底前",
            ).first_created("tasks")
            ledger.add_progress(task, f"第{number}次进展", on=date(2026, 3, number))
            ledger.attach_bytes(task, f"截图{number}".encode(), f"网站截图{number}.png")
        doomed = ledger.add_task(plan, "将被删除的要求", parent_id=heading_id)
        ledger.delete_task(doomed.first_created("tasks"))  # AUTOINCREMENT past the last id


def _dump(path: Path) -> dict[str, object]:
    """Every row by column name, and the schema objects and rules of the file."""
    conn = sqlite3.connect(path)
    conn.row_factory = sqlite3.Row
    try:
        tables = [
            name
            for (name,) in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
            )
            if not name.startswith(("search_index", "sqlite_"))
        ]
        return {
            "rows": {
                table: sorted(
                    (
                        tuple(sorted(dict(row).items()))
                        for row in conn.execute(f"SELECT * FROM {table}")
                    ),
                    key=repr,
                )
                for table in tables
            },
            "indexes": sorted(
                tuple(row)
                for row in conn.execute(
                    "SELECT name, tbl_name FROM sqlite_master WHERE type = 'index'"
                )
            ),
            "foreign_keys": {
                table: sorted(
                    tuple(row)[2:5] for row in conn.execute(f"PRAGMA foreign_key_list({table})")
                )
                for table in tables
            },
            "sequence": dict(conn.execute("SELECT name, seq FROM sqlite_sequence").fetchall()),
        }
    finally:
        conn.close()


def _with_migration(monkeypatch: pytest.MonkeyPatch, migration) -> None:
    monkeypatch.setattr(migrations, "MIGRATIONS", [*migrations.MIGRATIONS, migration])
    monkeypatch.setattr(migrations, "LATEST_VERSION", len(migrations.MIGRATIONS))


def _rebuild_tasks_and_evidence(db) -> None:
    # The label beside the number it qualifies; notes and sizes made NOT NULL-defaulted
    # anew: changes ALTER TABLE cannot make.
    migrations.transform(
        db,
        "tasks",
        column_order=["id", "uuid", "plan_id", "parent_id", "position", "kind", "number", "label"],
    )
    migrations.transform(db, "evidence", types={"size": int}, defaults={"note": "无"})


def test_a_transform_migration_keeps_rows_indexes_and_rules(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "ledger.sqlite"
    _full_ledger(path)
    before = _dump(path)
    old_version = migrations.LATEST_VERSION
    _with_migration(monkeypatch, _rebuild_tasks_and_evidence)

    with Ledger.open(path) as ledger:
        db = ledger._db
        assert db.execute("PRAGMA user_version").fetchone()[0] == old_version + 1
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert db.execute("PRAGMA foreign_key_check").fetchall() == []
        columns = [row[1] for row in db.execute("PRAGMA table_info(tasks)")]
        assert columns[6:8] == ["number", "label"]
        note_default = next(
            r[4] for r in db.execute("PRAGMA table_info(evidence)") if r[1] == "note"
        )
        assert note_default == "'无'"
        # The rules still hold: CHECK, UNIQUE, foreign keys, AUTOINCREMENT.
        plan = ledger.latest_plan()
        task = ledger.tasks(plan.id)[1]
        with pytest.raises(sqlite3.IntegrityError):
            db.execute("UPDATE tasks SET status = '乱写' WHERE id = ?", [task.id])
        with pytest.raises(sqlite3.IntegrityError):
            db.execute(
                "UPDATE tasks SET uuid = ? WHERE id = ?", [ledger.tasks(plan.id)[2].uuid, task.id]
            )
        with pytest.raises(sqlite3.IntegrityError):
            db.execute("UPDATE evidence SET task_id = 9999 WHERE id = 1")
        # The Ledger reads and writes as before; a new task does not reuse the deleted id.
        assert ledger.search("台账") and len(ledger.evidence_for(task.id)) == 1
        new = ledger.add_task(plan.id, "新增要求", parent_id=task.parent_id)
        assert new.first_created("tasks") > before["sequence"]["tasks"]
    after = _dump(path)
    assert after["indexes"] == before["indexes"]
    assert after["foreign_keys"] == before["foreign_keys"]
    rows_before, rows_after = before["rows"], after["rows"]
    for table in rows_before:
        if table not in ("tasks", "task_units", "audit_log", "search_index"):
            assert rows_after[table] == rows_before[table], table
    assert set(rows_before["tasks"]) < set(rows_after["tasks"])  # all kept, one added
    # The upgrade was preceded by a backup of the file as it was.
    [backup] = (tmp_path / "backups").glob(f"*upgrade_from_v{old_version}*.sqlite")
    assert _dump(backup)["rows"] == rows_before


def test_a_failing_transform_migration_leaves_the_file_as_it_was(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "ledger.sqlite"
    _full_ledger(path)
    before = _dump(path)
    schema = sqlite3.connect(path).execute("SELECT sql FROM sqlite_master").fetchall()

    def half_done(db) -> None:
        migrations.transform(db, "tasks", defaults={"note": "待填"})
        # A later step fails: a foreign key the rows do not satisfy.
        migrations.transform(db, "progress_entries", add_foreign_keys=[("unit", "units", "id")])

    _with_migration(monkeypatch, half_done)
    with pytest.raises((LedgerOpenError, sqlite3.IntegrityError)):
        Ledger.open(path)
    assert _dump(path) == before
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("SELECT sql FROM sqlite_master").fetchall() == schema
        assert conn.execute("PRAGMA user_version").fetchone()[0] == len(migrations.MIGRATIONS) - 1
    finally:
        conn.close()


def test_opening_a_ledger_that_needs_no_migration_does_not_rebuild(tmp_path: Path) -> None:
    path = tmp_path / "ledger.sqlite"
    _full_ledger(path)
    schema = sqlite3.connect(path).execute("SELECT sql FROM sqlite_master").fetchall()
    with Ledger.open(path):
        pass
    assert sqlite3.connect(path).execute("SELECT sql FROM sqlite_master").fetchall() == schema
