"""Plans written as paragraphs, with no table.

Headings are numbered (一、 （一） 1. …); a duty is a paragraph ending in a
responsibility parenthesis — "(办公室、政策法规处牵头,各处室、单位负责落实)" or
"(牵头单位:市审批局;责任单位:市直各部门)" — or a numbered paragraph with nothing
numbered below it. Depth follows the order in which numbering styles first appear,
so a plan that starts at （一） still nests correctly.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from govledger.domain.deadline_parser import find_in_text, parse
from govledger.domain.outline import Numbering, Style, parse_numbering
from govledger.domain.unit_parser import looks_like_units
from govledger.importers.outline_builder import OutlineBuilder

_CLOSE, _OPEN = ")）", "(（"


def trailing_responsibility(text: str) -> tuple[str, str] | None:
    """(text before the parenthesis, its content) when text ends naming its units."""
    stripped = text.rstrip()
    end = len(stripped)
    while end and stripped[end - 1] in "。.；;，, ":
        end -= 1
    if not end or stripped[end - 1] not in _CLOSE:
        return None
    depth, index = 0, end - 1
    while index >= 0:
        depth += stripped[index] in _CLOSE
        depth -= stripped[index] in _OPEN
        if depth == 0:
            break
        index -= 1
    if index < 0:
        return None
    inner, before = stripped[index + 1 : end - 1].strip(), stripped[:index].rstrip()
    if not before or not looks_like_units(split_units_and_deadline(inner)[0]):
        return None
    return before, inner


def split_units_and_deadline(inner: str, year: int = 2000) -> tuple[str, str]:
    """'办公室牵头，2021年底前完成' -> ('办公室牵头', '2021年底前完成'), separators kept."""
    pieces = re.split(r"([，,；;])", inner)
    units: list[str] = []
    deadlines: list[str] = []
    for index in range(0, len(pieces), 2):
        clause = pieces[index].strip()
        separator = pieces[index - 1] if index else ""
        is_deadline = find_in_text(clause, year) is not None or (
            len(clause) <= 12 and parse(clause, year).understood
        )
        if is_deadline and not looks_like_units(clause):
            deadlines.append(clause)
        elif clause:
            units.append((separator if units else "") + clause)
    return "".join(units), "，".join(deadlines)


@dataclass
class _Paragraph:
    text: str
    source: str
    numbering: Numbering | None
    responsibility: tuple[str, str] | None


def body_start(paragraphs: Sequence[str]) -> int | None:
    """Index of the first paragraph of the plan proper (after any covering notice)."""
    for index, text in enumerate(paragraphs):
        numbering, _rest = parse_numbering(text)
        if trailing_responsibility(text) or (
            numbering is not None and numbering.style is not Style.ARTICLE
        ):
            return index
    return None


def build_prose(builder: OutlineBuilder, paragraphs: Sequence[tuple[str, str]]) -> None:
    """Feed (text, source) paragraphs of the plan proper to the builder."""
    items = [
        _Paragraph(text, source, parse_numbering(text)[0], trailing_responsibility(text))
        for text, source in paragraphs
        if text.strip()
    ]
    numbered = [
        (index, item.numbering.style)
        for index, item in enumerate(items)
        if item.numbering is not None
    ]
    # Pass 1: a numbered paragraph followed by a deeper numbering style is a heading.
    styles: list[Style] = []
    has_children: set[int] = set()
    for position, (index, style) in enumerate(numbered):
        styles = styles[: styles.index(style) + 1] if style in styles else [*styles, style]
        if position + 1 < len(numbered) and numbered[position + 1][1] not in styles:
            has_children.add(index)

    styles = []
    for index, item in enumerate(items):
        if item.numbering is not None:
            style = item.numbering.style
            slot = styles.index(style) if style in styles else len(styles)
            styles = [*styles[:slot], style]
        else:
            slot = None
        units_text = deadline = ""
        text = item.text
        if item.responsibility:
            text, inner = item.responsibility
            units_text, deadline = split_units_and_deadline(inner, builder.year)
        if index in has_children:
            heading = builder.set_heading(slot or 0, text, item.source)
            heading.units_text = units_text  # the default for requirements below
            continue
        if item.numbering is None and not item.responsibility:
            continue  # commentary between duties
        if slot is not None:
            builder.clear_heading(slot)
        builder.add_requirements(text, units_text, deadline, source=item.source)
