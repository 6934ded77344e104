"""The tree's tooltip, the calendar, the register and the banner count days one way:
working days, and their words say so (issue 23)."""

from __future__ import annotations

from datetime import date

from govledger.domain.deadline_state import calendar_entry
from govledger.domain.model import Task, TaskKind
from govledger.domain.recurrence import expand
from govledger.domain.working_days import WorkingCalendar
from govledger.ui.labels import workdays_phrase
from govledger.ui.task_cells import requirement_cells

TODAY = date(2025, 9, 26)  # a Friday before National Day: 1–8 October off, 28 Sep worked


def _task(due: date) -> Task:
    return Task(
        id=1, uuid="u", plan_id=1, parent_id=None, position=0,
        kind=TaskKind.REQUIREMENT, number="3", text="更新政府信息公开指南", due=due,
    )  # fmt: skip


def test_tooltip_and_calendar_give_the_same_count() -> None:
    calendar = WorkingCalendar()
    for due in (date(2025, 10, 9), date(2025, 9, 29), date(2025, 9, 22)):
        task = _task(due)
        cells = requirement_cells(task, 0, TODAY, 5, calendar.is_workday)
        [occurrence] = expand(task, date(2025, 1, 1), date(2025, 12, 31), calendar, None, ())
        entry = calendar_entry(task, occurrence, plan_year=2025, today=TODAY, calendar=calendar)
        assert workdays_phrase(entry.workdays_left) in cells.tooltip
    assert (
        "4 working days left"
        in requirement_cells(_task(date(2025, 10, 9)), 0, TODAY, 5, calendar.is_workday).tooltip
    )  # 28 (make-up Sunday), 29, 30 Sep and 9 Oct: not the 13 calendar days
    assert (
        "4 working days overdue"
        in requirement_cells(_task(date(2025, 9, 22)), 0, TODAY, 5, calendar.is_workday).tooltip
    )
