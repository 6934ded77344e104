"""TaskFilterProxy: the filter bar's criteria applied to the task tree.

The PlanIndex answers a filter with the set of task ids to show — the matches and
every heading above them — in one pass over memory. ``filterAcceptsRow`` is then a
set lookup, so a keystroke costs the same whether the tree has loaded ten rows or a
hundred thousand.

Recursive filtering is deliberately off: the shown set already contains the
ancestors of every match, so Qt's recursive search through unmatched subtrees would
only repeat that work row by row (and could not see rows not yet fetched anyway).
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel

from govledger.ui.plan_index import FilterCriteria
from govledger.ui.task_tree_model import TaskTreeModel


class TaskFilterProxy(QSortFilterProxyModel):
    def __init__(self, model: TaskTreeModel):
        super().__init__(model)
        self.setSourceModel(model)
        self.setRecursiveFilteringEnabled(False)
        self._model = model
        self.criteria = FilterCriteria()
        self.shown: set[int] | None = None
        model.index_completed.connect(self.refilter)
        model.tasks_changed.connect(self._refilter_if_active)
        model.modelReset.connect(self.refilter)

    @property
    def active(self) -> bool:
        return not self.criteria.empty

    @property
    def waiting_for_index(self) -> bool:
        """A filter is set but the plan is still being indexed in the background."""
        return self.active and not self._model.plan_index.complete

    def set_criteria(self, criteria: FilterCriteria) -> None:
        if criteria == self.criteria:
            return
        self.criteria = criteria
        self.refilter()

    def refilter(self) -> None:
        self.shown = self._model.plan_index.matching_ids(self.criteria, self._model.today)
        # A full invalidate drops the proxy's row mappings, which are then rebuilt only
        # for the parents the view shows; a rows-only refilter would re-run every
        # mapping ever made — every heading the clerk has opened — on each keystroke.
        self.invalidate()

    def _refilter_if_active(self) -> None:
        if self.active:
            self.refilter()

    def shown_headings(self) -> list[int]:
        """The headings the filter shows, in document order (to open them)."""
        if self.shown is None:
            return []
        index = self._model.plan_index
        return [task_id for task_id in index.heading_order() if task_id in self.shown]

    def shown_requirement_count(self) -> int:
        if self.shown is None:
            return 0
        return len(self.shown) - len(self.shown_headings())

    def filterAcceptsRow(
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        shown = self.shown
        if shown is None:
            return True
        parent = self._model.node(source_parent)
        if source_row >= len(parent.children):
            return False
        return parent.children[source_row].task_id in shown
