"""Drag-and-drop moves in the task tree, performed as undoable ledger moves.

The dragged payload is task ids; a drop turns into ``ledger.move_task`` through the
session, and the tree then follows the ChangeSet like after any other move.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QByteArray,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

if TYPE_CHECKING:
    from govledger.ui.task_tree_model import TaskTreeModel

TASK_MIME = "application/x-govledger-task-ids"


class TaskDragDrop:
    def mimeTypes(self) -> list[str]:
        return [TASK_MIME]

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeData(self: TaskTreeModel, indexes: list[QModelIndex]) -> QMimeData:  # type: ignore[misc]
        ids: list[int] = []
        for index in indexes:
            task_id = index.internalId() if index.isValid() else None
            if task_id and task_id not in ids:
                ids.append(task_id)
        data = QMimeData()
        data.setData(TASK_MIME, QByteArray(",".join(map(str, ids)).encode()))
        return data

    def canDropMimeData(  # type: ignore[misc]
        self: TaskTreeModel,
        data: QMimeData,
        action: Qt.DropAction,
        row: int,
        column: int,
        parent: QModelIndex | QPersistentModelIndex,
    ) -> bool:
        if action != Qt.DropAction.MoveAction or not data.hasFormat(TASK_MIME):
            return False
        target = self.node(parent)
        for task_id in _ids(data):
            moving = self.nodes.get(task_id)
            current = target
            while current is not None:  # not into itself or its own sub-tasks
                if current is moving:
                    return False
                current = current.parent
        return True

    def dropMimeData(  # type: ignore[misc]
        self: TaskTreeModel,
        data: QMimeData,
        action: Qt.DropAction,
        row: int,
        column: int,
        parent: QModelIndex | QPersistentModelIndex,
    ) -> bool:
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        target = self.node(parent)
        if not target.fetched:
            self.fetchMore(self.index_of(target))
        position = len(target.children) if row < 0 else row
        moved = 0
        text = QCoreApplication.translate("TaskDragDrop", "Move task")
        self.session.undo_stack.beginMacro(text)
        for task_id in _ids(data):
            node = self.nodes.get(task_id)
            if node is None:
                continue
            at = position
            if node.parent is target and node.row < position:
                at -= 1  # move_task counts positions among the siblings without the task
            target_id = target.task_id
            done = self.session.perform(
                text, lambda t=task_id, p=target_id, a=at: self.ledger.move_task(t, p, a)
            )
            if done is not None:
                moved += 1
            after = self.nodes.get(task_id)
            position = after.row + 1 if after is not None else position + 1
        self.session.undo_stack.endMacro()
        return moved > 0


def _ids(data: QMimeData) -> list[int]:
    raw = bytes(data.data(TASK_MIME).data()).decode()
    return [int(part) for part in raw.split(",") if part.strip().isdigit()]
