"""How a requirement's shown status and deadline warning follow from its data.

The stored status is what the clerk set; 逾期 (overdue) is derived, so it appears
and disappears by itself as days pass or the due date is corrected.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from govledger.domain.model import Status, TaskCounts

# 临近 (due soon): due within this many working days (China's calendar with 调休 and
# the ledger's holiday table). The one default: the tree, the calendar, the banner,
# 催办单, every printout and the .ics take the clerk's setting, which starts here.
WARNING_WORKDAYS = 7


class Alert(StrEnum):
    """The traffic light of a requirement."""

    OVERDUE = "overdue"  # red
    DUE_SOON = "due_soon"  # yellow: due within the warning window
    DONE = "done"  # green
    NOT_APPLICABLE = "not_applicable"  # grey
    NONE = "none"  # nothing to warn about


def effective_status(stored: Status, due: date | None, today: date) -> Status:
    """A requirement is 逾期 when its due date has passed and it is not done."""
    if stored in (Status.DONE, Status.NOT_APPLICABLE):
        return stored
    if due is not None and due < today:
        return Status.OVERDUE
    if stored is Status.OVERDUE:  # tolerated in old data; the due date decides
        return Status.IN_PROGRESS
    return stored


def rolled_up_status(counts: TaskCounts) -> Status:
    """A heading's status from the requirements below it: 已完成 when every one is done
    or 不适用 (不适用 when all are), 逾期 when any is, 进行中 when any has begun."""
    by_status = counts.by_status
    not_applicable = by_status.get(Status.NOT_APPLICABLE, 0)
    open_count = counts.total - counts.done - not_applicable
    if counts.total and not_applicable == counts.total:
        return Status.NOT_APPLICABLE
    if counts.total and open_count == 0:
        return Status.DONE
    if by_status.get(Status.OVERDUE):
        return Status.OVERDUE
    if by_status.get(Status.IN_PROGRESS) or counts.done:
        return Status.IN_PROGRESS
    return Status.NOT_STARTED


def count_statuses(
    tasks: Iterable[tuple[int, int | None, bool, Status, date | None]], today: date
) -> dict[int | None, TaskCounts]:
    """Shown-status counts of the requirements under every heading (key None: the whole
    plan), from (id, parent id, is a requirement, stored status, due) of a plan's tasks.

    The one roll-up: the tree, `tasks --json`, the exporters and the report all count
    with it, so "逾期 N 项" is the same number everywhere.
    """
    rows = list(tasks)
    parent_of = {task_id: parent_id for task_id, parent_id, _r, _s, _d in rows}
    result: dict[int | None, TaskCounts] = {None: TaskCounts()}
    for _task_id, parent_id, is_requirement, stored, due in rows:
        if not is_requirement:
            continue
        status = effective_status(stored, due, today)
        result[None].add(status)
        parent, seen = parent_id, 0
        while parent is not None and seen <= len(rows):  # a cycle would be bad data
            counts = result.get(parent)
            if counts is None:
                counts = result[parent] = TaskCounts()
            counts.add(status)
            parent, seen = parent_of.get(parent), seen + 1
    return result


@dataclass(frozen=True, slots=True)
class StatusBreakdown:
    """How a report tells a set of requirements: done, 进行中 and 未开始 as the clerk set
    them, 不适用, and how many of the unfinished are past due (逾期 is told apart, not
    instead of the stored state: "正在推进5项，其中2项已逾期")."""

    total: int = 0
    done: int = 0
    in_progress: int = 0
    not_started: int = 0
    not_applicable: int = 0
    overdue: int = 0

    @property
    def applicable(self) -> int:
        return self.total - self.not_applicable

    @property
    def unfinished(self) -> int:
        return self.applicable - self.done


def breakdown(statuses: Iterable[tuple[Status, Status]]) -> StatusBreakdown:
    """The breakdown of (stored status, shown status) pairs (see effective_status)."""
    pairs = list(statuses)
    stored = [first for first, _shown in pairs]
    return StatusBreakdown(
        total=len(pairs),
        done=sum(status is Status.DONE for status in stored),
        in_progress=sum(status is Status.IN_PROGRESS for status in stored),
        not_started=sum(status in (Status.NOT_STARTED, Status.OVERDUE) for status in stored),
        not_applicable=sum(status is Status.NOT_APPLICABLE for status in stored),
        overdue=sum(shown is Status.OVERDUE for _stored, shown in pairs),
    )


def warning_starts(due: date, warning_days: int, add_workdays: Callable[[date, int], date]) -> date:
    """The first day a requirement due on ``due`` shows as 临近: ``warning_days`` working
    days before it (for a sheet that compares TODAY() with a date, as Excel does)."""
    return add_workdays(due, -warning_days)


def days_left(
    due: date,
    today: date,
    is_workday: Callable[[date], bool] | None = None,
) -> int:
    """Days from today until due (negative when past); working days when a calendar is given."""
    if is_workday is None:
        return (due - today).days
    if due < today:
        return -days_left(today, due, is_workday)
    count, day = 0, today
    while day < due:
        day += timedelta(days=1)
        if is_workday(day):
            count += 1
    return count


def alert(
    stored: Status,
    due: date | None,
    today: date,
    warning_days: int = WARNING_WORKDAYS,
    is_workday: Callable[[date], bool] | None = None,
) -> Alert:
    status = effective_status(stored, due, today)
    if status is Status.DONE:
        return Alert.DONE
    if status is Status.NOT_APPLICABLE:
        return Alert.NOT_APPLICABLE
    if status is Status.OVERDUE:
        return Alert.OVERDUE
    if due is None:
        return Alert.NONE
    calendar_days = (due - today).days
    if calendar_days <= warning_days:  # working days never outnumber calendar days
        return Alert.DUE_SOON
    if is_workday is None or calendar_days > 3 * warning_days + 14:
        # Even a Spring Festival week plus weekends cannot fit this many days off.
        return Alert.NONE
    return Alert.DUE_SOON if days_left(due, today, is_workday) <= warning_days else Alert.NONE
