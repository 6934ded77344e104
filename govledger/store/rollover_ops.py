"""Ledger operations of the yearly 回头看 and of comparing two years' plans.

A carried-over requirement is a copy in the new plan, under the heading that
matches its old one (created when the new plan has none), with ``carried_from``
naming the original's uuid. Its progress entries are copied and its evidence rows
point at the same stored files (content-addressed: nothing is copied on disk), so
its history reads on in the new year while last year's ledger stays as it was
printed. The whole review is one transaction: one undo takes it all back.
"""

from __future__ import annotations

from collections.abc import Sequence
from contextlib import AbstractContextManager
from datetime import date
from typing import TYPE_CHECKING, Any

from govledger.domain.changes import ChangeSet
from govledger.domain.model import Plan, Status, Task, TaskKind
from govledger.domain.status_rules import effective_status
from govledger.messages import GovLedgerError, message
from govledger.store import records
from govledger.store.task_ops import insert_task, new_uuid, next_child_position
from govledger.store.transaction import Transaction, now_text

if TYPE_CHECKING:
    from govledger.domain.rollover import Counterpart, Decision, ReviewChoice, RolloverReview
    from govledger.domain.year_compare import YearComparison
    from govledger.store.connection import LedgerDatabase

# Headings of two years that score this much are the same heading renumbered or
# lightly reworded; below it the carried-over requirement gets its old heading anew.
HEADING_MATCH = 0.8


class RolloverOps:
    _db: LedgerDatabase

    def _transaction(self, action: str, description: str) -> AbstractContextManager[Transaction]:
        raise NotImplementedError

    def whole_ledger_job(self, kind: str) -> AbstractContextManager[None]:
        raise NotImplementedError

    # the reads the Ledger itself provides
    def plan(self, plan_id: int) -> Plan:
        raise NotImplementedError

    def tasks_with_depth(self, plan_id: int) -> list[tuple[int, Task]]:
        raise NotImplementedError

    # ------------------------------------------------------------------ reading
    def review_candidates(
        self, from_plan_id: int, to_plan_id: int | None = None, today: date | None = None
    ) -> list[Task]:
        """Requirements of a plan still open (not 已完成 / 不适用), in document order,
        leaving out those already reviewed for to_plan_id."""
        from govledger.domain.rollover import FINISHED  # loaded on first use (start-up time)

        today = today or date.today()
        reviewed = self.reviewed_for(to_plan_id) if to_plan_id is not None else {}
        return [
            task
            for _depth, task in self.tasks_with_depth(from_plan_id)
            if not task.is_heading
            and effective_status(task.status, task.due, today) not in FINISHED
            and task.uuid not in reviewed
        ]

    def reviewed_for(self, to_plan_id: int) -> dict[str, Decision]:
        """uuid of a reviewed requirement -> the decision a review for to_plan_id made."""
        from govledger.domain.rollover import Decision

        return {
            task_uuid: Decision(decision)
            for task_uuid, decision in self._db.execute(
                """SELECT d.task_uuid, d.decision FROM rollover_decisions d
                   JOIN plans p ON p.uuid = d.to_plan_uuid WHERE p.id = ?""",
                [to_plan_id],
            )
        }

    def carried_over_into(self, plan_id: int) -> dict[str, int]:
        """uuid of an original requirement -> id of its carried-over copy in plan_id."""
        return dict(
            self._db.execute(
                "SELECT carried_from, id FROM tasks WHERE plan_id = ? AND carried_from IS NOT NULL",
                [plan_id],
            ).fetchall()
        )

    def review_counterparts(
        self, from_plan_id: int, to_plan_id: int, today: date | None = None
    ) -> dict[int, Counterpart]:
        """Open requirement id -> the new plan's requirement that looks like it (a plan
        imported for the new year usually repeats last year's unfinished work)."""
        from govledger.domain.rollover import find_counterparts

        candidates = self.review_candidates(from_plan_id, to_plan_id, today)
        new = [task for _depth, task in self.tasks_with_depth(to_plan_id)]
        return find_counterparts(candidates, new)

    def heading_paths(self, plan_id: int) -> dict[int, tuple[str, ...]]:
        """task id -> the texts of the headings above it, outermost first."""
        return heading_paths(self.tasks_with_depth(plan_id))

    def compare_plans(self, old_plan_id: int, new_plan_id: int) -> YearComparison:
        """Which requirements of new_plan are new, changed or unchanged from old_plan's,
        and which of old_plan's were dropped."""
        from govledger.domain.year_compare import compare_requirements, items_from_tasks

        old, new = self.tasks_with_depth(old_plan_id), self.tasks_with_depth(new_plan_id)
        return compare_requirements(
            items_from_tasks([task for _d, task in old], heading_paths(old)),
            items_from_tasks([task for _d, task in new], heading_paths(new)),
        )

    def describe_review(
        self,
        from_plan_id: int,
        to_plan_id: int,
        choices: Sequence[ReviewChoice],
        today: date | None = None,
    ) -> RolloverReview:
        """The review as the 回头看 report tells it (call before apply_review: it reports
        the statuses the clerk reviewed)."""
        from govledger.domain.rollover import ReviewItem, RolloverReview

        today = today or date.today()
        source, target = self.plan(from_plan_id), self.plan(to_plan_id)
        review = RolloverReview(
            from_title=source.title,
            from_year=source.year,
            to_title=target.title,
            to_year=target.year,
            reviewed_on=today,
            organization=source.organization,
        )
        tree = self.tasks_with_depth(from_plan_id)
        tasks = {task.id: task for _depth, task in tree}
        paths = heading_paths(tree)
        for choice in choices:
            task = tasks[choice.task_id]
            counterpart = ""
            if choice.counterpart_id is not None:
                found = self._db.execute(
                    "SELECT number, text FROM tasks WHERE id = ?", [choice.counterpart_id]
                ).fetchone()
                if found is not None:
                    counterpart = f"{found[0]}. {found[1]}" if found[0] else found[1]
            review.items.append(
                ReviewItem(
                    number=task.number,
                    path=paths.get(task.id, ()),
                    text=task.text,
                    units=task.units_text or "、".join(task.units),
                    status=effective_status(task.status, task.due, today),
                    progress_count=self._count("progress_entries", task.id),
                    evidence_count=self._count("evidence", task.id),
                    decision=choice.decision,
                    reason=choice.reason.strip(),
                    counterpart=counterpart,
                )
            )
        return review

    def _count(self, table: str, task_id: int) -> int:
        count: int = self._db.execute(
            f"SELECT count(*) FROM {table} WHERE task_id = ?", [task_id]
        ).fetchone()[0]
        return count

    # ------------------------------------------------------------------ writing
    def apply_review(
        self,
        from_plan_id: int,
        to_plan_id: int,
        choices: Sequence[ReviewChoice],
        *,
        on: date | None = None,
    ) -> ChangeSet:
        """Carry over, close or mark 不适用 each chosen requirement, in one transaction."""
        from govledger.domain.rollover import Decision

        if from_plan_id == to_plan_id:
            raise GovLedgerError("rollover.same_plan")
        on = on or date.today()
        counts = {decision: 0 for decision in Decision}
        for choice in choices:
            counts[choice.decision] += 1
        description = message(
            "rollover.description",
            carried=counts[Decision.CARRY_OVER],
            closed=counts[Decision.CLOSE],
            not_applicable=counts[Decision.NOT_APPLICABLE],
        )
        with (
            self.whole_ledger_job("rollover"),
            self._transaction("rollover_review", description) as tx,
        ):
            source = tx.require("plans", from_plan_id, "plan")
            target = tx.require("plans", to_plan_id, "plan")
            tree = self.tasks_with_depth(from_plan_id)
            order = {task.id: index for index, (_depth, task) in enumerate(tree)}
            reviewed = self.reviewed_for(to_plan_id)
            copies: dict[int, int] = {}  # original id -> copy id, for nested requirements
            placer = _Placer(tx, to_plan_id)
            for choice in sorted(choices, key=lambda c: order.get(c.task_id, -1)):
                row = tx.require("tasks", choice.task_id, "task")
                if row["plan_id"] != from_plan_id or row["kind"] != TaskKind.REQUIREMENT:
                    raise GovLedgerError("rollover.not_in_plan", id=choice.task_id)
                reason = choice.reason.strip()
                if choice.needs_reason and not reason:
                    raise GovLedgerError("rollover.reason_required", text=row["text"][:30])
                if row["uuid"] in reviewed:
                    raise GovLedgerError("rollover.already_reviewed", text=row["text"][:30])
                tx.insert(
                    "rollover_decisions",
                    {
                        "task_uuid": row["uuid"],
                        "to_plan_uuid": target["uuid"],
                        "decision": str(choice.decision),
                        "reason": reason,
                        "decided_on": on.isoformat(),
                    },
                )
                if choice.decision is Decision.CARRY_OVER and choice.counterpart_id is not None:
                    copies[row["id"]] = _continue_in(tx, row, target, choice.counterpart_id)
                    number = tx.require("tasks", choice.counterpart_id, "task")["number"]
                    note = message("rollover.note_joined", title=target["title"], number=number)
                elif choice.decision is Decision.CARRY_OVER:
                    copies[row["id"]] = _carry_over(
                        tx, row, target, source["year"], placer, copies, on
                    )
                    note = message("rollover.note_carried", title=target["title"])
                elif choice.decision is Decision.CLOSE:
                    note = message("rollover.note_closed", reason=reason)
                else:
                    tx.update("tasks", row["id"], {"status": str(Status.NOT_APPLICABLE)})
                    note = message("rollover.note_not_applicable", reason=reason)
                _add_progress(tx, row["id"], on, note)
        return tx.changes


def _add_progress(tx: Transaction, task_id: int, on: date, text: str) -> int:
    stamp = now_text()
    return tx.insert(
        "progress_entries",
        {
            "uuid": new_uuid(),
            "task_id": task_id,
            "date": on.isoformat(),
            "text": text,
            "created_at": stamp,
            "updated_at": stamp,
        },
    )


def heading_paths(tree: list[tuple[int, Task]]) -> dict[int, tuple[str, ...]]:
    """task id -> the texts of the headings above it, for a plan's tasks in tree order."""
    paths: dict[int, tuple[str, ...]] = {}
    seen_by_children: dict[int, tuple[str, ...]] = {}
    for _depth, task in tree:  # parents come first
        path = seen_by_children.get(task.parent_id, ()) if task.parent_id else ()
        paths[task.id] = path
        seen_by_children[task.id] = (*path, task.text) if task.is_heading else path
    return paths


class _Placer:
    """Finds (or creates) where a carried-over requirement goes in the new plan."""

    def __init__(self, tx: Transaction, plan_id: int):
        self.tx = tx
        self.plan_id = plan_id
        self.numbers = [
            row[0]
            for row in tx.db.execute(
                "SELECT number FROM tasks WHERE plan_id = ? AND kind = 'requirement'", [plan_id]
            )
        ]

    def parent_for(self, source_id: int, copies: dict[int, int]) -> int | None:
        """Under the copy of its parent requirement if that was carried too, else under
        the headings matching its old ones, outermost first."""
        chain = _ancestors(self.tx, source_id)
        if chain and chain[-1]["id"] in copies:
            return copies[chain[-1]["id"]]
        parent_id: int | None = None
        for ancestor in chain:
            if ancestor["kind"] == TaskKind.HEADING:
                parent_id = self._heading(parent_id, ancestor)
        return parent_id

    def _heading(self, parent_id: int | None, old: dict[str, Any]) -> int:
        from govledger.domain.year_compare import similarity

        siblings = self._children(parent_id)
        scored = [
            (similarity(old["text"], row["text"]), -row["position"], row["id"])
            for row in siblings
            if row["kind"] == TaskKind.HEADING
        ]
        best = max(scored, default=None)
        if best is not None and best[0] >= HEADING_MATCH:
            heading_id: int = best[2]
            return heading_id
        return insert_task(
            self.tx,
            self.plan_id,
            parent_id,
            self.next_position(parent_id),
            {"kind": TaskKind.HEADING, "number": old["number"], "text": old["text"]},
        )

    def _children(self, parent_id: int | None) -> list[dict[str, Any]]:
        where = "parent_id IS NULL" if parent_id is None else "parent_id = ?"
        params = [self.plan_id] + ([] if parent_id is None else [parent_id])
        return list(
            self.tx.db.query(
                f"SELECT id, kind, text, position FROM tasks WHERE plan_id = ? AND {where} "
                "ORDER BY position, id",
                params,
            )
        )

    def next_position(self, parent_id: int | None) -> int:
        return next_child_position(self.tx.db, self.plan_id, parent_id)

    def take_number(self) -> str:
        from govledger.domain.rollover import next_number

        number = next_number(self.numbers)
        if number:
            self.numbers.append(number)
        return number


def _ancestors(tx: Transaction, task_id: int) -> list[dict[str, Any]]:
    """The rows above a task, outermost first."""
    chain: list[dict[str, Any]] = []
    parent_id = tx.require("tasks", task_id, "task")["parent_id"]
    while parent_id is not None:
        parent = tx.require("tasks", parent_id, "task")
        chain.insert(0, parent)
        parent_id = parent["parent_id"]
    return chain


def _continue_in(
    tx: Transaction, row: dict[str, Any], target: dict[str, Any], counterpart_id: int
) -> int:
    """The new plan's own requirement takes the history of last year's one."""
    counterpart = tx.require("tasks", counterpart_id, "task")
    if counterpart["plan_id"] != target["id"] or counterpart["kind"] != TaskKind.REQUIREMENT:
        raise GovLedgerError("rollover.counterpart_not_in_plan", id=counterpart_id)
    if counterpart["carried_from"] not in (None, row["uuid"]):
        raise GovLedgerError("rollover.counterpart_taken", text=counterpart["text"][:30])
    tx.update("tasks", counterpart_id, {"carried_from": row["uuid"]})
    _copy_history(tx, row["id"], counterpart_id)
    return counterpart_id


def _carry_over(
    tx: Transaction,
    row: dict[str, Any],
    target: dict[str, Any],
    from_year: int,
    placer: _Placer,
    copies: dict[int, int],
    on: date,
) -> int:
    from govledger.domain.rollover import past_year_named, shifted_due

    parent_id = placer.parent_for(row["id"], copies)
    due = date.fromisoformat(row["due"]) if row["due"] else None
    named_year = past_year_named(row["deadline_text"], target["year"])
    # A limit that names last year ("2026年11月20日前") keeps its date, and the copy
    # says to set it anew: moving it to 2027-11-20 would be a guess.
    new_due = due if named_year is not None else shifted_due(due, target["year"] - from_year)
    units = records.units_of(tx.db, row["id"])
    copy_id = insert_task(
        tx,
        target["id"],
        parent_id,
        placer.next_position(parent_id),
        {
            "number": placer.take_number(),
            "text": row["text"],
            "units_text": row["units_text"],
            "deadline_text": row["deadline_text"],
            "due": new_due,
            "recurrence": row["recurrence"],
            "deadline_rule": row["deadline_rule"],
            "status": row["status"],
            "progress": row["progress"],
            "note": row["note"],
        },
        units["lead"],
        units["co"],
    )
    tx.update("tasks", copy_id, {"carried_from": row["uuid"]})
    _copy_history(tx, row["id"], copy_id)
    if named_year is not None:
        _add_progress(
            tx,
            copy_id,
            on,
            message("rollover.note_update_limit", limit=row["deadline_text"], year=named_year),
        )
    return copy_id


def _copy_history(tx: Transaction, source_id: int, copy_id: int) -> None:
    """Progress entries copied; evidence rows pointing at the same stored files."""
    progress_ids: dict[int, int] = {}
    # Each query is read whole before inserting into the table it reads.
    entries = list(
        tx.db.query(
            "SELECT * FROM progress_entries WHERE task_id = ? ORDER BY date, id", [source_id]
        )
    )
    for entry in entries:
        progress_ids[entry["id"]] = tx.insert(
            "progress_entries",
            {
                **_without(entry, "id", "revision"),
                "uuid": new_uuid(),
                "task_id": copy_id,
            },
        )
    evidence_rows = list(
        tx.db.query("SELECT * FROM evidence WHERE task_id = ? ORDER BY id", [source_id])
    )
    for evidence in evidence_rows:
        tx.insert(
            "evidence",
            {
                **_without(evidence, "id", "revision"),
                "uuid": new_uuid(),
                "task_id": copy_id,
                "progress_id": progress_ids.get(evidence["progress_id"]),
            },
        )


def _without(row: dict[str, Any], *names: str) -> dict[str, Any]:
    return {key: value for key, value in row.items() if key not in names}
