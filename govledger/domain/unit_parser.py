"""Responsibility text → lead units (牵头) and co-operating units (配合/协办/负责落实).

Handles "办公室牵头，各科室协办", "综合规划科、办公室牵头，其他科室、基层单位配合",
"牵头单位：市审批局；责任单位：市直各部门", "各镇街(园区);市政府办公室牵头,市政数局配合,
有关单位按职责分工落实", "市政府办公室（牵头）、市政数局" and plain lists ("局各科室、基层单位"
— all lead units when no 牵头/配合 wording exists, or the first the lead when the cell or
its column header says 排名第一的为牵头单位). Brackets are never split: 各县（市、区）,
各镇街(园区); "各处室、单位" is one unit.

Remarks in the cell ("以下均需各县市区落实，不再逐一列出", "各镇（街）参照落实", a bare
"负责落实") are no units: ``read_units`` returns them as ``notes`` (see unit_notes.py).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from govledger.domain import unit_notes

_OPEN = "(（〔[【［《<"
_CLOSE = ")）〕]】］》>"

# Labelled form: 牵头单位：…；责任单位：…
_LABEL = re.compile(
    r"(?P<label>(?:牵头|主办|主责|责任|落实|配合|协办|协助|参与|承办)(?:单位|部门|科室|处室|股室|主体))"
    r"\s*[:：]"
)
_LEAD_LABELS = ("牵头", "主办", "主责")
_CO_LABELS = ("配合", "协办", "协助", "参与")

# Clause-final wording, longest first so 按职责分工落实 is not read as 落实.
_LEAD_MARKERS = ("负责牵头", "牵头负责", "牵头", "主办", "主责")
_CO_MARKERS = ("配合落实", "协助配合", "配合", "协办", "协助", "参与")
_DOER_MARKERS = (
    "按职责分工负责落实",
    "按职责分工落实",
    "按职责分工负责",
    "按照职责分工落实",
    "按职责落实",
    "分别负责落实",
    "分别落实",
    "分别负责",
    "共同负责",
    "负责落实",
    "具体落实",
    "落实",
    "负责",
)
_ALL_MARKERS = _LEAD_MARKERS + _CO_MARKERS + _DOER_MARKERS

_CLAUSE_SEPARATORS = ";；,，\n"
_NAME_SEPARATORS = "、/／ \t"
# 和/及 join two units only when the left part is a whole unit name:
# 办公室和法制科 is two units, 人力资源和社会保障局 is one.
ORG_SUFFIX = re.compile(
    r"(?:局|委|办|室|科|股|处|中心|单位|部门|部|厅|院|所|站|队|会|政府|镇|街|街道|园区|区|县|市"
    r"|组|馆|公司|集团|机关|小组|[)）〕\]】])$"
)
_TRAILING_FILLER = re.compile(
    r"(?:等单位|等部门|等科室|等处室|等|(?<=[)）])各自)$"
)  # 各县（市、区）各自负责
# 各自 only before a verb (各自负责): "各自然资源所" is 各 + 自然资源所.
_LEADING_FILLER = re.compile(r"^(?:由|请|均由|各自(?=负责|落实|$))")

LEAD, CO, DOER = "lead", "co", "doer"


def _split_outside_brackets(text: str, separators: str) -> list[str]:
    parts: list[str] = []
    depth, start = 0, 0
    for index, ch in enumerate(text):
        if ch in _OPEN:
            depth += 1
        elif ch in _CLOSE:
            depth = max(0, depth - 1)
        elif depth == 0 and ch in separators:
            parts.append(text[start:index])
            start = index + 1
    parts.append(text[start:])
    return [part.strip() for part in parts if part.strip()]


def _split_conjunctions(name: str) -> list[str]:
    """'办公室和法制科' -> both; '人力资源和社会保障局' stays whole."""
    for joiner in ("和", "及", "以及", "与"):
        position = name.find(joiner, 1)
        while position > 0:
            left, right = name[:position], name[position + len(joiner) :]
            depth = sum(left.count(ch) for ch in _OPEN) - sum(left.count(ch) for ch in _CLOSE)
            if depth == 0 and right and ORG_SUFFIX.search(left) and ORG_SUFFIX.search(right):
                return [*_split_conjunctions(left), *_split_conjunctions(right)]
            position = name.find(joiner, position + 1)
    return [name]


def clean_unit_name(name: str) -> str:
    name = name.strip(" \t\u3000:：。.;；,，")
    name = unit_notes.strip_glued_serial(name)
    name = _LEADING_FILLER.sub("", name)
    for marker in _ALL_MARKERS:  # a stray marker left on a name: 有关单位按职责分工落实
        if name.endswith(marker) and len(name) > len(marker):
            name = name[: -len(marker)]
            break
    name = _TRAILING_FILLER.sub("", name)
    name = name.strip(" \t\u3000:：。.;；,，")
    return "" if unit_notes.is_bare_serial(name) else name


def split_unit_names(text: str) -> list[str]:
    """The unit names of a list: separators 、，,;；/ 和 及, brackets kept whole."""
    names: list[str] = []
    for part in _split_outside_brackets(text, _NAME_SEPARATORS + _CLAUSE_SEPARATORS):
        for name in _split_conjunctions(part):
            cleaned = clean_unit_name(name)
            if cleaned and cleaned not in names:
                names.append(cleaned)
    return unit_notes.join_collective_tails(names)


def _clause_role(clause: str) -> tuple[str | None, str]:
    """(role, clause without its marker) — role None when the clause has no wording."""
    body = clause.rstrip(" 。.;；,，")
    for role, markers in ((LEAD, _LEAD_MARKERS), (CO, _CO_MARKERS)):
        for marker in markers:
            if body.endswith(marker) and len(body) > len(marker):
                return role, body[: -len(marker)]
    duty = unit_notes.DUTY_PHRASE.search(body)  # 市直各有关单位根据职责做好相关工作
    if duty and duty.start() > 0:
        return DOER, body[: duty.start()]
    for marker in _DOER_MARKERS:
        if body.endswith(marker) and len(body) > len(marker):
            return DOER, body[: -len(marker)]
    return None, body


def _is_bare_marker(clause: str) -> bool:
    """'负责落实', '按职责分工负责': wording with no unit in front of it."""
    body = clause.strip(" 。.;；,，")
    return body in _ALL_MARKERS or bool(unit_notes.DUTY_PHRASE.fullmatch(body))


def _strip_enclosing_brackets(text: str) -> str:
    """'（办公室牵头，各科室配合）' -> the inside; '(甲)、(乙)' is left alone."""
    text = text.strip()
    while len(text) >= 2 and text[0] in "(（" and text[-1] in ")）":
        depth = 0
        for index, ch in enumerate(text):
            depth += ch in _OPEN
            depth -= ch in _CLOSE
            if depth == 0 and index < len(text) - 1:
                return text  # the first bracket closes before the end
        text = text[1:-1].strip()
    return text


def _labelled(text: str) -> list[tuple[str, str]] | None:
    matches = list(_LABEL.finditer(text))
    if not matches:
        return None
    segments: list[tuple[str, str]] = []
    has_lead_label = any(m["label"].startswith(_LEAD_LABELS) for m in matches)
    for index, match in enumerate(matches):
        end = matches[index + 1].start() if index + 1 < len(matches) else len(text)
        label = match["label"]
        if label.startswith(_LEAD_LABELS):
            role = LEAD
        elif label.startswith(_CO_LABELS):
            role = CO
        else:  # 责任单位 / 落实单位: co-operating when a lead is named, else the lead
            role = CO if has_lead_label else LEAD
        segments.append((role, text[match.end() : end]))
    return segments


def _add(target: list[str], names: list[str]) -> None:
    for name in names:
        if name not in target:
            target.append(name)


@dataclass
class UnitField:
    """A responsibility text read: clean unit names, and the remarks that were no units."""

    lead: list[str] = field(default_factory=list)
    co: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def read_units(units_text: str, *, first_named_leads: bool = False) -> UnitField:
    """Lead units, co-operating units and notes of a responsibility text, in order.

    first_named_leads: the column header said 排名第一的为牵头单位 (the cell may say it too).
    """
    text, notes = unit_notes.take_bracketed_notes(_strip_enclosing_brackets(units_text or ""))
    text = unit_notes.bracketed_roles_as_clauses(text).strip(" ，,；;")
    found = UnitField(notes=notes)
    if not text:
        return found
    labelled = _labelled(text)
    if labelled is not None:
        for label_role, segment in labelled:
            part = read_units(segment)
            _add(found.lead if label_role == LEAD else found.co, part.lead)
            _add(found.co, part.co)
            found.notes.extend(part.notes)
        worded_labels = _LEAD_LABELS + _CO_LABELS  # 牵头单位：/配合单位：, not 责任单位：
        worded = any(m["label"].startswith(worded_labels) for m in _LABEL.finditer(text))
        return _finish(found, first_named_leads, worded)

    # 办公室牵头、各科室配合: a marker followed by 、 also ends a clause.
    markers = "|".join(sorted(_LEAD_MARKERS + _CO_MARKERS, key=len, reverse=True))
    text = re.sub(rf"({markers})[、和及]", r"\1；", text)
    segments = _split_outside_brackets(text, ";；\n")
    clauses: list[tuple[int, str]] = []
    for segment_index, segment in enumerate(segments):
        pending_note: list[str] = []  # 以下均需各县市区落实，不再逐一列出: one note
        for clause in [*_split_outside_brackets(segment, ",，"), ""]:
            if clause and (unit_notes.is_note(clause) or _is_bare_marker(clause)):
                pending_note.append(clause)
                continue
            if pending_note:
                found.notes.append("，".join(pending_note))
                pending_note = []
            if clause:
                clauses.append((segment_index, clause))
    roles = [(segment_index, *_clause_role(clause)) for segment_index, clause in clauses]
    any_worded = any(role in (LEAD, CO) for _segment, role, _body in roles)
    any_lead = any(role == LEAD for _segment, role, _body in roles)
    lead_seen_in: set[int] = set()
    for segment_index, role, body in roles:
        names = split_unit_names(body)
        if role == LEAD:
            lead_seen_in.add(segment_index)
            _add(found.lead, names)
        elif role == CO or (role == DOER and any_lead):
            _add(found.co, names)
        elif role is None and segment_index in lead_seen_in:
            _add(found.co, names)  # 办公室牵头，各科室 — the unmarked rest co-operates
        else:
            _add(found.lead, names)
    return _finish(found, first_named_leads, any_worded)


def _finish(found: UnitField, first_named_leads: bool, worded: bool) -> UnitField:
    """Apply 排名第一的为牵头单位 where no 牵头/配合 wording says otherwise; no unit twice."""
    first_leads = first_named_leads or any(
        unit_notes.FIRST_NAMED_LEADS.search(note) for note in found.notes
    )
    if first_leads and not worded and found.lead:
        found.lead, found.co = found.lead[:1], [*found.lead[1:], *found.co]
    found.co = [name for name in found.co if name not in found.lead]
    return found


def parse_units(units_text: str) -> tuple[list[str], list[str]]:
    """(lead_units, co_units) of a responsibility text, names in order of appearance."""
    found = read_units(units_text)
    return found.lead, found.co


def looks_like_units(text: str) -> bool:
    """True when text reads as a responsibility cell rather than a heading or a duty.

    Used where a flattened extraction lost the column a cell came from.
    """
    text = _strip_enclosing_brackets(text)
    if not text or "。" in text or len(text) > 300:
        return False
    if _LABEL.search(text):
        return True
    clauses = _split_outside_brackets(text, _CLAUSE_SEPARATORS)
    if any(_clause_role(clause)[0] in (LEAD, CO) for clause in clauses):
        return True
    found = read_units(text)
    names = [*found.lead, *found.co]
    if not names:  # a cell holding only a remark: 以下均需各县市区落实，不再逐一列出
        return any(unit_notes.is_unit_remark(note) for note in found.notes)
    return all(ORG_SUFFIX.search(name) for name in names)
