"""How ledger rows travel in a unit package, and how a package's records are checked.

A travelling record is ``{"uuid", "revision", "fields"}``. References between rows
are made by uuid (``plan``, ``parent``, ``task``, ``progress``) because row ids are
local to each ledger; a task's units travel as its lead/co name lists. The content
hash covers the fields both sides must agree on: where a task sits among its
siblings and when a row was created are each ledger's own business, so a
renumbering never looks like an edit.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Callable
from datetime import date
from typing import Any, TypeGuard

from govledger.domain.model import STORED_STATUSES, Recurrence, TaskKind
from govledger.domain.unit_kinds import role_of
from govledger.store import records
from govledger.store.connection import LedgerDatabase

TABLES = ("plans", "tasks", "progress_entries", "evidence")
LOCAL_ONLY = frozenset({"position", "created_at", "added_at"})
# Fields added after package format 1 shipped, with their value when absent. A record
# leaves such a field out while it holds that value, so a package without labels
# stays readable by an older govledger and content hashes stay as they were;
# a package from an older govledger (without the field) is read as the default.
ADDED_FIELDS: dict[str, dict[str, Any]] = {"tasks": {"label": ""}}
DELETED_HASH = "deleted"

SHA256_TEXT = re.compile(r"^[0-9a-f]{64}$")


# ---------------------------------------------------------------- field checks
def _text(value: Any) -> bool:
    return isinstance(value, str)


def _optional_text(value: Any) -> bool:
    return value is None or isinstance(value, str)


def _integer(value: Any) -> TypeGuard[int]:
    return isinstance(value, int) and not isinstance(value, bool)


def _iso_date(value: Any) -> bool:
    if not isinstance(value, str):
        return False
    try:
        date.fromisoformat(value)
    except ValueError:
        return False
    return True


def _optional_date(value: Any) -> bool:
    return value is None or _iso_date(value)


def _one_of(*allowed: Any) -> Callable[[Any], bool]:
    return lambda value: value in allowed


def _names(value: Any) -> bool:
    return isinstance(value, list) and all(isinstance(name, str) for name in value)


FIELD_CHECKS: dict[str, dict[str, Callable[[Any], bool]]] = {
    "plans": {
        "title": _text,
        "year": _integer,
        "organization": _text,
        "document_number": _text,
        "issued_on": _optional_date,
        "source_name": _text,
        "created_at": _text,
    },
    "tasks": {
        "plan": _text,
        "parent": _optional_text,
        "position": _integer,
        "kind": _one_of(*(str(kind) for kind in TaskKind)),
        "number": _text,
        "label": _text,
        "text": _text,
        "units_text": _text,
        "deadline_text": _text,
        "due": _optional_date,
        "recurrence": _one_of(None, *(str(r) for r in Recurrence)),
        "deadline_rule": _text,
        "status": _one_of(*(str(status) for status in STORED_STATUSES)),
        "progress": lambda value: _integer(value) and 0 <= value <= 100,
        "note": _text,
        "carried_from": _optional_text,
        "lead_units": _names,
        "co_units": _names,
        "created_at": _text,
    },
    "progress_entries": {
        "task": _text,
        "date": _iso_date,
        "text": _text,
        "unit": _text,
        "author": _text,
        "created_at": _text,
    },
    "evidence": {
        "task": _text,
        "progress": _optional_text,
        "kind": _one_of("file", "link"),
        "sha256": _text,
        "size": _integer,
        "original_name": _text,
        "note": _text,
        "url": _text,
        "title": _text,
        "captured_on": _optional_date,
        "added_at": _text,
    },
}


def record_problem(table: str, record: Any) -> str | None:
    """What is wrong with a travelling record, or None when it is well formed."""
    if not isinstance(record, dict):
        return f"{table}: not an object"
    uuid, revision, fields = record.get("uuid"), record.get("revision"), record.get("fields")
    if not isinstance(uuid, str) or not uuid:
        return f"{table}: record without uuid"
    if not _integer(revision) or revision < 1:
        return f"{table} {uuid}: bad revision"
    expected, optional = set(FIELD_CHECKS[table]), set(ADDED_FIELDS.get(table, {}))
    if not isinstance(fields, dict) or not expected - optional <= set(fields) <= expected:
        return f"{table} {uuid}: unexpected fields"
    for name, check in FIELD_CHECKS[table].items():
        if name in fields and not check(fields[name]):
            return f"{table} {uuid}: bad {name}"
    if table == "evidence" and fields["kind"] == "file" and not SHA256_TEXT.match(fields["sha256"]):
        return f"{table} {uuid}: bad sha256"
    return None


def content_hash(fields: dict[str, Any]) -> str:
    """The hash of what both sides must agree on (LOCAL_ONLY fields left out)."""
    shared = {
        name: value
        for name, value in fields.items()
        if name not in LOCAL_ONLY and not _is_added_default(name, value)
    }
    text = json.dumps(shared, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _is_added_default(name: str, value: Any) -> bool:
    return any(name in added and added[name] == value for added in ADDED_FIELDS.values())


# ---------------------------------------------------------------- rows -> records
class UuidLookup:
    """Row id -> uuid for the tables records refer to, read once per table on demand."""

    def __init__(self, db: LedgerDatabase):
        self.db = db
        self._maps: dict[str, dict[int, str]] = {}

    def __call__(self, table: str, row_id: int | None) -> str | None:
        if row_id is None:
            return None
        if table not in self._maps:
            self._maps[table] = dict(self.db.execute(f"SELECT id, uuid FROM {table}").fetchall())
        found = self._maps[table].get(row_id)
        if found is None:  # a row added since the map was read
            row = self.db.execute(f"SELECT uuid FROM {table} WHERE id = ?", [row_id]).fetchone()
            found = self._maps[table][row_id] = row[0]
        return found


# field -> (the table it refers to, the local column holding the row id)
REFERENCES: dict[str, dict[str, tuple[str, str]]] = {
    "plans": {},
    "tasks": {"plan": ("plans", "plan_id"), "parent": ("tasks", "parent_id")},
    "progress_entries": {"task": ("tasks", "task_id")},
    "evidence": {"task": ("tasks", "task_id"), "progress": ("progress_entries", "progress_id")},
}
UNIT_LISTS = {"lead_units": "lead", "co_units": "co"}


def record_from_row(
    db: LedgerDatabase, table: str, row: dict[str, Any], uuid_of: UuidLookup
) -> dict[str, Any]:
    """A local row as the travelling record."""
    references = REFERENCES[table]
    units = records.units_of(db, row["id"]) if table == "tasks" else {}
    fields: dict[str, Any] = {}
    added = ADDED_FIELDS.get(table, {})
    for name in FIELD_CHECKS[table]:
        if name in added and row.get(name, added[name]) == added[name]:
            continue  # see ADDED_FIELDS
        if name in references:
            target, column = references[name]
            fields[name] = uuid_of(target, row[column])
        elif name in UNIT_LISTS:
            fields[name] = units[UNIT_LISTS[name]]
        else:
            fields[name] = row[name]
    return {"uuid": row["uuid"], "revision": row["revision"], "fields": fields}


def row_by_uuid(db: LedgerDatabase, table: str, uuid: str) -> dict[str, Any] | None:
    rows = list(db.query(f"SELECT * FROM {table} WHERE uuid = ?", [uuid]))
    return rows[0] if rows else None


def column_values(
    table: str, fields: dict[str, Any], id_of: Callable[[str, str | None], int | None]
) -> tuple[dict[str, Any], tuple[list[str], list[str]]]:
    """A travelling record's fields as column values, references resolved by id_of
    (None where the row is not here); lead/co units apart: they live in task_units."""
    references = REFERENCES[table]
    values: dict[str, Any] = {}
    for name, value in fields.items():
        if name in references:
            target, column = references[name]
            values[column] = id_of(target, value)
        elif name not in UNIT_LISTS:
            values[name] = value
    for name, default in ADDED_FIELDS.get(table, {}).items():
        values.setdefault(name, default)  # left out of the record: see ADDED_FIELDS
    return values, (fields.get("lead_units", []), fields.get("co_units", []))


# ---------------------------------------------------------------- a unit's part
class UnitScope:
    """A unit's part of a plan: its requirements (lead or cooperating), every task
    above them (so the tree travels whole), and their progress and evidence."""

    def __init__(self, db: LedgerDatabase, plan_id: int, unit: str):
        self.plan_id = plan_id
        tree = records.in_tree_order(records.fetch_tasks(db, "plan_id = ?", [plan_id]))
        parent_of = {task.id: task.parent_id for _depth, task in tree}
        # A requirement given to "各科室" is the 科室's work too (domain/unit_kinds.py).
        directory = records.unit_directory(db)
        self.requirement_ids = {
            task.id
            for _depth, task in tree
            if not task.is_heading
            and role_of(unit, task.lead_units, task.co_units, directory) is not None
        }
        chosen: set[int] = set()
        for task_id in self.requirement_ids:
            current: int | None = task_id
            while current is not None and current not in chosen:
                chosen.add(current)
                current = parent_of[current]
        self.task_ids = [task.id for _depth, task in tree if task.id in chosen]  # parents first
        self.progress_ids = self._rows_of(db, "progress_entries")
        self.evidence_ids = self._rows_of(db, "evidence")

    def _rows_of(self, db: LedgerDatabase, table: str) -> list[int]:
        found: list[int] = []
        mine = sorted(self.requirement_ids)
        for start in range(0, len(mine), 900):  # SQLite's bound-parameter limit
            chunk = mine[start : start + 900]
            found += [
                row[0]
                for row in db.execute(
                    f"SELECT id FROM {table} WHERE task_id IN ({', '.join('?' * len(chunk))})"
                    " ORDER BY id",
                    chunk,
                )
            ]
        return found

    def rows(self) -> dict[str, list[int]]:
        """table -> row ids, in the order records travel (parents first)."""
        return {
            "plans": [self.plan_id],
            "tasks": self.task_ids,
            "progress_entries": self.progress_ids,
            "evidence": self.evidence_ids,
        }

    def keys(self, uuid_of: UuidLookup) -> set[tuple[str, str]]:
        return {
            (table, uuid)
            for table, ids in self.rows().items()
            for row_id in ids
            if (uuid := uuid_of(table, row_id)) is not None
        }

    @property
    def size(self) -> int:
        return sum(len(ids) for ids in self.rows().values())
