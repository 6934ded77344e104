"""Traditional characters read as simplified, for MATCHING only.

Plans from Hong Kong, Macao, Taiwan-facing offices or typed with a traditional
input method say 牽頭單位, 責任單位, 工作任務. Header names, 牵头/配合 markers and
section names are compared after converting to simplified Chinese with OpenCC;
the text itself is never rewritten: what the clerk imports stays as written.

OpenCC (a compiled library with its dictionary files) is loaded on first use of a
text that is not plain ASCII, so the start-up time is not charged for it.
"""

from __future__ import annotations

from functools import cache
from typing import Any


@cache
def _converter() -> Any:
    import opencc  # heavy: a native library plus its dictionaries

    return opencc.OpenCC("t2s")


def to_simplified(text: str) -> str:
    """The text in simplified characters, for comparing against simplified names."""
    if text.isascii():
        return text
    return _converter().convert(text)


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
