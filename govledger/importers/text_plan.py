"""Plans as text: pasted, or extracted from PDFs and web pages.

Three shapes are met:

- one table row per line, cells separated by tabs or pipes; rows cut by a page
  break come back as a second line whose cells continue the first
  (jiangmen-jgzx-2022.txt);
- one cell per line ("\\t工作任务", "工作任务 |"), merged cells as empty lines, the
  header repeated on every page (jiangmen-hrss-2021.txt, dongguan-2021.txt): each
  cell is placed by what it looks like — numbered duty, numbered heading,
  responsibility text;
- prose, read like a prose .docx.

Stray spaces between Chinese characters, HTML fragments and ``[bookmark: …]``
markers are removed first.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field

from govledger.domain.deadline_parser import parse
from govledger.domain.draft import PlanDraft
from govledger.domain.outline import Style, parse_numbering
from govledger.domain.unit_parser import looks_like_units
from govledger.importers.columns import ColumnMap, header_role, is_header_repeat, recognise_header
from govledger.importers.metadata import extract_metadata
from govledger.importers.outline_builder import (
    OutlineBuilder,
    PlanRow,
    feed_row,
    header_says_first_leads,
    row_of,
)
from govledger.importers.plan_assembly import finish_draft, resolve_year
from govledger.importers.prose_plan import body_start, build_prose
from govledger.importers.text_cleanup import despace, strip_markup
from govledger.messages import message

_DUTY_STYLES = (Style.ARABIC, Style.ARABIC_PAREN, Style.CIRCLED)
_HEADING_SLOTS = {Style.CHAPTER: -1, Style.CN_COMMA: 0, Style.CN_PAREN: 1}
_PARAGRAPH_END = tuple("。；;：:！？!?）)")


def _cells(line: str) -> list[str]:
    separator = "\t" if "\t" in line else "|"
    cells = [cell.strip() for cell in line.split(separator)]
    if separator == "|" and cells and not cells[-1]:
        cells.pop()  # "a | b |": the last pipe closes the row
    return cells


def _without_repeats(units: str) -> str:
    """'司法局、司法局、人社局' -> '司法局、人社局': extraction sometimes doubles a name."""
    kept: list[str] = []
    for part in units.split("、"):
        if not kept or part != kept[-1]:
            kept.append(part)
    return "、".join(kept)


def parse_text(text: str, year: int | None, source_name: str) -> PlanDraft:
    lines = [despace(strip_markup(line)).rstrip() for line in text.splitlines()]
    for index, line in enumerate(lines):
        if "\t" in line or "|" in line:
            header = recognise_header(_cells(line))
            if header is not None:
                return _rows_per_line(lines, index, header, year, source_name)
    stream = _cell_stream(lines)
    if stream is not None:
        return _from_cell_stream(lines, stream, year, source_name)
    return _from_prose(lines, year, source_name)


# --- one row per line ------------------------------------------------------------------
def _rows_per_line(
    lines: list[str], header_at: int, column_map: ColumnMap, year: int | None, name: str
) -> PlanDraft:
    rows: list[tuple[int, list[str]]] = []
    trailer: list[str] = []
    for number, line in enumerate(lines[header_at + 1 :], start=header_at + 2):
        cells = _cells(line) if ("\t" in line or "|" in line) else []
        if cells and all(not cell.strip("-:=+ ") for cell in cells):
            continue  # a ruled line: |---|---| or +----+
        if len(cells) >= 2:
            rows.append((number, cells))
        elif line.strip():
            trailer.append(line.strip())
    metadata = extract_metadata(lines[:header_at], trailer, year)
    draft_year, warnings = resolve_year(metadata)
    builder = OutlineBuilder(draft_year, metadata.issued_on, inherit_empty_units=True)
    numbered_duties = False
    for number, raw in rows:
        cells = raw + [""] * (column_map.width - len(raw))
        if is_header_repeat(cells, column_map):
            continue
        row = row_of(cells, column_map)
        if numbered_duties and _continues(builder, row):
            builder.continue_row(row.headings, row.requirement, _without_repeats(row.units))
            continue
        if row.requirement:
            numbered_duties = parse_numbering(row.requirement)[0] is not None
        for column, _header in column_map.units:
            cells[column] = _without_repeats(cells[column])
        feed_row(builder, cells, column_map, functools.partial(message, "where.line", line=number))
    return finish_draft(builder, metadata, draft_year, warnings, name)


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


# --- one cell per line -----------------------------------------------------------------
@dataclass
class _Stream:
    header_at: int  # line index of the header's first cell
    body_from: int  # line index after the header
    column_map: ColumnMap
    header_names: set[str] = field(default_factory=set)


def _token(line: str) -> str:
    return line.strip().strip("|").strip()


def _cell_stream(lines: list[str]) -> _Stream | None:
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
            return _Stream(start, index, column_map, set(names))
    return None


@dataclass
class _PendingRow:
    requirement: str
    line: int
    headings: list[str]
    number: str = ""
    after: dict[str, str] = field(default_factory=dict)


def _from_cell_stream(lines: list[str], stream: _Stream, year: int | None, name: str) -> PlanDraft:
    column_map = stream.column_map
    metadata = extract_metadata(lines[: stream.header_at], [], year)
    draft_year, warnings = resolve_year(metadata)
    builder = OutlineBuilder(draft_year, metadata.issued_on, inherit_empty_units=True)
    builder.first_named_leads = header_says_first_leads(column_map)
    # The cells that follow the duty in a row, in header order: units, deadline, …
    after = [
        "units" if any(column == c for c, _h in column_map.units) else "deadline"
        for column in range(column_map.requirement + 1, column_map.width)
        if column == column_map.deadline or any(column == c for c, _h in column_map.units)
    ]
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
                    units=_without_repeats(current.after.get("units", "")),
                    deadline=current.after.get("deadline", ""),
                    number=current.number,
                    source=message("where.line", line=current.line),
                )
            )
        current = None

    for index in range(stream.body_from, len(lines)):
        token = _token(lines[index])
        if not token or token in stream.header_names:
            continue
        numbering, _rest = parse_numbering(token)
        if numbering is not None and numbering.style in _DUTY_STYLES:
            flush()
            current = _PendingRow(token, index + 1, headings, number)
            headings, number = [""] * len(headings), ""
        elif numbering is not None and numbering.style in _HEADING_SLOTS:
            flush()
            slot = min(max(_HEADING_SLOTS[numbering.style], 0), len(headings) - 1)
            headings[slot] = token
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
            headings[slot] = token
    flush()
    return finish_draft(builder, metadata, draft_year, warnings, name)


def _fills_next(row: _PendingRow, after: list[str], token: str) -> bool:
    """Place token in the next cell of row if it reads as that cell's content."""
    for role in after:
        if role in row.after:
            continue
        if role == "units" and looks_like_units(token):
            row.after[role] = token
            return True
        if role == "deadline" and parse(token, 2000).understood:
            row.after[role] = token
            return True
    return False


# --- prose -----------------------------------------------------------------------------
def _paragraphs(lines: list[str]) -> list[tuple[str, int]]:
    """Lines rejoined into paragraphs where extraction wrapped them mid-sentence."""
    paragraphs: list[tuple[str, int]] = []
    for number, line in enumerate(lines, start=1):
        text = line.strip()
        if not text:
            continue
        if (
            paragraphs
            and parse_numbering(text)[0] is None
            and not paragraphs[-1][0].endswith(_PARAGRAPH_END)
            and parse_numbering(paragraphs[-1][0])[0] is not None
        ):
            paragraphs[-1] = (paragraphs[-1][0] + text, paragraphs[-1][1])
        else:
            paragraphs.append((text, number))
    return paragraphs


def _from_prose(lines: list[str], year: int | None, name: str) -> PlanDraft:
    paragraphs = _paragraphs(lines)
    texts = [text for text, _line in paragraphs]
    start = body_start(texts)
    metadata = extract_metadata(texts[:start] if start is not None else texts, (), year)
    draft_year, warnings = resolve_year(metadata)
    builder = OutlineBuilder(draft_year, metadata.issued_on)
    if start is not None:
        build_prose(
            builder,
            [(text, message("where.line", line=line)) for text, line in paragraphs[start:]],
        )
    return finish_draft(builder, metadata, draft_year, warnings, name)
