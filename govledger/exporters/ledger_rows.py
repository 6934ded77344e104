"""A plan read once from the Ledger and laid out as 台账 rows, shared by every exporter.

The layout follows the real 4-column plans (工作要求 | 工作任务 | 具体要求 | 责任单位):
the heading that directly holds requirements is shown in the 工作任务 column beside
them; headings above it become rows merged across the whole table. A flat plan
(one heading level) therefore has no merged rows, as in the 3-column plans.

Filters (one unit, overdue only) drop requirements, and headings left with nothing
below them. 序号 counts the rows printed, as a clerk numbers a 台账.
"""

from __future__ import annotations

import math
from collections.abc import Collection
from dataclasses import dataclass, field
from datetime import date

from govledger.domain.model import (
    Evidence,
    EvidenceKind,
    Plan,
    ProgressEntry,
    Status,
    Task,
    TaskKind,
)
from govledger.domain.status_rules import (
    WARNING_WORKDAYS,
    Alert,
    alert,
    effective_status,
    warning_starts,
)
from govledger.domain.unit_kinds import UnitKind, role_of
from govledger.exporters.labels import DEFAULT_LANGUAGE, clean, date_label, doc_text, status_label
from govledger.messages import GovLedgerError
from govledger.store.ledger import Ledger

# Column keys in printed order; the label of each is doc.col.<key> in the message table.
LEDGER_COLUMNS = ("seq", "task", "requirement", "units", "deadline", "result", "evidence")


@dataclass(frozen=True, slots=True)
class HeadingRow:
    """A heading printed as a row merged across the table."""

    task: Task
    depth: int  # depth in the plan's tree: 0 = 一、 level

    @property
    def text(self) -> str:
        return clean(self.task.text)


@dataclass(frozen=True, slots=True)
class RequirementRow:
    seq: int
    task: Task
    group: Task | None  # the heading shown in the 工作任务 column
    status: Status  # effective: 逾期 derived from the due date
    alert: Alert
    progress: tuple[ProgressEntry, ...]
    evidence: tuple[Evidence, ...]
    warn_from: date | None = None  # the first 临近 day (working days): for live colours

    @property
    def number(self) -> str:
        """The 序号 printed: the plan's own, as the window shows it (a filtered printout
        keeps 3, 7, 12 rather than renumbering 1, 2, 3); the running count only for a
        plan that gives its requirements no numbers."""
        return clean(self.task.number) or str(self.seq)

    @property
    def group_text(self) -> str:
        return clean(self.group.text) if self.group else ""

    @property
    def text(self) -> str:
        return clean(self.task.text)

    @property
    def last_progress_date(self) -> date | None:
        return max((entry.date for entry in self.progress), default=None)


@dataclass(slots=True)
class LedgerTable:
    plan: Plan
    today: date
    lang: str = DEFAULT_LANGUAGE
    unit: str | None = None
    overdue_only: bool = False
    shown_only: int | None = None  # printing the window's filtered rows: how many
    rows: list[HeadingRow | RequirementRow] = field(default_factory=list)
    # unit -> kind: what "局各科室" stands for in the unit filter and the statistics
    directory: dict[str, UnitKind] = field(default_factory=dict)

    @property
    def requirements(self) -> list[RequirementRow]:
        return [row for row in self.rows if isinstance(row, RequirementRow)]

    def column_labels(self, keys: tuple[str, ...] = LEDGER_COLUMNS) -> list[str]:
        return [doc_text("col." + key, self.lang) for key in keys]

    def subtitle(self) -> str:
        """The line under the title: organization, as-of date and the filters applied."""
        as_of = date_label(self.today, self.lang)
        if self.plan.organization:
            line = doc_text("as_of_org", self.lang, organization=self.plan.organization, date=as_of)
        else:
            line = doc_text("as_of", self.lang, date=as_of)
        if self.unit:
            line += "　" + doc_text("filter_unit", self.lang, unit=self.unit)
        if self.overdue_only:
            line += "　" + doc_text("filter_overdue", self.lang)
        if self.shown_only is not None:
            line += "　" + doc_text("filter_shown", self.lang, count=self.shown_only)
        return line

    # ---- cell texts, the same in every format
    def units_label(self, task: Task) -> str:
        """责任单位 as the plan wrote it; composed from the unit lists otherwise."""
        if task.units_text.strip():
            return clean(task.units_text)
        lead, co = "、".join(task.lead_units), "、".join(task.co_units)
        if lead and co:
            return clean(doc_text("units_lead_co", self.lang, lead=lead, co=co))
        return clean(lead or co)

    def deadline_label(self, task: Task) -> str:
        if task.deadline_text.strip():
            return clean(task.deadline_text)
        if task.due is not None:
            return doc_text("due_by", self.lang, date=date_label(task.due, self.lang))
        return ""

    def status_text(self, row: RequirementRow) -> str:
        label = status_label(row.status, self.lang)
        if row.status in (Status.IN_PROGRESS, Status.OVERDUE) and 0 < row.task.progress < 100:
            return doc_text("status_percent", self.lang, status=label, percent=row.task.progress)
        return label

    def progress_lines(self, row: RequirementRow) -> list[str]:
        lines = []
        for entry in row.progress:
            when = date_label(entry.date, self.lang)
            text = clean(entry.text)
            if entry.unit:
                lines.append(
                    doc_text("progress_by", self.lang, date=when, unit=clean(entry.unit), text=text)
                )
            else:
                lines.append(doc_text("progress", self.lang, date=when, text=text))
        return lines

    def result_lines(self, row: RequirementRow) -> list[str]:
        """完成情况: the status, then the dated progress notes."""
        return [self.status_text(row), *self.progress_lines(row)]

    def evidence_lines(self, row: RequirementRow) -> list[str]:
        lines = []
        for item in row.evidence:
            if item.kind is EvidenceKind.LINK:
                title = clean(item.title or item.note)
                lines.append(f"{title} {item.url}" if title else item.url)
            else:
                lines.append(clean(item.note or item.original_name))
        return lines


def wrapped_lines(lines: list[str], ems_per_line: float, latin_em: float = 0.55) -> int:
    """Printed lines the text takes in a column ems_per_line wide: a layout estimate.

    A CJK character is one em; Latin letters and digits about half. Exporters use it
    where the writing library cannot measure (row heights in Word and Excel, rows
    that may need to break in the PDF).
    """
    ems_per_line = max(1.0, ems_per_line)
    count = 0
    for line in lines:
        for part in line.split("\n"):
            # UTF-8 length counts wide characters without a Python loop per character:
            # CJK takes 3 bytes, Latin 1 (the 2-byte range is counted half wide).
            wide = (len(part.encode("utf-8")) - len(part)) / 2
            ems = wide + (len(part) - wide) * latin_em
            count += max(1, math.ceil(ems / ems_per_line))
    return count


def build_ledger_table(
    ledger: Ledger,
    plan_id: int,
    *,
    today: date | None = None,
    unit: str | None = None,
    overdue_only: bool = False,
    warning_days: int = WARNING_WORKDAYS,
    lang: str = DEFAULT_LANGUAGE,
    shown: Collection[int] | None = None,
) -> LedgerTable:
    """Read a plan (five queries in all) and lay it out as 台账 rows.

    ``shown``: the requirements the window's filters show, to print exactly those.
    Due-soon is counted in working days, as the window and the calendar count it.
    """
    today = today or date.today()
    plan = ledger.plan(plan_id)
    tree = ledger.tasks_with_depth(plan_id)
    progress = ledger.progress_by_task(plan_id)
    evidence = ledger.evidence_by_task(plan_id)
    unit = unit.strip() if unit else None
    directory = ledger.unit_directory()

    def gives_work(task: Task) -> bool:  # to the chosen unit, named or through 各科室
        return role_of(unit or "", task.lead_units, task.co_units, directory) is not None

    if unit and not any(gives_work(task) for _d, task in tree):
        raise GovLedgerError("export.no_such_unit", unit=unit)

    by_id = {task.id: task for _depth, task in tree}
    headings = {task.id for _depth, task in tree if task.kind is TaskKind.HEADING}
    holds_requirements = {t.parent_id for _d, t in tree if t.id not in headings}
    holds_headings = {t.parent_id for _d, t in tree if t.id in headings}

    def group_of(task: Task) -> Task | None:
        parent_id = task.parent_id
        while parent_id is not None and parent_id not in headings:  # sub-items
            parent_id = by_id[parent_id].parent_id
        return by_id[parent_id] if parent_id is not None else None

    def wanted(task: Task, status: Status) -> bool:
        if shown is not None and task.id not in shown:
            return False
        if unit and not gives_work(task):
            return False
        return not overdue_only or status is Status.OVERDUE

    kept: set[int] = set()  # requirements printed and every heading above one
    statuses: dict[int, Status] = {}
    for _depth, task in tree:
        if task.id in headings:
            continue
        status = effective_status(task.status, task.due, today)
        statuses[task.id] = status
        if wanted(task, status):
            kept.add(task.id)
            parent_id = task.parent_id
            while parent_id is not None and parent_id not in kept:
                kept.add(parent_id)
                parent_id = by_id[parent_id].parent_id

    table = LedgerTable(
        plan=plan,
        today=today,
        lang=lang,
        unit=unit,
        overdue_only=overdue_only,
        directory=directory,
    )
    calendar = ledger.working_calendar()
    is_workday = calendar.is_workday
    seq = 0
    for depth, task in tree:
        if task.id not in kept:
            continue
        if task.id in headings:
            # A heading holding only requirements is shown beside them instead.
            if task.id in holds_headings or task.id not in holds_requirements:
                table.rows.append(HeadingRow(task, depth))
            continue
        seq += 1
        table.rows.append(
            RequirementRow(
                seq=seq,
                task=task,
                group=group_of(task),
                status=statuses[task.id],
                alert=alert(task.status, task.due, today, warning_days, is_workday),
                warn_from=None
                if task.due is None
                else warning_starts(task.due, warning_days, calendar.add_workdays),
                progress=tuple(progress.get(task.id, ())),
                evidence=tuple(evidence.get(task.id, ())),
            )
        )
    if shown is not None:
        table.shown_only = len(table.requirements)
    return table
