"""Excel plans the tests build: header below title rows, merges, two unit columns."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest

from govledger.domain.model import Recurrence
from govledger.importers import PlanImportError, load_plan
from tests.importers.documents import build_xlsx


def test_header_on_row_four_below_a_title(tmp_path: Path) -> None:
    path = build_xlsx(
        tmp_path / "plan.xlsx",
        [
            ["某某县2024年政务公开工作要点任务分解表", None, None, None, None],
            ["某政办〔2024〕8号", None, None, None, None],
            [None] * 5,
            ["序号", "工作任务", "具体内容", "责任单位", "完成时限"],
            [1, "深化政策解读", "开展政策解读。", "县政府办牵头，各乡镇配合", "全年"],
            [2, None, "组织新闻发布会。", None, datetime(2024, 6, 30)],
            [3, "优化平台", "网站改版。", "县政数局", "每季度"],
            ["4", None, "公开清单。", "县政数局", "2024年底前"],
        ],
        merges=["A1:E1", "B5:B6", "D5:D6", "B7:B8"],
    )
    draft = load_plan(path)
    assert draft.title == "某某县2024年政务公开工作要点任务分解表"
    assert (draft.year, draft.document_number) == (2024, "某政办〔2024〕8号")
    tasks = [task for _path, task in draft.requirements()]
    assert [task.number for task in tasks] == ["1", "2", "3", "4"]
    assert [heading.text for heading in draft.roots] == ["深化政策解读", "优化平台"]
    # the merged unit cell covers row 2
    assert tasks[1].units_text == "县政府办牵头，各乡镇配合"
    assert (tasks[1].lead_units, tasks[1].co_units) == (["县政府办"], ["各乡镇"])
    assert (tasks[0].due, tasks[0].recurrence) == (date(2024, 12, 31), Recurrence.CONTINUOUS)
    assert tasks[1].due == date(2024, 6, 30)  # a real date cell
    assert tasks[2].recurrence is Recurrence.QUARTERLY
    assert tasks[3].due == date(2024, 12, 31)
    assert draft.all_warnings() == []


def test_lead_and_co_unit_columns(tmp_path: Path) -> None:
    path = build_xlsx(
        tmp_path / "units.xlsx",
        [
            ["2023年政务公开任务清单"],
            ["序号", "工作任务", "牵头单位", "配合单位", "时间节点"],
            [1, "公开预算。", "财政局", "各部门", "10月底前"],
            [2, "公开规划。", "发改局", None, None],
        ],
    )
    tasks = [task for _path, task in load_plan(path).requirements()]
    assert tasks[0].units_text == "牵头单位：财政局；配合单位：各部门"
    assert (tasks[0].lead_units, tasks[0].co_units) == (["财政局"], ["各部门"])
    assert (tasks[1].lead_units, tasks[1].co_units) == (["发改局"], [])
    assert tasks[0].due == date(2023, 10, 31)
    assert tasks[1].due is None
    # no heading column: requirements sit at the top
    assert tasks[0].text == "公开预算。"


def test_section_rows_with_chinese_numbers_in_the_number_column(tmp_path: Path) -> None:
    path = build_xlsx(
        tmp_path / "sections.xlsx",
        [
            ["序号", "具体要求", "责任单位"],
            ["一", "重点领域信息公开", None],
            [1, "公开财政信息。", "财政局"],
            ["二", "平台建设", None],
            [2, "网站改版。", "政数局"],
        ],
    )
    requirements = load_plan(path, year=2023).to_json()["requirements"]
    assert [r["path"] for r in requirements] == [["一、重点领域信息公开"], ["二、平台建设"]]


def test_later_sheet_holds_the_plan(tmp_path: Path) -> None:
    import openpyxl

    workbook = openpyxl.Workbook()
    workbook.active.append(["填表说明：请按要求填写。"])
    sheet = workbook.create_sheet("2023年任务")
    sheet.append(["序号", "工作任务", "责任单位"])
    sheet.append([1, "公开预算。", "财政局"])
    workbook.save(str(tmp_path / "sheets.xlsx"))
    draft = load_plan(tmp_path / "sheets.xlsx", year=2023)
    tasks = [task for _path, task in draft.requirements()]
    assert [task.text for task in tasks] == ["公开预算。"]
    assert tasks[0].source == "sheet '2023年任务', row 2"


def test_workbook_without_a_plan(tmp_path: Path) -> None:
    path = build_xlsx(tmp_path / "other.xlsx", [["姓名", "电话"], ["张三", "123"]])
    with pytest.raises(PlanImportError) as caught:
        load_plan(path)
    assert caught.value.key == "import.no_plan"
    assert "other.xlsx" in str(caught.value)


def test_a_workbook_longer_than_the_limit_is_refused_not_cut(tmp_path, monkeypatch) -> None:
    # Issue 19, item 8: 50 000 rows came in as 19 999 requirements and one warning.
    import openpyxl

    from govledger.importers import PlanImportError, load_plan, xlsx_plan

    monkeypatch.setattr(xlsx_plan, "MAX_ROWS", 50)  # the same rule, on a small sheet
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["2023年政务公开工作要点分工方案"])
    sheet.append(["序号", "具体要求", "责任单位", "完成时限"])
    for number in range(1, 80):
        sheet.append([number, f"第{number}项工作要求。", "办公室", "全年"])
    path = tmp_path / "很长的方案.xlsx"
    workbook.save(path)
    with pytest.raises(PlanImportError) as refused:
        load_plan(path)
    text = str(refused.value)
    assert "很长的方案.xlsx" in text and "81" in text and "50" in text

    # formatting below the table (max_row grows, no values) is no reason to refuse
    short = openpyxl.Workbook()
    sheet = short.active
    sheet.append(["序号", "具体要求", "责任单位", "完成时限"])
    sheet.append([1, "建立台账。", "办公室", "全年"])
    sheet.cell(row=200, column=1).number_format = "0.00"
    sheet.cell(row=200, column=1).value = None
    short.save(tmp_path / "短.xlsx")
    assert len(list(load_plan(tmp_path / "短.xlsx").requirements())) == 1
