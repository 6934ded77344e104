"""The yearly report's statistics as Excel: tables 二, 三, 四, the checks and the register.

The three tables keep the Word layout's merged cells (annual_report_layout.py), so a
sheet can be pasted into a template or compared with last year's. Figures are
numbers; a table 三 figure adjusted by hand is shaded blue with a comment saying
what the register counted and why it was changed; a cell failing a cross-check is
shaded red with the rule in its comment. The 校验 sheet lists every failure.
The register sheet lists the year's requests; their text is stored as text, never
as a formula (=SUM(A1) typed by an applicant stays words). A request past its reply
limit and unanswered (or answered late) has its 答复期限 and 答复情况 cells in red,
the latter saying so in words (已超期3个工作日未答复) so a black-and-white printout
shows it too.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from openpyxl import Workbook
from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from govledger.domain import annual_report_format as fmt
from govledger.domain.applications import (
    Application,
    ReplyLimit,
    replied_late,
    reply_limit,
    workdays_left,
)
from govledger.domain.report_checks import CheckFailure
from govledger.domain.working_days import WorkingCalendar
from govledger.exporters.annual_report_data import AnnualReport, build_annual_report
from govledger.exporters.annual_report_layout import (
    TableLayout,
    active_layout,
    application_layout,
    review_layout,
)
from govledger.exporters.atomic import write_atomically
from govledger.exporters.labels import clean, doc_text
from govledger.exporters.ledger_rows import wrapped_lines
from govledger.store.ledger import Ledger

FORMULA_STARTS = ("=", "+", "-", "@")
THIN = Side(style="thin", color="000000")
GRID = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
FONTS = {
    "header": Font(name="黑体", size=10),
    "label": Font(name="宋体", size=10),
    "note": Font(name="宋体", size=9),
    "number": Font(name="Times New Roman", size=10),
}
ADJUSTED = PatternFill("solid", fgColor="DDEBF7")
FAILING = PatternFill("solid", fgColor="FFC7CE")
MM_PER_WIDTH = 2.1  # millimetres per Excel column-width unit, near enough for 10 pt
EM_MM = 3.6  # a 10 pt CJK character, with a little room
LINE_PT = 13.0
LATE_MARKED = ("答复期限", "答复情况")  # the cells shaded red for a reply past its limit
LATE_FONT = Font(name="宋体", size=10, color="9C0006", bold=True)
LANDSCAPE_TABLES = {"table4"}  # 行政复议 and 行政诉讼 side by side: 15 figure columns
SHEETS = {"table2": "表二 主动公开", "table3": "表三 依申请公开", "table4": "表四 复议诉讼"}
REGISTER_COLUMNS = (
    ("登记编号", 12),
    ("收到日期", 12),
    ("申请方式", 9),
    ("申请人类型", 13),
    ("申请人", 14),
    ("申请内容", 40),
    ("当前环节", 9),
    ("答复期限", 12),
    ("答复日期", 12),
    ("答复情况", 18),
    ("办理结果", 30),
    ("信息处理费（元）", 15),
)


def export_annual_report_xlsx(
    ledger: Ledger,
    year: int,
    target: Path | str,
    *,
    plan_id: int | None = None,
    today: date | None = None,
) -> Path:
    report = build_annual_report(ledger, year, plan_id=plan_id, today=today)
    applications = ledger.applications(year)
    calendar = ledger.reply_calendar()
    return write_atomically(
        target, lambda path: write_statistics(report, applications, calendar, path)
    )


def write_statistics(
    report: AnnualReport, applications: list[Application], calendar: WorkingCalendar, path: Path
) -> None:
    workbook = Workbook()
    workbook.remove(workbook.active)
    failures = {(f.table, f.row, f.column): f for f in report.failures}
    for layout in (
        active_layout(report.active),
        application_layout(report.applications),
        review_layout(report.review),
    ):
        sheet = workbook.create_sheet(SHEETS[layout.table])
        title = f"{report.year}年 {fmt.SECTION_TITLES[_SECTION[layout.table]]}"
        _write_layout(sheet, layout, title, report, failures)
    _write_checks(workbook.create_sheet("校验"), report.failures)
    today = report.made_on or date.today()
    _write_register(workbook.create_sheet("依申请公开登记"), applications, calendar, today)
    workbook.save(path)


_SECTION = {"table2": "active", "table3": "applications", "table4": "review"}


def _write_layout(
    sheet,
    layout: TableLayout,
    title: str,
    report: AnnualReport,
    failures: dict[tuple[str, str, str], CheckFailure],
) -> None:
    last_column = get_column_letter(len(layout.widths_mm))
    sheet.merge_cells(f"A1:{last_column}1")
    _text(sheet.cell(1, 1), title, Font(name="黑体", size=14), Alignment(horizontal="center"))
    sheet.row_dimensions[1].height = 24
    top = 2  # the layout's row 0
    for index, width in enumerate(layout.widths_mm, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = max(4.0, width / MM_PER_WIDTH)
    for row in range(layout.row_count):  # rule every cell, merged ones included
        for column in range(len(layout.widths_mm)):
            sheet.cell(top + row, column + 1).border = GRID
    for spec in layout.cells:
        cell = sheet.cell(top + spec.row, spec.column + 1)
        align = "left" if spec.kind in ("label", "note") else "center"
        alignment = Alignment(horizontal=align, vertical="center", wrap_text=True)
        if spec.kind == "number":
            cell.value = _number(spec.text)
            cell.font, cell.alignment = FONTS["number"], alignment
            _mark(cell, layout.table, spec.key, report, failures)
        else:
            _text(cell, spec.text, FONTS[spec.kind], alignment)
        if spec.rows > 1 or spec.columns > 1:
            sheet.merge_cells(
                start_row=top + spec.row,
                start_column=spec.column + 1,
                end_row=top + spec.row + spec.rows - 1,
                end_column=spec.column + spec.columns,
            )
    for row, height in enumerate(_row_heights(layout)):
        sheet.row_dimensions[top + row].height = height
    sheet.freeze_panes = sheet.cell(top + max(layout.header_rows, 0), 1)
    # the title and the table's header rows on every page; table 四 is wide: landscape
    _print_setup(
        sheet,
        landscape=layout.table in LANDSCAPE_TABLES,
        title_rows=top + max(layout.header_rows, 0) - 1,
    )


def _print_setup(sheet, *, landscape: bool, title_rows: int) -> None:
    """A4 fitted to the page width, rows 1…title_rows repeated, "第 1 页 共 N 页"."""
    sheet.page_setup.orientation = "landscape" if landscape else "portrait"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.fitToWidth, sheet.page_setup.fitToHeight = 1, 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.print_title_rows = f"1:{max(1, title_rows)}"
    sheet.print_options.horizontalCentered = True
    for footer in (sheet.oddFooter, sheet.evenFooter):
        footer.center.text = doc_text("xlsx_footer", "zh")
        footer.center.size = 10


def _row_heights(layout: TableLayout) -> list[float]:
    """Points per row, from the wrapped lines of the cells that sit in one row only."""
    lines = [1] * layout.row_count
    for spec in layout.cells:
        if spec.rows != 1:
            continue
        width = sum(layout.widths_mm[spec.column : spec.column + spec.columns]) - 1.5
        ems = width / (EM_MM * (0.9 if spec.kind == "note" else 1.0))
        lines[spec.row] = max(lines[spec.row], wrapped_lines([spec.text], ems))
    return [max(18.0, count * LINE_PT + 5) for count in lines]


def _mark(cell, table: str, key, report: AnnualReport, failures) -> None:
    notes = []
    if table == "table3" and key is not None:
        adjustment = report.applications.adjustment(*key)
        if adjustment is not None:
            cell.fill = ADJUSTED
            computed = report.applications.value(*key) - adjustment.delta
            text = f"登记簿计算 {computed}，手工调整 {adjustment.delta:+d}"
            notes.append(text + (f"：{clean(adjustment.note)}" if adjustment.note else ""))
    failure = failures.get((table, *key)) if key is not None else None
    if failure is not None:
        cell.fill = FAILING
        notes.append(failure.text("zh"))
    if notes:
        cell.comment = Comment("\n".join(notes), "govledger", width=320, height=120)


def _number(text: str) -> int | float:
    value = float(text)
    return int(value) if value.is_integer() else value


def _text(cell, value: str, font: Font, alignment: Alignment) -> None:
    # Stored as a string cell: openpyxl would make "=…" a formula.
    cell._value = value
    cell.data_type = "s"
    if value.startswith(FORMULA_STARTS):
        cell.quotePrefix = True
    cell.font, cell.alignment = font, alignment


def _write_checks(sheet, failures: list[CheckFailure]) -> None:
    sheet.column_dimensions["A"].width = 100
    _print_setup(sheet, landscape=False, title_rows=1)
    _text(sheet.cell(1, 1), "勾稽关系校验", Font(name="黑体", size=14), Alignment())
    if not failures:
        _text(sheet.cell(2, 1), "全部通过。", FONTS["label"], Alignment())
        return
    for row, failure in enumerate(failures, start=2):
        _text(sheet.cell(row, 1), failure.text("zh"), FONTS["label"], Alignment(wrap_text=True))
        sheet.cell(row, 1).fill = FAILING


def reply_state(
    application: Application, limit: ReplyLimit, today: date, calendar: WorkingCalendar
) -> tuple[str, bool]:
    """The register's 答复情况 as of today, and whether it is past its limit (marked red):
    已超期3个工作日未答复, 超期答复, 已答复, 剩余5个工作日, 今日到期."""
    if application.replied:
        if replied_late(application, limit):
            return "超期答复", True
        return "已答复", False
    left = workdays_left(limit, today, calendar)
    if left < 0:
        return f"已超期{-left}个工作日未答复", True
    if left == 0:
        return "今日到期", False
    return f"剩余{left}个工作日", False


def _write_register(
    sheet, applications: list[Application], calendar: WorkingCalendar, today: date
) -> None:
    header = Font(name="黑体", size=10)
    wrap = Alignment(vertical="center", wrap_text=True)
    for column, (label, width) in enumerate(REGISTER_COLUMNS, start=1):
        cell = sheet.cell(1, column)
        _text(cell, label, header, Alignment(horizontal="center", vertical="center"))
        cell.border, cell.fill = GRID, PatternFill("solid", fgColor="D9D9D9")
        sheet.column_dimensions[get_column_letter(column)].width = width
    for row, application in enumerate(applications, start=2):
        limit = reply_limit(application, calendar)
        state, late = reply_state(application, limit, today, calendar)
        values: list[str | date | float | None] = [
            application.number,
            application.received_on,
            fmt.label_of(fmt.CHANNELS, application.channel),
            fmt.APPLICANT_TYPE_LONG.get(
                application.applicant_type,
                fmt.label_of(fmt.APPLICANT_TYPES, application.applicant_type),
            ),
            application.applicant_name,
            application.content,
            fmt.label_of(fmt.STEPS, application.step),
            limit.final_due,
            application.replied_on,
            state,
            fmt.outcome_label(application.outcome) if application.outcome else "",
            application.fee_cents / 100 if application.fee_cents else None,
        ]
        widths = [width for _label, width in REGISTER_COLUMNS]
        texts = [(v, w) for v, w in zip(values, widths, strict=True) if isinstance(v, str)]
        lines = max((wrapped_lines([clean(v)], w / 2.0) for v, w in texts), default=1)
        sheet.row_dimensions[row].height = max(16.0, lines * LINE_PT + 3)
        for column, value in enumerate(values, start=1):
            cell = sheet.cell(row, column)
            if isinstance(value, str):
                _text(cell, clean(value), FONTS["label"], wrap)
            else:
                cell.value = value
                cell.font, cell.alignment = FONTS["label"], wrap
                if isinstance(value, date):
                    cell.number_format = "yyyy-mm-dd"
            cell.border = GRID
            if late and REGISTER_COLUMNS[column - 1][0] in LATE_MARKED:
                cell.fill = FAILING
                cell.font = LATE_FONT
    sheet.freeze_panes = "A2"
    _print_setup(sheet, landscape=True, title_rows=1)
    if applications:
        sheet.auto_filter.ref = (
            f"A1:{get_column_letter(len(REGISTER_COLUMNS))}{len(applications) + 1}"
        )
