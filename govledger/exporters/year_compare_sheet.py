"""Compare years, printed: the window's table as a Word or an Excel document.

The rows and their texts are the window's (YearComparison.shown and
CompareItem.as_text, both in the domain), so what is printed is what the clerk saw:
the same order, the same numbers, unchanged requirements only when the window shows
them. The document is Chinese whatever the interface language (it is filed with the
year's 政务公开 records). Both files are written under a temporary name and renamed.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from govledger.domain.year_compare import Change, ComparedPair
from govledger.exporters.atomic import write_atomically
from govledger.exporters.labels import clean
from govledger.messages import GovLedgerError

CHANGE_NAMES = {
    Change.NEW: "新增",
    Change.CHANGED: "有变化",
    Change.DROPPED: "已删去",
    Change.UNCHANGED: "未变化",
}
FIELD_NAMES = {"units_text": "责任单位", "deadline_text": "时间节点"}
FILLS = {Change.NEW: "DFF3DF", Change.CHANGED: "FFF1C2", Change.DROPPED: "F8DCDC"}
HEADERS = ("变化", "上年度", "本年度")


@dataclass(frozen=True, slots=True)
class ComparedPlans:
    """What the printout says about the two plans compared."""

    old_title: str
    old_year: int
    new_title: str
    new_year: int
    pairs: list[ComparedPair]
    counts: dict[Change, int]
    printed_on: date

    @property
    def title(self) -> str:
        return f"{self.old_year}年与{self.new_year}年政务公开工作要点对照表"

    def summary(self) -> str:
        c = self.counts
        return (
            f"《{self.new_title}》与《{self.old_title}》相比：新增{c[Change.NEW]}项，"
            f"有变化{c[Change.CHANGED]}项，已删去{c[Change.DROPPED]}项，"
            f"未变化{c[Change.UNCHANGED]}项。"
        )


def change_text(pair: ComparedPair) -> str:
    """The 变化 cell: the kind of change, and which other fields changed with it."""
    text = CHANGE_NAMES[pair.change]
    if pair.changed_fields:
        text += "\n（" + "、".join(FIELD_NAMES[name] for name in pair.changed_fields) + "）"
    return text


def row_texts(pair: ComparedPair) -> tuple[str, str, str]:
    """The row's three cells, made safe for XML (control characters dropped)."""
    old = pair.old.as_text() if pair.old is not None else ""
    new = pair.new.as_text() if pair.new is not None else ""
    return change_text(pair), clean(old), clean(new)


def write_comparison(plans: ComparedPlans, target: Path | str) -> Path:
    """Write the comparison as .docx or .xlsx, by the target's suffix."""
    suffix = Path(target).suffix.lower()
    if suffix == ".docx":
        return write_atomically(target, lambda temp: _write_docx(plans, temp))
    if suffix == ".xlsx":
        return write_atomically(target, lambda temp: _write_xlsx(plans, temp))
    raise GovLedgerError("export.compare_extension", suffix=Path(target).suffix)


def _write_docx(plans: ComparedPlans, path: Path) -> None:
    from docx.oxml import parse_xml
    from docx.shared import Mm

    from govledger.exporters import docx_style as style

    document = style.new_document(landscape=True)
    style.add_paragraph(document, plans.title, style.TITLE_FONT, style.ER_HAO, align="center")
    style.add_paragraph(
        document, plans.summary(), style.FANG, style.SAN_HAO, first_line_chars=2, line_pt=28
    )
    widths = (Mm(24), Mm(114), Mm(114))  # the 253 mm landscape 版心
    table = document.add_table(rows=1, cols=len(HEADERS))
    table.style = document.styles["Table Grid"]
    table.autofit = False
    header_cells = table.rows[0].cells
    for cell, text in zip(header_cells, HEADERS, strict=True):
        _set_cell(cell, text, style.rpr_xml(style.HEI, style.XIAO_SI), "center", parse_xml)
    table.rows[0]._tr.get_or_add_trPr().append(
        parse_xml(f'<w:tblHeader {style.W_NS} w:val="true"/>')
    )
    body = style.rpr_xml(style.FANG, style.XIAO_SI)
    for pair in plans.pairs:
        cells = table.add_row().cells
        for column, (cell, text) in enumerate(zip(cells, row_texts(pair), strict=True)):
            _set_cell(cell, text, body, "center" if column == 0 else "left", parse_xml)
            if pair.change in FILLS:
                cell._tc.get_or_add_tcPr().append(
                    parse_xml(
                        f'<w:shd {style.W_NS} w:val="clear" w:color="auto" '
                        f'w:fill="{FILLS[pair.change]}"/>'
                    )
                )
    for column, width in zip(table.columns, widths, strict=True):
        column.width = width
        for cell in column.cells:
            cell.width = width
    day = plans.printed_on
    style.add_paragraph(
        document,
        f"打印日期：{day.year}年{day.month}月{day.day}日",
        style.FANG,
        style.XIAO_SI,
        align="right",
    )
    document.save(str(path))


def _set_cell(cell, text: str, rpr: str, align: str, parse_xml) -> None:
    """One paragraph per line of text, written as XML (see docx_style on speed)."""
    from govledger.exporters import docx_style as style

    cell._tc.remove(cell.paragraphs[0]._p)
    for line in text.split("\n") or [""]:
        cell._tc.append(
            parse_xml(
                f'<w:p {style.W_NS}><w:pPr><w:jc w:val="{align}"/></w:pPr>'
                f"{style.run_xml(line, rpr)}</w:p>"
            )
        )


def _write_xlsx(plans: ComparedPlans, path: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

    book = Workbook()
    sheet = book.active
    sheet.title = "年度对比"
    thin = Side(style="thin")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    sheet.append([plans.title])
    sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(HEADERS))
    sheet["A1"].font = Font(name="黑体", size=16)
    sheet["A1"].alignment = Alignment(horizontal="center")
    sheet.append([plans.summary()])
    sheet.merge_cells(start_row=2, start_column=1, end_row=2, end_column=len(HEADERS))
    sheet["A2"].alignment = Alignment(wrap_text=True)
    sheet.row_dimensions[2].height = 36
    sheet.append(list(HEADERS))
    for cell in sheet[3]:
        cell.font = Font(name="黑体", size=11)
        cell.alignment = Alignment(horizontal="center", vertical="center")
        cell.border = border
    for pair in plans.pairs:
        row = sheet.max_row + 1
        fill = FILLS.get(pair.change)
        for column, text in enumerate(row_texts(pair)):
            cell = sheet.cell(row=row, column=column + 1, value=text)
            cell.data_type = "s"  # never a formula, whatever the clerk typed
            cell.font = Font(name="仿宋", size=11)
            cell.alignment = Alignment(
                wrap_text=True, vertical="top", horizontal="center" if column == 0 else "left"
            )
            cell.border = border
            if fill:
                cell.fill = PatternFill("solid", fgColor=fill)
    for letter, width in zip("ABC", (12, 60, 60), strict=True):
        sheet.column_dimensions[letter].width = width
    sheet.freeze_panes = "A4"
    sheet.print_title_rows = "3:3"
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.fitToWidth, sheet.page_setup.fitToHeight = 1, 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    book.save(str(path))
