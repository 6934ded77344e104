"""A saved web page as the plan reader needs it: lines of text and table grids, in order.

Bytes become text here (.html/.htm by BOM, <meta charset> or UTF-8 then GB18030;
.mht/.mhtml through the standard library's ``email`` package), and the text becomes
a ``Page``: the <title>, then the page body walked once with lxml's HTML parser
into blocks — a line of text, or a table. Page chrome is dropped on the way:
scripts, styles, navigation, footers, forms, and lines that are nothing but links
(menus, "related articles", 上一篇/下一篇).

Tables holding other tables are layout (a site's page frame), so their cells are
read as text and the tables inside them as tables. Every other table becomes a grid
of texts with merged cells resolved as the .docx reader does: a cell with rowspan
or colspan shows its text in every grid cell it covers.
"""

from __future__ import annotations

import codecs
import email
import email.policy
from collections.abc import Iterator
from dataclasses import dataclass, field
from html.parser import HTMLParser

import lxml.html
from lxml import etree
from lxml.html import HtmlElement

from govledger.importers.cancellation import checkpoint
from govledger.importers.errors import PlanImportError
from govledger.importers.text_cleanup import despace

# Whole subtrees that are never plan text.
_DROPPED_TAGS = {
    "script", "style", "noscript", "template", "head", "nav", "footer", "aside",
    "form", "select", "button", "iframe", "object", "embed", "svg", "map", "textarea",
}  # fmt: skip
# class/id words of the page frame on sites without HTML5 tags ("nav", "foot-links" …).
_CHROME_WORDS = {
    "nav", "navbar", "menu", "footer", "foot", "breadcrumb", "crumb", "crumbs",
    "sidebar", "share", "copyright", "topbar", "toolbar", "skip",
}  # fmt: skip
_BLOCK_TAGS = {
    "html", "body", "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li",
    "dl", "dt", "dd", "section", "article", "main", "header", "center", "blockquote",
    "pre", "address", "table", "caption", "thead", "tbody", "tfoot", "tr", "td", "th",
    "figure", "figcaption", "hr", "fieldset", "legend",
}  # fmt: skip
_ROW_GROUPS = {"thead", "tbody", "tfoot"}
MAX_COLSPAN = 64  # HTML allows 1000; a plan table has a handful of columns
MAX_ROWSPAN = 65534
CHROME_TEXT_LIMIT = 600  # characters; menus, share bars and footers are short


@dataclass
class Line:
    text: str  # as read: stray spaces around Chinese removed
    raw: str  # whitespace collapsed only, for "发布时间：2023-03-15 来源：…" lines


@dataclass
class Table:
    rows: list[list[str]]


@dataclass
class Page:
    title: str = ""  # the <title>, site name and all
    blocks: list[Line | Table] = field(default_factory=list)


# --- bytes → text -----------------------------------------------------------------------
class _CharsetFinder(HTMLParser):
    """The charset a page declares in <meta charset> or <meta http-equiv content>."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.charset = ""

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag != "meta" or self.charset:
            return
        values = {key.lower(): (value or "") for key, value in attrs}
        if values.get("charset"):
            self.charset = values["charset"].strip()
        elif values.get("http-equiv", "").lower() == "content-type":
            content = values.get("content", "").lower()
            if "charset=" in content:
                self.charset = content.split("charset=", 1)[1].split(";")[0].strip()


def declared_charset(head: bytes) -> str:
    finder = _CharsetFinder()
    finder.feed(head.decode("latin-1"))
    return finder.charset


def _codec(charset: str) -> str | None:
    """A Python codec for a declared charset; the GB family all read as GB18030."""
    try:
        name = codecs.lookup(charset.strip().strip("\"'")).name
    except (LookupError, ValueError):
        return None
    return "gb18030" if name in ("gb2312", "gbk", "gb18030") else name


def decode_html(data: bytes, declared: str = "", name: str = "") -> str:
    """Page bytes as text: BOM, then the declared charset, then UTF-8, then GB18030."""
    if data.startswith(codecs.BOM_UTF8):
        return data[3:].decode("utf-8", errors="replace")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16", errors="replace")
    candidates = [_codec(declared or declared_charset(data[:4096])), "utf-8", "gb18030"]
    for encoding in dict.fromkeys(c for c in candidates if c):
        try:
            return data.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            continue
    raise PlanImportError("import.binary", name=name)


def html_from_mht(data: bytes, name: str = "") -> str:
    """The page of a saved .mht/.mhtml: its first text/html part, decoded."""
    message = email.message_from_bytes(data, policy=email.policy.compat32)
    for part in message.walk():
        if part.get_content_type() != "text/html":
            continue
        payload = part.get_payload(decode=True)  # undoes quoted-printable / base64
        if isinstance(payload, bytes) and payload.strip():
            return decode_html(payload, part.get_content_charset() or "", name)
    raise PlanImportError("import.html_unreadable", name=name, detail="no text/html part")


def without_clipboard_header(html: str) -> str:
    """Windows' "HTML Format" puts Version:/StartHTML: lines before the markup."""
    if html.lstrip().startswith("Version:") and "<" in html:
        return html[html.index("<") :]
    return html


# --- text → Page ------------------------------------------------------------------------
def parse_document(html: str, name: str = "") -> HtmlElement:
    """The page's element tree; lxml repairs broken markup as browsers do."""
    html = without_clipboard_header(html)
    parser = lxml.html.HTMLParser(encoding="utf-8", remove_comments=True, remove_pis=True)
    try:
        # Bytes with the encoding given, so a <meta charset> in the text cannot mislead lxml.
        document = lxml.html.document_fromstring(html.encode("utf-8", "replace"), parser=parser)
    except (etree.ParserError, ValueError) as exc:
        raise PlanImportError("import.html_unreadable", name=name, detail=exc) from exc
    _adopt_orphan_rows(document)
    return document


def _adopt_orphan_rows(document: HtmlElement) -> None:
    """Put rows standing outside any table into one.

    Qt on Windows hands over only the clipboard's fragment, and Excel and WPS start
    that fragment inside the <table>: what arrives is <tr> after <tr>.
    """
    adopted: set[HtmlElement] = set()
    for row in list(document.iter("tr")):
        parent = row.getparent()
        if parent is None or parent.tag == "table" or parent.tag in _ROW_GROUPS:
            continue
        previous = row.getprevious()
        if previous is not None and previous in adopted:
            previous.append(row)
            continue
        table = document.makeelement("table", {})
        row.addprevious(table)
        table.append(row)
        adopted.add(table)


def _is_chrome(element: HtmlElement) -> bool:
    if element.tag in _DROPPED_TAGS:
        return True
    words = f"{element.get('class', '')} {element.get('id', '')}".lower()
    if not any(word in _CHROME_WORDS for word in words.replace("-", " ").replace("_", " ").split()):
        return False
    # A class name is a weaker sign than a tag: a wrapper that happens to be called
    # "nav-main" but holds a table or the article's text is no menu.
    return not _holds_table(element) and len(element.text_content()) <= CHROME_TEXT_LIMIT


class _Collector:
    """Gathers text into lines; a block element or <br> ends the current line.

    On the page (not inside a plan table's cells) a line that is nothing but links
    is a menu, a list of related articles or 上一篇/下一篇, and is dropped.
    """

    def __init__(self, drop_link_lines: bool = True) -> None:
        self.drop_link_lines = drop_link_lines
        self.blocks: list[Line | Table] = []
        self._parts: list[str] = []
        self._link_chars = 0

    def add(self, text: str | None, in_link: bool) -> None:
        if text:
            self._parts.append(text)
            if in_link:
                self._link_chars += _letters(text)

    def end_line(self) -> None:
        raw = " ".join("".join(self._parts).split())
        links_only = self.drop_link_lines and self._link_chars >= _letters(raw)
        if raw and not links_only:
            self.blocks.append(Line(despace(raw), raw))
        self._parts, self._link_chars = [], 0

    def walk(self, element: HtmlElement, in_link: bool = False, grids: bool = True) -> None:
        tag = element.tag
        if not isinstance(tag, str) or _is_chrome(element):
            return
        if tag == "br":
            self.end_line()
            return
        block = tag in _BLOCK_TAGS
        if block:
            self.end_line()
        if tag == "table" and grids and not _holds_table(element):
            self.blocks.append(Table(table_grid(element)))
            return
        in_link = in_link or tag == "a"
        self.add(element.text, in_link)
        for child in element.iterchildren():
            self.walk(child, in_link, grids)
            self.add(child.tail, in_link)
        if block:
            self.end_line()


def _letters(text: str) -> int:
    """Characters that say something: "首页 | 无障碍" has five, the bar none."""
    return sum(1 for char in text if char.isalnum())


def _holds_table(table: HtmlElement) -> bool:
    return next(table.iterdescendants("table"), None) is not None


def read_page(html: str, name: str = "") -> Page:
    document = parse_document(html, name)
    title = document.find(".//title")
    page = Page(title=" ".join(title.text_content().split()) if title is not None else "")
    collector = _Collector()
    body = document.find("body")
    collector.walk(body if body is not None else document)
    collector.end_line()
    page.blocks = collector.blocks
    return page


# --- one table → grid -------------------------------------------------------------------
def _rows(table: HtmlElement) -> Iterator[HtmlElement]:
    """The table's own rows, in order, not those of tables nested in its cells."""
    for child in table.iterchildren():
        if child.tag == "tr":
            yield child
        elif child.tag in _ROW_GROUPS:
            yield from (row for row in child.iterchildren() if row.tag == "tr")


def cell_text(cell: HtmlElement) -> str:
    """The cell's lines (<p>, <div>, <br> end a line) joined by newlines."""
    collector = _Collector(drop_link_lines=False)  # a linked unit or title is still content
    collector.walk(cell, grids=False)
    collector.end_line()
    return "\n".join(block.text for block in collector.blocks if isinstance(block, Line))


def _span(cell: HtmlElement, attribute: str, limit: int) -> int:
    value = (cell.get(attribute) or "1").strip()
    number = int(value) if value.isdigit() else 1
    if number == 0 and attribute == "rowspan":
        return limit  # rowspan="0": to the end of the table
    return min(max(number, 1), limit)


def table_grid(table: HtmlElement) -> list[list[str]]:
    """The table as rows of texts, every grid cell covered by a merge showing its text."""
    grid: list[dict[int, str]] = []
    below: dict[int, tuple[str, int]] = {}  # column -> (text, rows below still covered)
    for row in _rows(table):
        checkpoint()  # a caller that stopped waiting stops the read
        placed = {column: text for column, (text, _rows_left) in below.items()}
        below = {column: (text, left - 1) for column, (text, left) in below.items() if left > 1}
        column = 0
        for cell in row.iterchildren("td", "th"):
            while column in placed:  # covered by a cell from a row above
                column += 1
            text = cell_text(cell)
            rowspan = _span(cell, "rowspan", MAX_ROWSPAN)
            colspan = _span(cell, "colspan", MAX_COLSPAN)
            for covered in range(column, column + colspan):
                placed[covered] = text
                if rowspan > 1:
                    below[covered] = (text, rowspan - 1)
            column += colspan
        grid.append(placed)
    width = max((max(placed) + 1 for placed in grid if placed), default=0)
    return [[placed.get(column, "") for column in range(width)] for placed in grid]
