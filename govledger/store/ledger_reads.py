"""The Ledger's reads: domain records from the store, never rows.

A mixin of ``Ledger`` (store/ledger.py), as the operations are; the reads are kept
apart from the opening and writing so each file stays readable.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from govledger.domain.completeness import lacks_evidence
from govledger.domain.model import (
    Evidence,
    Plan,
    ProgressEntry,
    SearchHit,
    Status,
    Task,
    TaskCounts,
    Unit,
)
from govledger.domain.pinyin_order import sort_key
from govledger.domain.status_rules import effective_status
from govledger.messages import GovLedgerError, message
from govledger.store import records, search_index
from govledger.store.connection import LedgerDatabase
from govledger.store.evidence_store import EvidenceStore

if TYPE_CHECKING:
    from govledger.store.data_export import DataExport


class LedgerReads:
    _db: LedgerDatabase
    path: Path  # the ledger file (a server ledger's: a stand-in in its local folder)
    evidence: EvidenceStore

    def plans(self) -> list[Plan]:
        """All plans, newest year first (most recently imported first among equals)."""
        return [
            records.plan_from_row(row)
            for row in self._db.query("SELECT * FROM plans ORDER BY year DESC, id DESC")
        ]

    def plan(self, plan_id: int) -> Plan:
        row = self._row("plans", plan_id, "plan")
        return records.plan_from_row(row)

    def latest_plan(self) -> Plan | None:
        plans = self.plans()
        return plans[0] if plans else None

    def task(self, task_id: int) -> Task:
        found = records.fetch_tasks(self._db, "id = ?", [task_id])
        if not found:
            raise GovLedgerError("edit.no_such", what=message("what.task"), id=task_id)
        return found[0]

    def tasks(self, plan_id: int) -> list[Task]:
        """Every task of a plan, depth-first in document order."""
        return [task for _depth, task in self.tasks_with_depth(plan_id)]

    def tasks_with_depth(self, plan_id: int) -> list[tuple[int, Task]]:
        return records.in_tree_order(records.fetch_tasks(self._db, "plan_id = ?", [plan_id]))

    def children(self, plan_id: int, parent_id: int | None) -> list[Task]:
        if parent_id is None:
            return records.fetch_tasks(self._db, "plan_id = ? AND parent_id IS NULL", [plan_id])
        return records.fetch_tasks(self._db, "parent_id = ?", [parent_id])

    def child_counts(self, plan_id: int) -> dict[int | None, int]:
        """parent id -> number of children, for the whole plan in one query."""
        return {
            parent: count
            for parent, count in self._db.execute(
                "SELECT parent_id, count(*) FROM tasks WHERE plan_id = ? GROUP BY parent_id",
                [plan_id],
            )
        }

    def path_of(self, task_id: int) -> list[Task]:
        """The headings above a task, outermost first."""
        path: list[Task] = []
        parent_id = self.task(task_id).parent_id
        while parent_id is not None:
            parent = self.task(parent_id)
            path.insert(0, parent)
            parent_id = parent.parent_id
        return path

    def has_more_requirements_than(self, plan_id: int, limit: int) -> bool:
        """Whether the plan has more than limit requirements, counting no further."""
        found = self._db.execute(
            "SELECT 1 FROM tasks WHERE plan_id = ? AND kind = 'requirement' LIMIT 1 OFFSET ?",
            [plan_id, limit],
        )
        return found.fetchone() is not None

    def requirement_count(self, plan_id: int) -> int:
        count: int = self._db.execute(
            "SELECT count(*) FROM tasks WHERE plan_id = ? AND kind = 'requirement'", [plan_id]
        ).fetchone()[0]
        return count

    def counts(self, plan_id: int, today: date | None = None) -> dict[int | None, TaskCounts]:
        """Requirement status counts under every heading (key None: the whole plan),
        counted by the one domain rule (status_rules.count_statuses) from five columns
        of the plan's tasks, without building a record per task."""
        from govledger.domain.status_rules import count_statuses

        rows = self._db.execute(
            "SELECT id, parent_id, kind, status, due FROM tasks WHERE plan_id = ?", [plan_id]
        )
        return count_statuses(
            (
                (task_id, parent_id, kind == "requirement", Status(status), _day(due))
                for task_id, parent_id, kind, status, due in rows
            ),
            today or date.today(),
        )

    def progress_entries(self, task_id: int) -> list[ProgressEntry]:
        return [
            records.progress_from_row(row)
            for row in self._db.query(
                "SELECT * FROM progress_entries WHERE task_id = ? ORDER BY date, id", [task_id]
            )
        ]

    def progress_by_task(self, plan_id: int) -> dict[int, list[ProgressEntry]]:
        result: dict[int, list[ProgressEntry]] = {}
        for row in self._db.query(
            """SELECT p.* FROM progress_entries p JOIN tasks t ON t.id = p.task_id
               WHERE t.plan_id = ? ORDER BY p.date, p.id""",
            [plan_id],
        ):
            result.setdefault(row["task_id"], []).append(records.progress_from_row(row))
        return result

    def evidence_for(self, task_id: int) -> list[Evidence]:
        return [
            records.evidence_from_row(row)
            for row in self._db.query(
                "SELECT * FROM evidence WHERE task_id = ? ORDER BY added_at, id", [task_id]
            )
        ]

    def evidence_by_task(self, plan_id: int) -> dict[int, list[Evidence]]:
        result: dict[int, list[Evidence]] = {}
        for row in self._db.query(
            """SELECT e.* FROM evidence e JOIN tasks t ON t.id = e.task_id
               WHERE t.plan_id = ? ORDER BY e.added_at, e.id""",
            [plan_id],
        ):
            result.setdefault(row["task_id"], []).append(records.evidence_from_row(row))
        return result

    def evidence_counts(self, plan_id: int) -> dict[int, int]:
        return self._evidence_counts("t.plan_id = ?", [plan_id])

    def evidence_counts_below(self, plan_id: int, parent_id: int | None) -> dict[int, int]:
        """evidence_counts for the children of one heading (None: the top level)."""
        if parent_id is None:
            return self._evidence_counts("t.plan_id = ? AND t.parent_id IS NULL", [plan_id])
        return self._evidence_counts("t.plan_id = ? AND t.parent_id = ?", [plan_id, parent_id])

    def _evidence_counts(self, where: str, params: list[Any]) -> dict[int, int]:
        """task id -> number of evidence items, for the tasks matching where."""
        rows = self._db.execute(
            f"""SELECT e.task_id, count(*) FROM evidence e JOIN tasks t ON t.id = e.task_id
                WHERE {where} GROUP BY e.task_id""",
            params,
        )
        return dict(rows.fetchall())

    def done_without_evidence(self, plan_id: int) -> set[int]:
        """Requirements marked 已完成 with no evidence file or link (缺少佐证)."""
        counts = self.evidence_counts(plan_id)
        rows = self._db.execute(
            "SELECT id, status FROM tasks WHERE plan_id = ? AND kind = 'requirement'", [plan_id]
        )
        return {
            task_id
            for task_id, status in rows
            if lacks_evidence(Status(status), counts.get(task_id, 0))
        }

    def units(self) -> list[Unit]:
        """Every unit, in pinyin order (sorted here: both stores give one order)."""
        units = [records.unit_from_row(row) for row in self._db.query("SELECT * FROM units")]
        return sorted(units, key=lambda unit: sort_key(unit.name))

    def unit_usage(self) -> dict[int, int]:
        """unit id -> number of tasks naming it."""
        return {
            unit_id: count
            for unit_id, count in self._db.execute(
                "SELECT unit_id, count(DISTINCT task_id) FROM task_units GROUP BY unit_id"
            )
        }

    def search(
        self, query: str, *, plan_id: int | None = None, limit: int = 500
    ) -> list[SearchHit]:
        return search_index.search(self._db, query, plan_id=plan_id, limit=limit)

    def holidays(self) -> dict[date, tuple[bool, str]]:
        """User-entered days: date -> (is_workday, name)."""
        return {
            date.fromisoformat(row["day"]): (bool(row["is_workday"]), row["name"])
            for row in self._db.query("SELECT * FROM holidays ORDER BY day")
        }

    def audit_log(self, limit: int = 100) -> list[dict[str, Any]]:
        return [
            {**row, "changes": json.loads(row["changes"])}
            for row in self._db.query("SELECT * FROM audit_log ORDER BY id DESC LIMIT ?", [limit])
        ]

    def ledger_id(self) -> str:
        """This ledger's own id, telling it apart from others it exchanges packages with."""
        ledger_id: str = self._db.execute(
            "SELECT value FROM meta WHERE key = 'ledger_id'"
        ).fetchone()[0]
        return ledger_id

    def tombstones(self, table: str | None = None) -> list[dict[str, Any]]:
        if table is None:
            return list(self._db.query("SELECT * FROM tombstones ORDER BY id"))
        return list(
            self._db.query("SELECT * FROM tombstones WHERE table_name = ? ORDER BY id", [table])
        )

    def stats(self) -> dict[str, int]:
        def count(sql: str) -> int:
            number: int = self._db.execute(sql).fetchone()[0]
            return number

        return {
            "plans": count("SELECT count(*) FROM plans"),
            "tasks": count("SELECT count(*) FROM tasks"),
            "requirements": count("SELECT count(*) FROM tasks WHERE kind = 'requirement'"),
            "progress_entries": count("SELECT count(*) FROM progress_entries"),
            "evidence": count("SELECT count(*) FROM evidence"),
        }

    def export_data(self, target: Path | str) -> DataExport:
        """Every table as CSV and JSON, the evidence files listed, in the new folder
        target (see data_export.py); reads only, so a read-only ledger will do."""
        from govledger.store.data_export import export_data  # sqlite-utils: not at start-up

        return export_data(self._db, self.path.parent, self.evidence, Path(target))

    def effective_status(self, task: Task, today: date | None = None) -> Status:
        return effective_status(task.status, task.due, today or date.today())

    def _row(self, table: str, row_id: int, what: str) -> dict[str, Any]:
        row = self._db.row(table, row_id)
        if row is None:
            raise GovLedgerError("edit.no_such", what=message(f"what.{what}"), id=row_id)
        return row


def _day(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None
