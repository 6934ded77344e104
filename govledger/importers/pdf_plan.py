"""Text PDFs: the plan table from the text layer, cell boundaries kept.

The pages are read by pdf_pages with pdfplumber: it finds a table's cells from the
ruling lines drawn on the page (borderless ones from how the words line up) and
gives each cell's text from pdfminer.six's character positions, where pypdfium2,
already a dependency, gives text but no table structure.

Tables with a recognisable header
are the plan; a table on a later page with the same width and no text in between
continues it, its header repeated or not, and a first row with no 序号 and no
numbering is the rest of a row the page break cut (like text_plan._continues).
Lines above the first plan table (title, 文号, covering notice) and after it
(signature, date) are the metadata; those after it are also listed as not
imported. Ruled tables are tried first; a document with none is read again with
columns found from how the words line up (borderless tables), and a PDF with no
table at all is read as text (text_plan). A PDF without a text layer is a scan:
the clerk is told so.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from govledger.domain.draft import PlanDraft
from govledger.domain.outline import parse_numbering
from govledger.importers.cancellation import checkpoint
from govledger.importers.columns import ColumnMap, find_header, header_role, recognise_header
from govledger.importers.errors import PlanImportError
from govledger.importers.metadata import extract_metadata
from govledger.importers.outline_builder import OutlineBuilder
from govledger.importers.pdf_pages import (
    ALIGNED,
    RULED,
    PdfPage,
    PdfTable,
    join_cell_lines,
    read_page,
    read_page_in_columns,
)
from govledger.importers.plan_assembly import finish_draft, resolve_year
from govledger.importers.table_feed import feed_row, row_of
from govledger.importers.text_cleanup import comparison_key
from govledger.messages import message

MAX_PAGES = 500
# Fewer characters than this per page on average: no text layer worth reading (a
# scan may carry a page number or a stamp's text).
MIN_CHARS_PER_PAGE = 20
_SENTENCE_END = ("。", "；", ";", "！", "？")


@dataclass
class _PlanTable:
    page: int
    first_row: int  # row number (1-based, on its page) of rows[0]
    rows: list[list[str]]
    column_map: ColumnMap
    continues: bool  # carries on the table of the previous page


def load_pdf(path: Path, year: int | None = None) -> PlanDraft:
    pages = _read(path, aligned=False)
    if sum(page.char_count for page in pages) < MIN_CHARS_PER_PAGE * len(pages):
        raise PlanImportError("import.pdf_scanned", name=path.name)
    draft = _from_pages(path.name, pages, year, aligned=False)
    if draft is None:  # no ruled plan table: perhaps a borderless one
        draft = _from_pages(path.name, _read(path, aligned=True), year, aligned=True)
    if draft is not None:
        return draft
    from govledger.importers.text_plan import parse_text

    try:
        return parse_text("\n".join(_as_text(pages)), year, path.name)
    except PlanImportError as exc:
        if exc.key == "import.no_plan" and any(
            page.char_count < MIN_CHARS_PER_PAGE for page in pages
        ):  # a typed covering notice over a scanned attachment
            raise PlanImportError("import.pdf_scanned", name=path.name) from exc
        raise


def _as_text(pages: list[PdfPage]) -> list[str]:
    """The pages as lines for the text reader; a table's rows with their cells tab-separated."""
    lines: list[str] = []
    for page in pages:
        for item in page.items:
            if isinstance(item, str):
                lines.append(item)
            else:
                lines.extend("\t".join(row) for row in item.rows)
    return lines


def _read(path: Path, aligned: bool) -> list[PdfPage]:
    import pdfplumber
    from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect

    try:
        with pdfplumber.open(path) as pdf:
            if len(pdf.pages) > MAX_PAGES:
                detail = f"{len(pdf.pages)} pages"
                raise PlanImportError("import.too_large", name=path.name, detail=detail)
            if not aligned:
                return [_read_ruled(page) for page in pdf.pages]
            pages: list[PdfPage] = []
            columns: list[float] = []  # the column edges under the last plan header
            for page in pdf.pages:
                checkpoint()
                pages.append(
                    read_page_in_columns(page, columns) if columns else read_page(page, ALIGNED)
                )
                for item in pages[-1].items:
                    if isinstance(item, PdfTable) and find_header(item.rows) is not None:
                        columns = item.columns
            return pages
    except PlanImportError:
        raise
    except Exception as exc:
        # pdfplumber wraps pdfminer's errors in its own exception
        causes = (exc, exc.__cause__, exc.__context__, *getattr(exc, "args", ())[:1])
        if any(isinstance(cause, PDFPasswordIncorrect | PDFEncryptionError) for cause in causes):
            raise PlanImportError("import.pdf_encrypted", name=path.name) from exc
        raise PlanImportError("import.damaged", name=path.name, detail=exc) from exc


def _plan_tables(pages: list[PdfPage], aligned: bool) -> tuple[list[str], int, list[_PlanTable]]:
    """(text lines outside plan tables, how many come before the first, plan tables)."""
    lines: list[str] = []
    tables: list[_PlanTable] = []
    first_table_at: int | None = None
    previous: ColumnMap | None = None
    for page in pages:
        for item in page.items:
            if isinstance(item, str):
                lines.append(item)
                previous = None  # text between two tables: the second is no continuation
                continue
            rows = _regroup(item, previous) if aligned else item.rows
            header = find_header(rows)
            if header is not None:
                index, column_map = header
                lines.extend(_row_texts(rows[:index]))  # a title row above the header
                tables.append(
                    _PlanTable(
                        page.number,
                        index + 2,
                        rows[index + 1 :],
                        column_map,
                        continues=previous is not None,
                    )
                )
                previous = column_map
            elif previous is not None and len(rows[0]) == previous.width:
                tables.append(_PlanTable(page.number, 1, rows, previous, continues=True))
            else:  # a layout table (发文机关, 文号) or a table that is no part of the plan
                lines.extend(_row_texts(rows))
                continue
            if first_table_at is None:
                first_table_at = len(lines)
    return lines, first_table_at or 0, tables


def _from_pages(
    name: str, pages: list[PdfPage], year: int | None, aligned: bool
) -> PlanDraft | None:
    lines, first_table_at, tables = _plan_tables(pages, aligned)
    if not tables:
        return None
    metadata = extract_metadata(lines[:first_table_at], lines[first_table_at:], year)
    draft_year, warnings = resolve_year(metadata)
    builder = OutlineBuilder(draft_year, metadata.issued_on)
    for line in lines[first_table_at:]:  # signature, date, notes: shown as not imported
        builder.skip(line, message("skip.outside_table"))
    for table in tables:
        for index, cells in enumerate(table.rows):

            def where(table: _PlanTable = table, index: int = index) -> str:
                return message("where.page_row", page=table.page, row=index + table.first_row)

            padded = [*cells, *[""] * (table.column_map.width - len(cells))]
            if index == 0 and table.continues and _cut_by_page_break(builder, padded, table):
                row = row_of(padded, table.column_map)
                headings = [
                    _unless_repeated(builder, slot, cell)
                    for slot, cell in enumerate(row.headings, start=1)
                ]
                builder.continue_row(headings, row.requirement, row.units)
                continue
            feed_row(builder, padded, table.column_map, where)
    try:
        return finish_draft(builder, metadata, draft_year, warnings, name)
    except PlanImportError as exc:
        if exc.key == "import.no_plan":
            return None  # a header over no duties: read the document as text
        raise


def _cut_by_page_break(builder: OutlineBuilder, cells: list[str], table: _PlanTable) -> bool:
    """True for the top of a page that holds the rest of the previous page's last row.

    Its 序号 cell is empty (a real row has one) or, in a table without 序号, its text
    starts with no number while the row before stopped mid-sentence.
    """
    column_map = table.column_map
    if not builder.requirements or not any(cells):
        return False
    row = row_of(cells, column_map)
    if parse_numbering(row.requirement)[0] is not None:
        return False
    if column_map.number is not None:
        return not row.number
    return not builder.requirements[-1].text.endswith(_SENTENCE_END)


def _unless_repeated(builder: OutlineBuilder, slot: int, cell: str) -> str:
    """A heading cell on the continued row: "" when it only repeats the open heading."""
    heading = builder.open_heading(slot)
    if heading is not None and comparison_key(heading.text).startswith(comparison_key(cell)):
        return ""
    return cell


def _row_texts(rows: Sequence[Sequence[str]]) -> list[str]:
    return [
        " ".join(dict.fromkeys(cell for cell in row if cell))
        for row in rows
        if any(row) and not any(header_role(cell) for cell in row if cell)
    ]


# --- borderless tables: one grid row per text line -----------------------------------
def _regroup(table: PdfTable, continuing: ColumnMap | None) -> list[list[str]]:
    """Text lines → table rows: a line starts a row when it has a 序号 or a numbered duty.

    The header is found on the lines first (a name wrapped onto a second line, "序" /
    "号", joins it); a page with no header continues the table of the page before
    (``continuing``) when its lines have as many columns.
    """
    header = find_header(table.rows)
    if header is None:
        if continuing is not None and len(table.rows[0]) == continuing.width:
            return _group_lines(table.rows, table.line_gaps, continuing)
        return table.rows
    first, column_map = header
    index = first
    header_cells = list(table.rows[index])
    while index + 1 < len(table.rows):  # header names wrapped onto the next line
        below = table.rows[index + 1]
        if column_map.requirement < len(below) and below[column_map.requirement]:
            break
        merged = [high + low for high, low in zip(header_cells, below, strict=False)]
        joined = recognise_header(merged)
        if joined is None:
            break
        header_cells, column_map, index = merged, joined, index + 1
    body = _group_lines(table.rows[index + 1 :], table.line_gaps[index + 1 :], column_map)
    return [*table.rows[:first], header_cells, *body]


def _group_lines(
    lines: list[list[str]], gaps: list[float], column_map: ColumnMap
) -> list[list[str]]:
    """A line with a number in the 序号 column (or, without one, a numbered first cell or
    a wider gap than between the lines of one row) begins a row; others wrap the row above."""
    rows: list[list[str]] = []
    usual_gap = min(gaps[1:], default=0.0)  # gaps[0] is the space above the first line
    for line, gap in zip(lines, gaps, strict=False):
        if rows and not _starts_row(line, column_map, gap, usual_gap):
            last = rows[-1]
            for column, text in enumerate(line[: len(last)]):
                if text:
                    last[column] = f"{last[column]}\n{text}" if last[column] else text
            continue
        rows.append(list(line))
    return [[join_cell_lines(cell) for cell in row] for row in rows]


def _starts_row(line: list[str], column_map: ColumnMap, gap: float, usual_gap: float) -> bool:
    if column_map.number is not None and column_map.number < len(line):
        return bool(line[column_map.number].strip())
    first = next((cell for cell in line if cell), "")
    return parse_numbering(first)[0] is not None or gap > usual_gap + 2


def _read_ruled(page: object) -> PdfPage:
    checkpoint()  # a caller that stopped waiting stops the read between pages
    return read_page(page, RULED)
