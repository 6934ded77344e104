"""PlanIndex: what the task tree and its filters know about one plan, kept in memory.

The tree must open a 100 000-task plan at once, so an index starts *partial*: it
holds only the children lists the tree has asked for (read through
``ledger.children``) plus the cheap ``child_counts``. A complete index — every task,
its progress notes and evidence, loaded in a background thread (background_read.py) —
replaces it when ready; only a complete index can answer filters and roll-up counts.

Both kinds are kept current from ChangeSets by ``apply``, which re-reads only the
sibling lists the change touched, so an edit costs a few small queries whatever the
plan's size.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from govledger.domain.changes import ChangeSet
from govledger.domain.completeness import lacks_evidence
from govledger.domain.model import Status, Task, TaskCounts, TaskKind
from govledger.domain.status_rules import Alert, alert, count_statuses, effective_status
from govledger.domain.unit_kinds import UnitKind, role_of
from govledger.store import Ledger

ROOT: None = None  # the parent id of top-level tasks


@dataclass(frozen=True)
class FilterCriteria:
    """What the filter bar asks for; empty criteria show everything."""

    text: str = ""
    unit: str = ""
    unit_role: str = "any"  # "lead", "co" or "any"
    statuses: frozenset[Status] = frozenset()
    due_from: date | None = None
    due_to: date | None = None
    lacks_evidence: bool = False  # 缺少佐证: done, nothing attached

    @property
    def empty(self) -> bool:
        return not (
            self.text.strip()
            or self.unit
            or self.statuses
            or self.due_from
            or self.due_to
            or self.lacks_evidence
        )


@dataclass
class PlanIndex:
    plan_id: int
    tasks: dict[int, Task] = field(default_factory=dict)
    children: dict[int | None, list[int]] = field(default_factory=dict)
    known_child_counts: dict[int | None, int] = field(default_factory=dict)
    progress_text: dict[int, str] = field(default_factory=dict)
    evidence_counts: dict[int, int] = field(default_factory=dict)
    evidence_text: dict[int, str] = field(default_factory=dict)
    complete: bool = False
    # unit -> kind, so "局各科室" finds its members' work (read with the complete index)
    unit_directory: dict[str, UnitKind] = field(default_factory=dict)
    _haystacks: dict[int, str] = field(default_factory=dict)
    _counts: dict[int | None, TaskCounts] | None = None
    _heading_order: list[int] | None = None
    _counts_day: date | None = None

    # ------------------------------------------------------------ building
    @classmethod
    def partial(cls, ledger: Ledger, plan_id: int) -> PlanIndex:
        """What the first screen needs: child counts; the rest is read branch by branch."""
        return cls(plan_id, known_child_counts=ledger.child_counts(plan_id))

    @classmethod
    def load_complete(cls, ledger: Ledger, plan_id: int) -> PlanIndex:
        """Everything about the plan (seconds for 100 000 tasks: run it off the GUI thread)."""
        index = cls(plan_id, complete=True, unit_directory=ledger.unit_directory())
        for task in ledger.tasks(plan_id):
            index.tasks[task.id] = task
            index.children.setdefault(task.parent_id, []).append(task.id)
        index.known_child_counts = {p: len(ids) for p, ids in index.children.items()}
        index.children.setdefault(ROOT, [])
        for task_id, entries in ledger.progress_by_task(plan_id).items():
            index.progress_text[task_id] = " ".join(entry.text for entry in entries)
        for task_id, items in ledger.evidence_by_task(plan_id).items():
            index.evidence_counts[task_id] = len(items)
            index.evidence_text[task_id] = " ".join(item.search_text for item in items)
        # Prepared here, off the GUI thread, rather than on the first keystroke.
        index.haystacks()
        index.heading_order()
        return index

    # ------------------------------------------------------------ reading
    def child_ids(self, ledger: Ledger, parent_id: int | None) -> list[int]:
        """The children of parent_id in order, read from the ledger on first use."""
        if parent_id not in self.children:
            self._load_children(ledger, parent_id)
        return self.children[parent_id]

    def child_count(self, parent_id: int | None) -> int:
        if parent_id in self.children:
            return len(self.children[parent_id])
        return self.known_child_counts.get(parent_id, 0)

    def _load_children(self, ledger: Ledger, parent_id: int | None) -> None:
        fresh = ledger.children(self.plan_id, parent_id)
        for task in fresh:
            self.tasks[task.id] = task
        self.children[parent_id] = [task.id for task in fresh]
        self.known_child_counts[parent_id] = len(fresh)
        self.evidence_counts.update(ledger.evidence_counts_below(self.plan_id, parent_id))

    def ancestors(self, task_id: int) -> list[int]:
        """Ids above a loaded task, innermost first."""
        result: list[int] = []
        parent = self.tasks[task_id].parent_id
        while parent is not None and parent in self.tasks:
            result.append(parent)
            parent = self.tasks[parent].parent_id
        return result

    def counts(self, today: date) -> dict[int | None, TaskCounts]:
        """Requirement status roll-ups under every heading (None: the plan); complete only."""
        if self._counts is not None and self._counts_day == today:
            return self._counts
        result = count_statuses(
            (
                (task.id, task.parent_id, task.kind is TaskKind.REQUIREMENT, task.status, task.due)
                for task in self.tasks.values()
            ),
            today,
        )
        self._counts, self._counts_day = result, today
        return result

    def heading_order(self) -> list[int]:
        """Heading ids depth-first in document order (cached until the tree changes)."""
        if self._heading_order is None:
            order: list[int] = []
            stack = list(reversed(self.children.get(ROOT, [])))
            while stack:
                task_id = stack.pop()
                task = self.tasks.get(task_id)
                if task is None or task.kind is not TaskKind.HEADING:
                    continue
                order.append(task_id)
                stack.extend(reversed(self.children.get(task_id, [])))
            self._heading_order = order
        return self._heading_order

    def due_soon_count(
        self, today: date, warning_days: int, is_workday: Callable[[date], bool] | None = None
    ) -> int:
        return sum(
            1
            for task in self.tasks.values()
            if task.kind is TaskKind.REQUIREMENT
            and alert(task.status, task.due, today, warning_days, is_workday) is Alert.DUE_SOON
        )

    def matching_ids(self, criteria: FilterCriteria, today: date) -> set[int] | None:
        """Tasks the filter shows — matches and the headings above them; None: all.

        Runs on every keystroke in the search box, so each criterion is one tight pass
        over memory (the searchable texts are prepared when the index is loaded).
        """
        if criteria.empty or not self.complete:
            return None
        terms = [term.casefold() for term in criteria.text.split()]
        if terms:
            first, rest = terms[0], terms[1:]
            haystacks = self.haystacks()
            candidates = [tid for tid, text in haystacks.items() if first in text]
            for term in rest:
                candidates = [tid for tid in candidates if term in haystacks[tid]]
        else:
            candidates = list(self.tasks)
        if criteria.unit or criteria.statuses or criteria.due_from or criteria.due_to:
            tasks = self.tasks
            candidates = [
                tid for tid in candidates if self._fields_match(tasks[tid], criteria, today)
            ]
        if criteria.lacks_evidence:
            candidates = [tid for tid in candidates if self.lacks_evidence(tid)]
        tasks = self.tasks
        shown = set(candidates)
        # Add the headings above the matches, walking up once per distinct parent.
        pending = {tasks[task_id].parent_id for task_id in candidates} - shown
        pending.discard(None)
        while pending:
            task_id = pending.pop()
            shown.add(task_id)
            parent = tasks.get(task_id)  # type: ignore[arg-type]
            above = parent.parent_id if parent is not None else None
            if above is not None and above not in shown:
                pending.add(above)
        return shown

    def lacks_evidence(self, task_id: int) -> bool:
        task = self.tasks[task_id]
        return task.kind is TaskKind.REQUIREMENT and lacks_evidence(
            task.status, self.evidence_counts.get(task_id, 0)
        )

    def _fields_match(self, task: Task, criteria: FilterCriteria, today: date) -> bool:
        if task.kind is TaskKind.HEADING:
            return False  # headings show only through the requirements below them
        if criteria.unit:
            role = role_of(criteria.unit, task.lead_units, task.co_units, self.unit_directory)
            if role is None or criteria.unit_role not in ("any", role):
                return False
        if criteria.statuses and (
            effective_status(task.status, task.due, today) not in criteria.statuses
        ):
            return False
        if criteria.due_from and (task.due is None or task.due < criteria.due_from):
            return False
        return not (criteria.due_to and (task.due is None or task.due > criteria.due_to))

    def haystacks(self) -> dict[int, str]:
        """task id -> its searchable text (what ledger.search indexes), folded once."""
        if len(self._haystacks) != len(self.tasks):
            for task_id, task in self.tasks.items():
                if task_id not in self._haystacks:
                    self._haystacks[task_id] = self._haystack(task)
        return self._haystacks

    def _haystack(self, task: Task) -> str:
        parts = (
            task.number,
            task.text,
            task.units_text,
            " ".join(task.units),
            task.deadline_text,
            task.note,
            self.progress_text.get(task.id, ""),
            self.evidence_text.get(task.id, ""),
        )
        return " ".join(part for part in parts if part).casefold()

    # ------------------------------------------------------------ keeping current
    def apply(self, ledger: Ledger, changes: ChangeSet) -> tuple[set[int | None], set[int]]:
        """Bring the index up to date with changes.

        Returns (parents whose children lists were re-read, ids of tasks whose data or
        records changed) so the tree model knows exactly what to refresh.
        """
        edits = changes.tree_edits(self.plan_id)
        if changes.units_changed and self.complete:
            self.unit_directory = ledger.unit_directory()  # a kind set, a unit added
        changed = set(edits.edited)
        for old_name in changes.renamed_units():
            # a renamed unit: every task naming it shows the new name
            changed.update(t.id for t in self.tasks.values() if old_name in t.units)
        parents: set[int | None] = set(edits.parents)
        inserted, deleted = edits.added, edits.removed
        parents.update(self.tasks[t].parent_id for t in changed if t in self.tasks)
        for task_id in deleted - inserted:
            self._forget(task_id)
        parents -= deleted - inserted
        reread: set[int | None] = set()
        uncounted: list[int | None] = []
        for parent in parents:
            if self.complete or parent in self.children:
                self._load_children(ledger, parent)
                reread.add(parent)
            else:
                uncounted.append(parent)
        if uncounted:
            counts = ledger.child_counts(self.plan_id)
            for parent in uncounted:
                self.known_child_counts[parent] = counts.get(parent, 0)
            reread.update(uncounted)
        self._reload_records(ledger, changes)
        for task_id in changed:
            self._haystacks.pop(task_id, None)
        if changed or reread:
            self._counts = None
            self._heading_order = None
        return reread, changed & set(self.tasks)

    def _forget(self, task_id: int) -> None:
        self.tasks.pop(task_id, None)
        self.children.pop(task_id, None)
        self.known_child_counts.pop(task_id, None)
        self.progress_text.pop(task_id, None)
        self.evidence_counts.pop(task_id, None)
        self.evidence_text.pop(task_id, None)
        self._haystacks.pop(task_id, None)

    def _reload_records(self, ledger: Ledger, changes: ChangeSet) -> None:
        for task_id in changes.evidence_of_tasks():
            items = ledger.evidence_for(task_id)
            if items:
                self.evidence_counts[task_id] = len(items)
            else:
                self.evidence_counts.pop(task_id, None)
            if self.complete and task_id in self.tasks:
                self.evidence_text[task_id] = " ".join(item.search_text for item in items)
                notes = ledger.progress_entries(task_id)
                self.progress_text[task_id] = " ".join(entry.text for entry in notes)
