"""What a Ledger mutation changed: the unit of refresh, audit and undo.

Every mutating Ledger call returns a ChangeSet. Views look at which tables and ids
it touched to refresh; the audit log stores it; undo reverts its row changes in
reverse order and redo applies them again. Because each RowChange holds the whole
old and new row, one generic mechanism undoes any operation — an edit, a delete of
a subtree, an import of fifty requirements, or a unit merge.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any


class Op(StrEnum):
    INSERT = "insert"
    UPDATE = "update"
    DELETE = "delete"


@dataclass(frozen=True, slots=True)
class RowChange:
    table: str
    row_id: int
    op: Op
    old: dict[str, Any] | None  # the whole row before (None for INSERT)
    new: dict[str, Any] | None  # the whole row after (None for DELETE)

    def inverted(self) -> RowChange:
        inverse_op = {Op.INSERT: Op.DELETE, Op.DELETE: Op.INSERT, Op.UPDATE: Op.UPDATE}[self.op]
        return RowChange(self.table, self.row_id, inverse_op, self.new, self.old)

    def changed_fields(self) -> dict[str, tuple[Any, Any]]:
        """For UPDATE: field -> (old, new) of the fields that differ."""
        if self.old is None or self.new is None:
            return {}
        return {
            key: (self.old.get(key), value)
            for key, value in self.new.items()
            if self.old.get(key) != value
        }

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {"table": self.table, "id": self.row_id, "op": str(self.op)}
        if self.op is Op.UPDATE:
            changed = self.changed_fields()
            data["old"] = {key: old for key, (old, _new) in changed.items()}
            data["new"] = {key: new for key, (_old, new) in changed.items()}
        else:
            data["old"], data["new"] = self.old, self.new
        return data


@dataclass(slots=True)
class ChangeSet:
    """The row changes of one operation, in the order they were applied."""

    action: str  # machine name, e.g. "update_task", "import_plan"
    description: str = ""  # for the clerk: shown in the undo menu and audit log
    rows: list[RowChange] = field(default_factory=list)
    created_ids: dict[str, list[int]] = field(default_factory=dict)

    def ids(self, table: str) -> set[int]:
        return {change.row_id for change in self.rows if change.table == table}

    def touches(self, table: str) -> bool:
        return any(change.table == table for change in self.rows)

    @property
    def empty(self) -> bool:
        return not self.rows

    def first_created(self, table: str) -> int | None:
        created = self.created_ids.get(table)
        return created[0] if created else None

    def inverted(self, description: str | None = None) -> ChangeSet:
        return ChangeSet(
            action=f"undo:{self.action}",
            description=description or self.description,
            rows=[change.inverted() for change in reversed(self.rows)],
        )

    def structure_changed(self) -> bool:
        """True when tasks were added, removed or moved (views must re-read their tree)."""
        for change in self.rows:
            if change.table != "tasks":
                continue
            if change.op is not Op.UPDATE:
                return True
            fields = change.changed_fields()
            if "parent_id" in fields or "position" in fields:
                return True
        return False
