"""Ledger mutations on tasks: add, edit, move, delete (with sub-tasks and records)."""

from __future__ import annotations

from collections.abc import Sequence
from contextlib import AbstractContextManager
from datetime import date
from typing import TYPE_CHECKING, Any

from govledger.domain.changes import ChangeSet, StaleEdit
from govledger.domain.model import STORED_STATUSES, Recurrence, Status, TaskKind
from govledger.messages import GovLedgerError, message
from govledger.store.records import units_of
from govledger.store.transaction import Transaction, now_text

if TYPE_CHECKING:
    from govledger.store.connection import LedgerDatabase

# Fields of a task the clerk may edit, and how each is stored.
EDITABLE_FIELDS = {
    "kind",
    "number",
    "text",
    "units_text",
    "deadline_text",
    "due",
    "recurrence",
    "deadline_rule",
    "status",
    "progress",
    "note",
    "label",
}
UNIT_FIELDS = {"lead_units", "co_units"}


def new_uuid() -> str:
    import uuid  # imports platform and more: not needed to open the window

    return str(uuid.uuid4())


def task_values(fields: dict[str, Any]) -> dict[str, Any]:
    """Validate editable task fields and turn them into column values."""
    values: dict[str, Any] = {}
    for name, value in fields.items():
        if name not in EDITABLE_FIELDS:
            raise GovLedgerError("edit.bad_field", field=name)
        if name == "kind":
            value = str(TaskKind(value))
        elif name == "status":
            try:
                status = Status(value)
            except ValueError:
                raise GovLedgerError("edit.bad_status", value=value) from None
            if status not in STORED_STATUSES:  # 逾期 follows from the due date
                raise GovLedgerError("edit.bad_status", value=value)
            value = str(status)
        elif name == "progress":
            if not isinstance(value, int) or not 0 <= value <= 100:
                raise GovLedgerError("edit.bad_progress", value=value)
        elif name == "due":
            value = value.isoformat() if isinstance(value, date) else (value or None)
        elif name == "recurrence":
            value = str(Recurrence(value)) if value else None
        else:
            value = "" if value is None else str(value)
        values[name] = value
    return values


def insert_task(
    tx: Transaction,
    plan_id: int,
    parent_id: int | None,
    position: int,
    fields: dict[str, Any],
    lead_units: Sequence[str] = (),
    co_units: Sequence[str] = (),
) -> int:
    stamp = now_text()
    values = {
        "uuid": new_uuid(),
        "plan_id": plan_id,
        "parent_id": parent_id,
        "position": position,
        "kind": str(TaskKind.REQUIREMENT),
        "created_at": stamp,
        "updated_at": stamp,
        **task_values(fields),
    }
    task_id = tx.insert("tasks", values)
    write_task_units(tx, task_id, lead_units, co_units)
    return task_id


def unit_id_for(tx: Transaction, name: str) -> int:
    """The directory entry for a unit name, created on first use."""
    row = tx.db.execute("SELECT id FROM units WHERE name = ?", [name]).fetchone()
    if row:
        unit_id: int = row[0]
        return unit_id
    from govledger.domain.unit_kinds import guess_kind

    return tx.insert(
        "units", {"name": name, "kind": str(guess_kind(name)), "created_at": now_text()}
    )


def write_task_units(
    tx: Transaction, task_id: int, lead_units: Sequence[str], co_units: Sequence[str]
) -> None:
    """Make a task's unit links exactly lead_units + co_units, changing only what differs."""
    wanted: dict[tuple[str, str], int] = {}  # (role, name) -> position within the role
    for role, names in (("lead", lead_units), ("co", co_units)):
        distinct = dict.fromkeys(name.strip() for name in names if name.strip())
        wanted.update({(role, name): position for position, name in enumerate(distinct)})
    existing = {
        (role, name): (link_id, position)
        for link_id, role, name, position in tx.db.execute(
            """SELECT tu.id, tu.role, u.name, tu.position FROM task_units tu
               JOIN units u ON u.id = tu.unit_id WHERE tu.task_id = ?""",
            [task_id],
        )
    }
    for key, (link_id, _position) in existing.items():
        if key not in wanted:
            tx.delete("task_units", link_id)
    for (role, name), position in wanted.items():
        if (role, name) in existing:
            link_id, old_position = existing[(role, name)]
            if old_position != position:
                tx.update("task_units", link_id, {"position": position})
        else:
            tx.insert(
                "task_units",
                {
                    "task_id": task_id,
                    "unit_id": unit_id_for(tx, name),
                    "role": role,
                    "position": position,
                },
            )


def subtree_ids(db: LedgerDatabase, task_id: int) -> list[int]:
    """task_id and all tasks below it, parents before children."""
    return [
        row[0]
        for row in db.execute(
            """WITH RECURSIVE below(id, depth) AS (
                   SELECT CAST(? AS INTEGER), 0
                   UNION ALL
                   SELECT t.id, below.depth + 1 FROM tasks t JOIN below ON t.parent_id = below.id)
               SELECT id FROM below ORDER BY depth""",
            [task_id],
        )
    ]


# Records hanging off a task, deleted with it; a table referring to a later one comes first.
TASK_RECORD_TABLES = (
    "occurrence_marks",  # deadline calendar (migration v4)
    "task_events",  # deadline calendar (migration v4)
    "evidence",
    "progress_entries",
    "task_units",
)


def delete_task_rows(tx: Transaction, task_id: int) -> None:
    """Delete a task, its sub-tasks and everything recorded on them, children first."""
    for doomed in reversed(subtree_ids(tx.db, task_id)):
        for table in TASK_RECORD_TABLES:
            for (row_id,) in tx.db.execute(
                f"SELECT id FROM {table} WHERE task_id = ? ORDER BY id DESC", [doomed]
            ).fetchall():
                tx.delete(table, row_id)
        tx.delete("tasks", doomed)


class TaskOps:
    _db: LedgerDatabase

    def _transaction(self, action: str, description: str) -> AbstractContextManager[Transaction]:
        raise NotImplementedError

    def add_task(
        self,
        plan_id: int,
        text: str,
        *,
        kind: TaskKind = TaskKind.REQUIREMENT,
        parent_id: int | None = None,
        position: int | None = None,
        lead_units: Sequence[str] = (),
        co_units: Sequence[str] = (),
        **fields: Any,
    ) -> ChangeSet:
        """Add a task under parent_id (None: top level) at position (None: last)."""
        if not text.strip():
            raise GovLedgerError("edit.empty_text")
        with self._transaction("add_task", message("what.task") + ": " + text[:30]) as tx:
            tx.require("plans", plan_id, "plan")
            if parent_id is not None:
                parent = tx.require("tasks", parent_id, "task")
                if parent["plan_id"] != plan_id:
                    raise GovLedgerError("edit.move_other_plan")
            siblings = _sibling_ids(tx, plan_id, parent_id)
            index = len(siblings) if position is None else max(0, min(position, len(siblings)))
            task_id = insert_task(
                tx,
                plan_id,
                parent_id,
                index,
                {"kind": kind, "text": text, **fields},
                lead_units,
                co_units,
            )
            _renumber(tx, [*siblings[:index], task_id, *siblings[index:]])
        return tx.changes

    def update_task(
        self, task_id: int, *, expected_revision: int | None = None, **fields: Any
    ) -> ChangeSet:
        """Edit a task's fields; lead_units/co_units replace its unit links.

        Marking a requirement 已完成 also sets its progress to 100 unless progress is given.
        expected_revision: the revision the edit started from; StaleEdit if it moved on.
        """
        if "text" in fields and not str(fields["text"]).strip():
            raise GovLedgerError("edit.empty_text")
        unit_fields = {name: fields.pop(name) for name in list(fields) if name in UNIT_FIELDS}
        values = task_values(fields)
        if values.get("status") == str(Status.DONE) and "progress" not in values:
            values["progress"] = 100
        with self._transaction("update_task", _describe_update(values, unit_fields)) as tx:
            tx.require("tasks", task_id, "task")
            try:
                tx.update("tasks", task_id, values, expected_revision)
            except StaleEdit as stale:  # both versions with their units, for the clerk
                current = units_of(tx.db, task_id)
                stale.mine.update(unit_fields)
                stale.theirs.update(lead_units=current["lead"], co_units=current["co"])
                raise
            if unit_fields:
                current = units_of(tx.db, task_id)
                write_task_units(
                    tx,
                    task_id,
                    unit_fields.get("lead_units", current["lead"]),
                    unit_fields.get("co_units", current["co"]),
                )
            if not tx.changes.empty:
                tx.update("tasks", task_id, {"updated_at": now_text()})
        return tx.changes

    def move_task(self, task_id: int, parent_id: int | None, position: int) -> ChangeSet:
        """Move a task (with its sub-tasks) under parent_id at position among its siblings."""
        with self._transaction("move_task", message("what.task")) as tx:
            task = tx.require("tasks", task_id, "task")
            if parent_id is not None:
                parent = tx.require("tasks", parent_id, "task")
                if parent["plan_id"] != task["plan_id"]:
                    raise GovLedgerError("edit.move_other_plan")
                if parent_id in subtree_ids(tx.db, task_id):
                    raise GovLedgerError("edit.move_into_self")
            old_siblings = [
                i for i in _sibling_ids(tx, task["plan_id"], task["parent_id"]) if i != task_id
            ]
            if task["parent_id"] == parent_id:
                new_siblings = old_siblings
            else:
                _renumber(tx, old_siblings)
                new_siblings = _sibling_ids(tx, task["plan_id"], parent_id)
            index = max(0, min(position, len(new_siblings)))
            tx.update("tasks", task_id, {"parent_id": parent_id})
            _renumber(tx, [*new_siblings[:index], task_id, *new_siblings[index:]])
        return tx.changes

    def delete_task(self, task_id: int) -> ChangeSet:
        """Delete a task with its sub-tasks, progress and evidence records (undoable)."""
        with self._transaction("delete_task", message("what.task")) as tx:
            task = tx.require("tasks", task_id, "task")
            tx.changes.description = f"{message('what.task')}: {task['text'][:30]}"
            delete_task_rows(tx, task_id)
        return tx.changes

    def deadline_span(self, plan_id: int) -> tuple[date | None, date | None, date | None]:
        """(earliest due, latest due, latest triggering event) of a plan's tasks.

        The .ics export covers them all: one-off dates wherever they fall, and an
        event's follow-up, which may land in the next year.
        """
        earliest, latest = self._db.execute(
            "SELECT min(due), max(due) FROM tasks WHERE plan_id = ? AND due IS NOT NULL",
            [plan_id],
        ).fetchone()
        (last_event,) = self._db.execute(
            """SELECT max(e.event_on) FROM task_events e JOIN tasks t ON t.id = e.task_id
               WHERE t.plan_id = ?""",
            [plan_id],
        ).fetchone()

        def day(value: str | None) -> date | None:
            return date.fromisoformat(value) if value else None

        return day(earliest), day(latest), day(last_event)


def next_child_position(db: LedgerDatabase, plan_id: int, parent_id: int | None) -> int:
    """The position after the last child of parent_id (None: the plan's top level)."""
    where = "parent_id IS NULL" if parent_id is None else "parent_id = ?"
    params = [plan_id] + ([] if parent_id is None else [parent_id])
    last = db.execute(
        f"SELECT max(position) FROM tasks WHERE plan_id = ? AND {where}", params
    ).fetchone()[0]
    return 0 if last is None else last + 1


def _sibling_ids(tx: Transaction, plan_id: int, parent_id: int | None) -> list[int]:
    if parent_id is None:
        rows = tx.db.execute(
            "SELECT id FROM tasks WHERE plan_id = ? AND parent_id IS NULL ORDER BY position, id",
            [plan_id],
        )
    else:
        rows = tx.db.execute(
            "SELECT id FROM tasks WHERE parent_id = ? ORDER BY position, id", [parent_id]
        )
    return [row[0] for row in rows]


def _renumber(tx: Transaction, ordered_ids: list[int]) -> None:
    for position, task_id in enumerate(ordered_ids):
        tx.update("tasks", task_id, {"position": position})


def _describe_update(values: dict[str, Any], unit_fields: dict[str, Any]) -> str:
    names = [*values, *unit_fields]
    return message("what.task") + ": " + ", ".join(names)
