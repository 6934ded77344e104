"""The charts of the PDF summary (reportlab.graphics): by status, lead unit and month due.

Colours stay distinguishable when an office prints in grey: done is dark, overdue
mid-dark, not started light. Every string uses the registered Chinese font.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.charts.piecharts import Pie
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors

from govledger.domain.model import Status
from govledger.exporters.labels import STATUS_ORDER, doc_text, status_label

STATUS_COLOURS = {
    Status.DONE: colors.HexColor("#2E7D32"),
    Status.IN_PROGRESS: colors.HexColor("#1565C0"),
    Status.NOT_STARTED: colors.HexColor("#B0BEC5"),
    Status.OVERDUE: colors.HexColor("#C62828"),
    Status.NOT_APPLICABLE: colors.HexColor("#E0E0E0"),
}
TOTAL_COLOUR = colors.HexColor("#90A4AE")
MAX_UNITS = 12  # more bars than this become unreadable; the rest are summed up


def status_pie(
    counts: Counter[Status], font: str, lang: str, width: float = 250, height: float = 180
) -> Drawing:
    drawing = Drawing(width, height)
    _title(drawing, doc_text("chart_status", lang), font, width, height)
    shown = [status for status in STATUS_ORDER if counts.get(status)]
    if not shown:
        return drawing
    pie = Pie()
    pie.x, pie.y, pie.width, pie.height = 10, 15, 130, 130
    pie.data = [counts[status] for status in shown]
    pie.labels = None
    pie.slices.strokeColor = colors.white
    pie.slices.strokeWidth = 0.5
    for index, status in enumerate(shown):
        pie.slices[index].fillColor = STATUS_COLOURS[status]
    drawing.add(pie)
    legend = Legend()
    legend.x, legend.y = 155, 130
    legend.fontName, legend.fontSize = font, 9
    legend.dx = legend.dy = 8
    legend.deltay = 16
    legend.columnMaximum = len(STATUS_ORDER)  # one column
    legend.alignment = "right"
    legend.colorNamePairs = [
        (STATUS_COLOURS[status], f"{status_label(status, lang)}  {counts[status]}")
        for status in shown
    ]
    drawing.add(legend)
    return drawing


def unit_bars(
    per_unit: Sequence[tuple[str, int, int]],
    font: str,
    lang: str,
    width: float = 740,
) -> Drawing:
    """Horizontal bars per lead unit: total requirements and those done."""
    rows = list(per_unit[:MAX_UNITS])
    if len(per_unit) > MAX_UNITS:
        rest = per_unit[MAX_UNITS:]
        rows.append(
            (
                doc_text("chart_other_units", lang, count=len(rest)),
                sum(done for _u, done, _t in rest),
                sum(total for _u, _d, total in rest),
            )
        )
    bar_height = 16
    height = 50 + bar_height * max(1, len(rows))
    drawing = Drawing(width, height)
    _title(drawing, doc_text("chart_units", lang), font, width, height)
    if not rows:
        return drawing
    chart = HorizontalBarChart()
    chart.x, chart.y = 150, 25
    chart.width, chart.height = width - 220, height - 50
    rows.reverse()  # the largest unit on top
    chart.data = [[total for _u, _d, total in rows], [done for _u, done, _t in rows]]
    chart.categoryAxis.categoryNames = [_short(unit, 12) for unit, _d, _t in rows]
    chart.categoryAxis.labels.fontName = font
    chart.categoryAxis.labels.fontSize = 9
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.valueAxis.labels.fontName = font
    chart.valueAxis.labels.fontSize = 8
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueStep = _step(max(total for _u, _d, total in rows))
    chart.bars[0].fillColor = TOTAL_COLOUR
    chart.bars[1].fillColor = STATUS_COLOURS[Status.DONE]
    chart.bars.strokeColor = None
    chart.barSpacing = 1
    chart.groupSpacing = 4
    drawing.add(chart)
    _legend(
        drawing,
        font,
        width - 60,
        height - 30,
        [
            (TOTAL_COLOUR, doc_text("chart_total", lang)),
            (STATUS_COLOURS[Status.DONE], status_label(Status.DONE, lang)),
        ],
    )
    return drawing


def month_bars(
    per_month: Sequence[tuple[str, Counter[Status]]],
    font: str,
    lang: str,
    width: float = 480,
    height: float = 180,
) -> Drawing:
    """Stacked bars per month due, split by status."""
    drawing = Drawing(width, height)
    _title(drawing, doc_text("chart_months", lang), font, width, height)
    if not per_month:
        return drawing
    shown = [s for s in STATUS_ORDER if any(counts.get(s) for _m, counts in per_month)]
    chart = VerticalBarChart()
    chart.x, chart.y = 35, 30
    chart.width, chart.height = width - 130, height - 60
    chart.data = [[counts.get(status, 0) for _m, counts in per_month] for status in shown]
    chart.categoryAxis.style = "stacked"
    chart.categoryAxis.categoryNames = [label for label, _c in per_month]
    chart.categoryAxis.labels.fontName = font
    chart.categoryAxis.labels.fontSize = 8
    chart.valueAxis.labels.fontName = font
    chart.valueAxis.labels.fontSize = 8
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueStep = _step(max(sum(c.values()) for _m, c in per_month))
    for index, status in enumerate(shown):
        chart.bars[index].fillColor = STATUS_COLOURS[status]
    chart.bars.strokeColor = None
    drawing.add(chart)
    _legend(
        drawing,
        font,
        width - 85,
        height - 40,
        [(STATUS_COLOURS[s], status_label(s, lang)) for s in shown],
    )
    return drawing


def _title(drawing: Drawing, text: str, font: str, width: float, height: float) -> None:
    drawing.initialFontName = font  # the renderer's default is unembedded Helvetica
    drawing.add(String(0, height - 12, text, fontName=font, fontSize=11))


def _legend(drawing: Drawing, font: str, x: float, y: float, pairs: list) -> None:
    legend = Legend()
    legend.x, legend.y = x, y
    legend.fontName, legend.fontSize = font, 8
    legend.dx = legend.dy = 7
    legend.deltay = 13
    legend.columnMaximum = len(pairs)  # one column
    legend.alignment = "right"
    legend.colorNamePairs = pairs
    drawing.add(legend)


def _step(maximum: int) -> int:
    """A round axis step giving about five gridlines."""
    for step in (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500):
        if maximum / step <= 6:
            return step
    return 1000


def _short(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
