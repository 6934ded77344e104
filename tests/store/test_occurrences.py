"""Occurrences in the ledger: their state, done marks, events, holidays, undo."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest

from govledger.domain.deadline_parser import parse
from govledger.domain.model import Status
from govledger.domain.recurrence import OccurrenceKind
from govledger.domain.status_rules import Alert
from govledger.messages import GovLedgerError
from govledger.store import Ledger, migrations

TABLES = (
    *("plans", "tasks", "units", "task_units", "progress_entries", "evidence", "holidays"),
    *("tombstones", "occurrence_marks", "task_events"),
)


def snapshot(ledger: Ledger) -> dict[str, list[tuple]]:
    return {t: ledger._db.execute(f"SELECT * FROM {t} ORDER BY id").fetchall() for t in TABLES}


def add_requirement(
    ledger: Ledger, plan_id: int, deadline_text: str, *, year: int = 2024, **fields
) -> int:
    deadline = parse(deadline_text, year)
    return ledger.add_task(
        plan_id,
        fields.pop("text", f"要求（{deadline_text}）"),
        deadline_text=deadline_text,
        due=deadline.due,
        recurrence=deadline.recurrence,
        deadline_rule=deadline.rule,
        lead_units=fields.pop("lead_units", ["办公室"]),
        **fields,
    ).first_created("tasks")


@pytest.fixture
def plan_2024(ledger: Ledger) -> int:
    return ledger.create_plan("2024年政务公开工作要点分工方案", 2024).first_created("plans")


@pytest.mark.parametrize("from_version", [1, 2, 3])
def test_deadline_calendar_migration_upgrades_older_ledgers(
    tmp_path: Path, monkeypatch, from_version: int
) -> None:
    path = tmp_path / "ledger.sqlite"
    with monkeypatch.context() as patched:
        patched.setattr(migrations, "MIGRATIONS", migrations.MIGRATIONS[:from_version])
        patched.setattr(migrations, "LATEST_VERSION", from_version)
        with Ledger.open(path) as ledger:
            ledger.create_plan("旧方案", 2024)
    with Ledger.open(path) as ledger:
        latest = migrations.LATEST_VERSION
        assert ledger._db.execute("PRAGMA user_version").fetchone()[0] == latest
        names = {row[0] for row in ledger._db.execute("SELECT name FROM sqlite_master")}
        assert {"occurrence_marks", "task_events"} <= names
        assert [plan.title for plan in ledger.plans()] == ["旧方案"]
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    conn.close()


def test_states_are_counted_in_working_days(ledger: Ledger, plan_2024: int) -> None:
    # Today Thu 8 Feb 2024; the Spring Festival holiday runs 10–17 Feb.
    today = date(2024, 2, 8)
    soon = add_requirement(ledger, plan_2024, "2月19日前")  # 2 working days away (9, 18, 19)
    later = add_requirement(ledger, plan_2024, "2月27日前")  # 17 calendar days, 8 working
    late = add_requirement(ledger, plan_2024, "2月7日前")
    done = add_requirement(ledger, plan_2024, "2月6日前", status=Status.DONE)
    skipped = add_requirement(ledger, plan_2024, "2月5日前", status=Status.NOT_APPLICABLE)
    entries = ledger.occurrences(plan_2024, date(2024, 2, 1), date(2024, 2, 29), today)
    state = {entry.task.id: (entry.alert, entry.workdays_left) for entry in entries}
    assert state[soon] == (Alert.DUE_SOON, 3)
    assert state[later] == (Alert.NONE, 9)
    assert state[late] == (Alert.OVERDUE, -1)
    assert state[done][0] is Alert.DONE
    assert state[skipped][0] is Alert.NOT_APPLICABLE
    assert [entry.due for entry in entries] == sorted(entry.due for entry in entries)


def test_each_monthly_occurrence_is_marked_done_on_its_own(ledger: Ledger, plan_2024: int) -> None:
    task_id = add_requirement(ledger, plan_2024, "每月10日前")
    today = date(2024, 4, 20)
    entries = ledger.occurrences(plan_2024, date(2024, 1, 1), date(2024, 4, 30), today)
    assert [e.due for e in entries] == [
        date(2024, 1, 10),
        date(2024, 2, 9),  # 10 Feb is the first day of the Spring Festival
        date(2024, 3, 8),  # Sunday 10 Mar → Friday 8 Mar
        date(2024, 4, 10),
    ]
    assert {e.alert for e in entries} == {Alert.OVERDUE}
    before = snapshot(ledger)
    march = entries[2].occurrence
    changes = ledger.mark_occurrence_done(march, on=date(2024, 3, 7), note="已报送")
    after = ledger.occurrences(plan_2024, date(2024, 1, 1), date(2024, 4, 30), today)
    assert [e.alert for e in after] == [Alert.OVERDUE, Alert.OVERDUE, Alert.DONE, Alert.OVERDUE]
    assert (after[2].done_on, after[2].note) == (date(2024, 3, 7), "已报送")
    assert ledger.task(task_id).status is Status.NOT_STARTED  # the requirement goes on
    assert ledger.audit_log(1)[0]["action"] == "mark_occurrence"
    ledger.revert(changes)
    assert snapshot(ledger) == before
    ledger.reapply(changes)
    ledger.unmark_occurrence(march)
    assert snapshot(ledger) == before


def test_marking_a_one_off_occurrence_done_completes_the_requirement(
    ledger: Ledger, plan_2024: int
) -> None:
    task_id = add_requirement(ledger, plan_2024, "10月底前")
    [entry] = ledger.occurrences(plan_2024, date(2024, 1, 1), date(2024, 12, 31), date(2024, 5, 1))
    assert entry.occurrence.kind is OccurrenceKind.ONCE
    before = snapshot(ledger)
    changes = ledger.mark_occurrence_done(entry.occurrence)
    assert ledger.task(task_id).status is Status.DONE
    assert ledger.task(task_id).progress == 100
    ledger.revert(changes)
    assert snapshot(ledger) == before


def test_a_done_recurring_requirement_settles_its_plan_year_only(
    ledger: Ledger, plan_2024: int
) -> None:
    add_requirement(ledger, plan_2024, "每季度", status=Status.DONE)
    entries = ledger.occurrences(plan_2024, date(2024, 1, 1), date(2025, 6, 30), date(2025, 5, 1))
    assert [e.alert for e in entries] == [Alert.DONE] * 4 + [Alert.OVERDUE, Alert.NONE]


def test_event_occurrence_appears_once_the_event_is_recorded(
    ledger: Ledger, plan_2024: int
) -> None:
    task_id = add_requirement(ledger, plan_2024, "文件印发后3个工作日内")
    window = (date(2024, 1, 1), date(2024, 12, 31), date(2024, 2, 8))
    assert ledger.occurrences(plan_2024, *window) == []
    before = snapshot(ledger)
    changes = ledger.record_event(task_id, date(2024, 2, 8), note="某某文件印发")
    [entry] = ledger.occurrences(plan_2024, *window)
    assert entry.due == date(2024, 2, 19)  # 9 Feb, 18 Feb (make-up Sunday), 19 Feb
    assert entry.occurrence.kind is OccurrenceKind.EVENT
    assert entry.alert is Alert.DUE_SOON
    ledger.revert(changes)
    assert snapshot(ledger) == before
    ledger.reapply(changes)

    marked = ledger.mark_occurrence_done(entry.occurrence, on=date(2024, 2, 9))
    [entry] = ledger.occurrences(plan_2024, *window)
    assert (entry.alert, entry.done_on) == (Alert.DONE, date(2024, 2, 9))
    ledger.revert(marked)
    [event] = ledger.task_events(task_id)
    assert event.done_on is None
    ledger.delete_event(event.id)
    assert ledger.occurrences(plan_2024, *window) == []


def test_event_needs_an_event_rule(ledger: Ledger, plan_2024: int) -> None:
    task_id = add_requirement(ledger, plan_2024, "每月10日前")
    with pytest.raises(GovLedgerError):
        ledger.record_event(task_id, date(2024, 3, 1))


def test_entered_2027_holiday_moves_a_computed_due_date(ledger: Ledger) -> None:
    plan_id = ledger.create_plan("2027年分工方案", 2027).first_created("plans")
    task_id = add_requirement(ledger, plan_id, "文件印发后3个工作日内", year=2027)
    ledger.record_event(task_id, date(2027, 9, 29))
    window = (date(2027, 9, 1), date(2027, 10, 31), date(2027, 9, 29))
    assert [e.due for e in ledger.occurrences(plan_id, *window)] == [date(2027, 10, 4)]
    for day in range(1, 8):
        ledger.enter_holiday(date(2027, 10, day), is_workday=False, name="国庆节")
    changes = ledger.enter_holiday(date(2027, 10, 9), is_workday=True, name="国庆节")
    assert [e.due for e in ledger.occurrences(plan_id, *window)] == [date(2027, 10, 9)]
    ledger.revert(changes)  # the make-up Saturday withdrawn: Mon 11 Oct
    assert [e.due for e in ledger.occurrences(plan_id, *window)] == [date(2027, 10, 11)]
    schedule = ledger.holiday_schedule(2027)
    assert [(d.day.day, d.is_workday, d.builtin) for d in schedule][:2] == [
        (1, False, False),
        (2, False, False),
    ]


def test_built_in_years_are_read_only(ledger: Ledger) -> None:
    with pytest.raises(GovLedgerError):
        ledger.enter_holiday(date(2024, 10, 8), is_workday=False, name="国庆节")
    with pytest.raises(GovLedgerError):
        ledger.withdraw_holiday(date(2024, 10, 1))
    schedule = ledger.holiday_schedule(2024)
    assert all(day.builtin for day in schedule)
    days_off = {d.day for d in schedule if not d.is_workday}
    assert {date(2024, 2, day) for day in range(10, 18)} <= days_off
    assert date(2024, 2, 4) in {d.day for d in schedule if d.is_workday}
    assert next(d.name for d in schedule if d.day == date(2024, 2, 12)) == "春节"


def test_deleting_a_requirement_takes_its_marks_and_events(ledger: Ledger, plan_2024: int) -> None:
    monthly = add_requirement(ledger, plan_2024, "每月10日前")
    relative = add_requirement(ledger, plan_2024, "印发后20日内")
    entries = ledger.occurrences(plan_2024, date(2024, 1, 1), date(2024, 1, 31), date(2024, 2, 1))
    ledger.mark_occurrence_done(entries[0].occurrence)
    ledger.record_event(relative, date(2024, 3, 1))
    before = snapshot(ledger)
    deleted = [ledger.delete_task(monthly), ledger.delete_task(relative)]
    assert ledger._db.execute("SELECT count(*) FROM occurrence_marks").fetchone()[0] == 0
    assert ledger._db.execute("SELECT count(*) FROM task_events").fetchone()[0] == 0
    for changes in reversed(deleted):
        ledger.revert(changes)
    assert snapshot(ledger) == before
    deleted = ledger.delete_plan(plan_2024)
    assert ledger.plans() == []
    ledger.revert(deleted)
    assert snapshot(ledger) == before


def test_a_later_plan_ends_the_earlier_plans_recurrence(ledger: Ledger, plan_2024: int) -> None:
    add_requirement(ledger, plan_2024, "每月10日前")
    window = (date(2024, 1, 1), date(2025, 12, 31), date(2024, 1, 1))
    assert len(ledger.occurrences(plan_2024, *window)) == 24
    ledger.create_plan("2025年政务公开工作要点分工方案", 2025)
    assert len(ledger.occurrences(plan_2024, *window)) == 12


def test_reminders_group_overdue_and_due_soon_by_unit(ledger: Ledger, plan_2024: int) -> None:
    today = date(2024, 2, 8)
    add_requirement(ledger, plan_2024, "1月31日前", lead_units=["办公室"], co_units=["法制科"])
    add_requirement(ledger, plan_2024, "2月19日前", lead_units=["法制科"])
    add_requirement(ledger, plan_2024, "3月31日前", lead_units=["信息中心"])  # not yet
    add_requirement(ledger, plan_2024, "1月15日前", text="未分工的要求", lead_units=[])
    summary = ledger.reminders(plan_2024, today)
    assert (summary.overdue_count, summary.due_soon_count) == (2, 1)
    assert [unit.unit for unit in summary.units] == ["法制科", "办公室", ""]
    law = summary.for_unit("法制科")
    assert [(line.role, line.entry.due) for line in law.lines] == [
        ("co", date(2024, 1, 31)),
        ("lead", date(2024, 2, 19)),
    ]
    assert summary.for_unit("信息中心") is None


def test_overdue_and_awaiting_events(ledger: Ledger, plan_2024: int) -> None:
    late = add_requirement(ledger, plan_2024, "1月31日前")
    add_requirement(ledger, plan_2024, "3月31日前")
    relative = add_requirement(ledger, plan_2024, "文件印发后3个工作日内")
    add_requirement(ledger, plan_2024, "10个工作日内", status=Status.NOT_APPLICABLE)
    today = date(2024, 2, 8)
    assert [e.task.id for e in ledger.overdue(plan_2024, today)] == [late]
    assert [task.id for task in ledger.awaiting_events(plan_2024)] == [relative]
    ledger.record_event(relative, date(2024, 1, 2))
    assert ledger.awaiting_events(None) == []
    assert [e.task.id for e in ledger.overdue(None, today)] == [relative, late]


def test_a_run_of_holidays_is_one_undoable_step(ledger: Ledger) -> None:
    before = snapshot(ledger)
    changes = ledger.enter_holidays(
        date(2027, 10, 7), date(2027, 10, 1), is_workday=False, name="国庆节"
    )
    assert len(ledger.holidays()) == 7
    assert ledger.holidays()[date(2027, 10, 1)] == (False, "国庆节")
    removed = ledger.withdraw_holidays([date(2027, 10, 1), date(2027, 10, 2)])
    assert len(ledger.holidays()) == 5
    ledger.revert(removed)
    ledger.revert(changes)
    assert snapshot(ledger) == before
    with pytest.raises(GovLedgerError):
        ledger.enter_holidays(date(2026, 12, 31), date(2027, 1, 1), is_workday=False)


def test_a_notice_replaces_the_years_entered_days_as_one_step(ledger: Ledger) -> None:
    ledger.enter_holidays(date(2027, 10, 1), date(2027, 10, 7), is_workday=False, name="国庆节")
    ledger.enter_holiday(date(2028, 1, 3), is_workday=False, name="元旦")  # another year
    before = snapshot(ledger)
    notice = [
        (date(2027, 10, 1), False, "国庆节"),  # as entered: no change recorded
        (date(2027, 10, 2), False, "国庆节、中秋节"),  # renamed
        (date(2027, 9, 26), True, "国庆节"),  # new
    ]
    changes = ledger.enter_notice_year(2027, notice)
    assert {day: value for day, value in ledger.holidays().items() if day.year == 2027} == {
        date(2027, 9, 26): (True, "国庆节"),
        date(2027, 10, 1): (False, "国庆节"),
        date(2027, 10, 2): (False, "国庆节、中秋节"),
    }
    assert ledger.holidays()[date(2028, 1, 3)] == (False, "元旦")
    ledger.revert(changes)
    assert snapshot(ledger) == before
    with pytest.raises(GovLedgerError):
        ledger.enter_notice_year(2026, [(date(2026, 10, 1), False, "国庆节")])
