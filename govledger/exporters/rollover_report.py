"""The 回头看 report: a Word document of what the yearly review found and decided.

A4 portrait with GB/T 9704 margins; title in 方正小标宋简体 (黑体 where Word lacks
it), section headings in 黑体, body and tables in 仿宋_GB2312 (仿宋). Word has no
font fallback list, so every run names its East Asian font (``w:eastAsia``) and
the 公文 fonts are declared in the font table with the Windows font that stands in
for them (``w:altName``). The file is written under a temporary name and renamed,
so a failed save never leaves half a report.

The document is Chinese whatever the interface language: it is an official
document filed with the year's 政务公开 records.
"""

from __future__ import annotations

import os
from pathlib import Path

from docx import Document
from docx.document import Document as DocumentObject
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Mm, Pt
from docx.table import _Cell
from docx.text.paragraph import Paragraph
from lxml import etree

from govledger.domain.rollover import Decision, ReviewItem, RolloverReview

TITLE_FONT, HEI, FANG, LATIN = "方正小标宋简体", "黑体", "仿宋_GB2312", "Times New Roman"
FONT_FALLBACKS = {TITLE_FONT: HEI, FANG: "仿宋"}
ER_HAO, SAN_HAO, SI_HAO, XIAO_SI = 22.0, 16.0, 14.0, 12.0  # 字号 in points
BODY_LINE = Pt(28)  # 公文 body: 22 lines of 28 pt on the page

SECTIONS = (
    (Decision.CARRY_OVER, "结转继续落实的事项", "回头看时进展"),
    (Decision.CLOSE, "不再结转的事项", "不再结转的原因"),
    (Decision.NOT_APPLICABLE, "确认不适用的事项", "不适用的原因"),
)
CHINESE_NUMERALS = "一二三四五六七八九十"
TITLE_LINES = ("{year}年政务公开工作要点", "落实情况回头看报告")
COLUMN_WIDTHS_MM = (14, 76, 30, 36)  # the 156 mm 版心


def write_rollover_report(review: RolloverReview, target: Path | str) -> Path:
    target = Path(target)
    document = _new_document()
    title = document.add_paragraph()
    # Two lines, broken where the sense breaks (one line does not fit the 156 mm 版心).
    _paragraph(
        title,
        TITLE_LINES[0].format(year=review.from_year),
        TITLE_FONT,
        ER_HAO,
        align=WD_ALIGN_PARAGRAPH.CENTER,
    )
    title.runs[-1].add_break()
    _paragraph(title, TITLE_LINES[1], TITLE_FONT, ER_HAO, align=WD_ALIGN_PARAGRAPH.CENTER)
    if review.organization:
        _paragraph(
            document.add_paragraph(),
            review.organization,
            FANG,
            SAN_HAO,
            align=WD_ALIGN_PARAGRAPH.CENTER,
        )
    _body(document, _opening(review))
    for index, (decision, heading, last_column) in enumerate(SECTIONS):
        items = review.with_decision(decision)
        _paragraph(
            document.add_paragraph(),
            f"{CHINESE_NUMERALS[index]}、{heading}（{len(items)}项）",
            HEI,
            SAN_HAO,
            first_line_chars=2,
        )
        if items:
            _table(document, items, last_column, decision)
        else:
            _body(document, "无。")
    _paragraph(
        document.add_paragraph(),
        f"{review.reviewed_on.year}年{review.reviewed_on.month}月{review.reviewed_on.day}日",
        FANG,
        SAN_HAO,
        align=WD_ALIGN_PARAGRAPH.RIGHT,
    )
    return _save(document, target)


def _opening(review: RolloverReview) -> str:
    counts = {decision: len(review.with_decision(decision)) for decision in Decision}
    day = f"{review.reviewed_on.year}年{review.reviewed_on.month}月{review.reviewed_on.day}日"
    return (
        f"{day}，对《{review.from_title}》中尚未完成的{len(review.items)}项工作要求"
        f"逐项进行了回头看。其中，结转至《{review.to_title}》继续落实"
        f"{counts[Decision.CARRY_OVER]}项，不再结转{counts[Decision.CLOSE]}项，"
        f"确认不适用{counts[Decision.NOT_APPLICABLE]}项。具体情况如下："
    )


def _last_cell_text(item: ReviewItem, decision: Decision) -> str:
    if decision is Decision.CARRY_OVER:
        history = f"进展记录{item.progress_count}条，佐证材料{item.evidence_count}份"
        return f"并入本年度：{item.counterpart}；{history}" if item.counterpart else history
    return item.reason


def _table(
    document: DocumentObject, items: list[ReviewItem], last_column: str, decision: Decision
) -> None:
    headers = ("序号", "工作要求", "责任单位", f"状态 / {last_column}")
    table = document.add_table(rows=1, cols=len(headers))
    table.style = document.styles["Table Grid"]
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    for cell, text in zip(table.rows[0].cells, headers, strict=True):
        _cell(cell, text, HEI, align=WD_ALIGN_PARAGRAPH.CENTER)
    _repeat_header(table.rows[0])
    for number, item in enumerate(items, start=1):
        requirement = f"{item.number}. {item.text}" if item.number else item.text
        if item.path:
            requirement = f"{requirement}（{item.path[-1]}）"
        values = (
            str(number),
            requirement,
            item.units,
            f"{item.status}；{_last_cell_text(item, decision)}",
        )
        row = table.add_row()
        for column, (cell, text) in enumerate(zip(row.cells, values, strict=True)):
            _cell(cell, text, FANG, align=WD_ALIGN_PARAGRAPH.CENTER if column == 0 else None)
    # Word reads the cell widths, LibreOffice the grid's: set both.
    table.autofit = False
    for column, width in zip(table.columns, COLUMN_WIDTHS_MM, strict=True):
        column.width = Mm(width)
        for cell in column.cells:
            cell.width = Mm(width)


def _cell(cell: _Cell, text: str, font: str, *, align: WD_ALIGN_PARAGRAPH | None = None) -> None:
    paragraph = cell.paragraphs[0]
    paragraph.paragraph_format.space_before = paragraph.paragraph_format.space_after = Pt(0)
    _paragraph(paragraph, text, font, XIAO_SI, align=align or WD_ALIGN_PARAGRAPH.LEFT)


def _repeat_header(row) -> None:
    properties = row._tr.get_or_add_trPr()
    properties.append(parse_xml(f'<w:tblHeader {nsdecls("w")} w:val="true"/>'))


def _body(document: DocumentObject, text: str) -> None:
    _paragraph(document.add_paragraph(), text, FANG, SAN_HAO, first_line_chars=2)


def _paragraph(
    paragraph: Paragraph,
    text: str,
    font: str,
    size: float,
    *,
    align: WD_ALIGN_PARAGRAPH = WD_ALIGN_PARAGRAPH.JUSTIFY,
    first_line_chars: int = 0,
) -> None:
    paragraph.alignment = align
    if first_line_chars:
        paragraph.paragraph_format.first_line_indent = Pt(size * first_line_chars)
    if size == SAN_HAO:
        paragraph.paragraph_format.line_spacing = BODY_LINE
    run = paragraph.add_run(text)
    run.font.size = Pt(size)
    run.font.name = LATIN
    run._element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), font)


def _new_document() -> DocumentObject:
    document = Document()
    section = document.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    # GB/T 9704: 天头 37 mm, 订口 28 mm, 版心 156 × 225 mm
    section.top_margin, section.bottom_margin = Mm(37), Mm(35)
    section.left_margin, section.right_margin = Mm(28), Mm(26)
    normal = document.styles["Normal"]
    normal.font.name = LATIN
    normal.font.size = Pt(SAN_HAO)
    normal.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), FANG)
    _declare_font_fallbacks(document)
    return document


def _declare_font_fallbacks(document: DocumentObject) -> None:
    part = next(
        p for p in document.part.package.iter_parts() if p.partname == "/word/fontTable.xml"
    )
    table = parse_xml(part.blob)
    for font, alternative in FONT_FALLBACKS.items():
        table.append(
            parse_xml(
                f'<w:font {nsdecls("w")} w:name="{font}"><w:altName w:val="{alternative}"/>'
                '<w:charset w:val="86"/><w:family w:val="modern"/><w:pitch w:val="fixed"/>'
                "</w:font>"
            )
        )
    part._blob = etree.tostring(table, xml_declaration=True, encoding="UTF-8", standalone=True)


def _save(document: DocumentObject, target: Path) -> Path:
    target.parent.mkdir(parents=True, exist_ok=True)
    temporary = target.with_name(target.name + ".partial")
    try:
        document.save(str(temporary))
        os.replace(temporary, target)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    return target
