"""The traffic light of one occurrence: red overdue, yellow due soon, green done, grey 不适用.

The warning window is counted in working days: five working days before a deadline
that falls just after the Spring Festival is a month of calendar, and a clerk who
is warned "7 days" before a deadline on the Monday after National Day has two
working days left.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from govledger.domain.model import Status, Task
from govledger.domain.recurrence import Occurrence, OccurrenceKind
from govledger.domain.status_rules import WARNING_WORKDAYS, Alert
from govledger.domain.working_days import WorkingCalendar

__all__ = ["WARNING_WORKDAYS", "CalendarEntry", "calendar_entry", "occurrence_alert"]


@dataclass(frozen=True, slots=True)
class CalendarEntry:
    """An occurrence with its requirement and its state on a given day."""

    task: Task
    occurrence: Occurrence
    alert: Alert
    workdays_left: int  # working days from today to the due date; negative when late
    done_on: date | None = None
    note: str = ""

    @property
    def due(self) -> date:
        return self.occurrence.due

    @property
    def open(self) -> bool:
        """Still to be done (neither done nor 不适用)."""
        return self.alert in (Alert.OVERDUE, Alert.DUE_SOON, Alert.NONE)


def occurrence_alert(
    task: Task,
    occurrence: Occurrence,
    *,
    plan_year: int,
    today: date,
    done_on: date | None,
    workdays_left: int,
    warning_workdays: int = WARNING_WORKDAYS,
) -> Alert:
    if task.status is Status.NOT_APPLICABLE:
        return Alert.NOT_APPLICABLE
    if done_on is not None:
        return Alert.DONE
    if task.status is Status.DONE and _done_covers(occurrence, plan_year):
        return Alert.DONE
    if occurrence.due < today:
        return Alert.OVERDUE
    if workdays_left <= warning_workdays:
        return Alert.DUE_SOON
    return Alert.NONE


def _done_covers(occurrence: Occurrence, plan_year: int) -> bool:
    """Whether marking the whole requirement 已完成 settles this occurrence.

    A one-off occurrence is the requirement itself. A recurring requirement marked
    done settles its occurrences in the plan's year; later ones (the plan still in
    force because no new plan came) are marked one by one.
    """
    if occurrence.kind is OccurrenceKind.ONCE:
        return True
    if occurrence.kind is OccurrenceKind.EVENT:
        return False  # each event's follow-up is its own piece of work
    return occurrence.key.year <= plan_year


def calendar_entry(
    task: Task,
    occurrence: Occurrence,
    *,
    plan_year: int,
    today: date,
    calendar: WorkingCalendar,
    done_on: date | None = None,
    note: str = "",
    warning_workdays: int = WARNING_WORKDAYS,
) -> CalendarEntry:
    left = calendar.workdays_between(today, occurrence.due)  # same as status_rules.days_left
    alert = occurrence_alert(
        task,
        occurrence,
        plan_year=plan_year,
        today=today,
        done_on=done_on,
        workdays_left=left,
        warning_workdays=warning_workdays,
    )
    return CalendarEntry(task, occurrence, alert, left, done_on, note)
