"""Built-in and clerk-entered holiday schedules."""

from __future__ import annotations

from datetime import date

from govledger.domain.holiday_schedule import (
    builtin_years,
    calendar_with,
    day_names,
    is_builtin_year,
    year_schedule,
)


def test_built_in_years_are_the_packages() -> None:
    assert {2021, 2024} <= set(builtin_years())
    assert is_builtin_year(2021)
    assert not is_builtin_year(2027)


def test_built_in_year_lists_days_off_and_make_up_days_by_name() -> None:
    schedule = {entry.day: entry for entry in year_schedule(2021, {})}
    assert schedule[date(2021, 10, 1)].name == "国庆节"
    assert not schedule[date(2021, 10, 1)].is_workday
    assert schedule[date(2021, 9, 26)].is_workday  # Sunday make-up workday
    assert schedule[date(2021, 10, 9)].is_workday
    assert date(2021, 10, 16) not in schedule  # an ordinary Saturday is not listed
    assert all(entry.builtin for entry in schedule.values())
    # the clerk's entries do not change how a built-in year is listed
    assert year_schedule(2021, {date(2021, 10, 8): (False, "本地假日")}) == list(schedule.values())


def test_entered_year() -> None:
    entered = {
        date(2027, 10, 1): (False, "国庆节"),
        date(2027, 9, 26): (True, "国庆节"),
        date(2026, 12, 31): (False, "ignored: another year"),
    }
    schedule = year_schedule(2027, entered)
    assert [(e.day, e.is_workday, e.builtin) for e in schedule] == [
        (date(2027, 9, 26), True, False),
        (date(2027, 10, 1), False, False),
    ]
    calendar = calendar_with(entered)
    assert not calendar.is_workday(date(2027, 10, 1))  # a Friday, entered as a day off
    assert calendar.is_workday(date(2027, 9, 26))  # a Sunday, entered as a workday


def test_day_names_across_a_year_boundary() -> None:
    days = day_names(date(2026, 12, 28), date(2027, 1, 5), {date(2027, 1, 1): (False, "元旦")})
    assert days[date(2027, 1, 1)].name == "元旦"
    assert not days[date(2027, 1, 1)].builtin
    assert all(day.year in (2026, 2027) for day in days)


def test_remembering_calendar_counts_like_the_working_calendar() -> None:
    from govledger.domain.status_rules import days_left
    from govledger.domain.working_days import WorkingCalendar

    entered = {date(2027, 10, day): (False, "国庆节") for day in range(1, 8)}
    fast, plain = calendar_with(entered), WorkingCalendar({d: False for d in entered})
    days = [date(2023, 12, 20), date(2024, 2, 8), date(2024, 2, 18), date(2026, 12, 31)]
    days += [date(2027, 1, 1), date(2027, 10, 8), date(2021, 10, 9)]
    for first in days:
        for last in days:
            expected = plain.workdays_between(first, last)
            assert fast.workdays_between(first, last) == expected, (first, last)
            assert days_left(last, first, plain.is_workday) == expected


def test_a_year_without_a_schedule_is_named_until_the_clerk_enters_it() -> None:
    from govledger.domain.holiday_schedule import unscheduled_year

    assert unscheduled_year([2026], {}) is None  # built in
    assert unscheduled_year([2026, 2028, 2027], {}) == 2027
    entered = {date(2027, 2, 6): (False, "春节")}
    assert unscheduled_year([2027], entered) is None
    assert unscheduled_year([2027, 2028], entered) == 2028
