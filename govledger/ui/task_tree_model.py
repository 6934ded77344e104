"""TaskTreeModel: the one Qt model over a plan's task tree.

Lazy: a heading's children become rows only when the view asks (canFetchMore /
fetchMore), read from the PlanIndex, which reads the ledger on first use. Index ids
are task ids (``createIndex(row, column, task_id)``), so a stale QModelIndex can
never point at freed memory. Cell texts and colours are cached per node and dropped
when a ChangeSet names the task.

Refreshing from a ChangeSet (``apply_changes``) keeps persistent indexes — the
view's selection and expansion — alive: edited rows get a targeted dataChanged, and
sibling lists that changed are brought to their new order with beginRemoveRows /
beginMoveRows / beginInsertRows (tree_sync.py).
"""

from __future__ import annotations

import gc
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QWidget

from govledger.domain.changes import ChangeSet
from govledger.domain.model import TaskKind
from govledger.domain.status_rules import WARNING_WORKDAYS
from govledger.messages import GovLedgerError
from govledger.ui import tree_sync
from govledger.ui.background_read import AFTER_FIRST_PAINT_MS, BackgroundRead
from govledger.ui.drag_drop import TaskDragDrop
from govledger.ui.labels import Column, column_title
from govledger.ui.plan_index import ROOT, PlanIndex
from govledger.ui.session import LedgerSession
from govledger.ui.stale_edit_dialog import Outcome, save_edit
from govledger.ui.task_cells import (
    TaskCells,
    alert_brush,
    alert_icon,
    heading_cells,
    lacks_evidence_icon,
    lacks_evidence_tooltip,
    requirement_cells,
)

AnyIndex = QModelIndex | QPersistentModelIndex
# Below this many tasks the complete index loads at once (tens of milliseconds);
# above it, in the background so the window opens immediately.
SYNC_INDEX_LIMIT = 3000
COLUMN_COUNT = len(Column)


# Built once: combining Python enum flags costs microseconds, and views ask per row.
_ROW_FLAGS = (
    Qt.ItemFlag.ItemIsEnabled
    | Qt.ItemFlag.ItemIsSelectable
    | Qt.ItemFlag.ItemIsDragEnabled
    | Qt.ItemFlag.ItemIsDropEnabled
)
_EDITABLE_FLAGS = _ROW_FLAGS | Qt.ItemFlag.ItemIsEditable
_DISPLAY = int(Qt.ItemDataRole.DisplayRole.value)
_EDIT = int(Qt.ItemDataRole.EditRole.value)
_FONT = int(Qt.ItemDataRole.FontRole.value)
_ALIGN = int(Qt.ItemDataRole.TextAlignmentRole.value)
_BACKGROUND = int(Qt.ItemDataRole.BackgroundRole.value)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole.value)
_DECORATION = int(Qt.ItemDataRole.DecorationRole.value)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole.value)
_STATUS_COLUMN = int(Column.STATUS)
_EVIDENCE_COLUMN = int(Column.EVIDENCE)
_CENTERED = frozenset(int(c) for c in (Column.NUMBER, Column.DUE, Column.PROGRESS, Column.EVIDENCE))
_ELIDED = frozenset(int(c) for c in (Column.LEAD, Column.CO, Column.DEADLINE))
_CENTER = Qt.AlignmentFlag.AlignCenter


class Node:
    __slots__ = ("cells", "children", "fetched", "parent", "row", "task_id")

    def __init__(self, task_id: int | None, parent: Node | None, row: int):
        self.task_id = task_id
        self.parent = parent
        self.row = row
        self.children: list[Node] = []
        self.fetched = False
        self.cells: TaskCells | None = None


def freeze_long_lived() -> None:
    """Keep the cycle collector from re-walking a loaded plan index on every collection.

    A 100 000-task index lives as long as its plan is open, and each full collection
    walking it costs tens of milliseconds. gc.freeze() sets aside everything alive at
    that moment, so garbage is collected first (a closed dialog must not be kept
    for good), and set_plan/shutdown unfreeze, so a plan left behind is freed.
    """
    gc.unfreeze()
    gc.collect()
    gc.freeze()


class TaskTreeModel(TaskDragDrop, QAbstractItemModel):
    TaskIdRole = Qt.ItemDataRole.UserRole + 1
    KindRole = Qt.ItemDataRole.UserRole + 2
    AlertRole = Qt.ItemDataRole.UserRole + 3

    index_completed = Signal()  # filters and roll-up counts are available
    tasks_changed = Signal()  # after any refresh from a ChangeSet

    def __init__(
        self,
        session: LedgerSession,
        *,
        warning_days: int = WARNING_WORKDAYS,
        today: date | None = None,
    ):
        super().__init__(session)
        self.session = session
        self.warning_days = warning_days
        self.today = today or date.today()
        # Due-soon is counted in working days, as on the deadline calendar.
        self.is_workday = session.ledger.working_calendar().is_workday
        self.plan_id: int | None = None
        self.plan_index = PlanIndex(0, complete=True)
        self.root = Node(None, None, 0)
        self.root.fetched = True
        self.nodes: dict[int, Node] = {}
        self._bold = QFont()
        self._bold.setBold(True)
        # The complete index of a big plan is read in a worker thread (plan_index.py).
        self._loader = BackgroundRead(self)
        self._loader.done.connect(self._install_complete_index)
        session.changed.connect(self.apply_changes)

    @property
    def ledger(self):  # -> Ledger
        return self.session.ledger

    # ------------------------------------------------------------ plan
    def set_plan(self, plan_id: int | None) -> None:
        self._loader.cancel()
        gc.unfreeze()  # the previous plan's index may be garbage now
        self.beginResetModel()
        self.plan_id = plan_id
        self.root = Node(None, None, 0)
        self.root.fetched = True
        self.nodes = {}
        if plan_id is None:
            self.plan_index = PlanIndex(0, complete=True)
        else:
            self.plan_index = PlanIndex.partial(self.ledger, plan_id)
            if sum(self.plan_index.known_child_counts.values()) <= SYNC_INDEX_LIMIT:
                self.plan_index = PlanIndex.load_complete(self.ledger, plan_id)
            self._attach_children(self.root, self.plan_index.child_ids(self.ledger, ROOT))
        self.endResetModel()
        if plan_id is not None and not self.plan_index.complete:
            # Started once the tree has painted: the load holds the GIL for seconds.
            QTimer.singleShot(AFTER_FIRST_PAINT_MS, lambda p=plan_id: self._start_index_load(p))
        elif plan_id is not None:
            self.index_completed.emit()

    def _start_index_load(self, plan_id: int) -> None:
        if plan_id == self.plan_id and not self.plan_index.complete:
            self._load_index(plan_id)

    @property
    def index_loading(self) -> bool:
        return self.plan_id is not None and not self.plan_index.complete

    def wait_for_index(self, msecs: int = 30000) -> None:
        """Block until the background index load ends (tests and the screenshot)."""
        from PySide6.QtCore import QCoreApplication

        if self.index_loading and not self._loader.busy:
            self._start_index_load(self.plan_id)  # type: ignore[arg-type]
        self._loader.wait(msecs)
        QCoreApplication.processEvents()

    def shutdown(self, msecs: int = 15000) -> None:
        """Forget any background load, start no more, and wait for its thread to end."""
        self._loader.close(msecs)
        gc.unfreeze()

    def _load_index(self, plan_id: int) -> None:
        self._loader.request(
            self.ledger.opener(read_only=True),
            lambda ledger: PlanIndex.load_complete(ledger, plan_id),
        )

    def _install_complete_index(self, index: PlanIndex) -> None:
        if index.plan_id != self.plan_id:
            return
        self.plan_index = index  # same data as the partial one; headings gain their counts
        freeze_long_lived()
        self._invalidate_headings()
        self.index_completed.emit()

    def set_warning_days(self, days: int) -> None:
        self.warning_days = days
        self._forget_cells()

    def _forget_cells(self) -> None:
        """Every row's texts and colours are worked out again when next painted."""
        for node in self.nodes.values():
            node.cells = None
        self._emit_all_changed()

    # ------------------------------------------------------------ structure
    def _attach_children(self, node: Node, ids: list[int]) -> None:
        node.children = [Node(task_id, node, row) for row, task_id in enumerate(ids)]
        for child in node.children:
            self.nodes[child.task_id] = child  # type: ignore[index]
        node.fetched = True

    def node(self, index: AnyIndex) -> Node:
        if not index.isValid():
            return self.root
        return self.nodes.get(index.internalId(), self.root)

    def index_of(self, node: Node, column: int = 0) -> QModelIndex:
        if node is self.root or node.task_id is None:
            return QModelIndex()
        return self.createIndex(node.row, column, node.task_id)

    def index_for_task(self, task_id: int, column: int = 0) -> QModelIndex:
        """The index of a task, fetching the headings above it if they are not loaded."""
        node = self.nodes.get(task_id)
        if node is None:
            if self.plan_index.complete and task_id in self.plan_index.tasks:
                chain = list(reversed(self.plan_index.ancestors(task_id)))
            else:
                try:
                    task = self.ledger.task(task_id)
                except GovLedgerError:
                    return QModelIndex()
                if task.plan_id != self.plan_id:
                    return QModelIndex()
                chain = [heading.id for heading in self.ledger.path_of(task_id)]
            for ancestor in chain:
                self._fetch_node(self.nodes.get(ancestor))
            node = self.nodes.get(task_id)
            if node is None:
                return QModelIndex()
        return self.index_of(node, column)

    def _fetch_node(self, node: Node | None) -> None:
        if node is not None and not node.fetched:
            self.fetchMore(self.index_of(node))

    # ------------------------------------------------------------ Qt model API
    def index(self, row: int, column: int, parent: AnyIndex = QModelIndex()) -> QModelIndex:  # noqa: B008
        node = self.node(parent)
        if 0 <= row < len(node.children) and 0 <= column < COLUMN_COUNT:
            return self.createIndex(row, column, node.children[row].task_id)
        return QModelIndex()

    def parent(self, index: AnyIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid():
            return QModelIndex()
        node = self.nodes.get(index.internalId())
        if node is None or node.parent is None:
            return QModelIndex()
        return self.index_of(node.parent)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self.node(parent).children)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return COLUMN_COUNT

    def hasChildren(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008
        if parent.isValid() and parent.column() != 0:
            return False
        node = self.node(parent)
        if node.fetched:
            return bool(node.children)
        return self.plan_index.child_count(node.task_id) > 0

    def canFetchMore(self, parent: AnyIndex) -> bool:
        node = self.node(parent)
        return not node.fetched and self.plan_index.child_count(node.task_id) > 0

    def fetchMore(self, parent: AnyIndex) -> None:
        node = self.node(parent)
        if node.fetched:
            return
        ids = self.plan_index.child_ids(self.ledger, node.task_id)
        if not ids:
            node.fetched = True
            return
        self.beginInsertRows(parent, 0, len(ids) - 1)
        self._attach_children(node, ids)
        self.endInsertRows()

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return column_title(Column(section))
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        return _EDITABLE_FLAGS if index.column() <= Column.TEXT else _ROW_FLAGS

    def cells(self, node: Node) -> TaskCells:
        if node.cells is None:
            task = self.plan_index.tasks[node.task_id]  # type: ignore[index]
            if task.kind is TaskKind.HEADING:
                counts = None
                if self.plan_index.complete:
                    counts = self.plan_index.counts(self.today).get(task.id)
                node.cells = heading_cells(task, counts)
            else:
                evidence = self.plan_index.evidence_counts.get(task.id, 0)
                node.cells = requirement_cells(
                    task, evidence, self.today, self.warning_days, self.is_workday
                )
        return node.cells

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Called for every role of every painted cell: plain int comparisons, cached cells.
        node = self.nodes.get(index.internalId())
        if node is None:
            return None
        column = index.column()
        if role in (_DISPLAY, _EDIT):
            return self.cells(node).texts[column]
        if role == _FONT:
            return self._bold if self.cells(node).heading else None
        if role == _ALIGN:
            return _CENTER if column in _CENTERED else None
        if column == _STATUS_COLUMN:
            if role == _BACKGROUND:
                return alert_brush("background", self.cells(node).alert)
            if role == _FOREGROUND:
                return alert_brush("foreground", self.cells(node).alert)
            if role == _DECORATION:
                cells = self.cells(node)
                return None if cells.heading else alert_icon(cells.alert)
        if column == _EVIDENCE_COLUMN and self.cells(node).lacks_evidence:
            if role == _DECORATION:
                return lacks_evidence_icon()
            if role == _TOOLTIP:
                return lacks_evidence_tooltip()
        if role == _TOOLTIP:
            cells = self.cells(node)
            if column in (Column.TEXT, _STATUS_COLUMN):
                return cells.tooltip
            # narrow columns elide long unit lists and deadlines: the tooltip has them whole
            return cells.texts[column] if column in _ELIDED else None
        if role == self.TaskIdRole:
            return node.task_id
        if role == self.KindRole:
            return "heading" if self.cells(node).heading else "requirement"
        if role == self.AlertRole:
            return str(self.cells(node).alert)
        return None

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        node = self.nodes.get(index.internalId()) if index.isValid() else None
        if node is None or role != Qt.ItemDataRole.EditRole:
            return False
        field = {Column.NUMBER: "number", Column.TEXT: "text"}.get(Column(index.column()))
        if field is None or str(value) == self.cells(node).texts[index.column()]:
            return False
        task_id, ledger, values = node.task_id, self.ledger, {field: str(value).strip()}
        text = self.tr("Edit number") if field == "number" else self.tr("Edit text")
        parent = QObject.parent(self)
        # The cell's editor is gone once this returns: no "keep typing", only a choice.
        outcome = save_edit(
            self.session,
            parent if isinstance(parent, QWidget) else None,
            text,
            lambda expected: ledger.update_task(task_id, expected_revision=expected, **values),
            self.cells(node).revision,
            can_cancel=False,
        )
        return outcome is Outcome.SAVED

    # ------------------------------------------------------------ refresh
    def apply_changes(self, changes: ChangeSet) -> None:
        if self.plan_id is None:
            return
        if changes.plan_deleted(self.plan_id):
            self.set_plan(None)
            return
        if changes.ledger_replaced:  # read it afresh
            exists = any(plan.id == self.plan_id for plan in self.ledger.plans())
            self.set_plan(self.plan_id if exists else None)
            return
        if changes.holidays_changed:  # entered holidays move the due-soon window
            self.is_workday = self.ledger.working_calendar().is_workday
            self._forget_cells()
        if not changes.requirements_changed:
            return
        if self.index_loading:
            self._load_index(self.plan_id)  # the load under way is stale
        parents, changed = self.plan_index.apply(self.ledger, changes)
        tree_sync.sync_parents(self, parents)
        for task_id in changed:
            node = self.nodes.get(task_id)
            if node is not None:
                node.cells = None
                self.dataChanged.emit(self.index_of(node, 0), self.index_of(node, len(Column) - 1))
        self._invalidate_headings()
        self.tasks_changed.emit()

    def _invalidate_headings(self) -> None:
        for node in self.nodes.values():
            task = self.plan_index.tasks.get(node.task_id)  # type: ignore[arg-type]
            if task is not None and task.kind is TaskKind.HEADING:
                node.cells = None
                self.dataChanged.emit(
                    self.index_of(node, Column.STATUS), self.index_of(node, Column.PROGRESS)
                )

    def _emit_all_changed(self) -> None:
        for node in self.nodes.values():
            self.dataChanged.emit(self.index_of(node, 0), self.index_of(node, len(Column) - 1))
