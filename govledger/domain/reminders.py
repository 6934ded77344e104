"""Who has to be chased: overdue and due-soon occurrences grouped by unit.

A requirement appears under each of its lead units (牵头) and each of its
cooperating units (配合): both are chased, and a 催办单 goes to each. Units with
something overdue come first, the worst first, because that is the order in
which the office makes its phone calls.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date

from govledger.domain.deadline_state import WARNING_WORKDAYS, CalendarEntry
from govledger.domain.pinyin_order import sort_key
from govledger.domain.status_rules import Alert
from govledger.domain.unit_kinds import UnitKind, responsible_units


@dataclass(frozen=True, slots=True)
class ReminderLine:
    entry: CalendarEntry
    role: str  # "lead" (牵头) or "co" (配合); "" when the requirement names no unit


@dataclass(slots=True)
class UnitReminders:
    unit: str  # "" when the requirement names no unit
    overdue: list[ReminderLine] = field(default_factory=list)
    due_soon: list[ReminderLine] = field(default_factory=list)

    @property
    def lines(self) -> list[ReminderLine]:
        """Overdue first, then due soon, each by date: the order of the 催办单."""
        return self.overdue + self.due_soon


@dataclass(slots=True)
class ReminderSummary:
    today: date
    units: list[UnitReminders]
    overdue_count: int  # distinct occurrences, however many units share them
    due_soon_count: int
    warning_workdays: int = WARNING_WORKDAYS  # "due soon": within this many working days

    @property
    def empty(self) -> bool:
        return not self.overdue_count and not self.due_soon_count

    def for_unit(self, unit: str) -> UnitReminders | None:
        return next((found for found in self.units if found.unit == unit), None)


def summarize(
    entries: Iterable[CalendarEntry],
    today: date,
    warning_workdays: int = WARNING_WORKDAYS,
    directory: Mapping[str, UnitKind] | None = None,
) -> ReminderSummary:
    """Group the overdue and due-soon entries by unit; others are left out.

    With the unit directory, a collective name ("其他科室") is replaced by its
    members: a 催办单 goes to a unit that can answer it, never to "局各科室".
    """
    by_unit: dict[str, UnitReminders] = {}
    overdue = due_soon = 0
    ordered = sorted(
        (e for e in entries if e.alert in (Alert.OVERDUE, Alert.DUE_SOON)),
        key=lambda e: (e.due, e.task.plan_id, e.task.id),
    )
    for entry in ordered:
        if entry.alert is Alert.OVERDUE:
            overdue += 1
        else:
            due_soon += 1
        task = entry.task
        if directory is not None:
            roles = list(responsible_units(task.lead_units, task.co_units, directory).items())
        else:
            roles = [(unit, "lead") for unit in task.lead_units]
            roles += [(unit, "co") for unit in task.co_units if unit not in task.lead_units]
        for unit, role in roles or [("", "")]:
            group = by_unit.setdefault(unit, UnitReminders(unit))
            target = group.overdue if entry.alert is Alert.OVERDUE else group.due_soon
            target.append(ReminderLine(entry, role))
    units = sorted(
        by_unit.values(),
        # requirements naming no unit last: there is nobody to phone about them
        key=lambda g: (not g.unit, -len(g.overdue), -len(g.due_soon), sort_key(g.unit)),
    )
    return ReminderSummary(today, units, overdue, due_soon, warning_workdays)
