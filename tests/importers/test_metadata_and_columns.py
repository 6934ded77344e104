"""Covering-notice metadata and header recognition, on their own."""

from __future__ import annotations

from datetime import date

import pytest

from govledger.importers import parse_plan_text
from govledger.importers.columns import find_header, is_header_repeat, recognise_header
from govledger.importers.metadata import extract_metadata

JGZX_NOTICE = [
    "江门市政府投资工程建设管理中心文件",
    "江建管〔2022〕39号",
    "关于印发《2022年政务公开工作要点分工方案》的通知",
    "各科、室：",
    "根据《关于印发…的通知》（江府办函〔2022〕7号）的要求，现印发给你们。",
    "附件：市建管中心2022年政务公开工作要点分工方案",
    "（此页无正文）",
    "江门市政府投资工程建设管理中心",
    "2022年11月23日",
    "市建管中心2022年政务公开工作要点分工方案",
]


def test_covering_notice() -> None:
    metadata = extract_metadata(JGZX_NOTICE)
    assert metadata.title == "市建管中心2022年政务公开工作要点分工方案"
    assert metadata.year == 2022
    assert metadata.organization == "江门市政府投资工程建设管理中心"
    assert metadata.document_number == "江建管〔2022〕39号"  # not the cited 江府办函〔2022〕7号
    assert metadata.issued_on == date(2022, 11, 23)


def test_signature_above_the_date_names_the_organization() -> None:
    metadata = extract_metadata(
        [
            "各镇人民政府(街道办事处),市各有关单位:",
            "《东莞市贯彻落实国家、省2021年政务公开工作要点分工方案》业经市人民政府同意。",
            "东莞市人民政府办公室",
            "2021年8月3日",
            "东莞市贯彻落实国家、省2021年政务公开",
            "工作要点分工方案",
        ]
    )
    assert metadata.organization == "东莞市人民政府办公室"
    assert metadata.title == "东莞市贯彻落实国家、省2021年政务公开工作要点分工方案"
    assert metadata.issued_on == date(2021, 8, 3)


def test_title_prefix_names_the_organization() -> None:
    metadata = extract_metadata(["江门市人力资源和社会保障局2021年政务公开工作要点分工方案"])
    assert (metadata.organization, metadata.year) == ("江门市人力资源和社会保障局", 2021)


def test_year_from_document_number_or_date_and_override() -> None:
    assert extract_metadata(["某政发〔2023〕1号", "政务公开工作要点"]).year == 2023
    assert extract_metadata(["工作要点", "2024年3月5日"]).year == 2024
    assert extract_metadata(["2021年政务公开工作要点"], year=2022).year == 2022
    assert extract_metadata(["政务公开工作要点"]).year is None


def test_issue_date_from_the_printing_line_and_chinese_numerals() -> None:
    metadata = extract_metadata(["2022年政务公开工作要点"], ["某某办公室 2022年11月23日印发"])
    assert metadata.issued_on == date(2022, 11, 23)
    assert extract_metadata(["二〇二二年三月一日"]).issued_on == date(2022, 3, 1)


@pytest.mark.parametrize(
    ("cells", "requirement", "headings", "units", "deadline", "number"),
    [
        (["工作任务", "具体要求", "责任单位"], 1, [0], [2], None, None),
        (["工作要求", "工作任务", "具体要求", "责任科室"], 2, [0, 1], [3], None, None),
        (["序号", "任务名称", "任务内容", "时间节点"], 2, [1], [], 3, 0),
        (["序号", "工作任务", "落实单位", "完成时限"], 1, [], [2], 3, 0),
        (["序号", "主要内容", "牵头单位", "配合单位", "时限要求"], 1, [], [2, 3], 4, 0),
        (["工作任务", "具体内容", "责任单位（科室）", "完成时限：", "备注"], 1, [0], [2], 3, None),
    ],
)
def test_header_names_give_the_columns(
    cells: list[str],
    requirement: int,
    headings: list[int],
    units: list[int],
    deadline: int | None,
    number: int | None,
) -> None:
    column_map = recognise_header(cells)
    assert column_map is not None
    assert column_map.requirement == requirement
    assert column_map.headings == headings
    assert [column for column, _header in column_map.units] == units
    assert (column_map.deadline, column_map.number) == (deadline, number)


@pytest.mark.parametrize(
    "cells",
    [["姓名", "电话"], ["东莞市2021年政务公开工作要点分工方案"], ["责任单位", "备注"], []],
)
def test_not_a_header(cells: list[str]) -> None:
    assert recognise_header(cells) is None


def test_header_found_below_title_rows_and_repeats_spotted() -> None:
    rows = [["2021年任务表", "", ""], ["", "", ""], ["工作 任务", "具体要求", "责任单位"]]
    found = find_header(rows)
    assert found is not None and found[0] == 2
    column_map = found[1]
    assert is_header_repeat(["工作任务", "具体要求", "责任单位"], column_map)
    assert is_header_repeat(["工作任务", "具体要求", ""], column_map)
    assert not is_header_repeat(["一、工作任务", "1. 具体要求", "办公室"], column_map)


# --- year and office from the plan's own dates and signature (issue 17) ---------------
@pytest.mark.parametrize(
    ("lines", "issued_on"),
    [
        (["2023年政务公开工作要点", "发布时间：2023-03-15"], date(2023, 3, 15)),
        (["2023年政务公开工作要点", "发布日期：2023年3月15日"], date(2023, 3, 15)),
        (
            ["2023年政务公开工作要点", "发布时间：2023-03-15 10:20  来源：市政数局"],
            date(2023, 3, 15),
        ),
        (["2023年政务公开工作要点", "发布时间: 2023/3/5"], date(2023, 3, 5)),
    ],
)
def test_issue_date_from_a_web_page_line(lines: list[str], issued_on: date) -> None:
    assert extract_metadata(lines).issued_on == issued_on


def test_the_signature_date_wins_over_the_web_page_date() -> None:
    metadata = extract_metadata(
        [
            "发布时间：2023-03-20",
            "某某市政务服务数据管理局",
            "2023年3月15日",
            "2023年政务公开工作要点",
        ]
    )
    assert metadata.issued_on == date(2023, 3, 15)
    assert metadata.organization == "某某市政务服务数据管理局"


@pytest.mark.parametrize(
    ("lines", "issued_on", "year"),
    [
        # a plan of several years issued in its first year is that year's plan
        (["某某市政务公开工作规划（2022—2026年）实施方案", "2022年4月8日"], date(2022, 4, 8), 2022),
        (["某某市2022-2026年政务公开实施方案", "2022年4月8日"], date(2022, 4, 8), 2022),
        # issued within the range: the issue year
        (["某某区2021—2025年政务公开工作方案", "2022年4月8日"], date(2022, 4, 8), 2022),
        # issued before the range starts, or unknown: its first year
        (["某某区2023—2025年政务公开工作方案", "2022年12月20日"], date(2022, 12, 20), 2023),
        (["某某区2023—2025年政务公开工作方案"], None, 2023),
        # no issue date: the 文号's year tells when it was issued
        (["某府办〔2022〕9号", "某某区2021—2025年政务公开工作方案"], None, 2022),
        # “十四五” names no year: the issue year
        (["某某区“十四五”政务公开实施方案", "2022年6月1日"], date(2022, 6, 1), 2022),
        # a title's year wins over a December issue date
        (["某某区2023年政务公开工作要点", "2022年12月28日"], date(2022, 12, 28), 2023),
    ],
)
def test_year_of_multi_year_and_early_plans(
    lines: list[str], issued_on: date | None, year: int
) -> None:
    metadata = extract_metadata(lines)
    assert (metadata.issued_on, metadata.year) == (issued_on, year)


def test_title_from_an_unquoted_notice_title() -> None:
    metadata = extract_metadata(["关于印发2023年政务公开工作要点的通知", "各科室："])
    assert (metadata.title, metadata.year) == ("2023年政务公开工作要点", 2023)


@pytest.mark.parametrize(
    ("lines", "organization"),
    [
        (["2023年政务公开工作要点", "发布时间：2023-03-15  来源：某某市政务服务数据管理局"],
         "某某市政务服务数据管理局"),
        (["2023年政务公开工作要点", "来源：某某县人民政府办公室"], "某某县人民政府办公室"),
        (["某某县教育局文件", "某教〔2023〕3号", "2023年政务公开工作要点"], "某某县教育局"),
        (["2023年政务公开工作要点", "某某县教育局", "2023年2月1日"], "某某县教育局"),
    ],
)  # fmt: skip
def test_organization_from_source_red_head_or_signature(
    lines: list[str], organization: str
) -> None:
    assert extract_metadata(lines).organization == organization


def test_joint_signature_takes_the_first_and_warns() -> None:
    metadata = extract_metadata(
        [
            "关于印发2023年政务公开工作要点的通知",
            "各镇人民政府，县直各单位：现将要点印发给你们，请认真贯彻落实。",
            "中共某某县委办公室",
            "某某县人民政府办公室",
            "2023年3月2日",
        ]
    )
    assert metadata.organization == "中共某某县委办公室"
    assert metadata.issued_on == date(2023, 3, 2)
    assert len(metadata.warnings) == 1 and "某某县人民政府办公室" in metadata.warnings[0]


def test_signature_after_the_table_is_read_from_the_trailer() -> None:
    metadata = extract_metadata(
        ["某某县2023年政务公开工作要点"], ["附件：任务分工表", "某某县数据局", "2023年4月6日"]
    )
    assert (metadata.organization, metadata.issued_on) == ("某某县数据局", date(2023, 4, 6))


# --- the fields of rows, through the importers ----------------------------------------
def _requirements(text: str) -> list[dict[str, object]]:
    return parse_plan_text(text).to_json()["requirements"]


FIRST_LEADS_ROWS = [
    "1\t公开规范性文件。\t市司法局、市政府办公室",
    "2\t公开年度报告。\t市政数局牵头，市政府办公室配合",
]


@pytest.mark.parametrize(
    "text",
    [
        # the column header says it
        "\n".join(
            [
                "2023年政务公开工作要点",
                "序号\t工作任务\t责任单位（排名第一的为牵头单位）",
                *FIRST_LEADS_ROWS,
            ]
        ),
        # a note line above the table says it
        "\n".join(
            [
                "2023年政务公开工作要点",
                "注：排名第一的为牵头单位。",
                "序号\t工作任务\t责任单位",
                *FIRST_LEADS_ROWS,
            ]
        ),
        # one cell per line, the header on its own lines
        "\n".join(
            [
                "2023年政务公开工作要点",
                "序号",
                "工作任务",
                "责任单位（排名第一的为牵头单位）",
                "1",
                "1. 公开规范性文件。",
                "市司法局、市政府办公室",
                "2",
                "2. 公开年度报告。",
                "市政数局牵头，市政府办公室配合",
            ]
        ),
    ],
)
def test_the_first_named_unit_leads_when_the_plan_says_so(text: str) -> None:
    first, second = _requirements(text)
    assert (first["lead_units"], first["co_units"]) == (["市司法局"], ["市政府办公室"])
    # explicit wording in a cell wins over the convention
    assert (second["lead_units"], second["co_units"]) == (["市政数局"], ["市政府办公室"])


def test_without_the_convention_every_unit_named_leads() -> None:
    first, _second = _requirements(
        "\n".join(["2023年政务公开工作要点", "序号\t工作任务\t责任单位", *FIRST_LEADS_ROWS])
    )
    assert (first["lead_units"], first["co_units"]) == (["市司法局", "市政府办公室"], [])


def test_unit_notes_and_interim_limits_are_shown_as_warnings() -> None:
    (row,) = _requirements(
        "\n".join(
            [
                "2023年政务公开工作要点",
                "序号\t工作任务\t责任单位\t完成时限",
                "1\t推进标准目录落地。\t市政数局；各镇（街）参照落实\t"
                "完成时限：6月底前完成初稿，12月底前完成",
            ]
        )
    )
    assert row["units_text"] == "市政数局；各镇（街）参照落实"  # as written
    assert (row["lead_units"], row["co_units"]) == (["市政数局"], [])
    assert row["deadline_text"] == "6月底前完成初稿，12月底前完成"  # without its label
    assert row["due"] == "2023-12-31"
    warnings = " ".join(row["warnings"])
    assert "各镇（街）参照落实" in warnings and "6月底前完成初稿" in warnings


def test_limits_count_from_the_covering_notice_date() -> None:
    rows = _requirements(
        "\n".join(
            [
                "某某县数据局",
                "2023年3月15日",
                "某某县数据局2023年政务公开工作要点",
                "序号\t工作任务\t责任单位\t完成时限",
                "1\t建立联络员制度。\t办公室\t方案印发后30日内",
                "2\t发布年度报告。\t办公室\t每年1月31日前",
                "3\t更新公开目录。\t办公室\t每季度末",
                "4\t报送进展。\t办公室\t每月10日前",
            ]
        )
    )
    assert [(row["due"], row["recurrence"]) for row in rows] == [
        ("2023-04-14", None),
        ("2024-01-31", "yearly"),
        ("2023-03-31", "quarterly"),
        ("2023-04-10", "monthly"),
    ]


def test_same_as_above_in_a_unit_cell_takes_the_row_above() -> None:
    first, second = _requirements(
        "\n".join(
            [
                "2023年政务公开工作要点",
                "序号\t工作任务\t责任单位",
                "1\t公开规范性文件。\t市司法局牵头，市政府办公室配合",
                "2\t清理存量文件。\t同上",
            ]
        )
    )
    assert second["units_text"] == first["units_text"]
    assert (second["lead_units"], second["co_units"]) == (["市司法局"], ["市政府办公室"])
