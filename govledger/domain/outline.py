"""Numbering as printed in plans: 一、 （一） 1. （1） ① 一是 第一条.

Recognises and strips a numbering prefix, tells its style and conventional level,
splits a cell that holds several numbered requirements, and converts Chinese
numerals. Pure text logic shared by every importer.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

_CN_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5}
_CN_DIGITS |= {"六": 6, "七": 7, "八": 8, "九": 9}
_CN_UNITS = {"十": 10, "百": 100, "千": 1000}
CN_NUMERAL = "零〇一二三四五六七八九十百千两"
_CN = f"[{CN_NUMERAL}]"


def cn_to_int(text: str) -> int:
    """'十四' -> 14, '二十' -> 20, '一百零一' -> 101, '二〇二一' -> 2021 (digit by digit)."""
    text = text.strip()
    if not text or any(ch not in _CN_DIGITS and ch not in _CN_UNITS for ch in text):
        raise ValueError(f"not a Chinese numeral: {text!r}")
    if not any(ch in _CN_UNITS for ch in text):  # 二〇二一: written digit by digit
        return int("".join(str(_CN_DIGITS[ch]) for ch in text))
    total, digit = 0, 0
    for ch in text:
        if ch in _CN_DIGITS:
            digit = _CN_DIGITS[ch]
        else:
            total += (digit or 1) * _CN_UNITS[ch]  # 十四: an implied 一 before 十
            digit = 0
    return total + digit


def int_to_cn(number: int) -> str:
    """14 -> '十四', 10 -> '十', 21 -> '二十一', 101 -> '一百零一' (0 < number < 10000)."""
    if not 0 < number < 10000:
        raise ValueError(f"out of range: {number}")
    digits = "零一二三四五六七八九"
    parts: list[str] = []
    pending_zero = False
    for value, unit in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
        digit, number = divmod(number, value)
        if digit:
            if pending_zero:
                parts.append("零")
            parts.append(digits[digit] + unit)
            pending_zero = False
        elif parts:
            pending_zero = True
    text = "".join(parts)
    return text[1:] if text.startswith("一十") else text  # 一十四 is written 十四


class Style(StrEnum):
    CN_COMMA = "cn_comma"  # 一、
    CN_PAREN = "cn_paren"  # （一）
    ARABIC = "arabic"  # 1.  1、  1．
    ARABIC_PAREN = "arabic_paren"  # （1）  1）
    CIRCLED = "circled"  # ①
    CN_SHI = "cn_shi"  # 一是
    CHAPTER = "chapter"  # 第一部分 / 第一章
    ARTICLE = "article"  # 第一条


# Conventional depth of each style in a 政务公开 plan, outermost first.
STYLE_LEVEL = {
    Style.CHAPTER: 0,
    Style.CN_COMMA: 1,
    Style.CN_PAREN: 2,
    Style.ARTICLE: 3,
    Style.ARABIC: 3,
    Style.ARABIC_PAREN: 4,
    Style.CIRCLED: 5,
    Style.CN_SHI: 6,
}

_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"

# Arabic numbering: "1." "1、" "1．" — the separator must not be followed by a digit
# (so "1.5亿元" is no number) unless a year follows: "2.2021年底前…" is item 2.
_ARABIC_SEP = r"\s*[.．、](?!\d)|\s*[.．](?=\d{4}年)"
_PATTERNS: list[tuple[Style, re.Pattern[str]]] = [
    (Style.CHAPTER, re.compile(rf"第(?P<n>{_CN}+|\d+)(?:部分|章)[、：:\s]*")),
    (Style.ARTICLE, re.compile(rf"第(?P<n>{_CN}+|\d+)[条條][、：:\s]*")),  # 條: traditional
    (Style.CN_PAREN, re.compile(rf"[（(]\s*(?P<n>{_CN}+)\s*[）)][、.．，,\s]*")),
    (Style.CN_COMMA, re.compile(rf"(?P<n>{_CN}+)\s*[、，,．.](?!\d)\s*")),
    (Style.CN_SHI, re.compile(r"(?P<n>[一二三四五六七八九十]+)是(?=\S)")),
    (
        Style.ARABIC_PAREN,
        re.compile(r"[（(]\s*(?P<n>\d{1,3})\s*[）)][、.．\s]*|(?P<m>\d{1,3})[）)]"),
    ),
    (Style.ARABIC, re.compile(rf"(?P<n>\d{{1,3}})(?:{_ARABIC_SEP})\s*")),
    (Style.CIRCLED, re.compile(rf"(?P<n>[{_CIRCLED}])\s*")),
]


@dataclass(frozen=True, slots=True)
class Numbering:
    """A numbering prefix as found at the start of a text."""

    style: Style
    value: int
    printed: str  # the prefix exactly as printed, separators and spaces included

    @property
    def level(self) -> int:
        return STYLE_LEVEL[self.style]

    @property
    def bare(self) -> str:
        """The number without punctuation: '一', '1', '①' — a requirement's number."""
        if self.style in (Style.ARABIC, Style.ARABIC_PAREN):
            return str(self.value)
        if self.style is Style.CIRCLED:
            return _CIRCLED[self.value - 1]
        return int_to_cn(self.value)

    @property
    def label(self) -> str:
        """The heading's number as draft.py wants it: '一', '（一）', '（1）', '第一条'."""
        if self.style is Style.CN_PAREN:
            return f"（{int_to_cn(self.value)}）"
        if self.style is Style.ARABIC_PAREN:
            return f"（{self.value}）"
        if self.style is Style.ARTICLE:
            return f"第{int_to_cn(self.value)}条"
        if self.style is Style.CHAPTER:
            return self.printed.strip(" 、：:")
        return self.bare


def _value(style: Style, raw: str) -> int:
    if style is Style.CIRCLED:
        return _CIRCLED.index(raw) + 1
    return int(raw) if raw.isdigit() else cn_to_int(raw)


def parse_numbering(text: str) -> tuple[Numbering | None, str]:
    """(numbering, rest of the text) — numbering is None when the text has none."""
    stripped = text.lstrip()
    for style, pattern in _PATTERNS:
        match = pattern.match(stripped)
        if not match:
            continue
        raw = match.group("n") or (match.groupdict().get("m") or "")
        rest = stripped[match.end() :]
        if not raw or not rest.strip():
            continue  # "一、" alone, or "2021" with nothing after, is no numbering
        try:
            value = _value(style, raw)
        except ValueError:
            continue
        if value == 0 or (style is Style.CN_SHI and value > 20):
            continue
        return Numbering(style, value, match.group(0)), rest.strip()
    return None, text.strip()


def strip_numbering(text: str) -> str:
    return parse_numbering(text)[1]


def numbering_level(text: str) -> int | None:
    numbering, _ = parse_numbering(text)
    return numbering.level if numbering else None


# Where an item may start inside a cell: after a line break or the end of a sentence.
_ITEM_BOUNDARY = r"(?<=[\s。；;！!？?])[ \t\u3000]*"
_SPLITTABLE = (Style.ARABIC, Style.ARABIC_PAREN, Style.CIRCLED, Style.CN_SHI)


def _next_item_pattern(style: Style, value: int) -> re.Pattern[str]:
    if style is Style.ARABIC:
        head = rf"(?<!\d){value}(?:{_ARABIC_SEP})"
    elif style is Style.ARABIC_PAREN:
        head = rf"[（(]\s*{value}\s*[）)]|(?<!\d){value}[）)]"
    elif style is Style.CIRCLED:
        head = _CIRCLED[value - 1] if value <= len(_CIRCLED) else r"(?!)"
    else:
        head = f"{int_to_cn(value)}是"
    return re.compile(_ITEM_BOUNDARY + f"(?:{head})")


def split_numbered_items(text: str) -> list[tuple[Numbering | None, str]]:
    """Split a cell holding several numbered requirements: '5. …。6. …\\n7. …'.

    Only the next number in sequence, at the start of a line or right after the end of
    a sentence, starts a new item — so dates ("2021.10"), decimals and counts
    ("1+1+9", "第6版") never split a requirement.
    """
    first, rest = parse_numbering(text)
    if first is None or first.style not in _SPLITTABLE:
        return [(first, rest)]
    items: list[tuple[Numbering | None, str]] = []
    current, body = first, rest
    while True:
        pattern = _next_item_pattern(current.style, current.value + 1)
        match = pattern.search(body)
        if not match:
            items.append((current, body.strip()))
            return items
        following, after = parse_numbering(body[match.start() :])
        if following is None or following.value != current.value + 1:
            items.append((current, body.strip()))
            return items
        items.append((current, body[: match.start()].strip()))
        current, body = following, after
