"""Deciding what merging a unit package does, before anything is written.

For every record the last exchange point with the sending ledger is looked up
("base": the content hash both sides had then). Two sources know it: our own
sync_state for that peer, and the sender's sync_state about us, which travels in
the package — whichever is later counts. Then, with hashes of synced content:

- same content on both sides: nothing to do (a repeated import ends here);
- only the package's side changed since base: take it; only ours: keep ours;
- both changed: merged field by field against the base's content when it is known
  (a field changed on one side only takes that side's value); only fields changed
  on both sides to different values, or no known base, make a conflict;
- a record we do not have: insert it — unless we deleted it (a conflict when the
  package changed it since) or we already saw this version (then it stays out).

Records below one that stays deleted or is in conflict cannot be placed; they
travel with that conflict as its dependents, and a change among them turns a
quiet "stays deleted" into a conflict, so nothing the 科室 added is lost unseen.
Tombstones delete only records of the sending unit's part of the plan, only if
unchanged here since base, and a heading that still holds other units'
requirements is kept.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from govledger.domain.sync import MergeSummary
from govledger.store.connection import LedgerDatabase
from govledger.store.evidence_store import EvidenceStore
from govledger.store.package_format import Package, PackageError
from govledger.store.sync_records import (
    DELETED_HASH,
    UnitScope,
    UuidLookup,
    content_hash,
    record_from_row,
    row_by_uuid,
)

# A package deleting more than this many records, or this share of the unit's
# part of the ledger, is applied only when the clerk confirms.
DELETION_LIMIT = 5
DELETION_SHARE = 0.2


class Action(StrEnum):
    INSERT = "insert"
    UPDATE = "update"
    DELETE = "delete"
    CONFLICT = "conflict"
    MERGE = "merge"  # changed on both sides, in different fields: both changes kept
    SAME = "same"  # equal content: only the exchange point is recorded
    KEEP = "keep"  # changed here only: ours stays
    SKIP = "skip"  # not here, and this version was seen before: stays out
    KEPT = "kept"  # a deletion declined: the heading still holds other records
    DEPENDENT = "dependent"  # below a record that is not here; travels with its conflict


@dataclass
class RecordAction:
    table: str
    uuid: str
    action: Action
    remote: dict[str, Any] | None  # the travelling record; None for a deletion
    remote_revision: int
    local: dict[str, Any] | None = None  # the local row, when there is one
    base: str | None = None  # content hash at the last exchange point
    base_fields: dict[str, Any] | None = None  # the content then, when it was recorded
    merged: dict[str, Any] | None = None  # MERGE: the fields to write
    dependents: list[tuple[str, dict[str, Any]]] = field(default_factory=list)

    @property
    def remote_hash(self) -> str:
        return DELETED_HASH if self.remote is None else content_hash(self.remote["fields"])

    # The record and the row of the actions that always have them (an insertion has a
    # remote record, a deletion a local row, an update both).
    @property
    def remote_record(self) -> dict[str, Any]:
        if self.remote is None:
            raise ValueError(f"{self.action} of {self.table} {self.uuid} without a record")
        return self.remote

    @property
    def local_row(self) -> dict[str, Any]:
        if self.local is None:
            raise ValueError(f"{self.action} of {self.table} {self.uuid} without a local row")
        return self.local


@dataclass
class MergePlan:
    package: Package
    peer: str
    actions: list[RecordAction]
    scope_size: int
    pending: dict[tuple[str, str], dict[str, Any]]  # conflicts already waiting, by record
    new_files: list[str]

    def of(self, *kinds: Action) -> list[RecordAction]:
        return [action for action in self.actions if action.action in kinds]

    @property
    def deletions(self) -> int:
        return len(self.of(Action.DELETE))

    @property
    def too_many_deletions(self) -> bool:
        count = self.deletions
        return count > DELETION_LIMIT or count > DELETION_SHARE * self.scope_size

    def summary(self, plan_title: str) -> MergeSummary:
        return MergeSummary(
            unit=self.package.unit,
            plan_title=plan_title,
            added=len(self.of(Action.INSERT)),
            updated=len(self.of(Action.UPDATE)),
            merged=len(self.of(Action.MERGE)),
            deleted=self.deletions,
            conflicts=len(self.of(Action.CONFLICT)),
            unchanged=len(self.of(Action.SAME, Action.KEEP, Action.SKIP)),
            kept=len(self.of(Action.KEPT)),
            files=len(self.new_files),
        )


class _Bases:
    """The last exchange point per record: (our revision, theirs, content hash)."""

    def __init__(self, db: LedgerDatabase, peer: str, own_id: str, package: Package):
        self.own = {
            (row["table_name"], row["uuid"]): row
            for row in db.query("SELECT * FROM sync_state WHERE peer_ledger_id = ?", [peer])
        }
        self.theirs = {
            (entry["table"], entry["uuid"]): entry
            for entry in package.sync_base
            if entry["peer"] == own_id
        }

    def hash(self, table: str, uuid: str) -> str | None:
        found = self._latest(table, uuid)
        return found[0] if found else None

    def fields(self, table: str, uuid: str) -> dict[str, Any] | None:
        """The content at the last exchange point, when it was recorded and is intact."""
        found = self._latest(table, uuid)
        if found is None or found[1] is None:
            return None
        content: dict[str, Any] = found[1]
        return content if content_hash(content) == found[0] else None

    def _latest(self, table: str, uuid: str) -> tuple[str, dict[str, Any] | None] | None:
        candidates: list[tuple[int, int, str, dict[str, Any] | None]] = []
        if own := self.own.get((table, uuid)):
            content = json.loads(own["content"]) if own.get("content") else None
            candidates.append(
                (own["local_revision"], own["remote_revision"], own["content_hash"], content)
            )
        if theirs := self.theirs.get((table, uuid)):
            # The sender's "remote" is us.
            content = theirs.get("content") if isinstance(theirs.get("content"), dict) else None
            candidates.append(
                (theirs["remote_revision"], theirs["local_revision"], theirs["hash"], content)
            )
        if not candidates:
            return None
        _ours, _theirs, digest, content = max(candidates, key=lambda c: (c[0], c[1]))
        return digest, content


def plan_merge(
    db: LedgerDatabase, own_id: str, package: Package, evidence: EvidenceStore
) -> MergePlan:
    """What merging package into the ledger would do; reads only."""
    peer = package.source_ledger_id
    if peer == own_id:
        raise PackageError(package.path, "own_package")
    bases = _Bases(db, peer, own_id, package)
    uuid_of = UuidLookup(db)
    actions: list[RecordAction] = []
    unavailable: dict[str, RecordAction] = {}  # uuid -> the conflict or skip it hangs on
    in_package = {
        (table, record["uuid"]) for table, rows in package.records.items() for record in rows
    }
    for table, record in _parents_first(package):
        action = _classify(db, table, record, bases, uuid_of)
        parent = _parent_key(table, record["fields"])
        if action.local is None and parent is not None and parent[1] in unavailable:
            root = unavailable[parent[1]]
            if action.action in (Action.INSERT, Action.CONFLICT) and root.action is Action.SKIP:
                root.action = Action.CONFLICT  # a deletion here now hides a change there
            root.dependents.append((table, record))
            action.action = Action.DEPENDENT
            unavailable[record["uuid"]] = root
        elif action.local is None and action.action in (Action.SKIP, Action.CONFLICT):
            unavailable[record["uuid"]] = action
        elif (
            action.action is Action.INSERT
            and parent is not None
            and not _known(db, parent, in_package)
        ):
            raise PackageError(package.path, "malformed", detail=f"{table} {record['uuid']}")
        actions.append(action)
    local_plan = row_by_uuid(db, "plans", package.plan_uuid)
    scope = UnitScope(db, local_plan["id"], package.unit) if local_plan else None
    if scope is not None:  # nothing to delete in a plan this ledger does not have
        actions += _deletions(db, package, bases, uuid_of, in_package, scope)
    pending = {
        (row["table_name"], row["uuid"]): row
        for row in db.query("SELECT * FROM sync_conflicts WHERE peer_ledger_id = ?", [peer])
    }
    scope_size = scope.size if scope is not None else 0
    new_files = sorted(sha for sha in package.evidence_hashes if not evidence.contains(sha))
    return MergePlan(package, peer, actions, scope_size, pending, new_files)


def _parents_first(package: Package) -> list[tuple[str, dict[str, Any]]]:
    tasks = package.records["tasks"]
    by_uuid = {record["uuid"]: record for record in tasks}

    def depth(record: dict[str, Any]) -> int:
        level, parent = 0, record["fields"]["parent"]
        while parent in by_uuid and level <= len(tasks):
            level, parent = level + 1, by_uuid[parent]["fields"]["parent"]
        return level

    ordered = sorted(tasks, key=lambda r: (depth(r), r["fields"]["position"]))
    return [
        *(("plans", record) for record in package.records["plans"]),
        *(("tasks", record) for record in ordered),
        *(("progress_entries", record) for record in package.records["progress_entries"]),
        *(("evidence", record) for record in package.records["evidence"]),
    ]


def _known(db: LedgerDatabase, key: tuple[str, str], in_package: set[tuple[str, str]]) -> bool:
    return key in in_package or row_by_uuid(db, *key) is not None


def _parent_key(table: str, fields: dict[str, Any]) -> tuple[str, str] | None:
    """(table, uuid) of the row a record hangs on."""
    if table == "tasks":
        return ("tasks", fields["parent"]) if fields["parent"] else ("plans", fields["plan"])
    if table == "plans":
        return None
    return ("tasks", fields["task"])


def _classify(
    db: LedgerDatabase,
    table: str,
    record: dict[str, Any],
    bases: _Bases,
    uuid_of: UuidLookup,
) -> RecordAction:
    uuid = record["uuid"]
    local = row_by_uuid(db, table, uuid)
    base = bases.hash(table, uuid)
    remote_hash = content_hash(record["fields"])
    action = RecordAction(table, uuid, Action.INSERT, record, record["revision"], local, base)
    if local is not None:
        local_fields = record_from_row(db, table, local, uuid_of)["fields"]
        local_hash = content_hash(local_fields)
        if local_hash == remote_hash:
            action.action = Action.SAME
        elif base is None:
            action.action = Action.CONFLICT
        elif local_hash == base:
            action.action = Action.UPDATE
        elif remote_hash == base:
            action.action = Action.KEEP
        else:
            action.action = Action.CONFLICT
            _merge_by_field(action, bases.fields(table, uuid), local_fields)
    elif base is not None and remote_hash == base:
        action.action = Action.SKIP
    elif db.execute(
        "SELECT 1 FROM tombstones WHERE table_name = ? AND uuid = ?", [table, uuid]
    ).fetchone():
        action.action = Action.CONFLICT  # deleted here, changed there
    return action


def _merge_by_field(
    action: RecordAction, base: dict[str, Any] | None, local: dict[str, Any]
) -> None:
    """Both sides changed the record: keep each side's own changes when they touch
    different fields; a conflict remains for fields both changed (or with no base)."""
    from govledger.domain.sync import conflicting_fields, merge_fields

    action.base_fields = base
    if base is None:
        return
    remote = action.remote_record["fields"]
    if conflicting_fields(base, local, remote):
        return
    action.action = Action.MERGE
    action.merged = merge_fields(base, local, remote)


def _deletions(
    db: LedgerDatabase,
    package: Package,
    bases: _Bases,
    uuid_of: UuidLookup,
    in_package: set[tuple[str, str]],
    unit_scope: UnitScope,
) -> list[RecordAction]:
    scope = unit_scope.keys(uuid_of)  # the plan included
    found: list[RecordAction] = []
    for tombstone in package.tombstones:
        key = (tombstone["table"], tombstone["uuid"])
        if key in in_package or key not in scope:
            continue  # not the sender's to delete
        table, uuid = key
        local = row_by_uuid(db, table, uuid)
        if local is None:
            continue
        local_hash = content_hash(record_from_row(db, table, local, uuid_of)["fields"])
        unchanged = bases.hash(table, uuid) == local_hash
        kind = Action.DELETE if unchanged else Action.CONFLICT
        found.append(RecordAction(table, uuid, kind, None, tombstone["revision"], local))
    return _keep_what_still_holds_others(db, found)


def _keep_what_still_holds_others(
    db: LedgerDatabase, found: list[RecordAction]
) -> list[RecordAction]:
    """A task or plan whose rows below are not all deleted too stays: a heading
    quietly (other units' requirements live under it), a requirement as a conflict
    (something was added to it here). Every action found has its local row."""
    doomed = {(a.table, a.local_row["id"]) for a in found if a.action is Action.DELETE}
    order = {"evidence": 0, "progress_entries": 1, "tasks": 2, "plans": 3}
    depth = {a.local_row["id"]: _depth(db, a.local_row["id"]) for a in found if a.table == "tasks"}
    found.sort(key=lambda a: (order[a.table], -depth.get(a.local_row["id"], 0)))
    for action in found:
        if action.action is not Action.DELETE or action.table not in ("tasks", "plans"):
            continue
        below = _rows_below(db, action.table, action.local_row["id"])
        if all(key in doomed for key in below):
            continue
        doomed.discard((action.table, action.local_row["id"]))
        is_requirement = action.table == "tasks" and action.local_row["kind"] == "requirement"
        action.action = Action.CONFLICT if is_requirement else Action.KEPT
    return found


def _depth(db: LedgerDatabase, task_id: int) -> int:
    depth: int = db.execute(
        """WITH RECURSIVE up(id, level) AS (
               SELECT parent_id, 0 FROM tasks WHERE id = ?
               UNION ALL SELECT t.parent_id, up.level + 1 FROM tasks t JOIN up ON t.id = up.id)
           SELECT max(level) FROM up""",
        [task_id],
    ).fetchone()[0]
    return depth


def _rows_below(db: LedgerDatabase, table: str, row_id: int) -> list[tuple[str, int]]:
    if table == "plans":
        tasks = db.execute("SELECT id FROM tasks WHERE plan_id = ?", [row_id]).fetchall()
        return [("tasks", task_id) for (task_id,) in tasks]
    below = [
        ("tasks", task_id)
        for (task_id,) in db.execute("SELECT id FROM tasks WHERE parent_id = ?", [row_id])
    ]
    for child_table in ("progress_entries", "evidence"):
        below += [
            (child_table, child_id)
            for (child_id,) in db.execute(
                f"SELECT id FROM {child_table} WHERE task_id = ?", [row_id]
            )
        ]
    return below
