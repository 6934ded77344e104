"""Deadlines counted from a recorded event, on China's working calendar.

Dates checked against chinesecalendar's schedule:
National Day 2021: 1–7 Oct off, Sunday 26 Sep and Saturday 9 Oct worked.
Spring Festival 2024: 10–17 Feb off, Sunday 4 Feb and Sunday 18 Feb worked.
"""

from __future__ import annotations

import json
from datetime import date

import chinese_calendar
import pytest

from govledger.domain.deadline_parser import parse
from govledger.domain.event_deadlines import EventRule, TaskEvent
from govledger.domain.model import Task, TaskKind
from govledger.domain.recurrence import OccurrenceKind, PlanSpan, expand
from govledger.domain.working_days import WorkingCalendar


def rule(text: str) -> EventRule:
    found = EventRule.from_json(parse(text, 2021).rule)
    assert found is not None, text
    return found


def test_the_schedules_these_tests_rely_on() -> None:
    assert not chinese_calendar.is_workday(date(2021, 10, 1))
    assert chinese_calendar.is_workday(date(2021, 9, 26))
    assert chinese_calendar.is_workday(date(2021, 10, 9))
    assert not chinese_calendar.is_workday(date(2024, 2, 10))
    assert chinese_calendar.is_workday(date(2024, 2, 9))
    assert chinese_calendar.is_workday(date(2024, 2, 4))
    assert chinese_calendar.is_workday(date(2024, 2, 18))


@pytest.mark.parametrize(
    ("text", "event_on", "due"),
    [
        # Wed 29 Sep 2021 + 3 working days: Thu 30 Sep, Fri 8 Oct, Sat 9 Oct (make-up)
        ("文件印发后3个工作日内", date(2021, 9, 29), date(2021, 10, 9)),
        # Fri 24 Sep + 10: 26 (Sun, make-up), 27, 28, 29, 30, 8, 9, 11, 12, 13 Oct
        ("10个工作日内", date(2021, 9, 24), date(2021, 10, 13)),
        # Thu 8 Feb 2024 + 3: Fri 9 Feb, Sun 18 Feb (make-up), Mon 19 Feb
        ("文件印发后3个工作日内", date(2024, 2, 8), date(2024, 2, 19)),
        # Thu 1 Feb 2024 + 5: Fri 2, Sun 4 (make-up), Mon 5, Tue 6, Wed 7
        ("收到申请之日起5个工作日内", date(2024, 2, 1), date(2024, 2, 7)),
        # calendar days: 11 Sep 2021 + 20 = Fri 1 Oct, a holiday → Fri 8 Oct
        ("印发后20日内", date(2021, 9, 11), date(2021, 10, 8)),
        # 21 Jan 2024 + 20 = Sat 10 Feb, Spring Festival → first working day after: Sun 18 Feb
        ("印发后20日内", date(2024, 1, 21), date(2024, 2, 18)),
        # a plain calendar-day period ending on a working day is left alone
        ("印发后20日内", date(2024, 3, 1), date(2024, 3, 21)),
        # months: 1 Sep 2021 + 1 month = Fri 1 Oct → 8 Oct
        ("收到申请之日起1个月内", date(2021, 9, 1), date(2021, 10, 8)),
    ],
)
def test_due_after_event(text: str, event_on: date, due: date) -> None:
    assert rule(text).due_after(event_on, WorkingCalendar()) == due


def test_clerk_entered_2027_holiday_moves_a_computed_due_date() -> None:
    working = rule("文件印发后3个工作日内")
    event_on = date(2027, 9, 29)  # a Wednesday; 2027 is not in chinesecalendar
    assert working.due_after(event_on, WorkingCalendar()) == date(2027, 10, 4)
    national_day = {date(2027, 10, day): False for day in range(1, 8)}
    national_day[date(2027, 10, 9)] = True  # a make-up Saturday
    assert working.due_after(event_on, WorkingCalendar(national_day)) == date(2027, 10, 9)
    calendar_days = rule("印发后20日内")
    assert calendar_days.due_after(date(2027, 9, 11), WorkingCalendar()) == date(2027, 10, 1)
    assert calendar_days.due_after(date(2027, 9, 11), WorkingCalendar(national_day)) == date(
        2027, 10, 8
    )


def test_rules_that_are_not_event_rules() -> None:
    assert EventRule.from_json("") is None
    assert EventRule.from_json("not json") is None
    assert EventRule.from_json(json.dumps({"every": "month", "day": 10})) is None
    assert EventRule.from_json(json.dumps({"event": "印发", "days": 0})) is None


def test_describe_reads_like_the_plan() -> None:
    assert rule("文件印发后3个工作日内").describe() == "印发后3个工作日内"
    assert rule("10个工作日内").describe() == "10个工作日内"
    assert rule("印发后20日内").describe() == "印发后20日内"


def test_each_recorded_event_gives_an_occurrence() -> None:
    deadline = parse("文件印发后3个工作日内", 2024)
    task = Task(
        id=3,
        uuid="u",
        plan_id=1,
        parent_id=None,
        position=0,
        kind=TaskKind.REQUIREMENT,
        text="及时公开政策文件",
        deadline_rule=deadline.rule,
    )
    events = [TaskEvent(1, "e1", 3, date(2024, 2, 8)), TaskEvent(2, "e2", 3, date(2024, 3, 1))]
    found = expand(task, date(2024, 1, 1), date(2024, 12, 31), WorkingCalendar(), PlanSpan(2024))
    assert found == []  # nothing is due until the event is recorded
    found = expand(
        task, date(2024, 1, 1), date(2024, 12, 31), WorkingCalendar(), PlanSpan(2024), events
    )
    assert [(o.due, o.key, o.event_id, o.kind) for o in found] == [
        (date(2024, 2, 19), date(2024, 2, 8), 1, OccurrenceKind.EVENT),
        (date(2024, 3, 6), date(2024, 3, 1), 2, OccurrenceKind.EVENT),
    ]
