"""The report's tables in Word: a laid-out table (annual_report_layout.py) as a ruled grid.

Fixed column widths over the 156 mm 版心, 小五 text (黑体 headers, 仿宋 labels), every
row at least 6 mm high and never split, header rows repeated on a new page.
Tables are small (at most 28 rows), so python-docx's cell API is fast enough here.
"""

from __future__ import annotations

from collections.abc import Collection

from docx.document import Document as DocumentObject
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml import parse_xml
from docx.oxml.ns import qn
from docx.shared import Mm
from docx.table import Table

from govledger.exporters import docx_style as style
from govledger.exporters.annual_report_layout import GridCell, TableLayout

XIAO_WU = 9.0  # 小五: table text
MIN_ROW_TWIPS = 340  # 6 mm: rows as roomy as the published tables'

HEADER_RPR = style.rpr_xml(style.HEI, XIAO_WU)
LABEL_RPR = style.rpr_xml(style.FANG, XIAO_WU)
NOTE_RPR = style.rpr_xml(style.FANG, 8.0)


FAILING_FILL = "FFC7CE"  # the light red the Excel statistics use for a failing cell


def add_table(
    document: DocumentObject,
    layout: TableLayout,
    failing: Collection[tuple[str, str]] = (),
) -> Table:
    """A ruled table of fixed column widths with the layout's (possibly merged) cells;
    the cells whose (row, column) key is in failing are shaded red."""
    table = document.add_table(rows=layout.row_count, cols=len(layout.widths_mm))
    table.style = document.styles["Table Grid"]
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    _narrow_margins(table, layout.widths_mm)
    for index, row in enumerate(table.rows):
        properties = row._tr.get_or_add_trPr()
        properties.append(parse_xml(f"<w:cantSplit {style.W_NS}/>"))
        if index < layout.header_rows:
            properties.append(parse_xml(f"<w:tblHeader {style.W_NS}/>"))
        properties.append(
            parse_xml(f'<w:trHeight {style.W_NS} w:val="{MIN_ROW_TWIPS}" w:hRule="atLeast"/>')
        )
        for column, cell in enumerate(row.cells):
            cell.width = Mm(layout.widths_mm[column])
    for spec in layout.cells:
        cell = table.cell(spec.row, spec.column)
        if spec.rows > 1 or spec.columns > 1:
            corner = table.cell(spec.row + spec.rows - 1, spec.column + spec.columns - 1)
            cell = cell.merge(corner)
        # Every row but the last keeps with the next, so Word moves a table to the next
        # page whole rather than splitting it.
        _write(cell._tc, spec, keep_next=spec.row + spec.rows < layout.row_count)
        if spec.key is not None and spec.key in failing:
            cell._tc.get_or_add_tcPr().append(
                parse_xml(
                    f'<w:shd {style.W_NS} w:val="clear" w:color="auto" w:fill="{FAILING_FILL}"/>'
                )
            )
    for row in table.rows:
        for cell in row.cells:
            tc_pr = cell._tc.get_or_add_tcPr()
            if tc_pr.find(qn("w:vAlign")) is None:
                tc_pr.append(parse_xml(f'<w:vAlign {style.W_NS} w:val="center"/>'))
    return table


def _narrow_margins(table: Table, widths_mm: list[float]) -> None:
    # About 0.7 mm a side: a 10 mm numeric column still shows two characters a line.
    table._tbl.tblPr.append(
        parse_xml(
            f'<w:tblCellMar {style.W_NS}><w:left w:w="40" w:type="dxa"/>'
            f'<w:right w:w="40" w:type="dxa"/></w:tblCellMar>'
        )
    )
    for grid_column, width in zip(table._tbl.tblGrid.gridCol_lst, widths_mm, strict=True):
        grid_column.w = Mm(width)


def _write(tc, spec: GridCell, *, keep_next: bool) -> None:
    for paragraph in tc.findall(qn("w:p")):
        tc.remove(paragraph)
    rpr = {"header": HEADER_RPR, "note": NOTE_RPR}.get(spec.kind, LABEL_RPR)
    align = "left" if spec.kind in ("label", "note") else "center"
    for line in spec.text.split("\n"):
        runs = style.run_xml(line, rpr) if line else ""
        xml = style.paragraph_xml(runs, align=align, keep_next=keep_next)
        tc.append(parse_xml(xml.replace("<w:p>", f"<w:p {style.W_NS}>", 1)))
