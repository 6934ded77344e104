"""A year's holidays and make-up workdays: built in, or entered by the clerk.

chinesecalendar carries the State Council schedule up to the last announced year;
those years are read-only (the notice is the law, a clerk's typo must not change
it). Later years are entered by the clerk from the notice when it appears, usually
in November, and are stored in the ledger's holidays table.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta

import chinese_calendar

from govledger.domain.working_days import WorkingCalendar


@dataclass(frozen=True, slots=True)
class HolidayDay:
    day: date
    is_workday: bool  # True: a make-up workday (调休上班); False: a day off
    name: str  # 春节, 国庆节 …; what the clerk typed for entered days
    builtin: bool


def builtin_years() -> tuple[int, ...]:
    """The years whose schedule ships with chinesecalendar (read-only)."""
    return WorkingCalendar.known_years()


def is_builtin_year(year: int) -> bool:
    return year in builtin_years()


def _chinese_name(name: object) -> str:
    try:
        chinese: str = chinese_calendar.Holiday(name).chinese  # the package has no types
    except ValueError:
        return str(name or "")
    return chinese


def unscheduled_year(years: Iterable[int], entered: Mapping[date, tuple[bool, str]]) -> int | None:
    """The first of years with no schedule, neither built in nor entered; None if all have.

    In such a year Monday to Friday count as working days, so deadlines counted in
    working days ignore the Spring Festival: the calendar and the banner say so.
    """
    entered_years = {day.year for day in entered}
    missing = [y for y in set(years) if not is_builtin_year(y) and y not in entered_years]
    return min(missing, default=None)


def year_schedule(year: int, entered: Mapping[date, tuple[bool, str]]) -> list[HolidayDay]:
    """The year's statutory days off and make-up workdays, by date.

    entered: the ledger's days (date -> (is_workday, name)); for a built-in year
    they are ignored here, because the editor shows the year as the notice has it.
    """
    if is_builtin_year(year):
        days = [
            HolidayDay(day, False, _chinese_name(name), True)
            for day, name in chinese_calendar.holidays.items()
            if day.year == year
        ]
        days += [
            HolidayDay(day, True, _chinese_name(name), True)
            for day, name in chinese_calendar.workdays.items()
            if day.year == year
        ]
    else:
        days = [
            HolidayDay(day, is_workday, name, False)
            for day, (is_workday, name) in entered.items()
            if day.year == year
        ]
    return sorted(days, key=lambda entry: entry.day)


class RememberingCalendar(WorkingCalendar):
    """A WorkingCalendar that remembers its answers.

    chinesecalendar takes about 0.1 ms per day asked, and counting the working days
    left for a month of occurrences asks about the same few hundred days again and
    again. Build a new one when the clerk's days change (the store does, per read).
    """

    def __init__(self, overrides: Mapping[date, bool] | None = None) -> None:
        super().__init__(overrides)
        self._known: dict[date, bool] = {}

        self._year_counts: dict[int, list[int]] = {}

    def is_workday(self, day: date) -> bool:
        found = self._known.get(day)
        if found is None:
            found = self._known[day] = super().is_workday(day)
        return found

    def _counts(self, year: int) -> list[int]:
        """counts[n]: working days among the first n days of the year."""
        counts = self._year_counts.get(year)
        if counts is None:
            counts = [0]
            day, step = date(year, 1, 1), timedelta(days=1)
            while day.year == year:
                counts.append(counts[-1] + self.is_workday(day))
                day += step
            self._year_counts[year] = counts
        return counts

    def _through(self, day: date) -> int:
        return self._counts(day.year)[day.timetuple().tm_yday]

    def workdays_between(self, first: date, last: date) -> int:
        """As WorkingCalendar's, from per-year running counts: a year of reminders asks
        this thousands of times, each over months of days."""
        if last < first:
            return -self.workdays_between(last, first)
        if first.year == last.year:
            return self._through(last) - self._through(first)
        total = self._counts(first.year)[-1] - self._through(first) + self._through(last)
        return total + sum(self._counts(year)[-1] for year in range(first.year + 1, last.year))


def calendar_with(entered: Mapping[date, tuple[bool, str]]) -> WorkingCalendar:
    """A WorkingCalendar with the clerk's days as overrides."""
    return RememberingCalendar({day: is_workday for day, (is_workday, _name) in entered.items()})


def day_names(
    first: date, last: date, entered: Mapping[date, tuple[bool, str]]
) -> dict[date, HolidayDay]:
    """Holidays and make-up workdays between first and last, for shading a calendar."""
    result: dict[date, HolidayDay] = {}
    for year in range(first.year, last.year + 1):
        for entry in year_schedule(year, entered):
            if first <= entry.day <= last:
                result[entry.day] = entry
    # Days the clerk entered inside a built-in year (a local day off) still count.
    for day, (is_workday, name) in entered.items():
        if first <= day <= last and day not in result:
            result[day] = HolidayDay(day, is_workday, name, False)
    return result
