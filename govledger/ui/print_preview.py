"""Print preview and printing of the 台账 and the completion summary.

The pages come from the same rows as the exports (exporters/ledger_html.py); Qt lays
the HTML out on A4 landscape, repeats the table header on every page, and each page
gets the official-document page number "— n —" at its foot.
"""

from __future__ import annotations

from PySide6.QtCore import QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import QPageLayout, QPageSize, QPainter, QTextDocument
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QWidget

from govledger.ui.window_geometry import fit_to_screen

FOOTER_MM = 12


def make_printer() -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Landscape,
            QMarginsF(15, 15, 15, 10),
            QPageLayout.Unit.Millimeter,
        )
    )
    return printer


def paint_pages(printer: QPrinter, html: str) -> int:
    """Lay html out on the printer's pages and paint them; returns the number of pages."""
    document = QTextDocument()
    document.documentLayout().setPaintDevice(printer)
    document.setHtml(html)
    area = printer.pageLayout().paintRectPixels(printer.resolution())
    footer = FOOTER_MM / 25.4 * printer.resolution()
    body_height = area.height() - footer
    document.setPageSize(QSizeF(area.width(), body_height))
    pages = document.pageCount()
    painter = QPainter(printer)
    try:
        font = painter.font()
        font.setPointSize(10)
        for page in range(pages):
            if page:
                printer.newPage()
            painter.save()
            painter.translate(0, -page * body_height)
            document.drawContents(painter, QRectF(0, page * body_height, area.width(), body_height))
            painter.restore()
            painter.setFont(font)
            painter.drawText(
                QRectF(0, body_height, area.width(), footer),
                Qt.AlignmentFlag.AlignCenter,
                f"— {page + 1} —",
            )
    finally:
        painter.end()
    return pages


def preview_dialog(html: str, title: str, parent: QWidget | None = None) -> QPrintPreviewDialog:
    """A print preview of html (not yet shown); Print in it sends the pages to a printer."""
    printer = make_printer()
    printer.setDocName(title)
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.setWindowTitle(title)
    dialog.paintRequested.connect(lambda target: paint_pages(target, html))
    fit_to_screen(dialog, (1100, 760))
    dialog._printer = printer  # the dialog does not own it: keep it alive with the dialog
    return dialog
