"""What a unit-package merge did, and the conflicts it leaves for the clerk.

A 科室 sends its part of the ledger as a package; the 办公室 merges it. Records
are matched by uuid. A record changed on one side only since the last exchange
takes that side's version. One changed on both sides is merged field by field
against the version both had at the last exchange (the base): a field changed on
one side only takes that side's value, so the office's new deadline and the unit's
已完成 both survive. Only fields changed on both sides to different values (or a
record deleted on one side and changed on the other, or one with no known base)
make a SyncConflict, which the clerk settles field by field or whole.
"""

from __future__ import annotations

from collections.abc import Mapping
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


Fields = dict[str, Any]


def conflicting_fields(base: Fields | None, local: Fields, remote: Fields) -> list[str]:
    """Fields both sides changed to different values since base (every differing field
    when there is no base to tell who changed what), sorted."""
    names = sorted(set(local) | set(remote))
    return [
        name
        for name in names
        if local.get(name) != remote.get(name)
        and (
            base is None
            or (local.get(name) != base.get(name) and remote.get(name) != base.get(name))
        )
    ]


def merge_fields(
    base: Fields | None, local: Fields, remote: Fields, choices: Mapping[str, Keep] | None = None
) -> Fields:
    """The record with each side's own changes, and for a field both changed the side
    ``choices`` names (ours when it names none)."""
    choices = choices or {}
    merged: Fields = {}
    for name in sorted(set(local) | set(remote)):
        ours, theirs = local.get(name), remote.get(name)
        if ours == theirs:
            merged[name] = ours
        elif base is not None and ours == base.get(name):
            merged[name] = theirs  # changed in the package only
        elif base is not None and theirs == base.get(name):
            merged[name] = ours  # changed here only
        else:
            merged[name] = theirs if choices.get(name) is Keep.REMOTE else ours
    return merged


@dataclass(frozen=True, slots=True)
class MergeSummary:
    unit: str
    plan_title: str
    added: int = 0
    updated: int = 0
    merged: int = 0  # changed on both sides, different fields: both changes kept
    deleted: int = 0
    conflicts: int = 0  # new or still pending conflicts from this package
    unchanged: int = 0
    kept: int = 0  # deletions not applied: the heading still holds other units' records
    files: int = 0  # evidence files new to this ledger

    @property
    def changes_anything(self) -> bool:
        return bool(self.added or self.updated or self.merged or self.deleted or self.conflicts)


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
    base: dict[str, Any] | None = None  # fields at the last exchange, when known

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

    @property
    def by_field(self) -> bool:
        """Both versions exist: the clerk may choose field by field."""
        return self.local is not None and self.remote is not None

    def conflicting_fields(self) -> list[str]:
        """The fields the clerk must choose (changed on both sides); others merge."""
        if self.local is None or self.remote is None:
            return self.differing_fields()
        return conflicting_fields(self.base, self.local, self.remote)

    def merged_fields(self) -> list[str]:
        """Fields that differ but merge by themselves (changed on one side only)."""
        both = set(self.conflicting_fields())
        return [name for name in self.differing_fields() if name not in both]


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
