"""回头看: the yearly review of last year's unfinished requirements.

Each January the clerk goes through last year's requirements that are neither
已完成 nor 不适用 and decides, one by one: carry it over into this year's plan
(keeping its progress and evidence), close it with a reason (it stays as it was,
the decision is noted), or mark it 不适用 with a reason. These records describe
the decisions and the review as reported; the store applies them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from govledger.domain.model import Status, Task

FINISHED = (Status.DONE, Status.NOT_APPLICABLE)


class Decision(StrEnum):
    CARRY_OVER = "carry_over"  # 结转: continue it in the new plan
    CLOSE = "close"  # 不再结转: leave it as it is, with the reason noted
    NOT_APPLICABLE = "not_applicable"  # 不适用


@dataclass(frozen=True, slots=True)
class ReviewChoice:
    task_id: int
    decision: Decision
    reason: str = ""
    # CARRY_OVER into this requirement of the new plan (its counterpart there), which
    # takes the history, instead of a copy added to the new plan.
    counterpart_id: int | None = None

    @property
    def needs_reason(self) -> bool:
        return self.decision is not Decision.CARRY_OVER


@dataclass(frozen=True, slots=True)
class ReviewItem:
    """One reviewed requirement as the 回头看 report shows it."""

    number: str
    path: tuple[str, ...]
    text: str
    units: str
    status: Status  # the effective status when reviewed (逾期 included)
    progress_count: int
    evidence_count: int
    decision: Decision
    reason: str = ""
    counterpart: str = ""  # "12. text" of the new plan's requirement it continues in


@dataclass(slots=True)
class RolloverReview:
    from_title: str
    from_year: int
    to_title: str
    to_year: int
    reviewed_on: date
    organization: str = ""
    items: list[ReviewItem] = field(default_factory=list)

    def with_decision(self, decision: Decision) -> list[ReviewItem]:
        return [item for item in self.items if item.decision is decision]


def shifted_due(due: date | None, years: int) -> date | None:
    """A carried-over due date moved into the new plan's year (29 Feb → 28 Feb)."""
    if due is None:
        return None
    try:
        return due.replace(year=due.year + years)
    except ValueError:
        return due.replace(year=due.year + years, day=28)


def next_number(plan_numbers: list[str]) -> str:
    """The number for a requirement added to a plan whose requirements carry these
    numbers: one past the largest when they are numbered 1, 2, 3 …, else none."""
    numeric = [int(number) for number in plan_numbers if number.isascii() and number.isdigit()]
    if not numeric:
        return "" if plan_numbers else "1"
    return str(max(numeric) + 1)


@dataclass(frozen=True, slots=True)
class Counterpart:
    """This year's requirement that continues one of last year's open ones."""

    task_id: int
    number: str
    text: str
    score: float

    @property
    def label(self) -> str:
        return f"{self.number}. {self.text}" if self.number else self.text


# Counterparts are paired as compare-years pairs requirements (the same scoring, one to
# one); a pair whose units have nothing in common needs a closer text than this.
COUNTERPART_UNITS_DIFFER = 0.8


def find_counterparts(
    open_tasks: Sequence[Task], new_tasks: Sequence[Task]
) -> dict[int, Counterpart]:
    """Last year's open requirement id -> its counterpart among this year's requirements.

    Requirements of the new plan that already continue one (``carried_from``) are
    not offered again. The clerk decides per row; this only proposes.
    """
    from govledger.domain.year_compare import CompareItem, compare_requirements

    old_items = [CompareItem(task.id, task.text) for task in open_tasks if not task.is_heading]
    free: dict[object, Task] = {
        t.id: t for t in new_tasks if not t.is_heading and t.carried_from is None
    }
    new_items = [CompareItem(task.id, task.text) for task in free.values()]
    old_by_id: dict[object, Task] = {task.id: task for task in open_tasks}
    found: dict[int, Counterpart] = {}
    for pair in compare_requirements(old_items, new_items).pairs:
        if pair.old is None or pair.new is None:
            continue
        old, new = old_by_id[pair.old.key], free[pair.new.key]
        units_meet = not old.units or not new.units or set(old.units) & set(new.units)
        if units_meet or pair.score >= COUNTERPART_UNITS_DIFFER:
            found[old.id] = Counterpart(new.id, new.number, new.text, pair.score)
    return found


_YEAR_IN_LIMIT = re.compile(r"((?:19|20)\d\d)\s*年")


def past_year_named(deadline_text: str, new_year: int) -> int | None:
    """The year before new_year that a time limit names ("2026年11月20日前" -> 2026).

    Such a limit is not moved into the new year silently when carried over: the
    clerk is told to set it anew.
    """
    years = [int(y) for y in _YEAR_IN_LIMIT.findall(deadline_text or "") if int(y) < new_year]
    return max(years) if years else None
