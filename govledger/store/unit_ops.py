"""Ledger mutations on the unit directory: add, rename, merge (法制科 = 法规科)."""

from __future__ import annotations

from collections.abc import Sequence
from contextlib import AbstractContextManager
from pathlib import Path
from typing import TYPE_CHECKING

from govledger.domain.changes import ChangeSet
from govledger.domain.pinyin_order import sorted_by_pinyin
from govledger.domain.unit_kinds import UnitKind, guess_kind, responsible_units
from govledger.messages import GovLedgerError, message
from govledger.store import records
from govledger.store.transaction import Transaction, now_text

if TYPE_CHECKING:
    from govledger.store.connection import LedgerDatabase


class UnitOps:
    _db: LedgerDatabase

    def _transaction(self, action: str, description: str) -> AbstractContextManager[Transaction]:
        raise NotImplementedError

    def safety_backup(self, reason: str) -> Path | None:
        raise NotImplementedError

    def add_unit(self, name: str, note: str = "") -> ChangeSet:
        name = name.strip()
        if not name:
            raise GovLedgerError("edit.empty_text")
        with self._transaction("add_unit", f"{message('what.unit')}: {name}") as tx:
            if tx.db.execute("SELECT 1 FROM units WHERE name = ?", [name]).fetchone():
                raise GovLedgerError("edit.unit_exists", name=name)
            kind = str(guess_kind(name))
            tx.insert("units", {"name": name, "note": note, "kind": kind, "created_at": now_text()})
        return tx.changes

    def set_unit_kind(self, unit_id: int, kind: UnitKind) -> ChangeSet:
        """Say what kind of unit it is (科室, 基层单位, 事业单位): what "各科室" reaches."""
        with self._transaction("set_unit_kind", message("what.unit")) as tx:
            row = tx.require("units", unit_id, "unit")
            if row["kind"] != str(kind):
                tx.update("units", unit_id, {"kind": str(kind)})
        return tx.changes

    def units_given_work(self, plan_id: int) -> list[str]:
        """The units a plan gives work to, collective names replaced by their members:
        who can be sent a package or a 催办单 (in pinyin order)."""
        directory = self.unit_directory()
        found: set[str] = set()
        for lead, co in self._units_of_requirements(plan_id):
            found.update(responsible_units(lead, co, directory))
        return sorted_by_pinyin(found)

    def _units_of_requirements(self, plan_id: int) -> list[tuple[list[str], list[str]]]:
        units: dict[int, tuple[list[str], list[str]]] = {}
        for task_id, name, role in self._db.execute(
            """SELECT tu.task_id, u.name, tu.role FROM task_units tu
               JOIN units u ON u.id = tu.unit_id JOIN tasks t ON t.id = tu.task_id
               WHERE t.plan_id = ? AND t.kind = 'requirement'
               ORDER BY tu.task_id, tu.position""",
            [plan_id],
        ):
            lead, co = units.setdefault(task_id, ([], []))
            (lead if role == "lead" else co).append(name)
        return list(units.values())

    def unit_directory(self) -> dict[str, UnitKind]:
        """Every unit's name -> its kind, in pinyin order: what collective names reach."""
        return records.unit_directory(self._db)

    def rename_unit(self, unit_id: int, new_name: str) -> ChangeSet:
        """Rename a unit everywhere it is named (units_text, as written, is kept)."""
        new_name = new_name.strip()
        if not new_name:
            raise GovLedgerError("edit.empty_text")
        with self._transaction("rename_unit", f"{message('what.unit')}: {new_name}") as tx:
            tx.require("units", unit_id, "unit")
            clash = tx.db.execute(
                "SELECT id FROM units WHERE name = ? AND id != ?", [new_name, unit_id]
            ).fetchone()
            if clash:
                raise GovLedgerError("edit.unit_exists", name=new_name)
            tx.update("units", unit_id, {"name": new_name})
        return tx.changes

    def merge_units(self, source_ids: Sequence[int], target_id: int) -> ChangeSet:
        """Make every task naming a source unit name the target instead; drop the sources."""
        self.safety_backup("merge")
        with self._transaction("merge_units", message("what.unit")) as tx:
            target = tx.require("units", target_id, "unit")
            tx.changes.description = f"{message('what.unit')}: → {target['name']}"
            for source_id in source_ids:
                if source_id == target_id:
                    continue
                tx.require("units", source_id, "unit")
                links = tx.db.execute(
                    "SELECT id, task_id, role FROM task_units WHERE unit_id = ?", [source_id]
                ).fetchall()
                for link_id, task_id, role in links:
                    duplicate = tx.db.execute(
                        "SELECT 1 FROM task_units WHERE task_id = ? AND unit_id = ? AND role = ?",
                        [task_id, target_id, role],
                    ).fetchone()
                    if duplicate:
                        tx.delete("task_units", link_id)
                    else:
                        tx.update("task_units", link_id, {"unit_id": target_id})
                tx.delete("units", source_id)
        return tx.changes

    def delete_unit(self, unit_id: int) -> ChangeSet:
        """Remove a unit from the directory and from every task naming it."""
        with self._transaction("delete_unit", message("what.unit")) as tx:
            tx.require("units", unit_id, "unit")
            for (link_id,) in tx.db.execute(
                "SELECT id FROM task_units WHERE unit_id = ?", [unit_id]
            ).fetchall():
                tx.delete("task_units", link_id)
            tx.delete("units", unit_id)
        return tx.changes
