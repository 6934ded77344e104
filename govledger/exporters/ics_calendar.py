"""A plan's deadlines as an iCalendar (.ics) file for Outlook, WPS and phone calendars.

One all-day VEVENT per occurrence, so a monthly 报送 shows on every due day. The
UID is built from the requirement's uuid and the occurrence's date, so importing
a newer export updates the same events instead of duplicating them.

Written by hand to RFC 5545 rather than with a library: CRLF line ends, TEXT
escaping of backslash, semicolon, comma and newline, and lines folded at 75
octets without cutting a UTF-8 character in two (a Chinese character is three
octets, and a cut one shows as garbage in Outlook).

With remind_days, each open event carries a VALARM whose absolute trigger is 09:00
(Beijing time) on the day N working days before the due date, counted with the
ledger's working calendar (调休 and the clerk's own holidays), so a reminder never
falls on a day the office is closed. Finished and 不适用 events get none.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from govledger import __version__
from govledger.domain.deadline_state import CalendarEntry
from govledger.domain.model import Plan
from govledger.domain.recurrence import chinese_label
from govledger.domain.status_rules import Alert
from govledger.domain.working_days import WorkingCalendar
from govledger.messages import GovLedgerError, message

if TYPE_CHECKING:
    from govledger.store.ledger import Ledger

MAX_LINE_OCTETS = 75
REMIND_HOUR_UTC = 1  # 09:00 in Beijing (UTC+8, no daylight saving)
MAX_REMIND_DAYS = 60

_STATE_WORDS = {
    Alert.OVERDUE: "逾期",
    Alert.DUE_SOON: "即将到期",
    Alert.DONE: "已完成",
    Alert.NOT_APPLICABLE: "不适用",
    Alert.NONE: "未到期",
}


def escape_text(value: str) -> str:
    """RFC 5545 TEXT: backslash, semicolon, comma and line breaks escaped."""
    value = value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
    return value.replace("\r\n", "\\n").replace("\r", "\\n").replace("\n", "\\n")


def fold(line: str) -> str:
    """Fold a content line into ≤75-octet pieces joined by CRLF + space.

    Continuation lines begin with the one space that marks them, which counts
    toward their 75 octets. Cuts fall between characters, never inside one.
    """
    pieces: list[str] = []
    current, size, limit = [], 0, MAX_LINE_OCTETS
    for char in line:
        octets = len(char.encode("utf-8"))
        if size + octets > limit:
            pieces.append("".join(current))
            current, size, limit = [], 0, MAX_LINE_OCTETS - 1
        current.append(char)
        size += octets
    pieces.append("".join(current))
    return "\r\n ".join(pieces)


def _date_value(day: date) -> str:
    return day.strftime("%Y%m%d")


def event_uid(entry: CalendarEntry) -> str:
    occurrence = entry.occurrence
    uid = f"{entry.task.uuid}-{_date_value(occurrence.key)}"
    if occurrence.event_id is not None:  # two events on one day are two deadlines
        uid += f"-e{occurrence.event_id}"
    return f"{uid}@govledger"


def summary(entry: CalendarEntry) -> str:
    """The event's title. A finished occurrence says so first, where every calendar
    shows it: it keeps its UID, so importing the file again updates the event the
    clerk imported while it was open instead of leaving a reminder of done work."""
    task = entry.task
    text = f"{task.number}. {task.text}" if task.number else task.text
    words = chinese_label(task, entry.occurrence)
    if words:
        text += f"（{words}）"
    if entry.alert in (Alert.DONE, Alert.NOT_APPLICABLE):
        text = f"【{_STATE_WORDS[entry.alert]}】{text}"
    return text


def description(entry: CalendarEntry) -> str:
    task = entry.task
    lines = []
    if task.lead_units:
        lines.append("牵头单位：" + "、".join(task.lead_units))
    if task.co_units:
        lines.append("配合单位：" + "、".join(task.co_units))
    if not task.lead_units and not task.co_units and task.units_text:
        lines.append("责任单位：" + task.units_text)
    if task.deadline_text:
        lines.append("时间节点：" + task.deadline_text)
    lines.append("状态：" + _STATE_WORDS[entry.alert])
    if entry.done_on:
        lines.append("完成日期：" + entry.done_on.isoformat())
    return "\n".join(lines)


def reminder_day(due: date, workdays: int, calendar: WorkingCalendar) -> date:
    """The working day `workdays` working days before due (due itself if 0)."""
    return calendar.add_workdays(due, -workdays)


def valarm_lines(entry: CalendarEntry, trigger_day: date) -> list[str]:
    trigger = datetime(
        trigger_day.year, trigger_day.month, trigger_day.day, REMIND_HOUR_UTC, tzinfo=UTC
    )
    return [
        "BEGIN:VALARM",
        "ACTION:DISPLAY",
        f"TRIGGER;VALUE=DATE-TIME:{trigger.strftime('%Y%m%dT%H%M%SZ')}",
        f"DESCRIPTION:{escape_text(summary(entry))}",
        "END:VALARM",
    ]


def vevent_lines(
    entry: CalendarEntry,
    stamp: str,
    remind_days: int | None = None,
    calendar: WorkingCalendar | None = None,
) -> list[str]:
    due = entry.occurrence.due
    alarm: list[str] = []
    if remind_days is not None and entry.alert not in (Alert.DONE, Alert.NOT_APPLICABLE):
        alarm = valarm_lines(entry, reminder_day(due, remind_days, calendar or WorkingCalendar()))
    return [
        "BEGIN:VEVENT",
        f"UID:{event_uid(entry)}",
        f"DTSTAMP:{stamp}",
        f"DTSTART;VALUE=DATE:{_date_value(due)}",
        f"DTEND;VALUE=DATE:{_date_value(due + timedelta(days=1))}",
        f"SUMMARY:{escape_text(summary(entry))}",
        f"DESCRIPTION:{escape_text(description(entry))}",
        f"CATEGORIES:{escape_text('政务公开')},{escape_text(_STATE_WORDS[entry.alert])}",
        f"STATUS:{'CANCELLED' if entry.alert is Alert.NOT_APPLICABLE else 'CONFIRMED'}",
        "TRANSP:TRANSPARENT",  # a deadline does not make the clerk busy all day
        *alarm,
        "END:VEVENT",
    ]


def calendar_text(
    entries: Iterable[CalendarEntry],
    name: str,
    now: datetime | None = None,
    *,
    remind_days: int | None = None,
    calendar: WorkingCalendar | None = None,
) -> tuple[str, int]:
    """The .ics text and the number of events in it."""
    stamp = (now or datetime.now(UTC)).astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:-//govledger//govledger {__version__}//ZH",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        f"X-WR-CALNAME:{escape_text(name)}",
        "X-WR-TIMEZONE:Asia/Shanghai",
    ]
    count = 0
    for entry in entries:
        lines += vevent_lines(entry, stamp, remind_days, calendar)
        count += 1
    lines.append("END:VCALENDAR")
    return "".join(fold(line) + "\r\n" for line in lines), count


def recurring_until(plan: Plan, today: date) -> date:
    """Recurring deadlines are exported through the end of the plan's year, or of this
    year while the plan is still in force; a calendar full of next decade's monthly
    reports helps nobody, and a re-export next year adds that year's."""
    return date(max(plan.year, today.year), 12, 31)


def write_ics(
    path: Path,
    entries: Iterable[CalendarEntry],
    name: str,
    *,
    remind_days: int | None = None,
    calendar: WorkingCalendar | None = None,
) -> int:
    """Write the file under a temporary name and rename it; returns the event count."""
    text, count = calendar_text(entries, name, remind_days=remind_days, calendar=calendar)
    path = Path(path)
    temporary = path.with_name(path.name + ".partial")
    try:
        with temporary.open("w", encoding="utf-8", newline="") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        temporary.replace(path)
    except BaseException:
        temporary.unlink(missing_ok=True)  # a full disk leaves no half calendar behind
        raise
    return count


def export_plan(
    ledger: Ledger,
    plan_id: int,
    path: Path,
    today: date | None = None,
    *,
    remind_days: int | None = None,
) -> int:
    """Every occurrence of a plan's deadlines into path; returns the event count.

    remind_days: add a reminder that many working days before each open deadline."""
    if remind_days is not None and not 0 <= remind_days <= MAX_REMIND_DAYS:
        raise GovLedgerError("export.bad_remind_days", most=MAX_REMIND_DAYS, value=remind_days)
    today = today or date.today()
    plan = ledger.plan(plan_id)
    until = recurring_until(plan, today)
    first, last = date(plan.year, 1, 1), until
    earliest, latest, last_event = ledger.deadline_span(plan_id)
    if earliest and latest:  # one-off dates and events are exported wherever they fall
        first, last = min(first, earliest), max(last, latest)
    if last_event:  # its follow-up may fall in the next year
        last = max(last, date(last_event.year + 1, 12, 31))
    entries = [
        entry
        for entry in ledger.occurrences(plan_id, first, last, today)
        if not entry.occurrence.recurring or entry.due <= until
    ]
    calendar = ledger.working_calendar() if remind_days is not None else None
    name = plan.title or message("what.plan")
    return write_ics(path, entries, name, remind_days=remind_days, calendar=calendar)
