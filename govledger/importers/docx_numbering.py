"""Word's automatic list numbering, rendered as the reader sees it.

A paragraph numbered by Word (w:numPr) has no "1." in its text; the number is drawn
from numbering.xml. Requirements numbered that way would lose their numbers and
headings their 一、, so the counters are replayed here in document order.
Numbering inherited from paragraph styles is not replayed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from docx.oxml.ns import qn
from lxml import etree

from govledger.domain.outline import int_to_cn

_VAL = qn("w:val")
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
_CHINESE_FORMATS = {
    "chineseCounting",
    "chineseCountingThousand",
    "chineseLegalSimplified",
    "ideographDigital",
    "japaneseCounting",
    "taiwaneseCounting",
    "taiwaneseCountingThousand",
}


@dataclass
class _Level:
    number_format: str = "decimal"
    text: str = "%1."
    start: int = 1


def _render(value: int, number_format: str) -> str:
    if number_format in _CHINESE_FORMATS and 0 < value < 10000:
        return int_to_cn(value)
    if number_format.startswith("decimalEnclosedCircle") and 0 < value <= len(_CIRCLED):
        return _CIRCLED[value - 1]
    if number_format in ("lowerLetter", "upperLetter") and value > 0:
        letter = chr(ord("a") + (value - 1) % 26)
        return letter.upper() if number_format == "upperLetter" else letter
    return str(value)


def _val(node: etree._Element | None, tag: str, default: str = "") -> str:
    child = node.find(tag) if node is not None else None
    return child.get(_VAL, default) if child is not None else default


@dataclass
class ListNumbering:
    """Counters of one document's lists; ``prefix(paragraph)`` advances them."""

    levels: dict[str, dict[int, _Level]] = field(default_factory=dict)  # numId -> ilvl -> level
    abstract_of: dict[str, str] = field(default_factory=dict)
    counters: dict[str, list[int]] = field(default_factory=dict)  # abstractNumId -> counts

    @classmethod
    def of(cls, document: Any) -> ListNumbering:
        numbering = cls()
        try:
            root = document.part.numbering_part.element
        except (KeyError, NotImplementedError, AttributeError):
            return numbering  # no numbering part: nothing is auto-numbered
        abstracts: dict[str, dict[int, _Level]] = {}
        for abstract in root.iterchildren(qn("w:abstractNum")):
            levels = {}
            for level in abstract.iterchildren(qn("w:lvl")):
                start = _val(level, qn("w:start"), "1")
                levels[int(level.get(qn("w:ilvl"), "0"))] = _Level(
                    number_format=_val(level, qn("w:numFmt"), "decimal"),
                    text=_val(level, qn("w:lvlText"), ""),
                    start=int(start) if start.isdigit() else 1,
                )
            abstracts[abstract.get(qn("w:abstractNumId"), "")] = levels
        for num in root.iterchildren(qn("w:num")):
            abstract_id = _val(num, qn("w:abstractNumId"))
            num_id = num.get(qn("w:numId"), "")
            numbering.abstract_of[num_id] = abstract_id
            numbering.levels[num_id] = abstracts.get(abstract_id, {})
        return numbering

    def prefix(self, paragraph: etree._Element) -> str:
        """The number Word shows before paragraph ('1.', '一、', '（二）'), or ''."""
        properties = paragraph.find(qn("w:pPr"))
        num_pr = properties.find(qn("w:numPr")) if properties is not None else None
        if num_pr is None:
            return ""
        num_id = _val(num_pr, qn("w:numId"))
        level_index = int(_val(num_pr, qn("w:ilvl"), "0") or 0)
        levels = self.levels.get(num_id)
        if not levels or level_index not in levels:
            return ""
        counts = self.counters.setdefault(self.abstract_of[num_id], [0] * 9)
        if level_index >= len(counts):
            return ""
        level = levels[level_index]
        counts[level_index] = (counts[level_index] or level.start - 1) + 1
        for deeper in range(level_index + 1, len(counts)):
            counts[deeper] = 0  # a new item restarts the lists below it
        if level.number_format in ("bullet", "none") or not level.text:
            return ""
        text = level.text
        for index in range(level_index + 1):
            shown = levels.get(index, level)
            value = counts[index] or shown.start
            text = text.replace(f"%{index + 1}", _render(value, shown.number_format))
        return text
