"""What a unit-package merge did, and the conflicts it leaves for the clerk.

A 科室 sends its part of the ledger as a package; the 办公室 merges it. Records
are matched by uuid. A record changed on one side only since the last exchange
takes that side's version; one changed on both sides (or deleted on one and
changed on the other) becomes a SyncConflict holding both versions, until the
clerk keeps one.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from govledger.domain.changes import ChangeSet


class Keep(StrEnum):
    """The clerk's answer to a conflict."""

    LOCAL = "local"  # keep this ledger's version
    REMOTE = "remote"  # take the package's version


@dataclass(frozen=True, slots=True)
class MergeSummary:
    unit: str
    plan_title: str
    added: int = 0
    updated: int = 0
    deleted: int = 0
    conflicts: int = 0  # new or still pending conflicts from this package
    unchanged: int = 0
    kept: int = 0  # deletions not applied: the heading still holds other units' records
    files: int = 0  # evidence files new to this ledger

    @property
    def changes_anything(self) -> bool:
        return bool(self.added or self.updated or self.deleted or self.conflicts)


@dataclass(frozen=True, slots=True)
class SyncConflict:
    id: int
    peer_ledger_id: str
    unit: str
    table: str  # "plans", "tasks", "progress_entries", "evidence"
    uuid: str
    local: dict[str, Any] | None  # fields as this ledger had them; None: deleted here
    remote: dict[str, Any] | None  # fields as the package had them; None: deleted there
    dependents: int  # records below a deleted one that come back with the package's version
    package_name: str
    detected_at: str

    @property
    def label(self) -> str:
        """What the record is, for a list: its text, title or file name."""
        fields = self.remote or self.local or {}
        for name in ("text", "title", "original_name", "url"):
            if fields.get(name):
                return str(fields[name])
        return self.uuid

    def differing_fields(self) -> list[str]:
        """Names of the fields whose values differ between the two versions."""
        if self.local is None or self.remote is None:
            return sorted((self.local or self.remote or {}).keys())
        return sorted(name for name in self.remote if self.local.get(name) != self.remote.get(name))


@dataclass(frozen=True)
class ExportedPackage:
    """What Ledger.export_package wrote."""

    path: Path
    requirements: int
    records: int
    files: int


@dataclass(frozen=True)
class PackageImport:
    """What Ledger.import_package changed, and the merge it made."""

    changes: ChangeSet
    summary: MergeSummary
