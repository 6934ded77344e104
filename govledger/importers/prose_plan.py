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
from govledger.domain.draft import DraftTask, PlanDraft
from govledger.domain.outline import Numbering, Style, parse_numbering
from govledger.domain.unit_parser import looks_like_units
from govledger.importers.commentary import commentary_reason, is_attachment_list
from govledger.importers.metadata import PlanMetadata, is_signature_line
from govledger.importers.outline_builder import OutlineBuilder
from govledger.importers.plan_assembly import finish_draft, resolve_year
from govledger.importers.traditional import to_simplified
from govledger.messages import message

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
    if not before or not looks_like_units(to_simplified(split_units_and_deadline(inner)[0])):
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


# A line of its own below a duty naming its units or its time limit (common in 实施方案):
# "牵头单位：监测科", "完成时限：每月10日前", "（办公室牵头，法规科配合，11月底前）".
_SIGN_OFF = re.compile(r"[（(]\s*此件[^（）()]*[）)]")  # （此件公开发布）: no duty, no commentary
_UNIT_LABEL = re.compile(
    r"(?:牵头|主办|主责|责任|配合|协办|协助|参与|承办)(?:单位|部门|科室|处室)\s*[:：]"
)


# Its label stays on the limit (完成时限：…): the outline builder cuts it when it reads it.
_DEADLINE_LABEL = re.compile(
    r"(?:完成时限|责任时限|时间节点|时限要求|完成时间|完成期限|时限)\s*[:：]"
)


def fields_line(text: str, year: int) -> tuple[str, str] | None:
    """(units, time limit) when the line only names them, else None."""
    inner = to_simplified(text).strip().rstrip("。；;")
    written = text.strip().rstrip("。；;")
    bracketed = inner[:1] in _OPEN and inner[-1:] in _CLOSE
    if bracketed:
        inner, written = inner[1:-1].strip(), written[1:-1].strip()
    limit = _DEADLINE_LABEL.search(inner)
    if _UNIT_LABEL.match(inner) or (limit is not None and limit.start() == 0):
        if len(written) != len(inner):  # the converter changed the length: cut as read
            written = inner
        cut = limit.start() if limit is not None else len(inner)  # 责任单位：… 完成时限：…
        return written[:cut].strip(" ；;，,\u3000"), written[cut:].strip()
    if bracketed:
        units, deadline = split_units_and_deadline(written, year)
        if units and looks_like_units(to_simplified(units)):
            return units, deadline
    return None


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


_FIRST_ITEM = re.compile(
    r"(?:(?<=[\s。：:；;])|\s)[ \t\u3000]*(?=[（(]\s*[一1]\s*[）)]|1\s*[.．、](?!\d)|一是)"
    # pasted text loses the space: "三、重点任务（一）深化…" (（一） is never inner wording)
    r"|(?<=[\u4e00-\u9fff])(?=[（(]一[）)])"
)
HEADING_WITH_ITEM_MAX = 40  # a heading carrying its first item is short before it


def split_heading_with_item(text: str) -> list[str]:
    """'一、聚焦重点领域 （一）规范…' -> ['一、聚焦重点领域', '（一）规范…'].

    A heading line may carry its own first item; only the first number of a different
    style (（一）, 1., 一是 …) counts, so a duty's inner enumeration is not torn off
    unless it starts right after a short lead-in.
    """
    numbering, rest = parse_numbering(text)
    if numbering is None:
        return [text]
    stripped = text.strip()
    prefix = stripped[: len(stripped) - len(rest)]
    for match in _FIRST_ITEM.finditer(rest):
        if match.start() == 0 or match.start() > HEADING_WITH_ITEM_MAX:
            continue
        item = rest[match.end() :]
        inner, _body = parse_numbering(item)
        if inner is None or inner.value != 1 or inner.style is numbering.style:
            continue
        return [prefix + rest[: match.start()].strip(), *split_heading_with_item(item)]
    return [text]


def _style_keys(items: Sequence[_Paragraph]) -> dict[int, str]:
    """The nesting key of every numbered paragraph: its style, with 1、 told from 1.

    Plans that number headings 1、 and duties 1. under them need the separator to
    nest; plans that type 1. and 1、 at random must not. The two are told apart when
    the other separator first appears restarting at 1 right below the first kind.
    """
    keys: dict[int, str] = {}
    separators: list[tuple[int, str, int]] = []  # (index, separator, value) of 1. / 1、
    for index, item in enumerate(items):
        if item.numbering is None:
            continue
        keys[index] = item.numbering.style.value
        if item.numbering.style is Style.ARABIC:
            separator = "、" if "、" in item.numbering.printed else "."
            separators.append((index, separator, item.numbering.value))
    for position in range(1, len(separators)):
        index, separator, value = separators[position]
        if separator != separators[0][1]:
            if value == 1 and separators[position - 1][1] != separator:
                for arabic_index, arabic_separator, _value in separators:
                    keys[arabic_index] = f"arabic{arabic_separator}"
            break
    return keys


def build_prose(builder: OutlineBuilder, paragraphs: Sequence[tuple[str, str]]) -> None:
    """Feed (text, source) paragraphs of the plan proper to the builder."""
    items = [
        _Paragraph(piece, source, parse_numbering(piece)[0], trailing_responsibility(piece))
        for text, source in paragraphs
        if text.strip()
        for piece in split_heading_with_item(text)
    ]
    keys = _style_keys(items)
    commentary = {index: commentary_reason(items[index].text) for index in keys}
    # Pass 1: a numbered paragraph followed by a deeper numbering style is a heading;
    # so is a commentary section's title, whatever follows it.
    styles: list[str] = []
    has_children = {index for index, reason in commentary.items() if reason}
    numbered = sorted(keys.items())
    for position, (index, style) in enumerate(numbered):
        styles = styles[: styles.index(style) + 1] if style in styles else [*styles, style]
        if position + 1 < len(numbered) and numbered[position + 1][1] not in styles:
            has_children.add(index)

    styles = []
    last_duties: list[DraftTask] = []  # what a units or time-limit line below belongs to
    excluded: tuple[int, DraftTask] | None = None  # (slot, heading) of open commentary
    attachments = False
    for index, item in enumerate(items):
        if attachments or (item.numbering is None and is_attachment_list(item.text)):
            attachments = True  # everything after 附件： lists the attachments
            builder.skip(item.text, message("skip.attachment_list"), item.source)
            continue
        slot: int | None = None
        if index in keys:
            style = keys[index]
            slot = styles.index(style) if style in styles else len(styles)
            styles = [*styles[:slot], style]
            if excluded is not None and slot <= excluded[0]:
                excluded = None  # the commentary section ended
        units_text = deadline = ""
        text = item.text
        if item.responsibility:
            text, inner = item.responsibility
            units_text, deadline = split_units_and_deadline(inner, builder.year)
        if index in has_children:
            last_duties = []
            heading = builder.set_heading(slot or 0, text, item.source)
            heading.units_text = units_text  # the default for requirements below
            if commentary.get(index) and excluded is None:
                heading.excluded, heading.excluded_reason = True, commentary[index]
                excluded = (slot or 0, heading)
            continue
        if item.numbering is None and (
            _SIGN_OFF.fullmatch(item.text.strip()) or is_signature_line(item.text)
        ):
            builder.skip(item.text, message("skip.sign_off"), item.source)
            continue
        fields = fields_line(item.text, builder.year) if item.numbering is None else None
        if fields is not None and last_duties:
            builder.complete(last_duties, *fields)
            continue
        if excluded is None and item.numbering is None and not item.responsibility:
            builder.skip(item.text, message("skip.connecting_prose"), item.source)
            continue
        if slot is not None:
            builder.clear_heading(slot)
        created = last_duties = builder.add_requirements(
            text, units_text, deadline, source=item.source
        )
        if excluded is not None:  # kept under its greyed heading; warnings would be noise
            for task in created:
                task.warnings.clear()


def prose_draft(
    name: str, texts: list[str], start: int | None, metadata: PlanMetadata
) -> PlanDraft:
    """The draft of a plan written as paragraphs, from its body's first paragraph on."""

    draft_year, warnings = resolve_year(metadata)
    builder = OutlineBuilder(draft_year, metadata.issued_on)
    if start is not None:
        numbered = [
            (text, message("where.paragraph", index=index + 1))
            for index, text in enumerate(texts)
            if index >= start
        ]
        build_prose(builder, numbered)
    return finish_draft(builder, metadata, draft_year, warnings, name)
