"""A plan table flattened to one cell per line (copied from a PDF or a web page).

The header's labels come each on its own line ('工作任务' / '具体要求' / '责任单位'),
then the cells of every row, one per line; a merged cell appears only on the first
row of its span and empty cells vanish. Two readers:

- numbered duties ('1.' '①'; jiangmen-hrss-2021.txt, dongguan-2021.txt): each
  numbered line starts a row and the lines after it fill the row's remaining cells
  by what they look like (_read_numbered);
- no numbering at all: rows are told apart by what closes them — the unit and time
  cells after the text, a serial number, a sentence ending in 。 followed by more
  text — (_UnnumberedReader). Text before a row's duty is its task (heading) cell,
  unless it stops mid-sentence: then the duty wrapped onto the next line.

A signature and date after the table give the plan's issue date.

Every line that fits nowhere is listed as skipped.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from govledger.domain.draft import PlanDraft
from govledger.domain.outline import Style, parse_numbering
from govledger.importers.columns import ColumnMap, header_role, recognise_header
from govledger.importers.metadata import extract_metadata
from govledger.importers.outline_builder import OutlineBuilder, PlanRow
from govledger.importers.plan_assembly import finish_draft, resolve_year
from govledger.importers.table_feed import header_says_first_leads
from govledger.importers.text_cells import Kind, continues_sentence, kind_of, without_repeats
from govledger.messages import message

_DUTY_STYLES = (Style.ARABIC, Style.ARABIC_PAREN, Style.CIRCLED)
_HEADING_SLOTS = {Style.CHAPTER: -1, Style.CN_COMMA: 0, Style.CN_PAREN: 1}
_SENTENCE_END = tuple("。；;！？!?")
_WRAPPED = tuple("，,、：:（(“")  # a line ending like this goes on in the next one
_CLAUSE_BREAK = re.compile(r"[，,；;：:]")  # inside a sentence; a task title has none


@dataclass
class Stream:
    header_at: int  # line index of the header's first cell
    body_from: int  # line index after the header
    column_map: ColumnMap
    header_names: set[str] = field(default_factory=set)


def _token(line: str) -> str:
    return line.strip().strip("|｜").strip()


def find_cell_stream(lines: list[str]) -> Stream | None:
    """A header written one cell per line: '工作任务' / '具体要求' / '责任单位'."""
    for start, line in enumerate(lines):
        first = _token(line)
        if not first or header_role(first) is None:
            continue
        names: list[str] = []
        index = start
        while index < len(lines):
            token = _token(lines[index])
            if token:
                if header_role(token) is None:
                    break
                names.append(token)
            index += 1
        column_map = recognise_header(names) if len(names) >= 2 else None
        if column_map is not None:
            return Stream(start, index, column_map, set(names))
    return None


def read_cell_stream(lines: list[str], stream: Stream, year: int | None, name: str) -> PlanDraft:
    tokens = [
        (index + 1, token)
        for index in range(stream.body_from, len(lines))
        if (token := _token(lines[index])) and token not in stream.header_names
    ]
    trailer = _trailer(stream.column_map, tokens)
    body = tokens[: len(tokens) - len(trailer)]
    after = [token for _line, token in trailer]
    metadata = extract_metadata(lines[: stream.header_at], after, year)
    draft_year, warnings = resolve_year(metadata)
    builder = OutlineBuilder(draft_year, metadata.issued_on, inherit_empty_units=True)
    builder.first_named_leads = header_says_first_leads(stream.column_map)  # 排名第一的为牵头单位
    for number, line in enumerate(lines[: stream.header_at], start=1):
        builder.skip(line, message("skip.text_before_table"), message("where.line", line=number))
    _read_tokens(builder, stream.column_map, body)
    for number, token in trailer:
        builder.skip(token, message("skip.text_after_table"), message("where.line", line=number))
    return finish_draft(builder, metadata, draft_year, warnings, name)


def _read_tokens(
    builder: OutlineBuilder, column_map: ColumnMap, tokens: list[tuple[int, str]]
) -> None:
    if any(kind_of(token) is Kind.DUTY for _line, token in tokens):
        _read_numbered(builder, column_map, tokens)
    else:
        _UnnumberedReader(builder, column_map).read(tokens)


def _trailer(column_map: ColumnMap, tokens: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """The lines after the table that no row takes: a signature and its date.

    The issue date they give is needed before the rows are read (印发后30日内 and
    recurring limits count from it), yet only reading the rows tells where the
    table ends: a trial read finds the run of tokens at the end that it skips.
    """
    trial = OutlineBuilder(2000)  # placement does not depend on the year or dates
    _read_tokens(trial, column_map, tokens)
    unplaced = Counter(skipped.source for skipped in trial.skipped)
    count = 0
    for _line, token in reversed(tokens):
        if unplaced[token] <= 0:
            break
        unplaced[token] -= 1
        count += 1
    return tokens[len(tokens) - count :]


def _trailing_roles(column_map: ColumnMap) -> list[str]:
    """The cells that follow the duty in a row, in header order: units, deadline, …"""
    unit_columns = {column for column, _header in column_map.units}
    return [
        "units" if column in unit_columns else "deadline"
        for column in range(column_map.requirement + 1, column_map.width)
        if column == column_map.deadline or column in unit_columns
    ]


# --- numbered duties -------------------------------------------------------------------
@dataclass
class _PendingRow:
    requirement: str
    line: int
    headings: list[str]
    number: str = ""
    after: dict[str, str] = field(default_factory=dict)


def _read_numbered(
    builder: OutlineBuilder, column_map: ColumnMap, tokens: list[tuple[int, str]]
) -> None:
    after = _trailing_roles(column_map)
    headings = [""] * max(1, len(column_map.headings))
    current: _PendingRow | None = None
    number = ""

    def flush() -> None:
        nonlocal current
        if current is not None:
            builder.add_row(
                PlanRow(
                    requirement=current.requirement,
                    headings=current.headings[: len(column_map.headings)],
                    units=without_repeats(current.after.get("units", "")),
                    deadline=current.after.get("deadline", ""),
                    number=current.number,
                    source=message("where.line", line=current.line),
                )
            )
        current = None

    def hold_heading(slot: int, token: str, line: int) -> None:
        """Keep token for the next duty's row; one it replaces never reached a duty."""
        replaced = headings[slot]
        if replaced and replaced != token:
            builder.skip(replaced, message("skip.text_unplaced"), message("where.line", line=line))
        headings[slot] = token

    for line, token in tokens:
        numbering, _rest = parse_numbering(token)
        if numbering is not None and numbering.style in _DUTY_STYLES:
            flush()
            current = _PendingRow(token, line, headings, number)
            headings, number = [""] * len(headings), ""
        elif numbering is not None and numbering.style in _HEADING_SLOTS:
            flush()
            slot = min(max(_HEADING_SLOTS[numbering.style], 0), len(headings) - 1)
            hold_heading(slot, token, line)
        elif token.isdigit() and column_map.number is not None:
            flush()
            number = token
        elif current is not None and _fills_next(current, after, token):
            continue
        elif current is not None and not column_map.headings and not current.after:
            current.requirement += token  # no heading column: the duty's text wrapped
        else:  # an unnumbered heading (dongguan: "做好财政信息公开")
            flush()
            slot = next((i for i, cell in enumerate(headings) if not cell), len(headings) - 1)
            hold_heading(slot, token, line)
    flush()
    last_line = tokens[-1][0] if tokens else 0
    for text in filter(None, headings):  # after the last duty: a signature, a note
        builder.skip(text, message("skip.text_after_table"), message("where.line", line=last_line))


def _fills_next(row: _PendingRow, after: list[str], token: str) -> bool:
    """Place token in the next cell of row if it reads as that cell's content."""
    kind = kind_of(token)
    for role in after:
        if role in row.after:
            continue
        if (role, kind) in (("units", Kind.UNITS), ("deadline", Kind.DEADLINE)):
            row.after[role] = token
            return True
    return False


# --- no numbering ----------------------------------------------------------------------
@dataclass
class _Row:
    first_line: int = 0
    number: str = ""
    texts: list[str] = field(default_factory=list)  # task (heading) cells, then the duty
    units: list[str] = field(default_factory=list)
    deadline: str = ""

    @property
    def closing(self) -> bool:
        """The row's cells after the duty have begun: the next text is a new row."""
        return bool(self.units or self.deadline)


class _UnnumberedReader:
    def __init__(self, builder: OutlineBuilder, column_map: ColumnMap) -> None:
        self.builder = builder
        self.column_map = column_map
        self.unit_columns = len(column_map.units)
        self.has_deadline = column_map.deadline is not None
        self.row = _Row()
        self.last_deadline = ""

    def read(self, tokens: list[tuple[int, str]]) -> None:
        for line, token in tokens:
            self._place(line, token)
        self._flush()

    def _place(self, line: int, token: str) -> None:
        row, kind = self.row, kind_of(token)
        if kind is Kind.SERIAL and self.column_map.number is not None:
            self._flush()
            self.row.number = token.rstrip(".．")
        elif kind is Kind.UNITS and row.texts and len(row.units) < self.unit_columns:
            if not row.deadline:
                row.units.append(token)
                return
            self._skip(line, token)
        elif kind is Kind.DEADLINE and row.texts and self.has_deadline and not row.deadline:
            row.deadline = token
        elif kind in (Kind.UNITS, Kind.DEADLINE):
            self._skip(line, token)
        elif kind is Kind.HEADING:
            if row.texts and (row.closing or len(row.texts) > self._heading_slots()):
                self._flush()
            self.row.texts.append(token)
            self.row.first_line = self.row.first_line or line
        else:
            if row.closing or (row.texts and self._ends_duty(row.texts[-1])):
                self._flush()
            elif row.texts and self._wraps(row.texts[-1], token):
                row.texts[-1] += token
                return
            self.row.texts.append(token)
            self.row.first_line = self.row.first_line or line

    def _wraps(self, previous: str, token: str) -> bool:
        """True when token is the rest of previous, cut by a line break mid-sentence.

        A line ending in ，、： always goes on. Otherwise previous may be the row's
        task cell (工作任务) above its duty: a task is a short phrase, so previous is
        taken for a wrapped duty only when it holds a clause break (，；：) or the
        row's task cells are all there already.
        """
        if previous.endswith(_WRAPPED):
            return True
        if not continues_sentence(previous, token):
            return False
        return len(self.row.texts) > self._heading_slots() or bool(_CLAUSE_BREAK.search(previous))

    def _heading_slots(self) -> int:
        return len(self.column_map.headings)

    def _ends_duty(self, text: str) -> bool:
        return text.endswith(_SENTENCE_END) and kind_of(text) is not Kind.HEADING

    def _skip(self, line: int, token: str) -> None:
        self.builder.skip(token, message("skip.text_unplaced"), message("where.line", line=line))

    def _flush(self) -> None:
        row, self.row = self.row, _Row()
        if not row.texts:
            return
        where = message("where.line", line=row.first_line)
        if row.number and not row.number.isdigit() and not row.closing:
            self._section(row.number, "".join(row.texts), where)  # 序号 一: a section row
            return
        texts = list(row.texts)
        last_is_heading = kind_of(texts[-1]) is Kind.HEADING
        duty = texts.pop() if row.closing or not last_is_heading else ""
        headings = self._heading_slots_of(texts)
        if not duty:
            for slot in sorted(headings):
                self.builder.set_heading(slot, headings[slot], where)
            return
        cells = [headings.get(slot, "") for slot in range(1, self._heading_slots() + 1)]
        if 0 in headings:
            self.builder.set_heading(0, headings[0], where)
        deadline = row.deadline or (self.last_deadline if self.has_deadline else "")
        self.last_deadline = deadline
        if len(row.units) > 1:  # 牵头单位 | 配合单位
            pairs = zip(self.column_map.units, row.units, strict=False)
            units = "；".join(f"{header}：{text}" for (_column, header), text in pairs)
        else:
            units = row.units[0] if row.units else ""
        self.builder.add_row(
            PlanRow(duty, cells, without_repeats(units), deadline, row.number, where)
        )

    def _section(self, number: str, title: str, where: str) -> None:
        if parse_numbering(title)[0] is None:
            bare = number.strip("（）()、")
            title = f"（{bare}）{title}" if number.startswith(("（", "(")) else f"{bare}、{title}"
        self.builder.set_heading(0, title, where)

    def _heading_slots_of(self, texts: list[str]) -> dict[int, str]:
        """Builder slot → heading text: 0 above the table, 1… one per task column.

        A numbered heading goes to its level's column (一、 the first, （一） the
        second); with fewer task columns than levels the outer one goes above the
        table. Unnumbered task cells fill the columns left to right.
        """
        slots = self._heading_slots()
        placed: dict[int, str] = {}
        for text in texts:
            numbering, _rest = parse_numbering(text)
            if numbering is not None and numbering.style in _HEADING_SLOTS:
                slot = min(_HEADING_SLOTS[numbering.style] + 1, slots)
            else:
                slot = next((s for s in range(1, slots + 1) if s not in placed), slots)
            if slot in placed and slot > 0 and slot - 1 not in placed:
                placed[slot - 1] = placed.pop(slot)
            placed[max(slot, 0)] = text if slot not in placed else placed[slot] + text
        return placed
