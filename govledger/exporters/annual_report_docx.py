"""The yearly report (政府信息公开工作年度报告) as a Word document in GB/T 9704 style.

A4 portrait; title 方正小标宋简体 二号; the six parts' titles 黑体 三号; body 仿宋_GB2312
三号 at a fixed 28 pt line; tables in 小五 (annual_report_docx_tables.py); "— 1 —"
page numbers. In the prose each line is a paragraph; a line opening with （一） has
its heading (up to the first 。) in 楷体, one opening with 1. in bold 仿宋, as the
公文 heading levels require. 〔…〕 placeholders are highlighted for the clerk.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from docx.document import Document as DocumentObject
from docx.oxml import parse_xml
from docx.oxml.ns import qn

from govledger.domain import annual_report_format as fmt
from govledger.domain.outline import int_to_cn
from govledger.exporters import docx_style as style
from govledger.exporters.annual_report_data import AnnualReport, build_annual_report
from govledger.exporters.annual_report_docx_tables import add_table
from govledger.exporters.annual_report_layout import (
    TableLayout,
    active_layout,
    application_layout,
    review_layout,
)
from govledger.exporters.atomic import write_atomically
from govledger.exporters.labels import clean
from govledger.exporters.report_draft import PLACEHOLDER
from govledger.store.ledger import Ledger

LINE_PT = 28.0
TITLE_LINE = 20  # characters of 二号 on a line of the 156 mm 版心
HEADING_LIMIT = 40  # characters: a longer first sentence is body text, not a heading
_LEVELS = (
    (re.compile(r"^[一二三四五六七八九十]+、"), style.HEI, False),
    (re.compile(r"^[（(][一二三四五六七八九十]+[）)]"), style.KAI, False),
    (re.compile(r"^\d+[.．]"), style.FANG, True),
)
_PLACEHOLDER = PLACEHOLDER  # 〔to fill in〕, not the 〔2019〕 of a 文号
CHECK_NOTE = "〔勾稽关系校验未通过，请核对后删除本段：{checks}〕"


def _marked(rpr: str) -> str:
    return rpr.replace("</w:rPr>", '<w:highlight w:val="yellow"/></w:rPr>')


def export_annual_report_docx(
    ledger: Ledger,
    year: int,
    target: Path | str,
    *,
    plan_id: int | None = None,
    today: date | None = None,
) -> Path:
    report = build_annual_report(ledger, year, plan_id=plan_id, today=today)
    document = render_annual_report(report)
    return write_atomically(target, lambda path: document.save(str(path)))


def render_annual_report(report: AnnualReport) -> DocumentObject:
    document = style.new_document(landscape=False)
    document.core_properties.title = report.title
    _title(document, report)
    _prose(document, report.text("preamble"))
    titles = fmt.SECTION_TITLES
    _section_title(document, titles["overview"])
    _prose(document, report.text("overview"))
    _section_title(document, titles["active"])
    _table(document, report, active_layout(report.active))
    # Table 三 is what readers check; it starts a page so it is never split (LibreOffice
    # and some WPS versions ignore Word's keep-with-next inside tables).
    _section_title(document, titles["applications"], new_page=True)
    _table(document, report, application_layout(report.applications))
    _section_title(document, titles["review"], after_table=True)
    _table(document, report, review_layout(report.review))
    _section_title(document, titles["problems"], after_table=True)
    _prose(document, report.text("problems"))
    _section_title(document, titles["other"])
    items = [(key, report.text(key)) for key in fmt.OTHER_PARTS if report.text(key).strip()]
    for number, (key, text) in enumerate(items, start=1):
        heading = f"（{int_to_cn(number)}）{fmt.OTHER_PARTS[key]}"
        _paragraph(document, _runs(heading, style.KAI), keep_next=True)
        _prose(document, text)
    _signature(document, report)
    return document


def _table(document: DocumentObject, report: AnnualReport, layout: TableLayout) -> None:
    """A table with its failing cross-checks shaded, then named in a highlighted note
    for the clerk (to be resolved and deleted before the report is published)."""
    failures = [f for f in report.failures if f.table == layout.table]
    add_table(document, layout, failing={f.cell for f in failures})
    if failures:
        note = CHECK_NOTE.format(checks="；".join(f.text("zh") for f in failures))
        _paragraph(document, _runs(note, style.FANG), before_pt=LINE_PT / 4)


def _signature(document: DocumentObject, report: AnnualReport) -> None:
    """The issuing office and the date, right-aligned under the text, as a 公文 ends."""
    _paragraph(document, "", keep_next=True)  # one blank line above
    for line in (report.issuer, report.issue_date):
        runs = _runs(line, style.FANG)
        xml = (
            f'<w:p {style.W_NS}><w:pPr><w:keepNext/><w:spacing w:before="0" w:after="0" '
            f'w:line="{round(LINE_PT * 20)}" w:lineRule="exact"/>'
            f'<w:ind w:right="{round(4 * style.SAN_HAO * 20)}"/><w:jc w:val="right"/></w:pPr>'
            f"{runs}</w:p>"
        )
        _append(document, xml)


def _title(document: DocumentObject, report: AnnualReport) -> None:
    """The title, broken after the organisation's name when it takes two lines (二号:
    about 20 characters a line), as titles are broken by meaning, not mid-word."""
    rpr = style.rpr_xml(style.TITLE_FONT, style.ER_HAO)
    issuer = report.issuer
    name = style.run_xml(issuer, _marked(rpr) if _PLACEHOLDER.fullmatch(issuer) else rpr)
    rest = style.run_xml(report.title.removeprefix(issuer), rpr)
    if len(report.title) > TITLE_LINE:
        runs = name + f"<w:r>{rpr}<w:br/></w:r>" + rest
    else:
        runs = name + rest
    xml = (
        f'<w:p {style.W_NS}><w:pPr><w:spacing w:before="0" w:after="480" w:line="720" '
        f'w:lineRule="exact"/><w:jc w:val="center"/></w:pPr>{runs}</w:p>'
    )
    _append(document, xml)


def _section_title(
    document: DocumentObject, text: str, *, after_table: bool = False, new_page: bool = False
) -> None:
    before = LINE_PT / 2 if after_table else 0
    runs = _runs(text, style.HEI)
    _paragraph(document, runs, before_pt=before, keep_next=True, new_page=new_page)


def _prose(document: DocumentObject, text: str) -> None:
    for line in clean(text).splitlines():
        line = line.strip()
        if line:
            runs, heading_only = prose_runs(line)
            _paragraph(document, runs, keep_next=heading_only)


def prose_runs(line: str) -> tuple[str, bool]:
    """A line of prose as Word runs: its heading part in the heading font, the rest 仿宋;
    and whether the line is a heading alone (kept on the page of what follows)."""
    for pattern, font, bold in _LEVELS:
        if not pattern.match(line):
            continue
        end = line.find("。")
        if end == -1 and len(line) <= HEADING_LIMIT:
            return _runs(line, font, bold=bold), True
        if 0 <= end < HEADING_LIMIT:
            heading, rest = line[: end + 1], line[end + 1 :]
            return _runs(heading, font, bold=bold) + _runs(rest, style.FANG), not rest
        break
    return _runs(line, style.FANG), False


def _runs(text: str, font: str, *, bold: bool = False) -> str:
    """Runs of one font; 〔placeholders〕 highlighted yellow."""
    rpr = style.rpr_xml(font, style.SAN_HAO, bold=bold)
    marked = _marked(rpr)
    return "".join(
        style.run_xml(part, marked if _PLACEHOLDER.fullmatch(part) else rpr)
        for part in _PLACEHOLDER.split(text)
        if part
    )


def _paragraph(
    document: DocumentObject,
    runs: str,
    *,
    before_pt: float = 0,
    keep_next: bool = False,
    new_page: bool = False,
) -> None:
    indent = round(2 * style.SAN_HAO * 20)
    keep = ("<w:keepNext/>" if keep_next else "") + ("<w:pageBreakBefore/>" if new_page else "")
    xml = (
        f'<w:p {style.W_NS}><w:pPr>{keep}<w:spacing w:before="{round(before_pt * 20)}" '
        f'w:after="0" w:line="{round(LINE_PT * 20)}" w:lineRule="exact"/>'
        f'<w:ind w:firstLine="{indent}" w:firstLineChars="200"/><w:jc w:val="both"/></w:pPr>'
        f"{runs}</w:p>"
    )
    _append(document, xml)


def _append(document: DocumentObject, xml: str) -> None:
    document.element.body.append(parse_xml(xml))
    body = document.element.body
    sect = body.find(qn("w:sectPr"))
    if sect is not None and body[-1] is not sect:  # the page setup must stay last
        body.remove(sect)
        body.append(sect)
