"""Traditional characters read as simplified, for MATCHING only.

Plans from Hong Kong, Macao, Taiwan-facing offices or typed with a traditional
input method say 牽頭單位, 責任單位, 工作任務. Header names, 牵头/配合 markers and
section names are compared after converting to simplified Chinese with OpenCC;
the text itself is never rewritten: what the clerk imports stays as written.

OpenCC (a compiled library with its dictionary files) is loaded on first use of a
text holding a traditional-only character from the short list below, so neither
start-up nor the import of a simplified plan (nearly all of them) is charged for it.
The list holds the traditional forms of the characters plan vocabulary is made of
(headers, 牵头/配合 wording, units, time limits) and the commonest ones of running
text: a traditional document shows some of them within its first words.
"""

from __future__ import annotations

from functools import cache
from typing import Any

# Traditional-only characters: each differs from its simplified form (a test checks).
_TRADITIONAL_ONLY = frozenset(
    "來個們備價優兩別劃動務勞勢勵匯區協員啟單圍圖執堅報場壓實審將專對導層屬幹廢廣廳彙"
    "從態應懲戶據數於時書會東條業極構標機檔檢權歸準濟災為營牽獎現環產當療發盡監確稅種"
    "積節範簽紀約級終組結統經維網線縣總織繫續罰聯聽與興舊蓋藥處號衛補見規視計訊記設試"
    "認說課議護負財責貼資質輸辦農這進運過違還邊鄉醫錄鎮鐵長門開間關陣隊階際險電項預頭"
    "頻題類顯館驗體點黨註備"
)


def has_traditional(text: str) -> bool:
    """True when text holds a character only traditional writing uses."""
    return not text.isascii() and any(character in _TRADITIONAL_ONLY for character in text)


@cache
def _converter() -> Any:
    import opencc  # heavy: a native library plus its dictionaries

    return opencc.OpenCC("t2s")


def to_simplified(text: str) -> str:
    """The text in simplified characters, for comparing against simplified names."""
    if not has_traditional(text):
        return text
    simplified: str = _converter().convert(text)  # OpenCC.convert is not annotated
    return simplified


def as_written(simplified: str, converted: str, original: str) -> str:
    """The piece of original that reads as ``simplified`` inside ``converted``.

    ``converted`` is ``to_simplified(original)``; OpenCC's t2s maps character for
    character (same length) for the words of a plan, so a span found in the
    converted text is the same span of the original. When lengths differ, or the
    piece is not found, the simplified piece is returned.
    """
    if converted == original or len(converted) != len(original):
        return simplified
    start = converted.find(simplified)
    if start < 0:
        return simplified
    return original[start : start + len(simplified)]
