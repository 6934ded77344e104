"""Writing a merge plan (or a conflict's resolution) through the one write path.

Everything here writes through the Transaction, sync_state and sync_conflicts
included, so undoing a merge also forgets the exchange it recorded: importing the
same package again then does the same merge again.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from govledger.domain.sync import Keep, merge_fields
from govledger.messages import GovLedgerError
from govledger.store.sync_merge import Action, MergePlan, RecordAction
from govledger.store.sync_records import (
    DELETED_HASH,
    LOCAL_ONLY,
    UuidLookup,
    column_values,
    content_hash,
    record_from_row,
    row_by_uuid,
)
from govledger.store.task_ops import delete_task_rows, next_child_position, write_task_units
from govledger.store.transaction import Transaction, now_text

STAMPED = ("plans", "tasks", "progress_entries")  # tables with an updated_at column
APPLIED = (Action.INSERT, Action.UPDATE, Action.MERGE, Action.SAME, Action.DELETE)


class RecordWriter:
    def __init__(self, tx: Transaction, peer: str):
        self.tx = tx
        self.peer = peer
        # The bookkeeping rows of the merge, by their unique key, written together by
        # flush(): exchange points (sync_state) and conflicts held (sync_conflicts).
        self._exchange_points: dict[tuple[str, str], dict[str, Any]] = {}
        self._conflicts: dict[tuple[str, str], dict[str, Any]] = {}

    def id_of(self, table: str, uuid: str | None) -> int | None:
        if uuid is None:
            return None
        row = self.tx.db.execute(f"SELECT id FROM {table} WHERE uuid = ?", [uuid]).fetchone()
        return row[0] if row else None

    # ------------------------------------------------------------ records
    def put(self, table: str, record: dict[str, Any]) -> None:
        """Make the local row what the record says: update it, or insert it anew."""
        local = row_by_uuid(self.tx.db, table, record["uuid"])
        if local is None:
            self.insert(table, record)
        else:
            self.update(table, local, record)

    def insert(self, table: str, record: dict[str, Any]) -> int:
        fields = record["fields"]
        values, (lead, co) = column_values(table, fields, self.id_of)
        if table == "tasks":
            if fields["parent"] is not None and values["parent_id"] is None:
                raise GovLedgerError("sync.parent_missing", text=fields["text"][:30])
            values["position"] = next_child_position(
                self.tx.db, values["plan_id"], values["parent_id"]
            )
        elif table != "plans" and values["task_id"] is None:
            raise GovLedgerError("sync.parent_missing", text=fields.get("text", "")[:30])
        if table in STAMPED:
            values["updated_at"] = now_text()
        tombstone = self.tx.db.execute(
            "SELECT id FROM tombstones WHERE table_name = ? AND uuid = ?", [table, record["uuid"]]
        ).fetchone()
        if tombstone:  # it is back: the old deletion must not travel on
            self.tx.delete("tombstones", tombstone[0])
        row_id = self.tx.insert(table, {"uuid": record["uuid"], **values})
        if table == "tasks":
            write_task_units(self.tx, row_id, lead, co)
        return row_id

    def update(self, table: str, local: dict[str, Any], record: dict[str, Any]) -> None:
        fields = {k: v for k, v in record["fields"].items() if k not in LOCAL_ONLY}
        values, (lead, co) = column_values(table, fields, self.id_of)
        values.pop("plan_id", None)  # a task never changes plans
        if table in ("progress_entries", "evidence") and values["task_id"] is None:
            values.pop("task_id")  # its requirement is not here: it stays where it is
        if table == "tasks" and values["parent_id"] != local["parent_id"]:
            if fields["parent"] is not None and values["parent_id"] is None:
                values.pop("parent_id")  # its new heading is not here: it stays put
            else:
                values["position"] = next_child_position(
                    self.tx.db, local["plan_id"], values["parent_id"]
                )
        before = len(self.tx.changes.rows)
        self.tx.update(table, local["id"], values)
        if table == "tasks":
            write_task_units(self.tx, local["id"], lead, co)
        if table in STAMPED and len(self.tx.changes.rows) > before:
            self.tx.update(table, local["id"], {"updated_at": now_text()})

    def delete(self, table: str, local: dict[str, Any]) -> None:
        if table == "tasks":
            delete_task_rows(self.tx, local["id"])
            return
        if table == "progress_entries":  # evidence filed under it stays on the requirement
            for (evidence_id,) in self.tx.db.execute(
                "SELECT id FROM evidence WHERE progress_id = ?", [local["id"]]
            ).fetchall():
                self.tx.update("evidence", evidence_id, {"progress_id": None})
        self.tx.delete(table, local["id"])

    # ------------------------------------------------------------ bookkeeping
    def remember(
        self,
        table: str,
        uuid: str,
        remote_revision: int,
        remote_hash: str,
        content: dict[str, Any] | None = None,
    ) -> None:
        """Note the exchange point: the peer's revision, ours now, the agreed content
        (its hash, and the fields themselves so the next merge can go field by field)."""
        local = (
            self.tx.db.execute(f"SELECT revision FROM {table} WHERE uuid = ?", [uuid]).fetchone()
            or self.tx.db.execute(
                "SELECT revision FROM tombstones WHERE table_name = ? AND uuid = ?", [table, uuid]
            ).fetchone()
        )
        self._exchange_points[(table, uuid)] = {
            "peer_ledger_id": self.peer,
            "table_name": table,
            "uuid": uuid,
            "remote_revision": remote_revision,
            "local_revision": local[0] if local else 0,
            "content_hash": remote_hash,
            "content": None if content is None else _json(content),
        }

    def hold_conflict(self, action: RecordAction, unit: str, package_name: str) -> None:
        self._conflicts[(action.table, action.uuid)] = {
            "peer_ledger_id": self.peer,
            "table_name": action.table,
            "uuid": action.uuid,
            "unit": unit,
            "remote_record": None if action.remote is None else _json(action.remote),
            "remote_revision": action.remote_revision,
            "dependents": _json(
                [{"table": table, "record": record} for table, record in action.dependents]
            ),
            "package_name": package_name,
            "detected_at": now_text(),  # kept when the conflict was held before
            "base_record": None if action.base_fields is None else _json(action.base_fields),
        }

    def flush(self) -> None:
        """Write the bookkeeping noted, as upserts on (peer, table, uuid): one statement
        per batch, however many records the package holds (recorded for undo)."""
        key = ("peer_ledger_id", "table_name", "uuid")
        self.tx.upsert_all("sync_state", list(self._exchange_points.values()), key)
        self.tx.upsert_all(
            "sync_conflicts", list(self._conflicts.values()), key, insert_only=("detected_at",)
        )
        self._exchange_points.clear()
        self._conflicts.clear()


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def apply_merge(tx: Transaction, plan: MergePlan) -> None:
    writer = RecordWriter(tx, plan.peer)
    package = plan.package
    for action in plan.actions:
        if action.action is Action.INSERT:
            writer.insert(action.table, action.remote_record)
        elif action.action is Action.UPDATE:
            writer.update(action.table, action.local_row, action.remote_record)
        elif action.action is Action.MERGE:
            merged = {"uuid": action.uuid, "fields": action.merged}
            writer.update(action.table, action.local_row, merged)
        elif action.action is Action.DELETE:
            writer.delete(action.table, action.local_row)
        elif action.action is Action.CONFLICT:
            writer.hold_conflict(action, package.unit, package.path.name)
        already_agreed = action.action is Action.SAME and action.base == action.remote_hash
        if action.action in APPLIED and not already_agreed:
            writer.remember(
                action.table,
                action.uuid,
                action.remote_revision,
                action.remote_hash,
                None if action.remote is None else action.remote["fields"],
            )
        pending = plan.pending.get((action.table, action.uuid))
        if pending and action.action not in (Action.CONFLICT, Action.DEPENDENT, Action.KEPT):
            tx.delete("sync_conflicts", pending["id"])  # settled by this package
    writer.flush()


def resolve_conflict(
    tx: Transaction, conflict: dict[str, Any], keep: Keep | Mapping[str, Keep]
) -> None:
    """Keep one side of a conflict, or choose per field (each side's own changes to
    other fields are kept); the package's version is then the agreed one."""
    writer = RecordWriter(tx, conflict["peer_ledger_id"])
    table, uuid = conflict["table_name"], conflict["uuid"]
    remote = json.loads(conflict["remote_record"]) if conflict["remote_record"] else None
    dependents = [(d["table"], d["record"]) for d in json.loads(conflict["dependents"])]
    local = row_by_uuid(tx.db, table, uuid)
    if isinstance(keep, Mapping) and (remote is None or local is None):
        raise GovLedgerError("sync.whole_record_only")
    if isinstance(keep, Mapping):
        assert remote is not None and local is not None
        base = json.loads(conflict["base_record"]) if conflict.get("base_record") else None
        ours = record_from_row(tx.db, table, local, UuidLookup(tx.db))["fields"]
        fields = merge_fields(base, ours, remote["fields"], keep)
        writer.update(table, local, {"uuid": uuid, "fields": fields})
    elif keep is Keep.REMOTE:
        if remote is None:
            local = row_by_uuid(tx.db, table, uuid)
            if local is not None:
                writer.delete(table, local)
        else:
            for each_table, record in [(table, remote), *dependents]:
                writer.put(each_table, record)
    writer.remember(
        table,
        uuid,
        conflict["remote_revision"],
        DELETED_HASH if remote is None else content_hash(remote["fields"]),
        None if remote is None else remote["fields"],
    )
    for each_table, record in dependents:
        writer.remember(
            each_table,
            record["uuid"],
            record["revision"],
            content_hash(record["fields"]),
            record["fields"],
        )
    writer.flush()
    tx.delete("sync_conflicts", conflict["id"])
