"""Bring loaded sibling lists of the tree model to the order the PlanIndex now holds.

Uses row removals, moves and insertions (never a reset) so persistent indexes —
selection, current item, expanded headings — survive edits, moves, deletes, undo and
redo. A task moved between two loaded parents keeps its node, and so its own expanded
subtree. Called by TaskTreeModel.apply_changes with the parents whose children the
ChangeSet touched.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from govledger.ui.task_tree_model import Node, TaskTreeModel


def sync_parents(model: TaskTreeModel, parent_ids: set[int | None]) -> None:
    parents = _loaded_parents(model, parent_ids)
    targets = {id(node): model.plan_index.children.get(node.task_id, []) for node in parents}
    placed = {task_id: node for node in parents for task_id in targets[id(node)]}
    # 1. Rows that leave every synced list: deleted, or moved under an unloaded parent.
    for node in parents:
        for child in reversed(list(node.children)):
            if placed.get(child.task_id) is None:  # type: ignore[arg-type]
                _remove(model, child)
    # 2. Walk each list, moving existing nodes into place and inserting new ones.
    for node in parents:
        if node is not model.root and model.nodes.get(node.task_id) is not node:  # type: ignore[arg-type]
            continue  # removed above (its own parent moved it out of sight)
        for row, task_id in enumerate(targets[id(node)]):
            if row < len(node.children) and node.children[row].task_id == task_id:
                continue
            existing = model.nodes.get(task_id)
            if existing is not None and existing.parent is not None:
                if _is_within(node, existing):
                    _remove(model, existing)  # cannot happen through move_task; be safe
                    _insert(model, node, row, task_id)
                else:
                    _move(model, existing, node, row)
            else:
                _insert(model, node, row, task_id)
    # 3. Anything left beyond the new length did not find a place: drop it.
    for node in parents:
        if model.nodes.get(node.task_id) is not node and node is not model.root:  # type: ignore[arg-type]
            continue
        for child in reversed(node.children[len(targets[id(node)]) :]):
            _remove(model, child)


def _loaded_parents(model: TaskTreeModel, parent_ids: set[int | None]) -> list[Node]:
    parents: list[Node] = []
    for parent_id in parent_ids:
        node = model.root if parent_id is None else model.nodes.get(parent_id)
        if node is None or parent_id not in model.plan_index.children:
            continue
        # A shown but unfetched parent (a collapsed heading, or a requirement about to
        # get its first sub-task) is synced too, from an empty list: otherwise a view
        # fetching it mid-sync would see a moved task in two places.
        node.fetched = True
        parents.append(node)
    # Outer lists first, so a moved heading is in place before its own list is walked.
    parents.sort(key=lambda node: _depth(node))
    return parents


def _depth(node: Node) -> int:
    depth = 0
    while node.parent is not None:
        node, depth = node.parent, depth + 1
    return depth


def _is_within(node: Node, ancestor: Node) -> bool:
    current: Node | None = node
    while current is not None:
        if current is ancestor:
            return True
        current = current.parent
    return False


def _renumber(node: Node, start: int = 0) -> None:
    for row in range(start, len(node.children)):
        node.children[row].row = row


def _forget_subtree(model: TaskTreeModel, node: Node) -> None:
    stack = [node]
    while stack:
        current = stack.pop()
        model.nodes.pop(current.task_id, None)  # type: ignore[arg-type]
        stack.extend(current.children)
        current.parent = None


def _remove(model: TaskTreeModel, child: Node) -> None:
    parent = child.parent
    assert parent is not None
    row = child.row
    model.beginRemoveRows(model.index_of(parent), row, row)
    parent.children.pop(row)
    _renumber(parent, row)
    _forget_subtree(model, child)
    model.endRemoveRows()


def _insert(model: TaskTreeModel, parent: Node, row: int, task_id: int) -> None:
    from govledger.ui.task_tree_model import Node

    model.beginInsertRows(model.index_of(parent), row, row)
    child = Node(task_id, parent, row)
    parent.children.insert(row, child)
    _renumber(parent, row)
    model.nodes[task_id] = child
    # A restored subtree (undo of a delete) comes back whole when the index knows it,
    # so nothing has to be fetched while the insertion is being announced.
    pending = [child]
    while pending:
        node = pending.pop()
        known = model.plan_index.children.get(node.task_id)
        if known is not None:
            model._attach_children(node, known)
            pending.extend(node.children)
    model.endInsertRows()


def _move(model: TaskTreeModel, child: Node, parent: Node, row: int) -> None:
    source = child.parent
    assert source is not None
    old_row = child.row
    if source is parent and old_row == row:
        return
    ok = model.beginMoveRows(model.index_of(source), old_row, old_row, model.index_of(parent), row)
    if not ok:  # Qt refuses a no-op move; the lists already agree there
        return
    source.children.pop(old_row)
    insert_at = row if not (source is parent and old_row < row) else row - 1
    parent.children.insert(insert_at, child)
    child.parent = parent
    child.cells = None
    _renumber(source)
    if parent is not source:
        _renumber(parent)
    model.endMoveRows()
