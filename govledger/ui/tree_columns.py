"""Which task-tree columns show: the requirement text always readable (issue 23).

On a narrow tree (1366×768 at 150 %, the detail panel beside it) the eight short
columns would squeeze 任务/具体要求 to a few pixels and every row to "…". Instead
the text column keeps TEXT_MIN_CHARS characters beside its outline, and the other
columns hide for room in HIDE_ORDER, coming back by themselves when the tree grows.

The clerk chooses too, from the header's context menu or 视图 → 列: a column shown
there stays shown (the tree then scrolls sideways if it must), one unticked stays
hidden, and that choice is remembered with the window.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QPoint, Qt
from PySide6.QtWidgets import QHeaderView, QMenu, QTreeView

from govledger.ui.labels import Column

# The requirement text keeps room for this many CJK characters, besides its outline.
TEXT_MIN_CHARS = 12
OUTLINE_LEVELS = 3  # 一、 (一) 1. — the text column also draws the tree's indentation
# The columns that give way, first to last. 序号 stays: it is narrow and names the row.
HIDE_ORDER = (
    Column.EVIDENCE,
    Column.PROGRESS,
    Column.CO,
    Column.DUE,
    Column.DEADLINE,
    Column.LEAD,
    Column.STATUS,
)


class TreeColumns(QObject):
    def __init__(self, tree: QTreeView):
        super().__init__(tree)
        self.tree = tree
        self.auto_hidden: set[int] = set()  # hidden for room, shown again when it returns
        self.clerk_hidden: set[int] = set()  # unticked by the clerk: remembered
        self.pinned: set[int] = set()  # ticked by the clerk: never hidden for room
        self._widths: dict[int, int] = {}  # a hidden column's width, to measure its return
        self._fitting = False
        header = tree.header()
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._header_menu)

    # ------------------------------------------------------------ measuring
    def text_minimum(self) -> int:
        cjk = self.tree.fontMetrics().horizontalAdvance("单")
        return TEXT_MIN_CHARS * cjk + OUTLINE_LEVELS * self.tree.indentation() + 16

    def _others(self) -> int:
        header = self.tree.header()
        return sum(
            header.sectionSize(column)
            for column in range(header.count())
            if column != Column.TEXT and not header.isSectionHidden(column)
        )

    def _hide(self, column: int) -> None:
        header = self.tree.header()
        if not header.isSectionHidden(column):
            self._widths[column] = header.sectionSize(column)
        header.setSectionHidden(column, True)

    # ------------------------------------------------------------ fitting
    def fit(self) -> None:
        """Hide or bring back columns so the text column keeps its minimum width."""
        room = self.tree.viewport().width()
        if self._fitting or room <= 0 or self.tree.model() is None:
            return
        self._fitting = True
        try:
            header = self.tree.header()
            need = self.text_minimum()
            for column in reversed(HIDE_ORDER):  # what fits again comes back, last hidden first
                if column not in self.auto_hidden:
                    continue
                width = self._widths.get(column, header.defaultSectionSize())
                if self._others() + width + need > room:
                    break
                header.setSectionHidden(column, False)
                self.auto_hidden.discard(column)
            for column in HIDE_ORDER:
                if self._others() + need <= room:
                    break
                if column in self.pinned or header.isSectionHidden(column):
                    continue
                self._hide(column)
                self.auto_hidden.add(column)
            # Stretch fills the room; where the clerk's columns leave too little the text
            # keeps its minimum and the tree scrolls sideways.
            if self._others() + need <= room:
                header.setSectionResizeMode(Column.TEXT, QHeaderView.ResizeMode.Stretch)
            else:
                header.setSectionResizeMode(Column.TEXT, QHeaderView.ResizeMode.Interactive)
                self.tree.setColumnWidth(Column.TEXT, need)
        finally:
            self._fitting = False

    # ------------------------------------------------------------ the clerk's choice
    def set_shown(self, column: int, shown: bool) -> None:
        header = self.tree.header()
        self.auto_hidden.discard(column)
        if shown:
            self.clerk_hidden.discard(column)
            self.pinned.add(column)
            header.setSectionHidden(column, False)
        else:
            self.pinned.discard(column)
            self.clerk_hidden.add(column)
            self._hide(column)
        self.fit()

    def restore(self, clerk_hidden: list[int]) -> None:
        """After the header's saved state: only the clerk's own choice stays hidden."""
        header = self.tree.header()
        self.clerk_hidden = {
            c for c in clerk_hidden if 0 <= c < header.count() and c != Column.TEXT
        }
        self.auto_hidden.clear()
        self.pinned.clear()
        for column in range(header.count()):
            if column in self.clerk_hidden:
                self._hide(column)
            else:
                header.setSectionHidden(column, False)
        self.fit()

    def fill_menu(self, menu: QMenu) -> None:
        """One tickable entry per column but the text's (it never hides)."""
        menu.clear()
        header, model = self.tree.header(), self.tree.model()
        for column in range(header.count()):
            if column == Column.TEXT:
                continue
            title = str(model.headerData(column, Qt.Orientation.Horizontal))
            action = menu.addAction(title)
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(column))
            action.toggled.connect(lambda on, c=column: self.set_shown(c, on))

    def _header_menu(self, pos: QPoint) -> None:
        menu = QMenu(self.tree)
        self.fill_menu(menu)
        menu.exec(self.tree.header().mapToGlobal(pos))
        menu.deleteLater()
