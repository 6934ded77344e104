"""Working days under the State Council holiday schedule, make-up workdays (调休) included.

``chinesecalendar`` knows the schedule up to the last announced year and raises
NotImplementedError beyond it. Clerks enter later years' holidays and make-up
days themselves as overrides; where neither source knows a day, Monday–Friday
are working days.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, timedelta
from functools import lru_cache

import chinese_calendar


@lru_cache(maxsize=1)
def _known_years() -> tuple[int, ...]:
    days = [*chinese_calendar.holidays, *chinese_calendar.workdays]
    return tuple(range(min(days).year, max(days).year + 1))


class WorkingCalendar:
    """Which days are working days; overrides (date -> is a workday) win."""

    def __init__(self, overrides: Mapping[date, bool] | None = None) -> None:
        self.overrides: dict[date, bool] = dict(overrides or {})

    def is_workday(self, day: date) -> bool:
        if day in self.overrides:
            return self.overrides[day]
        try:
            return bool(chinese_calendar.is_workday(day))
        except NotImplementedError:  # a year the package has no schedule for
            return day.weekday() < 5

    def holiday_name(self, day: date) -> str | None:
        """The holiday a day off belongs to, in Chinese ('国庆节'), or None.

        Make-up workdays belong to a holiday too (2021-09-26 → 国庆节). Days the
        clerk entered, and days outside the package's years, have no name.
        """
        if day in self.overrides:
            return None
        try:
            _on_holiday, name = chinese_calendar.get_holiday_detail(day)
        except NotImplementedError:
            return None
        if not name:
            return None
        try:
            chinese: str = chinese_calendar.Holiday(name).chinese  # the package has no types
        except ValueError:
            return str(name)
        return chinese

    def add_workdays(self, start: date, count: int) -> date:
        """The count-th working day after start (start itself not counted).

        add_workdays(d, 0) is d itself; a negative count goes backwards.
        """
        step = timedelta(days=1 if count >= 0 else -1)
        remaining, day = abs(count), start
        while remaining:
            day += step
            if self.is_workday(day):
                remaining -= 1
        return day

    def workdays_between(self, first: date, last: date) -> int:
        """Working days after first up to and including last (negative if last < first)."""
        if last < first:
            return -self.workdays_between(last, first)
        return sum(
            1
            for offset in range(1, (last - first).days + 1)
            if self.is_workday(first + timedelta(days=offset))
        )

    @staticmethod
    def known_years() -> tuple[int, ...]:
        """The years chinesecalendar knows the holiday schedule for."""
        return _known_years()

    def knows(self, year: int) -> bool:
        """True when the schedule of year is known (from the package or the clerk)."""
        return year in _known_years() or any(day.year == year for day in self.overrides)
