"""Add, delete, indent, outdent and move tasks: each one undoable step via the session.

Works on task ids and the model's loaded tree (sibling order), so the same code
serves the keyboard, the menus and the tests.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QObject, Signal
from PySide6.QtWidgets import QWidget

from govledger.domain.changes import ChangeSet
from govledger.domain.model import TaskKind
from govledger.ui.session import LedgerSession
from govledger.ui.task_tree_model import Node, TaskTreeModel


class TaskOperations(QObject):
    task_created = Signal(int)  # a new task to select and start typing into
    task_moved = Signal(int)  # keep it selected where it went

    def __init__(self, session: LedgerSession, model: TaskTreeModel, parent: QWidget):
        super().__init__(parent)
        self.session = session
        self.model = model
        self._window = parent

    @property
    def ledger(self):  # -> Ledger
        return self.session.ledger

    def _node(self, task_id: int | None) -> Node | None:
        if task_id is None:
            return None
        if task_id not in self.model.nodes:
            self.model.index_for_task(task_id)
        return self.model.nodes.get(task_id)

    def _kind(self, node: Node) -> TaskKind:
        return self.model.plan_index.tasks[node.task_id].kind  # type: ignore[index]

    # ------------------------------------------------------------ adding
    def add_requirement(self, current_id: int | None) -> int | None:
        """A new requirement inside the current heading, or after the current requirement."""
        if self.model.plan_id is None:
            return None
        parent_id, position = None, None
        node = self._node(current_id)
        if node is not None and self._kind(node) is TaskKind.HEADING:
            parent_id = node.task_id
        elif node is not None and node.parent is not None:
            parent_id, position = node.parent.task_id, node.row + 1
        return self._add(
            self.tr("Add requirement"),
            self.tr("New requirement"),
            parent_id,
            position,
            TaskKind.REQUIREMENT,
        )

    def add_heading(self, current_id: int | None) -> int | None:
        """A new heading after the current heading (or after the heading above a requirement)."""
        if self.model.plan_id is None:
            return None
        node = self._node(current_id)
        while (
            node is not None
            and node.task_id is not None
            and self._kind(node) is not TaskKind.HEADING
        ):
            node = node.parent
        parent_id, position = None, None
        if node is not None and node.parent is not None and node.task_id is not None:
            parent_id, position = node.parent.task_id, node.row + 1
        return self._add(
            self.tr("Add heading"), self.tr("New heading"), parent_id, position, TaskKind.HEADING
        )

    def _add(
        self, undo_text: str, text: str, parent_id: int | None, position: int | None, kind: TaskKind
    ) -> int | None:
        plan_id = self.model.plan_id
        assert plan_id is not None
        changes = self.session.perform(
            undo_text,
            lambda: self.ledger.add_task(
                plan_id, text, kind=kind, parent_id=parent_id, position=position
            ),
        )
        task_id = changes.created_task if changes else None
        if task_id is not None:
            self.task_created.emit(task_id)
        return task_id

    # ------------------------------------------------------------ deleting
    def confirm_delete(self, count: int, title: str) -> bool:
        """Ask before deleting (tests replace this)."""
        from PySide6.QtWidgets import QMessageBox  # not needed at start-up

        text = (
            self.tr(
                "Delete “{title}” with its sub-tasks, progress notes and evidence records?"
            ).format(title=title[:60])
            if count == 1
            else self.tr(
                "Delete {count} tasks with their sub-tasks, progress notes and evidence records?"
            ).format(count=count)
        )
        text += "\n" + self.tr("You can undo this with Ctrl+Z.")
        answer = QMessageBox.question(
            self._window,
            self.tr("Delete"),
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def delete(self, task_ids: list[int], *, confirm: bool = True) -> bool:
        # a task inside another selected one goes with it
        ids = [t for t in task_ids if not any(a in task_ids for a in self._ancestors(t))]
        if not ids:
            return False
        first = self.model.plan_index.tasks.get(ids[0])
        if confirm and not self.confirm_delete(len(ids), first.text if first else ""):
            return False
        text = self.tr("Delete task") if len(ids) == 1 else self.tr("Delete tasks")
        if len(ids) == 1:
            return self.session.perform(text, lambda: self.ledger.delete_task(ids[0])) is not None
        self.session.undo_stack.beginMacro(text)
        try:
            done = [self.session.perform(text, lambda t=t: self.ledger.delete_task(t)) for t in ids]
        finally:
            self.session.undo_stack.endMacro()
        return all(result is not None for result in done)

    def _ancestors(self, task_id: int) -> list[int]:
        node = self._node(task_id)
        result: list[int] = []
        while node is not None and node.parent is not None and node.parent.task_id is not None:
            node = node.parent
            result.append(node.task_id)  # type: ignore[arg-type]
        return result

    # ------------------------------------------------------------ moving
    def indent(self, task_id: int | None) -> bool:
        """Make the task the last sub-task of the sibling above it."""
        node = self._node(task_id)
        if node is None or node.row == 0 or node.parent is None:
            return False
        above = node.parent.children[node.row - 1]
        if not above.fetched:  # so the moved row lands in a loaded list
            self.model.fetchMore(self.model.index_of(above))
        position = len(above.children)
        return self._move(self.tr("Indent"), node, above.task_id, position)

    def outdent(self, task_id: int | None) -> bool:
        """Move the task out of its heading, to just after that heading."""
        node = self._node(task_id)
        if node is None or node.parent is None or node.parent.task_id is None:
            return False
        heading = node.parent
        grand = heading.parent
        return self._move(
            self.tr("Outdent"), node, grand.task_id if grand else None, heading.row + 1
        )

    def move_up(self, task_id: int | None) -> bool:
        node = self._node(task_id)
        if node is None or node.parent is None or node.row == 0:
            return False
        return self._move(self.tr("Move up"), node, node.parent.task_id, node.row - 1)

    def move_down(self, task_id: int | None) -> bool:
        node = self._node(task_id)
        if node is None or node.parent is None or node.row >= len(node.parent.children) - 1:
            return False
        return self._move(self.tr("Move down"), node, node.parent.task_id, node.row + 1)

    def _move(self, text: str, node: Node, parent_id: int | None, position: int) -> bool:
        task_id = node.task_id
        assert task_id is not None
        op: Callable[[], ChangeSet] = lambda: self.ledger.move_task(task_id, parent_id, position)  # noqa: E731
        if self.session.perform(text, op) is None:
            return False
        self.task_moved.emit(task_id)
        return True

    def index_of_task(self, task_id: int) -> QModelIndex:
        return self.model.index_for_task(task_id)
