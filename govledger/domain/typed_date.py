"""Dates as clerks type them: 2020-10-12, 2020/10/12, 2020.10.12, 20201012,
2020年10月12日, and without a year (10月12日, 10-12) in the plan's year.

Only whole dates are read: a text that is not one (a half-typed "2020-1") gives
None, never a guess.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date

_WITH_YEAR = re.compile(
    r"(?P<y>\d{4})\s*[-/.年]\s*(?P<m>\d{1,2})\s*[-/.月]\s*(?P<d>\d{1,2})\s*[日号]?"
)
_COMPACT = re.compile(r"(?P<y>\d{4})(?P<m>\d{2})(?P<d>\d{2})")
_NO_YEAR = re.compile(r"(?P<m>\d{1,2})\s*(?:[-/.]|月)\s*(?P<d>\d{1,2})\s*[日号]?")


def parse_typed_date(text: str, default_year: int) -> date | None:
    """The date text names, or None; a date without a year falls in default_year."""
    compact = unicodedata.normalize("NFKC", text).strip()  # full-width digits too
    for pattern in (_WITH_YEAR, _COMPACT, _NO_YEAR):
        match = pattern.fullmatch(compact)
        if match is None:
            continue
        year = int(match["y"]) if "y" in pattern.groupindex else default_year
        try:
            return date(year, int(match["m"]), int(match["d"]))
        except ValueError:
            return None  # 2月30日: not a date, whatever the pattern
    return None
