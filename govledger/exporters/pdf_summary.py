"""The PDF summary: cover, completion overview with charts, overdue and due-soon
lists, and the full 台账 table, in A4 landscape with the Chinese fonts embedded.

Fonts come from fonts.cjk_fonts(); a character the body font lacks (rare characters
in names are common) is drawn in another registered font instead of a tofu box.
Per-cell work is kept to what a bare reportlab table needs anyway (one Paragraph per
text cell); the grid is drawn with a few range commands rather than per-row ones.
"""

from __future__ import annotations

from datetime import date
from functools import partial
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table

from govledger.domain.status_rules import WARNING_WORKDAYS
from govledger.exporters import pdf_charts, summary_figures
from govledger.exporters.atomic import write_atomically
from govledger.exporters.fonts import CjkFonts, cjk_fonts
from govledger.exporters.labels import DEFAULT_LANGUAGE, date_label, doc_text
from govledger.exporters.ledger_rows import LedgerTable, RequirementRow, build_ledger_table
from govledger.exporters.pdf_ledger_table import ledger_flowable, list_table
from govledger.store.ledger import Ledger

PAGE = landscape(A4)
MARGIN = 16 * mm
FRAME_WIDTH = PAGE[0] - 2 * MARGIN


def export_pdf_summary(
    ledger: Ledger,
    plan_id: int,
    target: Path | str,
    *,
    today: date | None = None,
    warning_days: int = WARNING_WORKDAYS,
    lang: str = DEFAULT_LANGUAGE,
) -> Path:
    """Write the PDF summary of a plan."""
    fonts = cjk_fonts()  # fail on missing fonts before any work
    table = build_ledger_table(ledger, plan_id, today=today, warning_days=warning_days, lang=lang)
    return write_atomically(
        target, lambda path: write_pdf_summary(table, path, fonts, warning_days=warning_days)
    )


def write_pdf_summary(
    table: LedgerTable, path: Path, fonts: CjkFonts, *, warning_days: int = WARNING_WORKDAYS
) -> None:
    styles = SummaryStyles(fonts)
    story = [*_cover(table, styles), PageBreak()]
    story += _overview(table, styles)
    story += _overdue_and_due_soon(table, styles, warning_days)
    story += [PageBreak(), Paragraph(doc_text("full_ledger", table.lang), styles.h1)]
    story.append(ledger_flowable(table, styles, FRAME_WIDTH))
    plan = table.plan
    document = SimpleDocTemplate(
        str(path),
        pagesize=PAGE,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN,
        title=doc_text("summary_title", table.lang) + " " + plan.title,
        author=plan.organization,
        creator="govledger",
        initialFontName=styles.fonts.body,  # else every page references unembedded Helvetica
    )
    furniture = partial(_page_furniture, styles=styles, header=plan.title)
    document.build(story, onFirstPage=lambda _canvas, _doc: None, onLaterPages=furniture)


class SummaryStyles:
    """Paragraph styles for one font set; CJK wrapping everywhere."""

    def __init__(self, fonts: CjkFonts) -> None:
        self.fonts = fonts
        base = {"fontName": fonts.body, "wordWrap": "CJK"}
        self.cell = ParagraphStyle("cell", fontSize=9, leading=12, **base)
        self.cell_center = ParagraphStyle("cellc", parent=self.cell, alignment=TA_CENTER)
        self.header = ParagraphStyle(
            "header", parent=self.cell_center, fontName=fonts.heading, fontSize=9.5
        )
        self.heading = ParagraphStyle("heading", parent=self.cell, fontName=fonts.heading)
        self.body = ParagraphStyle("body", fontSize=12, leading=20, firstLineIndent=24, **base)
        self.h1 = ParagraphStyle(
            "h1", fontName=fonts.heading, fontSize=15, leading=22, spaceAfter=8, wordWrap="CJK"
        )
        self.cover_org = ParagraphStyle(
            "org", fontName=fonts.heading, fontSize=20, leading=30, alignment=TA_CENTER
        )
        self.cover_title = ParagraphStyle(
            "title", fontName=fonts.title, fontSize=26, leading=40, alignment=TA_CENTER,
            wordWrap="CJK",
        )  # fmt: skip
        self.cover_sub = ParagraphStyle(
            "sub", fontName=fonts.heading, fontSize=18, leading=28, alignment=TA_CENTER
        )
        self.cover_date = ParagraphStyle(
            "date", fontName=fonts.body, fontSize=16, leading=24, alignment=TA_CENTER
        )

    def markup(self, text: str, font: str | None = None) -> str:
        """Paragraph markup for user text; characters the font lacks get another font."""
        font = font or self.fonts.body
        if self.fonts.covers(font, text):
            return escape(text).replace("\n", "<br/>")
        parts, run, run_font = [], [], font
        for ch in text:
            ch_font = self.fonts.font_for(ch, font) if not ch.isspace() else run_font
            if ch_font != run_font and run:
                parts.append(_font_run("".join(run), run_font, font))
                run = []
            run_font = ch_font
            run.append(ch)
        parts.append(_font_run("".join(run), run_font, font))
        return "".join(parts).replace("\n", "<br/>")


def _font_run(text: str, font: str, default: str) -> str:
    return escape(text) if font == default else f'<font name="{font}">{escape(text)}</font>'


def _cover(table: LedgerTable, styles: SummaryStyles) -> list:
    plan = table.plan
    story: list = [Spacer(1, 40 * mm)]
    if plan.organization:
        story += [Paragraph(styles.markup(plan.organization), styles.cover_org), Spacer(1, 12)]
    story += [
        Paragraph(styles.markup(plan.title, styles.fonts.title), styles.cover_title),
        Spacer(1, 16),
        Paragraph(doc_text("summary_title", table.lang), styles.cover_sub),
        Spacer(1, 40 * mm),
        Paragraph(date_label(table.today, table.lang), styles.cover_date),
    ]
    return story


def _overview(table: LedgerTable, styles: SummaryStyles) -> list:
    lang, font = table.lang, styles.fonts.body
    figures = summary_figures.overview(table)
    pie = pdf_charts.status_pie(figures.counts, font, lang, width=250, height=170)
    months = pdf_charts.month_bars(
        summary_figures.per_month(table), font, lang, width=FRAME_WIDTH - 260, height=170
    )
    charts = Table([[pie, months]], colWidths=[260, FRAME_WIDTH - 260])
    charts.setStyle(
        [
            ("FONT", (0, 0), (-1, -1), font),  # a table's default is unembedded Helvetica
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ]
    )
    units = pdf_charts.unit_bars(summary_figures.per_unit(table), font, lang, width=FRAME_WIDTH)
    return [
        Paragraph(doc_text("overview", lang), styles.h1),
        Paragraph(figures.text(lang), styles.body),
        Spacer(1, 8),
        charts,
        Spacer(1, 6),
        units,
    ]


def _overdue_and_due_soon(table: LedgerTable, styles: SummaryStyles, days: int) -> list:
    lang = table.lang
    overdue, soon = summary_figures.overdue_and_due_soon(table)
    story: list = [
        PageBreak(),
        Paragraph(doc_text("overdue_list", lang, count=len(overdue)), styles.h1),
    ]

    def rows(items: list[RequirementRow], days_column) -> list[list[str]]:
        return [
            [
                row.number,
                row.text,
                table.units_label(row.task),
                date_label(row.task.due, lang),
                str(days_column(row)),
                (table.progress_lines(row) or [""])[-1],
            ]
            for row in items
        ]

    def overdue_days(row: RequirementRow) -> int:
        return summary_figures.days_overdue(table, row)

    def days_left(row: RequirementRow) -> int:
        return summary_figures.days_left(table, row)

    keys = ("seq", "requirement", "units", "due", "days_overdue", "result")
    if overdue:
        story.append(list_table(table, styles, keys, rows(overdue, overdue_days), FRAME_WIDTH))
    else:
        story.append(Paragraph(doc_text("none", lang), styles.body))
    story += [
        Spacer(1, 14),
        Paragraph(doc_text("due_soon_list", lang, days=days, count=len(soon)), styles.h1),
    ]
    keys = ("seq", "requirement", "units", "due", "days_left", "result")
    if soon:
        story.append(list_table(table, styles, keys, rows(soon, days_left), FRAME_WIDTH))
    else:
        story.append(Paragraph(doc_text("none", lang), styles.body))
    return story


def _page_furniture(canvas, document, *, styles: SummaryStyles, header: str) -> None:
    """Running header (the plan) and '— n —' page numbers on every page but the cover."""
    canvas.saveState()
    width, height = PAGE
    canvas.setFont(styles.fonts.body, 9)
    canvas.setFillColor(colors.HexColor("#555555"))
    if styles.fonts.covers(styles.fonts.body, header):
        canvas.drawString(MARGIN, height - MARGIN + 12, header)
    canvas.setStrokeColor(colors.HexColor("#999999"))
    canvas.setLineWidth(0.5)
    canvas.line(MARGIN, height - MARGIN + 8, width - MARGIN, height - MARGIN + 8)
    canvas.setFillColor(colors.black)
    canvas.setFont(styles.fonts.body, 12)
    canvas.drawCentredString(width / 2, MARGIN - 22, f"— {document.page} —")
    canvas.restoreState()
