"""The 台账 and the completion summary as HTML, for printing from the app.

Qt lays this HTML out page by page for the print preview (ui/print_preview.py); it
holds the same rows and texts as the Word and PDF exports (ledger_rows.py), in the
same order and with the same wording. Fonts follow the office convention: 小标宋/
黑体 titles, 仿宋 body, each with fallbacks a Windows PC or Linux has.
"""

from __future__ import annotations

from html import escape

from govledger.domain.model import Status
from govledger.exporters import summary_figures
from govledger.exporters.labels import date_label, doc_text, status_label
from govledger.exporters.ledger_rows import HeadingRow, LedgerTable, RequirementRow

TITLE_FONTS = "'方正小标宋简体', 'SimHei', '黑体', 'Noto Sans CJK SC', 'WenQuanYi Micro Hei'"
BODY_FONTS = (
    "'仿宋_GB2312', 'FangSong', '仿宋', 'Noto Serif CJK SC', 'Noto Sans CJK SC', "
    "'WenQuanYi Micro Hei'"
)
# Column widths in percent of the page: 序号 工作任务 具体要求 责任单位 时间节点 完成情况 佐证材料
WIDTHS = (5, 13, 27, 12, 9, 23, 11)
ALERT_COLOURS = {"overdue": "#fbe3e3", "due_soon": "#fff4d6", "done": "#e6f4e6"}

STYLE = f"""
body {{ font-family: {BODY_FONTS}; font-size: 10pt; }}
h1 {{ font-family: {TITLE_FONTS}; font-size: 18pt; font-weight: normal; text-align: center;
      margin-bottom: 2pt; }}
h2 {{ font-family: {TITLE_FONTS}; font-size: 13pt; font-weight: normal; margin-top: 12pt; }}
p.sub {{ text-align: center; margin-top: 0; margin-bottom: 8pt; }}
table {{ border-collapse: collapse; }}
th {{ font-family: {TITLE_FONTS}; font-weight: normal; background-color: #eeeeee; }}
td.heading {{ font-family: {TITLE_FONTS}; background-color: #f6f6f6; }}
"""


def _page(body: str) -> str:
    return f"<html><head><style>{STYLE}</style></head><body>{body}</body></html>"


def _lines(lines: list[str]) -> str:
    return "<br/>".join(escape(line) for line in lines if line)


# Joins the characters either side so no line breaks between them; it draws nothing.
WORD_JOINER = "\u2060"
# A wrapped title ends in a line of at least this many characters (落实情况台账), never
# in one "账" alone (issue 23).
TITLE_TAIL = 6


def unbroken_tail(text: str, count: int = TITLE_TAIL) -> str:
    """text with its last count characters kept on one line."""
    head, tail = text[:-count], text[-count:]
    return head + WORD_JOINER.join(tail)


def _title(table: LedgerTable, key: str) -> str:
    title = unbroken_tail(doc_text(key, table.lang, title=table.plan.title))
    return f"<h1>{escape(title)}</h1><p class='sub'>{escape(table.subtitle())}</p>"


def _table(table: LedgerTable, header: list[str], rows: list[str], widths=WIDTHS) -> str:
    head = "".join(
        f"<th width='{width}%'>{escape(label)}</th>"
        for width, label in zip(widths, header, strict=True)
    )
    return (
        "<table width='100%' border='1' cellspacing='0' cellpadding='4'>"
        f"<thead><tr>{head}</tr></thead>{''.join(rows)}</table>"
    )


def _requirement_row(table: LedgerTable, row: RequirementRow) -> str:
    colour = ALERT_COLOURS.get(str(row.alert))
    status_cell = f" bgcolor='{colour}'" if colour else ""
    cells = [
        f"<td align='center'>{escape(row.number)}</td>",
        f"<td>{escape(row.group_text)}</td>",
        f"<td>{escape(row.text)}</td>",
        f"<td>{escape(table.units_label(row.task))}</td>",
        f"<td align='center'>{escape(table.deadline_label(row.task))}</td>",
        f"<td{status_cell}>{_lines(table.result_lines(row))}</td>",
        f"<td>{_lines(table.evidence_lines(row))}</td>",
    ]
    return f"<tr>{''.join(cells)}</tr>"


def ledger_html(table: LedgerTable) -> str:
    """The whole 台账: title, then one table with headings as rows across it."""
    rows = []
    for row in table.rows:
        if isinstance(row, HeadingRow):
            rows.append(
                f"<tr><td class='heading' colspan='{len(WIDTHS)}'>{escape(row.text)}</td></tr>"
            )
        else:
            rows.append(_requirement_row(table, row))
    body = (
        _table(table, table.column_labels(), rows)
        if rows
        else f"<p>{escape(doc_text('empty', table.lang))}</p>"
    )
    return _page(_title(table, "ledger_title") + body)


def summary_html(table: LedgerTable, warning_days: int) -> str:
    """The completion summary: overview, counts by unit, overdue and due-soon lists."""
    lang = table.lang
    figures = summary_figures.overview(table)
    parts = [_title(table, "summary_title")]
    parts.append(f"<h2>{escape(doc_text('overview', lang))}</h2>")
    parts.append(f"<p>{escape(figures.text(lang))}</p>")
    status_cells = "".join(
        f"<td align='center'>{escape(status_label(status, lang))}<br/><b>{count}</b></td>"
        for status, count in sorted(figures.counts.items(), key=lambda item: -item[1])
    )
    parts.append(
        f"<table border='1' cellspacing='0' cellpadding='6'><tr>{status_cells}</tr></table>"
    )
    unit_rows = [
        f"<tr><td>{escape(unit)}</td><td align='center'>{done}</td><td align='center'>{total}</td>"
        f"<td align='center'>{(100 * done // total) if total else 0}%</td></tr>"
        for unit, done, total in summary_figures.per_unit(table)
    ]
    unit_header = [
        doc_text("col.units", lang),
        status_label(Status.DONE, lang),
        doc_text("chart_total", lang),
        "%",
    ]
    parts.append(f"<h2>{escape(doc_text('chart_units', lang))}</h2>")
    parts.append(_table(table, unit_header, unit_rows, widths=(55, 15, 15, 15)))
    overdue, soon = summary_figures.overdue_and_due_soon(table)
    for title_key, rows, days_key, days in (
        ("overdue_list", overdue, "days_overdue", summary_figures.days_overdue),
        ("due_soon_list", soon, "days_left", summary_figures.days_left),
    ):
        heading = doc_text(title_key, lang, count=len(rows), days=warning_days)
        parts.append(f"<h2>{escape(heading)}</h2>")
        if not rows:
            parts.append(f"<p>{escape(doc_text('none', lang))}</p>")
            continue
        header = [
            doc_text(f"col.{key}", lang) for key in ("seq", "requirement", "units", "due", days_key)
        ]
        body = [
            f"<tr><td align='center'>{escape(row.number)}</td><td>{escape(row.text)}</td>"
            f"<td>{escape(table.units_label(row.task))}</td>"
            f"<td align='center'>{escape(date_label(row.task.due, lang))}</td>"
            f"<td align='center'>{days(table, row)}</td></tr>"
            for row in rows
        ]
        parts.append(_table(table, header, body, widths=(6, 52, 20, 12, 10)))
    return _page("".join(parts))
