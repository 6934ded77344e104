"""Shown status and traffic lights, in calendar days and in working days."""

from __future__ import annotations

from datetime import date

import pytest

from govledger.domain.model import Status, TaskCounts
from govledger.domain.status_rules import (
    Alert,
    alert,
    days_left,
    effective_status,
    rolled_up_status,
)
from govledger.domain.working_days import WorkingCalendar

TODAY = date(2021, 9, 28)  # a Tuesday just before the National Day holiday (1–7 October)


@pytest.mark.parametrize(
    ("stored", "due", "expected"),
    [
        (Status.IN_PROGRESS, date(2021, 9, 27), Status.OVERDUE),
        (Status.NOT_STARTED, date(2021, 9, 28), Status.NOT_STARTED),  # due today: not late yet
        (Status.DONE, date(2021, 1, 1), Status.DONE),
        (Status.NOT_APPLICABLE, date(2021, 1, 1), Status.NOT_APPLICABLE),
        (Status.OVERDUE, date(2021, 12, 31), Status.IN_PROGRESS),  # old data: the date decides
        (Status.NOT_STARTED, None, Status.NOT_STARTED),
    ],
)
def test_overdue_follows_the_due_date(stored, due, expected) -> None:
    assert effective_status(stored, due, TODAY) is expected


def test_warning_window_in_calendar_days() -> None:
    assert alert(Status.IN_PROGRESS, date(2021, 10, 5), TODAY, 7) is Alert.DUE_SOON
    assert alert(Status.IN_PROGRESS, date(2021, 10, 6), TODAY, 7) is Alert.NONE
    assert alert(Status.IN_PROGRESS, date(2021, 9, 1), TODAY, 7) is Alert.OVERDUE
    assert alert(Status.DONE, date(2021, 9, 1), TODAY, 7) is Alert.DONE
    assert alert(Status.NOT_STARTED, None, TODAY, 7) is Alert.NONE


def test_warning_window_in_working_days_across_national_day() -> None:
    is_workday = WorkingCalendar().is_workday
    # 29, 30 Sep and 8, 9 (make-up Saturday), 11, 12 Oct are working days after today:
    assert days_left(date(2021, 10, 12), TODAY, is_workday) == 6
    # 14 calendar days away, but only 7 working days: still due soon.
    assert alert(Status.IN_PROGRESS, date(2021, 10, 13), TODAY, 7, is_workday) is Alert.DUE_SOON
    assert alert(Status.IN_PROGRESS, date(2021, 10, 14), TODAY, 7, is_workday) is Alert.NONE
    assert alert(Status.IN_PROGRESS, date(2022, 3, 1), TODAY, 7, is_workday) is Alert.NONE


def test_headings_roll_up() -> None:
    counts = TaskCounts()
    assert rolled_up_status(counts) is Status.NOT_STARTED
    counts.add(Status.DONE)
    counts.add(Status.NOT_APPLICABLE)
    assert rolled_up_status(counts) is Status.DONE
    counts.add(Status.NOT_STARTED)
    assert rolled_up_status(counts) is Status.IN_PROGRESS
    counts.add(Status.OVERDUE)
    assert rolled_up_status(counts) is Status.OVERDUE
