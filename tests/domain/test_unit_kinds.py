"""Collective unit names stand for the directory's units of a kind (issue 23)."""

from __future__ import annotations

import pytest

from govledger.domain.unit_kinds import (
    UnitKind,
    collective,
    guess_kind,
    members,
    responsible_units,
)

DIRECTORY = {
    "办公室": UnitKind.OFFICE,
    "法制科": UnitKind.OFFICE,
    "信息中心": UnitKind.INSTITUTION,
    "财务科": UnitKind.OFFICE,
    "城东分局": UnitKind.GRASSROOTS,
}


@pytest.mark.parametrize(
    ("name", "kind", "others"),
    [
        ("局各科室", UnitKind.OFFICE, False),
        ("各科室", UnitKind.OFFICE, False),
        ("各处室", UnitKind.OFFICE, False),
        ("机关各科室", UnitKind.OFFICE, False),
        ("其他科室", UnitKind.OFFICE, True),
        ("其他相关科室", UnitKind.OFFICE, True),
        ("各基层单位", UnitKind.GRASSROOTS, False),
        ("基层单位", UnitKind.GRASSROOTS, False),  # from "局各科室、基层单位"
        ("各直属单位", UnitKind.INSTITUTION, False),
        ("局属各单位", UnitKind.INSTITUTION, False),
    ],
)
def test_collective_names(name: str, kind: UnitKind, others: bool) -> None:
    found = collective(name)
    assert found is not None and (found.kind, found.others_only) == (kind, others)


@pytest.mark.parametrize("name", ["办公室", "各有关单位", "相关部门", "各单位", "科室"])
def test_names_that_are_no_kind_are_left_as_written(name: str) -> None:
    assert collective(name) is None
    assert members(name, [], DIRECTORY) == [name]


def test_other_offices_are_those_not_named_beside() -> None:
    assert members("其他科室", ["办公室", "其他科室"], DIRECTORY) == ["法制科", "财务科"]
    assert members("局各科室", ["办公室"], DIRECTORY) == ["办公室", "法制科", "财务科"]


def test_responsible_units_expand_and_keep_named_roles() -> None:
    roles = responsible_units(["办公室"], ["其他科室", "信息中心"], DIRECTORY)
    assert roles == {"办公室": "lead", "信息中心": "co", "法制科": "co", "财务科": "co"}
    # named as co and reached through a lead collective: named role wins
    assert responsible_units(["局各科室"], ["法制科"], DIRECTORY)["法制科"] == "co"
    assert "局各科室" not in responsible_units(["局各科室"], [], DIRECTORY)


def test_guessed_kinds() -> None:
    assert [
        guess_kind(n) for n in ("办公室", "人事股", "信息中心", "档案馆", "城东分局", "某某镇")
    ] == [
        UnitKind.OFFICE,
        UnitKind.OFFICE,
        UnitKind.INSTITUTION,
        UnitKind.INSTITUTION,
        UnitKind.GRASSROOTS,
        UnitKind.GRASSROOTS,
    ]
    assert guess_kind("市数据局") is UnitKind.UNKNOWN
