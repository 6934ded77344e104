"""Table headers that span columns and rows, traditional characters, and no silent loss."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from govledger.domain.draft import PlanDraft
from govledger.importers import load_plan
from govledger.importers.columns import find_header, header_role
from govledger.importers.outline_builder import OutlineBuilder
from govledger.importers.table_feed import feed_table
from govledger.importers.traditional import as_written, has_traditional, to_simplified
from govledger.messages import message
from tests.importers.documents import build_docx, build_xlsx


def _build(rows: list[list[str]]) -> OutlineBuilder:
    """Rows of a table (header first) fed to a builder, as the importers do."""
    header = find_header(rows)
    assert header is not None
    index, column_map = header
    builder = OutlineBuilder(2023)
    feed_table(builder, rows[index + 1 :], column_map, lambda i: f"第{i + index + 2}行")
    return builder


# --- traditional characters --------------------------------------------------------


@pytest.mark.parametrize(
    ("cell", "role"),
    [
        ("牽頭單位", "units"),
        ("責任單位", "units"),
        ("負責科室", "units"),
        ("工作任務", "heading"),
        ("具體要求", "requirement"),
        ("時間節點", "deadline"),
        ("完成時限", "deadline"),
        ("序號", "number"),
    ],
)
def test_traditional_header_names_are_recognised(cell: str, role: str) -> None:
    assert header_role(cell) == role


def test_simplified_text_is_left_alone_and_traditional_converted_for_matching() -> None:
    assert not has_traditional("牵头单位：市财政局")
    assert to_simplified("牵头单位：市财政局") == "牵头单位：市财政局"
    assert has_traditional("牽頭單位")
    assert to_simplified("牽頭單位：市財政局") == "牵头单位：市财政局"


def test_names_found_in_the_simplified_copy_are_spelled_as_written() -> None:
    written = "區政府辦公室牽頭，區財政局配合"
    converted = to_simplified(written)
    assert [as_written(name, converted, written) for name in ("区政府办公室", "区财政局")] == [
        "區政府辦公室",
        "區財政局",
    ]


def test_every_listed_traditional_character_differs_from_its_simplified_form() -> None:
    opencc = pytest.importorskip("opencc")
    from govledger.importers.traditional import _TRADITIONAL_ONLY

    convert = opencc.OpenCC("t2s").convert
    assert [c for c in sorted(_TRADITIONAL_ONLY) if convert(c) == c] == []


def test_traditional_unit_cells_and_deadlines_are_read_and_kept_as_written() -> None:
    builder = _build(
        [
            ["序號", "具體要求", "牽頭單位", "配合單位", "時間節點"],
            ["1", "對重要政策同步發布解讀材料。", "區政府辦公室", "區司法局", "長期堅持"],
        ]
    )
    (task,) = builder.requirements
    assert task.text == "對重要政策同步發布解讀材料。"
    assert task.units_text == "牽頭單位：區政府辦公室；配合單位：區司法局"
    assert task.lead_units == ["區政府辦公室"]
    assert task.co_units == ["區司法局"]
    assert task.deadline_text == "長期堅持"
    assert str(task.recurrence) == "continuous"


def test_a_simplified_plan_does_not_load_opencc(tmp_path: Path) -> None:
    plan = build_docx(
        tmp_path / "plan.docx",
        before=["某某局2023年政务公开工作要点"],
        header=["序号", "具体要求", "责任单位"],
        rows=[["1", "公开部门预决算。", "办公室"]],
    )
    script = (
        "import json, sys; from pathlib import Path; from govledger.importers import load_plan; "
        f"load_plan(Path({str(plan)!r})); print(json.dumps('opencc' in sys.modules))"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, timeout=120
    )
    assert json.loads(result.stdout) is False


# --- spanning headers ----------------------------------------------------------------


def test_requirement_header_merged_over_serial_and_text_columns() -> None:
    builder = _build(
        [
            ["工作任务", "具体要求", "具体要求", "责任单位"],
            ["一、政策公开", "1", "及时公开政策文件。", "办公室"],
            ["一、政策公开", "2", "同步发布解读材料。", "办公室"],
        ]
    )
    assert [(t.number, t.text) for t in builder.requirements] == [
        ("1", "及时公开政策文件。"),
        ("2", "同步发布解读材料。"),
    ]


def test_merged_requirement_header_beside_a_serial_column_keeps_the_plan_serial() -> None:
    rows = [
        ["序号", "具体要求", "", "责任单位"],
        ["1", "（1）", "及时公开政策文件。", "办公室"],
        ["2", "（2）", "同步发布解读材料。", "办公室"],
    ]
    _index, column_map = find_header(rows)  # type: ignore[misc]
    assert (column_map.number, column_map.requirement, column_map.serials) == (0, 2, [1])
    assert [t.number for t in _build(rows).requirements] == ["1", "2"]


def test_two_text_columns_under_one_merged_requirement_header_stay_as_they_are() -> None:
    rows = [
        ["具体要求", "具体要求", "责任单位"],
        ["公开政策文件。", "同步解读。", "办公室"],
    ]
    _index, column_map = find_header(rows)  # type: ignore[misc]
    assert column_map.requirement == 0


def test_task_header_merged_over_two_sub_headers_gives_outer_and_inner_headings() -> None:
    builder = _build(
        [
            ["序号", "工作任务", "工作任务", "具体要求", "责任单位"],
            ["序号", "一级任务", "二级任务", "具体要求", "责任单位"],
            ["1", "一、重点领域", "（一）财政信息", "公开部门预决算。", "财务科"],
        ]
    )
    (task,) = builder.requirements
    outer = builder.roots[0]
    assert outer.text == "一、重点领域"
    assert outer.children[0].text == "（一）财政信息"
    assert task.text == "公开部门预决算。"


def test_a_data_row_under_a_merged_header_is_no_sub_header() -> None:
    rows = [
        ["工作任务", "工作任务", "具体要求", "责任单位"],
        ["一、重点领域", "（一）财政信息", "公开部门预决算。", "财务科"],
    ]
    index, _column_map = find_header(rows)  # type: ignore[misc]
    assert index == 0


def test_bare_lead_and_co_sub_headers_under_merged_units() -> None:
    builder = _build(
        [
            ["具体要求", "责任单位", "责任单位", "完成时限"],
            ["具体要求", "牵头", "配合", "完成时限"],
            ["公开部门预决算。", "财务科", "办公室", "6月底前"],
        ]
    )
    (task,) = builder.requirements
    assert (task.lead_units, task.co_units) == (["财务科"], ["办公室"])


def test_unit_columns_under_one_merged_name_are_listed_and_a_spanned_cell_counts_once() -> None:
    builder = _build(
        [
            ["具体要求", "责任单位", "责任单位"],
            ["公开部门预决算。", "财务科", "办公室"],
            ["公开部门决算。", "财务科", "财务科"],
        ]
    )
    first, second = builder.requirements
    assert first.units_text == "财务科；办公室"
    assert first.lead_units == ["财务科", "办公室"]
    assert second.units_text == "财务科"


def test_xlsx_two_row_header_with_merged_cells(tmp_path: Path) -> None:
    path = build_xlsx(
        tmp_path / "plan.xlsx",
        [
            ["某局2023年政务公开任务分解表", "", "", "", ""],
            ["具体要求", "", "责任单位", "", "完成时限"],
            ["", "", "牵头单位", "配合单位", ""],
            [1, "公开部门预决算。", "财务科", "办公室", "6月底前"],
            [2, "公开部门决算。", "", "各科室", "全年"],
        ],
        merges=["A1:E1", "A2:B3", "C2:D2", "E2:E3", "C4:C5"],
    )
    draft = load_plan(path)
    found = [(t.number, t.text, t.lead_units, t.co_units) for _path, t in draft.requirements()]
    assert found == [
        ("1", "公开部门预决算。", ["财务科"], ["办公室"]),
        ("2", "公开部门决算。", ["财务科"], ["各科室"]),
    ]


def test_word_vertical_merges_and_spanning_header(tmp_path: Path) -> None:
    path = build_docx(
        tmp_path / "plan.docx",
        before=["某局2023年政务公开工作要点"],
        header=["工作任务", "具体要求", "", "责任单位", ""],
        rows=[
            ["", "", "", "牵头单位", "配合单位"],
            ["一、政策公开", "1", "公开政策文件。", "办公室", "法规科"],
            ["", "2", "同步发布解读材料。", "", "各科室"],
        ],
        merges=[
            ((0, 1), (1, 2)),  # 具体要求 over both header rows and the serial and text columns
            ((0, 3), (0, 4)),  # 责任单位 over 牵头单位 | 配合单位
            ((0, 0), (1, 0)),
            ((2, 0), (3, 0)),  # the task over both duties
            ((2, 3), (3, 3)),  # one lead unit for both
        ],
    )
    draft = load_plan(path)
    found = [
        ([heading.text for heading in path], task.text, task.lead_units, task.co_units)
        for path, task in draft.requirements()
    ]
    assert found == [
        (["一、政策公开"], "公开政策文件。", ["办公室"], ["法规科"]),
        (["一、政策公开"], "同步发布解读材料。", ["办公室"], ["各科室"]),
    ]


# --- no silent loss ------------------------------------------------------------------


def test_a_remark_column_is_kept_as_the_requirement_note() -> None:
    builder = _build(
        [
            ["序号", "具体要求", "责任单位", "备注"],
            ["1", "公开部门预决算。", "财务科", "涉密内容除外"],
            ["", "", "", "以上均按年度推进"],
        ]
    )
    (task,) = builder.requirements
    assert (task.text, task.note) == ("公开部门预决算。", "涉密内容除外")
    assert [s.source for s in builder.skipped] == ["以上均按年度推进"]


def test_an_unknown_column_is_listed_as_skipped_with_one_draft_warning() -> None:
    builder = _build(
        [
            ["序号", "具体要求", "责任单位", "分管领导"],
            ["1", "公开部门预决算。", "财务科", "王副局长"],
            ["2", "公开部门决算。", "财务科", "李副局长"],
        ]
    )
    assert [(s.source, s.where) for s in builder.skipped] == [
        ("王副局长", "第2行"),
        ("李副局长", "第3行"),
    ]
    reason = message("skip.unused_column", column="分管领导")
    assert all(skipped.reason == reason for skipped in builder.skipped)
    assert builder.warnings == [message("warn.column_unused", column="分管领导", count=2)]


def test_a_row_without_a_duty_keeps_its_units_in_the_skipped_list() -> None:
    builder = _build(
        [
            ["具体要求", "责任单位", "完成时限"],
            ["公开部门预决算。", "财务科", "6月底前"],
            ["", "办公室", "全年"],
        ]
    )
    assert len(builder.requirements) == 1
    assert [s.source for s in builder.skipped] == ["办公室 全年"]


def test_a_note_row_is_no_heading_and_its_rule_applies() -> None:
    builder = _build(
        [
            ["序号", "具体要求", "责任单位"],
            ["1", "公开部门预决算。", "财务科、办公室"],
            ["注：排名第一的为牵头单位", "注：排名第一的为牵头单位", "注：排名第一的为牵头单位"],
        ]
    )
    (task,) = builder.requirements
    assert builder.roots == [task]
    assert (task.lead_units, task.co_units) == (["财务科"], ["办公室"])
    assert [s.source for s in builder.skipped] == ["注：排名第一的为牵头单位"]


def test_shifted_fields_are_warned_not_moved() -> None:
    builder = _build(
        [
            ["具体要求", "责任单位", "完成时限"],
            ["公开部门预决算。", "2023年6月底前", "财务科、办公室"],
        ]
    )
    (task,) = builder.requirements
    assert task.units_text == "2023年6月底前"
    assert task.deadline_text == "财务科、办公室"
    assert message("warn.units_in_deadline", where="第2行", text="财务科、办公室") in task.warnings
    assert message("warn.deadline_in_units", where="第2行", text="2023年6月底前") in task.warnings


def test_a_requirement_holding_only_a_number_is_warned() -> None:
    builder = OutlineBuilder(2023)
    _index, column_map = find_header([["序号", "具体要求", "责任单位"]])  # type: ignore[misc]
    feed_table(builder, [["1", "（1）", "财务科"]], column_map, lambda i: "第2行")
    assert builder.warnings == [message("warn.text_is_number", where="第2行", count=1)]


def test_text_after_a_word_table_is_listed_as_not_imported(tmp_path: Path) -> None:
    path = build_docx(
        tmp_path / "plan.docx",
        before=["某局2023年政务公开工作要点"],
        header=["序号", "具体要求", "责任单位"],
        rows=[["1", "公开部门预决算。", "财务科"]],
        after=["各科室要高度重视，确保按时完成。", "某局办公室", "2023年2月1日"],
    )
    draft: PlanDraft = load_plan(path)
    skipped = [s.source for s in draft.all_skipped()]
    assert "各科室要高度重视，确保按时完成。" in skipped


def test_task_header_merged_over_serial_and_text_columns_gives_numbers_not_headings() -> None:
    builder = _build(
        [
            ["工作任务", "工作任务", "责任单位"],
            ["1", "公开部门预决算。", "财务科"],
            ["2", "公开部门决算。", "办公室"],
        ]
    )
    assert [(t.number, t.text) for t in builder.requirements] == [
        ("1", "公开部门预决算。"),
        ("2", "公开部门决算。"),
    ]
    assert all(not task.is_heading for task in builder.roots)


def test_number_header_merged_over_serial_and_text_columns() -> None:
    builder = _build(
        [
            ["序号", "序号", "责任单位", "完成时限"],
            ["1", "公开部门预决算。", "财务科", "6月底前"],
        ]
    )
    (task,) = builder.requirements
    assert (task.number, task.text, task.lead_units) == ("1", "公开部门预决算。", ["财务科"])


def test_signature_under_a_sheet_table_is_metadata_and_listed_not_a_heading(
    tmp_path: Path,
) -> None:
    path = build_xlsx(
        tmp_path / "plan.xlsx",
        [
            ["某某局2023年政务公开任务分解表", "", "", ""],
            ["工作任务", "具体要求", "责任单位", "完成时限"],
            ["一、政策公开", "公开部门预决算。", "财务科", "6月底前"],
            ["", "", "", ""],
            ["某某局办公室", "", "", ""],
            ["2023年2月3日", "", "", ""],
        ],
    )
    draft = load_plan(path)
    assert [root.text for root in draft.roots] == ["一、政策公开"]
    assert draft.issued_on is not None and draft.issued_on.isoformat() == "2023-02-03"
    assert {"某某局办公室", "2023年2月3日"} <= {s.source for s in draft.all_skipped()}


def test_a_serial_cell_holding_other_text_is_listed() -> None:
    builder = _build(
        [
            ["序号", "具体要求", "责任单位"],
            ["1", "公开部门预决算。", "财务科"],
            ["以上任务均需报送佐证材料", "", ""],
        ]
    )
    assert [s.source for s in builder.skipped] == ["以上任务均需报送佐证材料"]


def test_a_web_page_table_with_spanning_headers_reads_the_same(tmp_path: Path) -> None:
    page = tmp_path / "plan.html"
    page.write_text(
        """<html><head><title>某局2023年政务公开工作要点</title></head><body>
        <table>
        <tr><th rowspan="2">工作任务</th><th rowspan="2" colspan="2">具體要求</th>
            <th colspan="2">責任單位</th><th rowspan="2">備註</th></tr>
        <tr><th>牽頭</th><th>配合</th></tr>
        <tr><td rowspan="2">一、政策公开</td><td>1</td><td>公开政策文件。</td>
            <td rowspan="2">办公室</td><td>法规科</td><td>按季度报送</td></tr>
        <tr><td>2</td><td>同步发布解读材料。</td><td>各科室</td><td></td></tr>
        </table></body></html>""",
        encoding="utf-8",
    )
    draft = load_plan(page)
    found = [(t.number, t.text, t.lead_units, t.co_units) for _p, t in draft.requirements()]
    assert [t.note for _p, t in draft.requirements()] == ["按季度报送", ""]
    assert found == [
        ("1", "公开政策文件。", ["办公室"], ["法规科"]),
        ("2", "同步发布解读材料。", ["办公室"], ["各科室"]),
    ]


def test_both_rows_of_a_two_row_header_repeated_on_a_later_page_are_no_duties() -> None:
    header = [
        ["序号", "具体要求", "责任单位", "责任单位", "完成时限"],
        ["序号", "具体要求", "牵头单位", "配合单位", "完成时限"],
    ]
    builder = _build(
        [
            *header,
            ["1", "公开部门预决算。", "财务科", "办公室", "6月底前"],
            *header,
            ["2", "公开部门决算。", "财务科", "", "全年"],
        ]
    )
    assert [t.text for t in builder.requirements] == ["公开部门预决算。", "公开部门决算。"]


def test_a_traditional_time_limit_label_is_no_part_of_the_deadline() -> None:
    builder = _build(
        [["具體要求", "責任單位", "完成時限"], ["公開部門預決算。", "財務科", "完成時限：6月底前"]]
    )
    (task,) = builder.requirements
    assert task.deadline_text == "6月底前"
    assert task.due is not None and task.due.isoformat() == "2023-06-30"


def test_a_traditional_note_after_the_table_makes_the_first_named_unit_lead(
    tmp_path: Path,
) -> None:
    path = build_docx(
        tmp_path / "plan.docx",
        before=["某局2023年政務公開工作要點"],
        header=["序號", "具體要求", "責任單位"],
        rows=[["1", "公開部門預決算。", "財務科、辦公室"]],
        after=["註：排名第一的為牽頭單位。"],
    )
    ((_path, task),) = load_plan(path).requirements()
    assert (task.lead_units, task.co_units) == (["財務科"], ["辦公室"])


def test_a_requirement_name_merged_over_heading_levels_and_the_duty_column() -> None:
    builder = _build(
        [
            ["序号", "工作内容", "工作内容", "工作内容", "责任单位"],
            ["序号", "一级", "二级", "具体内容", "责任单位"],
            ["1", "一、重点领域", "（一）财政信息", "公开部门预决算。", "财务科"],
        ]
    )
    (task,) = builder.requirements
    assert task.text == "公开部门预决算。"
    assert builder.roots[0].text == "一、重点领域"
    assert builder.roots[0].children[0].text == "（一）财政信息"


def test_a_duty_merged_down_over_two_rows_of_units_is_one_duty(tmp_path: Path) -> None:
    path = build_docx(
        tmp_path / "plan.docx",
        before=["某局2023年政务公开工作要点"],
        header=["序号", "具体要求", "牵头单位", "配合单位", "完成时限", "备注"],
        rows=[
            ["1", "公开部门预决算。", "财务科", "办公室", "6月底前", "涉密除外"],
            ["", "", "", "各分局", "9月底前", ""],
            ["2", "公开部门决算。", "财务科", "", "全年", ""],
        ],
        merges=[((1, 0), (2, 0)), ((1, 1), (2, 1)), ((1, 2), (2, 2)), ((1, 5), (2, 5))],
    )
    tasks = [task for _path, task in load_plan(path).requirements()]
    assert [t.number for t in tasks] == ["1", "2"]
    first = tasks[0]
    assert (first.text, first.note) == ("公开部门预决算。", "涉密除外")
    assert (first.lead_units, first.co_units) == (["财务科"], ["办公室", "各分局"])
    assert first.deadline_text == "6月底前"
    where = message("where.table_row", table=1, row=3)
    assert message("warn.merged_duty_deadline", where=where, text="9月底前") in first.warnings


def test_two_duties_with_the_same_text_and_their_own_serials_stay_two() -> None:
    builder = _build(
        [
            ["序号", "具体要求", "责任单位"],
            ["1", "及时更新公开目录。", "办公室"],
            ["2", "及时更新公开目录。", "财务科"],
        ]
    )
    assert [t.number for t in builder.requirements] == ["1", "2"]


def test_a_traditional_article_number_is_numbering() -> None:
    from govledger.domain.outline import Style, parse_numbering

    numbering, rest = parse_numbering("第三條 加強政策解讀")
    assert numbering is not None and (numbering.style, numbering.value) == (Style.ARTICLE, 3)
    assert rest == "加強政策解讀"
