"""A requirement's deadline as dated occurrences: what is due on which day.

One-off requirements have one occurrence, their due date. Recurring ones have one
per period, each of which the clerk marks done on its own:

* yearly (每年1月31日前): the same month and day every year;
* quarterly (每季度, 一季度听取一次): the end of each quarter;
* monthly (每月10日前): that day of every month, or the month's end for plain 每月;
* continuous (全年, 长期, 持续推进, 常态化): a year-end check on 31 December;
* event-relative (印发后3个工作日内): one per recorded event (see event_deadlines).

Monthly and quarterly dates fall every few weeks and often on a weekend or a
holiday. "每月10日前" means *by* the 10th, so when the 10th is a day off the
occurrence moves to the last working day on or before it — the office must have
it done before it closes, and a reminder a day early never hurt anyone. Yearly,
one-off and year-end dates are left as written: they are the requirement's own
due date, shown in the tree and printed in the ledger, and must agree with it.

Recurring occurrences exist while the plan is in force (see PlanSpan): from its
year (monthly and quarterly ones from the day it was issued, if known) until the
next year's plan takes over.
"""

from __future__ import annotations

import calendar as _calendar
import json
import re
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from govledger.domain.event_deadlines import EventRule, TaskEvent
from govledger.domain.model import Recurrence, Task
from govledger.domain.working_days import WorkingCalendar
from govledger.messages import message


class OccurrenceKind(StrEnum):
    ONCE = "once"
    YEARLY = "yearly"
    QUARTERLY = "quarterly"
    MONTHLY = "monthly"
    YEAR_END = "year_end"  # the yearly check of a continuous requirement
    EVENT = "event"


@dataclass(frozen=True, slots=True)
class Occurrence:
    """One due date of a requirement."""

    task_id: int
    due: date  # the day it is due, after the working-day adjustment
    # The nominal date that names this occurrence within its task (the 10th of the
    # month even when due moved to the 9th). Done marks refer to it, so entering a
    # holiday later moves the occurrence without losing its mark.
    key: date
    kind: OccurrenceKind
    label: str
    event_id: int | None = None  # for EVENT occurrences: the TaskEvent

    @property
    def recurring(self) -> bool:
        return self.kind not in (OccurrenceKind.ONCE, OccurrenceKind.EVENT)


@dataclass(frozen=True, slots=True)
class PlanSpan:
    """When a plan's recurring requirements recur."""

    year: int  # the plan's year: recurring occurrences start on 1 January of it
    issued_on: date | None = None  # monthly/quarterly ones start when the plan was issued
    last_year: int | None = None  # the year before the next plan; None: still in force

    def first_day(self, kind: OccurrenceKind) -> date:
        start = date(self.year, 1, 1)
        if kind in (OccurrenceKind.MONTHLY, OccurrenceKind.QUARTERLY) and self.issued_on:
            return max(start, self.issued_on)
        return start

    def last_day(self) -> date:
        return date(self.last_year, 12, 31) if self.last_year is not None else date.max


_QUARTER_NAMES = "一二三四"
# "一季度听取一次" / "每季度至少开展一次": once per quarter, although a bare
# "一季度" in a deadline column means the first quarter.
_ONCE_PER_QUARTER = re.compile(r"(?:每|一)个?季度[^，,。；;]{0,10}?[一1]次")


def recurrence_of(task: Task) -> Recurrence | None:
    """The task's recurrence: as stored, else "once a quarter" read from its wording.

    The requirement's own text is read only when it has no due date: "一季度开展一次
    自查" inside a requirement due 10月底前 describes the work, and the 10月底前
    date the plan sets must stay its deadline (and its calendar event)."""
    if task.recurrence is not None:
        return task.recurrence
    texts = (task.deadline_text,) if task.due is not None else (task.deadline_text, task.text)
    for text in texts:
        if text and _ONCE_PER_QUARTER.search(text):
            return Recurrence.QUARTERLY
    return None


def monthly_day(task: Task) -> int | None:
    """The day of the month of a monthly rule ({"every": "month", "day": 10}), if any."""
    if not task.deadline_rule:
        return None
    try:
        rule = json.loads(task.deadline_rule)
    except ValueError:
        return None
    if isinstance(rule, dict) and rule.get("every") == "month" and rule.get("day"):
        return int(rule["day"])
    return None


def last_workday_on_or_before(day: date, calendar: WorkingCalendar) -> date:
    while not calendar.is_workday(day):
        day -= timedelta(days=1)
    return day


def expand(
    task: Task,
    start: date,
    end: date,
    calendar: WorkingCalendar,
    span: PlanSpan,
    events: tuple[TaskEvent, ...] | list[TaskEvent] = (),
) -> list[Occurrence]:
    """The task's occurrences due between start and end (both included), by date."""
    found: list[Occurrence] = []
    recurrence = recurrence_of(task)
    if recurrence is None:
        if task.due is not None:
            label = task.deadline_text or task.due.isoformat()
            found.append(Occurrence(task.id, task.due, task.due, OccurrenceKind.ONCE, label))
    else:
        first, last = max(start, date(span.year, 1, 1)), min(end, span.last_day())
        if first <= last:
            found.extend(_periodic(task, recurrence, first, last, calendar, span))
    rule = EventRule.from_json(task.deadline_rule)
    if rule is not None:
        for event in events:
            due = rule.due_after(event.on, calendar)
            label = message("occ.event", date=event.on.isoformat(), rule=rule.describe())
            found.append(
                Occurrence(task.id, due, event.on, OccurrenceKind.EVENT, label, event_id=event.id)
            )
    return sorted((o for o in found if start <= o.due <= end), key=lambda o: (o.due, o.key))


def _periodic(
    task: Task,
    recurrence: Recurrence,
    first: date,
    last: date,
    calendar: WorkingCalendar,
    span: PlanSpan,
) -> list[Occurrence]:
    # Nominal dates are generated from a few days around the window, because a
    # working-day adjustment can pull the 1st of next month into this one.
    years = range(first.year, last.year + 2)
    result: list[Occurrence] = []
    if recurrence is Recurrence.YEARLY:
        month, day = (task.due.month, task.due.day) if task.due else (12, 31)
        for year in years:
            key = _clamped(year, month, day)
            result.append(_make(task, key, key, OccurrenceKind.YEARLY, "occ.yearly", year=year))
    elif recurrence is Recurrence.CONTINUOUS:
        for year in years:
            key = date(year, 12, 31)
            result.append(_make(task, key, key, OccurrenceKind.YEAR_END, "occ.year_end", year=year))
    elif recurrence is Recurrence.QUARTERLY:
        for year in years:
            for quarter in range(1, 5):
                key = _clamped(year, quarter * 3, 31)
                due = last_workday_on_or_before(key, calendar)
                result.append(
                    _make(
                        task,
                        key,
                        due,
                        OccurrenceKind.QUARTERLY,
                        "occ.quarterly",
                        year=year,
                        quarter=_QUARTER_NAMES[quarter - 1],
                    )
                )
    elif recurrence is Recurrence.MONTHLY:
        day = monthly_day(task) or 31  # plain 每月: by the end of each month
        for year in years:
            for month in range(1, 13):
                key = _clamped(year, month, day)
                due = last_workday_on_or_before(key, calendar)
                result.append(
                    _make(
                        task,
                        key,
                        due,
                        OccurrenceKind.MONTHLY,
                        "occ.monthly",
                        year=year,
                        month=month,
                    )
                )
    return [
        occurrence
        for occurrence in result
        if span.first_day(occurrence.kind) <= occurrence.key <= span.last_day()
        and first <= occurrence.due <= last
    ]


def _make(
    task: Task, key: date, due: date, kind: OccurrenceKind, label_key: str, **fields: object
) -> Occurrence:
    return Occurrence(task.id, due, key, kind, message(label_key, **fields))


def _clamped(year: int, month: int, day: int) -> date:
    """The day in that month, or the month's last day when it is shorter (31 → 30 June)."""
    return date(year, month, min(day, _calendar.monthrange(year, month)[1]))


def chinese_label(task: Task, occurrence: Occurrence) -> str:
    """Which occurrence of a recurring or event deadline, in Chinese whatever the program
    speaks: for the 催办单 and the .ics file, which are Chinese documents ("" for one-off)."""
    key = occurrence.key
    if occurrence.kind is OccurrenceKind.MONTHLY:
        return f"{key.year}年{key.month}月"
    if occurrence.kind is OccurrenceKind.QUARTERLY:
        return f"{key.year}年第{'一二三四'[(key.month - 1) // 3]}季度"
    if occurrence.kind is OccurrenceKind.YEARLY:
        return f"{key.year}年度"
    if occurrence.kind is OccurrenceKind.YEAR_END:
        return f"{key.year}年终检查"
    if occurrence.kind is OccurrenceKind.EVENT:
        rule = EventRule.from_json(task.deadline_rule)
        return f"{_chinese_date(key)}起{rule.describe()}" if rule else _chinese_date(key)
    return ""


def _chinese_date(day: date) -> str:
    return f"{day.year}年{day.month}月{day.day}日"
