"""The one place where ledger rows are written.

Every Ledger mutation opens a Transaction, writes rows through it, and gets back a
ChangeSet. The Transaction records each row's whole before/after image (for undo),
keeps the search index in step, and on commit writes one audit-log row, all inside
a single SQLite transaction: either everything of an operation is saved, or nothing.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from typing import Any

from govledger.domain.changes import ChangeSet, Op, RowChange, StaleEdit
from govledger.messages import GovLedgerError, message
from govledger.store import search_index
from govledger.store.connection import LedgerDatabase

# Tables whose rows are user data (undoable, audited). search_index, meta and
# audit_log are bookkeeping and never appear in a ChangeSet.
DATA_TABLES: tuple[str, ...] = (
    "plans",
    "tasks",
    "units",
    "task_units",
    "progress_entries",
    "evidence",
    "holidays",
    "tombstones",
    "rollover_decisions",
    "sync_state",
    "sync_conflicts",
    "applications",
    "application_documents",
    "report_figures",
    "report_texts",
)
# Records with a uuid and a change counter: they can travel between ledgers.
REVISIONED_TABLES = ("plans", "tasks", "progress_entries", "evidence")
DATA_TABLES += ("occurrence_marks", "task_events")  # deadline calendar, migration v4


def now_text() -> str:
    return datetime.now().isoformat(timespec="seconds")


class Transaction:
    def __init__(self, db: LedgerDatabase, changeset: ChangeSet):
        self.db = db
        self.changes = changeset
        self._revised: set[tuple[str, int]] = set()

    # -- reading inside the transaction
    def row(self, table: str, row_id: int) -> dict[str, Any] | None:
        return self.db.row(table, row_id)

    def require(self, table: str, row_id: int, what: str) -> dict[str, Any]:
        found = self.row(table, row_id)
        if found is None:
            raise GovLedgerError("edit.no_such", what=message(f"what.{what}"), id=row_id)
        return found

    # -- writing
    def insert(self, table: str, values: dict[str, Any]) -> int:
        row_id = self.db.insert(table, values)
        self._record(RowChange(table, row_id, Op.INSERT, None, self.row(table, row_id)))
        self.changes.created_ids.setdefault(table, []).append(row_id)
        return row_id

    def update(
        self,
        table: str,
        row_id: int,
        values: dict[str, Any],
        expected_revision: int | None = None,
    ) -> bool:
        """Set values on a row; records nothing when they are already so.

        expected_revision: the revision the clerk's edit started from. When the record
        has moved on since (another clerk saved first), nothing is written and
        StaleEdit carries both versions; it is checked even when nothing would change.
        """
        old = self.row(table, row_id)
        if old is None:
            raise KeyError(f"{table} {row_id}")
        if expected_revision is not None and old["revision"] != expected_revision:
            raise _stale(table, row_id, values, old)
        changed = {key: value for key, value in values.items() if old.get(key) != value}
        if not changed:
            return False
        # One revision per record per operation, however many statements it takes.
        revisioned = table in REVISIONED_TABLES and "revision" not in changed
        if revisioned and (table, row_id) not in self._revised:
            self._revised.add((table, row_id))
            changed["revision"] = old["revision"] + 1
        assignments = ", ".join(f"{name} = ?" for name in changed)
        if table not in REVISIONED_TABLES:
            self.db.execute(
                f"UPDATE {table} SET {assignments} WHERE id = ?", [*changed.values(), row_id]
            )
        else:  # only the version read above: on a shared server another client may slip in
            cursor = self.db.execute(
                f"UPDATE {table} SET {assignments} WHERE id = ? AND revision = ?",
                [*changed.values(), row_id, old["revision"]],
            )
            if cursor.rowcount != 1:
                raise _stale(table, row_id, values, self.row(table, row_id) or old)
        self._record(RowChange(table, row_id, Op.UPDATE, old, {**old, **changed}))
        return True

    def delete(self, table: str, row_id: int) -> None:
        old = self.row(table, row_id)
        if old is None:
            return
        self.db.execute(f"DELETE FROM {table} WHERE id = ?", [row_id])
        self._record(RowChange(table, row_id, Op.DELETE, old, None))
        if table in REVISIONED_TABLES:  # the deletion itself must be able to travel
            self._tombstone(table, old["uuid"], old["revision"] + 1)

    def upsert_all(
        self,
        table: str,
        rows: list[dict[str, Any]],
        key: tuple[str, ...],
        *,
        insert_only: tuple[str, ...] = (),
    ) -> int:
        """Insert each row, or update the row with the same key (a UNIQUE constraint),
        through the store's upsert (sqlite-utils' on a file, ON CONFLICT on a server):
        one statement per batch instead of a look-up and a write per row. Every row
        changed is recorded as update() and insert() do (whole images, for undo and
        the audit); rows already so are left alone.

        insert_only: columns written when a row is new and kept when it exists
        (when a conflict was first seen). Only for bookkeeping tables: the revision
        of a travelling record is update()'s business. Returns the rows changed.
        """
        assert table not in REVISIONED_TABLES, table
        if not rows:
            return 0
        existing = {_key_of(row, key): row for row in self._rows_by_key(table, rows, key)}
        writes: list[dict[str, Any]] = []
        for row in rows:
            old = existing.get(_key_of(row, key))
            if old is None:
                writes.append(row)
                continue
            kept = {**row, **{name: old[name] for name in insert_only}}
            if any(old.get(name) != value for name, value in kept.items()):
                writes.append(kept)
        if not writes:
            return 0
        self.db.upsert_rows(table, writes, key)
        after = {_key_of(row, key): row for row in self._rows_by_key(table, writes, key)}
        for row in writes:
            old, new = existing.get(_key_of(row, key)), after[_key_of(row, key)]
            if old is None:
                self._record(RowChange(table, new["id"], Op.INSERT, None, new))
                self.changes.created_ids.setdefault(table, []).append(new["id"])
            else:
                self._record(RowChange(table, new["id"], Op.UPDATE, old, new))
        return len(writes)

    def _rows_by_key(
        self, table: str, rows: list[dict[str, Any]], key: tuple[str, ...]
    ) -> list[dict[str, Any]]:
        """The stored rows whose key columns match those of rows."""
        found: list[dict[str, Any]] = []
        per_chunk = 900 // len(key)  # SQLite's bound-parameter limit
        for start in range(0, len(rows), per_chunk):
            chunk = rows[start : start + per_chunk]
            tuples = ", ".join(f"({', '.join('?' * len(key))})" for _ in chunk)
            found += self.db.query(
                f"SELECT * FROM {table} WHERE ({', '.join(key)}) IN (VALUES {tuples})",
                [row[name] for row in chunk for name in key],
            )
        return found

    def _tombstone(self, table: str, record_uuid: str, revision: int) -> None:
        existing = self.db.execute(
            "SELECT id FROM tombstones WHERE table_name = ? AND uuid = ?", [table, record_uuid]
        ).fetchone()
        values = {"revision": revision, "deleted_at": now_text()}
        if existing:
            self.update("tombstones", existing[0], values)
        else:
            self.insert("tombstones", {"table_name": table, "uuid": record_uuid, **values})

    def apply(self, change: RowChange, description: str) -> None:
        """Replay a recorded change (for undo/redo), refusing if the row has moved on."""
        current = self.row(change.table, change.row_id)
        if current != change.old:
            raise GovLedgerError("edit.stale", description=description)
        if change.op is Op.INSERT:
            assert change.new is not None
            self.db.insert(change.table, change.new)  # with its old id
        elif change.op is Op.UPDATE:
            assert change.new is not None
            names = [name for name in change.new if name != "id"]
            self.db.execute(
                f"UPDATE {change.table} SET {', '.join(f'{n} = ?' for n in names)} WHERE id = ?",
                [*(change.new[name] for name in names), change.row_id],
            )
        else:
            self.db.execute(f"DELETE FROM {change.table} WHERE id = ?", [change.row_id])
        self._record(change)

    def _record(self, change: RowChange) -> None:
        self.changes.rows.append(change)

    # -- finishing
    def _reindex(self) -> None:
        tasks: set[int] = set()
        progress: set[int] = set()
        evidence: set[int] = set()
        for change in self.changes.rows:
            image = change.new or change.old or {}
            if change.table == "tasks":
                tasks.add(change.row_id)
            elif change.table == "task_units":
                tasks.add(image["task_id"])
            elif change.table == "units" and change.op is Op.UPDATE:
                tasks.update(
                    row[0]
                    for row in self.db.execute(
                        "SELECT task_id FROM task_units WHERE unit_id = ?", [change.row_id]
                    )
                )
            elif change.table == "progress_entries":
                progress.add(change.row_id)
            elif change.table == "evidence":
                evidence.add(change.row_id)
        search_index.reindex(self.db, task_ids=tasks, progress_ids=progress, evidence_ids=evidence)

    def _audit(self) -> int:
        """Write the operation's audit row; its id is the ledger's change counter now
        (writers take turns, so audit ids grow in commit order: change_feed.py)."""
        return self.db.insert(
            "audit_log",
            {
                "at": now_text(),
                "action": self.changes.action,
                "description": self.changes.description,
                "changes": json.dumps([c.to_json() for c in self.changes.rows], ensure_ascii=False),
            },
        )


def _stale(table: str, row_id: int, mine: dict[str, Any], theirs: dict[str, Any]) -> StaleEdit:
    kinds = {"plans": "plan", "tasks": "task", "progress_entries": "progress"}
    seen = RowChange(table, row_id, Op.UPDATE, theirs, theirs)
    elsewhere = ChangeSet(action="changed_elsewhere", rows=[seen])
    return StaleEdit(kinds.get(table, table), row_id, mine, theirs, elsewhere)


def _key_of(row: dict[str, Any], key: tuple[str, ...]) -> tuple[Any, ...]:
    return tuple(row[name] for name in key)


@contextmanager
def transaction(
    db: LedgerDatabase,
    action: str,
    description: str,
) -> Iterator[Transaction]:
    """Run the body as one SQLite transaction; on success the ChangeSet is complete."""
    changeset = ChangeSet(action=action, description=description)
    with db.atomic():
        tx = Transaction(db, changeset)
        yield tx
        if not changeset.empty:
            tx._reindex()
            changeset.counter = tx._audit()
