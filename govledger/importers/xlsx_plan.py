"""Excel (.xlsx) plans: a header row somewhere in the first rows, title lines above it.

Merged cells show their text in every cell they cover (openpyxl keeps it only in
the top-left one), so a task merged over five rows heads all five. The first sheet
with a recognisable header is the plan.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import Any

import openpyxl

from govledger.domain.draft import PlanDraft
from govledger.importers.cancellation import checkpoint
from govledger.importers.columns import find_header
from govledger.importers.errors import PlanImportError
from govledger.importers.metadata import extract_metadata
from govledger.importers.outline_builder import OutlineBuilder
from govledger.importers.plan_assembly import finish_draft, resolve_year
from govledger.importers.table_checks import trailing_lines
from govledger.importers.table_feed import feed_table
from govledger.messages import message

HEADER_SEARCH_ROWS = 10
MAX_COLUMNS = 40
MAX_ROWS = 20000


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        value = value.date()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def _last_filled_row(sheet: Any, after: int) -> int:
    """The number of the last row below `after` holding a value, or `after`."""
    last = after
    for number, row in enumerate(sheet.iter_rows(min_row=after + 1, values_only=True), after + 1):
        if number % 256 == 0:
            checkpoint()  # a caller that stopped waiting stops the read
        if any(value not in (None, "") for value in row):
            last = number
    return last


def sheet_rows(sheet: Any, name: str = "") -> list[list[str]]:
    """The sheet as a grid of text, merged ranges filled with their top-left value.

    A sheet longer than MAX_ROWS is refused, not cut: a plan that silently lost its
    last 30 000 rows once reached the ledger with a "no year" warning only (issue 19).
    """
    if (sheet.max_row or 0) > MAX_ROWS:
        last = _last_filled_row(sheet, MAX_ROWS)
        if last > MAX_ROWS:
            raise PlanImportError(
                "import.too_many_rows", name=name, sheet=sheet.title, rows=last, limit=MAX_ROWS
            )
    width = min(sheet.max_column or 0, MAX_COLUMNS)
    height = min(sheet.max_row or 0, MAX_ROWS)
    rows: list[list[str]] = []
    for row in sheet.iter_rows(max_row=height, max_col=width, values_only=True):
        if len(rows) % 256 == 0:
            checkpoint()  # a caller that stopped waiting stops the read
        rows.append([_text(value) for value in row])
    for merged in sheet.merged_cells.ranges:
        top, left = merged.min_row - 1, merged.min_col - 1
        if top >= len(rows) or left >= width:
            continue
        value = rows[top][left]
        for row_index in range(top, min(merged.max_row, len(rows))):
            for column in range(left, min(merged.max_col, width)):
                rows[row_index][column] = value
    return rows


def _without_trailing(rows: list[list[str]], lines: int) -> list[list[str]]:
    """rows without the last `lines` rows that hold text (empty rows between them too)."""
    end = len(rows)
    while lines and end:
        end -= 1
        if any(rows[end]):
            lines -= 1
    return rows[:end]


def load_xlsx(path: Path, year: int | None = None) -> PlanDraft:
    try:
        workbook = openpyxl.load_workbook(path, data_only=True)
    except KeyError as exc:  # a zip without the parts a workbook needs
        raise PlanImportError("import.damaged", name=path.name, detail=exc) from exc
    try:
        for sheet in workbook.worksheets:
            rows = sheet_rows(sheet, path.name)
            header = find_header(rows, HEADER_SEARCH_ROWS)
            if header is None:
                continue
            index, column_map = header
            above = [" ".join(cell for cell in dict.fromkeys(row) if cell) for row in rows[:index]]
            data = rows[index + 1 :]
            below = trailing_lines(data, column_map)  # signature and date under the table
            metadata = extract_metadata(above, below, year)
            draft_year, warnings = resolve_year(metadata)
            builder = OutlineBuilder(draft_year, metadata.issued_on)
            for line in below:
                builder.skip(line, message("skip.after_table"))

            def where(offset: int, sheet_title: str = sheet.title, first: int = index + 2) -> str:
                return message("where.sheet_row", sheet=sheet_title, row=offset + first)

            feed_table(builder, _without_trailing(data, len(below)), column_map, where)
            return finish_draft(builder, metadata, draft_year, warnings, path.name)
    finally:
        workbook.close()
    raise PlanImportError("import.no_plan", name=path.name)
