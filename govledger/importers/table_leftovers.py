"""No silent loss in tables: every filled cell is used, kept as a note, or listed.

A plan table's recognised columns feed the requirement's fields; anything else a
row holds must not vanish. Per row, after the outline builder took what it knows:

- a row whose 具体要求 cell is empty while its unit or time cell says something new
  is listed as skipped (and the table gets one warning: a table whose text column
  is empty in many rows is usually a mis-read header — the bug where a Word table
  lost every duty's text without a word);
- a 备注/说明 column is kept on the requirement as its note (``DraftTask.note``,
  saved in the task's note field): it is the office's own remark on that duty;
- a requirement whose text is only a number (1, （二）) means the serial column
  was taken for the text column: warned;
- any other column the header did not name (or named twice) is listed as skipped
  cell by cell, with one warning naming the column.

A cell repeating the one above (a vertical merge) or beside it (a horizontal span)
says nothing new and is not listed again.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from govledger.importers.columns import NOTE_HEADER_NAMES, ColumnMap, header_name, is_serial
from govledger.messages import message

if TYPE_CHECKING:
    from govledger.domain.draft import DraftTask
    from govledger.importers.outline_builder import OutlineBuilder


def used_columns(column_map: ColumnMap) -> set[int]:
    used = {column_map.requirement, *column_map.headings, *(c for c, _h in column_map.units)}
    used |= set(column_map.serials)  # per-section serials beside a 序号 column
    used |= {c for c in (column_map.number, column_map.deadline) if c is not None}
    return used


class TableAccount:
    """What one table's rows left over; ``row()`` per fed row, ``finish()`` at the end."""

    def __init__(self, builder: OutlineBuilder, column_map: ColumnMap, headers: Sequence[str]):
        self.builder = builder
        self.column_map = column_map
        self.headers = list(headers)
        used = used_columns(column_map)
        self.unused = [c for c in range(len(self.headers)) if c not in used]
        self.unused_counts: dict[int, int] = {}
        self.rows_without_text = 0
        self.texts_only_numbers = 0  # a serial column read as the text column
        self.rows_fed = self.requirements_made = 0
        self.previous: list[str] = []

    def _header(self, column: int) -> str:
        text = self.headers[column] if column < len(self.headers) else ""
        return text.strip() or message("where.column", column=column + 1)

    def _says_something_new(self, cells: Sequence[str], column: int) -> bool:
        text = cells[column]
        if not text:
            return False
        if column < len(self.previous) and self.previous[column] == text:
            return False  # a vertical merge repeating the cell above
        neighbours = [cells[c] for c in (column - 1, column + 1) if 0 <= c < len(cells)]
        return text not in neighbours  # else a horizontal span

    def row(
        self, cells: Sequence[str], created: list[DraftTask], heading_row: bool, source: str
    ) -> None:
        column_map = self.column_map
        if not created and not heading_row and not cells[column_map.requirement]:
            others = [c for c, _h in column_map.units]
            if column_map.deadline is not None:
                others.append(column_map.deadline)
            if any(self._says_something_new(cells, c) for c in others):
                self.rows_without_text += 1  # units without a duty: warned below
            if any(self._says_something_new(cells, c) for c in range(len(cells))):
                header = self._header(column_map.requirement)
                shown = " ".join(dict.fromkeys(cell for cell in cells if cell))
                self.builder.skip(shown, message("skip.row_without_text", column=header), source)
                self.previous = list(cells)
                return  # listed whole: its cells are not listed again below
        self.texts_only_numbers += sum(1 for task in created if is_serial(task.text))
        for column in self.unused:
            if column >= len(cells) or not self._says_something_new(cells, column):
                continue
            text = cells[column]
            if header_name(self._header(column)) in NOTE_HEADER_NAMES and created:
                for task in created:
                    task.note = f"{task.note}\n{text}".strip() if task.note else text
                continue
            self.unused_counts[column] = self.unused_counts.get(column, 0) + 1
            reason = message("skip.unused_column", column=self._header(column))
            self.builder.skip(text, reason, source)
        self.previous = list(cells)
        self.rows_fed += 1
        self.requirements_made += len(created)

    def finish(self, where: str) -> None:
        if self.rows_fed and not self.requirements_made:  # headings only: text column empty
            self.rows_without_text = max(self.rows_without_text, self.rows_fed)
        if self.rows_without_text:
            header = self._header(self.column_map.requirement)
            self.builder.warnings.append(
                message(
                    "warn.rows_without_text",
                    where=where,
                    count=self.rows_without_text,
                    column=header,
                )
            )
        if self.texts_only_numbers:
            self.builder.warnings.append(
                message("warn.text_is_number", where=where, count=self.texts_only_numbers)
            )
        for column, count in self.unused_counts.items():
            self.builder.warnings.append(
                message("warn.column_unused", column=self._header(column), count=count)
            )
