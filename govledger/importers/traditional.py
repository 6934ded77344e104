"""Traditional characters, read for MATCHING only: 牽頭單位 is recognised as 牵头单位.

Plans from offices that write traditional characters (and tables copied through a
converter) use the same headers and 牵头/配合 wording as simplified ones. The text a
clerk sees always stays as written; only the copies the importer compares against
its vocabulary (column headers, unit cells for the unit parser, deadline cells for the
deadline parser) are converted.

OpenCC (the ``opencc`` package, its t2s conversion) does the converting. It is loaded
on first use and only for text that holds a traditional-only character from the
short list below, so simplified documents (nearly all) never load it; start-up time
is benchmarked. The list holds the traditional forms of the characters the plan
vocabulary is made of plus the commonest ones of running text: a traditional
document contains some of them within its first words.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

# Traditional-only characters (each differs from its simplified form).
_TRADITIONAL_ONLY = frozenset(
    "來個們備價優兩別劃動務勞勢勵匯區協員啟單圍圖執堅報場壓實審將專對導層屬幹廢廣廳彙"
    "從態應懲戶據數於時書會東條業極構標機檔檢權歸準濟災為營牽獎現環產當療發盡監確稅種"
    "積節範簽紀約級終組結統經維網線縣總織繫續罰聯聽與興舊蓋藥處號衛補見規視計訊記設試"
    "認說課議護負財責貼資質輸辦農這進運過違還邊鄉醫錄鎮鐵長門開間關陣隊階際險電項預頭"
    "頻題類顯館驗體點黨"
)


def has_traditional(text: str) -> bool:
    """True when text holds a character that only traditional writing uses."""
    return any(character in _TRADITIONAL_ONLY for character in text)


@cache
def _converter() -> Callable[[str], str] | None:
    """OpenCC's traditional → simplified conversion, or None when it is not installed."""
    try:
        import opencc  # heavy (a C++ library and its dictionaries): only when needed
    except ImportError:
        return None
    return opencc.OpenCC("t2s").convert


def to_simplified(text: str) -> str:
    """text in simplified characters, for comparing; text itself when it has none to change."""
    if not text or not has_traditional(text):
        return text
    convert = _converter()
    return convert(text) if convert is not None else text


def as_written(names: list[str], simplified: str, written: str) -> list[str]:
    """The names found in the simplified copy of a text, spelled as the text writes them.

    t2s maps character for character in plan vocabulary, so a name found at a position
    of the copy stands at the same position of the original; when the lengths differ
    (a rare phrase conversion) the simplified names are kept.
    """
    if simplified == written or len(simplified) != len(written):
        return names
    spelled = []
    for name in names:
        at = simplified.find(name)
        spelled.append(written[at : at + len(name)] if at >= 0 else name)
    return spelled
