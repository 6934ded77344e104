"""The 催办单: a printable reminder list sent to one unit, as a Word document.

One sheet per unit, each starting on a new page: title 催办单, whom it is for,
one table row per overdue or due-soon requirement (序号 | 具体要求 | 截止日期 |
状态 | 剩余工作日), and the lines where the office and the unit sign. It is an
official paper in Chinese whatever language the program speaks.

Self-contained on purpose (python-docx only): every run gets its East Asian font
through w:eastAsia, because Word otherwise shows Chinese in the theme's Latin
font's fallback (often 等线 or SimSun) instead of 仿宋/黑体.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

from govledger.domain.recurrence import chinese_label
from govledger.domain.reminders import ReminderLine, ReminderSummary, UnitReminders
from govledger.domain.status_rules import Alert

if TYPE_CHECKING:
    from docx.document import Document as DocumentObject
    from docx.table import _Cell
    from docx.text.paragraph import Paragraph

    from govledger.store.ledger import Ledger

FANGSONG, HEITI, LATIN = "仿宋", "黑体", "Times New Roman"
HEADERS = ("序号", "具体要求", "截止日期", "状态", "剩余工作日")
# 166 mm, the A4 text width at 22 mm margins; the date, state and days columns fit
# "2026年11月30日", "即将到期" and "逾期176个工作日" in 五号 (10.5 pt) plus cell padding.
COLUMN_WIDTHS_MM = (12, 66, 34, 20, 34)
TABLE_POINTS = 10.5
SIGN_OFF = (
    ("催办单位（盖章）：", "经办人："),
    ("联系电话：", "日期：{today}"),
    ("签收单位：", "签收人："),
    ("签收日期：      年    月    日", ""),
)
ROLE_WORDS = {"lead": "牵头", "co": "配合"}


def chinese_date(day: date) -> str:
    return f"{day.year}年{day.month}月{day.day}日"


def _set_run_font(run, east_asian: str, size: float, bold: bool = False) -> None:
    run.font.name = LATIN
    run.font.size = Pt(size)
    run.font.bold = bold
    fonts = run._element.get_or_add_rPr().get_or_add_rFonts()
    fonts.set(qn("w:eastAsia"), east_asian)


def _paragraph(
    container,
    text: str,
    *,
    font: str = FANGSONG,
    size: float = 16,
    bold: bool = False,
    align: WD_ALIGN_PARAGRAPH | None = None,
    space_after: float = 0,
    first_line_indent: float | None = None,
) -> Paragraph:
    paragraph = container.add_paragraph()
    if align is not None:
        paragraph.alignment = align
    paragraph.paragraph_format.space_after = Pt(space_after)
    paragraph.paragraph_format.space_before = Pt(0)
    if first_line_indent is not None:
        paragraph.paragraph_format.first_line_indent = Pt(first_line_indent)
    _set_run_font(paragraph.add_run(text), font, size, bold)
    return paragraph


def _cell_text(cell: _Cell, text: str, *, font: str = FANGSONG, center: bool = False) -> None:
    cell.text = ""
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    paragraph = cell.paragraphs[0]
    paragraph.paragraph_format.space_after = Pt(0)
    if center:
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _set_run_font(paragraph.add_run(text), font, TABLE_POINTS, bold=font == HEITI)


def _repeat_as_header(row) -> None:
    properties = row._tr.get_or_add_trPr()
    header = OxmlElement("w:tblHeader")
    header.set(qn("w:val"), "true")
    properties.append(header)


def _state_words(line: ReminderLine) -> tuple[str, str]:
    """(状态, 剩余工作日) for a line."""
    left = line.entry.workdays_left
    if line.entry.alert is Alert.OVERDUE:
        return "逾期", f"逾期{-left}个工作日" if left < 0 else "逾期"
    return "即将到期", "今日到期" if left <= 0 else str(left)


def _requirement_text(line: ReminderLine) -> str:
    task, occurrence = line.entry.task, line.entry.occurrence
    text = f"{task.number}. {task.text}" if task.number else task.text
    words = chinese_label(task, occurrence)
    if words:
        text += f"（{words}）"
    role = ROLE_WORDS.get(line.role)
    return f"【{role}】{text}" if role else text


def _add_sheet(
    document: DocumentObject,
    group: UnitReminders,
    *,
    plan_title: str,
    organization: str,
    today: date,
) -> None:
    unit = group.unit or "有关单位"
    _paragraph(
        document, "催办单", font=HEITI, size=22, align=WD_ALIGN_PARAGRAPH.CENTER, space_after=12
    )
    _paragraph(document, f"{unit}：", space_after=6)
    overdue, soon = len(group.overdue), len(group.due_soon)
    counts = "、".join(
        part
        for part in (f"已逾期{overdue}项" if overdue else "", f"即将到期{soon}项" if soon else "")
        if part
    )
    source = f"《{plan_title}》" if plan_title else "本年度政务公开工作要点分工方案"
    _paragraph(
        document,
        f"根据{source}，贵单位承担的下列工作{counts}。请抓紧落实，"
        f"并将落实情况及佐证材料及时报送{organization or '办公室'}。",
        first_line_indent=32,
        space_after=6,
    )
    table = document.add_table(rows=1, cols=len(HEADERS))
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    for cell, text in zip(table.rows[0].cells, HEADERS, strict=True):
        _cell_text(cell, text, font=HEITI, center=True)
    _repeat_as_header(table.rows[0])
    for number, line in enumerate(group.lines, start=1):
        state, left = _state_words(line)
        cells = table.add_row().cells
        _cell_text(cells[0], str(number), center=True)
        _cell_text(cells[1], _requirement_text(line))
        _cell_text(cells[2], chinese_date(line.entry.due), center=True)
        _cell_text(cells[3], state, center=True)
        _cell_text(cells[4], left, center=True)
    _set_widths(table, COLUMN_WIDTHS_MM)
    _paragraph(document, "", space_after=6)
    _add_sign_off(document, today)


def _set_widths(table, widths_mm: tuple[int, ...]) -> None:
    # Word reads the cell widths, LibreOffice and WPS the grid: set both.
    for column, width in zip(table.columns, widths_mm, strict=True):
        column.width = Mm(width)
    for row in table.rows:
        for cell, width in zip(row.cells, widths_mm, strict=True):
            cell.width = Mm(width)


def _add_sign_off(document: DocumentObject, today: date) -> None:
    """The signature lines, in a borderless table so the two columns line up."""
    table = document.add_table(rows=len(SIGN_OFF), cols=2)
    table.autofit = False
    for row, texts in zip(table.rows, SIGN_OFF, strict=True):
        for cell, text in zip(row.cells, texts, strict=True):
            cell.text = ""
            paragraph = cell.paragraphs[0]
            paragraph.paragraph_format.space_after = Pt(6)
            _set_run_font(paragraph.add_run(text.format(today=chinese_date(today))), FANGSONG, 14)
    _set_widths(table, (96, 70))


def build_document(
    summary: ReminderSummary,
    units: Iterable[str] | None = None,
    *,
    plan_title: str = "",
    organization: str = "",
) -> DocumentObject:
    """The 催办单 of each unit asked for (None: every unit with something to chase)."""
    wanted = None if units is None else list(units)
    groups = [g for g in summary.units if wanted is None or g.unit in wanted]
    if wanted is not None:
        groups.sort(key=lambda g: wanted.index(g.unit))
    document = Document()
    section = document.sections[0]
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.top_margin, section.bottom_margin = Mm(30), Mm(28)
    section.left_margin = section.right_margin = Mm(22)
    normal = document.styles["Normal"]
    normal.font.name = LATIN
    normal.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), FANGSONG)
    if not groups:
        _paragraph(document, "催办单", font=HEITI, size=22, align=WD_ALIGN_PARAGRAPH.CENTER)
        _paragraph(document, f"截至{chinese_date(summary.today)}，没有逾期或即将到期的工作。")
    for index, group in enumerate(groups):
        if index:
            _page_break(document)
        _add_sheet(
            document,
            group,
            plan_title=plan_title,
            organization=organization,
            today=summary.today,
        )
    return document


def _page_break(document: DocumentObject) -> None:
    paragraph = document.add_paragraph()
    paragraph.paragraph_format.space_after = Pt(0)
    paragraph.add_run().add_break(WD_BREAK.PAGE)


def write_reminder_sheet(
    path: Path,
    summary: ReminderSummary,
    units: Iterable[str] | None = None,
    *,
    plan_title: str = "",
    organization: str = "",
) -> Path:
    """Save the 催办单 under a temporary name, then rename it into place."""
    document = build_document(summary, units, plan_title=plan_title, organization=organization)
    path = Path(path)
    temporary = path.with_name(path.name + ".partial")
    try:
        document.save(str(temporary))
        with temporary.open("rb+") as handle:
            os.fsync(handle.fileno())
        temporary.replace(path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    return path


def export_plan_reminders(
    ledger: Ledger,
    plan_id: int,
    path: Path,
    units: Iterable[str] | None = None,
    today: date | None = None,
) -> Path:
    plan = ledger.plan(plan_id)
    summary = ledger.reminders(plan_id, today)
    return write_reminder_sheet(
        path, summary, units, plan_title=plan.title, organization=plan.organization
    )
