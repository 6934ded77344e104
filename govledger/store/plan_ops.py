"""Ledger mutations on plans: create, edit, delete, and save an imported draft."""

from __future__ import annotations

from collections.abc import Callable
from contextlib import AbstractContextManager
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from govledger.domain.changes import ChangeSet
from govledger.messages import Cancelled, GovLedgerError, message
from govledger.store.task_ops import delete_task_rows, insert_task, new_uuid
from govledger.store.transaction import Transaction, now_text

if TYPE_CHECKING:
    from govledger.domain.draft import DraftTask, PlanDraft
    from govledger.store.connection import LedgerDatabase

PLAN_FIELDS = {"title", "year", "organization", "document_number", "issued_on", "source_name"}


def _plan_values(fields: dict[str, Any]) -> dict[str, Any]:
    values: dict[str, Any] = {}
    for name, value in fields.items():
        if name not in PLAN_FIELDS:
            raise GovLedgerError("edit.bad_field", field=name)
        if name == "issued_on":
            value = value.isoformat() if isinstance(value, date) else (value or None)
        elif name == "year":
            value = int(value)
        elif name == "title" and not str(value).strip():
            raise GovLedgerError("edit.empty_text")
        else:
            value = "" if value is None else str(value)
        values[name] = value
    return values


def insert_plan(tx: Transaction, fields: dict[str, Any]) -> int:
    stamp = now_text()
    return tx.insert(
        "plans",
        {"uuid": new_uuid(), "created_at": stamp, "updated_at": stamp, **_plan_values(fields)},
    )


def insert_draft_tasks(
    tx: Transaction,
    plan_id: int,
    tasks: list[DraftTask],
    parent_id: int | None = None,
    inserted: Callable[[], None] | None = None,
) -> None:
    kept = [task for task in tasks if not task.excluded]  # commentary the clerk left out
    for position, draft in enumerate(kept):
        if inserted is not None:
            inserted()
        task_id = insert_task(
            tx,
            plan_id,
            parent_id,
            position,
            {
                "kind": draft.kind,
                "number": draft.number,
                "text": draft.text,
                "units_text": draft.units_text,
                "deadline_text": draft.deadline_text,
                "due": draft.due,
                "recurrence": draft.recurrence,
                "deadline_rule": draft.deadline_rule,
                "label": draft.label,
                "note": draft.note,
            },
            draft.lead_units,
            draft.co_units,
        )
        insert_draft_tasks(tx, plan_id, draft.children, task_id, inserted)


class ImportCancelled(Cancelled):
    def __init__(self) -> None:
        super().__init__("import.cancelled")


class PlanOps:
    db: LedgerDatabase

    def _transaction(self, action: str, description: str) -> AbstractContextManager[Transaction]:
        raise NotImplementedError

    def safety_backup(self, reason: str) -> Path | None:
        raise NotImplementedError

    def whole_ledger_job(self, kind: str) -> AbstractContextManager[None]:
        raise NotImplementedError

    def create_plan(self, title: str, year: int, **fields: Any) -> ChangeSet:
        with self._transaction("create_plan", f"{message('what.plan')}: {title}") as tx:
            insert_plan(tx, {"title": title, "year": year, **fields})
        return tx.changes

    def update_plan(
        self, plan_id: int, *, expected_revision: int | None = None, **fields: Any
    ) -> ChangeSet:
        """Edit a plan's fields; StaleEdit if it moved on from expected_revision."""
        values = _plan_values(fields)
        with self._transaction("update_plan", message("what.plan")) as tx:
            tx.require("plans", plan_id, "plan")
            if tx.update("plans", plan_id, values, expected_revision):
                tx.update("plans", plan_id, {"updated_at": now_text()})
        return tx.changes

    def rename_plan(self, plan_id: int, title: str) -> ChangeSet:
        return self.update_plan(plan_id, title=title)

    def delete_plan(self, plan_id: int) -> ChangeSet:
        """Delete a plan with all its tasks and records (undoable)."""
        with self._transaction("delete_plan", message("what.plan")) as tx:
            plan = tx.require("plans", plan_id, "plan")
            tx.changes.description = f"{message('what.plan')}: {plan['title']}"
            top_level = tx.db.execute(
                "SELECT id FROM tasks WHERE plan_id = ? AND parent_id IS NULL ORDER BY position",
                [plan_id],
            ).fetchall()
            for (task_id,) in top_level:
                delete_task_rows(tx, task_id)
            tx.delete("plans", plan_id)
        return tx.changes

    def import_draft(
        self,
        draft: PlanDraft,
        *,
        year: int | None = None,
        progress: Callable[[int, int], bool] | None = None,
    ) -> ChangeSet:
        """Save an imported plan and its whole task tree in one transaction.

        progress(done, total) is called per task; when it returns False (the clerk
        pressed Cancel) the transaction rolls back and Cancelled is raised: nothing of
        the plan is saved.
        """
        total = sum(1 for task in draft.walk() if not task.excluded)
        done = 0

        def inserted() -> None:
            nonlocal done
            done += 1
            if progress is not None and not progress(done, total):
                raise ImportCancelled()

        self.safety_backup("import")
        plan_year = year or draft.year or date.today().year
        title = draft.title or draft.source_name or f"{plan_year}年政务公开工作要点"
        # On a server: one import at a time, and a colleague's second one is told so.
        with (
            self.whole_ledger_job("import"),
            self._transaction("import_plan", f"{message('what.plan')}: {title}") as tx,
        ):
            plan_id = insert_plan(
                tx,
                {
                    "title": title,
                    "year": plan_year,
                    "organization": draft.organization,
                    "document_number": draft.document_number,
                    "issued_on": draft.issued_on,
                    "source_name": draft.source_name,
                },
            )
            insert_draft_tasks(tx, plan_id, draft.roots, inserted=inserted)
        return tx.changes
