"""Word (.docx) plans: task tables, or prose with responsibility parentheses.

The document body is walked once, straight over the XML (python-docx's cell
objects are slow and hide how cells are merged): paragraphs before the first plan
table are the covering notice, tables with a recognisable header are the plan, a
header-less table right after one continues it. Merges are resolved here:
a ``vMerge`` continuation cell (empty in the XML) shows the text of the cell that
started the merge, a ``gridSpan`` cell shows its text in every column it covers.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import docx
from docx.oxml.ns import qn
from lxml import etree

from govledger.domain.draft import PlanDraft
from govledger.importers.cancellation import checkpoint
from govledger.importers.columns import ColumnMap, find_header, header_role
from govledger.importers.docx_numbering import ListNumbering
from govledger.importers.errors import PlanImportError
from govledger.importers.metadata import extract_metadata
from govledger.importers.outline_builder import OutlineBuilder
from govledger.importers.plan_assembly import finish_draft, resolve_year
from govledger.importers.prose_plan import body_start, prose_draft
from govledger.importers.table_feed import feed_table
from govledger.messages import message

_P, _TBL, _TR, _TC, _SDT = qn("w:p"), qn("w:tbl"), qn("w:tr"), qn("w:tc"), qn("w:sdt")
_T, _TAB, _BR, _CR = qn("w:t"), qn("w:tab"), qn("w:br"), qn("w:cr")
_SDT_CONTENT, _TC_PR, _TR_PR = qn("w:sdtContent"), qn("w:tcPr"), qn("w:trPr")
_V_MERGE, _GRID_SPAN, _GRID_BEFORE, _VAL = (
    qn("w:vMerge"),
    qn("w:gridSpan"),
    qn("w:gridBefore"),
    qn("w:val"),
)


def _unwrap(parent: etree._Element, wanted: tuple[str, ...]) -> Iterator[etree._Element]:
    """Children with a wanted tag, looking through content controls (w:sdt)."""
    for child in parent.iterchildren():
        checkpoint()
        if child.tag in wanted:
            yield child
        elif child.tag == _SDT:
            content = child.find(_SDT_CONTENT)
            if content is not None:
                yield from _unwrap(content, wanted)


def paragraph_text(paragraph: etree._Element, numbering: ListNumbering | None = None) -> str:
    """The paragraph as shown, with Word's automatic number in front of it."""
    parts: list[str] = [numbering.prefix(paragraph)] if numbering is not None else []
    for node in paragraph.iter(_T, _TAB, _BR, _CR):
        if node.tag == _T:
            parts.append(node.text or "")
        elif node.tag == _TAB:
            parts.append("\t")
        else:
            parts.append("\n")
    return "".join(parts)


def cell_text(cell: etree._Element, numbering: ListNumbering | None = None) -> str:
    lines = (paragraph_text(p, numbering).strip() for p in cell.iter(_P))
    return "\n".join(line for line in lines if line)


def _int_attribute(parent: etree._Element | None, tag: str, default: int) -> int:
    node = parent.find(tag) if parent is not None else None
    value = node.get(_VAL) if node is not None else None
    return int(value) if value and value.isdigit() else default


def table_rows(table: etree._Element, numbering: ListNumbering | None = None) -> list[list[str]]:
    """The table as a text grid, merged cells resolved."""
    rows: list[list[str]] = []
    merged_above: dict[int, str] = {}  # grid column -> text of the vertical merge it is in
    for row in _unwrap(table, (_TR,)):
        checkpoint()  # a caller that stopped waiting stops the read
        column = _int_attribute(row.find(_TR_PR), _GRID_BEFORE, 0)
        cells = [""] * column
        for cell in _unwrap(row, (_TC,)):
            properties = cell.find(_TC_PR)
            span = max(1, _int_attribute(properties, _GRID_SPAN, 1))
            merge = properties.find(_V_MERGE) if properties is not None else None
            if merge is not None and merge.get(_VAL, "continue") != "restart":
                text = merged_above.get(column, "")
            else:
                text = cell_text(cell, numbering)
            for offset in range(span):
                if merge is not None:
                    merged_above[column + offset] = text
                else:
                    merged_above.pop(column + offset, None)
            cells.extend([text] * span)
            column += span
        rows.append(cells)
    return rows


def _row_texts(rows: list[list[str]]) -> list[str]:
    """Each row's distinct cell texts, as the lines a reader sees (header rows left out)."""
    return [
        " ".join(dict.fromkeys(cell for cell in row if cell))
        for row in rows
        if not any(header_role(cell) for cell in row if cell)
    ]


def load_docx(path: Path, year: int | None = None) -> PlanDraft:
    document = docx.Document(str(path))
    body = document.element.body
    numbering = ListNumbering.of(document)
    paragraphs: list[str] = []  # every paragraph outside plan tables, in order
    tables: list[tuple[int, int, list[list[str]], ColumnMap]] = []
    # (table number in the document, row number of the first data row, rows, columns)
    first_table_at: int | None = None
    previous: ColumnMap | None = None
    table_number = 0
    for element in _unwrap(body, (_P, _TBL)):
        if element.tag == _P:
            paragraphs.append(paragraph_text(element, numbering).strip())
            if paragraphs[-1]:
                previous = None  # text between two tables: the second is no continuation
            continue
        table_number += 1
        rows = table_rows(element, numbering)
        header = find_header(rows)
        if header is not None:
            index, column_map = header
            paragraphs.extend(_row_texts(rows[:index]))  # a title row above the header
            tables.append((table_number, index + 2, rows[index + 1 :], column_map))
            previous = column_map
        elif previous is not None and rows and len(rows[0]) == previous.width:
            tables.append((table_number, 1, rows, previous))  # a table split across pages
        else:
            if first_table_at is None:  # a red-head layout table: 发文机关, 文号
                paragraphs.extend(_row_texts(rows))
            continue
        if first_table_at is None:
            first_table_at = len(paragraphs)
    if tables:
        try:
            return _from_tables(path.name, paragraphs, first_table_at or 0, tables, year)
        except PlanImportError as exc:
            if exc.key != "import.no_plan":
                raise  # an empty task table: the plan may still be written as prose
    return _from_prose(path.name, [text for text in paragraphs if text], year)


def _from_tables(
    name: str,
    paragraphs: list[str],
    first_table_at: int,
    tables: list[tuple[int, int, list[list[str]], ColumnMap]],
    year: int | None,
) -> PlanDraft:
    metadata = extract_metadata(paragraphs[:first_table_at], paragraphs[first_table_at:], year)
    draft_year, warnings = resolve_year(metadata)
    builder = OutlineBuilder(draft_year, metadata.issued_on)
    for table_number, first_row, rows, column_map in tables:

        def where(index: int, table: int = table_number, first: int = first_row) -> str:
            return message("where.table_row", table=table, row=index + first)

        feed_table(builder, rows, column_map, where, message("where.table", table=table_number))
    for index, text in enumerate(paragraphs[first_table_at:], start=first_table_at):
        if text and not _is_signature_line(text):
            builder.skip(
                text, message("skip.after_table"), message("where.paragraph", index=index + 1)
            )
    return finish_draft(builder, metadata, draft_year, warnings, name)


# Lines after the table up to this long are the signature block (issuing office, date,
# 抄送/印发 lines are longer but name no duty either); longer ones are listed as skipped.
SIGNATURE_LINE_MAX = 30
_SIGNATURE = re.compile(r"\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|印发|抄送|抄报|联系人|联系电话")
_SENTENCE = re.compile(r"[，。；！？,;]")


def _is_signature_line(text: str) -> bool:
    """落款 or date: a short line that is no sentence (各科室要高度重视，… is one)."""
    if _SIGNATURE.search(text):
        return True
    return len(text) <= SIGNATURE_LINE_MAX and not _SENTENCE.search(text)


def _from_prose(name: str, texts: list[str], year: int | None) -> PlanDraft:
    start = body_start(texts)
    metadata = extract_metadata(texts[:start] if start is not None else texts, (), year)
    return prose_draft(name, texts, start, metadata)
