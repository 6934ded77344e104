"""Rows that wrap a long requirement onto several lines, as the Word plan prints it.

At 1366×768 the text column shows a dozen characters of a 200-character duty. With
wrapping on (a toggle in the 视图 menu, remembered), each row is as tall as its
text at the column's current width. Heights are measured only for the rows Qt lays
out, with QFontMetrics (no text layout objects), and cached per text and width, so
a 10 000-row plan scrolls as before (tests/benchmarks: wrap_scroll_ratio).
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem, QTreeView

# Room the style takes around a cell's text: its margins and the row's padding.
TEXT_MARGIN = 8
ROW_PADDING = 6
_FLAGS = int(Qt.TextFlag.TextWordWrap.value | Qt.AlignmentFlag.AlignLeft.value)
_CACHE_LIMIT = 50_000


class WrappedTextDelegate(QStyledItemDelegate):
    """Sizes one column's cells to their wrapped text; painting is Qt's own.

    A row is as tall as its tallest cell: QTreeView asks each column's delegate.
    """

    def __init__(self, view: QTreeView, column: int):
        super().__init__(view)
        self.view, self.column = view, column
        self._heights: dict[tuple[str, int], int] = {}

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        base = super().sizeHint(option, index)
        text = index.data()
        if not text:
            return base
        width = self.text_width(index)
        key = (text, width)
        height = self._heights.get(key)
        if height is None:
            bounds = option.fontMetrics.boundingRect(QRect(0, 0, width, 1 << 20), _FLAGS, text)
            height = bounds.height() + ROW_PADDING
            if len(self._heights) > _CACHE_LIMIT:
                self._heights.clear()
            self._heights[key] = height
        return QSize(base.width(), max(base.height(), height))

    def text_width(self, index: QModelIndex | QPersistentModelIndex) -> int:
        """The text's width in the column: the outline's indentation and arrow left out."""
        depth = 0
        parent = index.parent()
        while parent.isValid():
            depth += 1
            parent = parent.parent()
        indent = 0
        if self.column == self.view.treePosition():
            indent = self.view.indentation() * (depth + int(self.view.rootIsDecorated()))
        return max(40, self.view.columnWidth(self.column) - indent - TEXT_MARGIN)
