"""Recurring limits (每年1月31日前, 每季度末, 每月10日前) and the day each first falls due.

A recurring limit's ``due`` is its first occurrence on or after the plan's issue
date — never before 1 January of the plan's year (a 2023 plan issued in December
2022 starts in January 2023) — and, when the issue date is unknown, its first
occurrence in the plan's year. Used by deadline_parser's pattern table; the
occurrences after the first are recurrence.py's business.
"""

from __future__ import annotations

import calendar as _calendar
import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from govledger.domain.model import Recurrence
from govledger.domain.outline import cn_to_int
from govledger.domain.working_days import WorkingCalendar


@dataclass(frozen=True, slots=True)
class PlanDates:
    """The dates a deadline is read against: the plan's year and its issue date."""

    year: int
    issued_on: date | None
    calendar: WorkingCalendar | None

    @property
    def first_day(self) -> date:
        """Where a recurring limit starts counting: the issue date, within the plan year.

        A 2023 plan issued in December 2022 still starts on 1 January 2023.
        """
        start = date(self.year, 1, 1)
        return max(self.issued_on, start) if self.issued_on else start


Result = tuple[date | None, Recurrence | None, str]  # (due, recurrence, rule JSON)
Handler = Callable[[re.Match[str], PlanDates], Result | None]


def _number(text: str) -> int:
    return int(text) if text.isdigit() else cn_to_int(text)


def _a_year_later(day: date) -> date:
    try:
        return day.replace(year=day.year + 1)
    except ValueError:  # 29 February
        return date(day.year + 1, 2, 28)


def yearly(inner: Handler) -> Handler:
    """每年…: recurs yearly; due on its first occurrence on or after the plan's start."""

    def handler(match: re.Match[str], ctx: PlanDates) -> Result | None:
        found = inner(match, ctx)
        if not found or found[0] is None:
            return None
        due = found[0]
        while due < ctx.first_day:
            due = _a_year_later(due)
        return due, Recurrence.YEARLY, ""

    return handler


def _first_month_day(ctx: PlanDates, day: int | None, months: int = 1) -> date:
    """The first day-th (None: month end) of a month on or after the plan's start.

    months=3 keeps to quarter months (March, June, September, December).
    """
    start = ctx.first_day
    year, month = start.year, start.month
    month += (-month) % months  # the quarter's last month
    while True:
        last = _calendar.monthrange(year, month)[1]
        due = date(year, month, last if day is None else min(day, last))
        if due >= start:
            return due
        month += months
        if month > 12:
            year, month = year + 1, month - 12


def on_every_year(match: re.Match[str], ctx: PlanDates) -> Result:
    """每年 with no day: once a year, by the end of it."""
    return date(ctx.first_day.year, 12, 31), Recurrence.YEARLY, ""


def on_every_quarter(match: re.Match[str], ctx: PlanDates) -> Result:
    """每季度 / 每季度末: the first quarter end on or after the plan's start."""
    return _first_month_day(ctx, None, months=3), Recurrence.QUARTERLY, ""


def on_every_month(match: re.Match[str], ctx: PlanDates) -> Result:
    """每月: the first month end on or after the plan's start."""
    return _first_month_day(ctx, None), Recurrence.MONTHLY, ""


def on_monthly_day(match: re.Match[str], ctx: PlanDates) -> Result | None:
    """每月10日前: the first 10th on or after the plan's start; the day is kept in the rule."""
    day = _number(match["d"])
    if not 1 <= day <= 31:
        return None
    rule = json.dumps({"every": "month", "day": day})
    return _first_month_day(ctx, day), Recurrence.MONTHLY, rule
