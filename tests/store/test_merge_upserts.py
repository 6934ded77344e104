"""The bookkeeping of a unit-package merge is upserted in bulk, and stays undoable.

A merge records, per travelling record, the exchange point with the sending ledger
(sync_state) and, per conflict, the package's version (sync_conflicts). Both are
written through Transaction.upsert_all (sqlite-utils' upsert on the unique key)
instead of a look-up and a write per record; every row is still recorded for undo.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from govledger.domain.changes import Op
from govledger.domain.model import TaskKind
from govledger.store import Ledger
from govledger.store.transaction import DATA_TABLES, transaction

UNIT = "法制科"
KEY = ("peer_ledger_id", "table_name", "uuid")


def snapshot(ledger: Ledger) -> dict[str, list[tuple]]:
    return {t: ledger._db.execute(f"SELECT * FROM {t} ORDER BY id").fetchall() for t in DATA_TABLES}


def state_row(peer: str, uuid: str, revision: int) -> dict[str, object]:
    return {
        "peer_ledger_id": peer,
        "table_name": "tasks",
        "uuid": uuid,
        "remote_revision": revision,
        "local_revision": 1,
        "content_hash": f"hash-{revision}",
    }


def test_upsert_all_inserts_updates_and_leaves_equal_rows_alone(ledger: Ledger) -> None:
    with transaction(ledger._db, "t", "first") as tx:
        assert tx.upsert_all("sync_state", [state_row("p", "a", 1), state_row("p", "b", 1)], KEY)
    first = tx.changes
    assert [(c.op, c.new["uuid"]) for c in first.rows] == [(Op.INSERT, "a"), (Op.INSERT, "b")]
    assert first.created_ids["sync_state"] == [c.row_id for c in first.rows]
    before = snapshot(ledger)

    with transaction(ledger._db, "t", "second") as tx:
        rows = [state_row("p", "a", 1), state_row("p", "b", 2), state_row("p", "c", 1)]
        assert tx.upsert_all("sync_state", rows, KEY) == 2  # a is already so
    second = tx.changes
    assert [(c.op, c.new["uuid"]) for c in second.rows] == [(Op.UPDATE, "b"), (Op.INSERT, "c")]
    update = second.rows[0]
    assert update.changed_fields() == {
        "remote_revision": (1, 2),
        "content_hash": ("hash-1", "hash-2"),
    }
    assert update.row_id == first.rows[1].row_id  # the same row, updated in place

    ledger.revert(second)
    assert snapshot(ledger) == before
    ledger.reapply(second)
    remote = dict(ledger._db.execute("SELECT uuid, remote_revision FROM sync_state").fetchall())
    assert remote == {"a": 1, "b": 2, "c": 1}


def test_insert_only_columns_keep_their_first_value(ledger: Ledger) -> None:
    def conflict(detected_at: str, revision: int) -> dict[str, object]:
        return {
            "peer_ledger_id": "p",
            "table_name": "tasks",
            "uuid": "a",
            "remote_record": None,
            "remote_revision": revision,
            "detected_at": detected_at,
        }

    for detected_at, revision in (("2026-01-01T09:00:00", 1), ("2026-03-01T09:00:00", 2)):
        with transaction(ledger._db, "t", "hold") as tx:
            tx.upsert_all("sync_conflicts", [conflict(detected_at, revision)], KEY,
                          insert_only=("detected_at",))  # fmt: skip
    [row] = ledger._db.query("SELECT detected_at, remote_revision FROM sync_conflicts")
    assert row == {"detected_at": "2026-01-01T09:00:00", "remote_revision": 2}


def test_travelling_records_are_not_upserted(ledger: Ledger) -> None:
    with transaction(ledger._db, "t", "refused") as tx, pytest.raises(AssertionError):
        tx.upsert_all("tasks", [{"uuid": "x"}], ("uuid",))


@pytest.fixture
def office(tmp_path: Path):
    """An office ledger with a plan of 60 requirements for the 法制科."""
    with Ledger.open(tmp_path / "office" / "ledger.sqlite") as ledger:
        plan = ledger.create_plan("2026年政务公开工作要点分工方案", 2026).first_created("plans")
        for section in range(3):
            heading = ledger.add_task(
                plan, f"{section + 1}、工作要求", kind=TaskKind.HEADING, number=str(section + 1)
            ).first_created("tasks")
            for number in range(20):
                ledger.add_task(
                    plan, f"第{section}组第{number}项要求", parent_id=heading, lead_units=[UNIT]
                )
        yield ledger


def test_a_merge_records_every_exchange_point_and_undoes_whole(
    office: Ledger, tmp_path: Path
) -> None:
    plan = office.latest_plan()
    package = office.export_package(plan.id, UNIT, tmp_path / "to-unit.govpkg").path
    with Ledger.open(tmp_path / "unit" / "ledger.sqlite") as unit:
        before = snapshot(unit)
        result = unit.import_package(package)
        assert result.summary.added == 1 + 3 + 60
        # One exchange point per record: the office's revision, ours, the agreed content.
        points = {row["uuid"]: row for row in unit._db.query("SELECT * FROM sync_state")}
        tasks = {task.uuid for task in unit.tasks(unit.latest_plan().id)}
        assert tasks <= set(points) and len(points) == 1 + 3 + 60
        for row in points.values():
            assert row["peer_ledger_id"] == office.ledger_id()
            local = unit._db.execute(
                f"SELECT revision FROM {row['table_name']} WHERE uuid = ?", [row["uuid"]]
            ).fetchone()
            assert row["local_revision"] == local[0]
        inserted = [c for c in result.changes.rows if c.table == "sync_state"]
        assert len(inserted) == 64 and {c.op for c in inserted} == {Op.INSERT}

        merged = _exchange_points(unit)
        unit.revert(result.changes)
        assert snapshot(unit) == before
        # Undone, the same package merges again to the same exchange points.
        again = unit.import_package(package)
        assert again.summary.added == 64
        assert _exchange_points(unit) == merged


def test_a_later_exchange_updates_the_exchange_point_in_place(
    office: Ledger, tmp_path: Path
) -> None:
    plan = office.latest_plan()
    package = office.export_package(plan.id, UNIT, tmp_path / "to-unit.govpkg").path
    with Ledger.open(tmp_path / "unit" / "ledger.sqlite") as unit:
        unit.import_package(package)
        task = unit.tasks(unit.latest_plan().id)[1]
        unit.update_task(task.id, note="已起草")
        first = unit.export_package(unit.latest_plan().id, UNIT, tmp_path / "1.govpkg").path
        unit.update_task(task.id, note="已办结")
        second = unit.export_package(unit.latest_plan().id, UNIT, tmp_path / "2.govpkg").path

    def point() -> dict[str, object]:
        [row] = office._db.query("SELECT * FROM sync_state WHERE uuid = ?", [task.uuid])
        return row

    assert office.import_package(first).summary.updated == 1
    before = point()
    result = office.import_package(second)
    assert result.summary.updated == 1
    after = point()
    assert after["id"] == before["id"]
    assert after["remote_revision"] == before["remote_revision"] + 1
    assert after["content_hash"] != before["content_hash"]
    [change] = [c for c in result.changes.rows if c.table == "sync_state"]
    assert (change.op, change.old, change.new) == (Op.UPDATE, before, after)
    assert office.import_package(second).changes.empty  # agreed now: nothing to do


def _exchange_points(ledger: Ledger) -> set[tuple]:
    columns = "peer_ledger_id, table_name, uuid, remote_revision, local_revision, content_hash"
    return set(ledger._db.execute(f"SELECT {columns} FROM sync_state").fetchall())
