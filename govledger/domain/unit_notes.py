"""Notes written inside a responsibility cell that are not unit names.

Clerks' tables mix remarks into the 责任单位 column: "以下均需各县市区落实，不再逐一
列出", "各镇（街）参照落实", "（排名第一的为牵头单位）", a bare "负责落实" on its own
line. They are no units; the unit parser lists them as notes so the requirement keeps
them (units_text stays as written and the preview shows each note as a warning).
Also here: the serial number a flattened table glues to a name ("1市政府各有关部门",
"2.市发展改革局"), and the "排名第一的为牵头单位" convention (the first unit named is the
lead, the others co-operate), which a cell or the column header may state.
"""

from __future__ import annotations

import re

# A clause that is a remark about the units, not a unit list.
NOTE = re.compile(
    r"不再(?:逐一|一一|逐个|单独)?列(?:出|举|明)"
    r"|以下(?:均|同|各项|任务)|下同"
    r"|参照(?:落实|执行|办理|开展)"
    r"|(?:排名|排在|排序|列)(?:第一|首位|最前)"
    r"|(?:第一|首位|首个)(?:个|家)?(?:单位)?为牵头"
)
# A unit cell saying "同上": the units of the row above.
SAME_AS_ABOVE = re.compile(r"(?:同上|同前|同上栏|同上述单位)[。.]?")
# "排名第一的为牵头单位": the first unit named leads.
FIRST_NAMED_LEADS = re.compile(
    r"(?:排名|排在|排序|列)(?:第一|首位|最前)|(?:第一|首位|首个)(?:个|家)?(?:单位)?为牵头"
)
# "根据职责做好相关工作", "按职责分工负责": what a unit does, said in the doer's words.
DUTY_PHRASE = re.compile(
    r"(?:根据|按照?|依据|结合)(?:各自|自身)?(?:工作)?职责(?:分工)?"
    r"(?:做好|抓好|负责|落实|开展|承担)?(?:相关|有关)?(?:工作)?(?:落实)?$"
)
# "1市政府各有关部门", "2.市发展改革局", "（3）办公室", "①法制科": a serial, then a name.
_GLUED_SERIAL = re.compile(
    r"^(?:\d{1,2}(?:[.．、:：)）]|(?=[\u4e00-\u9fff]))|[(（]\d{1,2}[)）]|[①-⑳])\s*"
    r"(?=[\u4e00-\u9fff])"
)
# "各处室、单位": a bare word after a collective name completes it (one unit).
_COLLECTIVE_TAIL = frozenset({"单位", "部门", "科室", "处室", "股室", "站所", "机构", "直属单位"})
_COLLECTIVE_HEAD = ("各", "有关", "相关", "其他", "其它")

_OPEN = "(（"
_CLOSE = ")）"
# "市政府办公室（牵头）、市政数局": the bracket names the role of the unit before it.
_BRACKETED_ROLE = re.compile(
    r"(?P<name>[^、,，;；()（）\n]+)"
    r"[(（](?P<role>牵头(?:单位|部门)?|主办|主责|配合(?:单位|部门)?|协办|协助)[)）][、,，]?"
)


def is_note(clause: str) -> bool:
    return bool(NOTE.search(clause))


def is_unit_remark(note: str) -> bool:
    """A note that can only stand in a unit cell: it speaks of who carries the work out.

    "（下同）" closing a sentence is no responsibility parenthesis.
    """
    return is_note(note) and bool(re.search(r"落实|列出|列举|牵头|执行|办理|开展", note))


def strip_glued_serial(name: str) -> str:
    """'1市政府各有关部门' -> '市政府各有关部门'; a name with no serial is returned as is."""
    return _GLUED_SERIAL.sub("", name, count=1)


def is_bare_serial(name: str) -> bool:
    """'1', '2.', '（3）': what is left of a serial split from its name by 、."""
    return bool(re.fullmatch(r"[(（]?\d{1,2}[)）.．]?|[①-⑳]", name))


def join_collective_tails(names: list[str]) -> list[str]:
    """['各处室', '单位'] -> ['各处室、单位']: the 、单位 belongs to the name before."""
    joined: list[str] = []
    for name in names:
        if joined and name in _COLLECTIVE_TAIL and joined[-1].startswith(_COLLECTIVE_HEAD):
            joined[-1] = f"{joined[-1]}、{name}"
        else:
            joined.append(name)
    return joined


def bracketed_roles_as_clauses(text: str) -> str:
    """'X（牵头）、Y' -> 'X牵头，Y', which the clause reader understands.

    The role is the named unit's alone: in 'X、Y（配合）' only Y co-operates.
    """
    return _BRACKETED_ROLE.sub(lambda match: f"，{match['name']}{match['role'][:2]}，", text)


def take_bracketed_notes(text: str) -> tuple[str, list[str]]:
    """(text without bracketed notes, the notes): '办公室（排名第一的为牵头单位）'."""
    notes: list[str] = []
    kept: list[str] = []
    depth, start = 0, 0
    for index, ch in enumerate(text):
        if ch in _OPEN:
            if depth == 0:
                start = index
            depth += 1
        elif ch in _CLOSE and depth:
            depth -= 1
            if depth == 0:
                inner = text[start + 1 : index]
                if is_note(inner):
                    notes.append(inner.strip())
                    kept.append("，")  # the note separated what stood around it
                else:
                    kept.append(text[start : index + 1])
        elif depth == 0:
            kept.append(ch)
    if depth:  # an unclosed bracket: leave the text alone
        return text, []
    return "".join(kept), notes
