"""The import preview's edits of a PlanDraft: remove, merge, split, exclude, include.

The rules live here, without Qt, so they are tested on their own and the preview
(govledger/ui/draft_model.py) only calls them. Conventions:

- "Excluded" is inherited: a task under an excluded heading is shown and treated as
  excluded too (``is_excluded``), as the store's ``insert_draft_tasks`` saves it.
- Including one task includes it and the headings above it, but not its siblings:
  they become excluded on their own with the heading's reason, so one click brings
  in one task. Including a heading brings in everything under it.
- Numbers: where the draft's 序号 are positions (the document numbered per section
  and the original numbering is kept in ``label``), every edit renumbers the
  requirements 1…N. Where the 序号 are the document's own, an edit never changes
  them (gaps are honest); a requirement the preview creates gets no number and a
  warning asking for one.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from govledger.domain.draft import DraftTask, PlanDraft, SkippedSource
from govledger.domain.model import TaskKind
from govledger.messages import message

SENTENCE_END = re.compile(r"[。；;！!？?]")


# --- where a task stands ---------------------------------------------------------------
def ancestors(draft: PlanDraft, task: DraftTask) -> list[DraftTask]:
    """The tasks above task, outermost first; [] for a root (or a task not in draft)."""

    def search(tasks: list[DraftTask], path: list[DraftTask]) -> list[DraftTask] | None:
        for candidate in tasks:
            if candidate is task:
                return path
            found = search(candidate.children, [*path, candidate])
            if found is not None:
                return found
        return None

    return search(draft.roots, []) or []


def siblings(draft: PlanDraft, task: DraftTask) -> list[DraftTask]:
    """The list that holds task: its parent's children or the draft's roots."""
    above = ancestors(draft, task)
    return above[-1].children if above else draft.roots


def position(holder: list[DraftTask], task: DraftTask) -> int:
    """task's index in holder by identity (DraftTask compares by value: twins are common)."""
    return next(i for i, candidate in enumerate(holder) if candidate is task)


def is_excluded(draft: PlanDraft, task: DraftTask) -> bool:
    return task.excluded or any(a.excluded for a in ancestors(draft, task))


def excluded_reason(draft: PlanDraft, task: DraftTask) -> str:
    """Why task is left out: its own reason, else that of the nearest excluded heading."""
    for candidate in [task, *reversed(ancestors(draft, task))]:
        if candidate.excluded:
            return candidate.excluded_reason
    return ""


def _outermost(draft: PlanDraft, tasks: Iterable[DraftTask]) -> list[DraftTask]:
    """tasks without those that lie under another of them (they go with it)."""
    chosen = {id(task) for task in tasks}
    return [
        task
        for task in draft.walk()
        if id(task) in chosen and not any(id(a) in chosen for a in ancestors(draft, task))
    ]


# --- numbers ---------------------------------------------------------------------------
def numbers_are_positions(draft: PlanDraft) -> bool:
    """True when the 序号 are the plan-wide position and the document's numbering is a label."""
    return any(task.label for task in draft.walk())


def renumber_if_positions(draft: PlanDraft) -> None:
    if not numbers_are_positions(draft):
        return
    for position, (_path, task) in enumerate(draft.requirements(), start=1):
        task.number = str(position)
    for task in draft.walk():
        if not task.is_heading and is_excluded(draft, task):
            task.number = ""  # not counted, so no place in the sequence


def _new_requirement_number(draft: PlanDraft, task: DraftTask) -> None:
    """A requirement the preview made: numbered by position, or flagged for the clerk."""
    if numbers_are_positions(draft):
        renumber_if_positions(draft)
    else:
        task.number = ""
        task.warnings.append(message("draft.needs_number"))


# --- the edits -------------------------------------------------------------------------
def remove(draft: PlanDraft, tasks: Iterable[DraftTask], keep_children: bool = False) -> None:
    """Take tasks out of the draft; keep_children puts a removed task's children in its place."""
    for task in _outermost(draft, tasks):
        holder = siblings(draft, task)
        at = position(holder, task)
        holder[at : at + 1] = task.children if keep_children else []
    renumber_if_positions(draft)


def children_lost_by_removing(draft: PlanDraft, tasks: Iterable[DraftTask]) -> int:
    """How many tasks removing tasks would take with it, beyond the tasks themselves."""
    chosen = {id(task) for task in tasks}
    return sum(
        1
        for task in _outermost(draft, tasks)
        for below in list(task.walk())[1:]
        if id(below) not in chosen
    )


def can_merge(draft: PlanDraft, tasks: list[DraftTask]) -> bool:
    """Two or more included requirements standing next to each other under one parent."""
    if len(tasks) < 2 or any(task.is_heading or is_excluded(draft, task) for task in tasks):
        return False
    holder = siblings(draft, tasks[0])
    held = {id(task) for task in holder}
    if any(id(task) not in held for task in tasks):
        return False
    places = sorted(position(holder, task) for task in tasks)
    return places == list(range(places[0], places[0] + len(tasks)))


def _joined(first: str, second: str) -> str:
    """Chinese runs on without a space; two Latin words or numbers get one between them."""
    first, second = first.strip(), second.strip()
    words = first[-1:].isascii() and first[-1:].isalnum()
    words = words and second[:1].isascii() and second[:1].isalnum()
    return f"{first} {second}" if words else first + second


def merge(draft: PlanDraft, tasks: list[DraftTask]) -> DraftTask:
    """Adjacent requirements → the first: texts joined in order; its units and deadline
    stay unless it has none, then the next one's that has them."""
    if not can_merge(draft, tasks):
        raise ValueError("only adjacent included requirements under one parent can be merged")
    holder = siblings(draft, tasks[0])
    ordered = [task for task in holder if any(task is chosen for chosen in tasks)]
    first, rest = ordered[0], ordered[1:]
    for other in rest:
        first.text = _joined(first.text, other.text)
        if not (first.units_text or first.lead_units or first.co_units):
            first.units_text = other.units_text
            first.lead_units, first.co_units = list(other.lead_units), list(other.co_units)
        if not (first.deadline_text or first.due):
            first.deadline_text, first.due = other.deadline_text, other.due
            first.recurrence, first.deadline_rule = other.recurrence, other.deadline_rule
        first.children.extend(other.children)
        del holder[position(holder, other)]
    first.warnings.clear()  # merging is the clerk's review of these rows
    renumber_if_positions(draft)
    return first


def sentence_ends(text: str) -> list[int]:
    """Positions just after each sentence end (。；！？) that has more text after it."""
    ends = [match.end() for match in SENTENCE_END.finditer(text)]
    return [end for end in ends if text[end:].strip()]


def can_split(text: str, at: int) -> bool:
    return bool(text[:at].strip()) and bool(text[at:].strip())


def split(draft: PlanDraft, task: DraftTask, at: int) -> DraftTask:
    """task's text cut at character position at into two requirements, the second right
    after the first with the same units and deadline; returns the second."""
    if task.is_heading or not can_split(task.text, at):
        raise ValueError("a requirement splits only where text stands on both sides")
    second = DraftTask(
        kind=TaskKind.REQUIREMENT,
        text=task.text[at:].strip(),
        units_text=task.units_text,
        lead_units=list(task.lead_units),
        co_units=list(task.co_units),
        deadline_text=task.deadline_text,
        due=task.due,
        recurrence=task.recurrence,
        deadline_rule=task.deadline_rule,
        source=task.source,
    )
    task.text = task.text[:at].strip()
    task.warnings.clear()
    holder = siblings(draft, task)
    holder.insert(position(holder, task) + 1, second)
    _new_requirement_number(draft, second)
    return second


def exclude(draft: PlanDraft, task: DraftTask, reason: str = "") -> None:
    """Mark task "not a task" (a heading takes what is under it along)."""
    task.excluded = True
    task.excluded_reason = reason or message("draft.excluded_by_hand")
    renumber_if_positions(draft)


def include(draft: PlanDraft, task: DraftTask) -> None:
    """Bring task into the plan, with the headings above it but not their other children."""
    path = [*ancestors(draft, task), task]
    inherited = ""
    for level, above in enumerate(path[:-1]):
        if above.excluded:
            inherited = above.excluded_reason or inherited
            above.excluded, above.excluded_reason = False, ""
        if inherited:
            for child in above.children:
                if child is not path[level + 1] and not child.excluded:
                    child.excluded, child.excluded_reason = True, inherited
    for below in task.walk() if task.is_heading else [task]:
        below.excluded, below.excluded_reason = False, ""
    renumber_if_positions(draft)


def add_skipped(draft: PlanDraft, skipped: SkippedSource, after: DraftTask | None) -> DraftTask:
    """A line the importer skipped, made a requirement: under the heading after is, or
    right after the requirement after is, or at the end of the plan."""
    task = DraftTask(kind=TaskKind.REQUIREMENT, text=skipped.source, source=skipped.where)
    if after is None:
        draft.roots.append(task)
    elif after.is_heading:
        after.children.append(task)
    else:
        holder = siblings(draft, after)
        holder.insert(position(holder, after) + 1, task)
    draft.skipped = [item for item in draft.skipped if item is not skipped]
    _new_requirement_number(draft, task)
    return task
