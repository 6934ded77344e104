"""The filter bar's criteria applied to the task tree, and which headings they open.

A filter opens the headings that hold its matches, first ones first, about two
screens' worth; clearing it reopens the headings the clerk had open before and keeps
the current task selected. The status bar says how many requirements match.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from govledger.ui.plan_index import FilterCriteria

if TYPE_CHECKING:
    from govledger.ui.main_window import MainWindow

# Rows opened to show filter matches: about two screens; opening more only costs time.
EXPAND_ROW_BUDGET = 60


class TreeFiltering(QObject):
    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.window = window
        self.expanded_before: list[int] = []  # headings open when a filter began

    def apply(self, criteria: FilterCriteria) -> None:
        window, proxy, tree = self.window, self.window.proxy, self.window.tree
        if not proxy.active and not criteria.empty:
            self.expanded_before = self._expanded_headings()
        proxy.set_criteria(criteria)
        current = window.current_task_id()
        tree.collapseAll()  # each filter opens its own matches, not the last one's
        if not proxy.active:
            window.statusBar().clearMessage()
            for task_id in self.expanded_before:
                index = proxy.mapFromSource(window.model.index_for_task(task_id))
                if index.isValid():
                    tree.expand(index)
            self.expanded_before = []
            if current is not None:
                window.select_task(current)
            return
        self._expand_matches()
        if proxy.waiting_for_index:
            window.statusBar().showMessage(self.tr("Filters apply once the plan is indexed…"))
        else:
            count = proxy.shown_requirement_count()
            window.statusBar().showMessage(
                self.tr("{count} requirements match").format(count=count), 5000
            )

    def _expanded_headings(self) -> list[int]:
        model, proxy, tree = self.window.model, self.window.proxy, self.window.tree
        expanded = []
        for task_id in model.plan_index.heading_order():
            if task_id in model.nodes:
                index = proxy.mapFromSource(model.index_for_task(task_id))
                if index.isValid() and tree.isExpanded(index):
                    expanded.append(task_id)
        return expanded

    def _expand_matches(self) -> None:
        """Open the headings holding matches, first ones first, about a few screens' worth."""
        model, proxy, tree = self.window.model, self.window.proxy, self.window.tree
        exposed = 0
        for task_id in proxy.shown_headings():
            index = proxy.mapFromSource(model.index_for_task(task_id))
            if not index.isValid():
                continue
            tree.expand(index)
            exposed += proxy.rowCount(index)
            if exposed >= EXPAND_ROW_BUDGET:
                break
