"""The figures of a completion summary, shared by the PDF and the printed summary."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from govledger.domain.model import Status
from govledger.domain.pinyin_order import sort_key
from govledger.domain.status_rules import Alert
from govledger.domain.unit_kinds import responsible_units
from govledger.exporters.labels import doc_text
from govledger.exporters.ledger_rows import LedgerTable, RequirementRow


@dataclass(frozen=True)
class Overview:
    counts: Counter[Status]
    total: int
    rate: float  # percent done, not counting 不适用

    def text(self, lang: str) -> str:
        counts = self.counts
        return doc_text(
            "overview_text",
            lang,
            total=self.total,
            done=counts[Status.DONE],
            in_progress=counts[Status.IN_PROGRESS],
            not_started=counts[Status.NOT_STARTED],
            overdue=counts[Status.OVERDUE],
            not_applicable=counts[Status.NOT_APPLICABLE],
            rate=f"{self.rate:.1f}",
        )


def overview(table: LedgerTable) -> Overview:
    requirements = table.requirements
    counts = Counter(row.status for row in requirements)
    counted = len(requirements) - counts[Status.NOT_APPLICABLE]
    rate = 100.0 * counts[Status.DONE] / counted if counted else 0.0
    return Overview(counts, len(requirements), rate)


def per_unit(table: LedgerTable) -> list[tuple[str, int, int]]:
    """(lead unit, done, total), the busiest units first, ties in pinyin order. A requirement
    given to "局各科室" counts for each 科室 (a collective name is no unit to report on)."""
    done: Counter[str] = Counter()
    total: Counter[str] = Counter()
    for row in table.requirements:
        roles = responsible_units(row.task.lead_units, row.task.co_units, table.directory)
        leads = [unit for unit, role in roles.items() if role == "lead"]
        for unit in leads or list(roles):
            total[unit] += 1
            done[unit] += row.status is Status.DONE
    rows = ((u, done[u], total[u]) for u in total)
    return sorted(rows, key=lambda item: (-item[2], sort_key(item[0])))


def per_month(table: LedgerTable) -> list[tuple[str, Counter[Status]]]:
    """Statuses by month of the due date, in date order; undated last."""
    months: dict[tuple[int, int], Counter[Status]] = {}
    undated: Counter[Status] = Counter()
    for row in table.requirements:
        due = row.task.due
        bucket = months.setdefault((due.year, due.month), Counter()) if due else undated
        bucket[row.status] += 1
    one_year = len({year for year, _m in months}) <= 1
    key = "month" if one_year else "month_year"
    result = [(doc_text(key, table.lang, y=y, m=m), months[(y, m)]) for y, m in sorted(months)]
    if undated:
        result.append((doc_text("no_due", table.lang), undated))
    return result


def overdue_and_due_soon(table: LedgerTable) -> tuple[list[RequirementRow], list[RequirementRow]]:
    """Overdue and due-soon requirements, each by due date."""
    today = table.today

    def by_due(row: RequirementRow) -> tuple:
        return (row.task.due or today, row.seq)

    overdue = sorted((r for r in table.requirements if r.alert is Alert.OVERDUE), key=by_due)
    soon = sorted((r for r in table.requirements if r.alert is Alert.DUE_SOON), key=by_due)
    return overdue, soon


def days_overdue(table: LedgerTable, row: RequirementRow) -> int:
    return (table.today - row.task.due).days if row.task.due else 0


def days_left(table: LedgerTable, row: RequirementRow) -> int:
    return (row.task.due - table.today).days if row.task.due else 0
