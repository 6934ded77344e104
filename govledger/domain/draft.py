"""PlanDraft: what every importer produces and the import preview edits.

A draft is a tree of headings and requirements, not yet in any ledger. Conventions:

- A heading's ``text`` is the heading as printed, with its own numbering
  ("一、做好各类规划主动公开。", "（一）持续推进…"); its ``number`` is that numbering
  alone ("一", "（一）") or "" when the plan does not number headings.
- A requirement's ``text`` excludes its number; its ``number`` is the number as
  printed without punctuation ("1", "12") or, where the plan does not number
  requirements, the 1-based position in document order.
- ``label`` is the document's own numbering of a requirement when ``number`` is not
  it: where numbering restarts per section (一是、二是, （一）…) ``number`` is the
  plan-wide position 1…N and ``label`` keeps "二是" or "（一）" as printed.
- ``excluded`` marks a task the importer found but does not take as a duty: the
  commentary sections of a prose plan (指导思想, 保障措施 …). The preview shows it
  greyed and one click includes it; it is neither saved nor listed among the
  requirements, but in ``skipped`` with its reason.
- ``warnings`` on a task are for the preview ("第12行未识别到责任单位").
- ``PlanDraft.skipped`` lists every source line or cell that became no part of a
  requirement or heading, with the reason, so nothing is lost silently.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from govledger.domain.model import Recurrence, TaskKind


@dataclass
class DraftTask:
    kind: TaskKind
    text: str
    number: str = ""
    units_text: str = ""
    lead_units: list[str] = field(default_factory=list)
    co_units: list[str] = field(default_factory=list)
    deadline_text: str = ""
    due: date | None = None
    recurrence: Recurrence | None = None
    deadline_rule: str = ""
    label: str = ""  # the document's own numbering when number is the plan-wide 序号
    note: str = ""  # the plan's own remark on the duty (a 备注 column), saved as its note
    excluded: bool = False  # found, but not a duty (commentary); see the module notes
    excluded_reason: str = ""
    children: list[DraftTask] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    source: str = ""  # where it came from, for messages: "表1第12行", "第30段"

    @property
    def is_heading(self) -> bool:
        return self.kind is TaskKind.HEADING

    def walk(self) -> Iterator[DraftTask]:
        yield self
        for child in self.children:
            yield from child.walk()


@dataclass
class SkippedSource:
    """A line, paragraph or cell of the document that became no part of the plan."""

    source: str  # the text as it stands in the document
    reason: str  # why, for the clerk: "说明性段落，不是工作任务"
    where: str = ""  # "第12段", "表1第3行"

    def to_json(self) -> dict[str, str]:
        found = {"source": self.source, "reason": self.reason}
        return {**found, "where": self.where} if self.where else found


@dataclass
class PlanDraft:
    title: str = ""
    year: int | None = None
    organization: str = ""
    document_number: str = ""  # 文号, e.g. 江建管〔2022〕39号
    issued_on: date | None = None
    source_name: str = ""
    roots: list[DraftTask] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    skipped: list[SkippedSource] = field(default_factory=list)

    def walk(self) -> Iterator[DraftTask]:
        for root in self.roots:
            yield from root.walk()

    def all_skipped(self) -> list[SkippedSource]:
        """What the importer skipped, then every excluded task with its reason."""
        excluded = [
            SkippedSource(task.text, task.excluded_reason, task.source)
            for task in self._excluded(self.roots)
        ]
        return [*self.skipped, *excluded]

    @staticmethod
    def _excluded(tasks: list[DraftTask]) -> Iterator[DraftTask]:
        for task in tasks:
            if task.excluded:
                yield task  # its children go with it
            else:
                yield from PlanDraft._excluded(task.children)

    def requirements(self) -> Iterator[tuple[list[DraftTask], DraftTask]]:
        """(headings above, requirement) for every requirement in document order."""

        def visit(
            tasks: list[DraftTask], path: list[DraftTask]
        ) -> Iterator[tuple[list[DraftTask], DraftTask]]:
            for task in tasks:
                if task.excluded:
                    continue
                if task.is_heading:
                    yield from visit(task.children, [*path, task])
                else:
                    yield path, task
                    # a requirement may hold sub-items; they are requirements too
                    yield from visit(task.children, [*path, task])

        yield from visit(self.roots, [])

    def all_warnings(self) -> list[str]:
        return [*self.warnings, *(w for task in self.walk() for w in task.warnings)]

    def to_json(self) -> dict[str, Any]:
        """The `import --dry-run --json` contract of DESIGN.md section 3.

        The plan's fields also stand at the top level, where the samples'
        expected files look for them.
        """
        plan = {
            "title": self.title,
            "year": self.year,
            "organization": self.organization,
            "document_number": self.document_number,
            "issued_on": self.issued_on.isoformat() if self.issued_on else None,
        }
        return {
            "plan": plan,
            **plan,
            "requirements": [
                {
                    "number": task.number,
                    **({"label": task.label} if task.label else {}),
                    "path": [heading.text for heading in path],
                    "text": task.text,
                    "units_text": task.units_text,
                    "lead_units": list(task.lead_units),
                    "co_units": list(task.co_units),
                    "deadline_text": task.deadline_text,
                    "due": task.due.isoformat() if task.due else None,
                    "recurrence": str(task.recurrence) if task.recurrence else None,
                    "warnings": list(task.warnings),
                    **({"note": task.note} if task.note else {}),
                }
                for path, task in self.requirements()
            ],
            "warnings": list(self.warnings),
            "skipped": [skipped.to_json() for skipped in self.all_skipped()],
        }
