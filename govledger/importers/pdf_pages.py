"""What a text PDF's pages hold, in reading order: text lines and tables as text grids.

pdfplumber does the reading. It is chosen because it finds a table's cells from the
ruling lines drawn on the page (and, for borderless tables, from how the words
line up) and gives each cell's text from pdfminer.six's character positions;
pypdfium2, already a dependency, extracts text but finds no tables.

Two passes are possible per document: ``ruled`` (cells from drawn lines, how Word
and WPS print tables) and ``aligned`` (columns from word alignment, one grid row
per text line; rows are regrouped by the caller, see pdf_plan). In the aligned
pass the columns found under a plan header are used on the following pages too:
a page holding a few rows has too little text to show its columns by itself.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from typing import Any

from govledger.domain.outline import parse_numbering
from govledger.importers.text_cleanup import despace

RULED: dict[str, Any] = {"vertical_strategy": "lines", "horizontal_strategy": "lines"}
ALIGNED: dict[str, Any] = {"vertical_strategy": "text", "horizontal_strategy": "text"}


# "- 2 -", "— 3 —", "第 2 页", "第2页 共5页", "2/5": page furniture, not content.
_PAGE_NUMBER = re.compile(
    r"^[-—–\s]*(?:第\s*\d+\s*页(?:\s*[，,/]?\s*共\s*\d+\s*页)?|\d+(?:\s*/\s*\d+)?)[-—–\s]*$"
)


_SENTENCE_END = ("。", "；", ";", "！", "？", "：", ":")


@dataclass
class PdfTable:
    page: int  # 1-based
    rows: list[list[str]]  # cell texts; merged cells show their text in every cell they cover
    line_gaps: list[float] = field(default_factory=list)  # aligned pass: space above each row
    columns: list[float] = field(default_factory=list)  # x of every column edge, left to right


@dataclass
class PdfPage:
    number: int
    items: list[str | PdfTable]  # text lines and tables, top to bottom
    char_count: int


def is_page_number(line: str) -> bool:
    return bool(_PAGE_NUMBER.match(line))


def join_cell_lines(text: str | None) -> str:
    """A cell's text with the PDF's line wraps undone.

    A wrap is no paragraph break: the lines are joined (the space between two Chinese
    characters then removed) — except where a cell holding several numbered
    requirements starts its next one: a numbered line after the end of a sentence, or
    numbered next in sequence ("1.…" / "2.…"). "1.5万元" wrapped to a line start is
    neither.
    """
    if not text:
        return ""
    joined = ""
    last = None  # the numbering of the item being joined
    for raw in text.splitlines():
        line = raw.strip()
        if not line:
            continue
        numbering = parse_numbering(line)[0]
        next_item = (
            last is not None
            and numbering is not None
            and (numbering.style, numbering.value) == (last.style, last.value + 1)
        )
        if not joined:
            joined, last = line, numbering
        elif numbering is not None and (joined.endswith(_SENTENCE_END) or next_item):
            joined, last = f"{joined}\n{line}", numbering
        else:
            joined += " " + line
    return despace(joined).strip()


def _resolve_merges(table: Any, texts: list[list[str | None]]) -> list[list[str]]:
    """Fill the cells pdfplumber leaves None (covered by a merged cell) with its text.

    pdfplumber's grid has a column at every distinct cell left edge and a row at every
    distinct cell top; a None at (row, column) lies inside the merged cell whose box
    holds that grid square's centre.
    """
    grid = [[join_cell_lines(cell) for cell in row] for row in texts]
    boxes = list(table.cells)
    if not boxes:
        return grid
    xs = [*sorted({box[0] for box in boxes}), max(box[2] for box in boxes)]
    ys = [*sorted({box[1] for box in boxes}), max(box[3] for box in boxes)]
    origin = {box: (ys.index(box[1]), xs.index(box[0])) for box in boxes}
    for r, row in enumerate(texts):
        for c, cell in enumerate(row):
            if cell is not None or c + 1 >= len(xs) or r + 1 >= len(ys):
                continue
            x, y = (xs[c] + xs[c + 1]) / 2, (ys[r] + ys[r + 1]) / 2
            for box, (r0, c0) in origin.items():
                if box[0] <= x <= box[2] and box[1] <= y <= box[3]:
                    grid[r][c] = grid[r0][c0]
                    break
    return grid


def _aligned_rows(table: Any, texts: list[list[str | None]]) -> tuple[list[list[str]], list[float]]:
    """One row per text line (empty spacer rows dropped) and the gap above each."""
    rows: list[list[str]] = []
    gaps: list[float] = []
    last_bottom: float | None = None
    for row, cells in zip(table.rows, texts, strict=False):
        values = [despace(cell or "").strip() for cell in cells]
        if not any(values):
            continue
        top, bottom = row.bbox[1], row.bbox[3]
        gaps.append(top - last_bottom if last_bottom is not None else 0.0)
        last_bottom = bottom
        rows.append(values)
    return rows, gaps


def read_page_in_columns(page: Any, edges: list[float]) -> PdfPage:
    """A page continuing a borderless table: each word placed in the column (between
    edges, found under the header on an earlier page) its centre falls in.

    The table ends at a line with a word across a column edge (prose, a title) or
    after a gap three times the page's usual one between lines (the signature after
    it); what follows is text.
    """
    lines: list[list[dict[str, Any]]] = []
    for word in sorted(page.extract_words(), key=lambda w: (w["top"], w["x0"])):
        if lines and abs(lines[-1][0]["top"] - word["top"]) <= 3:
            lines[-1].append(word)
        else:
            lines.append([word])
    rows: list[list[str]] = []
    gaps: list[float] = []
    text_after: list[str] = []
    last_bottom: float | None = None
    for line in lines:
        line.sort(key=lambda w: w["x0"])
        text = despace(" ".join(word["text"] for word in line)).strip()
        if is_page_number(text):
            continue
        top = min(word["top"] for word in line)
        gap = top - last_bottom if last_bottom is not None else 0.0
        last_bottom = max(word["bottom"] for word in line)
        usual = sorted(gaps[1:])[len(gaps[1:]) // 2] if len(gaps) > 2 else None
        across = any(
            word["x0"] < edge - 2 < edge + 2 < word["x1"] for word in line for edge in edges[1:-1]
        )
        if text_after or across or (usual is not None and gap > 3 * max(usual, 1.0)):
            text_after.append(text)
            continue
        cells = [""] * (len(edges) - 1)
        for word in line:
            centre = (word["x0"] + word["x1"]) / 2
            column = min(max(bisect.bisect(edges, centre) - 1, 0), len(cells) - 1)
            cells[column] = f"{cells[column]} {word['text']}".strip()
        rows.append([despace(cell) for cell in cells])
        gaps.append(gap)
    items: list[str | PdfTable] = [PdfTable(page.page_number, rows, gaps, edges)] if rows else []
    return PdfPage(page.page_number, [*items, *text_after], len(page.chars))


def _inside(obj: dict[str, Any], boxes: list[tuple[float, float, float, float]]) -> bool:
    x = (obj["x0"] + obj["x1"]) / 2
    y = (obj["top"] + obj["bottom"]) / 2
    return any(x0 <= x <= x1 and top <= y <= bottom for x0, top, x1, bottom in boxes)


def read_page(page: Any, settings: dict[str, Any]) -> PdfPage:
    aligned = settings["horizontal_strategy"] == "text"
    tables = page.find_tables(table_settings=settings)
    placed: list[tuple[float, str | PdfTable]] = []
    boxes = [table.bbox for table in tables]
    for table in tables:
        texts = table.extract()
        if aligned:
            rows, gaps = _aligned_rows(table, texts)
            edges = sorted({cell[0] for cell in table.cells} | {table.bbox[2]})
            item = PdfTable(page.page_number, rows, gaps, edges)
        else:
            item = PdfTable(page.page_number, _resolve_merges(table, texts))
        if item.rows:
            placed.append((table.bbox[1], item))
    outside = page.filter(lambda obj: obj.get("object_type") != "char" or not _inside(obj, boxes))
    for line in outside.extract_text_lines(strip=True):
        text = despace(line["text"]).strip()
        if text and not is_page_number(text):
            placed.append((line["top"], text))
    placed.sort(key=lambda pair: pair[0])
    return PdfPage(page.page_number, [item for _top, item in placed], len(page.chars))
