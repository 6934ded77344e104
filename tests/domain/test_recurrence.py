"""Recurring deadlines expanded into dated occurrences, over two years."""

from __future__ import annotations

from datetime import date

import pytest

from govledger.domain.deadline_parser import parse
from govledger.domain.model import Recurrence, Task, TaskKind
from govledger.domain.recurrence import (
    OccurrenceKind,
    PlanSpan,
    expand,
    last_workday_on_or_before,
    recurrence_of,
)
from govledger.domain.working_days import WorkingCalendar

TWO_YEARS = (date(2023, 1, 1), date(2024, 12, 31))
SPAN = PlanSpan(2023)  # a 2023 plan still in force in 2024 (no 2024 plan yet)


def requirement(deadline_text: str, year: int = 2023, text: str = "按时做好工作") -> Task:
    deadline = parse(deadline_text, year)
    return Task(
        id=7,
        uuid="u-7",
        plan_id=1,
        parent_id=None,
        position=0,
        kind=TaskKind.REQUIREMENT,
        text=text,
        deadline_text=deadline_text,
        due=deadline.due,
        recurrence=deadline.recurrence,
        deadline_rule=deadline.rule,
    )


def dues(task: Task, span: PlanSpan = SPAN) -> list[date]:
    return [o.due for o in expand(task, *TWO_YEARS, WorkingCalendar(), span)]


def test_yearly_deadline_every_year_in_range() -> None:
    task = requirement("每年1月31日前")
    assert task.recurrence is Recurrence.YEARLY
    occurrences = expand(task, *TWO_YEARS, WorkingCalendar(), SPAN)
    assert [o.due for o in occurrences] == [date(2023, 1, 31), date(2024, 1, 31)]
    assert {o.kind for o in occurrences} == {OccurrenceKind.YEARLY}
    assert all(o.key == o.due for o in occurrences)  # yearly dates stay as written


def test_quarterly_deadline_at_each_quarter_end_on_a_working_day() -> None:
    assert dues(requirement("每季度")) == [
        date(2023, 3, 31),  # Friday
        date(2023, 6, 30),  # Friday
        date(2023, 9, 28),  # 29–30 Sep 2023: Mid-autumn and National Day
        date(2023, 12, 29),  # Sunday 31 Dec → Friday 29
        date(2024, 3, 29),  # Sunday 31 Mar → Friday 29
        date(2024, 6, 28),  # Sunday 30 Jun → Friday 28
        date(2024, 9, 30),  # Monday
        date(2024, 12, 31),  # Tuesday
    ]


def test_once_a_quarter_in_the_wording_is_quarterly() -> None:
    task = requirement("", text="党组一季度听取一次政务公开工作汇报")
    assert task.recurrence is None
    assert recurrence_of(task) is Recurrence.QUARTERLY
    assert len(dues(task)) == 8
    # but a bare 一季度 in the deadline column is the first quarter, once
    first_quarter = requirement("一季度")
    assert recurrence_of(first_quarter) is None
    assert dues(first_quarter) == [date(2023, 3, 31)]


def test_monthly_deadline_moves_to_the_last_working_day_before() -> None:
    task = requirement("每月10日前")
    occurrences = expand(task, *TWO_YEARS, WorkingCalendar(), SPAN)
    assert len(occurrences) == 24
    by_key = {o.key: o.due for o in occurrences}
    assert by_key[date(2023, 5, 10)] == date(2023, 5, 10)  # a Wednesday: unchanged
    assert by_key[date(2023, 6, 10)] == date(2023, 6, 9)  # Saturday → Friday
    # 10 Feb 2024 is the first day of the Spring Festival holiday: Friday 9 Feb
    assert by_key[date(2024, 2, 10)] == date(2024, 2, 9)
    # 10 Aug 2024 is a Saturday
    assert by_key[date(2024, 8, 10)] == date(2024, 8, 9)
    assert occurrences[0].label.endswith("1")  # "2023-01" / "2023年1月"


def test_plain_monthly_is_due_at_month_end() -> None:
    task = requirement("每月")
    assert dues(task)[:3] == [date(2023, 1, 31), date(2023, 2, 28), date(2023, 3, 31)]
    # 30 Sep 2023 is a Saturday in the Mid-autumn/National Day holiday
    assert dues(task)[8] == date(2023, 9, 28)


def test_continuous_requirement_has_a_year_end_check() -> None:
    for text in ("全年", "长期", "持续推进", "常态化"):
        occurrences = expand(requirement(text), *TWO_YEARS, WorkingCalendar(), SPAN)
        assert [o.due for o in occurrences] == [date(2023, 12, 31), date(2024, 12, 31)], text
        assert {o.kind for o in occurrences} == {OccurrenceKind.YEAR_END}


def test_one_off_deadline_is_its_due_date() -> None:
    task = requirement("2023年10月底前")
    occurrences = expand(task, *TWO_YEARS, WorkingCalendar(), SPAN)
    assert [(o.due, o.kind, o.label) for o in occurrences] == [
        (date(2023, 10, 31), OccurrenceKind.ONCE, "2023年10月底前")
    ]
    assert expand(requirement("待定"), *TWO_YEARS, WorkingCalendar(), SPAN) == []


def test_the_next_plan_ends_the_recurrence() -> None:
    ended = PlanSpan(2023, last_year=2023)
    assert dues(requirement("每年1月31日前"), ended) == [date(2023, 1, 31)]
    assert len(dues(requirement("每月10日前"), ended)) == 12


def test_monthly_occurrences_start_when_the_plan_was_issued() -> None:
    issued = PlanSpan(2023, issued_on=date(2023, 4, 15))
    found = dues(requirement("每月10日前"), issued)
    assert found[0] == date(2023, 5, 10)
    assert len(found) == 8 + 12
    # the yearly deadline of the plan's year is the requirement's own due date: kept
    assert dues(requirement("每年1月31日前"), issued)[0] == date(2023, 1, 31)


def test_range_is_inclusive_and_narrow_ranges_work() -> None:
    task = requirement("每月10日前")
    one_day = expand(task, date(2023, 5, 10), date(2023, 5, 10), WorkingCalendar(), SPAN)
    assert [o.due for o in one_day] == [date(2023, 5, 10)]
    # the 10th of June 2023 moved to Friday 9 June, still in a range ending on the 9th
    june = expand(task, date(2023, 6, 1), date(2023, 6, 9), WorkingCalendar(), SPAN)
    assert [o.key for o in june] == [date(2023, 6, 10)]


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        (date(2021, 10, 7), date(2021, 9, 30)),  # National Day week → the day before
        (date(2021, 10, 9), date(2021, 10, 9)),  # Saturday make-up workday: a working day
        (date(2024, 2, 17), date(2024, 2, 9)),  # Spring Festival 2024
    ],
)
def test_last_workday_on_or_before(day: date, expected: date) -> None:
    assert last_workday_on_or_before(day, WorkingCalendar()) == expected


def test_a_dated_requirement_is_not_made_quarterly_by_its_text() -> None:
    task = requirement("10月底前", text="一季度开展一次自查，10月底前完成整改")
    assert recurrence_of(task) is None
    assert dues(task) == [date(2023, 10, 31)]
    # a deadline column that itself says once a quarter still recurs
    assert recurrence_of(requirement("一季度听取一次")) is Recurrence.QUARTERLY
