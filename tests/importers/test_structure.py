"""Plan structure: spanning headers, lost columns, plan-wide 序号 and labels,
prose commentary, heading lines carrying their first item, traditional characters."""

from __future__ import annotations

import json
from pathlib import Path

import docx
import pytest

from govledger.domain.draft import DraftTask
from govledger.domain.model import TaskKind
from govledger.importers import load_plan
from govledger.importers.columns import find_header
from govledger.importers.commentary import commentary_reason
from govledger.importers.outline_builder import read_units_as_written
from govledger.importers.plan_numbers import assign_plan_numbers
from govledger.importers.prose_plan import split_heading_with_item
from govledger.importers.traditional import to_simplified
from tests.importers.documents import build_docx


def _requirement(number: str, label: str = "") -> DraftTask:
    return DraftTask(kind=TaskKind.REQUIREMENT, text="公开", number=number, label=label)


def test_a_plan_wide_serial_is_kept_with_its_gaps() -> None:
    tasks = [_requirement(n, n) for n in ("1", "2", "4")]
    assign_plan_numbers(tasks)
    assert [(t.number, t.label) for t in tasks] == [("1", ""), ("2", ""), ("4", "")]
    assign_plan_numbers(tasks)  # the preview runs it again after an edit
    assert [t.number for t in tasks] == ["1", "2", "4"]


def test_numbering_restarting_per_section_gets_positions_and_keeps_labels() -> None:
    tasks = [_requirement(*pair) for pair in (("1", "1."), ("2", "2."), ("1", "1."))]
    assign_plan_numbers(tasks)
    assert [(t.number, t.label) for t in tasks] == [("1", "1."), ("2", "2."), ("3", "1.")]
    words = [_requirement("一", "一是"), _requirement("二", "二是")]
    assign_plan_numbers(words)
    assert [(t.number, t.label) for t in words] == [("1", "一是"), ("2", "二是")]
    assign_plan_numbers(tasks)
    assert [t.number for t in tasks] == ["1", "2", "3"]


def test_a_header_spanning_the_serial_and_the_text_column() -> None:
    rows = [
        ["具体要求", "具体要求", "责任单位"],  # Word repeats a gridSpan cell's text
        ["1", "公开部门预算", "财政局"],
        ["2", "公开决算", "财政局"],
    ]
    found = find_header(rows)
    assert found is not None
    index, columns = found
    assert (index, columns.number, columns.requirement) == (0, 0, 1)
    # a requirement column whose first cells are text is no serial column
    rows[1][0] = "公开规划"
    assert find_header(rows)[1].requirement == 0  # type: ignore[index]


def test_a_column_the_header_does_not_name_is_listed_not_lost(tmp_path: Path) -> None:
    path = build_docx(
        tmp_path / "plan.docx",
        before=["某局2024年政务公开工作任务表"],
        header=["序号", "工作任务", "落实举措", "责任单位"],
        rows=[
            ["1", "公开部门预算", "在网站专栏发布预算表格和说明。", "财务科"],
            ["2", "公开决算", "在网站专栏发布决算表格。", "财务科"],
        ],
    )
    result = load_plan(path).to_json()
    assert [r["text"] for r in result["requirements"]] == ["公开部门预算", "公开决算"]
    skipped = [item["source"] for item in result["skipped"]]
    assert skipped == ["在网站专栏发布预算表格和说明。", "在网站专栏发布决算表格。"]
    assert any("落实举措" in warning for warning in result["warnings"])


def test_rows_whose_text_cell_is_empty_are_warned_about(tmp_path: Path) -> None:
    path = build_docx(
        tmp_path / "plan.docx",
        before=["某局2024年政务公开工作任务表"],
        header=["序号", "具体要求", "责任单位", "完成时限"],
        rows=[
            ["1", "公开部门预算。", "财务科", "3月底前"],
            ["2", "", "办公室", "6月底前"],
        ],
    )
    result = load_plan(path).to_json()
    assert len(result["requirements"]) == 1
    assert result["skipped"][0]["source"] == "2 办公室 6月底前"
    assert any("1" in warning and "具体要求" in warning for warning in result["warnings"])


def test_a_heading_line_carrying_its_first_item_is_split() -> None:
    assert split_heading_with_item("一、聚焦重点领域 （一）规范行政执法公开。") == [
        "一、聚焦重点领域",
        "（一）规范行政执法公开。",
    ]
    assert split_heading_with_item("（一）聚焦重点领域。1.加强规划公开。") == [
        "（一）聚焦重点领域。",
        "1.加强规划公开。",
    ]
    # an inner "（二）" is no first item; a long lead-in is a duty, not a heading
    assert len(split_heading_with_item("一、公开（二）号文件")) == 1
    long_duty = "1.按照" + "要求" * 25 + "，做好公开。（1）预算"
    assert split_heading_with_item(long_duty) == [long_duty]


@pytest.mark.parametrize(
    ("heading", "is_commentary"),
    [
        ("一、指导思想", True),
        ("五、保障措施", True),
        ("（三）加强组织领导，压实工作责任", True),
        ("四、組織領導", True),  # traditional
        ("三、重点任务", False),
        ("一、深化重点领域信息公开", False),
    ],
)
def test_commentary_sections_are_named(heading: str, is_commentary: bool) -> None:
    assert bool(commentary_reason(heading)) is is_commentary


def test_traditional_units_are_parsed_and_kept_as_written() -> None:
    assert to_simplified("牽頭單位") == "牵头单位"
    found = read_units_as_written("辦公室牽頭，各業務科室配合")
    lead, co = found.lead, found.co
    assert (lead, co) == (["辦公室"], ["各業務科室"])


def test_dry_run_lists_what_was_not_imported(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from govledger.cli import main

    document = docx.Document()
    for text in [
        "某县2024年政务公开工作实施方案",
        "一、指导思想",
        "坚持以人民为中心。",
        "二、重点任务",
        "（一）公开部门预算。（县财政局）",
        "（二）公开部门决算。（县财政局）",
    ]:
        document.add_paragraph(text)
    document.save(str(tmp_path / "plan.docx"))
    assert main(["import", str(tmp_path / "plan.docx"), "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "Not imported: 一、指导思想" in out
    assert main(["import", str(tmp_path / "plan.docx"), "--dry-run", "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert [(r["number"], r["label"]) for r in result["requirements"]] == [
        ("1", "（一）"),
        ("2", "（二）"),
    ]
    assert result["skipped"][0]["source"] == "一、指导思想"


def test_a_requirement_merged_down_over_unit_rows_is_one_duty(tmp_path: Path) -> None:
    path = build_docx(
        tmp_path / "plan.docx",
        before=["某局2024年政务公开工作任务表"],
        header=["工作任务", "具体要求", "责任单位"],
        rows=[
            ["公开财政信息", "公开部门预算和决算。", "财务科"],
            ["", "", "各业务科室"],
            ["公开规划信息", "公开专项规划。", "规划科"],
        ],
        merges=[((1, 0), (2, 0)), ((1, 1), (2, 1))],
    )
    result = load_plan(path).to_json()
    first, second = result["requirements"]
    assert first["units_text"] == "财务科；各业务科室"
    assert first["lead_units"] == ["财务科", "各业务科室"]
    assert second["text"] == "公开专项规划。"
    assert result["skipped"] == []


def test_a_sheet_row_below_the_table_is_listed(tmp_path: Path) -> None:
    from tests.importers.documents import build_xlsx

    path = build_xlsx(
        tmp_path / "plan.xlsx",
        [
            ["某局2024年政务公开任务表"],
            ["序号", "具体要求", "责任单位", "完成时限"],
            [1, "公开部门预算。", "财务科", "3月底前"],
            ["制表人：王某", None, None, None],
        ],
    )
    result = load_plan(path).to_json()
    assert len(result["requirements"]) == 1
    assert [item["source"] for item in result["skipped"]] == ["制表人：王某"]
    assert result["warnings"] == []  # a signature line is no lost duty


def test_a_prose_plan_starting_at_cn_paren_nests_its_duties(tmp_path: Path) -> None:
    document = docx.Document()
    for text in [
        "某局2024年政务公开工作要点",
        "（一）深化决策公开",
        "1.公开重大行政决策事项目录。（办公室）",
        "2.做好决策草案征求意见。（法规科）",
        "（二）做好政策解读",
        "1.政策文件与解读同步发布。（办公室）",
    ]:
        document.add_paragraph(text)
    document.save(str(tmp_path / "plan.docx"))
    result = load_plan(tmp_path / "plan.docx").to_json()
    assert [(r["number"], r["label"], r["path"]) for r in result["requirements"]] == [
        ("1", "1.", ["（一）深化决策公开"]),
        ("2", "2.", ["（一）深化决策公开"]),
        ("3", "1.", ["（二）做好政策解读"]),
    ]


def test_a_text_column_read_wrongly_never_loses_the_text_silently(tmp_path: Path) -> None:
    # 具体要求 spans two columns but the first holds sub-headings as often as serials,
    # so it is not taken for a 序号 column: the import must say what it did not use.
    path = build_docx(
        tmp_path / "plan.docx",
        before=["某局2024年政务公开工作任务表"],
        header=["具体要求", "", "责任单位"],
        rows=[
            ["1", "公开部门预算。", "财务科"],
            ["预算", "公开部门决算。", "财务科"],
            ["2", "公开专项规划。", "规划科"],
        ],
        merges=[((0, 0), (0, 1))],
    )
    result = load_plan(path).to_json()
    skipped = [item["source"] for item in result["skipped"]]
    assert {"公开部门预算。", "公开部门决算。", "公开专项规划。"} <= set(skipped)
    warnings = " ".join(result["warnings"])
    assert "only a number" in warnings and "not imported" in warnings
