"""Layouts met on documents the importer was not written against (issue 17).

Each test holds one rule on a small document; the whole documents are in the
corpus (prose-*.docx, struct-*.docx/.xlsx in tests/data/plans).
"""

from __future__ import annotations

from pathlib import Path

from govledger.importers import load_plan, parse_plan_text
from govledger.importers.columns import find_header
from govledger.importers.metadata import extract_metadata
from govledger.importers.prose_plan import fields_line
from govledger.messages import message
from tests.importers.documents import build_docx, build_prose_docx


def test_a_units_or_time_limit_line_is_told_from_text() -> None:
    assert fields_line("牵头单位：监测科", 2023) == ("牵头单位：监测科", "")
    assert fields_line("完成时限：每月10日前", 2023) == ("", "完成时限：每月10日前")
    assert fields_line("（办公室牵头，法规科配合，2023年11月底前）", 2023) == (
        "办公室牵头，法规科配合",
        "2023年11月底前",
    )
    assert fields_line("责任单位：县政府办公室 完成时限：1月31日前", 2023) == (
        "责任单位：县政府办公室",
        "完成时限：1月31日前",
    )
    assert fields_line("牽頭單位：監測科", 2023) == ("牽頭單位：監測科", "")  # kept as written
    assert fields_line("各科室要高度重视，确保按时完成。", 2023) is None
    assert fields_line("（此件公开发布）", 2023) is None


def test_units_and_limits_on_their_own_lines_belong_to_the_duty_above(tmp_path: Path) -> None:
    path = build_prose_docx(
        tmp_path / "plan.docx",
        [
            "某局2023年政务公开工作要点",
            "一、主要任务",
            "（一）推进环境信息公开",
            "1.按月公开空气质量状况。",
            "牵头单位：监测科",
            "配合单位：各分局",
            "完成时限：6月底前",
            "（二）做好政策解读。一是同步发布解读材料；二是开展政策宣讲。",
            "（办公室牵头，法规科配合）",
            "（此件公开发布）",
        ],
    )
    result = load_plan(path).to_json()
    first, second, third = result["requirements"]
    assert (first["lead_units"], first["co_units"]) == (["监测科"], ["各分局"])
    assert (first["deadline_text"], first["due"]) == ("6月底前", "2023-06-30")
    assert first["warnings"] == []  # the no-units warning went once the units came
    assert second["text"] == "同步发布解读材料"  # the ； joined the items, no part of either
    assert second["lead_units"] == third["lead_units"] == ["办公室"]
    assert "（此件公开发布）" in [item["source"] for item in result["skipped"]]


def test_a_short_pasted_heading_is_not_glued_to_the_line_below() -> None:
    text = "\n".join(
        [
            "某县2023年政务公开工作实施方案",
            "一、总体要求",
            "坚持以公开为常态、不公开为例外，推动政务公开提质增效。",
            "二、重点任务（一）深化决策公开。公布决策事项目录。（县司法局牵头，各部门配合）",
        ]
    )
    result = parse_plan_text(text).to_json()
    [duty] = result["requirements"]
    assert duty["path"] == ["二、重点任务"]
    assert duty["text"] == "深化决策公开。公布决策事项目录。"
    assert "一、总体要求" in [item["source"] for item in result["skipped"]]


def test_bare_lead_and_co_sub_headers_under_a_unit_header() -> None:
    rows = [
        ["序号", "具体要求", "责任单位", "责任单位", "完成时限"],
        ["序号", "具体要求", "牵头", "配合", "完成时限"],
        ["1", "公开预算。", "财务科", "各科室", "3月底前"],
    ]
    index, column_map = find_header(rows)  # type: ignore[misc]
    assert index == 1
    assert [column for column, _header in column_map.units] == [2, 3]


def test_a_note_row_below_the_table_makes_the_first_unit_lead(tmp_path: Path) -> None:
    path = build_docx(
        tmp_path / "plan.docx",
        before=["某局2022年政务公开重点工作安排"],
        header=["序号", "具体要求", "责任单位", "完成时限"],
        rows=[
            ["1", "公开办事指南。", "政务服务中心、审批科", "6月底前"],
            ["注：排名第一的为牵头单位。"] * 4,
        ],
        merges=[((2, 0), (2, 3))],
    )
    [duty] = load_plan(path).to_json()["requirements"]
    assert (duty["lead_units"], duty["co_units"]) == (["政务服务中心"], ["审批科"])


def test_an_office_signing_in_traditional_characters_is_found() -> None:
    metadata = extract_metadata(
        ["某某區2023年政務公開工作要點", "某某區人民政府辦公室", "2023年3月20日"]
    )
    assert metadata.organization == "某某區人民政府辦公室"  # as written


def test_the_signature_under_a_prose_plan_is_listed_as_such() -> None:
    text = "\n".join(
        [
            "某区2023年政务公开工作要点",
            "一、公开财政信息",
            "（一）公开预算。（财政局）",
            "各单位要高度重视，认真抓好落实。",
            "某区人民政府办公室",
            "2023年3月1日",
        ]
    )
    skipped = parse_plan_text(text).to_json()["skipped"]
    reasons = {item["source"]: item["reason"] for item in skipped}
    assert reasons["某区人民政府办公室"] == reasons["2023年3月1日"] == message("skip.sign_off")
    assert reasons["各单位要高度重视，认真抓好落实。"] == message("skip.connecting_prose")
