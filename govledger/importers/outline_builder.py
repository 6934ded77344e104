"""Flat rows (or paragraphs) → the heading/requirement tree of a PlanDraft.

Every importer reduces its format to the same few calls: set a heading at a slot
(slot 0 is a section row spanning a table, then one slot per heading column, or
one slot per numbering style in prose), add a row, continue the last row (text
split across pages). Here live the rules they share: empty heading cells repeat the
one above unless an outer heading changed, repeated headings are the same heading,
cells holding several numbered requirements are split, units are parsed, and
deadlines come from the deadline column or else from the requirement's text.
Tables reach the builder row by row through table_feed.py.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from govledger.domain.deadline_parser import Deadline, find_in_text, parse
from govledger.domain.draft import DraftTask, SkippedSource
from govledger.domain.model import TaskKind
from govledger.domain.outline import parse_numbering, split_numbered_items
from govledger.domain.unit_notes import SAME_AS_ABOVE
from govledger.domain.unit_parser import UnitField, read_units
from govledger.domain.working_days import WorkingCalendar
from govledger.importers.table_checks import (
    without_label,
)
from govledger.importers.text_cleanup import comparison_key
from govledger.importers.traditional import as_written, to_simplified
from govledger.messages import message


@dataclass
class PlanRow:
    requirement: str
    headings: Sequence[str] = ()  # one per heading column, outermost first; "" = empty cell
    units: str = ""
    deadline: str = ""
    number: str = ""  # a 序号 column's value
    source: str = ""  # where the row is, for warnings: "表1第12行"


def read_units_as_written(units: str, *, first_named_leads: bool = False) -> UnitField:
    """read_units, also for traditional 牽頭/配合 wording: names come back as written."""
    simplified = to_simplified(units)
    found = read_units(simplified, first_named_leads=first_named_leads)
    if simplified != units:
        found.lead = [as_written(name, simplified, units) for name in found.lead]
        found.co = [as_written(name, simplified, units) for name in found.co]
    return found


class OutlineBuilder:
    def __init__(
        self,
        year: int,
        issued_on: date | None = None,
        calendar: WorkingCalendar | None = None,
        *,
        inherit_empty_units: bool = False,
    ) -> None:
        self.year = year
        self.issued_on = issued_on
        self.calendar = calendar
        # Flattened text loses merged cells: an empty unit cell then means "as above".
        self.inherit_empty_units = inherit_empty_units
        # The plan says 排名第一的为牵头单位: the first unit named leads (lead_is_first_named).
        self.first_named_leads = False
        self.roots: list[DraftTask] = []
        self.requirements: list[DraftTask] = []
        self.skipped: list[SkippedSource] = []  # source text that became no task
        self.warnings: list[str] = []  # about the plan as a whole (a table, a column)
        self._open: list[DraftTask | None] = []
        self._deadline_from_column: set[int] = set()
        self._last_units = ""
        self._previous_number: int | None = None

    def lead_is_first_named(self) -> None:
        """From now on, and for the rows read so far, the first unit named in a row leads.

        For plans that say 排名第一的为牵头单位 in a note line or a column header;
        explicit 牵头/配合 wording in a cell still wins.
        """
        self.first_named_leads = True
        for task in self.requirements:
            found = read_units(task.units_text, first_named_leads=True)
            task.lead_units, task.co_units = found.lead, found.co

    def skip(self, text: str, reason: str, where: str = "") -> None:
        """Record source text that is no part of the plan, so the preview can show it."""
        if text.strip():
            self.skipped.append(SkippedSource(text.strip(), reason, where))

    # --- headings -------------------------------------------------------------------
    def _parent(self, below_slot: int | None = None) -> DraftTask | None:
        slots = self._open if below_slot is None else self._open[:below_slot]
        return next((task for task in reversed(slots) if task is not None), None)

    def open_heading(self, slot: int) -> DraftTask | None:
        return self._open[slot] if slot < len(self._open) else None

    def set_heading(self, slot: int, text: str, source: str = "") -> DraftTask:
        """The heading at slot: the open one when the text repeats it, else a new one."""
        current = self.open_heading(slot)
        if current is not None and comparison_key(current.text) == comparison_key(text):
            return current
        text = "".join(line.strip() for line in text.splitlines())  # a wrapped heading cell
        numbering, _rest = parse_numbering(text)
        heading = DraftTask(
            kind=TaskKind.HEADING,
            text=text,
            number=numbering.label if numbering else "",
            source=source,
        )
        self._attach(heading, self._parent(slot))
        self._open[slot:] = [None] * (slot - len(self._open)) + [heading]
        return heading

    def clear_heading(self, slot: int) -> None:
        del self._open[slot:]

    def _attach(self, task: DraftTask, parent: DraftTask | None) -> None:
        (parent.children if parent is not None else self.roots).append(task)

    # --- rows -----------------------------------------------------------------------
    def add_row(self, row: PlanRow, first_slot: int = 1) -> list[DraftTask]:
        outer_changed = False
        for slot, cell in enumerate(row.headings, start=first_slot):
            text = cell.strip()
            if text:
                before = self.open_heading(slot)
                changed = self.set_heading(slot, text, row.source) is not before
                outer_changed = outer_changed or changed
            elif outer_changed:
                self.clear_heading(slot)  # a new outer heading with no inner one
        if not row.requirement.strip():
            return []
        return self.add_requirements(
            row.requirement, row.units, row.deadline, row.number, row.source
        )

    def add_requirements(
        self,
        text: str,
        units: str = "",
        deadline: str = "",
        number: str = "",
        source: str = "",
    ) -> list[DraftTask]:
        """One requirement per numbered item of text; they share units and deadline."""
        units = units.strip().rstrip("；;，,。")
        if SAME_AS_ABOVE.fullmatch(units) and self._last_units:
            units = self._last_units  # 同上: what the row above shows, as a merged cell would
        if not units and self.inherit_empty_units:
            units = self._last_units
        if not units:
            units = next((h.units_text for h in reversed(self._open) if h and h.units_text), "")
        self._last_units = units or self._last_units
        unit_field = read_units_as_written(units, first_named_leads=self.first_named_leads)
        owner = self._parent()
        items = split_numbered_items(text)
        created = []
        for numbering, body in items:
            printed = ""  # the document's own numbering; plan_numbers decides its use
            if numbering is not None:
                label, printed = numbering.bare, numbering.printed.strip()
            elif number.strip() and len(items) == 1:
                label = printed = number.strip()
            else:
                label = str(len(self.requirements) + 1)
            task = DraftTask(
                kind=TaskKind.REQUIREMENT,
                # "一是…；二是…。": the ； joined the items in the sentence; split apart,
                # no duty ends in it (one rule for prose and table cells alike)
                text=body.rstrip("；; "),
                number=label,
                label=printed,
                units_text=units,
                lead_units=list(unit_field.lead),
                co_units=list(unit_field.co),
                source=source,
            )
            self._check_number(task)
            self._apply_deadline(task, deadline)
            if not (unit_field.lead or unit_field.co):  # none, or only a note
                task.warnings.append(message("warn.no_units", where=source or label))
            for note in unit_field.notes:  # kept in units_text as written; shown here
                task.warnings.append(message("warn.unit_note", where=source or label, note=note))
            self._attach(task, owner)
            self.requirements.append(task)
            created.append(task)
        return created

    def complete(self, tasks: Sequence[DraftTask], units: str = "", deadline: str = "") -> None:
        """Units or a time limit that belong to requirements already added.

        Prose writes them on lines of their own below a duty ("牵头单位：监测科",
        "完成时限：每月10日前"); a table merges the duty down over rows naming more
        units. Units add to what the requirement has; a written time limit wins over
        one found in the text.
        """
        units = units.strip().rstrip("；;，,。")
        for task in tasks:
            if units and units not in task.units_text:
                task.units_text = f"{task.units_text}；{units}" if task.units_text else units
                found = read_units_as_written(
                    task.units_text, first_named_leads=self.first_named_leads
                )
                task.lead_units, task.co_units = list(found.lead), list(found.co)
                if found.lead or found.co:  # the warning given when it was added
                    no_units = message("warn.no_units", where=task.source or task.number)
                    task.warnings = [w for w in task.warnings if w != no_units]
                self._last_units = task.units_text
            if deadline.strip() and id(task) not in self._deadline_from_column:
                self._apply_deadline(task, deadline)

    def _check_number(self, task: DraftTask) -> None:
        if not (task.number.isascii() and task.number.isdigit()):  # '①'.isdigit() is True
            return
        value = int(task.number)
        previous = self._previous_number
        if previous is not None and value > previous + 1 and value != 1:
            where = task.source or task.number
            gap = message("warn.number_gap", where=where, previous=previous, number=value)
            task.warnings.append(gap)
        self._previous_number = value

    def _apply_deadline(self, task: DraftTask, column_text: str) -> None:
        found: Deadline | None = None
        column_text = without_label(column_text)  # 完成时限：… — the label is no deadline
        if SAME_AS_ABOVE.fullmatch(column_text) and self.requirements:
            column_text = self.requirements[-1].deadline_text  # 同上, as for units
        if column_text:
            # 長期, 每季度 … in traditional characters: read as simplified, kept as written
            found = parse(to_simplified(column_text), self.year, self.issued_on, self.calendar)
            for expression, _day in found.interim:  # 6月底前完成初稿，12月底前完成
                where = task.source or task.number
                task.warnings.append(
                    message("warn.deadline_interim", where=where, interim=expression, due=found.due)
                )
            if found.understood:
                self._deadline_from_column.add(id(task))
            else:  # keep the column as written; the text may still name a date
                task.warnings.append(
                    message("warn.deadline_unrecognised", where=task.source, text=column_text)
                )
                found = find_in_text(task.text, self.year, self.issued_on, self.calendar)
        else:
            found = find_in_text(task.text, self.year, self.issued_on, self.calendar)
        if found is not None:
            task.due, task.recurrence, task.deadline_rule = found.due, found.recurrence, found.rule
        task.deadline_text = column_text or (found.text if found else "")

    # --- text split across pages ----------------------------------------------------
    def continue_row(self, headings: Sequence[str], requirement: str, units: str) -> None:
        """Append the pieces of a row that a page break cut off to what they continue."""
        for slot, cell in enumerate(headings, start=1):
            heading = self.open_heading(slot)
            if cell.strip() and heading is not None:
                heading.text += cell.strip()
        if not self.requirements:
            return
        task = self.requirements[-1]
        if requirement.strip():
            task.text += requirement.strip()
            if id(task) not in self._deadline_from_column:
                found = find_in_text(task.text, self.year, self.issued_on, self.calendar)
                if found is not None:
                    task.deadline_text = found.text
                    task.due, task.recurrence = found.due, found.recurrence
                    task.deadline_rule = found.rule
        if units.strip():
            task.units_text = (task.units_text + units.strip()).rstrip("；;，,。")
            unit_field = read_units_as_written(
                task.units_text, first_named_leads=self.first_named_leads
            )
            task.lead_units, task.co_units = unit_field.lead, unit_field.co
            self._last_units = task.units_text
