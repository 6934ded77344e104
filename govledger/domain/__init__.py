"""Pure-Python domain: records, parsing rules and status rules. No Qt, no SQL."""

from govledger.domain.changes import ChangeSet, Op, RowChange
from govledger.domain.draft import DraftTask, PlanDraft
from govledger.domain.model import (
    Evidence,
    EvidenceKind,
    Plan,
    ProgressEntry,
    Recurrence,
    SearchHit,
    Status,
    Task,
    TaskCounts,
    TaskKind,
    Unit,
)

__all__ = [
    "ChangeSet",
    "DraftTask",
    "Evidence",
    "EvidenceKind",
    "Op",
    "Plan",
    "PlanDraft",
    "ProgressEntry",
    "Recurrence",
    "RowChange",
    "SearchHit",
    "Status",
    "Task",
    "TaskCounts",
    "TaskKind",
    "Unit",
]
