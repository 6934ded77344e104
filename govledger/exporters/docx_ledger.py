"""The Word 台账: A4 landscape, 公文 fonts, one table per page an office can print as it is.

Columns 序号 | 工作任务 | 具体要求 | 责任单位 | 时间节点 | 完成情况 | 佐证材料. Headings above
the 工作任务 level are rows merged across the table; the 工作任务 cell is merged
downwards over its requirements. The pages are laid out here (see _paginate): each
page is a table of its own with the header row, a 工作任务 cut by a page starts again
on the next with "（续）", and rows do not break across pages, except a row too tall
for any page, which Word would otherwise cut off at the page bottom.
"""

from __future__ import annotations

import math
import re
from collections.abc import Collection
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from docx.document import Document as DocumentObject
from docx.oxml import parse_xml

from govledger.domain.model import Status
from govledger.exporters import docx_style as style
from govledger.exporters.atomic import write_atomically
from govledger.exporters.labels import DEFAULT_LANGUAGE, doc_text
from govledger.exporters.ledger_rows import (
    LEDGER_COLUMNS,
    HeadingRow,
    LedgerTable,
    RequirementRow,
    build_ledger_table,
    wrapped_lines,
)
from govledger.store.ledger import Ledger

# Column widths in mm; they fill the 253 mm between the landscape margins.
COLUMN_WIDTHS_MM = (12, 32, 62, 28, 22, 69, 28)
TWIPS_PER_MM = 56.7
BODY_SIZE = style.WU_HAO
HEADER_SIZE = style.XIAO_SI
OVERDUE_RED = "C00000"
HEADER_FILL, HEADING_FILL = "D9D9D9", "F2F2F2"
PAGE_BODY_HEIGHT_PT = (210 - 25 - 22) * 72 / 25.4
CELL_MARGIN_MM = 1.0
# Exact line heights (points) of the cell text, so row heights can be estimated.
BODY_LINE, HEADER_LINE, HEADING_LINE = 14.0, 16.0, 16.0
ROW_PADDING_PT = 2 * 1.4 + 0.75  # cell margins top and bottom, and a rule
HEADER_HEIGHT_PT = HEADER_LINE + ROW_PADDING_PT
TITLE_LINE_PT, SUBTITLE_LINE_PT, SUBTITLE_AFTER_PT = 32.0, 24.0, 8.0
FILL_SAFETY = 0.96  # the share of a page the estimate may fill: estimates are not exact
PAGE_BREAK_XML = (
    f'<w:p {style.W_NS}><w:pPr><w:pageBreakBefore/><w:spacing w:before="0" w:after="0" '
    'w:line="20" w:lineRule="exact"/><w:rPr><w:sz w:val="2"/></w:rPr></w:pPr></w:p>'
)


def export_docx_ledger(
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
    """Write the Word 台账 of a plan (optionally one unit's, or only overdue items)."""
    table = build_ledger_table(
        ledger,
        plan_id,
        today=today,
        unit=unit,
        overdue_only=overdue_only,
        lang=lang,
        shown=shown,  # the requirements the window's filters show
    )
    document = render_docx_ledger(table)
    return write_atomically(target, lambda path: document.save(str(path)))


def render_docx_ledger(table: LedgerTable) -> DocumentObject:
    document = style.new_document(landscape=True)
    style.set_properties(
        document,
        title=doc_text("ledger_title", table.lang, title=table.plan.title),
        author=table.plan.organization.strip(),
    )
    _title_block(document, table)
    widths = [round(mm * TWIPS_PER_MM) for mm in COLUMN_WIDTHS_MM]
    header = _header_row(table, widths)
    for page, rows in enumerate(_paginate(table, widths)):
        if page:  # the next page's table: a tiny paragraph carrying the page break
            document.element.body.append(parse_xml(PAGE_BREAK_XML))
        document.element.body.append(parse_xml(_table_xml(widths, [header, *rows])))
    if not table.requirements:
        style.add_paragraph(
            document, doc_text("empty", table.lang), style.FANG, style.SI_HAO, align="center"
        )
    # Word needs a paragraph after a table: one point high, never a page of its own
    style.add_paragraph(document, "", style.FANG, 1, line_pt=1)
    style._keep_section_last(document)
    return document


def _title_block(document: DocumentObject, table: LedgerTable) -> None:
    lang = table.lang
    title = doc_text("ledger_title", lang, title=table.plan.title)
    style.add_paragraph(
        document, title, style.TITLE_FONT, style.ER_HAO, align="center", line_pt=TITLE_LINE_PT
    )
    style.add_paragraph(
        document,
        table.subtitle(),
        style.KAI,
        style.SAN_HAO,
        align="center",
        line_pt=SUBTITLE_LINE_PT,
        space_after_pt=SUBTITLE_AFTER_PT,
    )


def _table_xml(widths: list[int], rows: list[str]) -> str:
    border = "".join(
        f'<w:{side} w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
        for side in ("top", "left", "bottom", "right", "insideH", "insideV")
    )
    grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in widths)
    return (
        f"<w:tbl {style.W_NS}><w:tblPr>"
        f'<w:tblW w:w="{sum(widths)}" w:type="dxa"/><w:jc w:val="center"/>'
        f"<w:tblBorders>{border}</w:tblBorders>"
        f'<w:tblLayout w:type="fixed"/>'
        f'<w:tblCellMar><w:top w:w="28" w:type="dxa"/>'
        f'<w:left w:w="{round(CELL_MARGIN_MM * TWIPS_PER_MM)}" w:type="dxa"/>'
        f'<w:bottom w:w="28" w:type="dxa"/>'
        f'<w:right w:w="{round(CELL_MARGIN_MM * TWIPS_PER_MM)}" w:type="dxa"/></w:tblCellMar>'
        f'<w:tblLook w:val="0000" w:firstRow="0" w:lastRow="0" w:firstColumn="0" '
        f'w:lastColumn="0" w:noHBand="1" w:noVBand="1"/>'
        f"</w:tblPr><w:tblGrid>{grid}</w:tblGrid>{''.join(rows)}</w:tbl>"
    )


def _cell(width: int, paragraphs: str, *, span: int = 1, vmerge: str = "", fill: str = "") -> str:
    props = f'<w:tcW w:w="{width}" w:type="dxa"/>'
    if span > 1:
        props += f'<w:gridSpan w:val="{span}"/>'
    if vmerge == "restart":
        props += '<w:vMerge w:val="restart"/>'
    elif vmerge == "continue":
        props += "<w:vMerge/>"
    if fill:
        props += f'<w:shd w:val="clear" w:color="auto" w:fill="{fill}"/>'
    props += '<w:vAlign w:val="center"/>'
    return f"<w:tc><w:tcPr>{props}</w:tcPr>{paragraphs}</w:tc>"


def _paragraphs(lines: list[str], rpr: str, align: str = "left", line_pt: float = 0) -> str:
    """One paragraph per line (a cell must hold at least one)."""
    pieces = [part for line in lines for part in line.split("\n")] or [""]
    return "".join(
        style.paragraph_xml(
            style.run_xml(text, rpr) if text else "", align=align, exact_pt=line_pt or BODY_LINE
        )
        for text in pieces
    )


def _header_row(table: LedgerTable, widths: list[int]) -> str:
    rpr = style.rpr_xml(style.HEI, HEADER_SIZE)
    cells = "".join(
        _cell(width, _paragraphs([label], rpr, "center", HEADER_LINE), fill=HEADER_FILL)
        for width, label in zip(widths, table.column_labels(LEDGER_COLUMNS), strict=True)
    )
    return f"<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>{cells}</w:tr>"


@dataclass(slots=True)
class _Row:
    """A body row before it is written: its estimated height and, for a requirement,
    whether it continues the 工作任务 cell of the row above."""

    height: float
    heading: HeadingRow | None = None
    requirement: RequirementRow | None = None
    label: str = ""  # the 工作任务 cell text, "" when the row continues the merge
    label_height: float = 0.0
    continues_group: bool = False

    @property
    def tall(self) -> bool:
        return self.height > PAGE_BODY_HEIGHT_PT - HEADER_HEIGHT_PT

    def restart_group(self, lang: str) -> None:
        """On a new page, a continuing 工作任务 cell starts again: its text and （续）."""
        if self.continues_group and self.requirement is not None:
            self.continues_group = False
            self.label = self.requirement.group_text + doc_text("continued", lang)
            self.label_height = _label_height(self.label)


def _paginate(table: LedgerTable, widths: list[int]) -> list[list[str]]:
    """The body rows as pages, each printed as its own table after a page break.

    Word and LibreOffice choose page breaks themselves, and python-docx cannot tell
    where they fall, so the pages are laid out here from estimated row heights
    (exact line heights, lines from column width and CJK width, rounded up so an
    estimate errs tall). A page ends when the next row would not fit; a heading row
    stays with the row below it; a 工作任务 cell that continues on the new page starts
    again with its text and "（续）". Only a row taller than a page is left to break.
    """
    rows = _measure(table)
    pages: list[list[_Row]] = [[]]
    capacity = PAGE_BODY_HEIGHT_PT - _title_block_height(table)
    used = HEADER_HEIGHT_PT
    group_end = 0.0  # where the current 工作任务 cell's text ends on this page
    for index, row in enumerate(rows):
        need = row.height
        if row.heading is not None and index + 1 < len(rows):
            need += min(rows[index + 1].height, PAGE_BODY_HEIGHT_PT / 3)  # keep with next
        label_height = row.label_height if not row.continues_group else 0.0
        fits = max(used + need, used + label_height) <= capacity * FILL_SAFETY
        if pages[-1] and not fits and not (row.tall and capacity - used > capacity / 4):
            pages.append([])
            capacity, used, group_end = PAGE_BODY_HEIGHT_PT, HEADER_HEIGHT_PT, 0.0
            row.restart_group(table.lang)
        if not row.continues_group:
            used = max(used, group_end)  # the previous merged cell's text may be taller
            group_end = used + row.label_height if row.requirement is not None else 0.0
        pages[-1].append(row)
        used += row.height
        if row.tall:  # it breaks at the page foot; what follows starts after its tail
            body = PAGE_BODY_HEIGHT_PT - HEADER_HEIGHT_PT
            overflow = used - capacity
            if overflow > 0:
                capacity = PAGE_BODY_HEIGHT_PT
                used = HEADER_HEIGHT_PT + overflow % body
                group_end = 0.0
                if index + 1 < len(rows):
                    rows[index + 1].restart_group(table.lang)
    # an empty plan still prints its header row
    return [_write_rows(table, widths, page) for page in pages if page] or [[]]


def _measure(table: LedgerTable) -> list[_Row]:
    rows: list[_Row] = []
    previous_group: int | None = None
    heading_ems = (sum(COLUMN_WIDTHS_MM) - 2 * CELL_MARGIN_MM) / _em_mm(HEADER_SIZE)
    for row in table.rows:
        if isinstance(row, HeadingRow):
            lines = wrapped_lines([row.text], math.floor(heading_ems))
            rows.append(_Row(lines * HEADING_LINE + ROW_PADDING_PT, heading=row))
            previous_group = None
            continue
        group_id = row.group.id if row.group else None
        continues = group_id is not None and group_id == previous_group
        previous_group = group_id
        texts = _row_texts(table, row, continues)
        rows.append(
            _Row(
                _row_height_pt(texts),
                requirement=row,
                label="" if continues else row.group_text,
                label_height=0.0 if continues else _label_height(row.group_text),
                continues_group=continues,
            )
        )
    return rows


def _row_texts(table: LedgerTable, row: RequirementRow, continues_group: bool) -> list[list[str]]:
    return [
        [row.number],
        [] if continues_group else [row.group_text],
        [row.text],
        [table.units_label(row.task)],
        [table.deadline_label(row.task)],
        [table.status_text(row), *table.progress_lines(row)],
        table.evidence_lines(row),
    ]


def _write_rows(table: LedgerTable, widths: list[int], page: list[_Row]) -> list[str]:
    body = style.rpr_xml(style.FANG, BODY_SIZE)
    kai = style.rpr_xml(style.KAI, BODY_SIZE)
    status_plain = style.rpr_xml(style.HEI, BODY_SIZE)
    status_red = style.rpr_xml(style.HEI, BODY_SIZE, color=OVERDUE_RED)
    heading_rprs = (style.rpr_xml(style.HEI, HEADER_SIZE), style.rpr_xml(style.KAI, HEADER_SIZE))
    written: list[str] = []
    for row in page:
        if row.heading is not None:
            heading = row.heading
            rpr = heading_rprs[0] if heading.depth == 0 else heading_rprs[1]
            paragraph = style.paragraph_xml(
                style.run_xml(heading.text, rpr), keep_next=True, exact_pt=HEADING_LINE
            )
            fill = HEADING_FILL if heading.depth == 0 else ""
            cell = _cell(sum(widths), paragraph, span=len(widths), fill=fill)
            written.append(f"<w:tr><w:trPr><w:cantSplit/></w:trPr>{cell}</w:tr>")
        elif row.requirement is not None:
            written.append(
                _requirement_row(table, row, widths, body, kai, status_plain, status_red)
            )
    return written


def _requirement_row(
    table: LedgerTable,
    laid_out: _Row,
    widths: list[int],
    body: str,
    kai: str,
    status_plain: str,
    status_red: str,
) -> str:
    row = laid_out.requirement
    assert row is not None
    continues_group = laid_out.continues_group
    progress = table.progress_lines(row)
    status_rpr = status_red if row.status is Status.OVERDUE else status_plain
    texts = _row_texts(table, row, continues_group)
    texts[1] = [laid_out.label] if laid_out.label else []
    result = (
        style.paragraph_xml(style.run_xml(texts[5][0], status_rpr), exact_pt=BODY_LINE)
        + _paragraphs(progress, body)
        if progress
        else _paragraphs(texts[5][:1], status_rpr)
    )
    cells = [
        _cell(widths[0], _paragraphs(texts[0], body, "center")),
        _cell(
            widths[1],
            _paragraphs(texts[1], kai),
            vmerge="continue" if continues_group else ("restart" if row.group else ""),
        ),
        _cell(widths[2], _paragraphs(texts[2], body, "both")),
        _cell(widths[3], _paragraphs(texts[3], body, "center")),
        _cell(widths[4], _paragraphs(texts[4], body, "center")),
        _cell(widths[5], result),
        _cell(widths[6], _paragraphs(texts[6], body)),
    ]
    # A row taller than a page must be allowed to break, or Word cuts it off.
    keep = "" if laid_out.tall else "<w:cantSplit/>"
    return f"<w:tr><w:trPr>{keep}</w:trPr>{''.join(cells)}</w:tr>"


def _em_mm(size: float) -> float:
    return size * 25.4 / 72


def _cell_lines(lines: list[str], width_mm: float, size: float = BODY_SIZE) -> int:
    """Lines a cell takes, laid out as a line breaker does (see _paragraph_lines)."""
    ems = (width_mm - 2 * CELL_MARGIN_MM) / _em_mm(size)
    if not lines:
        return 1
    return sum(_paragraph_lines(part, ems) for line in lines for part in line.split("\n"))


# Chinese line breaking (禁则): these may not start a line, those may not end one. A
# line breaker moves the character before a closing mark down with it, which is
# what makes a row a line taller than counting characters says.
NO_LINE_START = frozenset("，。、；：？！）》」』】〕〉”’…—·%,.;:?!)]}")
NO_LINE_END = frozenset("（《「『【〔〈“‘([{")
_LATIN_RUN = re.compile(r"[!-~]+|\s+|.", re.DOTALL)


def _char_ems(char: str) -> float:
    if char.isspace():
        return 0.3
    if ord(char) < 0x2E80 and char not in "“”‘’…—":
        return 0.7 if char.isupper() or char in "MW@%&" else 0.55
    return 1.0


def _paragraph_lines(text: str, ems_per_line: float) -> int:
    """Lines one paragraph takes in a cell ems_per_line wide.

    CJK characters are one em and break anywhere, except against the 禁则 above; a run
    of Latin letters, digits and ASCII marks (a word, a URL) moves to the next line
    whole, is cut only when longer than a line, and is set off from CJK by a quarter
    em each side (autospacing). Errs long, as the page layout wants.
    """
    if not text:
        return 1
    lines, used = 1, 0.0
    last, last_width = "", 0.0  # the last piece on the current line
    for piece in _LATIN_RUN.findall(text):
        width = sum(_char_ems(char) for char in piece)
        if piece.isascii() and any(char.isalnum() for char in piece):
            width += 0.5  # the space Word and LibreOffice put between CJK and Latin/digits
        if used + width <= ems_per_line:
            used, last, last_width = used + width, piece, width
            continue
        if piece.isspace():  # a space at the end of a line takes no room
            continue
        if len(piece) > 1 and width > ems_per_line:  # a long URL: cut where it reaches
            for char in piece:
                char_width = _char_ems(char)
                if used + char_width > ems_per_line:
                    lines, used = lines + 1, 0.0
                used += char_width
            last, last_width = piece[-1], _char_ems(piece[-1])
            continue
        lines += 1
        # a closing mark may not start the new line, an opening one not end the old:
        # the piece before moves down too
        moves = used > last_width and (piece[0] in NO_LINE_START or last[-1:] in NO_LINE_END)
        used = (last_width if moves else 0.0) + width
        last, last_width = piece, width
    return lines


def _title_block_height(table: LedgerTable) -> float:
    width = sum(COLUMN_WIDTHS_MM)
    title = doc_text("ledger_title", table.lang, title=table.plan.title)
    return (
        wrapped_lines([title], math.floor(width / _em_mm(style.ER_HAO))) * TITLE_LINE_PT
        + wrapped_lines([table.subtitle()], math.floor(width / _em_mm(style.SAN_HAO)))
        * SUBTITLE_LINE_PT
        + SUBTITLE_AFTER_PT
    )


def _label_height(text: str) -> float:
    return _cell_lines([text], COLUMN_WIDTHS_MM[1]) * BODY_LINE + ROW_PADDING_PT


def _row_height_pt(texts: list[list[str]]) -> float:
    """The printed row height, estimated (exact line heights make it close)."""
    tallest = max(
        _cell_lines(lines, width_mm)
        for column, (width_mm, lines) in enumerate(zip(COLUMN_WIDTHS_MM, texts, strict=True))
        if column != 1  # the 工作任务 cell is merged down its rows: counted per page
    )
    return tallest * BODY_LINE + ROW_PADDING_PT
