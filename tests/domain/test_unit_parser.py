from __future__ import annotations

import pytest

from govledger.domain.unit_parser import (
    looks_like_units,
    parse_units,
    read_units,
    split_unit_names,
)


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
            ["各处室、单位"],
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
        "下同",
    ],
)
def test_headings_and_remarks_do_not_look_like_units(text: str) -> None:
    assert not looks_like_units(text)


# --- notes inside unit fields (issue 17) --------------------------------------------
@pytest.mark.parametrize(
    ("text", "lead", "co", "notes"),
    [
        ("以下均需各县市区落实，不再逐一列出", [], [], ["以下均需各县市区落实，不再逐一列出"]),
        (
            "市政数局（以下均需各县市区落实，不再逐一列出）",
            ["市政数局"],
            [],
            ["以下均需各县市区落实，不再逐一列出"],
        ),
        (
            "市政府办公室，以下均需各县市区落实，不再逐一列出",
            ["市政府办公室"],
            [],
            ["以下均需各县市区落实，不再逐一列出"],
        ),
        (
            "市政府办公室牵头，市政数局配合；各镇（街）参照落实",
            ["市政府办公室"],
            ["市政数局"],
            ["各镇（街）参照落实"],
        ),
        ("市发改局、教育局等", ["市发改局", "教育局"], [], []),
        ("办公室\n负责落实", ["办公室"], [], ["负责落实"]),
        ("按职责分工负责", [], [], ["按职责分工负责"]),
        ("市直各有关单位根据职责做好相关工作", ["市直各有关单位"], [], []),
        (
            "市政府办公室牵头，市直各有关单位根据职责做好相关工作",
            ["市政府办公室"],
            ["市直各有关单位"],
            [],
        ),
        # 排名第一的为牵头单位: the first named leads
        (
            "市委宣传部、市政府办公室、市政数局（排名第一的为牵头单位）",
            ["市委宣传部"],
            ["市政府办公室", "市政数局"],
            ["排名第一的为牵头单位"],
        ),
        (
            "责任单位：市委宣传部、市政数局（排名第一的为牵头单位）",
            ["市委宣传部"],
            ["市政数局"],
            ["排名第一的为牵头单位"],
        ),
        # explicit wording wins over the convention
        (
            "市政数局牵头，市委宣传部配合（排名第一的为牵头单位）",
            ["市政数局"],
            ["市委宣传部"],
            ["排名第一的为牵头单位"],
        ),
    ],
)
def test_notes_are_not_units(text: str, lead: list[str], co: list[str], notes: list[str]) -> None:
    found = read_units(text)
    assert (found.lead, found.co, found.notes) == (lead, co, notes)
    assert parse_units(text) == (lead, co)


@pytest.mark.parametrize(
    ("text", "lead", "co"),
    [
        # a serial glued to a unit is split off
        ("1市政府各有关部门", ["市政府各有关部门"], []),
        ("2.市发展改革局", ["市发展改革局"], []),
        ("1.市政府办公室\n2.市发展改革局", ["市政府办公室", "市发展改革局"], []),
        ("1、市政府办公室；2、市财政局", ["市政府办公室", "市财政局"], []),
        ("（1）办公室（2）法制科", ["办公室（2）法制科"], []),  # counter-case: not a list
        ("①办公室、②法制科", ["办公室", "法制科"], []),
        # 各处室、单位 is one unit; 基层单位 is a unit of its own
        ("各处室、单位", ["各处室、单位"], []),
        ("有关科室、部门", ["有关科室、部门"], []),
        ("局各科室、基层单位", ["局各科室", "基层单位"], []),
        ("办公室、单位", ["办公室", "单位"], []),  # only a collective name takes the tail
        # labelled lines and bracketed roles
        (
            "牵头单位：市政府办公室\n责任单位：市政数局、市财政局",
            ["市政府办公室"],
            ["市政数局", "市财政局"],
        ),
        ("市政府办公室（牵头）、市政数局、市财政局", ["市政府办公室"], ["市政数局", "市财政局"]),
        ("市政数局(牵头单位),市财政局", ["市政数局"], ["市财政局"]),
        ("市政数局、市财政局（配合）", ["市政数局"], ["市财政局"]),
        # counter-cases that must not change
        ("人力资源和社会保障局", ["人力资源和社会保障局"], []),
        ("12345热线管理中心", ["12345热线管理中心"], []),
        ("各县（市、区）政府", ["各县（市、区）政府"], []),
    ],
)
def test_unit_lists_come_out_clean(text: str, lead: list[str], co: list[str]) -> None:
    assert parse_units(text) == (lead, co)


def test_the_header_may_say_the_first_unit_leads() -> None:
    found = read_units("市委宣传部、市政府办公室、市政数局", first_named_leads=True)
    assert (found.lead, found.co) == (["市委宣传部"], ["市政府办公室", "市政数局"])
    single = read_units("市政数局", first_named_leads=True)
    assert (single.lead, single.co) == (["市政数局"], [])


@pytest.mark.parametrize(
    "text", ["以下均需各县市区落实，不再逐一列出", "市政数局（以下均需各县市区落实，不再逐一列出）"]
)
def test_a_unit_cell_holding_a_note_still_looks_like_units(text: str) -> None:
    assert looks_like_units(text)


def test_a_unit_starting_with_ge_zi_keeps_its_name() -> None:
    # 各自 is filler only before a verb (各自负责); 各自然资源所 is 各 + 自然资源所.
    assert parse_units("自然资源局牵头，各自然资源所配合") == (["自然资源局"], ["各自然资源所"])
    assert parse_units("各县（市、区）各自负责") == (["各县（市、区）"], [])
