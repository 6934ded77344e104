"""Ledger mutations on progress entries (工作开展情况) and user-entered holidays."""

from __future__ import annotations

from contextlib import AbstractContextManager
from datetime import date
from typing import TYPE_CHECKING, Any

from govledger.domain.changes import ChangeSet
from govledger.messages import GovLedgerError, message
from govledger.store.task_ops import new_uuid
from govledger.store.transaction import Transaction, now_text

if TYPE_CHECKING:
    from govledger.store.connection import LedgerDatabase

PROGRESS_FIELDS = {"date", "text", "unit", "author"}


def _progress_values(fields: dict[str, Any]) -> dict[str, Any]:
    values: dict[str, Any] = {}
    for name, value in fields.items():
        if name not in PROGRESS_FIELDS:
            raise GovLedgerError("edit.bad_field", field=name)
        if name == "date":
            value = (
                value.isoformat()
                if isinstance(value, date)
                else date.fromisoformat(value).isoformat()
            )
        elif name == "text" and not str(value).strip():
            raise GovLedgerError("edit.empty_text")
        values[name] = "" if value is None else str(value)
    return values


class ProgressOps:
    db: LedgerDatabase

    def _transaction(self, action: str, description: str) -> AbstractContextManager[Transaction]:
        raise NotImplementedError

    def add_progress(
        self, task_id: int, text: str, *, on: date | None = None, unit: str = "", author: str = ""
    ) -> ChangeSet:
        values = _progress_values(
            {"date": on or date.today(), "text": text, "unit": unit, "author": author}
        )
        with self._transaction("add_progress", f"{message('what.progress')}: {text[:30]}") as tx:
            tx.require("tasks", task_id, "task")
            stamp = now_text()
            tx.insert(
                "progress_entries",
                {
                    "uuid": new_uuid(),
                    "task_id": task_id,
                    "created_at": stamp,
                    "updated_at": stamp,
                    **values,
                },
            )
        return tx.changes

    def update_progress(
        self, entry_id: int, *, expected_revision: int | None = None, **fields: Any
    ) -> ChangeSet:
        """Edit a progress note; StaleEdit if it moved on from expected_revision."""
        values = _progress_values(fields)
        with self._transaction("update_progress", message("what.progress")) as tx:
            tx.require("progress_entries", entry_id, "progress")
            if tx.update("progress_entries", entry_id, values, expected_revision):
                tx.update("progress_entries", entry_id, {"updated_at": now_text()})
        return tx.changes

    def delete_progress(self, entry_id: int) -> ChangeSet:
        """Delete a progress entry; evidence attached to it stays on the requirement."""
        with self._transaction("delete_progress", message("what.progress")) as tx:
            tx.require("progress_entries", entry_id, "progress")
            for (evidence_id,) in tx.db.execute(
                "SELECT id FROM evidence WHERE progress_id = ?", [entry_id]
            ).fetchall():
                tx.update("evidence", evidence_id, {"progress_id": None})
            tx.delete("progress_entries", entry_id)
        return tx.changes

    def set_holiday(self, day: date, *, is_workday: bool, name: str = "") -> ChangeSet:
        """Enter a holiday (is_workday False) or make-up workday (True) for a year."""
        with self._transaction("set_holiday", f"{day.isoformat()} {name}") as tx:
            row = tx.db.execute(
                "SELECT id FROM holidays WHERE day = ?", [day.isoformat()]
            ).fetchone()
            values = {"is_workday": int(is_workday), "name": name}
            if row:
                tx.update("holidays", row[0], values)
            else:
                tx.insert("holidays", {"day": day.isoformat(), **values})
        return tx.changes

    def remove_holiday(self, day: date) -> ChangeSet:
        with self._transaction("remove_holiday", day.isoformat()) as tx:
            row = tx.db.execute(
                "SELECT id FROM holidays WHERE day = ?", [day.isoformat()]
            ).fetchone()
            if row:
                tx.delete("holidays", row[0])
        return tx.changes
