"""The task tree widget: column layout, drag-and-drop, and the keyboard of a ledger clerk.

Tab / Shift+Tab indent and outdent (Tab would otherwise leave the tree); the other
keys (Insert, Delete, Alt+arrows) are shortcuts of the window's actions, and the
operations themselves live in task_operations.py.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeView, QWidget

from govledger.domain.model import Status
from govledger.ui.labels import Column, status_name

# Initial widths in widths of one CJK character of the UI font, wide enough for the
# typical contents; a column is never narrower than its title. The text column stretches.
COLUMN_CHARS = {
    Column.NUMBER: 3,
    Column.LEAD: 7,
    Column.CO: 7,
    Column.DEADLINE: 6,
    Column.DUE: 6,
    Column.STATUS: 3,
    Column.PROGRESS: 3.5,
    Column.EVIDENCE: 2.5,
}


class TaskTreeView(QTreeView):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setUniformRowHeights(True)  # constant-time layout for very long plans
        self.setAlternatingRowColors(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setAllColumnsShowFocus(True)
        self.setIndentation(16)

    def setup_columns(self) -> None:
        """Call after setModel: sizes follow the font so nothing is clipped."""
        header = self.header()
        header.setStretchLastSection(False)
        header.setMinimumSectionSize(32)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        metrics = self.fontMetrics()
        cjk = metrics.horizontalAdvance("单")
        for column, chars in COLUMN_CHARS.items():
            title = str(self.model().headerData(column, Qt.Orientation.Horizontal))
            width = max(int(chars * cjk) + 16, metrics.horizontalAdvance(title) + 20)
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            self.setColumnWidth(column, width)
        statuses = [status_name(status) for status in Status]
        status_width = max(metrics.horizontalAdvance(text) for text in statuses) + 40
        self.setColumnWidth(Column.STATUS, max(self.columnWidth(Column.STATUS), status_width))
        date_width = metrics.horizontalAdvance("2026-12-31") + 20
        self.setColumnWidth(Column.DUE, max(self.columnWidth(Column.DUE), date_width))
        header.setSectionResizeMode(Column.TEXT, QHeaderView.ResizeMode.Stretch)
