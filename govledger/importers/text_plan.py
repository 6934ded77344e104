"""Plans as text: pasted, or extracted from PDFs and web pages.

Three shapes are met, tried in this order:

- one table row per line, cells split by tabs, ``|``/``｜``, U+3000 or runs of
  spaces (text_rows.py: rows with fewer or more cells than the header, wrapped
  cells, rows cut by a page break);
- one cell per line, the header's labels each on a line of their own
  (text_stream.py);
- prose, read like a prose .docx.

HTML fragments and ``[bookmark: …]`` markers are removed first, stray spaces
between Chinese characters once the columns are split.
"""

from __future__ import annotations

import re

from govledger.domain.draft import PlanDraft
from govledger.domain.outline import parse_numbering
from govledger.importers.cancellation import checkpoint
from govledger.importers.columns import recognise_header
from govledger.importers.metadata import extract_metadata
from govledger.importers.outline_builder import OutlineBuilder
from govledger.importers.plan_assembly import finish_draft, resolve_year
from govledger.importers.prose_plan import body_start, build_prose
from govledger.importers.text_cells import separators_in, split_cells
from govledger.importers.text_cleanup import despace, strip_markup
from govledger.importers.text_rows import read_rows
from govledger.importers.text_stream import find_cell_stream, read_cell_stream
from govledger.messages import message

_PARAGRAPH_END = tuple("。；;：:！？!?）)")
# Extraction wraps only full lines: a line shorter than this ended where the writer
# ended it (一、总体要求 is a heading, not the start of the sentence below it).
_WRAP_WIDTH = 16
_MARKDOWN_HEADING = re.compile(r"^#{1,6}[ \t]+")  # "# 某某局2022年…": a markdown title


def parse_text(text: str, year: int | None, source_name: str) -> PlanDraft:
    # Separators are found before despace, which removes U+3000 and spaces next to
    # Chinese characters: the very blanks that separate columns in a PDF copy.
    raw_lines = [
        _MARKDOWN_HEADING.sub("", strip_markup(line)).rstrip()
        for line in text.lstrip("\ufeff").splitlines()
    ]
    lines = [despace(line) for line in raw_lines]
    for index, raw in enumerate(raw_lines):
        checkpoint()  # a caller that stopped waiting stops the read
        for separator in separators_in(raw):
            header = recognise_header(split_cells(raw, separator))
            if header is not None:
                return read_rows(lines, raw_lines, index, separator, header, year, source_name)
    stream = find_cell_stream(lines)
    if stream is not None:
        return read_cell_stream(lines, stream, year, source_name)
    return _from_prose(lines, year, source_name)


# --- prose -----------------------------------------------------------------------------
def _paragraphs(lines: list[str]) -> list[tuple[str, int]]:
    """Lines rejoined into paragraphs where extraction wrapped them mid-sentence."""
    paragraphs: list[tuple[str, int]] = []
    previous = ""  # the line before, as extracted
    for number, line in enumerate(lines, start=1):
        checkpoint()
        text = line.strip()
        if not text:
            continue
        if (
            paragraphs
            and parse_numbering(text)[0] is None
            and not paragraphs[-1][0].endswith(_PARAGRAPH_END)
            and parse_numbering(paragraphs[-1][0])[0] is not None
            and len(previous) >= _WRAP_WIDTH
        ):
            paragraphs[-1] = (paragraphs[-1][0] + text, paragraphs[-1][1])
        else:
            paragraphs.append((text, number))
        previous = text
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
