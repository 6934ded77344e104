"""One of the report's tables on screen, laid out as it prints (annual_report_layout.py).

Header and label cells are read-only; figures are edited in place. A figure set by
hand is shaded blue, and one failing a cross-check red, each with a tooltip saying
why — the rule and the cell, as the export's 校验 sheet words it.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QAbstractItemView, QTableWidget, QTableWidgetItem, QWidget

from govledger.exporters.annual_report_layout import TableLayout

KeyRole = Qt.ItemDataRole.UserRole
HEADER_BACKGROUND = QBrush(QColor("#F2F2F2"))
ADJUSTED_BACKGROUND = QBrush(QColor("#DDEBF7"))
FAILING_BACKGROUND = QBrush(QColor("#FBE3E4"))
FAILING_FOREGROUND = QBrush(QColor("#A4262C"))


@dataclass(frozen=True, slots=True)
class CellMark:
    adjusted: str = ""  # why the figure differs from the register
    failing: str = ""  # the cross-check it breaks


class ReportGrid(QTableWidget):
    figure_edited = Signal(str, str, str)  # row code, column code, the text typed
    adjustment_menu = Signal(str, str, QPoint)  # row code, column code, global position

    def __init__(self, parent: QWidget | None = None, *, pixels_per_mm: float = 5.6):
        super().__init__(parent)
        self.pixels_per_mm = pixels_per_mm
        self.layout_shown: TableLayout | None = None
        self.horizontalHeader().setVisible(False)
        self.verticalHeader().setVisible(False)
        self.setWordWrap(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._context_menu)
        self.itemChanged.connect(self._item_changed)
        self._filling = False

    def show_layout(self, layout: TableLayout, marks: dict[tuple[str, str], CellMark]) -> None:
        self._filling = True
        try:
            self.clearSpans()
            self.clear()
            self.setRowCount(layout.row_count)
            self.setColumnCount(len(layout.widths_mm))
            for column, width in enumerate(layout.widths_mm):
                self.setColumnWidth(column, round(width * self.pixels_per_mm))
            bold = QFont(self.font())
            bold.setBold(True)
            for spec in layout.cells:
                item = QTableWidgetItem(spec.text)
                flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                if spec.kind == "number":
                    item.setFlags(flags | Qt.ItemFlag.ItemIsEditable)
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                    item.setData(KeyRole, spec.key)
                    self._mark(item, marks.get(spec.key) if spec.key else None)
                else:
                    item.setFlags(flags)
                    if spec.kind in ("header", "note"):
                        item.setBackground(HEADER_BACKGROUND)
                    if spec.kind == "header":
                        item.setFont(bold)
                        item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                    else:
                        item.setTextAlignment(
                            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
                        )
                    item.setToolTip(spec.text)
                self.setItem(spec.row, spec.column, item)
                if spec.rows > 1 or spec.columns > 1:
                    self.setSpan(spec.row, spec.column, spec.rows, spec.columns)
            self._fit_rows(layout)
            self.layout_shown = layout
        finally:
            self._filling = False

    def _fit_rows(self, layout: TableLayout) -> None:
        """Row heights from the cells within one row. (resizeRowsToContents would give a
        tall cell spanning 22 rows — 三、本年度办理结果 — all its height in the first.)"""
        metrics = self.fontMetrics()
        lines = [1] * layout.row_count
        for spec in layout.cells:
            if spec.rows != 1:
                continue
            width = sum(self.columnWidth(c) for c in range(spec.column, spec.column + spec.columns))
            text_width = metrics.horizontalAdvance(spec.text) * (
                1.1 if spec.kind == "header" else 1
            )
            lines[spec.row] = max(lines[spec.row], math.ceil(text_width / max(1, width - 10)))
        for row, count in enumerate(lines):
            self.setRowHeight(row, count * metrics.lineSpacing() + 10)

    def _mark(self, item: QTableWidgetItem, mark: CellMark | None) -> None:
        if mark is None:
            return
        tips = [text for text in (mark.failing, mark.adjusted) if text]
        item.setToolTip("\n".join(tips))
        if mark.failing:
            item.setBackground(FAILING_BACKGROUND)
            item.setForeground(FAILING_FOREGROUND)
        elif mark.adjusted:
            item.setBackground(ADJUSTED_BACKGROUND)
        if mark.adjusted:
            font = item.font()
            font.setItalic(True)
            item.setFont(font)

    def item_for(self, row: str, column: str) -> QTableWidgetItem | None:
        for r in range(self.rowCount()):
            for c in range(self.columnCount()):
                item = self.item(r, c)
                if item is not None and item.data(KeyRole) == (row, column):
                    return item
        return None

    def _item_changed(self, item: QTableWidgetItem) -> None:
        key = item.data(KeyRole)
        if self._filling or not key:
            return
        # Acted on from the event loop: the change refills this grid, which must not
        # delete the item while Qt is still inside its setData.
        text = item.text()
        QTimer.singleShot(0, self, lambda: self.figure_edited.emit(key[0], key[1], text))

    def _context_menu(self, position: QPoint) -> None:
        item = self.itemAt(position)
        key = item.data(KeyRole) if item is not None else None
        if key:
            self.adjustment_menu.emit(key[0], key[1], self.viewport().mapToGlobal(position))
