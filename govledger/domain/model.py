"""The ledger's records as plain dataclasses.

These are what the Ledger API returns and what views and exporters read. They carry
no behaviour that needs a database or Qt; the store builds them from rows.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum


class TaskKind(StrEnum):
    HEADING = "heading"  # 工作要求 / 工作任务: groups requirements, 1–3 levels
    REQUIREMENT = "requirement"  # 具体要求: one duty to be done and evidenced


class Status(StrEnum):
    """A requirement's status as shown to the clerk.

    OVERDUE is never stored: it is derived from the due date (see status_rules).
    """

    NOT_STARTED = "未开始"
    IN_PROGRESS = "进行中"
    DONE = "已完成"
    OVERDUE = "逾期"
    NOT_APPLICABLE = "不适用"


STORED_STATUSES = (Status.NOT_STARTED, Status.IN_PROGRESS, Status.DONE, Status.NOT_APPLICABLE)


class Recurrence(StrEnum):
    CONTINUOUS = "continuous"  # 全年 / 长期 / 持续推进 / 常态化
    YEARLY = "yearly"
    QUARTERLY = "quarterly"
    MONTHLY = "monthly"


class EvidenceKind(StrEnum):
    FILE = "file"
    LINK = "link"


@dataclass(frozen=True, slots=True)
class Plan:
    id: int
    uuid: str
    title: str
    year: int
    organization: str = ""
    document_number: str = ""
    issued_on: date | None = None
    source_name: str = ""
    created_at: datetime | None = None
    revision: int = 0  # the stored version a form loaded; a save checks it is still so


@dataclass(frozen=True, slots=True)
class Task:
    """A heading or a requirement in a plan's tree."""

    id: int
    uuid: str
    plan_id: int
    parent_id: int | None
    position: int
    kind: TaskKind
    number: str = ""
    text: str = ""
    units_text: str = ""
    lead_units: tuple[str, ...] = ()
    co_units: tuple[str, ...] = ()
    deadline_text: str = ""
    due: date | None = None
    recurrence: Recurrence | None = None
    deadline_rule: str = ""  # event-relative rule as JSON, e.g. 印发后3个工作日内
    status: Status = Status.NOT_STARTED
    progress: int = 0  # percent, 0–100
    note: str = ""
    updated_at: datetime | None = None
    label: str = ""  # the document's own numbering where number is the plan-wide 序号
    carried_from: str | None = None  # uuid of last year's requirement it continues (回头看)
    revision: int = 0  # the stored version a form loaded; a save checks it is still so

    @property
    def is_heading(self) -> bool:
        return self.kind is TaskKind.HEADING

    @property
    def units(self) -> tuple[str, ...]:
        return self.lead_units + self.co_units

    @property
    def display_number(self) -> str:
        return self.number


@dataclass(frozen=True, slots=True)
class Unit:
    """An entry of the unit directory (科室 / 单位)."""

    id: int
    name: str
    note: str = ""
    kind: str = ""  # a UnitKind value (domain/unit_kinds.py); '' not yet said


@dataclass(frozen=True, slots=True)
class ProgressEntry:
    """One dated note of 工作开展情况."""

    id: int
    uuid: str
    task_id: int
    date: date
    text: str
    unit: str = ""
    author: str = ""
    created_at: datetime | None = None
    revision: int = 0  # the stored version a form loaded; a save checks it is still so


@dataclass(frozen=True, slots=True)
class Evidence:
    """A 佐证材料: a stored file (content-addressed) or a web link."""

    id: int
    uuid: str
    task_id: int
    kind: EvidenceKind
    original_name: str = ""
    sha256: str = ""
    size: int = 0
    note: str = ""
    url: str = ""
    title: str = ""
    captured_on: date | None = None
    progress_id: int | None = None
    added_at: datetime | None = None
    revision: int = 0  # the stored version a form loaded; a save checks it is still so

    @property
    def label(self) -> str:
        """What a list shows: the note if the clerk wrote one, else the name or link."""
        return self.note or self.title or self.original_name or self.url

    @property
    def search_text(self) -> str:
        """Everything a search should find it by: note, link title, file name, address
        (the ledger's full-text index holds the same four)."""
        return " ".join(
            part for part in (self.note, self.title, self.original_name, self.url) if part
        )


@dataclass(frozen=True, slots=True)
class SearchHit:
    task_id: int
    plan_id: int
    field: str  # "text", "units", "progress", "evidence"
    snippet: str


@dataclass(slots=True)
class TaskCounts:
    """Roll-up of requirement statuses below a heading (or in a plan)."""

    total: int = 0
    by_status: dict[Status, int] = field(default_factory=dict)

    @property
    def done(self) -> int:
        return self.by_status.get(Status.DONE, 0)

    def add(self, status: Status) -> None:
        self.total += 1
        self.by_status[status] = self.by_status.get(status, 0) + 1
