"""A plan's tasks as plain rows: the `tasks --json` contract, also used by exporters."""

from __future__ import annotations

from datetime import date
from typing import Any

from govledger.domain.completeness import lacks_evidence
from govledger.domain.model import TaskCounts
from govledger.domain.status_rules import effective_status, rolled_up_status
from govledger.store.ledger import Ledger


def task_rows(ledger: Ledger, plan_id: int, today: date) -> list[dict[str, Any]]:
    """One dict per task, depth-first in document order (DESIGN.md section 3)."""
    evidence_counts = ledger.evidence_counts(plan_id)
    counts = ledger.counts(plan_id, today)
    rows: list[dict[str, Any]] = []
    path: list[str] = []
    for depth, task in ledger.tasks_with_depth(plan_id):
        del path[depth:]
        if task.is_heading:  # a heading's status and counts roll up from below
            below = counts.get(task.id, TaskCounts())
            status, done, total = rolled_up_status(below), below.done, below.total
        else:
            status, done, total = effective_status(task.status, task.due, today), None, None
        rows.append(
            {
                "id": task.id,
                "uuid": task.uuid,
                "parent_id": task.parent_id,
                "depth": depth,
                "kind": str(task.kind),
                "number": task.number,
                **({"label": task.label} if task.label else {}),
                "path": list(path),
                "text": task.text,
                "units_text": task.units_text,
                "lead_units": list(task.lead_units),
                "co_units": list(task.co_units),
                "deadline_text": task.deadline_text,
                "due": task.due.isoformat() if task.due else None,
                "recurrence": str(task.recurrence) if task.recurrence else None,
                "status": str(status),
                "done_count": done,
                "requirement_count": total,
                "progress": task.progress,
                "evidence_count": evidence_counts.get(task.id, 0),
                "lacks_evidence": not task.is_heading
                and lacks_evidence(task.status, evidence_counts.get(task.id, 0)),
            }
        )
        path.append(task.text)
    return rows
