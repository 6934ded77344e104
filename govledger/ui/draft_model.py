"""DraftTreeModel: the import preview's editable view of a PlanDraft.

A draft is small (tens to a few hundred rows) and changes shape when the clerk
re-levels rows, so structure edits simply reset the model; cell edits are in place.
Rows the importer warned about are yellow, with the warnings as tooltip. Editing a
row counts as reviewing it: its warnings are cleared.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont

from govledger.domain import deadline_parser
from govledger.domain.draft import DraftTask, PlanDraft
from govledger.domain.model import TaskKind
from govledger.ui.labels import join_units, split_units
from govledger.ui.qt_compat import emit

AnyIndex = QModelIndex | QPersistentModelIndex
NUMBER, TEXT, LEAD, CO, DEADLINE, DUE = range(6)
WARNING_BRUSH = QBrush(QColor("#FFF3CD"))


class DraftTreeModel(QAbstractItemModel):
    warnings_changed = Signal()

    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self.draft = PlanDraft()
        self._tasks: list[DraftTask] = []  # index -> task, rebuilt on every reset
        self._key: dict[int, int] = {}  # id(task) -> index in _tasks
        self._parent: dict[int, DraftTask | None] = {}  # id(task) -> parent
        self._bold = QFont()
        self._bold.setBold(True)

    def set_draft(self, draft: PlanDraft) -> None:
        self.beginResetModel()
        self.draft = draft
        self._rebuild()
        self.endResetModel()
        emit(self.warnings_changed)

    def _rebuild(self) -> None:
        self._tasks, self._key, self._parent = [], {}, {}

        def visit(children: list[DraftTask], parent: DraftTask | None) -> None:
            for task in children:
                self._key[id(task)] = len(self._tasks)
                self._tasks.append(task)
                self._parent[id(task)] = parent
                visit(task.children, task)

        visit(self.draft.roots, None)

    # ------------------------------------------------------------ lookups
    def task(self, index: AnyIndex) -> DraftTask | None:
        return self._tasks[index.internalId()] if index.isValid() else None

    def siblings(self, task: DraftTask) -> list[DraftTask]:
        parent = self._parent.get(id(task))
        return parent.children if parent is not None else self.draft.roots

    def index_of(self, task: DraftTask, column: int = 0) -> QModelIndex:
        if id(task) not in self._key:
            return QModelIndex()
        return self.createIndex(self.siblings(task).index(task), column, self._key[id(task)])

    # ------------------------------------------------------------ Qt model API
    def index(self, row: int, column: int, parent: AnyIndex = QModelIndex()) -> QModelIndex:  # noqa: B008
        children = self.task(parent).children if parent.isValid() else self.draft.roots  # type: ignore[union-attr]
        if 0 <= row < len(children) and 0 <= column < 6:
            return self.createIndex(row, column, self._key[id(children[row])])
        return QModelIndex()

    def parent(self, index: AnyIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        task = self.task(index)
        parent = self._parent.get(id(task)) if task is not None else None
        return self.index_of(parent) if parent is not None else QModelIndex()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid():
            return len(self.task(parent).children) if parent.column() == 0 else 0  # type: ignore[union-attr]
        return len(self.draft.roots)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 6

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (
                self.tr("No."),
                self.tr("Task / requirement"),
                self.tr("Lead units"),
                self.tr("Cooperating units"),
                self.tr("Time limit"),
                self.tr("Due date"),
            )[section]
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return super().flags(index) | Qt.ItemFlag.ItemIsEditable

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        task = self.task(index)
        if task is None:
            return None
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if task.is_heading and column in (LEAD, CO, DEADLINE, DUE):
                return ""
            if column == NUMBER and task.is_heading and task.text.startswith(task.number):
                return ""  # the heading's text already begins with its numbering
            return {
                NUMBER: task.number,
                TEXT: task.text,
                LEAD: join_units(task.lead_units),
                CO: join_units(task.co_units),
                DEADLINE: task.deadline_text,
                DUE: task.due.isoformat() if task.due else "",
            }[column]
        if role == Qt.ItemDataRole.BackgroundRole and task.warnings:
            return WARNING_BRUSH
        if role == Qt.ItemDataRole.ToolTipRole:
            tips = list(task.warnings)
            if column == TEXT:
                tips.insert(0, task.text)
            if column in (LEAD, CO) and task.units_text:
                tips.append(self.tr("As written: {units}").format(units=task.units_text))
            return "\n".join(tips) or None
        if role == Qt.ItemDataRole.FontRole and task.is_heading:
            return self._bold
        return None

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        task = self.task(index)
        if task is None or role != Qt.ItemDataRole.EditRole:
            return False
        text = str(value).strip()
        column = index.column()
        if column == NUMBER:
            task.number = text
        elif column == TEXT:
            if not text:
                return False
            task.text = text
        elif column == LEAD:
            task.lead_units = split_units(text)
        elif column == CO:
            task.co_units = split_units(text)
        elif column == DEADLINE:
            task.deadline_text = text
            parsed = deadline_parser.parse(
                text, self.draft.year or date.today().year, self.draft.issued_on
            )
            if parsed.understood or not text:
                task.due, task.recurrence, task.deadline_rule = (
                    parsed.due,
                    parsed.recurrence,
                    parsed.rule,
                )
        elif column == DUE:
            try:
                task.due = date.fromisoformat(text) if text else None
            except ValueError:
                return False
        task.warnings.clear()
        emit(self.dataChanged, index.siblingAtColumn(0), index.siblingAtColumn(5))
        emit(self.warnings_changed)
        return True

    # ------------------------------------------------------------ re-levelling
    def _restructure(self, task: DraftTask, change) -> QModelIndex:
        self.beginResetModel()
        change()
        task.warnings.clear()
        self._rebuild()
        self.endResetModel()
        emit(self.warnings_changed)
        return self.index_of(task)

    def indent(self, index: AnyIndex) -> QModelIndex:
        task = self.task(index)
        if task is None:
            return QModelIndex()
        siblings = self.siblings(task)
        row = siblings.index(task)
        if row == 0:
            return QModelIndex(index)

        def change() -> None:
            siblings.pop(row)
            siblings[row - 1].children.append(task)

        return self._restructure(task, change)

    def outdent(self, index: AnyIndex) -> QModelIndex:
        task = self.task(index)
        parent = self._parent.get(id(task)) if task is not None else None
        if task is None or parent is None:
            return QModelIndex(index)
        outer = self.siblings(parent)

        def change() -> None:
            parent.children.remove(task)
            outer.insert(outer.index(parent) + 1, task)

        return self._restructure(task, change)

    def toggle_kind(self, index: AnyIndex) -> QModelIndex:
        task = self.task(index)
        if task is None:
            return QModelIndex()

        def change() -> None:
            task.kind = TaskKind.REQUIREMENT if task.is_heading else TaskKind.HEADING

        return self._restructure(task, change)

    def remove(self, index: AnyIndex) -> None:
        task = self.task(index)
        if task is not None:
            self._restructure(task, lambda: self.siblings(task).remove(task))

    def requirement_count(self) -> int:
        return sum(1 for _path, _task in self.draft.requirements())
