"""回头看: the yearly review of last year's unfinished requirements.

Each January the clerk goes through last year's requirements that are neither
已完成 nor 不适用 and decides, one by one: carry it over into this year's plan
(keeping its progress and evidence), close it with a reason (it stays as it was,
the decision is noted), or mark it 不适用 with a reason. These records describe
the decisions and the review as reported; the store applies them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from govledger.domain.model import Status

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
