"""The Word 台账: A4 landscape, 公文 fonts, one table an office can print as it is.

Columns 序号 | 工作任务 | 具体要求 | 责任单位 | 时间节点 | 完成情况 | 佐证材料. Headings above
the 工作任务 level are rows merged across the table; the 工作任务 cell is merged
downwards over its requirements. The header row repeats on every page and rows do
not break across pages, except a row too tall for any page, which Word would
otherwise cut off at the page bottom.
"""

from __future__ import annotations

from collections.abc import Collection
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
    document.core_properties.title = doc_text("ledger_title", table.lang, title=table.plan.title)
    _title_block(document, table)
    widths = [round(mm * TWIPS_PER_MM) for mm in COLUMN_WIDTHS_MM]
    rows = [_header_row(table, widths)]
    rows.extend(_body_rows(table, widths))
    document.element.body.append(parse_xml(_table_xml(widths, rows)))
    if not table.requirements:
        style.add_paragraph(
            document, doc_text("empty", table.lang), style.FANG, style.SI_HAO, align="center"
        )
    style.add_paragraph(document, "", style.FANG, 2)  # Word needs a paragraph after a table
    return document


def _title_block(document: DocumentObject, table: LedgerTable) -> None:
    lang = table.lang
    title = doc_text("ledger_title", lang, title=table.plan.title)
    style.add_paragraph(document, title, style.TITLE_FONT, style.ER_HAO, align="center")
    style.add_paragraph(
        document, table.subtitle(), style.KAI, style.SAN_HAO, align="center", space_after_pt=8
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


def _paragraphs(lines: list[str], rpr: str, align: str = "left") -> str:
    """One paragraph per line (a cell must hold at least one)."""
    pieces = [part for line in lines for part in line.split("\n")] or [""]
    return "".join(
        style.paragraph_xml(style.run_xml(text, rpr) if text else "", align=align)
        for text in pieces
    )


def _header_row(table: LedgerTable, widths: list[int]) -> str:
    rpr = style.rpr_xml(style.HEI, HEADER_SIZE)
    cells = "".join(
        _cell(width, _paragraphs([label], rpr, "center"), fill=HEADER_FILL)
        for width, label in zip(widths, table.column_labels(LEDGER_COLUMNS), strict=True)
    )
    return f"<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>{cells}</w:tr>"


def _body_rows(table: LedgerTable, widths: list[int]) -> list[str]:
    body = style.rpr_xml(style.FANG, BODY_SIZE)
    kai = style.rpr_xml(style.KAI, BODY_SIZE)
    status_plain = style.rpr_xml(style.HEI, BODY_SIZE)
    status_red = style.rpr_xml(style.HEI, BODY_SIZE, color=OVERDUE_RED)
    heading_rprs = (style.rpr_xml(style.HEI, HEADER_SIZE), style.rpr_xml(style.KAI, HEADER_SIZE))
    rows: list[str] = []
    previous_group: int | None = None
    for row in table.rows:
        if isinstance(row, HeadingRow):
            rpr = heading_rprs[0] if row.depth == 0 else heading_rprs[1]
            paragraph = style.paragraph_xml(style.run_xml(row.text, rpr), keep_next=True)
            fill = HEADING_FILL if row.depth == 0 else ""
            cell = _cell(sum(widths), paragraph, span=len(widths), fill=fill)
            rows.append(f"<w:tr><w:trPr><w:cantSplit/></w:trPr>{cell}</w:tr>")
            previous_group = None
            continue
        group_id = row.group.id if row.group else None
        continues = group_id is not None and group_id == previous_group
        previous_group = group_id
        rows.append(
            _requirement_row(table, row, widths, continues, body, kai, status_plain, status_red)
        )
    return rows


def _requirement_row(
    table: LedgerTable,
    row: RequirementRow,
    widths: list[int],
    continues_group: bool,
    body: str,
    kai: str,
    status_plain: str,
    status_red: str,
) -> str:
    progress = table.progress_lines(row)
    status_rpr = status_red if row.status is Status.OVERDUE else status_plain
    texts = [
        [row.number],
        [] if continues_group else [row.group_text],
        [row.text],
        [table.units_label(row.task)],
        [table.deadline_label(row.task)],
        [table.status_text(row), *progress],
        table.evidence_lines(row),
    ]
    result = (
        style.paragraph_xml(style.run_xml(texts[5][0], status_rpr)) + _paragraphs(progress, body)
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
    keep = "<w:cantSplit/>" if _row_height_pt(texts) < PAGE_BODY_HEIGHT_PT * 0.85 else ""
    return f"<w:tr><w:trPr>{keep}</w:trPr>{''.join(cells)}</w:tr>"


def _row_height_pt(texts: list[list[str]]) -> float:
    """A generous estimate of the printed row height."""
    em_mm = BODY_SIZE * 25.4 / 72
    tallest = max(
        wrapped_lines(lines, (width_mm - 2 * CELL_MARGIN_MM) / em_mm)
        for width_mm, lines in zip(COLUMN_WIDTHS_MM, texts, strict=True)
    )
    return tallest * BODY_SIZE * 1.35
