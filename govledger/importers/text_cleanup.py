"""Cleaning text that came out of PDFs, web pages and flattened tables."""

from __future__ import annotations

import html
import re
import unicodedata

# CJK ideographs, CJK and full-width punctuation, curly quotes, dashes and ellipses.
CJK_CHARS = "\u2014-\u2026\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef"
_STRAY_SPACE = re.compile(rf"(?<=[{CJK_CHARS}])[ \u00a0\u3000]+|[ \u00a0\u3000]+(?=[{CJK_CHARS}])")
_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9]*(?:\s[^<>]{0,300})?/?>")
_BOOKMARK = re.compile(r"\[bookmark:[^\]\n]{0,200}\]")


def despace(text: str) -> str:
    """Remove the stray spaces PDF extraction puts around Chinese characters.

    "做好各 类规划主动 公开" -> "做好各类规划主动公开", "2021 年 11 月" -> "2021年11月";
    spaces between Latin words stay.
    """
    return _STRAY_SPACE.sub("", text)


def strip_markup(text: str) -> str:
    """Drop HTML tags, `[bookmark: …]` markers and entities left by converters."""
    text = _BOOKMARK.sub("", text)
    text = _TAG.sub("", text)
    if "&" in text:
        text = html.unescape(text)
    return text


def clean_text(text: str) -> str:
    return despace(strip_markup(text)).strip()


def comparison_key(text: str) -> str:
    """Text as compared for sameness: NFKC (full-width → ASCII), no whitespace.

    Two copies of a heading repeated on a new page, one with （一） and one with
    (一), are the same heading.
    """
    normalised = unicodedata.normalize("NFKC", text)
    return "".join(normalised.split()).rstrip("。.")
