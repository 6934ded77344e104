"""Cells of a table flattened into text: how a line splits, what a cell holds, which column.

A table copied as text keeps its rows as lines but loses two things: the column
separator varies (tabs from a browser or Word, ``|`` or full-width ``｜`` from
markdown and web pages, U+3000 or runs of spaces from PDFs), and a cell merged over
several rows appears only on its first row, so later rows have fewer cells. Such a
row is matched to the columns by what its cells hold — a serial number, a numbered
heading, a duty, a unit list, a time limit — never by position alone.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache

from govledger.domain.deadline_parser import parse
from govledger.domain.model import Recurrence
from govledger.domain.outline import Style, parse_numbering
from govledger.domain.unit_notes import SAME_AS_ABOVE
from govledger.domain.unit_parser import looks_like_units
from govledger.importers.columns import ColumnMap
from govledger.importers.text_cleanup import despace

# --- separators ------------------------------------------------------------------------
TAB, PIPE, WIDE_SPACE = "tab", "pipe", "space"
# A run of blanks holding an ideographic space, or two or more plain spaces. One plain
# space is no separator: it sits inside Latin text and between PDF-extracted characters.
_SPACE_RUN = re.compile(r"[ \u00a0]*\u3000[ \u00a0\u3000]*|[ \u00a0]{2,}")
_RULED = re.compile(r"^[\s|:\-=+]+$")


def separators_in(line: str) -> list[str]:
    """The separators line could be split by, most explicit first."""
    found = []
    if "\t" in line.strip(" \u3000"):
        found.append(TAB)
    if "|" in line or "｜" in line:
        found.append(PIPE)
    if _SPACE_RUN.search(line.strip(" \t\u00a0\u3000")):
        found.append(WIDE_SPACE)
    return found


def split_cells(line: str, separator: str) -> list[str]:
    """line cut into cleaned cells; one cell when the separator is not in it."""
    if separator == TAB:
        parts = line.split("\t")
    elif separator == PIPE:
        text = line.replace("｜", "|").strip()
        if text.startswith("|"):  # "| a | b |": the outer pipes are the table's border
            text = text[1:]
        if text.endswith("|"):
            text = text[:-1]
        parts = text.split("|")
    else:
        parts = _SPACE_RUN.split(line.strip(" \t\u00a0\u3000"))
    return [despace(part).strip() for part in parts]


def cell_starts(line: str) -> list[int]:
    """Where each cell of a line split by space runs begins (index in line).

    One per cell of split_cells(line, WIDE_SPACE): a PDF copy lays its columns out
    by position, so a wrapped cell's rest sits under the cell it continues.
    """
    body = line.lstrip(" \t\u00a0\u3000")
    indent = len(line) - len(body)
    body = body.rstrip(" \t\u00a0\u3000")
    return [indent, *(indent + run.end() for run in _SPACE_RUN.finditer(body))]


def quoted_cell_open(line: str) -> bool:
    """True when a tab row copied from Excel/WPS opens a quoted cell that goes on below.

    Spreadsheets put a cell holding a line break in double quotes ("…\n…"), so
    the row runs over several lines until the quote closes.
    """
    return line.count('"') % 2 == 1 and any(part.startswith('"') for part in line.split("\t"))


def split_quoted_tab_row(text: str) -> list[str]:
    """A spreadsheet row with quoted cells: quotes removed, a cell's lines joined."""
    row = next(csv.reader(io.StringIO(text), delimiter="\t", quotechar='"'), [])
    return [despace("".join(part.strip() for part in cell.splitlines())).strip() for cell in row]


def without_repeats(units: str) -> str:
    """'司法局、司法局、人社局' -> '司法局、人社局': extraction sometimes doubles a name."""
    kept: list[str] = []
    for part in units.split("、"):
        if not kept or part != kept[-1]:
            kept.append(part)
    return "、".join(kept)


# A cell's text is finished when it ends a sentence or closes a bracket.
_CELL_END = tuple("。；;！？!?）)】」』")


def continues_sentence(previous: str, line: str) -> bool:
    """True when line reads as the rest of previous, cut by a line break mid-sentence.

    previous is a duty's text that does not end in 。；！？ or a closing bracket; line
    is plain text, no numbered item, serial, unit list or time limit (each of those
    starts a cell of its own).
    """
    return (
        bool(previous)
        and not previous.endswith(_CELL_END)
        and kind_of(previous) in (Kind.TEXT, Kind.DUTY)
        and kind_of(line) is Kind.TEXT
    )


def is_ruled_line(line: str) -> bool:
    """|---|---| or +----+: a markdown or box-drawing rule, no content."""
    return bool(_RULED.match(line)) and any(ch in line for ch in "-=")


# --- what a cell holds -----------------------------------------------------------------
class Kind(StrEnum):
    EMPTY = "empty"
    SERIAL = "serial"  # 1, 12, 3.
    HEADING = "heading"  # 一、… （一）… 第一部分…
    DUTY = "duty"  # 1. … ① …
    UNITS = "units"
    DEADLINE = "deadline"
    TEXT = "text"
    SAME = "same"  # 同上: the cell above, written out


# "12" or "12." in a 序号 column; "一" or "（二）" there marks a section row.
_SERIAL = re.compile(r"^(?:\d{1,3}[.、．]?|[（(]?[一二三四五六七八九十]{1,3}[)）、]?)$")
_HEADING_STYLES = (Style.CN_COMMA, Style.CN_PAREN, Style.CHAPTER)
_DUTY_STYLES = (Style.ARABIC, Style.ARABIC_PAREN, Style.CIRCLED)
_DEADLINE_LONGEST = 16  # "2024年12月31日前完成" fits; a duty naming a date does not


@lru_cache(maxsize=4096)  # a row's cells are looked at again when rows are joined or placed
def kind_of(cell: str) -> Kind:
    text = cell.strip()
    if not text:
        return Kind.EMPTY
    if SAME_AS_ABOVE.fullmatch(text):
        return Kind.SAME
    if _SERIAL.match(text):
        return Kind.SERIAL
    numbering, rest = parse_numbering(text)
    if numbering is not None and rest.strip():
        if numbering.style in _HEADING_STYLES:
            return Kind.HEADING
        if numbering.style in _DUTY_STYLES:
            return Kind.DUTY
    if looks_like_units(text):
        return Kind.UNITS
    if len(text) <= _DEADLINE_LONGEST and "。" not in text and _is_time_limit(text):
        return Kind.DEADLINE
    return Kind.TEXT


# 长期 / 持续 / 日常 alone, or with a word after (长期坚持, 持续开展, 常态化推进).
_CONTINUOUS_LIMIT = re.compile(r"^(?:长期|持续|常态化|常年|日常|经常性)[\u4e00-\u9fff]{0,3}$")


def _is_time_limit(text: str) -> bool:
    """True when text reads as a 完成时限 cell.

    The column parser takes 持续/日常/常态化 anywhere as "continuous", which is right
    inside a time-limit column; out of place, 持续深化政务公开 or 加强日常监管 is a
    task or a duty, so such a word makes a time limit only when it leads a short cell.
    """
    deadline = parse(text, 2000)
    if not deadline.understood:
        return False
    only_continuous = deadline.recurrence is Recurrence.CONTINUOUS and deadline.due is None
    return not only_continuous or bool(_CONTINUOUS_LIMIT.match(text))


# --- which column a cell belongs to ----------------------------------------------------
def column_roles(column_map: ColumnMap) -> list[str]:
    """One role per column: number, heading, requirement, units, deadline or other."""
    roles = ["other"] * column_map.width
    for column in column_map.headings:
        roles[column] = "heading"
    for column, _header in column_map.units:
        roles[column] = "units"
    if column_map.number is not None:
        roles[column_map.number] = "number"
    if column_map.deadline is not None:
        roles[column_map.deadline] = "deadline"
    roles[column_map.requirement] = "requirement"
    return roles


ROLES = ("number", "heading", "requirement", "units", "deadline", "other")
_MISMATCH = 5.0
# How well a kind of cell fits a role of column; 0 is a perfect fit.
_FIT: dict[Kind, dict[str, float]] = {
    Kind.EMPTY: {role: 0 for role in ROLES},
    Kind.SERIAL: {"number": 0, "other": 3},
    Kind.HEADING: {"heading": 0, "requirement": 1.5, "other": 3},
    Kind.DUTY: {"requirement": 0, "heading": 2, "other": 3},
    Kind.UNITS: {"units": 0, "other": 3, "heading": 3, "requirement": 3, "deadline": 4},
    Kind.DEADLINE: {"deadline": 0, "other": 3, "requirement": 3, "heading": 4, "units": 4},
    Kind.TEXT: {"requirement": 0, "heading": 0.6, "other": 1, "units": 4, "deadline": 4},
    Kind.SAME: {"units": 0, "deadline": 0, "heading": 0.5, "other": 1, "requirement": 4},
}  # fmt: skip
_POSITION_BIAS = 0.001  # among equal fits, the cell's own position wins


_SENTENCE_END = tuple("。；;！？!?")
_PHRASE_LONGEST = 12  # "按上级要求" or "做好财政公开": a time limit or a task, not a duty


def _fit(kind: Kind, role: str, cell: str = "") -> float:
    """How badly cell, of the given kind, sits in a column of role (0 = perfectly)."""
    if kind is Kind.TEXT:
        text = cell.strip()
        if role == "heading" and text.endswith(_SENTENCE_END):
            return 2.0  # a sentence is a duty; headings rarely end in 。
        if role == "deadline" and len(text) <= _PHRASE_LONGEST and not text.endswith(_SENTENCE_END):
            return 1.5  # a time limit the parser does not know, such as 按上级要求
    return _FIT[kind].get(role, _MISMATCH)


@dataclass
class AlignedRow:
    cells: list[str]  # one per column; "" where the row had no cell
    present: list[bool]  # False where the row had no cell for the column (a merged cell)
    shifted: list[tuple[str, int]]  # (cell, its column): a unit list or time limit misplaced


def align(cells: Sequence[str], roles: Sequence[str]) -> AlignedRow:
    """Cells matched to columns in order, each to the column its content fits best.

    A row with as many cells as columns stays as it is. A row with fewer lost the
    cells merged from the rows above; the cheapest order-keeping assignment (dynamic
    programming over cells × columns) finds where the remaining ones belong.
    """
    width = len(roles)
    kinds = [kind_of(cell) for cell in cells]
    if len(cells) >= width:
        columns = list(range(width))
    else:
        columns = _cheapest_columns(cells, kinds, roles, _heading_levels(cells))
    row = AlignedRow([""] * width, [False] * width, [])
    for cell, kind, column in zip(cells, kinds, columns, strict=False):
        if kind is Kind.SAME:
            continue  # 同上 says what a merged cell says: the value above, as if absent
        row.cells[column], row.present[column] = cell, True
        role = roles[column]
        if (kind, role) in ((Kind.UNITS, "deadline"), (Kind.DEADLINE, "units")):
            row.shifted.append((cell, column))
    _swap_crossed(row, roles)
    return row


def _swap_crossed(row: AlignedRow, roles: Sequence[str]) -> None:
    """A unit list under 完成时限 and a time limit under 责任单位: the two cells swap.

    Only when both are misplaced, so the fix is certain; the row keeps its warning.
    """
    misplaced = {roles[column]: column for _cell, column in row.shifted}
    if set(misplaced) == {"units", "deadline"} and len(row.shifted) == 2:
        units, deadline = misplaced["units"], misplaced["deadline"]
        row.cells[units], row.cells[deadline] = row.cells[deadline], row.cells[units]


def _heading_levels(cells: Sequence[str]) -> list[int | None]:
    """0 for 一、 and 第一部分, 1 for （一）, None for a cell that is no numbered heading."""
    levels: list[int | None] = []
    for cell in cells:
        numbering, _rest = parse_numbering(cell.strip())
        inner = numbering is not None and numbering.style is Style.CN_PAREN
        levels.append(1 if inner else 0 if kind_of(cell) is Kind.HEADING else None)
    return levels


def _cheapest_columns(
    cells: Sequence[str], kinds: Sequence[Kind], roles: Sequence[str], levels: Sequence[int | None]
) -> list[int]:
    """The order-keeping columns of least total misfit for cells of the given kinds.

    With several heading columns, a numbered heading prefers the column of its
    level: （二） alone on a row is the inner heading, its outer one merged above.
    """
    heading_rank = {
        column: rank
        for rank, column in enumerate(c for c, role in enumerate(roles) if role == "heading")
    }
    count, width = len(kinds), len(roles)

    def cost(index: int, column: int) -> float:
        fit = _fit(kinds[index], roles[column], cells[index])
        fit += _POSITION_BIAS * abs(column - index)
        level = levels[index]
        if level is not None and column in heading_rank and len(heading_rank) > 1:
            fit += 0.5 * abs(min(level, len(heading_rank) - 1) - heading_rank[column])
        return fit

    infinity = float("inf")
    # best[i][j]: cost of placing cells[:i+1] with cell i in column j; back[i][j]: column of i-1
    best = [[infinity] * width for _ in range(count)]
    back = [[-1] * width for _ in range(count)]
    for column in range(width):
        best[0][column] = cost(0, column)
    for index in range(1, count):
        for column in range(index, width):
            previous = min(range(column), key=lambda p: best[index - 1][p])
            best[index][column] = best[index - 1][previous] + cost(index, column)
            back[index][column] = previous
    column = min(range(width), key=lambda c: best[count - 1][c])
    columns = [column]
    for index in range(count - 1, 0, -1):
        column = back[index][column]
        columns.append(column)
    return columns[::-1]
