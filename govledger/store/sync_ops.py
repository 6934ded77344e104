"""Ledger operations of offline exchange between units: .govpkg export and merge.

A 科室 exports its part of a plan; the 办公室 imports it (and sends packages back
the same way). The merge is read and checked whole first (package_format), then
decided without writing (sync_merge), then written as ONE transaction after a
safety backup (sync_apply) — undoable like any other operation.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from contextlib import AbstractContextManager
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from govledger import __version__
from govledger.domain.changes import ChangeSet
from govledger.messages import GovLedgerError, message
from govledger.store.evidence_store import EvidenceStore
from govledger.store.transaction import Transaction

if TYPE_CHECKING:
    from govledger.domain.sync import (
        ExportedPackage,
        Keep,
        MergeSummary,
        PackageImport,
        SyncConflict,
    )
    from govledger.store.connection import LedgerDatabase
    from govledger.store.package_format import Package
    from govledger.store.sync_merge import MergePlan


# The message word (what.*) for a row of each travelling table that is not there.
_WHAT = {"plans": "plan", "tasks": "task", "progress_entries": "progress", "evidence": "evidence"}


class ManyDeletionsError(GovLedgerError):
    """The package would delete many records; import again with confirm_deletions=True."""

    def __init__(self, count: int, unit: str, total: int) -> None:
        super().__init__("sync.many_deletions", count=count, unit=unit, total=total)
        self.count = count


class SyncOps:
    _db: LedgerDatabase
    evidence: EvidenceStore
    read_only: bool

    def _transaction(self, action: str, description: str) -> AbstractContextManager[Transaction]:
        raise NotImplementedError

    def safety_backup(self, reason: str) -> Path | None:
        raise NotImplementedError

    def ledger_id(self) -> str:
        raise NotImplementedError

    def _row(self, table: str, row_id: int, what: str) -> dict[str, Any]:
        raise NotImplementedError

    # ------------------------------------------------------------------ export
    def export_package(self, plan_id: int, unit: str, target: Path | str) -> ExportedPackage:
        """Write a unit's part of a plan (see UnitScope) as a .govpkg file."""
        # loaded on first use (start-up time)
        from govledger.domain.sync import ExportedPackage
        from govledger.domain.unit_kinds import collective
        from govledger.store.package_format import write_package
        from govledger.store.sync_records import TABLES, UnitScope, UuidLookup, record_from_row

        plan_row = self._row("plans", plan_id, "plan")
        if collective(unit) is not None:  # a package goes to a unit that can answer it
            raise GovLedgerError("sync.collective_unit", unit=unit)
        scope = UnitScope(self._db, plan_id, unit)
        if not scope.requirement_ids:
            raise GovLedgerError("sync.unit_has_nothing", unit=unit, title=plan_row["title"])
        uuid_of = UuidLookup(self._db)
        document: dict[str, Any] = {}
        for table, ids in scope.rows().items():
            document[table] = [
                record_from_row(self._db, table, self._row(table, row_id, _WHAT[table]), uuid_of)
                for row_id in ids
            ]
        files = self._evidence_files(document["evidence"])
        tombstones = [
            {key: row[key] for key in ("uuid", "revision", "deleted_at")}
            | {"table": row["table_name"]}
            for row in self._db.query("SELECT * FROM tombstones ORDER BY id")
            if row["table_name"] in TABLES
        ]
        travelling = {r["uuid"] for rows in document.values() for r in rows}
        travelling |= {t["uuid"] for t in tombstones}
        document["sync_base"] = [
            {
                "peer": row["peer_ledger_id"],
                "table": row["table_name"],
                "uuid": row["uuid"],
                "remote_revision": row["remote_revision"],
                "local_revision": row["local_revision"],
                "hash": row["content_hash"],
            }
            | ({"content": json.loads(row["content"])} if row.get("content") else {})
            for row in self._db.query("SELECT * FROM sync_state ORDER BY id")
            if row["uuid"] in travelling
        ]
        header = {
            "app_version": __version__,
            "source_ledger_id": self.ledger_id(),
            "unit": unit,
            "created_at": datetime.now().isoformat(timespec="seconds"),
            "plan": {
                "uuid": plan_row["uuid"],
                "title": plan_row["title"],
                "year": plan_row["year"],
            },
        }
        path = write_package(Path(target), header, document, tombstones, files)
        return ExportedPackage(
            path=path,
            requirements=len(scope.requirement_ids),
            records=sum(len(document[table]) for table in TABLES),
            files=len(files),
        )

    def _evidence_files(self, evidence: list[dict[str, Any]]) -> dict[str, Path]:
        """sha256 -> stored file, each verified: a package never carries a damaged file."""
        files: dict[str, Path] = {}
        for record in evidence:
            fields = record["fields"]
            if fields["kind"] != "file" or fields["sha256"] in files:
                continue
            fault = self.evidence.verify(fields["sha256"])
            if fault:
                raise GovLedgerError(
                    "sync.evidence_unusable", name=fields["original_name"], fault=fault
                )
            files[fields["sha256"]] = self.evidence.path_for(fields["sha256"])
        return files

    # ------------------------------------------------------------------ import
    def preview_package(self, path: Path | str) -> tuple[MergeSummary, bool]:
        """What importing the package would do, and whether it deletes many records
        (the clerk is asked first). Writes nothing."""
        from govledger.store.package_format import read_package

        plan = self._plan(read_package(Path(path)))
        return plan.summary(plan.package.manifest["plan"].get("title", "")), plan.too_many_deletions

    def import_package(self, path: Path | str, *, confirm_deletions: bool = False) -> PackageImport:
        """Merge a unit package in one transaction, after a safety backup."""
        from govledger.domain.sync import PackageImport
        from govledger.store.package_format import read_package
        from govledger.store.sync_apply import apply_merge

        if self.read_only:
            raise GovLedgerError("edit.read_only")
        package = read_package(Path(path))
        plan = self._plan(package)
        summary = plan.summary(package.manifest["plan"].get("title", ""))
        if plan.too_many_deletions and not confirm_deletions:
            raise ManyDeletionsError(plan.deletions, package.unit, plan.scope_size)
        if summary.changes_anything or plan.new_files:
            self.safety_backup("merge")
        self._store_files(package, plan.new_files)
        description = message("sync.description", unit=package.unit, name=package.path.name)
        with self._transaction("merge_package", description) as tx:
            apply_merge(tx, plan)
        return PackageImport(tx.changes, summary)

    def _plan(self, package: Package) -> MergePlan:
        from govledger.store.sync_merge import plan_merge

        return plan_merge(self._db, self.ledger_id(), package, self.evidence)

    def _store_files(self, package: Package, hashes: list[str]) -> None:
        """Copy the package's new evidence files in before the transaction (as
        attach_file does): a failed merge leaves at most unreferenced files."""
        from govledger.store.package_format import BROKEN_MEMBER, PackageError

        for sha256 in hashes:
            try:
                with package.evidence_file(sha256) as member:
                    stored = self.evidence.add_stream(member, 0)
            except BROKEN_MEMBER as exc:  # the file changed on disk since it was checked
                detail = str(exc) or type(exc).__name__
                raise PackageError(package.path, "not_zip", detail=detail) from None
            if stored.sha256 != sha256:  # the file changed on disk since it was checked
                raise PackageError(package.path, "altered_member", member=f"evidence/{sha256}")

    # ------------------------------------------------------------------ conflicts
    def sync_conflicts(self) -> list[SyncConflict]:
        """Conflicts waiting for the clerk, oldest first, each with both versions."""
        from govledger.domain.sync import SyncConflict
        from govledger.store.sync_records import UuidLookup, record_from_row, row_by_uuid

        uuid_of = UuidLookup(self._db)
        found = []
        for row in self._db.query("SELECT * FROM sync_conflicts ORDER BY id"):
            local = row_by_uuid(self._db, row["table_name"], row["uuid"])
            remote = json.loads(row["remote_record"]) if row["remote_record"] else None
            found.append(
                SyncConflict(
                    id=row["id"],
                    peer_ledger_id=row["peer_ledger_id"],
                    unit=row["unit"],
                    table=row["table_name"],
                    uuid=row["uuid"],
                    local=None
                    if local is None
                    else record_from_row(self._db, row["table_name"], local, uuid_of)["fields"],
                    remote=None if remote is None else remote["fields"],
                    dependents=len(json.loads(row["dependents"])),
                    package_name=row["package_name"],
                    detected_at=row["detected_at"],
                    base=json.loads(row["base_record"]) if row.get("base_record") else None,
                )
            )
        return found

    def resolve_conflicts(self, choices: Mapping[int, Keep | Mapping[str, Keep]]) -> ChangeSet:
        """Keep this ledger's or the package's version of each conflict, or choose per
        field for the fields both sides changed (one undoable step)."""
        from govledger.domain.sync import Keep
        from govledger.store.sync_apply import resolve_conflict

        with self._transaction(
            "resolve_conflicts", message("sync.resolve_description", count=len(choices))
        ) as tx:
            for conflict_id, keep in choices.items():
                conflict = tx.require("sync_conflicts", conflict_id, "conflict")
                resolve_conflict(tx, conflict, keep if isinstance(keep, Mapping) else Keep(keep))
        return tx.changes
