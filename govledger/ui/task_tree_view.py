"""The task tree widget: column layout, drag-and-drop, and the keyboard of a ledger clerk.

Tab and Shift+Tab move the focus on, as everywhere in Windows; the other keys
(Insert, Delete, Alt+Shift+arrows) are shortcuts of the window's actions, and the
operations themselves live in task_operations.py.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeView, QWidget

from govledger.domain.model import Status
from govledger.ui.labels import Column, status_name
from govledger.ui.tree_columns import TreeColumns
from govledger.ui.wrapped_rows import WrappedTextDelegate

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


# The columns whose text wraps when rows wrap; the others stay one line.
WRAPPED = (Column.TEXT, Column.LEAD, Column.CO, Column.DEADLINE)
# The widest numbers a plan prints in the 序号 column: a heading's （十二）, a 4-digit 序号.
NUMBER_SAMPLES = ("（十二）", "0000", "第十二条")


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
        self._wrap_delegates: list[WrappedTextDelegate] = []
        self.columns: TreeColumns | None = None  # made by setup_columns

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.columns is not None:
            self.columns.fit()  # the text column keeps its readable minimum

    @property
    def wraps_rows(self) -> bool:
        return bool(self._wrap_delegates)

    def set_wrap_rows(self, on: bool) -> None:
        """Long requirements on several lines (rows as tall as their text), or one line each."""
        if on == self.wraps_rows:
            return
        if on:
            self._wrap_delegates = [WrappedTextDelegate(self, column) for column in WRAPPED]
            for delegate in self._wrap_delegates:
                self.setItemDelegateForColumn(delegate.column, delegate)
        else:
            for delegate in self._wrap_delegates:
                self.setItemDelegateForColumn(delegate.column, None)  # type: ignore[arg-type]
                delegate.deleteLater()
            self._wrap_delegates = []
        self.setWordWrap(on)
        self.setTextElideMode(Qt.TextElideMode.ElideNone if on else Qt.TextElideMode.ElideRight)
        # Uniform heights make layout constant-time; wrapped rows need their own.
        self.setUniformRowHeights(not on)
        self.scheduleDelayedItemsLayout()

    def _section_resized(self, column: int, _old: int, _new: int) -> None:
        if self.wraps_rows and column in WRAPPED:
            self.scheduleDelayedItemsLayout()  # the text re-wraps at the new width

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
        header.sectionResized.connect(self._section_resized)
        # The outline is drawn in the text column, as in Word's outline view: the 序号
        # column keeps its width at every depth, so a number is never cut to "…".
        self.setTreePosition(Column.TEXT)
        widest = max(metrics.horizontalAdvance(sample) for sample in NUMBER_SAMPLES)
        self.setColumnWidth(Column.NUMBER, max(self.columnWidth(Column.NUMBER), widest + 16))
        self.columns = TreeColumns(self)
        self.columns.fit()
