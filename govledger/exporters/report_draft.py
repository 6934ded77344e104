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

from govledger.domain.model import Status, Task
from govledger.exporters import docx_style as style
from govledger.exporters.atomic import write_atomically
from govledger.exporters.labels import DEFAULT_LANGUAGE, clean, date_label, doc_text
from govledger.exporters.ledger_rows import LedgerTable, RequirementRow, build_ledger_table
from govledger.store.ledger import Ledger

TOPIC_LIMIT = 30  # characters of a requirement quoted as its topic
_CLAUSE_END = re.compile(r"[，。；：！？,;:!?]")
_TRAILING_PUNCTUATION = "。；;，,.！!？? \u3000"


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


def intro_text(table: LedgerTable) -> str:
    """The opening paragraph: the plan, how many requirements, how many done."""
    rows = [row for row in table.requirements if row.status is not Status.NOT_APPLICABLE]
    done = sum(row.status is Status.DONE for row in rows)
    rate = f"{100.0 * done / len(rows):.1f}" if rows else "0"
    return doc_text(
        "report_intro",
        table.lang,
        year=table.plan.year,
        organization=clean(table.plan.organization) or doc_text("report_we", table.lang),
        plan=clean(table.plan.title),
        total=len(rows),
        date=date_label(table.today, table.lang),
        done=done,
        open=len(rows) - done,
        rate=rate,
    )


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
    counted = [row for row in section.rows if row.status is not Status.NOT_APPLICABLE]
    done = sum(row.status is Status.DONE for row in counted)
    summary = doc_text("report_section_done", lang, total=len(counted), done=done)
    unfinished = [
        row for row in section.rows if row.status not in (Status.DONE, Status.NOT_APPLICABLE)
    ]
    if not unfinished:
        return [(summary + doc_text("report_all_done", lang), False)]
    return [(summary, False), *unfinished_segments(table, unfinished)]


def done_sentences(table: LedgerTable, rows: list[RequirementRow]) -> list[str]:
    """One sentence per requirement with progress notes (or done): what was done, when."""
    lang = table.lang
    sentences = []
    for row in rows:
        about = doc_text("report_about", lang, topic=topic(row.task.text))
        if row.progress and row.status is not Status.NOT_APPLICABLE:
            notes = "；".join(
                f"{date_label(entry.date, lang)}，{_sentence_body(entry.text)}"
                for entry in row.progress
            )
            sentences.append(about + notes + "。")
        elif row.status is Status.DONE:
            sentences.append(about + doc_text("report_no_progress_done", lang))
    return sentences


def unfinished_segments(table: LedgerTable, rows: list[RequirementRow]) -> list[tuple[str, bool]]:
    """The unfinished requirements and their latest notes; True marks what the clerk fills in."""
    lang = table.lang
    segments = [(doc_text("report_unfinished", lang), False)]
    for index, row in enumerate(rows):
        label = table.status_text(row)
        text = doc_text("report_unfinished_item", lang, topic=topic(row.task.text), status=label)
        latest = row.progress[-1].text if row.progress else ""
        if latest:
            text += doc_text("report_reason", lang, reason=_sentence_body(latest))
        segments.append((text, False))
        segments.append((doc_text("report_fill_reason", lang), True))
        segments.append(("；" if index < len(rows) - 1 else "。", False))
    return segments


def topic(text: str) -> str:
    """A requirement quoted briefly: its first clause, at most TOPIC_LIMIT characters."""
    text = clean(text).strip()
    first = _CLAUSE_END.split(text, maxsplit=1)[0].strip() or text
    return first if len(first) <= TOPIC_LIMIT else first[: TOPIC_LIMIT - 1] + "…"


def _sentence_body(text: str) -> str:
    return clean(text).strip().rstrip(_TRAILING_PUNCTUATION).replace("\n", "，")


_BODY_RPR = style.rpr_xml(style.FANG, style.SAN_HAO)
_MARKED_RPR = _BODY_RPR.replace("</w:rPr>", '<w:highlight w:val="yellow"/></w:rPr>')


def _plain(text: str) -> str:
    return style.run_xml(text, _BODY_RPR)


def _highlighted(text: str) -> str:
    return style.run_xml(text, _MARKED_RPR)


def _body(document: DocumentObject, text: str) -> None:
    _body_runs(document, _plain(text))


def _body_runs(document: DocumentObject, runs: str) -> None:
    style.add_runs_paragraph(document, runs, line_pt=28)


def _heading(document: DocumentObject, text: str, font: str) -> None:
    style.add_paragraph(
        document, text, font, style.SAN_HAO, first_line_chars=2, line_pt=28, align="both"
    )
