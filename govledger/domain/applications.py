"""依申请公开: one request for government information, its handling steps and reply limit.

The statutory reply limit (条例 第三十三条) is counted in working days on the same
WorkingCalendar as plan deadlines, so State Council holidays, make-up workdays (调休)
and the holidays a clerk entered for later years all count. Its traffic light is the
plan's: red once the limit has passed unanswered, yellow inside the warning window,
green once replied.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from govledger.domain import annual_report_format as fmt
from govledger.domain.model import Status
from govledger.domain.status_rules import Alert, alert, days_left
from govledger.domain.working_days import WorkingCalendar

STEP_CODES = tuple(code for code, _label in fmt.STEPS)
# The column holding each step's date.
STEP_COLUMNS = {code: f"{code}_on" for code in STEP_CODES}


@dataclass(frozen=True, slots=True)
class Application:
    id: int
    uuid: str
    received_on: date
    channel: str  # a code of annual_report_format.CHANNELS
    applicant_type: str  # a code of annual_report_format.APPLICANT_TYPES
    number: str = ""  # 登记编号 as the office writes it
    applicant_name: str = ""
    contact: str = ""
    content: str = ""
    registered_on: date | None = None
    reviewed_on: date | None = None
    handled_on: date | None = None
    replied_on: date | None = None
    archived_on: date | None = None
    corrected_on: date | None = None  # the corrected (补正) application arrived
    extended_on: date | None = None  # the one extension was decided
    extension_workdays: int = 0
    outcome: str | None = None  # a table 三 outcome row code; set when replied
    fee_cents: int = 0  # 信息处理费 in 分
    note: str = ""

    def step_date(self, step: str) -> date | None:
        day: date | None = getattr(self, STEP_COLUMNS[step])  # one of the *_on fields
        return day

    @property
    def step(self) -> str:
        """The furthest step reached (the last one with a date)."""
        reached = [code for code in STEP_CODES if self.step_date(code) is not None]
        return reached[-1] if reached else STEP_CODES[0]

    @property
    def next_step(self) -> str | None:
        index = STEP_CODES.index(self.step)
        return STEP_CODES[index + 1] if index + 1 < len(STEP_CODES) else None

    @property
    def replied(self) -> bool:
        return self.replied_on is not None

    def concluded_by(self, day: date) -> bool:
        """Replied with an outcome on or before day (counted in that year's results)."""
        return self.replied_on is not None and self.outcome is not None and self.replied_on <= day

    @property
    def fee_yuan(self) -> str:
        return format_yuan(self.fee_cents)

    @property
    def label(self) -> str:
        content = " ".join(self.content.split())
        short = content if len(content) <= 30 else content[:29] + "…"
        return f"{self.number} {short}".strip()


def format_yuan(cents: int) -> str:
    """380 元, 12.5 元: amounts as reports print them, without trailing zeros."""
    whole, part = divmod(abs(cents), 100)
    text = f"{whole}.{part:02d}".rstrip("0").rstrip(".")
    return ("-" if cents < 0 else "") + text


@dataclass(frozen=True, slots=True)
class ReplyLimit:
    start: date  # receipt, or receipt of the corrected application
    due: date  # the statutory limit without extension
    extended_due: date | None  # after the one extension, if any
    extension_late: bool = False  # the extension was decided after the limit had passed

    @property
    def final_due(self) -> date:
        return self.extended_due or self.due


def reply_limit(application: Application, calendar: WorkingCalendar) -> ReplyLimit:
    start = application.received_on
    if fmt.CORRECTION_RESTARTS_LIMIT and application.corrected_on is not None:
        start = max(start, application.corrected_on)
    due = calendar.add_workdays(start, fmt.REPLY_WORKDAYS)
    extended = None
    late = False
    if application.extended_on is not None and application.extension_workdays > 0:
        extended = calendar.add_workdays(due, application.extension_workdays)
        late = application.extended_on > due
    return ReplyLimit(start, due, extended, late)


def reply_alert(
    application: Application,
    limit: ReplyLimit,
    today: date,
    warning_days: int,
    calendar: WorkingCalendar,
) -> Alert:
    """The plan's traffic light for a reply limit; the warning window counts working days.

    A reply sent after its limit stays red (超期答复): it is counted with the overdue
    ones in the register and the yearly report, never turned green by being sent.
    """
    if replied_late(application, limit):
        return Alert.OVERDUE
    stored = Status.DONE if application.replied else Status.IN_PROGRESS
    return alert(stored, limit.final_due, today, warning_days, calendar.is_workday)


def workdays_left(limit: ReplyLimit, today: date, calendar: WorkingCalendar) -> int:
    return days_left(limit.final_due, today, calendar.is_workday)


def replied_late(application: Application, limit: ReplyLimit) -> bool:
    return application.replied_on is not None and application.replied_on > limit.final_due


@dataclass(frozen=True, slots=True)
class ApplicationDeadline:
    """A reply limit as a deadline calendar shows it."""

    application: Application
    due: date
    extended: bool
    alert: Alert


@dataclass(frozen=True, slots=True)
class ApplicationDocument:
    """A file kept with a request (the letter, a reply, a notice), stored as evidence is."""

    id: int
    application_id: int
    role: str
    sha256: str
    size: int
    original_name: str
    note: str = ""
    added_at: datetime | None = None
