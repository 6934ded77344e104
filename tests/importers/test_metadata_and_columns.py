"""Covering-notice metadata and header recognition, on their own."""

from __future__ import annotations

from datetime import date

import pytest

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
