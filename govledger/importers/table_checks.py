"""Small readings and checks of plan-table cells that the outline builder shares.

- note_row_text: a row that is only a note (注：排名第一的为牵头单位), spanning the
  table or standing in one cell, is no heading and no duty;
- joined_unit_columns: several unit columns as one responsibility text;
- without_label: 完成时限：/完成時限： is no part of the time limit;
- shifted_field_warnings: a unit list in the time-limit column, a time limit in the
  units column — warned on the requirement, never silently moved;
- second_deadline_warnings: a duty merged down over two rows whose second row gives
  another time limit (a duty has one due date: the second limit is warned);
- trailing_lines: the signature and date a spreadsheet keeps under its table.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from govledger.domain.deadline_parser import parse, strip_label
from govledger.domain.draft import DraftTask
from govledger.domain.outline import parse_numbering
from govledger.domain.unit_parser import looks_like_units
from govledger.importers.columns import ColumnMap
from govledger.importers.text_cleanup import comparison_key
from govledger.importers.traditional import to_simplified
from govledger.messages import message

# 注：…  注1：…  备注：…  说明：…  (traditional 註：/備註：/說明： read as simplified)
_NOTE_ROW = re.compile(r"(?:注\d?|备注|附注|说明)[:：]")
# Words every time limit holds one of; a unit cell without them needs no deadline parse.
_TIME_WORDS = re.compile(r"\d|[年月日旬季]|长期|常态|持续|全年")


def note_row_text(cells: Sequence[str]) -> str | None:
    """The note a row holds when the row is only a note (one text, 注：…), else None."""
    texts = list(dict.fromkeys(cell.strip() for cell in cells if cell.strip()))
    if len(texts) == 1 and _NOTE_ROW.match(to_simplified(texts[0])):
        return texts[0]
    return None


def joined_unit_columns(cells: Sequence[str], columns: Sequence[tuple[int, str]]) -> str:
    """Several unit columns as one responsibility text.

    Each cell is labelled by its header (牵头单位：…；配合单位：…) for the unit parser,
    except when all headers are one name merged across the columns (责任单位 |
    责任单位): then the cells are listed. A cell merged across two unit columns
    counts once.
    """
    filled: dict[str, str] = {}  # text → the header of the first column showing it
    for column, header in columns:
        if cells[column]:
            filled.setdefault(cells[column], header)
    if len({comparison_key(header) for _column, header in columns}) == 1:
        return "；".join(filled)
    return "；".join(f"{header}：{text}" for text, header in filled.items())


def without_label(text: str) -> str:
    """'完成时限：6月底前' -> '6月底前'; a traditional label (完成時限：) is cut too."""
    text = text.strip()
    simplified = to_simplified(text)
    if len(simplified) != len(text):  # a phrase changed length: only a simplified label is cut
        return strip_label(text)
    return text[len(text) - len(strip_label(simplified)) :]


def shifted_field_warnings(task: DraftTask, units: str, deadline: str, year: int) -> list[str]:
    """Warnings when the row's unit and time-limit cells look swapped or shifted."""
    where = task.source or task.number
    warnings = []
    simple_deadline = to_simplified(deadline.strip())
    if (
        simple_deadline
        and task.due is None
        and task.recurrence is None
        and looks_like_units(simple_deadline)
    ):
        warnings.append(message("warn.units_in_deadline", where=where, text=deadline.strip()))
    simple_units = to_simplified(units.strip())
    if (
        simple_units
        and _TIME_WORDS.search(simple_units)
        and not looks_like_units(simple_units)
        and parse(simple_units, year).understood
    ):
        warnings.append(message("warn.deadline_in_units", where=where, text=units.strip()))
    return warnings


def second_deadline_warnings(
    tasks: Sequence[DraftTask], first_deadline: str, deadline: str, where: str
) -> None:
    """The second row of a merged duty gives another time limit: warn, naming it."""
    deadline = deadline.strip()
    if deadline and deadline != first_deadline.strip():
        for task in tasks:
            task.warnings.append(message("warn.merged_duty_deadline", where=where, text=deadline))


def trailing_lines(rows: Sequence[Sequence[str]], column_map: ColumnMap) -> list[str]:
    """The lines below a sheet's table that are no rows of it: signature, date, notes.

    A spreadsheet keeps them in the first column under the table (某某局办公室 /
    2023年1月5日); read as rows they would become headings. Counted from the end:
    rows holding one text, outside the requirement column, not numbered like a
    section heading (三、…).
    """
    lines: list[str] = []
    for cells in reversed(rows):
        texts = list(dict.fromkeys(cell.strip() for cell in cells if cell.strip()))
        if not texts:
            continue
        requirement = cells[column_map.requirement] if column_map.requirement < len(cells) else ""
        if len(texts) != 1 or requirement.strip() or parse_numbering(texts[0])[0] is not None:
            break
        lines.insert(0, texts[0])
    return lines
