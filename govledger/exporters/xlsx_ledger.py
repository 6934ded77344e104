"""The Excel 台账: the Word columns plus 状态, 进度, 截止日期 and 最近进展日期, ready to filter.

Frozen header, autofilter, wrapped text with row heights estimated from the text (Excel
and LibreOffice do not measure wrapped rows when opening a file), a drop-down of the
statuses a clerk sets (逾期 is derived from the date, never chosen), traffic-light rows that
follow TODAY() (so the sheet stays right when opened weeks later) and a print setup
(landscape A4, fit to width, header row on every page, "第 1 页 共 N 页").

User text is always stored as text: openpyxl would turn "=SUM(A1)" into a formula,
so every text cell is forced to the string type, and text starting with = + - @
also gets Excel's quote prefix so editing the cell in Excel keeps it literal too.

Written in write-only mode, streaming rows; each column reuses one pre-styled cell,
so the per-cell cost is the same as writing bare values.
"""

from __future__ import annotations

import math
from collections.abc import Collection
from datetime import date
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell import Cell, WriteOnlyCell
from openpyxl.formatting.rule import FormulaRule
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.properties import PageSetupProperties

from govledger.domain.model import Status
from govledger.exporters.atomic import write_atomically
from govledger.exporters.labels import (
    DEFAULT_LANGUAGE,
    STATUS_ORDER,
    doc_text,
    status_label,
)
from govledger.exporters.ledger_rows import (
    LEDGER_COLUMNS,
    HeadingRow,
    LedgerTable,
    RequirementRow,
    build_ledger_table,
    wrapped_lines,
)
from govledger.messages import message
from govledger.store.ledger import Ledger

XLSX_COLUMNS = (*LEDGER_COLUMNS, "status", "percent", "due", "last_progress", "warn_from")
COLUMN_WIDTHS = (6, 18, 40, 16, 12, 42, 22, 9, 7, 11, 12, 11)  # Excel character units
STATUS_COLUMN = "H"
DUE_COLUMN = "J"
# The first 临近 day of each row, counted here in working days (holidays, 调休): the
# yellow rule compares TODAY() with it, so Excel does no calendar arithmetic.
WARN_FROM_COLUMN = "L"
HEADER_ROW = 3  # rows 1–2: title and "截至…" line
FIRST_DATA_ROW = HEADER_ROW + 1
MAX_CELL_TEXT = 32767  # Excel's limit per cell
FORMULA_STARTS = ("=", "+", "-", "@")
PAPERSIZE_A4 = "9"
LINE_HEIGHT = 14.0  # points per wrapped line of 10.5 pt 宋体
HEADING_LINE_HEIGHT = 15.0  # 11 pt 黑体 / 楷体
MAX_ROW_HEIGHT = 409.0  # Excel's maximum
# The columns a wrapped text can make taller: all but 序号, 进度 and the dates.
WRAPPING_COLUMNS = (1, 2, 3, 4, 5, 6, 7)
# Stored statuses only: 逾期 follows from the due date and is never set by hand.
CHOOSABLE_STATUSES = tuple(status for status in STATUS_ORDER if status is not Status.OVERDUE)

BODY_FONT = Font(name="宋体", size=10.5)
THIN = Side(style="thin", color="000000")
GRID = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="center")
WRAP_CENTER = Alignment(wrap_text=True, vertical="center", horizontal="center")
FILLS = {  # the usual Excel light fills: red, yellow, green
    "overdue": (PatternFill("solid", bgColor="FFC7CE"), Font(color="9C0006")),
    "due_soon": (PatternFill("solid", bgColor="FFEB9C"), Font(color="9C5700")),
    "done": (PatternFill("solid", bgColor="C6EFCE"), Font(color="006100")),
}


def export_xlsx_ledger(
    ledger: Ledger,
    plan_id: int,
    target: Path | str,
    *,
    today: date | None = None,
    unit: str | None = None,
    overdue_only: bool = False,
    lang: str = DEFAULT_LANGUAGE,
    shown: Collection[int] | None = None,
) -> Path:
    """Write the Excel 台账 of a plan (optionally one unit's, or only overdue items)."""
    table = build_ledger_table(
        ledger,
        plan_id,
        today=today,
        unit=unit,
        overdue_only=overdue_only,
        lang=lang,
        shown=shown,  # the requirements the window's filters show
    )
    return write_atomically(target, lambda path: write_xlsx_ledger(table, path))


def write_xlsx_ledger(table: LedgerTable, path: Path) -> None:
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(doc_text("sheet_ledger", table.lang))
    last_column = get_column_letter(len(XLSX_COLUMNS))
    # Column widths, frozen panes and page-fit flags go out with the first row.
    for index, width in enumerate(COLUMN_WIDTHS, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    sheet.freeze_panes = f"A{FIRST_DATA_ROW}"
    sheet.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    title = doc_text("ledger_title", table.lang, title=table.plan.title)
    for row_number, height in (
        (1, _merged_row_height(title, 22.0, 16, minimum=30)),
        (2, _merged_row_height(table.subtitle(), 17.0, 12, minimum=20)),
        (HEADER_ROW, 22),
    ):
        sheet.row_dimensions[row_number].height = height

    cells = _CellMaker(sheet)
    _take_rows_as_prepared_cells(sheet)
    sheet.append([cells.title(title), *cells.padding(grid=False)])
    sheet.append([cells.subtitle(table.subtitle()), *cells.padding(grid=False)])
    sheet.append([cells.header(label) for label in table.column_labels(XLSX_COLUMNS)])
    row_number = HEADER_ROW
    for row in table.rows:
        row_number += 1
        if isinstance(row, HeadingRow):
            height = _merged_row_height(row.text, HEADING_LINE_HEIGHT, 11)
            sheet.row_dimensions[row_number] = {"ht": f"{height:g}", "customHeight": "1"}
            sheet.append([cells.heading(row.text, row.depth), *cells.padding(grid=True)])
            sheet.merged_cells.add(f"A{row_number}:{last_column}{row_number}")
        else:
            values = _requirement_cells(table, row, cells)
            # LibreOffice and Excel do not re-measure wrapped rows on opening a file.
            # The write-only sheet copies these attributes onto <row>; a plain dict
            # avoids building a validated RowDimension object for every row.
            height = _row_height(values)
            sheet.row_dimensions[row_number] = {"ht": f"{height:g}", "customHeight": "1"}
            sheet.append(values)
    last_row = max(row_number, FIRST_DATA_ROW)
    for title_row in (1, 2):
        sheet.merged_cells.add(f"A{title_row}:{last_column}{title_row}")

    sheet.auto_filter.ref = f"A{HEADER_ROW}:{last_column}{last_row}"
    _add_status_list(sheet, table.lang, last_row)
    _add_traffic_lights(sheet, table.lang, last_column, last_row)
    _set_print_setup(sheet, table.lang)
    workbook.save(str(path))


def _chars_per_line(width: float, size: float = 10.5) -> int:
    """Whole CJK characters that fit a column `width` Excel units wide.

    A unit is the width of a digit of the default font (about 7 px); a CJK character
    of `size` points takes size × 96 / 72 px, two units at 10.5 pt. Less a unit for
    the cell's inner margins, and whole characters: CJK text wraps by character.
    """
    pixels = (width - 1) * 7
    return max(1, math.floor(pixels / (size * 96 / 72)))


def _row_height(cells: list) -> float:
    """Points needed by the tallest wrapped cell (a CJK character is two width units)."""
    lines = 1
    for column in WRAPPING_COLUMNS:
        value = cells[column].value
        if isinstance(value, str) and value:
            lines = max(lines, wrapped_lines([value], _chars_per_line(COLUMN_WIDTHS[column])))
    return min(MAX_ROW_HEIGHT, LINE_HEIGHT * lines + 4)


def _merged_row_height(text: str, line_height: float, size: float, minimum: float = 0) -> float:
    """A row merged across the sheet: merged cells never grow by themselves."""
    lines = wrapped_lines([text], _chars_per_line(sum(COLUMN_WIDTHS), size))
    return min(MAX_ROW_HEIGHT, max(minimum, line_height * lines + 5))


def _requirement_cells(table: LedgerTable, row: RequirementRow, cells: _CellMaker) -> list:
    task = row.task
    return [
        # the plan's 序号 as the window shows it; a number where it is one (sorting)
        cells.number(0, int(row.number)) if row.number.isdigit() else cells.text(0, row.number),
        cells.text(1, row.group_text),
        cells.text(2, row.text),
        cells.text(3, table.units_label(task)),
        cells.text(4, table.deadline_label(task)),
        cells.text(5, "\n".join(table.progress_lines(row))),
        cells.text(6, "\n".join(table.evidence_lines(row))),
        cells.text(7, status_label(row.status, table.lang)),
        cells.percent(8, _percent(row)),
        cells.date(9, task.due),
        cells.date(10, row.last_progress_date),
        cells.date(11, row.warn_from),
    ]


def _percent(row: RequirementRow) -> float | None:
    """进度 as a fraction (shown as a percentage): done is 100 %, 不适用 has none."""
    if row.status is Status.NOT_APPLICABLE:
        return None
    if row.status is Status.DONE:
        return 1.0
    return row.task.progress / 100


class _PrestyledCell(Cell):
    """A cell whose style id is looked up once, not again on every row it is written."""

    __slots__ = ("_fixed_style_id",)

    def fix_style(self) -> None:
        self._fixed_style_id = super().style_id

    @property
    def style_id(self) -> int:
        return self._fixed_style_id


def _take_rows_as_prepared_cells(sheet) -> None:
    """Append rows of finished cells without openpyxl re-binding each one.

    For every appended value the write-only sheet first tries ``cell.value = value``
    (which raises and catches a ValueError when the value is a cell) and then
    allocates a fresh cell for the next one: most of the cost of a styled cell.
    Our rows are complete cells already, so only their position is set. Uses the
    write-only sheet's row hook; an openpyxl without it keeps its normal path.
    """
    if not hasattr(type(sheet), "_values_to_row"):
        return

    def prepared(cells, row_index: int):
        for column, cell in enumerate(cells, start=1):
            if cell is not None:  # None: nothing to write in that column
                cell.column, cell.row = column, row_index
                yield cell

    sheet._values_to_row = prepared


class _CellMaker:
    """Pre-styled cells, one per column and kind, reused row after row.

    The write-only sheet serialises each row as it is appended, so a cell object can
    be refilled for the next row; this keeps styling off the per-cell cost.
    """

    def __init__(self, sheet) -> None:
        self.sheet = sheet
        centered = {0, 4, 7, 8, 9, 10, 11}
        count = len(COLUMN_WIDTHS)
        self._text = [self._styled(WRAP_CENTER if i in centered else WRAP) for i in range(count)]
        self._literal = [self._styled(WRAP, quote=True) for _ in range(count)]
        self._percent = self._styled(WRAP_CENTER, number_format="0%")
        self._blank = self._styled(WRAP, border=Border())
        self._blank_grid = self._styled(WRAP)
        # One cell per column: a row's cells are all built before it is written.
        self._date = {
            column: self._styled(WRAP_CENTER, number_format="yyyy-mm-dd") for column in (9, 10, 11)
        }

    def _styled(
        self, alignment: Alignment, *, quote: bool = False, border: Border = GRID, **extra
    ) -> _PrestyledCell:
        cell = _PrestyledCell(self.sheet)
        cell.font, cell.alignment, cell.border = BODY_FONT, alignment, border
        if quote:
            cell.quotePrefix = True
        for name, value in extra.items():
            setattr(cell, name, value)
        cell.fix_style()
        return cell

    def padding(self, *, grid: bool) -> list[WriteOnlyCell | None]:
        """The rest of a merged row: an empty cell in the last column only.

        It makes readers in read-only mode see the row at full width, and draws the
        merged row's right edge; top and bottom edges come from the ruled rows
        around it, so the columns between need no cells at all.
        """
        return [None] * (len(COLUMN_WIDTHS) - 2) + [self._blank_grid if grid else self._blank]

    def text(self, column: int, value: str) -> WriteOnlyCell:
        value = within_cell_limit(value)
        cell = self._literal[column] if value.startswith(FORMULA_STARTS) else self._text[column]
        # Stored as text directly. openpyxl's type guessing would make "=SUM(A1)" a
        # formula and "#N/A" an error value; the text is already XML-clean (labels.clean).
        cell._value = value
        cell.data_type = "s"
        return cell

    def number(self, column: int, value: int) -> WriteOnlyCell:
        cell = self._text[column]
        cell.value = value
        return cell

    def percent(self, column: int, value: float | None) -> WriteOnlyCell:
        cell = self._text[column] if value is None else self._percent
        cell.value = value
        return cell

    def date(self, column: int, value: date | None) -> WriteOnlyCell:
        cell = self._text[column] if value is None else self._date[column]
        cell.value = value
        return cell

    # one-off cells above and in the header
    def title(self, value: str) -> WriteOnlyCell:
        return self._one(value, Font(name="黑体", size=16), WRAP_CENTER)

    def subtitle(self, value: str) -> WriteOnlyCell:
        return self._one(value, Font(name="楷体", size=12), WRAP_CENTER)

    def header(self, value: str) -> WriteOnlyCell:
        cell = self._one(value, Font(name="黑体", size=11), WRAP_CENTER)
        cell.border, cell.fill = GRID, PatternFill("solid", fgColor="D9D9D9")
        return cell

    def heading(self, value: str, depth: int) -> WriteOnlyCell:
        font = Font(name="黑体" if depth == 0 else "楷体", size=11, bold=depth == 0)
        cell = self._one(value, font, Alignment(vertical="center", wrap_text=True))
        cell.border = GRID
        if depth == 0:
            cell.fill = PatternFill("solid", fgColor="F2F2F2")
        return cell

    def _one(self, value: str, font: Font, alignment: Alignment) -> WriteOnlyCell:
        cell = WriteOnlyCell(self.sheet, value=within_cell_limit(value))
        cell.data_type = "s"
        cell.font, cell.alignment = font, alignment
        if value.startswith(FORMULA_STARTS):
            cell.quotePrefix = True
        return cell


def within_cell_limit(value: str) -> str:
    """value, or as much as an Excel cell holds with a note saying the rest is missing.

    Excel refuses more than 32 767 characters in a cell; a silent cut would make the
    台账 look complete when it is not (issue 19). The Word 台账 keeps the whole text.
    """
    if len(value) <= MAX_CELL_TEXT:
        return value
    note = message("export.cell_cut", length=len(value), limit=MAX_CELL_TEXT)
    return value[: MAX_CELL_TEXT - len(note)] + note


def _add_status_list(sheet, lang: str, last_row: int) -> None:
    labels = ",".join(status_label(status, lang) for status in CHOOSABLE_STATUSES)
    validation = DataValidation(
        type="list", formula1=f'"{labels}"', allow_blank=True, showErrorMessage=True
    )
    validation.add(f"{STATUS_COLUMN}{FIRST_DATA_ROW}:{STATUS_COLUMN}{last_row}")
    sheet.data_validations.append(validation)


def _add_traffic_lights(sheet, lang: str, last_column: str, last_row: int) -> None:
    """Red overdue, yellow from the row's own 临近 day, green done; live through TODAY()."""
    first = FIRST_DATA_ROW
    status, due = f"${STATUS_COLUMN}{first}", f"${DUE_COLUMN}{first}"
    warn = f"${WARN_FROM_COLUMN}{first}"
    done = f'"{status_label(Status.DONE, lang)}"'
    not_applicable = f'"{status_label(Status.NOT_APPLICABLE, lang)}"'
    overdue = f'"{status_label(Status.OVERDUE, lang)}"'
    still_open = f"{status}<>{done},{status}<>{not_applicable}"
    rules = {
        "overdue": f"OR({status}={overdue},AND(ISNUMBER({due}),{due}<TODAY(),{still_open}))",
        "due_soon": f"AND(ISNUMBER({due}),{due}>=TODAY(),ISNUMBER({warn}),TODAY()>={warn},"
        f"{still_open},{status}<>{overdue})",
        "done": f"{status}={done}",
    }
    cell_range = f"A{first}:{last_column}{last_row}"
    for name, formula in rules.items():
        fill, font = FILLS[name]
        sheet.conditional_formatting.add(
            cell_range, FormulaRule(formula=[formula], fill=fill, font=font, stopIfTrue=True)
        )


def _set_print_setup(sheet, lang: str) -> None:
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = PAPERSIZE_A4
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0  # as many pages down as needed
    sheet.print_title_rows = f"{HEADER_ROW}:{HEADER_ROW}"
    sheet.print_options.horizontalCentered = True
    sheet.page_margins.left = sheet.page_margins.right = 0.5
    sheet.page_margins.top, sheet.page_margins.bottom = 0.6, 0.7
    sheet.oddFooter.center.text = doc_text("xlsx_footer", lang)
    sheet.oddFooter.center.size = 10
