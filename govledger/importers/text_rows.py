"""A plan table flattened to one row per line, its cells split by one separator.

What is rebuilt here, besides plain rows:

- rows with fewer cells than the header (a browser drops the cells merged from the
  rows above): their cells are matched to columns by content (text_cells.align),
  a missing heading or unit cell means "as above", a missing time limit repeats the
  one above;
- rows wider than the header (two-level task headings merged under one 工作任务
  label: 序号|工作任务|责任单位|完成时限 over 1|一、…|（一）…|duty|units|deadline):
  the task column is widened into heading columns and the duty column;
- a second header row (牵头单位 | 配合单位 under 责任单位), the header repeated
  on later pages;
- a cell wrapped over lines: the next line continues the row; a spreadsheet copy
  puts such a cell in double quotes; a PDF copy split by space runs puts the rest
  of the duty (and unit list) under the cell it continues, on a line of its own;
- a row a page break cut in two (jiangmen-jgzx-2022.txt): the tail continues it;
- a heading on a line of its own (a row spanning the table).

Every other line lands in the draft's skipped list with a reason.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field, replace

from govledger.domain.draft import PlanDraft
from govledger.domain.outline import parse_numbering
from govledger.importers.columns import (
    ColumnMap,
    header_role,
    is_header_repeat,
    recognise_header,
)
from govledger.importers.metadata import extract_metadata
from govledger.importers.outline_builder import OutlineBuilder, PlanRow
from govledger.importers.plan_assembly import finish_draft, resolve_year
from govledger.importers.table_feed import feed_row, row_of
from govledger.importers.text_cells import (
    TAB,
    WIDE_SPACE,
    Kind,
    align,
    cell_starts,
    column_roles,
    continues_sentence,
    is_ruled_line,
    kind_of,
    quoted_cell_open,
    split_cells,
    split_quoted_tab_row,
    without_repeats,
)
from govledger.messages import message

_SENTENCE_END = tuple("。；;！？!?")
_QUOTED_LINES = 40  # a quoted spreadsheet cell longer than this is a stray quote mark
_WRAPPABLE = (Kind.TEXT, Kind.DUTY, Kind.HEADING, Kind.UNITS)  # a time limit is not wrapped
_UNIT_TAIL = (Kind.UNITS, Kind.TEXT)  # the rest of a unit list: 服务中心配合


@dataclass
class _Line:
    number: int  # 1-based line number in the source
    text: str  # the line, cleaned
    cells: list[str]  # [text] when the separator is not in the line
    starts: list[int] = field(default_factory=list)  # space runs: where each cell begins


def widen_task_column(column_map: ColumnMap, width: int) -> ColumnMap:
    """The header's task column split into heading columns + the duty column.

    序号|工作任务|责任单位|完成时限 over rows of six cells: 工作任务 covered 一、…,
    （一）… and the duty; the extra cells are headings, outermost first.
    """
    extra = width - column_map.width
    task = column_map.requirement

    def moved(column: int) -> int:
        return column + extra if column > task else column

    keys = column_map.header_keys
    return replace(
        column_map,
        requirement=task + extra,
        headings=[*column_map.headings, *range(task, task + extra)],
        number=None if column_map.number is None else moved(column_map.number),
        units=[(moved(column), header) for column, header in column_map.units],
        deadline=None if column_map.deadline is None else moved(column_map.deadline),
        header_keys=[*keys[:task], *[keys[task]] * (extra + 1), *keys[task + 1 :]],
    )


def _table_width(rows: list[_Line], column_map: ColumnMap) -> ColumnMap:
    """column_map, widened when rows hold more cells than the header names."""
    widths = [len(row.cells) for row in rows if len(row.cells) >= 2]
    wider = Counter(width for width in widths if width > column_map.width)
    if not wider:
        return column_map
    # The rows that show every heading level are few (one per heading): a fifth is
    # enough, and the widest such width is the table's.
    count = sum(wider.values())
    if count >= 2 and count * 5 >= len(widths):
        return widen_task_column(column_map, max(wider))
    return column_map


def read_rows(
    lines: list[str],
    raw_lines: list[str],
    header_at: int,
    separator: str,
    header_map: ColumnMap,
    year: int | None,
    name: str,
) -> PlanDraft:
    body: list[_Line] = []
    index = header_at + 1
    header_cells = split_cells(raw_lines[header_at], separator)
    column_map = header_map
    below = _next_filled(lines, index)
    if below is not None:
        sub_header = _with_sub_header(header_cells, split_cells(raw_lines[below], separator))
        if sub_header is not None:  # 责任单位 over 牵头单位 | 配合单位 on the next line
            column_map, index = sub_header, below + 1
    while index < len(lines):
        start, raw = index, raw_lines[index]
        index += 1
        if not lines[start].strip() or is_ruled_line(lines[start]):
            continue
        if separator == TAB and quoted_cell_open(raw):
            while quoted_cell_open(raw) and index < len(lines) and index - start < _QUOTED_LINES:
                raw += "\n" + raw_lines[index]
                index += 1
            cells = split_quoted_tab_row(raw)
        elif separator == TAB and '\t"' in "\t" + raw:
            cells = split_quoted_tab_row(raw)
        else:
            cells = split_cells(raw, separator)
        if _is_header_line(cells, header_map):
            continue  # the header again, at the top of a new page
        text = " ".join(line.strip() for line in lines[start:index])
        starts = cell_starts(raw) if separator == WIDE_SPACE else []
        body.append(_Line(start + 1, text, cells, starts))
    last_row = max((i for i, line in enumerate(body) if len(line.cells) >= 2), default=-1)
    trailer, body = body[last_row + 1 :], body[: last_row + 1]
    metadata = extract_metadata(lines[:header_at], [line.text for line in trailer], year)
    draft_year, warnings = resolve_year(metadata)
    builder = OutlineBuilder(draft_year, metadata.issued_on, inherit_empty_units=True)
    for number, before in enumerate(lines[:header_at], start=1):
        where = message("where.line", line=number)
        builder.skip(before, message("skip.text_before_table"), where)
    _RowReader(builder, _table_width(body, column_map), separator).read(body)
    for after in trailer:
        where = message("where.line", line=after.number)
        builder.skip(after.text, message("skip.text_after_table"), where)
    return finish_draft(builder, metadata, draft_year, warnings, name)


def _next_filled(lines: list[str], index: int) -> int | None:
    return next((i for i in range(index, len(lines)) if lines[i].strip()), None)


def _is_header_line(cells: list[str], header_map: ColumnMap) -> bool:
    """The header (or its second row) again, at the top of a new page."""
    if len(cells) >= 2 and is_header_repeat(cells, header_map):
        return True
    named = [cell for cell in cells if cell]
    return len(named) >= 2 and all(header_role(cell) for cell in named)


def _with_sub_header(header: list[str], below: list[str]) -> ColumnMap | None:
    """The header read with its second row: 责任单位 spanning 牵头单位 | 配合单位.

    A browser drops the cells the first row spans down, so the second row holds
    only the sub-labels: they take the place of the label they sit under.
    """
    named = [cell for cell in below if cell]
    if not named or not all(header_role(cell) == "units" for cell in named):
        return None
    if len(below) == len(header):  # every cell kept: the lower label wins
        return recognise_header([low or high for high, low in zip(header, below, strict=True)])
    over = next((i for i, cell in enumerate(header) if header_role(cell) == "units"), None)
    if over is None:
        return None
    rest = header[over + 1 :]
    if rest and not rest[0]:  # the spanning label copied with an empty cell after it
        rest = rest[1:]
    return recognise_header([*header[:over], *named, *rest])


class _RowReader:
    def __init__(self, builder: OutlineBuilder, column_map: ColumnMap, separator: str) -> None:
        self.builder = builder
        self.column_map = column_map
        self.separator = separator
        self.roles = column_roles(column_map)
        self.pending: _Line | None = None  # a row that the next line may still continue
        self.last_deadline = ""
        self.numbered_duties = False

    def read(self, body: list[_Line]) -> None:
        for line in body:
            if len(line.cells) < 2:
                self._single_cell(line)
            elif (targets := self._wrapped_in_place(line)) is not None:
                self._continue_in_place(line, targets)
            elif self.pending is not None and self._wraps_into(line):
                self.pending.cells[-1] += line.cells[0]
                self.pending.cells.extend(line.cells[1:])
                self.pending.starts.extend(line.starts[1:])
            else:
                self._flush()
                self.pending = replace(line, cells=list(line.cells), starts=list(line.starts))
        self._flush()

    # --- lines of one cell -----------------------------------------------------------
    def _single_cell(self, line: _Line) -> None:
        text = line.cells[0] if line.cells else line.text
        where = message("where.line", line=line.number)
        if kind_of(text) is Kind.HEADING and not self._continues_sentence():
            self._flush()
            self.builder.set_heading(0, text, where)  # a heading row spanning the table
        elif (targets := self._wrapped_in_place(line)) is not None:
            self._continue_in_place(line, targets)
        elif self.pending is not None and kind_of(self.pending.cells[-1]) in _WRAPPABLE:
            self.pending.cells[-1] += text  # the cell went on over a line break
        else:
            self.builder.skip(text, message("skip.text_unplaced"), where)

    # --- space runs: the rest of wrapped cells under the cells they continue ----------
    def _wrapped_in_place(self, line: _Line) -> list[int] | None:
        """Which pending cells line continues, one per cell of line, or None.

        A PDF copy split by space runs wraps a long cell inside its column: the next
        line holds the rest of the duty (and maybe of the unit list), each under the
        cell it continues, while the serial and time cells stay on the first line.
        Tab and pipe copies keep a wrapped cell's row together, so there a lone line
        is a section title or a note and is not read this way.
        """
        pending = self.pending
        if self.separator != WIDE_SPACE or pending is None or len(pending.starts) < 2:
            return None
        if len(line.starts) != len(line.cells):
            return None  # a spreadsheet's quoted cell: not laid out by position
        targets = [_nearest(pending.starts, start) for start in line.starts]
        duty = self._duty_index()
        if len(set(targets)) != len(targets) or (targets[0] == 0 and targets != [duty]):
            return None  # cells in the first column: a row of its own
        for target, cell in zip(targets, line.cells, strict=True):
            above = pending.cells[target]
            if target == duty:
                if not continues_sentence(above, cell):
                    return None
            elif kind_of(above) is not Kind.UNITS or kind_of(cell) not in _UNIT_TAIL:
                return None  # only a duty or a unit list wraps; a time limit is short
        return targets

    def _continue_in_place(self, line: _Line, targets: list[int]) -> None:
        assert self.pending is not None
        for target, cell in zip(targets, line.cells, strict=True):
            self.pending.cells[target] += cell

    def _duty_index(self) -> int | None:
        """Index of the pending row's duty among its cells, found as _flush aligns them."""
        pending = self.pending
        if pending is None or len(pending.cells) > self.column_map.width:
            return None
        aligned = align(pending.cells, self.roles)
        column = self.column_map.requirement
        if not aligned.present[column]:
            return None
        return sum(aligned.present[:column])  # align keeps the cells' order

    def _continues_sentence(self) -> bool:
        last = self.pending.cells[-1] if self.pending is not None else ""
        return bool(last) and kind_of(last) in (Kind.TEXT, Kind.DUTY) and last[-1] in "，、："

    def _wraps_into(self, line: _Line) -> bool:
        """True when line is the rest of the pending row, whose last cell wrapped."""
        pending = self.pending
        assert pending is not None
        last, first = pending.cells[-1], line.cells[0]
        if not last or kind_of(last) not in (Kind.TEXT, Kind.DUTY) or last.endswith(_SENTENCE_END):
            return False
        if kind_of(first) is not Kind.TEXT:
            return False
        if self.column_map.number == 0:  # rows start with their serial; this one does not
            return kind_of(pending.cells[0]) is Kind.SERIAL
        return len(pending.cells) + len(line.cells) - 1 <= self.column_map.width

    # --- a whole row -----------------------------------------------------------------
    def _flush(self) -> None:
        line, self.pending = self.pending, None
        if line is None:
            return
        cells = line.cells
        where = message("where.line", line=line.number)
        warnings = []
        surplus = len(cells) - self.column_map.width
        if surplus > 0:  # more cells than columns: the surplus is joined to the duty's text
            at = self.column_map.requirement
            cells = [*cells[:at], "".join(cells[at : at + surplus + 1]), *cells[at + surplus + 1 :]]
            warnings.append(message("warn.text_extra_cells", where=where, count=surplus))
        aligned = align(cells, self.roles)
        deadline_column = self.column_map.deadline
        if (
            deadline_column is not None
            and not aligned.present[deadline_column]
            and not _is_section_number(aligned.cells, self.column_map)
        ):
            aligned.cells[deadline_column] = self.last_deadline  # merged with the row above
        row = row_of(aligned.cells, self.column_map, where)
        if self.numbered_duties and _continues(self.builder, row):
            self.builder.continue_row(row.headings, row.requirement, row.units)
            return
        if row.requirement:
            self.numbered_duties = parse_numbering(row.requirement)[0] is not None
            self.last_deadline = row.deadline
        for column, _header in self.column_map.units:
            aligned.cells[column] = without_repeats(aligned.cells[column])
        before = len(self.builder.requirements)
        feed_row(self.builder, aligned.cells, self.column_map, lambda: where)
        added = self.builder.requirements[before:]
        for cell, column in aligned.shifted:
            header = self.column_map.header_keys[column]
            warnings.append(message("warn.text_shifted", where=where, text=cell, column=header))
        for task in added:
            task.warnings.extend(warnings)
        if not added and not any(row.headings) and row.requirement == "":
            self.builder.skip(line.text, message("skip.text_unplaced"), where)


def _nearest(starts: list[int], start: int) -> int:
    """Index of the cell beginning closest to start: the column a piece of text sits in."""
    return min(range(len(starts)), key=lambda index: abs(starts[index] - start))


def _is_section_number(cells: list[str], column_map: ColumnMap) -> bool:
    """A 序号 of 一 / （二）: the row is a section heading, with no time limit of its own."""
    if column_map.number is None:
        return False
    number = cells[column_map.number].strip("（）()、")
    return bool(number) and not number.isdigit()


def _continues(builder: OutlineBuilder, row: PlanRow) -> bool:
    """True for the tail of a row a page break cut: nothing in it starts a new item."""
    if not builder.requirements or parse_numbering(row.requirement)[0] is not None:
        return False
    for slot, cell in enumerate(row.headings, start=1):
        if not cell:
            continue
        heading = builder.open_heading(slot)
        if heading is None or not heading.number or parse_numbering(cell)[0] is not None:
            return False
    return bool(row.requirement or any(row.headings) or row.units)
