"""The one roll-up and the one due-soon rule (issue 20)."""

from __future__ import annotations

from datetime import date

from govledger.domain.model import Status
from govledger.domain.status_rules import (
    Alert,
    alert,
    count_statuses,
    rolled_up_status,
    warning_starts,
)
from govledger.domain.working_days import WorkingCalendar

TODAY = date(2025, 9, 26)


def test_counts_roll_up_every_level_and_all_not_applicable_is_not_done() -> None:
    tasks = [
        (1, None, False, Status.NOT_STARTED, None),  # 一、
        (2, 1, True, Status.DONE, None),
        (3, 1, True, Status.IN_PROGRESS, date(2025, 9, 1)),  # 逾期
        (4, None, False, Status.NOT_STARTED, None),  # 二、
        (5, 4, False, Status.NOT_STARTED, None),  # （一）
        (6, 5, True, Status.NOT_APPLICABLE, None),
        (7, 5, True, Status.NOT_APPLICABLE, None),
    ]
    counts = count_statuses(tasks, TODAY)
    assert counts[None].total == 4 and counts[None].by_status[Status.OVERDUE] == 1
    assert rolled_up_status(counts[1]) is Status.OVERDUE
    assert counts[4].total == counts[5].total == 2
    assert rolled_up_status(counts[4]) is Status.NOT_APPLICABLE  # not "均已完成"


def test_the_warning_starts_n_working_days_before() -> None:
    calendar = WorkingCalendar()
    due = date(2025, 10, 9)  # after National Day
    start = warning_starts(due, 4, calendar.add_workdays)
    # back over 1–8 October off: 30, 29, 28 (a make-up Sunday) and 26 September
    assert start == date(2025, 9, 26)
    before = date(2025, 9, 25)
    assert alert(Status.NOT_STARTED, due, start, 4, calendar.is_workday) is Alert.DUE_SOON
    assert alert(Status.NOT_STARTED, due, before, 4, calendar.is_workday) is Alert.NONE
