"""The evidence pack's index workbook (佐证材料索引.xlsx).

One row per piece of evidence, every requirement listed (one row when it has none),
the requirement's cells merged over its evidence rows as in a printed 台账. Each file
is a hyperlink relative to the workbook, so clicking it in Excel or WPS opens the file
in the pack. Text the clerks wrote is always stored as text: a requirement starting
with "=" must never become a formula.
"""

from __future__ import annotations

import math
import unicodedata
from io import BytesIO
from typing import Any

from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE, Cell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.worksheet import Worksheet

from govledger.domain.model import EvidenceKind
from govledger.exporters.evidence_layout import (
    EvidenceState,
    PackedEvidence,
    PackedRequirement,
    PackPlan,
)

SHEET_TITLE = "佐证材料索引"
HEADERS = (
    ("序号", 6),
    ("编号", 6),
    ("工作要求", 22),
    ("具体要求", 40),
    ("责任单位", 16),
    ("完成时限", 12),
    ("状态", 8),
    ("佐证数量", 8),
    ("佐证材料", 30),
    ("类型", 8),
    ("位置 / 网址", 40),
    ("所属进展", 24),
    ("说明", 20),
    ("备注", 16),
)
REQUIREMENT_COLUMNS = 8  # 序号 … 佐证数量: merged over a requirement's evidence rows
HEADER_ROW = 3

KIND_LABELS = {EvidenceKind.FILE: "文件", EvidenceKind.LINK: "网页链接"}
STATE_REMARKS = {
    EvidenceState.MISSING: "文件缺失，未放入材料包",
    EvidenceState.ALTERED: "文件已被改动，与登记时不一致",
}
LACKS_EVIDENCE = "已完成但缺少佐证"

_THIN = Side(style="thin", color="999999")
_BORDER = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_WRAP = Alignment(wrap_text=True, vertical="top")
_CENTRED = Alignment(wrap_text=True, vertical="top", horizontal="center")
LINE_HEIGHT = 14.5  # points per line of 11-point text
_HEADER_FILL = PatternFill("solid", fgColor="DDE4EE")
_WARNING = Font(color="B01E23")


def index_workbook(pack: PackPlan) -> bytes:
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = SHEET_TITLE
    _title_rows(sheet, pack)
    row = HEADER_ROW + 1
    for number, requirement in enumerate(pack.requirements, start=1):
        row = _requirement_rows(sheet, row, number, requirement)
    _page_setup(sheet)
    out = BytesIO()
    workbook.save(out)
    return out.getvalue()


def link_target(relative_path: str) -> str:
    """A pack path as a hyperlink target: a relative URI, so space, % and # are escaped
    (a # would otherwise start a fragment); Chinese stays as written, as Excel does."""
    return relative_path.replace("%", "%25").replace(" ", "%20").replace("#", "%23")


def _title_rows(sheet: Worksheet, pack: PackPlan) -> None:
    _text(sheet.cell(1, 1), f"{pack.plan.title} — 佐证材料索引").font = Font(bold=True, size=14)
    files, links = len(pack.files()), sum(len(r.evidence) for r in pack.requirements)
    _text(
        sheet.cell(2, 1),
        f"导出日期：{pack.made_on.isoformat()}    具体要求 {len(pack.requirements)} 项，"
        f"佐证材料 {links} 份（其中文件 {files} 份）。点击“佐证材料”一列可打开对应文件。",
    )
    for column, (header, width) in enumerate(HEADERS, start=1):
        cell = _text(sheet.cell(HEADER_ROW, column), header)
        cell.font, cell.fill, cell.border = Font(bold=True), _HEADER_FILL, _BORDER
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        sheet.column_dimensions[cell.column_letter].width = width


def _requirement_rows(
    sheet: Worksheet, first: int, number: int, requirement: PackedRequirement
) -> int:
    task = requirement.task
    units = task.units_text or "、".join(task.units)
    deadline = task.deadline_text or (task.due.isoformat() if task.due else "")
    values: list[Any] = [
        number,
        task.number,
        " / ".join(heading.text for heading in requirement.headings),
        task.text,
        units,
        deadline,
        str(requirement.status),
        len(requirement.evidence),
    ]
    for column, value in enumerate(values, start=1):
        _value(sheet.cell(first, column), value)
    if requirement.folder:
        count = sheet.cell(first, REQUIREMENT_COLUMNS)
        count.hyperlink = link_target(requirement.folder)
        count.style = "Hyperlink"
    rows = requirement.evidence or [None]
    for offset, packed in enumerate(rows):
        _evidence_cells(sheet, first + offset, packed, requirement)
    last = first + len(rows) - 1
    for column in range(1, len(HEADERS) + 1):
        for row in range(first, last + 1):
            cell = sheet.cell(row, column)
            cell.border, cell.alignment = _BORDER, _WRAP
    for column in (1, 2, 6, 7, 8):
        sheet.cell(first, column).alignment = _CENTRED
    _fit_row_heights(sheet, first, last)
    if last > first:
        for column in range(1, REQUIREMENT_COLUMNS + 1):
            sheet.merge_cells(start_row=first, start_column=column, end_row=last, end_column=column)
    return last + 1


def _fit_row_heights(sheet: Worksheet, first: int, last: int) -> None:
    """Explicit heights: neither Excel nor WPS grows rows to fit merged wrapped cells."""
    rows = range(first, last + 1)
    lines = {row: max(_lines(sheet, row, c) for c in range(9, len(HEADERS) + 1)) for row in rows}
    merged = max(_lines(sheet, first, c) for c in range(1, REQUIREMENT_COLUMNS + 1))
    lines[last] += max(0, merged - sum(lines.values()))  # the merged text's extra lines
    for row in rows:
        sheet.row_dimensions[row].height = LINE_HEIGHT * lines[row] + 4


def _lines(sheet: Worksheet, row: int, column: int) -> int:
    value = sheet.cell(row, column).value
    if value is None:
        return 1
    width = HEADERS[column - 1][1] - 2  # in widths of "0"; a Chinese character takes two
    used = sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in str(value))
    return max(1, math.ceil(used / width))


def _evidence_cells(
    sheet: Worksheet, row: int, packed: PackedEvidence | None, requirement: PackedRequirement
) -> None:
    if packed is None:
        if requirement.lacks_evidence:
            _text(sheet.cell(row, 14), LACKS_EVIDENCE).font = _WARNING
        return
    evidence = packed.evidence
    is_link = evidence.kind is EvidenceKind.LINK
    name = _text(
        sheet.cell(row, 9), (evidence.title or evidence.url) if is_link else evidence.original_name
    )
    _text(sheet.cell(row, 10), KIND_LABELS[evidence.kind])
    if is_link:
        where = _text(sheet.cell(row, 11), evidence.url)
        for cell in (name, where):
            cell.hyperlink = evidence.url
            cell.style = "Hyperlink"
    else:
        _text(sheet.cell(row, 11), packed.relative_path)
        if packed.state != EvidenceState.MISSING:
            name.hyperlink = link_target(packed.relative_path)
            name.style = "Hyperlink"
    if packed.progress is not None:
        _text(sheet.cell(row, 12), f"{packed.progress.date.isoformat()} {packed.progress.text}")
    note = evidence.note
    if is_link and evidence.captured_on:
        note = f"{note}（采集于 {evidence.captured_on.isoformat()}）".lstrip()
    _text(sheet.cell(row, 13), note)
    remark = STATE_REMARKS.get(packed.state)
    if remark:
        _text(sheet.cell(row, 14), remark).font = _WARNING


def _page_setup(sheet: Worksheet) -> None:
    sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(HEADERS))
    sheet.merge_cells(start_row=2, start_column=1, end_row=2, end_column=len(HEADERS))
    sheet.freeze_panes = sheet.cell(HEADER_ROW + 1, 1)
    sheet.print_title_rows = f"{HEADER_ROW}:{HEADER_ROW}"
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.fitToWidth, sheet.page_setup.fitToHeight = 1, 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True


def _text(cell: Cell, value: str) -> Cell:
    """Store value as text, whatever it looks like (never a formula)."""
    cell.value = ILLEGAL_CHARACTERS_RE.sub("", value)
    cell.data_type = "s"
    return cell


def _value(cell: Cell, value: Any) -> Cell:
    if isinstance(value, str):
        return _text(cell, value)
    cell.value = value
    return cell
