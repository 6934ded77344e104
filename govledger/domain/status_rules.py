"""How a requirement's shown status and deadline warning follow from its data.

The stored status is what the clerk set; 逾期 (overdue) is derived, so it appears
and disappears by itself as days pass or the due date is corrected.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from enum import StrEnum

from govledger.domain.model import Status, TaskCounts


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
    """A heading's status from the requirements below it."""
    by_status = counts.by_status
    open_count = counts.total - counts.done - by_status.get(Status.NOT_APPLICABLE, 0)
    if counts.total and open_count == 0:
        return Status.DONE
    if by_status.get(Status.OVERDUE):
        return Status.OVERDUE
    if by_status.get(Status.IN_PROGRESS) or counts.done:
        return Status.IN_PROGRESS
    return Status.NOT_STARTED


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
    warning_days: int = 7,
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
