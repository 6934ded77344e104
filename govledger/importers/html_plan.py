"""Web-page plans: saved .html/.htm/.mht pages and HTML pasted from the clipboard.

A published plan page holds the site's frame, a heading, a "发布时间：… 来源：…"
line, perhaps a covering notice, the plan table (rowspan/colspan merges, <p> and
<br> inside cells) and a signature block. html_page.read_page turns the page into
lines and table grids, chrome dropped; here they are read as the .docx reader reads
a Word body: lines before the first plan table are the covering notice, tables
with a recognisable header are the plan, a header-less table of the same width
right after one continues it; a page with no plan table is read as prose.

Year, office and issue date come first from the notice (metadata.extract_metadata),
then from the signature block after the table, then from the page's labelled
fields (发布时间/成文日期, 来源/发布机构, 文号).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from govledger.domain.draft import PlanDraft
from govledger.importers.columns import ColumnMap, find_header, header_role
from govledger.importers.errors import PlanImportError
from govledger.importers.html_page import Line, Page, Table, decode_html, html_from_mht, read_page
from govledger.importers.metadata import (
    PlanMetadata,
    extract_metadata,
    find_issue_date,
    find_organization,
    find_year,
)
from govledger.importers.outline_builder import OutlineBuilder
from govledger.importers.plan_assembly import finish_draft, resolve_year
from govledger.importers.prose_plan import body_start, prose_draft
from govledger.importers.table_feed import feed_table
from govledger.messages import message

# "发布时间：2023-03-15 10:20  来源：XX市人民政府办公室  字号：大 中 小"; the value
# runs to a space or the next label (some sites write none between them).
_LABELS = r"成文日期|发文日期|印发日期|发布时间|发布日期|信息来源|来源|发布机构|发文机关|文号"
_LABELLED = re.compile(rf"(?P<label>{_LABELS})\s*[:：]\s*(?P<value>(?:(?!{_LABELS})\S)+)")
_ISSUE_LABELS = ("成文日期", "发文日期", "印发日期")
_OFFICE_LABELS = ("发布机构", "发文机关", "来源", "信息来源")
_DATE = re.compile(r"^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})")
_OFFICE = re.compile(
    r"^[\u4e00-\u9fff（）()]{2,40}?(?:办公室|办公厅|人民政府|政府|委员会|局|厅|委|办|中心|处|院|署|站|所)$"
)
_DOC_NUMBER = re.compile(r"^[\u4e00-\u9fff]{1,12}[〔\[［【(（]\d{4}[〕\]］】)）]第?\d{1,5}号$")
# Labels that follow on the same line when a site writes no space before them.
_NEXT_LABEL = re.compile(r"(?:浏览|点击|访问|阅读|字号|作者|分享|打印|【|\[)")
# "…分工方案_政府信息公开_XX市人民政府" / "… - XX区人民政府网": the site's name follows.
_TITLE_SEPARATORS = ("_", " - ", "--", "－", "|", "｜", "——")


@dataclass
class PageFields:
    """What the page's labelled fields say about the document."""

    issued_on: date | None = None  # 成文日期
    published_on: date | None = None  # 发布时间 / 发布日期
    office: str = ""
    document_number: str = ""


def load_html(path: Path, year: int | None = None, kind: str = "html") -> PlanDraft:
    """A saved page: kind is 'html' or 'mht' (as safety.sniff decided)."""
    data = path.read_bytes()
    if b"\x00" in data[:8192] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise PlanImportError("import.binary", name=path.name)
    text = html_from_mht(data, path.name) if kind == "mht" else decode_html(data, name=path.name)
    return parse_html(text, year, path.name)


def parse_html(html: str, year: int | None, name: str) -> PlanDraft:
    page = read_page(html, name)
    lines: list[str] = [_page_title(page.title)] if page.title else []
    raw_lines: list[str] = []  # the lines before the plan, as written, for labelled fields
    tables: list[tuple[int, int, list[list[str]], ColumnMap]] = []
    # (table number on the page, row number of its first data row, rows, columns)
    first_table_at: int | None = None
    previous: ColumnMap | None = None
    table_number = 0
    for block in page.blocks:
        if isinstance(block, Line):
            lines.append(block.text)
            if first_table_at is None:
                raw_lines.append(block.raw)
            previous = None  # text between two tables: the second is no continuation
            continue
        table_number += 1
        header = find_header(block.rows)
        if header is not None:
            index, column_map = header
            lines.extend(_row_texts(block.rows[:index]))  # a title row above the header
            tables.append((table_number, index + 2, block.rows[index + 1 :], column_map))
            previous = column_map
        elif previous is not None and block.rows and len(block.rows[0]) == previous.width:
            tables.append((table_number, 1, block.rows, previous))  # a table split in two
        else:
            if first_table_at is None:  # a 索引号/发布机构/成文日期 box, or a title in a table
                texts = _row_texts(block.rows)
                lines.extend(texts)
                raw_lines.extend(texts)
            continue
        if first_table_at is None:
            first_table_at = len(lines)
    fields = labelled_fields(raw_lines)
    if tables:
        try:
            return _from_tables(name, lines, first_table_at or 0, tables, fields, year)
        except PlanImportError as exc:
            if exc.key != "import.no_plan":
                raise  # an empty task table: the plan may still be written as prose
    return _from_prose(name, [line for line in lines if line], fields, year)


def _page_title(title: str) -> str:
    """The <title> without the site's name after it."""
    for separator in _TITLE_SEPARATORS:
        title = title.split(separator, 1)[0]
    return title.strip()


def _row_texts(rows: list[list[str]]) -> list[str]:
    """Each row's distinct cell texts as one line (header rows left out)."""
    texts = [
        " ".join(dict.fromkeys(cell for cell in row if cell))
        for row in rows
        if not any(header_role(cell) for cell in row if cell)
    ]
    return [text for text in texts if text]


def _as_date(text: str) -> date | None:
    match = _DATE.match(text)
    if not match:
        return None
    try:
        return date(int(match[1]), int(match[2]), int(match[3]))
    except ValueError:
        return None


def labelled_fields(lines: list[str]) -> PageFields:
    """发布时间/成文日期, 来源/发布机构 and 文号 from the page's metadata lines."""
    fields = PageFields()
    for line in lines:
        for match in _LABELLED.finditer(line):
            label, value = match["label"], _NEXT_LABEL.split(match["value"], 1)[0]
            if label in _ISSUE_LABELS:
                fields.issued_on = fields.issued_on or _as_date(value)
            elif label in ("发布时间", "发布日期"):
                fields.published_on = fields.published_on or _as_date(value)
            elif label in _OFFICE_LABELS and _OFFICE.match(value):
                fields.office = fields.office or value
            elif label == "文号" and _DOC_NUMBER.match(value):
                fields.document_number = fields.document_number or value
    return fields


def page_metadata(
    before: list[str], after: list[str], fields: PageFields, year: int | None
) -> PlanMetadata:
    """The notice's metadata, completed from the signature block and the labelled fields."""
    metadata = extract_metadata(before, after, year)
    signature_office = find_organization(after, "")
    if not metadata.organization or metadata.organization_inferred:
        office = signature_office or fields.office
        if office:
            metadata.organization, metadata.organization_inferred = office, False
    metadata.document_number = metadata.document_number or fields.document_number
    if metadata.issued_on is None:
        # The signature's date line, else 成文日期, else the day the page went up.
        metadata.issued_on = find_issue_date(after) or fields.issued_on or fields.published_on
        if year is None and metadata.issued_on is not None:
            found = find_year(metadata.title, metadata.document_number, metadata.issued_on)
            metadata.year = found
    return metadata


def _from_tables(
    name: str,
    lines: list[str],
    first_table_at: int,
    tables: list[tuple[int, int, list[list[str]], ColumnMap]],
    fields: PageFields,
    year: int | None,
) -> PlanDraft:
    metadata = page_metadata(lines[:first_table_at], lines[first_table_at:], fields, year)
    draft_year, warnings = resolve_year(metadata)
    builder = OutlineBuilder(draft_year, metadata.issued_on)
    for table_number, first_row, rows, column_map in tables:

        def where(index: int, table: int = table_number, first: int = first_row) -> str:
            return message("where.table_row", table=table, row=index + first)

        feed_table(builder, rows, column_map, where)
    return finish_draft(builder, metadata, draft_year, warnings, name)


def _from_prose(name: str, texts: list[str], fields: PageFields, year: int | None) -> PlanDraft:
    start = body_start(texts)
    before = texts[:start] if start is not None else texts
    metadata = page_metadata(before, texts[start:] if start is not None else [], fields, year)
    return prose_draft(name, texts, start, metadata)


def has_plan_table(html: str) -> bool:
    """True when the HTML (e.g. on the clipboard) holds a table with a plan's header row."""
    try:
        page: Page = read_page(html)
    except PlanImportError:
        return False
    return any(isinstance(block, Table) and find_header(block.rows) for block in page.blocks)
