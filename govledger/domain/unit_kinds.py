"""Kinds of units, and the collective names that stand for every unit of a kind.

A plan assigns work to "局各科室", "其他科室" or "各基层单位" as often as to a named
unit. Such a name is not a unit: it stands for the directory's units of that kind
(科室, 基层单位, 事业单位), and "其他科室" for the 科室 not named beside it in the
same cell. Filters (只看本单位), unit packages, 催办单 and statistics ask
``responsible_units`` and so see the members, never the collective name.

A name that only sounds collective but names no kind ("各有关单位", "相关部门") is
left as written: guessing its members would be wrong more often than right.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from functools import cache


class UnitKind(StrEnum):
    UNKNOWN = ""  # not yet said: the directory shows it for the clerk to set
    OFFICE = "office"  # 科室 / 处室 / 股室: the office's own internal units
    GRASSROOTS = "grassroots"  # 基层单位: 镇街, 分局, 所, 站 below the office
    INSTITUTION = "institution"  # 事业单位 / 直属单位: 中心, 院, 馆


# A name's end says its kind well enough to propose it; the clerk can change it.
_KIND_BY_ENDING = (
    (re.compile(r"(?:科|室|处|股|办|组)$"), UnitKind.OFFICE),
    (re.compile(r"(?:中心|院|馆|站|台|队|所|会)$"), UnitKind.INSTITUTION),
    (re.compile(r"(?:分局|街道|镇|乡|社区|村|区局|县局)$"), UnitKind.GRASSROOTS),
)

# Prefixes a collective name may carry: "局各科室", "机关各处室", "市局各科室".
_OWNER = r"(?:本?(?:市|区|县)?局|机关|本单位|委|厅|办)?"
_OTHER, _EVERY = "(?:其他|其它|其余)(?:相关|有关)?", "(?:各|所有)(?:内设)?"
_OFFICES = r"(?:科室|处室|股室|科（室）|科\(室\))"
_GRASSROOTS = r"(?:基层单位|基层站所|分局|镇街|镇（街）|镇\(街\))"
_INSTITUTIONS = r"(?:事业单位|直属单位|下属单位)"
_COLLECTIVE = (
    (re.compile(rf"^{_OWNER}{_OTHER}{_OFFICES}$"), UnitKind.OFFICE, True),
    (re.compile(rf"^{_OWNER}{_EVERY}{_OFFICES}$"), UnitKind.OFFICE, False),
    (re.compile(rf"^{_OWNER}{_OTHER}{_GRASSROOTS}$"), UnitKind.GRASSROOTS, True),
    (re.compile(rf"^{_OWNER}{_EVERY}{_GRASSROOTS}$"), UnitKind.GRASSROOTS, False),
    # "局各科室、基层单位": the 各 of the first name covers the second
    (re.compile(r"^基层(?:单位|站所)$"), UnitKind.GRASSROOTS, False),
    (re.compile(rf"^{_OWNER}{_EVERY}{_INSTITUTIONS}$"), UnitKind.INSTITUTION, False),
    (re.compile(r"^(?:本?(?:市|区|县)?局)属各单位$"), UnitKind.INSTITUTION, False),
)


def collective_patterns() -> list[tuple[str, UnitKind, bool]]:
    """The collective names' patterns in matching order, (regex, kind, others_only):
    a server ledger checks a clerk's writes by the same patterns (server_roles.py).
    They stay within what PostgreSQL's regular expressions read alike."""
    return [(pattern.pattern, kind, others_only) for pattern, kind, others_only in _COLLECTIVE]


def kind_of(stored: str) -> UnitKind:
    """The kind a stored value names; an unknown value (a newer version's) is UNKNOWN."""
    return UnitKind(stored) if stored in UnitKind._value2member_map_ else UnitKind.UNKNOWN


@dataclass(frozen=True, slots=True)
class Collective:
    kind: UnitKind
    others_only: bool  # 其他科室: the kind's units not named beside it


def guess_kind(name: str) -> UnitKind:
    """The kind a unit's name suggests (办公室 → 科室, 信息中心 → 事业单位, X镇 → 基层)."""
    if collective(name) is not None:
        return UnitKind.UNKNOWN  # "局各科室" is no 科室 of its own
    for pattern, kind in _KIND_BY_ENDING:
        if pattern.search(name):
            return kind
    return UnitKind.UNKNOWN


@cache  # a plan names the same few units thousands of times
def collective(name: str) -> Collective | None:
    """What a collective name stands for; None for a unit's own name."""
    plain = name.strip().replace(" ", "")
    for pattern, kind, others_only in _COLLECTIVE:
        if pattern.match(plain):
            return Collective(kind, others_only)
    return None


def members(name: str, named_beside: Iterable[str], directory: Mapping[str, UnitKind]) -> list[str]:
    """The directory's units a name stands for: itself for a unit, the kind's units for
    a collective (without those named beside it when it says 其他), in directory order."""
    found = collective(name)
    if found is None:
        return [name]
    beside = set(named_beside)
    return [
        unit
        for unit, kind in directory.items()
        if kind is found.kind
        and not (found.others_only and unit in beside)
        and collective(unit) is None
    ]


def responsible_units(
    lead: Iterable[str], co: Iterable[str], directory: Mapping[str, UnitKind]
) -> dict[str, str]:
    """Every unit a requirement gives work to -> "lead" or "co", collectives expanded.

    A unit named itself keeps the role it was named in; one reached only through a
    collective gets that collective's role (lead wins when both reach it).
    """
    lead, co = list(lead), list(co)
    named = set(lead) | set(co)
    roles: dict[str, str] = {}
    for role, names in (("lead", lead), ("co", co)):  # named units first, lead before co
        for name in names:
            if collective(name) is None:
                roles.setdefault(name, role)
    for role, names in (("lead", lead), ("co", co)):
        for name in names:
            if collective(name) is not None:
                for unit in members(name, named, directory):
                    roles.setdefault(unit, role)
    return roles


def role_of(
    unit: str, lead: Iterable[str], co: Iterable[str], directory: Mapping[str, UnitKind]
) -> str | None:
    """The role ("lead"/"co") a requirement gives unit, itself or through a collective
    name; None when it gives unit no work. A collective name asked for is matched as
    written (the clerk may filter by "各科室" itself)."""
    lead, co = list(lead), list(co)
    if unit in lead:
        return "lead"
    if unit in co:
        return "co"
    return responsible_units(lead, co, directory).get(unit)
