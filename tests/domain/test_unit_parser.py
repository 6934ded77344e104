from __future__ import annotations

import pytest

from govledger.domain.unit_parser import looks_like_units, parse_units, split_unit_names


@pytest.mark.parametrize(
    ("text", "lead", "co"),
    [
        # jiangmen-hrss-2021.expected.json
        ("局各科室、基层单位", ["局各科室", "基层单位"], []),
        ("办公室牵头，各基层事业单位配合", ["办公室"], ["各基层事业单位"]),
        ("信息中心牵头，其他科室、基层单位配合", ["信息中心"], ["其他科室", "基层单位"]),
        (
            "综合规划科、办公室牵头，其他科室、基层单位配合",
            ["综合规划科", "办公室"],
            ["其他科室", "基层单位"],
        ),
        ("信息中心牵头，办公室、法制科配合", ["信息中心"], ["办公室", "法制科"]),
        ("办公室、法制科", ["办公室", "法制科"], []),
        ("法制科牵头，各科室、基层单位配合；", ["法制科"], ["各科室", "基层单位"]),
        # 协办 and ASCII punctuation
        ("办公室牵头, 各科室协办", ["办公室"], ["各科室"]),
        ("由办公室牵头、各科室配合", ["办公室"], ["各科室"]),
        # prose parentheses
        (
            "(办公室、政策法规处牵头,各处室、单位负责落实)",
            ["办公室", "政策法规处"],
            ["各处室", "单位"],
        ),
        ("（牵头单位：市审批局；责任单位：市直各部门）", ["市审批局"], ["市直各部门"]),
        ("牵头单位:市审批局;责任单位:市直各部门", ["市审批局"], ["市直各部门"]),
        ("责任单位：市直各部门", ["市直各部门"], []),
        (
            "牵头部门：市政数局；配合部门：市财政局、市审计局",
            ["市政数局"],
            ["市财政局", "市审计局"],
        ),
        # dongguan: segments by ;, 按职责分工落实 co-operates where a lead is named
        (
            "各镇街(园区);市政府办公室牵头,市政数局配合,有关单位按职责分工落实",
            ["各镇街(园区)", "市政府办公室"],
            ["市政数局", "有关单位"],
        ),
        ("各镇街(园区);市直相关单位按职责分工落实", ["各镇街(园区)", "市直相关单位"], []),
        (
            "市发改局、教育局、交通运输局等单位按职责分工落实",
            ["市发改局", "教育局", "交通运输局"],
            [],
        ),
        # brackets are never split
        ("各县〔区〕人民政府、市直各部门", ["各县〔区〕人民政府", "市直各部门"], []),
        ("各县（市、区）政府，市直有关单位", ["各县（市、区）政府", "市直有关单位"], []),
        # 和/及 join two units only between whole names
        ("办公室和法制科", ["办公室", "法制科"], []),
        ("江门市人力资源和社会保障局", ["江门市人力资源和社会保障局"], []),
        ("市工业和信息化局及各镇街", ["市工业和信息化局", "各镇街"], []),
        ("", [], []),
    ],
)
def test_parse_units(text: str, lead: list[str], co: list[str]) -> None:
    assert parse_units(text) == (lead, co)


def test_a_unit_named_twice_is_listed_once() -> None:
    assert parse_units("办公室牵头，办公室、法制科配合") == (["办公室"], ["法制科"])
    assert split_unit_names("办公室、办公室") == ["办公室"]


@pytest.mark.parametrize(
    "text",
    [
        "各镇街(园区);具有行政职能的市直各单位",
        "市政府办公室",
        "执法监督科",
        "办公室牵头，各科室协办",
        "各处室、单位负责落实",
        "牵头单位：市审批局",
    ],
)
def test_looks_like_units(text: str) -> None:
    assert looks_like_units(text)


@pytest.mark.parametrize(
    "text",
    [
        "明确工作机构及领导职责",
        "落实《政府信息公开条例》",
        "做好财政信息公开",
        "加强政务公开工作指导监督",
        "试行",
        "政策文件和解读资料需添加咨询方式",
        "主动公开负面清单。",
    ],
)
def test_headings_and_remarks_do_not_look_like_units(text: str) -> None:
    assert not looks_like_units(text)
