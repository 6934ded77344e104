from __future__ import annotations

from datetime import date

from govledger.domain.working_days import WorkingCalendar


def test_national_day_2021_with_make_up_workdays() -> None:
    calendar = WorkingCalendar()
    for day in range(1, 8):
        assert not calendar.is_workday(date(2021, 10, day)), f"Oct {day} is a holiday"
    assert calendar.is_workday(date(2021, 9, 26))  # Sunday, make-up workday
    assert calendar.is_workday(date(2021, 10, 9))  # Saturday, make-up workday
    assert calendar.holiday_name(date(2021, 10, 3)) == "国庆节"
    assert calendar.holiday_name(date(2021, 10, 12)) is None


def test_spring_festival_2024() -> None:
    calendar = WorkingCalendar()
    for day in range(10, 18):
        assert not calendar.is_workday(date(2024, 2, day)), f"Feb {day} is a holiday"
    assert calendar.is_workday(date(2024, 2, 4))  # Sunday, make-up workday
    assert calendar.is_workday(date(2024, 2, 18))  # Sunday, make-up workday
    assert calendar.holiday_name(date(2024, 2, 12)) == "春节"


def test_add_workdays_skips_the_golden_week() -> None:
    calendar = WorkingCalendar()
    # Thu 30 Sep 2021 + 1 working day: 1–7 Oct are off, Fri 8 Oct works
    assert calendar.add_workdays(date(2021, 9, 30), 1) == date(2021, 10, 8)
    # Sat 9 Oct is a make-up workday
    assert calendar.add_workdays(date(2021, 10, 8), 1) == date(2021, 10, 9)
    assert calendar.add_workdays(date(2021, 10, 8), 0) == date(2021, 10, 8)
    assert calendar.add_workdays(date(2021, 10, 8), -1) == date(2021, 9, 30)


def test_workdays_between() -> None:
    calendar = WorkingCalendar()
    assert calendar.workdays_between(date(2021, 9, 30), date(2021, 10, 9)) == 2
    assert calendar.workdays_between(date(2021, 10, 9), date(2021, 9, 30)) == -2
    assert calendar.workdays_between(date(2021, 10, 11), date(2021, 10, 11)) == 0


def test_unknown_year_falls_back_to_monday_to_friday() -> None:
    calendar = WorkingCalendar()
    assert 2027 not in calendar.known_years()
    assert 2021 in calendar.known_years()
    assert not calendar.knows(2027)
    assert calendar.is_workday(date(2027, 10, 1))  # a Friday, schedule not yet published
    assert not calendar.is_workday(date(2027, 10, 2))  # a Saturday
    assert calendar.holiday_name(date(2027, 10, 1)) is None


def test_clerk_entered_2027_holiday_changes_add_workdays() -> None:
    plain = WorkingCalendar()
    # Thu 30 Sep 2027 + 2 working days without a schedule: Fri 1 Oct, Mon 4 Oct
    assert plain.add_workdays(date(2027, 9, 30), 2) == date(2027, 10, 4)
    overrides = {date(2027, 10, day): False for day in range(1, 8)}
    overrides[date(2027, 10, 9)] = True  # a make-up Saturday
    calendar = WorkingCalendar(overrides)
    assert calendar.knows(2027)
    assert not calendar.is_workday(date(2027, 10, 4))
    assert calendar.add_workdays(date(2027, 9, 30), 2) == date(2027, 10, 9)


def test_overrides_win_over_the_package() -> None:
    calendar = WorkingCalendar({date(2021, 10, 8): False})  # e.g. a local day off
    assert not calendar.is_workday(date(2021, 10, 8))
    assert calendar.add_workdays(date(2021, 9, 30), 1) == date(2021, 10, 9)
