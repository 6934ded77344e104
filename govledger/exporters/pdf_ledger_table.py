"""The 台账 table of the PDF summary, and the smaller overdue / due-soon lists.

The 工作任务 column reads like a merged cell: the task is printed on the first row of
its group and no rule separates the rows below it. When the table breaks across a
page, the first row on the new page repeats the task with "（续）" so a reader never
sees requirements without their task.
"""

from __future__ import annotations

from typing import TYPE_CHECKING
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, Table

from govledger.domain.model import Status
from govledger.exporters.labels import doc_text
from govledger.exporters.ledger_rows import LEDGER_COLUMNS, HeadingRow, LedgerTable, wrapped_lines

if TYPE_CHECKING:
    from govledger.exporters.pdf_summary import SummaryStyles

# Shares of the frame width, in the proportions of the Word 台账's columns.
LEDGER_SHARES = (12, 32, 62, 28, 22, 69, 28)
LIST_SHARES = {
    "seq": 12,
    "requirement": 100,
    "units": 40,
    "due": 30,
    "days_overdue": 18,
    "days_left": 18,
    "result": 80,
}
HEADER_FILL = colors.HexColor("#D9D9D9")
HEADING_FILL = colors.HexColor("#F2F2F2")
OVERDUE_RED = "#C62828"
RULE = 0.4
SPLIT_IN_ROW_MIN = 240  # points, about half the landscape frame
TOP_ALIGN_FROM = 200  # points: rows this tall are top-aligned so they can break
CELL_FONT_SIZE, CELL_LEADING = 9, 12


class GroupedTable(Table):
    """A Table that re-labels the task column on the first row after a page break."""

    group_labels: list[str | None] | None = None  # per row: its task, None for other rows
    label_style: ParagraphStyle | None = None
    lang = "zh"

    def split(self, availWidth, availHeight):
        parts = super().split(availWidth, availHeight)
        if len(parts) == 2 and self.group_labels:
            head, tail = parts
            repeat = self.repeatRows if isinstance(self.repeatRows, int) else 0
            first = len(self._cellvalues) - (len(tail._cellvalues) - repeat)
            head.group_labels = self.group_labels[: len(head._cellvalues)]
            tail.group_labels = self.group_labels[:repeat] + self.group_labels[first:]
            head.label_style = tail.label_style = self.label_style
            head.lang = tail.lang = self.lang
            self._label_continuation(tail, repeat, first)
        return parts

    def _label_continuation(self, tail: Table, row: int, original_row: int) -> None:
        label = tail.group_labels[row] if row < len(tail.group_labels) else None
        if not label or tail._cellvalues[row][1] not in ("", None):
            return
        previous = self.group_labels[original_row - 1] if original_row > 0 else None
        if previous != label:  # the group starts here anyway
            return
        text = escape(label) + doc_text("continued", self.lang)
        paragraph = Paragraph(text, self.label_style)
        width = tail._colWidths[1] - 12
        _w, height = paragraph.wrap(width, 10_000)
        row_height = tail._rowHeights[row] if tail._rowHeights else None
        if row_height is None or height <= row_height - 6:  # never overflow a fixed row
            tail._cellvalues[row][1] = [paragraph]


def ledger_flowable(table: LedgerTable, styles: SummaryStyles, width: float) -> Table:
    widths = [width * share / sum(LEDGER_SHARES) for share in LEDGER_SHARES]
    data: list[list] = [
        [Paragraph(label, styles.header) for label in table.column_labels(LEDGER_COLUMNS)]
    ]
    labels: list[str | None] = [None]
    commands: list[tuple] = [
        ("FONT", (0, 0), (-1, -1), styles.fonts.body, 9),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("ALIGN", (0, 1), (0, -1), "CENTER"),
        ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
        ("BOX", (0, 0), (-1, -1), 0.8, colors.black),
        ("INNERGRID", (0, 0), (0, -1), RULE, colors.black),  # 序号: every row ruled
        ("INNERGRID", (2, 0), (-1, -1), RULE, colors.black),
        ("LINEAFTER", (0, 0), (1, -1), RULE, colors.black),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
    ]
    markup, cell, center = styles.markup, styles.cell, styles.cell_center
    red = f'<font name="{styles.fonts.heading}" color="{OVERDUE_RED}">'
    plain = f'<font name="{styles.fonts.heading}">'
    previous_group: int | None = None
    for row in table.rows:
        r = len(data)
        if isinstance(row, HeadingRow):
            style = styles.heading if row.depth == 0 else styles.cell
            data.append([Paragraph(markup(row.text, style.fontName), style)] + [""] * 6)
            labels.append(None)
            commands.append(("SPAN", (0, r), (-1, r)))
            commands.append(("LINEABOVE", (1, r), (1, r), RULE, colors.black))
            if row.depth == 0:
                commands.append(("BACKGROUND", (0, r), (-1, r), HEADING_FILL))
            previous_group = None
            continue
        group_id = row.group.id if row.group else None
        starts_group = group_id is None or group_id != previous_group
        previous_group = group_id
        if starts_group:
            commands.append(("LINEABOVE", (1, r), (1, r), RULE, colors.black))
        task = row.task
        texts = [
            row.text,
            table.units_label(task),
            table.deadline_label(task),
            table.progress_lines(row),
            "\n".join(table.evidence_lines(row)),
        ]
        status = escape(table.status_text(row))
        opening = red if row.status is Status.OVERDUE else plain
        # Separate paragraphs, not <br/>: reportlab's CJK wrapping adds an empty line
        # when a line ends exactly at the cell edge before a <br/>.
        result = [Paragraph(f"{opening}{status}</font>", cell)]
        result += [Paragraph(markup(line), cell) for line in texts[3]]
        cells = [
            row.number,
            Paragraph(markup(row.group_text), cell) if starts_group and row.group else "",
            Paragraph(markup(texts[0]), cell),
            Paragraph(markup(texts[1]), center),
            Paragraph(markup(texts[2]), center),
            result,
            Paragraph(markup(texts[4]), cell) if texts[4] else "",
        ]
        if _is_tall(widths, [texts[0]], [texts[1]], [status, *texts[3]], [texts[4]]):
            # reportlab splits a row only between the items of list cells, and only
            # below cells sitting at the top: tall rows get both (ordinary rows stay
            # lean and centred).
            cells = [[c] if isinstance(c, Paragraph) else c for c in cells]
            commands.append(("VALIGN", (0, r), (-1, r), "TOP"))
        data.append(cells)
        labels.append(row.group_text or None)
    # Rows break across pages only when at least SPLIT_IN_ROW_MIN points are free: a row
    # taller than a page still fits somewhere, an ordinary one moves to the next page.
    flowable = GroupedTable(data, colWidths=widths, repeatRows=1, splitInRow=SPLIT_IN_ROW_MIN)
    flowable.setStyle(commands)
    flowable.group_labels = labels
    flowable.label_style = cell
    flowable.lang = table.lang
    return flowable


def _is_tall(widths: list[float], *columns: list[str]) -> bool:
    """Whether the row may not fit a page: estimated for the wrapping columns 2, 3, 5, 6."""
    lines = max(
        wrapped_lines(texts, (widths[c] - 12) / CELL_FONT_SIZE)
        for c, texts in zip((2, 3, 5, 6), columns, strict=True)
    )
    return lines * CELL_LEADING > TOP_ALIGN_FROM


def list_table(
    table: LedgerTable,
    styles: SummaryStyles,
    keys: tuple[str, ...],
    rows: list[list[str]],
    width: float,
) -> Table:
    """A simple ruled list (overdue / due soon): short columns centred."""
    shares = [LIST_SHARES[key] for key in keys]
    widths = [width * share / sum(shares) for share in shares]
    short = {"seq", "due", "days_overdue", "days_left"}  # plain strings: no wrapping needed
    data: list[list] = [[Paragraph(label, styles.header) for label in table.column_labels(keys)]]
    for values in rows:
        data.append(
            [
                value if key in short else Paragraph(styles.markup(value), styles.cell)
                for key, value in zip(keys, values, strict=True)
            ]
        )
    centred = [i for i, key in enumerate(keys) if key in short]
    flowable = Table(data, colWidths=widths, repeatRows=1, splitInRow=SPLIT_IN_ROW_MIN)
    flowable.setStyle(
        [
            ("FONT", (0, 0), (-1, -1), styles.fonts.body, 9),  # not Helvetica (unembedded)
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
            ("GRID", (0, 0), (-1, -1), RULE, colors.black),
            ("BOX", (0, 0), (-1, -1), 0.8, colors.black),
            *(("ALIGN", (i, 1), (i, -1), "CENTER") for i in centred),
        ]
    )
    return flowable
