"""Reading rows into domain records, and the queries that fetch them in tree order."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from datetime import date, datetime
from typing import Any

from govledger.domain.model import (
    Evidence,
    EvidenceKind,
    Plan,
    ProgressEntry,
    Recurrence,
    Status,
    Task,
    TaskKind,
    Unit,
)
from govledger.domain.pinyin_order import sort_key
from govledger.domain.unit_kinds import UnitKind, kind_of
from govledger.store.connection import LedgerDatabase

# Enum members by value: a dict lookup is much cheaper than Enum(value) per row.
_KINDS = {kind.value: kind for kind in TaskKind}
_STATUSES = {status.value: status for status in Status}
_RECURRENCES = {recurrence.value: recurrence for recurrence in Recurrence}


def optional_date(value: str | None) -> date | None:
    """A stored ISO date, or None for an empty column."""
    return date.fromisoformat(value) if value else None


def _datetime(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


def plan_from_row(row: dict[str, Any]) -> Plan:
    return Plan(
        id=row["id"],
        uuid=row["uuid"],
        title=row["title"],
        year=row["year"],
        organization=row["organization"],
        document_number=row["document_number"],
        issued_on=optional_date(row["issued_on"]),
        source_name=row["source_name"],
        created_at=_datetime(row["created_at"]),
        revision=row["revision"],
    )


def task_from_row(row: dict[str, Any], lead: Iterable[str] = (), co: Iterable[str] = ()) -> Task:
    return Task(
        id=row["id"],
        uuid=row["uuid"],
        plan_id=row["plan_id"],
        parent_id=row["parent_id"],
        position=row["position"],
        kind=_KINDS[row["kind"]],
        number=row["number"],
        text=row["text"],
        units_text=row["units_text"],
        lead_units=tuple(lead),
        co_units=tuple(co),
        deadline_text=row["deadline_text"],
        due=optional_date(row["due"]),
        recurrence=_RECURRENCES[row["recurrence"]] if row["recurrence"] else None,
        deadline_rule=row["deadline_rule"],
        status=_STATUSES[row["status"]],
        progress=row["progress"],
        note=row["note"],
        updated_at=_datetime(row["updated_at"]),
        label=row.get("label") or "",
        carried_from=row.get("carried_from"),
        revision=row["revision"],
    )


def progress_from_row(row: dict[str, Any]) -> ProgressEntry:
    return ProgressEntry(
        id=row["id"],
        uuid=row["uuid"],
        task_id=row["task_id"],
        date=date.fromisoformat(row["date"]),
        text=row["text"],
        unit=row["unit"],
        author=row["author"],
        created_at=_datetime(row["created_at"]),
        revision=row["revision"],
    )


def evidence_from_row(row: dict[str, Any]) -> Evidence:
    return Evidence(
        id=row["id"],
        uuid=row["uuid"],
        task_id=row["task_id"],
        kind=EvidenceKind(row["kind"]),
        original_name=row["original_name"],
        sha256=row["sha256"],
        size=row["size"],
        note=row["note"],
        url=row["url"],
        title=row["title"],
        captured_on=optional_date(row["captured_on"]),
        progress_id=row["progress_id"],
        added_at=_datetime(row["added_at"]),
        revision=row["revision"],
    )


def unit_from_row(row: dict[str, Any]) -> Unit:
    return Unit(id=row["id"], name=row["name"], note=row["note"], kind=row.get("kind") or "")


def fetch_tasks(db: LedgerDatabase, where: str, params: list[Any]) -> list[Task]:
    """Tasks matching a WHERE clause, with their units, ordered by parent and position.

    Two statements however many tasks (a whole plan can hold tens of thousands):
    the tasks, then every unit link of those tasks.
    """
    cursor = db.execute(f"SELECT * FROM tasks WHERE {where} ORDER BY parent_id, position", params)
    names = [column[0] for column in cursor.description]
    rows = [dict(zip(names, values, strict=True)) for values in cursor.fetchall()]
    if not rows:
        return []
    units: dict[int, dict[str, list[str]]] = defaultdict(lambda: {"lead": [], "co": []})
    for task_id, role, name in db.execute(
        f"""SELECT tu.task_id, tu.role, u.name FROM task_units tu
            JOIN units u ON u.id = tu.unit_id
            WHERE tu.task_id IN (SELECT id FROM tasks WHERE {where})
            ORDER BY tu.task_id, tu.role, tu.position""",
        params,
    ):
        units[task_id][role].append(name)
    empty: dict[str, list[str]] = {"lead": [], "co": []}
    return [
        task_from_row(row, units.get(row["id"], empty)["lead"], units.get(row["id"], empty)["co"])
        for row in rows
    ]


def units_of(db: LedgerDatabase, task_id: int) -> dict[str, list[str]]:
    """One task's units: {"lead": [...], "co": [...]} in written order."""
    units: dict[str, list[str]] = {"lead": [], "co": []}
    for role, name in db.execute(
        """SELECT tu.role, u.name FROM task_units tu JOIN units u ON u.id = tu.unit_id
           WHERE tu.task_id = ? ORDER BY tu.role, tu.position""",
        [task_id],
    ):
        units[role].append(name)
    return units


def in_tree_order(tasks: list[Task]) -> list[tuple[int, Task]]:
    """(depth, task) pairs, depth-first in document order."""
    children: dict[int | None, list[Task]] = defaultdict(list)
    for task in tasks:
        children[task.parent_id].append(task)
    for siblings in children.values():
        siblings.sort(key=lambda task: task.position)
    ordered: list[tuple[int, Task]] = []

    def visit(parent_id: int | None, depth: int) -> None:
        for task in children.get(parent_id, ()):
            ordered.append((depth, task))
            visit(task.id, depth + 1)

    visit(None, 0)
    return ordered


def unit_directory(db: LedgerDatabase) -> dict[str, UnitKind]:
    """Every unit's name -> its kind, in pinyin order: what collective names reach."""
    rows = db.execute("SELECT name, kind FROM units").fetchall()
    return {name: kind_of(kind) for name, kind in sorted(rows, key=lambda row: sort_key(row[0]))}
