"""Deadlines that run from an event: 文件印发后3个工作日内, 印发后20日内, 收到申请之日起1个月内.

The requirement holds the rule (Task.deadline_rule, JSON written by the deadline
parser); the clerk records each triggering event (a TaskEvent: "the document was
issued on 8 February"). Every event yields one due date, so a duty such as
"publish every new policy within 3 working days of its issue" appears on the
calendar once per document.

Counting follows how Chinese administrative deadlines are counted:

* working days (工作日): the event day is not counted; the n-th working day after it
  under the State Council schedule, make-up workdays (调休) included, is the deadline;
* calendar days (日/天/周): the event day is not counted either; when the last day is
  not a working day the period ends on the next working day (民法典 第二百零三条:
  期间的最后一日是法定休假日的，以法定休假日结束的次日为期间的最后一日);
* months (个月): the same day of the month n months later (the month's last day
  when it has no such day), extended past a day off in the same way.
"""

from __future__ import annotations

import calendar as _calendar
import json
from dataclasses import dataclass
from datetime import date, timedelta

from govledger.domain.working_days import WorkingCalendar


@dataclass(frozen=True, slots=True)
class EventRule:
    """A parsed deadline_rule that runs from an event."""

    event: str  # what starts the clock, as written ("印发", "收到申请"); may be empty
    days: int = 0
    working: bool = False
    months: int = 0

    @classmethod
    def from_json(cls, text: str) -> EventRule | None:
        """The rule in a Task.deadline_rule, or None when it is not event-relative."""
        if not text:
            return None
        try:
            data = json.loads(text)
        except ValueError:
            return None
        if not isinstance(data, dict) or "event" not in data:
            return None  # e.g. {"every": "month", "day": 10} is a recurrence, not an event rule
        days, months = int(data.get("days") or 0), int(data.get("months") or 0)
        if days <= 0 and months <= 0:
            return None
        return cls(str(data["event"]), days, bool(data.get("working")), months)

    def due_after(self, event_on: date, calendar: WorkingCalendar) -> date:
        """The last day allowed for the follow-up of an event on event_on."""
        if self.months:
            return _next_workday(_add_months(event_on, self.months), calendar)
        if self.working:
            return calendar.add_workdays(event_on, self.days)
        return _next_workday(event_on + timedelta(days=self.days), calendar)

    def describe(self) -> str:
        """The rule in words, as a plan would write it: 印发后3个工作日内."""
        after = f"{self.event}后" if self.event else ""
        if self.months:
            return f"{after}{self.months}个月内"
        return f"{after}{self.days}{'个工作日' if self.working else '日'}内"


@dataclass(frozen=True, slots=True)
class TaskEvent:
    """A triggering event the clerk recorded for an event-relative requirement."""

    id: int
    uuid: str
    task_id: int
    on: date
    note: str = ""
    done_on: date | None = None  # when the follow-up it triggered was done


def _add_months(day: date, months: int) -> date:
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return date(year, month, min(day.day, _calendar.monthrange(year, month)[1]))


def _next_workday(day: date, calendar: WorkingCalendar) -> date:
    while not calendar.is_workday(day):
        day += timedelta(days=1)
    return day
