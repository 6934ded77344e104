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

from govledger.messages import GovLedgerError, message

# The store's tables behind each question below (the store names them; views do not).
_CALENDAR = (
    "plans", "tasks", "task_units", "occurrence_marks", "task_events", "holidays",
    "applications",  # 依申请公开 reply limits are on the calendar too
)  # fmt: skip
_REGISTER = ("applications", "application_documents", "holidays")
# The audit action of IT changing a login's rights on a server ledger (no rows of
# the ledger change: the description names the login).
ACCESS_ACTION = "access"
_TREE = ("tasks", "task_units", "units", "progress_entries", "evidence")
# Columns that place a row (its plan, heading, task…): an update's audit entry keeps
# them beside the fields it changed, so a change read back from the audit log (another
# clerk's, see store/change_feed.py) still tells views where it happened.
_PLACING_KEYS = ("plan_id", "parent_id", "task_id", "unit_id", "application_id")
_REPORT_INPUTS = (
    "plans", "tasks", "progress_entries", "report_figures", "report_texts", "applications",
    "holidays",
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class TreeEdits:
    """What one operation did to one plan's task tree, for a view that shows it."""

    parents: frozenset[int | None]  # headings (None: the top level) whose children changed
    added: frozenset[int]  # tasks inserted into the plan
    removed: frozenset[int]  # tasks taken out of it
    edited: frozenset[int]  # tasks whose own fields, units, notes or evidence changed


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
            assert self.old is not None and self.new is not None
            changed = self.changed_fields()
            placing = {key: self.new[key] for key in _PLACING_KEYS if key in self.new}
            data["old"] = {**placing, **{key: old for key, (old, _new) in changed.items()}}
            data["new"] = {**placing, **{key: new for key, (_old, new) in changed.items()}}
        else:
            data["old"], data["new"] = self.old, self.new
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> RowChange:
        """A change read back from the audit log. An update's images hold only the
        fields it changed and the placing keys; inserts and deletes hold whole rows.
        Raises (KeyError, ValueError, TypeError) on an entry it cannot read."""
        op = Op(data["op"])
        old, new = data.get("old"), data.get("new")
        if (old is None) != (op is Op.INSERT) or (new is None) != (op is Op.DELETE):
            raise ValueError(f"audit entry {op} with images {old!r}, {new!r}")
        return cls(str(data["table"]), int(data["id"]), op, old, new)


@dataclass(slots=True)
class ChangeSet:
    """The row changes of one operation, in the order they were applied."""

    action: str  # machine name, e.g. "update_task", "import_plan"
    description: str = ""  # for the clerk: shown in the undo menu and audit log
    rows: list[RowChange] = field(default_factory=list)
    created_ids: dict[str, list[int]] = field(default_factory=dict)
    # The ledger's change counter once written (its audit row's id); None before, and
    # for the ChangeSets of a restore or reopen, which write no rows of their own.
    counter: int | None = None
    # Read back from the audit log but not describable row by row (a restore, an entry
    # it cannot read, too many to replay): views read everything again.
    reread_all: bool = False

    @classmethod
    def from_audit(
        cls, counter: int, action: str, description: str, entries: list[dict[str, Any]]
    ) -> ChangeSet:
        """A ChangeSet rebuilt from one audit row (another connection's write).

        created_ids stay empty: what another clerk added is not this clerk's to select
        or open. Raises on an entry it cannot read (the caller rereads everything).
        """
        rows = [RowChange.from_json(entry) for entry in entries]
        return cls(action, description, rows, counter=counter)

    @classmethod
    def everything(cls, counter: int | None, description: str = "") -> ChangeSet:
        """Every record may differ: views read the ledger again."""
        return cls("reread", description, counter=counter, reread_all=True)

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

    # The record an "add" operation made, for the view to select or open it.
    @property
    def created_plan(self) -> int | None:
        return self.first_created("plans")

    @property
    def created_task(self) -> int | None:
        return self.first_created("tasks")

    @property
    def created_evidence(self) -> int | None:
        return self.first_created("evidence")

    @property
    def created_application(self) -> int | None:
        return self.first_created("applications")

    def inverted(self, description: str | None = None) -> ChangeSet:
        return ChangeSet(
            action=f"undo:{self.action}",
            description=description or self.description,
            rows=[change.inverted() for change in reversed(self.rows)],
        )

    # --- what changed, in the ledger's words -------------------------------------------
    # Views ask these instead of naming the store's tables (issue 18): the mapping from
    # tables to what a clerk sees is said here, once.
    @property
    def ledger_replaced(self) -> bool:
        """A restore (or changes too many to say): every record may differ; read everything."""
        return self.reread_all or self.action == "restore"

    @property
    def access_changed_for(self) -> str | None:
        """The server login whose rights IT changed (govledger server …), else None."""
        return self.description if self.action == ACCESS_ACTION else None

    @property
    def plan_list_changed(self) -> bool:
        return self.ledger_replaced or self.touches("plans")

    @property
    def units_changed(self) -> bool:
        """The unit directory, or which units a task names."""
        return self.touches("units") or self.touches("task_units")

    @property
    def holidays_changed(self) -> bool:
        return self.ledger_replaced or self.touches("holidays")

    @property
    def calendar_changed(self) -> bool:
        """Anything a deadline calendar shows: due dates, marks, events, holidays, replies."""
        return self.ledger_replaced or any(self.touches(t) for t in _CALENDAR)

    @property
    def register_changed(self) -> bool:
        """The 依申请公开 register: requests, their documents, the working days they count."""
        return self.ledger_replaced or any(self.touches(t) for t in _REGISTER)

    @property
    def application_documents_changed(self) -> bool:
        return self.touches("application_documents")

    @property
    def report_texts_changed(self) -> bool:
        return self.ledger_replaced or self.touches("report_texts")

    @property
    def report_inputs_changed(self) -> bool:
        """Anything the yearly report is computed from."""
        return self.ledger_replaced or any(self.touches(t) for t in _REPORT_INPUTS)

    def tasks_changed(self) -> set[int]:
        """Ids of the tasks (headings and requirements) added, edited or removed."""
        return self.ids("tasks")

    def evidence_changed(self) -> set[int]:
        return self.ids("evidence")

    def progress_changed(self) -> set[int]:
        return self.ids("progress_entries")

    def evidence_added(self) -> list[int]:
        return [c.row_id for c in self.rows if c.table == "evidence" and c.op is Op.INSERT]

    def work_of_tasks(self) -> set[int]:
        """Tasks whose progress notes, evidence or units changed."""
        return self._owners("task_units", "progress_entries", "evidence")

    def progress_of_tasks(self) -> set[int]:
        """Tasks whose progress notes changed."""
        return self._owners("progress_entries")

    def evidence_of_tasks(self) -> set[int]:
        """Tasks whose evidence or progress notes (evidence may hang on one) changed."""
        return self._owners("progress_entries", "evidence")

    def _owners(self, *tables: str) -> set[int]:
        return {
            task_id
            for change in self.rows
            if change.table in tables
            for row in (change.old, change.new)
            if row and (task_id := row.get("task_id")) is not None
        }

    def renamed_units(self) -> dict[str, str]:
        """Old unit name -> new name, for units renamed (or merged by rename)."""
        return {
            change.old["name"]: change.new["name"]
            for change in self.rows
            if change.table == "units" and change.op is Op.UPDATE and change.old and change.new
            if change.old.get("name") != change.new.get("name")
        }

    def tree_edits(self, plan_id: int) -> TreeEdits:
        """The tasks of plan ``plan_id`` this operation added, removed, moved or edited.

        A task that moves between headings names both; a task of another plan is not
        mentioned. Units renamed are not resolved here (``renamed_units``): which tasks
        name a unit is the view's knowledge, not the change's.
        """
        parents: set[int | None] = set()
        added: set[int] = set()
        removed: set[int] = set()
        edited: set[int] = set()
        for change in self.rows:
            if change.table != "tasks":
                continue
            in_plan = False
            for row in (change.old, change.new):
                if row is not None and row.get("plan_id") == plan_id:
                    parents.add(row.get("parent_id"))
                    in_plan = True
            if not in_plan:
                continue
            edited.add(change.row_id)
            if change.op is Op.INSERT:
                added.add(change.row_id)
            elif change.op is Op.DELETE:
                removed.add(change.row_id)
        edited |= self.work_of_tasks()
        return TreeEdits(
            frozenset(parents), frozenset(added), frozenset(removed), frozenset(edited)
        )

    @property
    def requirements_changed(self) -> bool:
        """A task tree's rows: tasks, their units, progress or evidence."""
        return any(self.touches(t) for t in _TREE)

    def plan_deleted(self, plan_id: int) -> bool:
        return any(
            c.table == "plans" and c.row_id == plan_id and c.op is Op.DELETE for c in self.rows
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


class StaleEdit(GovLedgerError):
    """A save refused because the record changed since the clerk loaded it (another
    clerk on a shared ledger saved first). Carries both versions so the clerk can
    choose: mine, the values they tried to save; theirs, the whole record as it is now.
    kind names the record as the what.* messages do ("task", "progress", …); elsewhere
    is the other save as far as this record goes, for views to refresh from when the
    clerk takes the saved version (nothing to undo: this clerk did not make it).
    """

    def __init__(
        self,
        kind: str,
        row_id: int,
        mine: dict[str, Any],
        theirs: dict[str, Any],
        elsewhere: ChangeSet,
    ) -> None:
        self.kind = kind
        self.row_id = row_id
        self.mine = dict(mine)
        self.theirs = dict(theirs)
        self.elsewhere = elsewhere
        super().__init__("edit.stale_save", what=message(f"what.{kind}"))

    @property
    def revision(self) -> int:
        """The revision saved now: the one to save on top of to keep mine knowingly."""
        revision = self.theirs["revision"]
        assert isinstance(revision, int)
        return revision
