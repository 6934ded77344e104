"""Plan tables fed to the outline builder row by row: section rows, merged cells,
header repeats on later pages, and what the recognised columns do not take.

Every table importer (.docx, .xlsx, web pages, PDFs, pasted rows) reduces its
format to a grid of text and a ColumnMap, and calls feed_table or feed_row here.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence

from govledger.domain.draft import DraftTask
from govledger.domain.outline import Style, parse_numbering
from govledger.domain.unit_notes import FIRST_NAMED_LEADS
from govledger.importers.columns import ColumnMap, is_header_repeat
from govledger.importers.outline_builder import OutlineBuilder, PlanRow
from govledger.importers.table_checks import (
    joined_unit_columns,
    note_row_text,
    second_deadline_warnings,
    shifted_field_warnings,
)
from govledger.importers.traditional import to_simplified
from govledger.messages import message

_CN_NUMBER = set("一二三四五六七八九十")


def feed_table(
    builder: OutlineBuilder,
    rows: Sequence[Sequence[str]],
    column_map: ColumnMap,
    where: Callable[[int], str],
    table_name: str = "",
) -> None:
    """Feed a table's rows (after its header) to the builder; where(i) names row i.

    What the recognised columns do not take is kept as a note or listed as skipped
    (table_leftovers), so a table never loses content silently.
    """
    from govledger.importers.table_leftovers import TableAccount

    account = TableAccount(builder, column_map, column_map.header_keys)
    previous: list[str] = []
    last: list[DraftTask] = []
    for index, cells in enumerate(rows):
        padded = [cell.strip() for cell in cells] + [""] * (column_map.width - len(cells))
        if last and _merged_down(previous, padded, column_map):
            row = row_of(padded, column_map)
            builder.complete(last, row.units)
            first_deadline = row_of(previous, column_map).deadline
            second_deadline_warnings(last, first_deadline, row.deadline, where(index))
            account.row(padded, [], True, where(index))
            previous = padded
            continue
        created = feed_row(builder, cells, column_map, functools.partial(where, index))
        if created is not None:
            heading_row = not created and _is_heading_row(padded, column_map)
            account.row(padded, created, heading_row, where(index))
            last, previous = created or last, padded
    account.finish(table_name or (where(0) if rows else ""))


def _merged_down(previous: Sequence[str], cells: Sequence[str], column_map: ColumnMap) -> bool:
    """A 具体要求 cell merged down over rows that name more units: the same duty."""
    columns = [column_map.requirement, *column_map.headings]
    if column_map.number is not None:  # two duties with one text and their own serials
        columns.append(column_map.number)
    return (
        bool(previous)
        and all(previous[c] == cells[c] for c in columns)
        and bool(cells[column_map.requirement])
    )


def feed_row(
    builder: OutlineBuilder,
    raw: Sequence[str],
    column_map: ColumnMap,
    where: Callable[[], str],
) -> list[DraftTask] | None:
    """The requirements the row made; None for an empty row or a repeated header."""
    cells = [cell.strip() for cell in raw] + [""] * (column_map.width - len(raw))
    if not any(cells) or is_header_repeat(cells, column_map):
        return None
    if not builder.first_named_leads and header_says_first_leads(column_map):
        builder.lead_is_first_named()
    source = where()
    note = note_row_text(cells)
    if note is not None:  # "注：…" merged across the row or in one cell: no heading
        if FIRST_NAMED_LEADS.search(to_simplified(note)):  # 注：排名第一的为牵头单位
            builder.lead_is_first_named()
        builder.skip(note, message("skip.note_row"), source)
        return []
    section = _section_text(cells, column_map)
    if section:
        builder.set_heading(0, section, source)
        return []
    row = row_of(cells, column_map, source)
    created = builder.add_row(row)
    for task in created:
        task.warnings += shifted_field_warnings(task, row.units, row.deadline, builder.year)
    return created


def _is_heading_row(cells: Sequence[str], column_map: ColumnMap) -> bool:
    """A row that only names headings (its units, if any, are the merged ones above)."""
    return bool(_section_text(list(cells), column_map)) or any(
        cells[column] for column in column_map.headings
    )


def header_says_first_leads(column_map: ColumnMap) -> bool:
    """'责任单位（排名第一的为牵头单位）': the first unit named in a row leads."""
    return any(FIRST_NAMED_LEADS.search(header) for _column, header in column_map.units)


def row_of(cells: Sequence[str], column_map: ColumnMap, source: str = "") -> PlanRow:
    if len(column_map.units) == 1:
        units = cells[column_map.units[0][0]]
    else:  # 牵头单位 | 配合单位 columns → "牵头单位：…；配合单位：…" for the unit parser
        units = joined_unit_columns(cells, column_map.units)
    return PlanRow(
        requirement=cells[column_map.requirement],
        headings=[cells[column] for column in column_map.headings],
        units=units,
        deadline=cells[column_map.deadline] if column_map.deadline is not None else "",
        number=cells[column_map.number] if column_map.number is not None else "",
        source=source,
    )


def _section_text(cells: list[str], column_map: ColumnMap) -> str:
    """A row that is a heading above the columns' headings, or "".

    Either one cell spanning the whole row (a merged cell shows its text in every
    column it covers), or a row with no units and no time limit whose 序号 is a
    Chinese numeral ("一") or whose text is numbered 一、 in a table without
    heading columns.
    """
    filled = [cell for cell in cells if cell]
    if len(filled) >= 2 and len(set(filled)) == 1:
        return filled[0]
    others = [cells[c] for c, _h in column_map.units]
    if column_map.deadline is not None:
        others.append(cells[column_map.deadline])
    if any(others):
        return ""
    number = cells[column_map.number].strip("（）()、.") if column_map.number is not None else ""
    title = next((cells[c] for c in [*column_map.headings, column_map.requirement] if cells[c]), "")
    if number and set(number) <= _CN_NUMBER and title:
        if parse_numbering(title)[0] is not None:
            return title
        printed = cells[column_map.number]  # type: ignore[index]
        return f"（{number}）{title}" if printed.startswith(("（", "(")) else f"{number}、{title}"
    numbering, _rest = parse_numbering(cells[column_map.requirement])
    if (
        numbering is not None
        and numbering.style in (Style.CN_COMMA, Style.CHAPTER)
        and not column_map.headings
    ):
        return cells[column_map.requirement]
    return ""
