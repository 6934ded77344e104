"""The Excel 台账 read back through openpyxl (what the importers use too)."""

from __future__ import annotations

import zipfile
from datetime import date
from pathlib import Path

import openpyxl
import pytest

from govledger.domain.model import Status
from govledger.exporters.xlsx_ledger import FORMULA_STARTS, export_xlsx_ledger
from govledger.store import Ledger
from tests.exporters.ledger_builders import FORMULA_LIKE, LONG_NOTE, TODAY, SamplePlan

HEADER = [
    "序号", "工作任务", "具体要求", "责任单位", "时间节点", "完成情况", "佐证材料",
    "状态", "进度", "截止日期", "最近进展日期", "临近提醒起",
]  # fmt: skip


@pytest.fixture
def xlsx_path(ledger: Ledger, sample: SamplePlan, out_dir: Path) -> Path:
    return export_xlsx_ledger(ledger, sample.plan_id, out_dir / "台账.xlsx", today=TODAY)


@pytest.fixture
def sheet(xlsx_path: Path):
    return openpyxl.load_workbook(xlsx_path).active


def _requirement_rows(sheet) -> list[tuple]:
    return [row for row in sheet.iter_rows(min_row=4) if isinstance(row[0].value, int)]


def test_layout(sheet, sample: SamplePlan) -> None:
    assert sheet["A1"].value.endswith("落实情况台账")
    assert "截至2024年6月15日" in sheet["A2"].value
    assert [cell.value for cell in sheet[3]] == HEADER
    rows = _requirement_rows(sheet)
    assert [row[0].value for row in rows] == list(range(1, 31))
    assert [row[2].value for row in rows] == [sample.texts[i] for i in sample.requirement_ids]
    merged = {str(r) for r in sheet.merged_cells.ranges}
    assert {"A1:L1", "A2:L2", "A4:L4"} <= merged
    assert sheet["A4"].value == "一、推进决策和执行公开"


def test_filter_freeze_and_print_setup(sheet) -> None:
    last = sheet.max_row
    assert sheet.freeze_panes == "A4"
    assert sheet.auto_filter.ref == f"A3:L{last}"
    assert sheet.print_title_rows == "$3:$3"
    assert sheet.page_setup.orientation == "landscape"
    assert sheet.page_setup.paperSize == 9
    assert sheet.sheet_properties.pageSetUpPr.fitToPage
    assert sheet.page_setup.fitToWidth == 1 and sheet.page_setup.fitToHeight == 0
    assert sheet.oddFooter.center.text == "第 &P 页 共 &N 页"


def test_status_list_and_traffic_lights(sheet) -> None:
    (validation,) = sheet.data_validations.dataValidation
    assert validation.type == "list"
    # only what a clerk stores: 逾期 is derived from the due date
    assert validation.formula1 == '"已完成,进行中,未开始,不适用"'
    assert str(validation.sqref) == f"H4:H{sheet.max_row}"
    rules = [rule for cf in sheet.conditional_formatting for rule in cf.rules]
    formulas = " ".join(rule.formula[0] for rule in rules)
    assert len(rules) == 3
    assert '$H4="逾期"' in formulas and "TODAY()" in formulas and '$H4="已完成"' in formulas
    # yellow from each row's own first 临近 day (working days), no day arithmetic in Excel
    assert "TODAY()>=$L4" in formulas and "TODAY()<=" not in formulas


def test_the_warning_day_is_counted_in_working_days(sheet) -> None:
    from govledger.domain.status_rules import WARNING_WORKDAYS
    from govledger.domain.working_days import WorkingCalendar

    calendar = WorkingCalendar()
    dated = [row for row in _requirement_rows(sheet) if row[9].value is not None]
    assert dated
    for row in dated:
        due, warn = row[9].value.date(), row[11].value.date()
        assert warn == calendar.add_workdays(due, -WARNING_WORKDAYS)


def test_no_formula_from_user_text(sheet, xlsx_path: Path, sample: SamplePlan) -> None:
    texts = {row[2].value: row[2] for row in _requirement_rows(sheet)}
    for text in FORMULA_LIKE:
        cell = texts[text]
        assert cell.data_type == "s" and cell.value == text
        assert cell.quotePrefix  # Excel keeps it literal even when the cell is edited
    for row in sheet.iter_rows():
        for cell in row:
            assert cell.data_type != "f", cell.coordinate
    # At the XML level too: no <f> element anywhere in the sheet.
    with zipfile.ZipFile(xlsx_path) as archive:
        xml = archive.read("xl/worksheets/sheet1.xml").decode()
    assert "<f>" not in xml and "<f " not in xml
    assert "=SUM(A1)" in xml


def test_reimport_sees_the_same_text(xlsx_path: Path, sample: SamplePlan) -> None:
    """What an importer reading cell values (read-only mode) gets back."""
    workbook = openpyxl.load_workbook(xlsx_path, read_only=True, data_only=False)
    values = [row[2] for row in workbook.active.iter_rows(min_row=4, values_only=True)]
    for text in FORMULA_LIKE:
        assert text in values
    assert sample.texts[sample.requirement_ids[10]] in values


def test_formula_like_text_survives_export_and_reimport(
    ledger: Ledger, sample: SamplePlan, xlsx_path: Path
) -> None:
    """Export the 台账, import it again as a plan: user text comes back unchanged."""
    from govledger.importers import load_plan

    draft = load_plan(xlsx_path)
    reimported = {task.text for _path, task in draft.requirements()}
    for text in FORMULA_LIKE:
        assert text in reimported
    originals = {sample.texts[task_id] for task_id in sample.requirement_ids}
    assert originals <= reimported


def test_columns_after_the_word_ones(sheet, sample: SamplePlan) -> None:
    rows = {row[2].value: row for row in _requirement_rows(sheet)}
    done = rows[sample.texts[sample.done_ids[0]]]
    assert done[7].value == "已完成"
    assert done[8].value == 1 and done[8].number_format == "0%"  # 进度
    assert isinstance(done[9].value, date | object) and done[9].number_format == "yyyy-mm-dd"
    assert done[10].value is not None
    assert LONG_NOTE in done[5].value
    assert "https://www.jiangmen.gov.cn/zwgk/" in done[6].value
    overdue = rows[sample.texts[sample.overdue_ids[0]]]
    assert overdue[7].value == "逾期"
    assert all(cell.alignment.wrap_text for cell in done[1:7])
    assert sheet.row_dimensions[done[0].row].height >= 4 * 14  # room for the wrapped note


def test_percent_column_like_the_word_ledger(ledger: Ledger, sample: SamplePlan, out_dir) -> None:
    """进度 as the Word 台账's 完成情况 shows it ("进行中（40%）"), as a number to sort by."""
    task_id = sample.requirement_ids[2]
    ledger.update_task(task_id, status=Status.IN_PROGRESS, progress=40)
    path = export_xlsx_ledger(ledger, sample.plan_id, out_dir / "p.xlsx", today=TODAY)
    sheet = openpyxl.load_workbook(path).active
    rows = {row[2].value: row for row in _requirement_rows(sheet)}
    row = rows[sample.texts[task_id]]
    assert sheet.cell(3, 9).value == "进度"
    assert row[8].value == 0.4 and row[8].number_format == "0%"
    statuses = {row[7].value: row[8].value for row in rows.values()}
    assert statuses.get("已完成") == 1
    assert "不适用" not in statuses or statuses["不适用"] is None


def _lines(text: str, width: float) -> int:
    """Lines a wrapped cell needs: CJK characters two width units, others one."""
    # a column `width` units wide is width × 7 + 5 px; a 10.5 pt CJK character 14 px
    per_line = int((width * 7 + 5 - 6) // 14)
    total = 0
    for part in str(text).split("\n"):
        ems = sum(1 if ord(ch) > 0x2E80 else 0.5 for ch in part)
        total += max(1, -(-ems // per_line))
    return int(total)


def test_rows_are_tall_enough_for_their_text(
    ledger: Ledger, sample: SamplePlan, out_dir: Path
) -> None:
    ledger.update_task(sample.requirement_ids[0], units_text="各镇街（园区）；" * 8)
    path = export_xlsx_ledger(ledger, sample.plan_id, out_dir / "h.xlsx", today=TODAY)
    sheet = openpyxl.load_workbook(path).active
    widths = [sheet.column_dimensions[chr(65 + i)].width for i in range(11)]
    for row in sheet.iter_rows(min_row=4):
        height = sheet.row_dimensions[row[0].row].height
        if isinstance(row[0].value, int):
            needed = max(
                _lines(cell.value, widths[i]) for i, cell in enumerate(row[:8]) if cell.value
            )
        else:  # a heading merged across the sheet
            needed = _lines(row[0].value, sum(widths))
        assert height >= 13 * needed, (row[0].row, height, needed)
    assert sheet.row_dimensions[1].height >= 30


def test_widths(sheet) -> None:
    assert sheet.column_dimensions["C"].width == 40
    assert sheet.column_dimensions["F"].width == 42


def test_unit_filter(ledger: Ledger, sample: SamplePlan, out_dir: Path) -> None:
    path = export_xlsx_ledger(
        ledger, sample.plan_id, out_dir / "unit.xlsx", today=TODAY, unit="信息中心"
    )
    sheet = openpyxl.load_workbook(path).active
    rows = _requirement_rows(sheet)
    assert rows and all("信息中心" in row[3].value for row in rows)
    assert "责任单位：信息中心" in sheet["A2"].value


def test_overdue_only(ledger: Ledger, sample: SamplePlan, out_dir: Path) -> None:
    path = export_xlsx_ledger(
        ledger, sample.plan_id, out_dir / "o.xlsx", today=TODAY, overdue_only=True
    )
    rows = _requirement_rows(openpyxl.load_workbook(path).active)
    assert {row[7].value for row in rows} == {"逾期"}
    assert len(rows) == len(sample.overdue_ids)


def test_error_codes_stay_text(ledger: Ledger, sample: SamplePlan, out_dir: Path) -> None:
    ledger.update_task(sample.requirement_ids[4], text="#N/A")
    path = export_xlsx_ledger(ledger, sample.plan_id, out_dir / "e.xlsx", today=TODAY)
    cell = next(row[2] for row in _requirement_rows(openpyxl.load_workbook(path).active)
                if row[2].value == "#N/A")  # fmt: skip
    assert cell.data_type == "s"


def test_formula_starts_cover_excel_triggers() -> None:
    assert set(FORMULA_STARTS) == {"=", "+", "-", "@"}


def test_a_text_longer_than_an_excel_cell_says_it_was_cut(ledger, out_dir) -> None:
    # Issue 19, item 9: Excel holds 32 767 characters; the rest must not vanish unsaid.
    import openpyxl

    from govledger.exporters import export_xlsx_ledger
    from govledger.exporters.xlsx_ledger import MAX_CELL_TEXT

    plan = ledger.create_plan("2026年政务公开工作要点", 2026).first_created("plans")
    long_text = "加强政务公开标准化规范化建设。" * 3000  # 45 000 characters
    ledger.add_task(plan, long_text, lead_units=["办公室"])
    path = export_xlsx_ledger(ledger, plan, out_dir / "台账.xlsx")
    sheet = openpyxl.load_workbook(path).active
    cells = [c.value for row in sheet.iter_rows() for c in row if isinstance(c.value, str)]
    [written] = [value for value in cells if value.startswith("加强政务公开标准化")]
    assert len(written) <= MAX_CELL_TEXT
    assert "45000" in written and "Word" in written  # says how long it was, where it all is
