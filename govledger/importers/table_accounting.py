"""No silent loss in plan tables: every cell of a row ends up in a task or is listed.

feed_row (outline_builder) turns a row into headings and requirements through the
ColumnMap; what the map does not cover is handled here, after the row is added:

- a 备注/说明 column: its text is appended to the requirement's text on a line of
  its own, "备注：…" (the header as printed), with a warning. Appended rather than
  kept only as a warning because warnings live in the preview alone, while the
  remark ("涉密内容除外") belongs to the duty and must reach the ledger and its
  printouts. A remark in a row without a requirement goes to the skipped list.
- a column the header does not name (or names with no known role): its cells go to
  PlanDraft.skipped with the column's header, and the draft warns once per column.
- a row without requirement text whose units or time limit would be lost: skipped
  with the reason.
- a requirement with no text (only a serial number): warned.
- fields that look shifted — a unit list in the time-limit column, a time limit in
  the units column — are warned on the requirement, never silently moved.

Rows that are only a note (注：排名第一的为牵头单位) are recognised before the row is
read (note_row_text), so they become no heading.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from govledger.domain.deadline_parser import parse
from govledger.domain.draft import DraftTask
from govledger.domain.outline import parse_numbering
from govledger.domain.unit_parser import looks_like_units
from govledger.importers.columns import ColumnMap
from govledger.importers.text_cleanup import comparison_key
from govledger.importers.traditional import to_simplified
from govledger.messages import message

if TYPE_CHECKING:
    from govledger.importers.outline_builder import OutlineBuilder, PlanRow

# 注：…  注1：…  备注：…  说明：…  (also in traditional characters: 備註：, 說明：)
_NOTE_ROW = re.compile(r"(?:注\d?|备注|附注|说明)[:：]")
# Words every time limit holds one of; a unit cell without them needs no deadline parse.
_TIME_WORDS = re.compile(r"\d|[年月日旬季]|长期|常态|持续|全年")
_SERIAL_ONLY = re.compile(r"[(（]?\d{1,3}[)）.．、]?")


def note_row_text(cells: Sequence[str]) -> str | None:
    """The note a row holds when the row is only a note (one text, 注：…), else None."""
    texts = list(dict.fromkeys(cell.strip() for cell in cells if cell.strip()))
    if len(texts) == 1 and _NOTE_ROW.match(to_simplified(texts[0])):
        return texts[0]
    return None


def trailing_lines(rows: Sequence[Sequence[str]], column_map: ColumnMap) -> list[str]:
    """The lines below a sheet's table that are no rows of it: signature, date, notes.

    A spreadsheet keeps them in the first column under the table (某某局办公室 /
    2023年1月5日); read as rows they would become headings or vanish. Counted from
    the end: rows holding one text, outside the requirement column, not numbered
    like a section heading (三、…).
    """
    lines: list[str] = []
    for cells in reversed(rows):
        texts = list(dict.fromkeys(cell.strip() for cell in cells if cell.strip()))
        if not texts:
            continue
        requirement = cells[column_map.requirement] if column_map.requirement < len(cells) else ""
        if len(texts) != 1 or requirement.strip() or parse_numbering(texts[0])[0] is not None:
            break
        lines.insert(0, texts[0])
    return lines


def continues_merged_duty(
    row: PlanRow,
    previous: tuple[PlanRow, list[DraftTask]] | None,
    builder: OutlineBuilder,
) -> list[DraftTask] | None:
    """A duty's cell merged down over two rows with different units: one duty, not two.

    The merge shows the same text on both rows (under the same headings and serial)
    right after each other; the second row's units join the first's. A second,
    different time limit cannot join a duty's one due date: it is kept in a warning.
    The duty's requirements when the row continues them, else None.
    """
    if previous is None or not row.requirement.strip():
        return None
    before, tasks = previous
    same_place = list(row.headings) == list(before.headings) and row.number == before.number
    if not tasks or row.requirement != before.requirement or not same_place:
        return None
    for task in tasks:
        parts = [part for part in task.units_text.split("；") if part]
        new = [part for part in row.units.strip().split("；") if part and part not in parts]
        if new:
            task.units_text = "；".join([*parts, *new])
            found = builder.read_units(task.units_text)
            task.lead_units, task.co_units = found.lead, found.co
    deadline = row.deadline.strip()
    if deadline and deadline != before.deadline.strip():
        for task in tasks:
            where = row.source or task.number  # the row with the other limit
            task.warnings.append(message("warn.merged_duty_deadline", where=where, text=deadline))
    return tasks


def account_for_row(
    builder: OutlineBuilder,
    cells: Sequence[str],
    column_map: ColumnMap,
    row: PlanRow,
    created: list[DraftTask],
) -> None:
    """Put or list whatever of the row's cells the ColumnMap left unread; check the rest."""
    account_for_extra_cells(builder, cells, column_map, row, created)
    if not created and not row.requirement.strip():
        fields = [row.units, row.deadline]
        if not any(heading.strip() for heading in row.headings):
            fields.insert(0, row.number)  # a 序号 cell holding something else: 某局办公室
        lost = [text.strip() for text in fields if text.strip()]
        if lost:
            builder.skip("；".join(lost), message("skip.row_without_task"), row.source)
    for task in created:
        where = task.source or task.number
        if _SERIAL_ONLY.fullmatch(comparison_key(task.text) or "0"):
            task.warnings.append(message("warn.empty_requirement", where=where))
        _check_shifted(builder, task, row, where)


def account_for_extra_cells(
    builder: OutlineBuilder,
    cells: Sequence[str],
    column_map: ColumnMap,
    row: PlanRow,
    tasks: list[DraftTask],
) -> None:
    """Remarks onto the row's requirements, cells of unknown columns to the skipped list."""
    used = column_map.used_columns()
    used_texts = {cells[column] for column in used if column not in column_map.notes}
    _append_remarks(builder, cells, column_map, row, tasks, used_texts)
    _list_unknown_columns(builder, cells, column_map, row, used, used_texts)


def _append_remarks(
    builder: OutlineBuilder,
    cells: Sequence[str],
    column_map: ColumnMap,
    row: PlanRow,
    created: list[DraftTask],
    used_texts: set[str],
) -> None:
    for column in column_map.notes:
        remark = cells[column].strip()
        if not remark or remark in used_texts:  # empty, or a merged cell repeating a field
            continue
        if not created:
            builder.skip(remark, message("skip.remark_without_task"), row.source)
            continue
        header = column_map.header_keys[column] or "备注"
        for task in created:
            if f"{header}：{remark}" in task.text:  # a remark merged over two rows of one duty
                continue
            task.text = f"{task.text}\n{header}：{remark}"
            where = task.source or task.number
            task.warnings.append(message("warn.remark_appended", where=where, header=header))


def _list_unknown_columns(
    builder: OutlineBuilder,
    cells: Sequence[str],
    column_map: ColumnMap,
    row: PlanRow,
    used: set[int],
    used_texts: set[str],
) -> None:
    for column, text in enumerate(cells):
        text = text.strip()
        if column in used or not text or text in used_texts:
            continue
        header = column_map.header_keys[column] if column < column_map.width else ""
        name = header or message("where.column", column=column + 1)
        builder.skip(text, message("skip.unknown_column", header=name), row.source)
        builder.warn_once(message("warn.unknown_column", header=name))


def _check_shifted(builder: OutlineBuilder, task: DraftTask, row: PlanRow, where: str) -> None:
    deadline = to_simplified(row.deadline.strip())
    units = to_simplified(row.units.strip())
    if deadline and task.due is None and task.recurrence is None and looks_like_units(deadline):
        task.warnings.append(message("warn.units_in_deadline", where=where, text=row.deadline))
    if units and _TIME_WORDS.search(units) and not looks_like_units(units):
        found = parse(units, builder.year, builder.issued_on, builder.calendar)
        if found.understood:
            task.warnings.append(message("warn.deadline_in_units", where=where, text=row.units))
