"""DraftTreeModel: the import preview's editable view of a PlanDraft.

A draft is small (tens to a few hundred rows) and changes shape when the clerk
re-levels rows, so structure edits simply reset the model; cell edits are in place.
Rows the importer warned about are yellow, with the warnings as tooltip. Editing a
row counts as reviewing it: its warnings are cleared.

The 序号 column carries a check box: ticked rows are imported. Excluded rows (the
commentary of a prose plan, or rows the clerk marked 不是任务) are grey and italic with
the reason as tooltip; ticking one includes it. The edit rules themselves are in
govledger/domain/draft_edits.py. Every edit first keeps a copy of the draft, so the
preview has its own undo (nothing is in the ledger yet).
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont

from govledger.domain import deadline_parser, draft_edits
from govledger.domain.draft import DraftTask, PlanDraft, SkippedSource
from govledger.domain.model import TaskKind
from govledger.ui.labels import join_units, split_units

AnyIndex = QModelIndex | QPersistentModelIndex
NUMBER, TEXT, LEAD, CO, DEADLINE, DUE, LABEL = range(7)
COLUMNS = 7
WARNING_BRUSH = QBrush(QColor("#FFF3CD"))
EXCLUDED_BRUSH = QBrush(QColor("#6E6E6E"))  # grey, still readable on white and on yellow
UNDO_LIMIT = 50


class DraftTreeModel(QAbstractItemModel):
    warnings_changed = Signal()

    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self.draft = PlanDraft()
        self._tasks: list[DraftTask] = []  # index -> task, rebuilt on every reset
        self._key: dict[int, int] = {}  # id(task) -> index in _tasks
        self._parent: dict[int, DraftTask | None] = {}  # id(task) -> parent
        self._excluded: dict[int, str] = {}  # id(task) -> reason, for every task left out
        self._undo: list[tuple[list[DraftTask], list[SkippedSource]]] = []
        self._redo: list[tuple[list[DraftTask], list[SkippedSource]]] = []
        self._bold = QFont()
        self._bold.setBold(True)
        self._italic = QFont()
        self._italic.setItalic(True)
        self._bold_italic = QFont(self._bold)
        self._bold_italic.setItalic(True)

    def set_draft(self, draft: PlanDraft) -> None:
        self.beginResetModel()
        self.draft = draft
        self._undo.clear()
        self._redo.clear()
        self._rebuild()
        self.endResetModel()
        self.warnings_changed.emit()

    def _rebuild(self) -> None:
        self._tasks, self._key, self._parent, self._excluded = [], {}, {}, {}

        def visit(children: list[DraftTask], parent: DraftTask | None, reason: str | None) -> None:
            for task in children:
                self._key[id(task)] = len(self._tasks)
                self._tasks.append(task)
                self._parent[id(task)] = parent
                own = task.excluded_reason if task.excluded else reason
                if own is not None:
                    self._excluded[id(task)] = own
                visit(task.children, task, own)

        visit(self.draft.roots, None, None)

    def has_labels(self) -> bool:
        """Whether any task keeps a document numbering of its own (the 原编号 column)."""
        return any(task.label for task in self._tasks)

    def is_excluded(self, task: DraftTask) -> bool:
        return id(task) in self._excluded

    # ------------------------------------------------------------ lookups
    def task(self, index: AnyIndex) -> DraftTask | None:
        return self._tasks[index.internalId()] if index.isValid() else None

    def siblings(self, task: DraftTask) -> list[DraftTask]:
        parent = self._parent.get(id(task))
        return parent.children if parent is not None else self.draft.roots

    def parent_task(self, task: DraftTask) -> DraftTask | None:
        return self._parent.get(id(task))

    def index_of(self, task: DraftTask, column: int = 0) -> QModelIndex:
        if id(task) not in self._key:
            return QModelIndex()
        row = draft_edits.position(self.siblings(task), task)
        return self.createIndex(row, column, self._key[id(task)])

    # ------------------------------------------------------------ Qt model API
    def index(self, row: int, column: int, parent: AnyIndex = QModelIndex()) -> QModelIndex:  # noqa: B008
        children = self.task(parent).children if parent.isValid() else self.draft.roots  # type: ignore[union-attr]
        if 0 <= row < len(children) and 0 <= column < COLUMNS:
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
        return COLUMNS

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (
                self.tr("No."),
                self.tr("Task / requirement"),
                self.tr("Lead units"),
                self.tr("Cooperating units"),
                self.tr("Time limit"),
                self.tr("Due date"),
                self.tr("Original numbering"),
            )[section]
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole:
            if section == NUMBER:
                return self.tr("Ticked rows are imported; untick a row that is not a task")
            if section == LABEL:
                return self.tr("The numbering printed in the document, where 序号 counts 1…N")
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = super().flags(index)
        if index.column() == NUMBER:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        if index.column() != LABEL:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

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
                LABEL: task.label,
            }[column]
        excluded = self.is_excluded(task)
        if role == Qt.ItemDataRole.CheckStateRole and column == NUMBER:
            return Qt.CheckState.Unchecked if excluded else Qt.CheckState.Checked
        if role == Qt.ItemDataRole.BackgroundRole and task.warnings:
            return WARNING_BRUSH
        if role == Qt.ItemDataRole.ForegroundRole and excluded:
            return EXCLUDED_BRUSH
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(task, column)
        if role == Qt.ItemDataRole.FontRole:
            if excluded:
                return self._bold_italic if task.is_heading else self._italic
            return self._bold if task.is_heading else None
        return None

    def _tooltip(self, task: DraftTask, column: int) -> str | None:
        tips = list(task.warnings)
        if column == TEXT:
            tips.insert(0, task.text)
        if column == NUMBER and task.label:
            tips.append(self.tr("Numbered “{label}” in the document").format(label=task.label))
        if column in (LEAD, CO) and task.units_text:
            tips.append(self.tr("As written: {units}").format(units=task.units_text))
        if self.is_excluded(task):
            reason = self._excluded[id(task)] or self.tr("not a task")
            tips.append(self.tr("Not imported: {reason}").format(reason=reason))
            tips.append(self.tr("Tick the box in the 序号 column to import it as a task"))
        return "\n".join(tips) or None

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        task = self.task(index)
        if task is None:
            return False
        if role == Qt.ItemDataRole.CheckStateRole and index.column() == NUMBER:
            self.set_included(index, Qt.CheckState(value) == Qt.CheckState.Checked)
            return True
        if role != Qt.ItemDataRole.EditRole:
            return False
        text = str(value).strip()
        column = index.column()
        if str(self.data(index, role) or "") == text and not task.warnings:
            return True  # an editor closed without a change: no undo step
        if column == TEXT and not text:
            return False
        try:
            due = date.fromisoformat(text) if column == DUE and text else None
        except ValueError:
            return False
        self._remember()
        if column == NUMBER:
            task.number = text
        elif column == TEXT:
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
            task.due = due
        task.warnings.clear()
        self.dataChanged.emit(index.siblingAtColumn(0), index.siblingAtColumn(COLUMNS - 1))
        self.warnings_changed.emit()
        return True

    # ------------------------------------------------------------ undo within the preview
    def _remember(self) -> None:
        """Keep a copy of the draft's tree before an edit (a few hundred rows: cheap)."""
        self._undo.append(copy.deepcopy((self.draft.roots, self.draft.skipped)))
        del self._undo[:-UNDO_LIMIT]
        self._redo.clear()

    def can_undo(self) -> bool:
        return bool(self._undo)

    def can_redo(self) -> bool:
        return bool(self._redo)

    def undo(self) -> None:
        self._swap(self._undo, self._redo)

    def redo(self) -> None:
        self._swap(self._redo, self._undo)

    def _swap(self, source: list, target: list) -> None:
        if not source:
            return
        target.append((self.draft.roots, self.draft.skipped))
        self.beginResetModel()
        # in place: the dialog saves this same PlanDraft object
        self.draft.roots, self.draft.skipped = source.pop()
        self._rebuild()
        self.endResetModel()
        self.warnings_changed.emit()

    # ------------------------------------------------------------ structure edits
    def _restructure(
        self, task: DraftTask | None, change: Callable[[], Any], review: bool = True
    ) -> QModelIndex:
        """Apply change to the draft as one undoable step; the index of task afterwards."""
        self._remember()
        self.beginResetModel()
        change()
        if task is not None and review:
            task.warnings.clear()
        self._rebuild()
        self.endResetModel()
        self.warnings_changed.emit()
        return self.index_of(task) if task is not None else QModelIndex()

    def indent(self, index: AnyIndex) -> QModelIndex:
        task = self.task(index)
        if task is None:
            return QModelIndex()
        siblings = self.siblings(task)
        row = draft_edits.position(siblings, task)
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
            del parent.children[draft_edits.position(parent.children, task)]
            outer.insert(draft_edits.position(outer, parent) + 1, task)

        return self._restructure(task, change)

    def toggle_kind(self, index: AnyIndex) -> QModelIndex:
        task = self.task(index)
        if task is None:
            return QModelIndex()

        def change() -> None:
            task.kind = TaskKind.REQUIREMENT if task.is_heading else TaskKind.HEADING

        return self._restructure(task, change)

    def tasks_at(self, indexes: list[QModelIndex]) -> list[DraftTask]:
        """The distinct tasks of indexes (a selection holds one index per column), in order."""
        found: dict[int, DraftTask] = {}
        for index in indexes:
            task = self.task(index)
            if task is not None:
                found.setdefault(id(task), task)
        return sorted(found.values(), key=lambda task: self._key[id(task)])

    def remove(self, index: AnyIndex) -> None:
        self.remove_rows([QModelIndex(index)])

    def remove_rows(self, indexes: list[QModelIndex], keep_children: bool = False) -> None:
        tasks = self.tasks_at(indexes)
        if tasks:
            self._restructure(None, lambda: draft_edits.remove(self.draft, tasks, keep_children))

    def children_lost_by_removing(self, indexes: list[QModelIndex]) -> int:
        return draft_edits.children_lost_by_removing(self.draft, self.tasks_at(indexes))

    def can_merge(self, indexes: list[QModelIndex]) -> bool:
        return draft_edits.can_merge(self.draft, self.tasks_at(indexes))

    def merge_rows(self, indexes: list[QModelIndex]) -> QModelIndex:
        tasks = self.tasks_at(indexes)
        if not draft_edits.can_merge(self.draft, tasks):
            return QModelIndex()
        return self._restructure(tasks[0], lambda: draft_edits.merge(self.draft, tasks))

    def split_row(self, index: AnyIndex, at: int) -> QModelIndex:
        """Split the requirement at index at character at; the index of the second part."""
        task = self.task(index)
        if task is None or task.is_heading or not draft_edits.can_split(task.text, at):
            return QModelIndex()
        made: list[DraftTask] = []
        self._restructure(task, lambda: made.append(draft_edits.split(self.draft, task, at)))
        return self.index_of(made[0])

    def set_included(self, index: AnyIndex, included: bool) -> None:
        self.set_included_rows([QModelIndex(index)], included)

    def set_included_rows(self, indexes: list[QModelIndex], included: bool) -> None:
        """Include (one click each) or mark 不是任务 the rows of indexes, as one step."""
        tasks = [t for t in self.tasks_at(indexes) if self.is_excluded(t) == included]
        if not tasks:
            return
        edit = draft_edits.include if included else draft_edits.exclude

        def change() -> None:
            for task in tasks:
                edit(self.draft, task)

        self._restructure(tasks[0], change, review=False)

    def add_skipped(self, skipped: SkippedSource, after: AnyIndex) -> QModelIndex:
        """A line the importer skipped, added as a requirement after (or under) the row after."""
        anchor = self.task(after)
        made: list[DraftTask] = []

        def change() -> None:
            made.append(draft_edits.add_skipped(self.draft, skipped, anchor))

        self._restructure(None, change)
        return self.index_of(made[0])

    def requirement_count(self) -> int:
        return sum(1 for _path, _task in self.draft.requirements())
