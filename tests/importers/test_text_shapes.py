"""Tables flattened into text, one shape per test: each must come back as its rows."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

from govledger.domain.unit_notes import SAME_AS_ABOVE
from govledger.importers import load_plan, parse_plan_text
from govledger.importers.columns import header_role, recognise_header
from govledger.importers.text_cells import (
    PIPE,
    TAB,
    WIDE_SPACE,
    Kind,
    align,
    column_roles,
    continues_sentence,
    kind_of,
    separators_in,
    split_cells,
)

PLANS = Path(__file__).parents[1] / "data" / "plans"


def _rows(text: str) -> list[tuple[str, list[str], str, str, str]]:
    """(number, path, text, units_text, deadline_text) per requirement."""
    return [
        (r["number"], r["path"], r["text"], r["units_text"], r["deadline_text"])
        for r in parse_plan_text(text).to_json()["requirements"]
    ]


# --- cells -----------------------------------------------------------------------------
def test_separators_and_splitting() -> None:
    assert split_cells("| 序号 | 工作任务 |  |", PIPE) == ["序号", "工作任务", ""]
    assert split_cells("1｜公开预算。｜财务科", PIPE) == ["1", "公开预算。", "财务科"]
    assert split_cells("1\u3000公开 预算。\u3000\u3000财务科", WIDE_SPACE) == [
        "1",
        "公开预算。",  # a stray single space inside Chinese text is no separator
        "财务科",
    ]
    assert split_cells("1   做好 Open Data 公开  办公室", WIDE_SPACE) == [
        "1",
        "做好Open Data公开",  # despace: spaces next to Chinese characters go
        "办公室",
    ]
    assert separators_in("\t工作任务") == [TAB]
    assert separators_in("做好 规划 公开") == []  # single spaces only


@pytest.mark.parametrize(
    ("cell", "kind"),
    [
        ("12", Kind.SERIAL),
        ("一、做好规划公开", Kind.HEADING),
        ("（二）回应关切", Kind.HEADING),
        ("1. 公开预算。", Kind.DUTY),
        ("办公室牵头，各股室配合", Kind.UNITS),
        ("每季度", Kind.DEADLINE),
        ("2024年底前", Kind.DEADLINE),
        ("公开预算，10月底前完成。", Kind.TEXT),  # a duty naming a date is still a duty
        ("做好规划公开", Kind.TEXT),
        ("长期坚持", Kind.DEADLINE),
        ("常态化推进", Kind.DEADLINE),
        ("持续深化政务公开", Kind.TEXT),  # 持续 leads a task, not a time limit
        ("加强日常监管", Kind.TEXT),
        ("", Kind.EMPTY),
    ],
)
def test_what_a_cell_holds(cell: str, kind: Kind) -> None:
    assert kind_of(cell) is kind


def test_a_short_row_is_matched_to_columns_by_content() -> None:
    header = recognise_header(["序号", "工作任务", "具体要求", "责任单位", "完成时限"])
    assert header is not None
    roles = column_roles(header)
    aligned = align(["7", "公开决算。", "10月底前"], roles)
    assert aligned.cells == ["7", "", "公开决算。", "", "10月底前"]
    assert aligned.present == [True, False, True, False, True]
    # a time limit the parser does not know still goes after the duty, not before it
    unknown = align(["9", "公开资产报告。", "按上级要求"], roles)
    assert unknown.cells == ["9", "", "公开资产报告。", "", "按上级要求"]
    headed = align(["10", "做好财政公开", "公开预算。"], roles)
    assert headed.cells == ["10", "做好财政公开", "公开预算。", "", ""]
    full = align(["8", "", "公开预算。", "全年", "财务科"], roles)  # columns swapped
    assert full.shifted == [("全年", 3), ("财务科", 4)]
    assert full.cells[3:] == ["财务科", "全年"]


# --- browser copy: merged cells dropped ------------------------------------------------
def test_browser_copy_rows_with_fewer_cells_take_merged_cells_from_above() -> None:
    text = "\n".join(
        [
            "某某区司法局2024年政务公开工作要点分工方案",
            "序号\t工作任务\t具体要求\t责任单位\t完成时限",
            "1\t一、做好规划公开\t公开规划纲要。\t办公室牵头，各科室配合\t6月底前",
            "2\t公开专项规划。\t10月底前",  # task and unit cells merged above
            "3\t公开历史规划。",  # and the time limit too
            "4\t二、做好法治信息公开\t公开行政执法结果。\t执法监督科\t全年",
        ]
    )
    assert _rows(text) == [
        ("1", ["一、做好规划公开"], "公开规划纲要。", "办公室牵头，各科室配合", "6月底前"),
        ("2", ["一、做好规划公开"], "公开专项规划。", "办公室牵头，各科室配合", "10月底前"),
        ("3", ["一、做好规划公开"], "公开历史规划。", "办公室牵头，各科室配合", "10月底前"),
        ("4", ["二、做好法治信息公开"], "公开行政执法结果。", "执法监督科", "全年"),
    ]


def test_browser_copy_cell_with_a_line_break_continues_its_row() -> None:
    text = "\n".join(
        [
            "2024年政务公开工作要点分工方案",
            "序号\t具体要求\t责任单位\t完成时限",
            "1\t围绕营商环境政策开展解读，",
            "全年不少于4次。\t办公室\t2024年底前",
            "2\t公开决算。\t财务科\t全年",
        ]
    )
    assert _rows(text) == [
        ("1", [], "围绕营商环境政策开展解读，全年不少于4次。", "办公室", "2024年底前"),
        ("2", [], "公开决算。", "财务科", "全年"),
    ]


# --- one cell per line, no serials -----------------------------------------------------
def test_cell_per_line_without_serials_or_numbering() -> None:
    lines = [
        "某某市统计局2023年政务公开工作任务分工",
        "工作任务", "具体要求", "责任单位", "完成时限",
        "做好统计数据公开",
        "按时发布月度统计数据。", "综合科", "每月10日前",
        "公开统计年鉴。", "9月30日前",  # units merged with the row above
        "加强政策解读",
        "解读统计法律法规。", "法规科牵头，各科室配合", "全年",
    ]  # fmt: skip
    assert _rows("\n".join(lines)) == [
        ("1", ["做好统计数据公开"], "按时发布月度统计数据。", "综合科", "每月10日前"),
        ("2", ["做好统计数据公开"], "公开统计年鉴。", "综合科", "9月30日前"),
        ("3", ["加强政策解读"], "解读统计法律法规。", "法规科牵头，各科室配合", "全年"),
    ]


def test_cell_per_line_lists_what_it_cannot_place() -> None:
    lines = ["2023年政务公开任务", "具体要求", "责任单位", "公开预算。", "财务科", "办公室"]
    draft = parse_plan_text("\n".join(lines))
    assert [s.source for s in draft.skipped] == ["2023年政务公开任务", "办公室"]


# --- separators ------------------------------------------------------------------------
@pytest.mark.parametrize("separator", ["｜", "|", "\u3000", "   ", "\t"])
def test_columns_split_by_any_separator(separator: str) -> None:
    rows = [
        ["序号", "工作任务", "具体要求", "责任单位", "完成时限"],
        ["1", "一、公开财政信息", "公开部门预算。", "财务 科", "每年3月31日前"],
        ["2", "公开 部门决算。", "财务科", "9月30日前"],
    ]
    text = "某某局2022年政务公开要点\n" + "\n".join(separator.join(row) for row in rows)
    assert _rows(text) == [
        ("1", ["一、公开财政信息"], "公开部门预算。", "财务科", "每年3月31日前"),
        ("2", ["一、公开财政信息"], "公开部门决算。", "财务科", "9月30日前"),
    ]


# --- four header labels over six cells -------------------------------------------------
def test_two_heading_levels_merged_under_one_task_label() -> None:
    text = "\n".join(
        [
            "某某市住建局2024年政务公开工作要点分工方案",
            "序号|工作任务|责任单位|完成时限",
            "1|一、深化重点领域公开|（一）住房保障|公开保障房分配结果。|住房保障科|每季度",
            "2|公开老旧小区改造计划。|住房保障科|6月底前",
            "3|（二）建筑市场|公开资质审批结果。|建筑市场科|全年",
            "4|二、回应关切|（一）政策解读|解读物业新规。|物业科|9月30日前",
        ]
    )
    assert [(number, path) for number, path, *_rest in _rows(text)] == [
        ("1", ["一、深化重点领域公开", "（一）住房保障"]),
        ("2", ["一、深化重点领域公开", "（一）住房保障"]),
        ("3", ["一、深化重点领域公开", "（二）建筑市场"]),
        ("4", ["二、回应关切", "（一）政策解读"]),
    ]
    assert _rows(text)[2][2:] == ("公开资质审批结果。", "建筑市场科", "全年")


# --- markdown, CRLF --------------------------------------------------------------------
def test_markdown_table_with_crlf_br_and_title() -> None:
    text = "\r\n".join(
        [
            "# 某某县人社局2022年政务公开工作要点",
            "| 序号 | 工作任务 | 具体要求 | 责任单位 | 完成时限 |",
            "|:---:|---|---|---|:---:|",
            "| 1 | 一、就业信息公开 | 公开就业补贴政策和<br>办理流程。 | 就业股 | 3月31日前 |",
            "| 2 |  | 发布招聘会信息。 |  | 每月10日前 |",
        ]
    )
    draft = parse_plan_text(text)
    assert (draft.year, draft.organization) == (2022, "某某县人社局")
    assert _rows(text) == [
        ("1", ["一、就业信息公开"], "公开就业补贴政策和办理流程。", "就业股", "3月31日前"),
        ("2", ["一、就业信息公开"], "发布招聘会信息。", "就业股", "每月10日前"),
    ]


# --- nothing lost silently -------------------------------------------------------------
def test_shifted_fields_are_flagged() -> None:
    text = "\n".join(
        [
            "2024年政务公开工作要点",
            "序号\t具体要求\t责任单位\t完成时限",
            "1\t公开预算。\t财务科\t全年",
            "2\t公开决算。\t年底前\t财务科",
            "3\t公开三公经费。\t全年\t6月底前",
        ]
    )
    first, second, third = (task for _path, task in parse_plan_text(text).requirements())
    assert not first.warnings
    assert (second.units_text, second.deadline_text) == ("财务科", "年底前")  # crossed: swapped
    assert any("'年底前' sits in the '责任单位'" in warning for warning in second.warnings)
    assert any("'财务科' sits in the '完成时限'" in warning for warning in second.warnings)
    # one cell misplaced: nothing is certain, the row stays as written and is flagged
    assert (third.units_text, third.deadline_text) == ("全年", "6月底前")
    assert any("'全年' sits in the '责任单位'" in warning for warning in third.warnings)


def test_lines_before_and_after_the_table_are_listed_as_skipped() -> None:
    text = "\n".join(
        [
            "某某局文件",
            "某某局2024年政务公开工作要点",
            "序号\t具体要求\t责任单位",
            "1\t公开预算。\t财务科",
            "某某局",
            "2024年3月1日",
        ]
    )
    sources = [skipped.source for skipped in parse_plan_text(text).skipped]
    assert sources == ["某某局文件", "某某局2024年政务公开工作要点", "某某局", "2024年3月1日"]


def _key(text: str) -> str:
    """Text compared without blanks, and without the quote marks a spreadsheet copy adds."""
    return "".join(unicodedata.normalize("NFKC", text).replace('"', "").split())


@pytest.mark.parametrize("document", sorted(PLANS.glob("text-*.txt")), ids=lambda p: p.name)
def test_every_line_of_a_text_plan_lands_somewhere(document: Path) -> None:
    """Each cell of each line is in a requirement, a heading or the skipped list."""
    draft = load_plan(document)
    kept = [skipped.source for skipped in draft.skipped]
    for root in draft.roots:
        for task in root.walk():
            kept += [task.text, task.number, task.units_text, task.deadline_text]
    found = _key("".join(kept))
    for line in document.read_text(encoding="utf-8").splitlines():
        for separator in separators_in(line) or [TAB]:
            line = "\t".join(split_cells(line, separator))
        for cell in line.split("\t"):
            cell = cell.replace("<br>", "").lstrip("# ")
            if SAME_AS_ABOVE.fullmatch(cell.strip()):
                continue  # 同上 is used up: the value above stands in the field
            if cell and header_role(cell) is None and set(cell) - set("|:-"):
                assert _key(cell) in found, cell


def test_section_rows_numbered_in_the_serial_column() -> None:
    text = "\n".join(
        [
            "2024年政务公开工作要点",
            "序号\t具体要求\t责任单位\t完成时限",
            "一\t做好规划公开",
            "1\t公开规划纲要。\t办公室\t全年",
            "二\t做好财政公开",
            "2\t公开预算。\t财务科\t每年3月31日前",
        ]
    )
    assert [(number, path) for number, path, *_rest in _rows(text)] == [
        ("1", ["一、做好规划公开"]),
        ("2", ["二、做好财政公开"]),
    ]


def test_a_note_line_after_a_time_limit_is_listed_not_glued_on() -> None:
    text = "\n".join(
        [
            "2024年政务公开工作要点",
            "序号\t具体要求\t责任单位\t完成时限",
            "1\t公开预算。\t财务科\t全年",
            "说明：请各科室按月报送进展",
            "2\t公开决算。\t财务科\t9月30日前",
        ]
    )
    draft = parse_plan_text(text)
    first, _second = (task for _path, task in draft.requirements())
    assert first.deadline_text == "全年"
    assert "说明：请各科室按月报送进展" in [skipped.source for skipped in draft.skipped]


def test_cell_per_line_with_serials_and_two_heading_levels() -> None:
    lines = [
        "某某区水务局2024年政务公开任务分工",
        "序号", "工作任务", "具体要求", "责任单位", "完成时限",
        "1", "一、做好水利信息公开", "（一）工程建设", "公开水利工程建设进展。", "建设科", "每季度",
        "2", "公开工程招标结果。", "6月底前",
        "3", "（二）防汛抗旱", "公开汛期雨水情信息。", "防汛办牵头，各水管站配合", "长期",
    ]  # fmt: skip
    first = ["一、做好水利信息公开", "（一）工程建设"]
    second = ["一、做好水利信息公开", "（二）防汛抗旱"]
    assert _rows("\n".join(lines)) == [
        ("1", first, "公开水利工程建设进展。", "建设科", "每季度"),
        ("2", first, "公开工程招标结果。", "建设科", "6月底前"),
        ("3", second, "公开汛期雨水情信息。", "防汛办牵头，各水管站配合", "长期"),
    ]


def test_cell_per_line_cell_wrapped_after_a_comma() -> None:
    lines = [
        "2023年政务公开任务分工", "具体要求", "责任单位", "完成时限",
        "围绕减税降费政策开展解读，", "全年不少于4次。", "税政科", "年底前",
        "公开行政事业性收费目录。", "9月30日前",
    ]  # fmt: skip
    assert _rows("\n".join(lines)) == [
        ("1", [], "围绕减税降费政策开展解读，全年不少于4次。", "税政科", "年底前"),
        ("2", [], "公开行政事业性收费目录。", "税政科", "9月30日前"),
    ]


def test_spreadsheet_copy_with_quoted_multiline_cells() -> None:
    text = "\n".join(
        [
            "某某镇2024年政务公开工作要点",
            "序号\t工作任务\t具体要求\t责任单位\t完成时限",
            '1\t一、财政信息公开\t"公开镇级预算，',
            '做好""三公""经费说明。"\t财政所\t每年3月31日前',
            '2\t\t公开惠农补贴发放情况。\t"农业服务中心牵头，',
            '财政所配合"\t年底前',
        ]
    )
    path = ["一、财政信息公开"]
    assert _rows(text) == [
        ("1", path, '公开镇级预算，做好"三公"经费说明。', "财政所", "每年3月31日前"),
        ("2", path, "公开惠农补贴发放情况。", "农业服务中心牵头，财政所配合", "年底前"),
    ]


def test_cell_per_line_section_numbered_in_the_serial_column() -> None:
    lines = [
        "2024年政务公开任务分工", "序号", "具体要求", "责任单位", "完成时限",
        "一", "做好财政信息公开",
        "1", "公开部门预算。", "财务科", "每年3月31日前",
        "二", "做好政策解读",
        "2", "解读出台的规范性文件。", "办公室", "全年",
    ]  # fmt: skip
    assert [(number, path) for number, path, *_rest in _rows("\n".join(lines))] == [
        ("1", ["一、做好财政信息公开"]),
        ("2", ["二、做好政策解读"]),
    ]


def test_a_row_wider_than_the_header_is_joined_and_flagged() -> None:
    text = "\n".join(
        [
            "2024年政务公开工作要点",
            "序号\t具体要求\t责任单位\t完成时限",
            "1\t公开预算。\t财务科\t全年",
            "2\t公开决算，\t含三公经费。\t财务科\t9月30日前",
            "3\t公开资产报告。\t财务科\t年底前",
        ]
    )
    tasks = [task for _path, task in parse_plan_text(text).requirements()]
    assert [(t.text, t.units_text, t.deadline_text) for t in tasks][1] == (
        "公开决算，含三公经费。",
        "财务科",
        "9月30日前",
    )
    assert any("1 cell(s) more" in warning for warning in tasks[1].warnings)
    assert not tasks[0].warnings and not tasks[2].warnings


def test_numbered_cell_per_line_lists_lines_after_the_last_duty() -> None:
    lines = [
        "2023年政务公开任务分工", "工作任务", "具体要求", "责任单位",
        "做好财政公开", "1. 公开预算。", "财务科",
        "联系人：张三", "某某局办公室印",
    ]  # fmt: skip
    draft = parse_plan_text("\n".join(lines))
    assert [task.text for _path, task in draft.requirements()] == ["公开预算。"]
    skipped = [item.source for item in draft.skipped]
    assert "联系人：张三" in skipped and "某某局办公室印" in skipped


@pytest.mark.parametrize(
    "header",
    [
        [
            "序号\t具体要求\t责任单位\t完成时限",
            "牵头单位\t配合单位",
        ],  # browser: spanned cells dropped
        ["序号\t具体要求\t责任单位\t\t完成时限", "\t\t牵头单位\t配合单位\t"],  # every cell kept
    ],
)
def test_two_row_header_with_lead_and_co_unit_columns(header: list[str]) -> None:
    text = "\n".join(
        [
            "某某县2024年政务公开工作要点",
            *header,
            "1\t公开预算。\t财政局\t各乡镇\t3月31日前",
            "2\t公开决算。\t财政局\t\t9月30日前",
            *header,  # the header again on a new page
            "3\t公开债务信息。\t财政局\t审计局\t年底前",
        ]
    )
    requirements = parse_plan_text(text).to_json()["requirements"]
    assert [
        (r["number"], r["lead_units"], r["co_units"], r["deadline_text"]) for r in requirements
    ] == [
        ("1", ["财政局"], ["各乡镇"], "3月31日前"),
        ("2", ["财政局"], [], "9月30日前"),
        ("3", ["财政局"], ["审计局"], "年底前"),
    ]


# --- a duty's sentence wrapped onto the next line --------------------------------------
@pytest.mark.parametrize(
    ("previous", "line", "continues"),
    [
        ("公开公益性岗位开发和人员", "安置情况。", True),
        ("公开社会保险基金收支情况，按规定", "接受社会监督。", True),
        ("公开预算。", "接受监督。", False),  # the sentence had ended
        ("公开预算（含三公经费）", "及决算。", False),  # a closing bracket ends the cell
        ("公开预算和", "2. 公开决算。", False),  # a numbered item starts a new cell
        ("公开预算和", "财务科", False),  # a unit list is a cell of its own
        ("公开预算和", "6月底前", False),  # so is a time limit
        ("每季度", "安置情况。", False),  # only a duty's text wraps like this
    ],
)
def test_what_continues_a_sentence(previous: str, line: str, continues: bool) -> None:
    assert continues_sentence(previous, line) is continues


def test_space_runs_wrapped_cells_continue_under_their_column() -> None:
    # A PDF copy: the duty (and maybe the unit list) wraps, the serial and time cells
    # do not, so the next line holds the rest of each, under the cell it continues.
    lines = [
        "某某区人社局2024年政务公开工作要点",
        "序号    具体要求                          责任单位              完成时限",
        "1     公开公益性岗位开发和人员              就业科牵头，就业中心配合  每季度",
        "      安置情况。",
        "2     公开职业技能培训补贴机构              职业能力科牵头，区公共    6月底前",
        "      目录和培训计划。                      就业服务中心配合",  # units wrapped too
        "3     公开社保基金收支情况。                社保科                7月底前",
        "      注：各科室按季度报送。",  # the duty had ended: a note, listed
        "4     公开工伤认定结果。                    工伤科                全年",
    ]
    draft = parse_plan_text("\n".join(lines))
    assert _rows("\n".join(lines)) == [
        ("1", [], "公开公益性岗位开发和人员安置情况。", "就业科牵头，就业中心配合", "每季度"),
        (
            "2",
            [],
            "公开职业技能培训补贴机构目录和培训计划。",
            "职业能力科牵头，区公共就业服务中心配合",
            "6月底前",
        ),
        ("3", [], "公开社保基金收支情况。", "社保科", "7月底前"),
        ("4", [], "公开工伤认定结果。", "工伤科", "全年"),
    ]
    assert "注：各科室按季度报送。" in [s.source for s in draft.skipped]


def test_cell_per_line_duty_wrapped_mid_sentence_is_not_taken_for_a_task() -> None:
    lines = [
        "某某县教育局2023年政务公开工作任务清单",
        "工作任务", "具体要求", "责任单位", "完成时限",
        "推进教育信息公开",  # a task: a phrase over the duties below
        "公开校外培训机构白名单和黑名单，动态更新",  # a clause break: a sentence, wrapped
        "并在每学期开学前集中发布。", "监管股", "全年",
        "规范平台管理",
        "做好门户网站信息更新和",  # the task is there already: the duty goes on
        "栏目清理。", "信息中心", "9月30日前",
    ]  # fmt: skip
    assert _rows("\n".join(lines)) == [
        (
            "1",
            ["推进教育信息公开"],
            "公开校外培训机构白名单和黑名单，动态更新并在每学期开学前集中发布。",
            "监管股",
            "全年",
        ),
        ("2", ["规范平台管理"], "做好门户网站信息更新和栏目清理。", "信息中心", "9月30日前"),
    ]


def test_cell_per_line_signature_after_the_table_dates_the_plan() -> None:
    lines = [
        "某某县教育局2023年政务公开工作任务清单",
        "具体要求", "责任单位", "完成时限",
        "公开教育经费投入情况。", "计财股", "每季度",
        "编制政府信息公开工作年度报告。", "办公室", "每年1月31日前",
        "组织政务公开业务培训。", "办公室", "印发后30日内",
        "某某县教育局", "2023年4月12日",  # the signature: the plan's issue date
    ]  # fmt: skip
    draft = parse_plan_text("\n".join(lines)).to_json()
    assert draft["plan"]["issued_on"] == "2023-04-12"
    # recurring limits and 印发后 count from the issue date, not from 1 January
    assert [r["due"] for r in draft["requirements"]] == ["2023-06-30", "2024-01-31", "2023-05-12"]
    assert [s["source"] for s in draft["skipped"][1:]] == ["某某县教育局", "2023年4月12日"]


def test_cell_per_line_last_row_ending_in_a_date_is_no_signature() -> None:
    lines = [
        "某某县教育局2023年政务公开工作任务清单",
        "具体要求", "责任单位", "完成时限",
        "公开教育经费投入情况。", "办公室", "2023年12月31日",
    ]  # fmt: skip
    draft = parse_plan_text("\n".join(lines)).to_json()
    assert draft["plan"]["issued_on"] is None
    assert [(r["units_text"], r["due"]) for r in draft["requirements"]] == [
        ("办公室", "2023-12-31")
    ]


@pytest.mark.parametrize("separator", ["\t", "   "])
def test_a_lone_line_at_the_margin_is_not_glued_to_an_unfinished_duty(separator: str) -> None:
    # Duties without a final 。 are common; a title line between rows is no duty's
    # tail (a tab copy keeps a wrapped cell's row together; a PDF copy indents it).
    text = "\n".join(
        [
            "某某局2024年政务公开要点",
            separator.join(["序号", "具体要求", "责任单位", "完成时限"]),
            separator.join(["1", "公开部门预算", "财务科", "全年"]),
            "做好决算公开",
            separator.join(["2", "公开部门决算", "财务科", "全年"]),
        ]
    )
    draft = parse_plan_text(text)
    assert [text for _n, _p, text, *_rest in _rows(text)] == ["公开部门预算", "公开部门决算"]
    assert "做好决算公开" in [s.source for s in draft.skipped]


def test_cell_per_line_task_starting_with_chixu_is_a_task_not_a_time_limit() -> None:
    lines = [
        "某某局2023年政务公开工作任务",
        "工作任务", "具体要求", "责任单位", "完成时限",
        "持续深化政务公开", "公开部门预算。", "财务科", "全年",
        "加强日常监管信息公开", "公开行政处罚结果。", "执法队", "长期坚持",
    ]  # fmt: skip
    assert _rows("\n".join(lines)) == [
        ("1", ["持续深化政务公开"], "公开部门预算。", "财务科", "全年"),
        ("2", ["加强日常监管信息公开"], "公开行政处罚结果。", "执法队", "长期坚持"),
    ]


def test_space_runs_row_under_a_merged_first_column_is_a_row_not_a_tail() -> None:
    lines = [
        "某某局2024年政务公开要点",
        "工作任务          具体要求              责任单位      完成时限",
        "做好财政公开      公开部门预算          财务科        全年",
        "                  公开部门决算          财务科        9月底前",  # task merged
    ]
    assert _rows("\n".join(lines)) == [
        ("1", ["做好财政公开"], "公开部门预算", "财务科", "全年"),
        ("2", ["做好财政公开"], "公开部门决算", "财务科", "9月底前"),
    ]


def test_tong_shang_cells_take_the_value_above_in_any_column() -> None:
    # 同上 ("as above") written in the unit and time-limit cells of a browser copy.
    from govledger.importers import parse_plan_text

    text = (
        "2021年政务公开工作要点分工方案\n"
        "工作任务\t具体要求\t责任单位\t完成时限\n"
        "强化规划公开\t公开重大建设项目信息。\t投资科牵头，各项目单位配合\t每季度\n"
        "公开重点项目推进情况。\t同上\t同上\n"
    )
    draft = parse_plan_text(text)
    [_first, second] = [task for _path, task in draft.requirements()]
    assert second.text == "公开重点项目推进情况。"
    assert (second.lead_units, second.co_units) == (["投资科"], ["各项目单位"])
    assert second.deadline_text == "每季度"
