"""Plans pasted or extracted as text."""

from __future__ import annotations

from pathlib import Path

import pytest

from govledger.importers import PlanImportError, load_plan, parse_plan_text
from govledger.importers.text_cleanup import clean_text, despace, strip_markup


def test_despace_removes_spaces_around_chinese_only() -> None:
    assert despace("做好各 类规划主动 公开。") == "做好各类规划主动公开。"
    assert despace("需于 2021 年 11 月 20 日前") == "需于2021年11月20日前"
    assert despace("（ 国办公开办函〔 2019〕 60 号）") == "（国办公开办函〔2019〕60号）"
    assert despace("Times New Roman") == "Times New Roman"


def test_markup_and_bookmarks_are_stripped() -> None:
    assert strip_markup("<p>办公室 &amp; 法制科</p>") == "办公室 & 法制科"
    assert strip_markup("[bookmark: _GoBack]标题") == "标题"
    assert strip_markup("a<b且c>d") == "a<b且c>d"  # not a tag
    assert clean_text(" <p>一、 总体 要求</p> ") == "一、总体要求"


def test_tab_separated_rows_as_pasted_from_word() -> None:
    text = "\n".join(
        [
            "某某局2021年政务公开工作要点分工方案",
            "工作任务\t具体要求\t责任单位\t时间节点",
            "一、做好规划公开\t1. 公开规划纲要。\t办公室\t全年",
            "\t2. 公开专项规划。\t\t10月底前",
            "二、做好财政公开\t3. 公开预决算。\t财务科牵头，各科室配合\t",
            "工作任务\t具体要求\t责任单位\t时间节点",
            "\t4. 公开专项资金。\t财务科\t每年的3月1日前",
        ]
    )
    draft = parse_plan_text(text, source_name="paste")
    assert (draft.year, draft.organization) == (2021, "某某局")
    requirements = draft.to_json()["requirements"]
    assert [r["number"] for r in requirements] == ["1", "2", "3", "4"]
    assert [r["path"] for r in requirements] == [
        ["一、做好规划公开"],
        ["一、做好规划公开"],
        ["二、做好财政公开"],
        ["二、做好财政公开"],
    ]
    # an empty unit cell in flattened text is a merged cell: it repeats the one above
    assert requirements[1]["units_text"] == "办公室"
    assert requirements[1]["due"] == "2021-10-31"
    assert requirements[2]["co_units"] == ["各科室"]
    assert (requirements[3]["due"], requirements[3]["recurrence"]) == ("2021-03-01", "yearly")


def test_row_cut_by_a_page_break_is_rejoined() -> None:
    text = "\n".join(
        [
            "2022年政务公开工作要点分工方案",
            "工作要求\t工作任务\t具体要求\t责任科室",
            "一、优化政务公开\t(一)推进标准\t1. 更新目录，做好\t办公室",
            "<p>工作基础</p>\t<p>化规范化。</p>\t<p>动态调整。</p>\t",
            "\t(二)规范申请办理。\t2. 规范办理。\t办公室牵头，各科室协办",
        ]
    )
    requirements = parse_plan_text(text).to_json()["requirements"]
    assert requirements[0]["text"] == "更新目录，做好动态调整。"
    assert requirements[0]["path"] == ["一、优化政务公开工作基础", "(一)推进标准化规范化。"]
    assert requirements[1]["path"] == ["一、优化政务公开工作基础", "(二)规范申请办理。"]


def test_pipe_flattened_cells_one_per_line() -> None:
    text = "\n".join(
        [
            "2021年政务公开工作要点分工方案",
            "工作任务 |",
            "具体要求 |",
            "落实单位 |",
            "做好规划公开 |",
            "1.公开规划纲要。 2.公开专项规划。 |",
            "各镇街(园区);市发改局牵头,市政数局配合 |",
            "3.归集历史规划。 |",
            "||",
            "做好财政公开 |",
            "4.公开预决算。 |",
            "市财政局、市财政局 |",
        ]
    )
    requirements = parse_plan_text(text).to_json()["requirements"]
    assert [r["number"] for r in requirements] == ["1", "2", "3", "4"]
    assert [r["path"] for r in requirements] == [["做好规划公开"]] * 3 + [["做好财政公开"]]
    assert requirements[2]["units_text"] == "各镇街(园区);市发改局牵头,市政数局配合"
    assert requirements[3]["units_text"] == "市财政局"  # extraction doubled the name


def test_prose_text_with_wrapped_lines() -> None:
    text = "\n".join(
        [
            "市审批局2023年政务公开工作要点",
            "一、深化政务公开",
            "（一）加强规划公开。主动公开规划纲要和",
            "专项规划。（牵头单位：市审批局；责任单位：市直各部门）",
            "（二）做好政策解读（办公室牵头，各科室配合）",
        ]
    )
    requirements = parse_plan_text(text).to_json()["requirements"]
    assert [(r["number"], r["label"]) for r in requirements] == [("1", "（一）"), ("2", "（二）")]
    assert requirements[0]["text"] == "加强规划公开。主动公开规划纲要和专项规划。"
    assert requirements[0]["lead_units"] == ["市审批局"]
    assert requirements[1]["co_units"] == ["各科室"]


def test_text_file_in_gb18030(tmp_path: Path) -> None:
    text = "2021年政务公开工作要点\n工作任务\t具体要求\t责任单位\n一、甲\t1. 乙\t办公室\n"
    path = tmp_path / "plan.txt"
    path.write_bytes(text.encode("gb18030"))
    draft = load_plan(path)
    assert [task.text for _path, task in draft.requirements()] == ["乙"]


def test_text_without_a_year_assumes_this_year_and_warns() -> None:
    draft = parse_plan_text("工作任务\t具体要求\t责任单位\n一、甲\t1. 乙\t办公室")
    assert draft.year is not None
    assert any("No year found" in warning for warning in draft.warnings)


def test_text_without_a_plan() -> None:
    with pytest.raises(PlanImportError) as caught:
        parse_plan_text("各位同事：下午三点开会。", source_name="会议通知")
    assert caught.value.key == "import.no_plan"
    assert "会议通知" in str(caught.value)


def test_circled_numbers_are_printed_numbers() -> None:
    text = "2023年政务公开工作要点\n一、公开财政信息\n①公开预算。（财务科）\n②公开决算。（财务科）"
    requirements = parse_plan_text(text).to_json()["requirements"]
    assert [(r["number"], r["label"]) for r in requirements] == [("1", "①"), ("2", "②")]
    assert all(r["path"] == ["一、公开财政信息"] for r in requirements)


def test_markdown_table_with_ruled_line() -> None:
    text = "\n".join(
        [
            "2022年政务公开工作要点分工方案",
            "| 工作任务 | 具体要求 | 责任单位 |",
            "|---|---|---|",
            "| 一、做好规划公开 | 1. 公开规划。 | 办公室 |",
            "|  | 2. 公开计划。 |  |",
        ]
    )
    requirements = parse_plan_text(text).to_json()["requirements"]
    assert [(r["number"], r["text"], r["units_text"]) for r in requirements] == [
        ("1", "公开规划。", "办公室"),
        ("2", "公开计划。", "办公室"),
    ]


def test_cell_per_line_without_heading_column_keeps_wrapped_text() -> None:
    text = "\n".join(
        ["2023年政务公开任务清单", "序号", "工作任务", "责任单位", "1", "1. 公开部门预算，",
         "做到应公开尽公开。", "财务科", "2", "2. 公开决算。", "财务科"]
    )  # fmt: skip
    requirements = parse_plan_text(text).to_json()["requirements"]
    assert [(r["number"], r["text"], r["units_text"]) for r in requirements] == [
        ("1", "公开部门预算，做到应公开尽公开。", "财务科"),
        ("2", "公开决算。", "财务科"),
    ]


def test_control_characters_are_removed_and_long_cells_flagged() -> None:
    long_text = "做好政务公开工作，" * 400
    text = "\n".join(
        [
            "某某局2021年政务公开工作要点分工方案",
            "工作任务\t具体要求\t责任单位",
            "一、做好规划公开\t1. 公开\x07规划\x00纲要。\t办公\x1b室",
            f"\t2. {long_text}\t办公室",
        ]
    )
    draft = parse_plan_text(text, source_name="paste")
    first, second = (task for _path, task in draft.requirements())
    assert (first.text, first.units_text) == ("公开规划纲要。", "办公室")
    assert any("control characters" in warning for warning in first.warnings)
    assert second.text.startswith("做好政务公开工作")
    assert len(second.text) == len(long_text)  # kept whole: never lose the clerk's data
    assert any("3600 characters" in warning for warning in second.warnings)
