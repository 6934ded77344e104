"""Who may change what in a shared ledger (issue 24): the office administrator
everything, a unit clerk (经办人) only the work on the requirements their units
lead or cooperate on: progress notes, evidence, occurrences and events marked, and
the requirement's status, progress and note.

The server enforces the rule (store/server_roles.py); this copy lets the window
disable what the server would refuse. Both reach units through collective names
("各科室" reaches every 科室) as ``unit_kinds.role_of`` does.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Literal

from govledger.domain.unit_kinds import UnitKind, role_of

Role = Literal["file", "owner", "admin", "clerk", "other"]
# "other": a server login IT gave rights by hand; the server alone decides for it.

# The task columns a clerk may change on their units' requirements; the rest
# (text, deadlines, units, the tree) is the administrator's.
CLERK_TASK_COLUMNS = ("status", "progress", "note", "updated_at", "revision")


@dataclass(frozen=True, slots=True)
class Access:
    role: Role
    units: tuple[str, ...] = ()  # a clerk's units, in name order
    login: str = ""

    @property
    def is_clerk(self) -> bool:
        return self.role == "clerk"

    @property
    def may_administer(self) -> bool:
        """Plans, import, rollover, reports, the unit directory."""
        return not self.is_clerk


FILE_ACCESS = Access("file")


def may_write(
    access: Access, lead: Iterable[str], co: Iterable[str], directory: Mapping[str, UnitKind]
) -> bool:
    """Whether access may write a requirement naming these lead and co units."""
    if not access.is_clerk:
        return True
    lead, co = list(lead), list(co)
    return any(role_of(unit, lead, co, directory) is not None for unit in access.units)
