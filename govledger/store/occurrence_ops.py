"""The deadline calendar's side of the Ledger: occurrences, their done marks, events.

Reads compute each occurrence's state for a date range (only the range asked
for: the month on screen, the window of a reminder). Writes go through the
Ledger's transaction, so marking an occurrence done is undone and audited like
any other edit.

Where a done mark lives depends on the occurrence: a one-off requirement's only
occurrence is the requirement, so marking it done sets the requirement 已完成;
an event's follow-up is marked on the event row; a recurring occurrence gets a
row in occurrence_marks keyed by its nominal date.
"""

from __future__ import annotations

from contextlib import AbstractContextManager
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from govledger.domain.model import Plan, Status, Task
from govledger.domain.status_rules import Alert
from govledger.messages import GovLedgerError, message
from govledger.store import records
from govledger.store.records import optional_date
from govledger.store.task_ops import new_uuid
from govledger.store.transaction import Transaction, now_text

if TYPE_CHECKING:
    from govledger.domain.changes import ChangeSet
    from govledger.domain.deadline_state import CalendarEntry
    from govledger.domain.event_deadlines import TaskEvent
    from govledger.domain.holiday_schedule import HolidayDay
    from govledger.domain.recurrence import Occurrence, PlanSpan
    from govledger.domain.reminders import ReminderSummary
    from govledger.domain.unit_kinds import UnitKind
    from govledger.domain.working_days import WorkingCalendar
    from govledger.store.connection import LedgerDatabase


def plan_spans(plans: list[Plan]) -> dict[int, PlanSpan]:
    """Each plan's span: its recurring duties recur until a later year's plan arrives."""
    from govledger.domain.recurrence import PlanSpan  # loaded on first use (start-up time)

    years = sorted({plan.year for plan in plans})
    spans: dict[int, PlanSpan] = {}
    for plan in plans:
        later = [year for year in years if year > plan.year]
        last_year = later[0] - 1 if later else None
        spans[plan.id] = PlanSpan(plan.year, plan.issued_on, last_year)
    return spans


def _event_from_row(row: dict[str, Any]) -> TaskEvent:
    from govledger.domain.event_deadlines import TaskEvent

    return TaskEvent(
        id=row["id"],
        uuid=row["uuid"],
        task_id=row["task_id"],
        on=date.fromisoformat(row["event_on"]),
        note=row["note"],
        done_on=optional_date(row["done_on"]),
    )


# A requirement a 回头看 closed (不再结转) has no more deadlines: it leaves the
# calendar, the reminders and the 催办单 of its year, and stays in the tree as it was.
NOT_CLOSED = "uuid NOT IN (SELECT task_uuid FROM rollover_decisions WHERE decision = 'close')"


class OccurrenceOps:
    _db: LedgerDatabase

    if TYPE_CHECKING:  # provided by Ledger and its other mixins

        def _transaction(
            self, action: str, description: str
        ) -> AbstractContextManager[Transaction]: ...
        def plans(self) -> list[Plan]: ...
        def plan(self, plan_id: int) -> Plan: ...
        def holidays(self) -> dict[date, tuple[bool, str]]: ...
        def set_holiday(self, day: date, *, is_workday: bool, name: str = "") -> ChangeSet: ...

    # ------------------------------------------------------------------ calendar
    def working_calendar(self) -> WorkingCalendar:
        """chinesecalendar's schedule with the clerk's entered days on top."""
        from govledger.domain.holiday_schedule import calendar_with

        return calendar_with(self.holidays())

    def holiday_schedule(self, year: int) -> list[HolidayDay]:
        from govledger.domain.holiday_schedule import year_schedule

        return year_schedule(year, self.holidays())

    def enter_holiday(self, day: date, *, is_workday: bool, name: str = "") -> ChangeSet:
        """Enter a day of a year the package does not know; built-in years are read-only."""
        from govledger.domain.holiday_schedule import is_builtin_year

        if is_builtin_year(day.year):
            raise GovLedgerError("holiday.builtin_year", year=day.year)
        return self.set_holiday(day, is_workday=is_workday, name=name)

    def enter_holidays(
        self, first: date, last: date, *, is_workday: bool, name: str = ""
    ) -> ChangeSet:
        """Enter a run of days (国庆节 1–7 October) as one step, undone as one."""
        from govledger.domain.holiday_schedule import is_builtin_year

        if last < first:
            first, last = last, first
        for year in range(first.year, last.year + 1):
            if is_builtin_year(year):
                raise GovLedgerError("holiday.builtin_year", year=year)
        description = f"{first.isoformat()}–{last.isoformat()} {name}"
        with self._transaction("set_holiday", description) as tx:
            for offset in range((last - first).days + 1):
                day = (first + timedelta(days=offset)).isoformat()
                row = tx.db.execute("SELECT id FROM holidays WHERE day = ?", [day]).fetchone()
                values = {"is_workday": int(is_workday), "name": name}
                if row:
                    tx.update("holidays", row[0], values)
                else:
                    tx.insert("holidays", {"day": day, **values})
        return tx.changes

    def enter_notice_year(self, year: int, days: list[tuple[date, bool, str]]) -> ChangeSet:
        """The year's schedule as read from the State Council notice, as one step.

        days: (day, is_workday, festival name). The notice is the whole year: days
        entered for it before and not in the notice go, so a corrected paste replaces
        a mistyped one instead of mixing with it.
        """
        from govledger.domain.holiday_schedule import is_builtin_year

        if is_builtin_year(year) or any(is_builtin_year(day.year) for day, _w, _n in days):
            raise GovLedgerError("holiday.builtin_year", year=year)
        wanted = {day.isoformat(): (is_workday, name) for day, is_workday, name in days}
        with self._transaction("set_holiday", f"{year} notice") as tx:
            rows = tx.db.execute(
                "SELECT id, day, is_workday, name FROM holidays WHERE day LIKE ?", [f"{year}-%"]
            ).fetchall()
            for row_id, day, is_workday, name in rows:
                if day not in wanted:
                    tx.delete("holidays", row_id)
                elif (bool(is_workday), name) == wanted[day]:
                    del wanted[day]  # already as the notice has it: nothing to record
            for day, (is_workday, name) in sorted(wanted.items()):
                values = {"is_workday": int(is_workday), "name": name}
                row = tx.db.execute("SELECT id FROM holidays WHERE day = ?", [day]).fetchone()
                if row:
                    tx.update("holidays", row[0], values)
                else:
                    tx.insert("holidays", {"day": day, **values})
        return tx.changes

    def withdraw_holiday(self, day: date) -> ChangeSet:
        return self.withdraw_holidays([day])

    def withdraw_holidays(self, days: list[date]) -> ChangeSet:
        """Remove entered days (as one step); built-in years are read-only."""
        from govledger.domain.holiday_schedule import is_builtin_year

        for day in days:
            if is_builtin_year(day.year):
                raise GovLedgerError("holiday.builtin_year", year=day.year)
        description = " ".join(day.isoformat() for day in days[:3])
        with self._transaction("remove_holiday", description) as tx:
            for day in days:
                row = tx.db.execute(
                    "SELECT id FROM holidays WHERE day = ?", [day.isoformat()]
                ).fetchone()
                if row:
                    tx.delete("holidays", row[0])
        return tx.changes

    # ------------------------------------------------------------------ reading
    def task_events(self, task_id: int) -> list[TaskEvent]:
        return [
            _event_from_row(row)
            for row in self._db.query(
                "SELECT * FROM task_events WHERE task_id = ? ORDER BY event_on, id", [task_id]
            )
        ]

    def occurrences(
        self,
        plan_id: int | None,
        start: date,
        end: date,
        today: date | None = None,
        *,
        warning_workdays: int | None = None,
        calendar: WorkingCalendar | None = None,
    ) -> list[CalendarEntry]:
        """Occurrences due from start to end (inclusive) of one plan (None: every plan).

        Ordered by due date, then plan, then the requirements' order in the plan.
        warning_workdays defaults to deadline_state.WARNING_WORKDAYS.
        """
        from govledger.domain.deadline_state import WARNING_WORKDAYS, calendar_entry
        from govledger.domain.recurrence import expand

        if warning_workdays is None:
            warning_workdays = WARNING_WORKDAYS
        today = today or date.today()
        calendar = calendar or self.working_calendar()
        all_plans = self.plans()
        spans = plan_spans(all_plans)
        chosen = [p for p in all_plans if p.id == plan_id] if plan_id is not None else all_plans
        entries: list[tuple[tuple[date, int, int], CalendarEntry]] = []
        for plan in chosen:
            events = self._events_by_task(plan.id)
            marks = self._marks(plan.id)
            order = self._tree_order(plan.id)
            for task in self._requirements(plan.id, start, end):
                for occurrence in expand(
                    task, start, end, calendar, spans[plan.id], events.get(task.id, ())
                ):
                    done_on, note = self._done(occurrence, events.get(task.id, ()), marks)
                    entry = calendar_entry(
                        task,
                        occurrence,
                        plan_year=plan.year,
                        today=today,
                        calendar=calendar,
                        done_on=done_on,
                        note=note,
                        warning_workdays=warning_workdays,
                    )
                    entries.append(((occurrence.due, plan.id, order.get(task.id, 0)), entry))
        return [entry for _key, entry in sorted(entries, key=lambda item: item[0])]

    def reminders(
        self,
        plan_id: int | None,
        today: date | None = None,
        *,
        warning_workdays: int | None = None,
    ) -> ReminderSummary:
        """Overdue and due-soon occurrences per unit, for the start-up summary and 催办单.

        warning_workdays defaults to deadline_state.WARNING_WORKDAYS.
        """
        from govledger.domain.deadline_state import WARNING_WORKDAYS
        from govledger.domain.reminders import summarize

        if warning_workdays is None:
            warning_workdays = WARNING_WORKDAYS
        today = today or date.today()
        calendar = self.working_calendar()
        end = calendar.add_workdays(today, warning_workdays)
        entries = self.occurrences(
            plan_id,
            self._first_due(plan_id),
            end,
            today,
            warning_workdays=warning_workdays,
            calendar=calendar,
        )
        return summarize(entries, today, warning_workdays, self.unit_directory())

    def overdue(
        self,
        plan_id: int | None,
        today: date | None = None,
        *,
        calendar: WorkingCalendar | None = None,
    ) -> list[CalendarEntry]:
        """Every occurrence past its due date and not done, oldest first."""
        today = today or date.today()
        start, end = self._first_due(plan_id), date.fromordinal(today.toordinal() - 1)
        if end < start:
            return []
        found = self.occurrences(plan_id, start, end, today, calendar=calendar)
        return [entry for entry in found if entry.alert is Alert.OVERDUE]

    def awaiting_events(self, plan_id: int | None) -> list[Task]:
        """Event-relative requirements with no event recorded yet: nothing dates them."""
        from govledger.domain.event_deadlines import EventRule

        plans = [plan_id] if plan_id is not None else [plan.id for plan in self.plans()]
        waiting: list[Task] = []
        for one_plan in plans:
            candidates = records.fetch_tasks(
                self._db,
                f"""plan_id = ? AND kind = 'requirement' AND due IS NULL AND {NOT_CLOSED}
                   AND deadline_rule LIKE '%"event"%' AND status NOT IN ('已完成', '不适用')
                   AND id NOT IN (SELECT task_id FROM task_events)""",
                [one_plan],
            )
            order = self._tree_order(one_plan) if candidates else {}
            candidates.sort(key=lambda task: order.get(task.id, 0))
            waiting += [t for t in candidates if EventRule.from_json(t.deadline_rule) is not None]
        return waiting

    def unit_directory(self) -> dict[str, UnitKind]:
        raise NotImplementedError  # UnitOps

    def _first_due(self, plan_id: int | None) -> date:
        """The earliest day anything of the plan(s) can be due: 1 January of the plan's
        year, or an earlier one-off due date (a plan can carry last year's leftovers)."""
        plans = [self.plan(plan_id)] if plan_id is not None else self.plans()
        if not plans:
            return date.today()
        start = date(min(plan.year for plan in plans), 1, 1)
        (earliest,) = self._db.execute(
            f"""SELECT min(due) FROM tasks WHERE due IS NOT NULL
                AND plan_id IN ({", ".join("?" for _ in plans)})""",
            [plan.id for plan in plans],
        ).fetchone()
        return min(start, date.fromisoformat(earliest)) if earliest else start

    def _requirements(self, plan_id: int, start: date, end: date) -> list[Task]:
        """The requirements that can have an occurrence between start and end.

        Only this range's one-off deadlines are read, with every recurring or
        event-relative one: a month of a 10 000-requirement plan reads a few hundred
        rows, not all of them.
        """
        return records.fetch_tasks(
            self._db,
            f"""plan_id = ? AND kind = 'requirement' AND {NOT_CLOSED} AND (
                   (due BETWEEN ? AND ?) OR recurrence IS NOT NULL OR length(deadline_rule) > 0
                   OR deadline_text LIKE '%季度%' OR text LIKE '%季度%')""",
            [plan_id, start.isoformat(), end.isoformat()],
        )

    def _tree_order(self, plan_id: int) -> dict[int, int]:
        """task id -> its place in document order, from ids and positions only (cheap)."""
        children: dict[int | None, list[tuple[int, int]]] = {}
        for task_id, parent_id, position in self._db.execute(
            "SELECT id, parent_id, position FROM tasks WHERE plan_id = ?", [plan_id]
        ):
            children.setdefault(parent_id, []).append((position, task_id))
        order: dict[int, int] = {}
        stack = [task_id for _position, task_id in sorted(children.get(None, []), reverse=True)]
        while stack:
            task_id = stack.pop()
            order[task_id] = len(order)
            below = sorted(children.get(task_id, []), reverse=True)
            stack.extend(child for _position, child in below)
        return order

    def _events_by_task(self, plan_id: int) -> dict[int, list[TaskEvent]]:
        result: dict[int, list[TaskEvent]] = {}
        for row in self._db.query(
            """SELECT e.* FROM task_events e JOIN tasks t ON t.id = e.task_id
               WHERE t.plan_id = ? ORDER BY e.event_on, e.id""",
            [plan_id],
        ):
            result.setdefault(row["task_id"], []).append(_event_from_row(row))
        return result

    def _marks(self, plan_id: int) -> dict[tuple[int, date], tuple[date, str]]:
        return {
            (task_id, date.fromisoformat(key)): (date.fromisoformat(done_on), note)
            for task_id, key, done_on, note in self._db.execute(
                """SELECT m.task_id, m.occurrence_date, m.done_on, m.note
                   FROM occurrence_marks m JOIN tasks t ON t.id = m.task_id
                   WHERE t.plan_id = ?""",
                [plan_id],
            )
        }

    @staticmethod
    def _done(
        occurrence: Occurrence,
        events: list[TaskEvent] | tuple[TaskEvent, ...],
        marks: dict[tuple[int, date], tuple[date, str]],
    ) -> tuple[date | None, str]:
        from govledger.domain.recurrence import OccurrenceKind

        if occurrence.kind is OccurrenceKind.EVENT:
            event = next((e for e in events if e.id == occurrence.event_id), None)
            return (event.done_on, event.note) if event else (None, "")
        if occurrence.kind is OccurrenceKind.ONCE:
            return None, ""  # the requirement's own status says
        return marks.get((occurrence.task_id, occurrence.key), (None, ""))

    # ------------------------------------------------------------------ writing
    def record_event(self, task_id: int, on: date, *, note: str = "") -> ChangeSet:
        """Record the event an event-relative deadline runs from (文件印发 on `on`)."""
        from govledger.domain.event_deadlines import EventRule

        with self._transaction(
            "record_event", message("occ.record_event", date=on.isoformat())
        ) as tx:
            task = tx.require("tasks", task_id, "task")
            if EventRule.from_json(task["deadline_rule"]) is None:
                raise GovLedgerError("occ.not_event_rule")
            tx.insert(
                "task_events",
                {
                    "uuid": new_uuid(),
                    "task_id": task_id,
                    "event_on": on.isoformat(),
                    "note": note,
                    "created_at": now_text(),
                },
            )
        return tx.changes

    def update_event(
        self, event_id: int, *, on: date | None = None, note: str | None = None
    ) -> ChangeSet:
        values: dict[str, Any] = {}
        if on is not None:
            values["event_on"] = on.isoformat()
        if note is not None:
            values["note"] = note
        with self._transaction("update_event", message("what.event")) as tx:
            tx.require("task_events", event_id, "event")
            tx.update("task_events", event_id, values)
        return tx.changes

    def delete_event(self, event_id: int) -> ChangeSet:
        with self._transaction("delete_event", message("what.event")) as tx:
            tx.require("task_events", event_id, "event")
            tx.delete("task_events", event_id)
        return tx.changes

    def mark_occurrence_done(
        self, occurrence: Occurrence, *, on: date | None = None, note: str = ""
    ) -> ChangeSet:
        """Mark one occurrence done (on `on`, default today)."""
        from govledger.domain.recurrence import OccurrenceKind

        done_on = (on or date.today()).isoformat()
        description = message("occ.mark_done", label=occurrence.label)
        with self._transaction("mark_occurrence", description) as tx:
            tx.require("tasks", occurrence.task_id, "task")
            if occurrence.kind is OccurrenceKind.ONCE:
                _set_status(tx, occurrence.task_id, Status.DONE)
            elif occurrence.kind is OccurrenceKind.EVENT:
                assert occurrence.event_id is not None
                tx.require("task_events", occurrence.event_id, "event")
                values = {"done_on": done_on, **({"note": note} if note else {})}
                tx.update("task_events", occurrence.event_id, values)
            else:
                mark_id = _mark_id(tx, occurrence)
                values = {"done_on": done_on, "note": note}
                if mark_id is None:
                    tx.insert(
                        "occurrence_marks",
                        {
                            "task_id": occurrence.task_id,
                            "occurrence_date": occurrence.key.isoformat(),
                            **values,
                        },
                    )
                else:
                    tx.update("occurrence_marks", mark_id, values)
        return tx.changes

    def unmark_occurrence(self, occurrence: Occurrence) -> ChangeSet:
        """Take back a done mark (a one-off requirement goes back to 进行中)."""
        from govledger.domain.recurrence import OccurrenceKind

        description = message("occ.unmark", label=occurrence.label)
        with self._transaction("unmark_occurrence", description) as tx:
            task = tx.require("tasks", occurrence.task_id, "task")
            if occurrence.kind is OccurrenceKind.ONCE:
                if task["status"] == str(Status.DONE):
                    _set_status(tx, occurrence.task_id, Status.IN_PROGRESS)
            elif occurrence.kind is OccurrenceKind.EVENT:
                assert occurrence.event_id is not None
                tx.require("task_events", occurrence.event_id, "event")
                tx.update("task_events", occurrence.event_id, {"done_on": None})
            else:
                mark_id = _mark_id(tx, occurrence)
                if mark_id is not None:
                    tx.delete("occurrence_marks", mark_id)
        return tx.changes


def _mark_id(tx: Transaction, occurrence: Occurrence) -> int | None:
    row = tx.db.execute(
        "SELECT id FROM occurrence_marks WHERE task_id = ? AND occurrence_date = ?",
        [occurrence.task_id, occurrence.key.isoformat()],
    ).fetchone()
    return row[0] if row else None


def _set_status(tx: Transaction, task_id: int, status: Status) -> None:
    values: dict[str, Any] = {"status": str(status)}
    if status is Status.DONE:
        values["progress"] = 100  # as update_task does for 已完成
    if tx.update("tasks", task_id, values):
        tx.update("tasks", task_id, {"updated_at": now_text()})
