"""A Word draft of the yearly report's "工作要点落实情况" part, for the clerk to edit.

The 年度报告 has no table for it: offices write prose, section by section along the
plan's own headings (annual-report-format.md §7). The draft says, per top-level
heading, what was done — the progress entries turned into dated sentences — and
what is unfinished and why. Where the ledger does not say why, a highlighted
〔placeholder〕 asks the clerk to fill it in, so nothing invented reaches the report.

Layout per GB/T 9704: portrait A4, title 方正小标宋简体 二号, 一级标题 黑体 三号,
二级标题 楷体 三号, body 仿宋_GB2312 三号 at a fixed 28 pt line, "— 1 —" page numbers.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from docx.document import Document as DocumentObject

from govledger.domain.model import ProgressEntry, Status, Task
from govledger.domain.status_rules import StatusBreakdown, breakdown
from govledger.exporters import docx_style as style
from govledger.exporters.atomic import write_atomically
from govledger.exporters.labels import DEFAULT_LANGUAGE, clean, date_label, doc_text
from govledger.exporters.ledger_rows import LedgerTable, RequirementRow, build_ledger_table
from govledger.store.ledger import Ledger

TOPIC_LIMIT = 40  # characters: clauses are added to a topic while it stays this short
TOPIC_MIN = 6  # a first clause shorter than this is too short to name the task …
# … as is one opening with these words: the task itself follows the comma
_PREAMBLE_WORDS = ("按照", "按", "根据", "依据", "对照", "围绕", "结合", "为", "在", "已经")
_SENTENCE_END = "。；;！!？?"
_CLAUSE_END = "，,"
_OPENERS, _CLOSERS = "“‘《（(〔【「", "”’》）)〕】」"
_TRAILING_PUNCTUATION = "。；;，,.！!？? \u3000"
PLACEHOLDER_ORGANIZATION = "〔单位名称〕"
# A 〔…〕 for the clerk to fill in; 〔2019〕 in a 文号 (国办公开办函〔2019〕60号) is not one.
PLACEHOLDER = re.compile(r"(〔[^〕\d][^〕]*〕)")
# Nested quotation marks alternate: “…‘…’…”; a quotation inside a quotation takes
# the other kind.
_NESTED_QUOTES = str.maketrans({"“": "‘", "”": "’", "‘": "“", "’": "”"})


def period_end(year: int) -> date:
    return date(year, 12, 31)


def as_of(today: date, year: int) -> date:
    """The day the figures describe: the end of the report's year, or today while the
    year is still running (a 2021 report says 截至2021年12月31日 whenever it is made)."""
    return min(today, period_end(year))


@dataclass
class Section:
    heading: Task | None
    rows: list[RequirementRow] = field(default_factory=list)
    # sub-heading (or None) -> its requirements, in document order
    groups: dict[int | None, tuple[Task | None, list[RequirementRow]]] = field(default_factory=dict)


def export_report_draft(
    ledger: Ledger,
    plan_id: int,
    target: Path | str,
    *,
    today: date | None = None,
    lang: str = DEFAULT_LANGUAGE,
) -> Path:
    """Write the draft of the report's 工作要点落实情况 part for a plan."""
    table = build_ledger_table(ledger, plan_id, today=today, lang=lang)
    tasks = {task.id: task for _depth, task in ledger.tasks_with_depth(plan_id)}
    document = render_report_draft(table, tasks)
    return write_atomically(target, lambda path: document.save(str(path)))


def render_report_draft(table: LedgerTable, tasks: dict[int, Task]) -> DocumentObject:
    lang = table.lang
    document = style.new_document(landscape=False)
    title = doc_text("report_title", lang, year=table.plan.year)
    document.core_properties.title = title
    style.add_paragraph(document, title, style.TITLE_FONT, style.ER_HAO, align="center", line_pt=40)
    style.add_paragraph(
        document,
        doc_text("report_draft_note", lang),
        style.KAI,
        style.SAN_HAO,
        align="center",
        line_pt=28,
        space_after_pt=14,
        highlight="yellow",
    )
    _body(document, intro_text(table))
    for section in plan_sections(table, tasks):
        _write_section(document, table, section)
    return document


def intro_text(table: LedgerTable, year: int | None = None, organization: str = "") -> str:
    """The opening paragraph: the plan, how many requirements, how many in each state,
    as of the end of the report's year (the plan's year unless given). The office is
    the one given, else the plan's, else a 〔placeholder〕."""
    lang = table.lang
    year = year or table.plan.year
    counts = breakdown((row.task.status, row.status) for row in table.requirements)
    done = counts.done
    rate = f"{100.0 * done / counts.applicable:.1f}" if counts.applicable else "0"
    return doc_text(
        "report_intro",
        lang,
        year=table.plan.year,
        organization=clean(organization).strip() or organization_text(table),
        plan=clean(table.plan.title),
        total=counts.total,
        date=date_label(as_of(table.today, year), lang),
        counts=counts_text(counts, lang),
        rate=rate,
        overdue=doc_text("report_count_overdue", lang, count=counts.overdue)
        if counts.overdue
        else "",
    )


def organization_text(table: LedgerTable) -> str:
    """The plan's office, or a 〔placeholder〕 the clerk must fill in."""
    return clean(table.plan.organization).strip() or PLACEHOLDER_ORGANIZATION


def counts_text(counts: StatusBreakdown, lang: str) -> str:
    """已完成8项，正在推进5项，尚未开始3项，2项不适用: states with none left out."""
    parts = [doc_text("report_count_done", lang, count=counts.done)]
    for key, count in (
        ("report_count_in_progress", counts.in_progress),
        ("report_count_not_started", counts.not_started),
        ("report_count_not_applicable", counts.not_applicable),
    ):
        if count:
            parts.append(doc_text(key, lang, count=count))
    return doc_text("report_count_separator", lang).join(parts)


def plan_sections(table: LedgerTable, tasks: dict[int, Task]) -> list[Section]:
    """Requirements grouped under their top-level heading, then their second level."""
    sections: dict[int | None, Section] = {}
    for row in table.requirements:
        chain = _headings_above(row.task, tasks)
        top = chain[0] if chain else None
        sub = chain[1] if len(chain) > 1 else None
        section = sections.setdefault(top.id if top else None, Section(top))
        section.rows.append(row)
        key = sub.id if sub else None
        section.groups.setdefault(key, (sub, []))[1].append(row)
    return list(sections.values())


def _headings_above(task: Task, tasks: dict[int, Task]) -> list[Task]:
    chain: list[Task] = []
    parent_id = task.parent_id
    while parent_id is not None and parent_id in tasks:
        parent = tasks[parent_id]
        if parent.is_heading:
            chain.insert(0, parent)
        parent_id = parent.parent_id
    return chain


def _write_section(document: DocumentObject, table: LedgerTable, section: Section) -> None:
    if section.heading is not None:
        _heading(document, clean(section.heading.text), style.HEI)
    for sub, rows in section.groups.values():
        if sub is not None:
            _heading(document, clean(sub.text), style.KAI)
        for sentence in done_sentences(table, rows):  # one paragraph each: easy to edit
            _body(document, sentence)
    runs = "".join(
        _highlighted(text) if marked else _plain(text)
        for text, marked in section_summary(table, section)
    )
    _body_runs(document, runs)


def section_summary(table: LedgerTable, section: Section) -> list[tuple[str, bool]]:
    """How many of a part's tasks are done, then what is not and why: (text, to fill in)."""
    lang = table.lang
    counts = breakdown((row.task.status, row.status) for row in section.rows)
    if counts.applicable == 0:  # nothing to do here is not "all done"
        return [(doc_text("report_section_not_applicable", lang, count=counts.total), False)]
    summary = doc_text("report_section_done", lang, total=counts.total, done=counts.done)
    if counts.not_applicable:
        summary = summary.rstrip("。.") + doc_text(
            "report_section_and_not_applicable", lang, count=counts.not_applicable
        )
    unfinished = [
        row for row in section.rows if row.task.status not in (Status.DONE, Status.NOT_APPLICABLE)
    ]
    if not unfinished:
        key = "report_rest_done" if counts.not_applicable else "report_all_done"
        return [(summary + doc_text(key, lang), False)]
    return [(summary, False), *unfinished_segments(table, unfinished)]


def done_sentences(table: LedgerTable, rows: list[RequirementRow]) -> list[str]:
    """One sentence per requirement with progress notes (or done): what was done, when."""
    lang = table.lang
    sentences = []
    for row in rows:
        about = doc_text("report_about", lang, topic=topic(row.task.text))
        progress = progress_in_period(table, row)
        if progress and row.task.status is not Status.NOT_APPLICABLE:
            notes = "；".join(
                f"{date_label(entry.date, lang)}，{_sentence_body(entry.text)}"
                for entry in progress
            )
            sentences.append(about + notes + "。")
        elif row.task.status is Status.DONE:
            sentences.append(about + doc_text("report_no_progress_done", lang))
    return sentences


def progress_in_period(table: LedgerTable, row: RequirementRow) -> list[ProgressEntry]:
    """The notes up to the day the figures describe: a 2021 report made in February
    2022 does not tell of January 2022."""
    cutoff = as_of(table.today, table.plan.year)
    return [entry for entry in row.progress if entry.date <= cutoff]


def unfinished_segments(table: LedgerTable, rows: list[RequirementRow]) -> list[tuple[str, bool]]:
    """The unfinished requirements and their latest notes; True marks what the clerk fills in."""
    lang = table.lang
    segments = [(doc_text("report_unfinished", lang), False)]
    for index, row in enumerate(rows):
        label = table.status_text(row)
        text = doc_text("report_unfinished_item", lang, topic=topic(row.task.text), status=label)
        progress = progress_in_period(table, row)
        latest = progress[-1].text if progress else ""
        if latest:
            text += doc_text("report_reason", lang, reason=_sentence_body(latest))
        segments.append((text, False))
        segments.append((doc_text("report_fill_reason", lang), True))
        segments.append(("；" if index < len(rows) - 1 else "。", False))
    return segments


def topic(text: str) -> str:
    """A requirement quoted briefly, in whole phrases: its first clause, with the next
    ones while it is a mere preamble (按省政府考核要求，…) or short, never past the
    first sentence and never cut inside a clause, a quotation or brackets. Quotation
    marks inside take the other kind, as it is itself quoted (“…‘十四五’…”)."""
    clauses = _clauses(_first_sentence(clean(text).strip()))
    if not clauses:
        return ""
    chosen = clauses[0]
    for clause in clauses[1:]:
        preamble = len(chosen) < TOPIC_MIN or chosen.startswith(_PREAMBLE_WORDS)
        if not preamble or len(chosen) + 1 + len(clause) > TOPIC_LIMIT:
            break
        chosen += "，" + clause
    return nested_quotes(chosen.rstrip(_TRAILING_PUNCTUATION))


def nested_quotes(text: str) -> str:
    """Text to be put inside “…”: its own quotation marks take the other kind."""
    return text.translate(_NESTED_QUOTES)


def _first_sentence(text: str) -> str:
    return _split_outside_brackets(text, _SENTENCE_END)[0] if text else ""


def _clauses(text: str) -> list[str]:
    return [part.strip() for part in _split_outside_brackets(text, _CLAUSE_END) if part.strip()]


def _split_outside_brackets(text: str, separators: str) -> list[str]:
    """Split at separators that are not inside quotation marks or brackets."""
    parts, current, depth = [], [], 0
    for char in text:
        if char in _OPENERS:
            depth += 1
        elif char in _CLOSERS:
            depth = max(0, depth - 1)
        elif char in separators and depth == 0:
            parts.append("".join(current))
            current = []
            continue
        current.append(char)
    parts.append("".join(current))
    return parts


def _sentence_body(text: str) -> str:
    return clean(text).strip().rstrip(_TRAILING_PUNCTUATION).replace("\n", "，")


_BODY_RPR = style.rpr_xml(style.FANG, style.SAN_HAO)
_MARKED_RPR = _BODY_RPR.replace("</w:rPr>", '<w:highlight w:val="yellow"/></w:rPr>')


def _plain(text: str) -> str:
    return style.run_xml(text, _BODY_RPR)


def _highlighted(text: str) -> str:
    return style.run_xml(text, _MARKED_RPR)


def _body(document: DocumentObject, text: str) -> None:
    """A paragraph of body text, its 〔placeholders〕 highlighted for the clerk."""
    runs = "".join(
        _highlighted(part) if PLACEHOLDER.fullmatch(part) else _plain(part)
        for part in PLACEHOLDER.split(text)
        if part
    )
    _body_runs(document, runs)


def _body_runs(document: DocumentObject, runs: str) -> None:
    style.add_runs_paragraph(document, runs, line_pt=28)


def _heading(document: DocumentObject, text: str, font: str) -> None:
    style.add_paragraph(
        document, text, font, style.SAN_HAO, first_line_chars=2, line_pt=28, align="both"
    )


def unfilled_in(path: Path | str) -> list[str]:
    """The 〔…〕 still in a written .docx, each once, in order, without the brackets."""
    import docx

    document = docx.Document(str(path))
    text = "\n".join(paragraph.text for paragraph in document.paragraphs)
    found = (match.strip("〔〕") for match in PLACEHOLDER.findall(text))
    return list(dict.fromkeys(found))
