"""The statistics tables of the yearly report: 二 and 四 as entered, 三 from the register.

Table 三 is counted from the application register for the report year. A clerk may
adjust any cell (applications handled on paper before the register was kept, a
miscount found later); an adjustment is stored as a difference to the computed
value with a reason, so the cell keeps following the register and the report shows
which figures were set by hand. Totals follow their adjusted parts; an adjustment
on a total itself is kept but breaks the cross-check on purpose, so a typed-in
total that does not add up is flagged rather than silently trusted.

上年结转 is last year's 结转下年度继续办理 — including last year's adjustments — so
the two reports agree with each other as the format requires.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal, InvalidOperation

from govledger.domain import annual_report_format as fmt
from govledger.domain.applications import Application
from govledger.messages import GovLedgerError

Cell = tuple[str, str]  # (row code, column code)

TYPE_CODES = tuple(code for code, _label in fmt.APPLICANT_TYPES)
RESULT_CODES = fmt.RESULT_PARTS


@dataclass(frozen=True, slots=True)
class Adjustment:
    delta: int
    note: str = ""


@dataclass(slots=True)
class ApplicationTable:
    """Table 三 for one year: register counts, adjustments and the final figures."""

    year: int
    computed: dict[Cell, int] = field(default_factory=dict)  # before adjustment
    adjustments: dict[Cell, Adjustment] = field(default_factory=dict)
    final: dict[Cell, int] = field(default_factory=dict)

    def value(self, row: str, column: str) -> int:
        return self.final.get((row, column), 0)

    def adjustment(self, row: str, column: str) -> Adjustment | None:
        return self.adjustments.get((row, column))

    def column(self, column: str) -> list[int]:
        return [self.value(row.code, column) for row in fmt.TABLE3_ROWS]


def application_table(
    year: int,
    applications: Iterable[Application],
    adjustments: dict[int, dict[Cell, Adjustment]],
) -> ApplicationTable:
    """Table 三 of a year; adjustments: year -> cell -> adjustment, for every year.

    Earlier years are computed first, because each year's 上年结转 is the year
    before's final 结转下年度继续办理.
    """
    applications = list(applications)
    years = [a.received_on.year for a in applications] + [y for y in adjustments if adjustments[y]]
    first = min([*years, year])
    carried: dict[str, int] = dict.fromkeys(TYPE_CODES, 0)
    table = ApplicationTable(year)
    for current in range(first, year + 1):
        table = _one_year(current, applications, adjustments.get(current, {}), carried)
        carried = {code: table.value("carried_out", code) for code in TYPE_CODES}
    return table


def _one_year(
    year: int,
    applications: list[Application],
    adjustments: dict[Cell, Adjustment],
    carried_in: dict[str, int],
) -> ApplicationTable:
    year_end = date(year, 12, 31)
    computed: dict[Cell, int] = {}
    for application in applications:
        kind = application.applicant_type
        if kind not in TYPE_CODES or application.received_on > year_end:
            continue
        if application.received_on.year == year:
            _count(computed, "new", kind)
        concluded = application.concluded_by(year_end)
        if concluded and application.replied_on and application.replied_on.year == year:
            if application.outcome in RESULT_CODES:
                _count(computed, application.outcome, kind)
        elif not concluded:
            _count(computed, "carried_out", kind)
    for kind in TYPE_CODES:
        computed[("carried_in", kind)] = carried_in.get(kind, 0)

    table = ApplicationTable(year, adjustments=dict(adjustments))

    def adjusted(row: str, column: str, base: int) -> int:
        table.computed[(row, column)] = base
        extra = adjustments.get((row, column))
        value = base + (extra.delta if extra else 0)
        table.final[(row, column)] = value
        return value

    for row in fmt.TABLE3_ROWS:
        if row.code == "results_total":
            continue
        for kind in TYPE_CODES:
            adjusted(row.code, kind, computed.get((row.code, kind), 0))
    for kind in TYPE_CODES:
        adjusted("results_total", kind, sum(table.final[(code, kind)] for code in RESULT_CODES))
    for row in fmt.TABLE3_ROWS:
        adjusted(row.code, fmt.TOTAL, sum(table.final[(row.code, kind)] for kind in TYPE_CODES))
    return table


def _count(counts: dict[Cell, int], row: str, column: str) -> None:
    counts[(row, column)] = counts.get((row, column), 0) + 1


# ------------------------------------------------------------------ entered tables
@dataclass(slots=True)
class EnteredTable:
    """Table 二 or 四: figures the clerk typed in; a missing cell prints as 0."""

    values: dict[Cell, Decimal] = field(default_factory=dict)

    def value(self, row: str, column: str) -> Decimal:
        return self.values.get((row, column), Decimal(0))

    def entered(self, row: str, column: str) -> bool:
        return (row, column) in self.values


def table2_cells() -> list[Cell]:
    return [
        (f"{block.code}.{row}", column)
        for block in fmt.TABLE2_BLOCKS
        for row, _label in block.rows
        for column, _header in block.columns
    ]


def table4_cells() -> list[Cell]:
    return [
        (group, column) for group, _label in fmt.REVIEW_GROUPS for column, _ in fmt.REVIEW_COLUMNS
    ]


def is_decimal_cell(row: str) -> bool:
    """Amounts (万元) may have decimals; counts are whole numbers."""
    block = row.split(".", 1)[0]
    return any(b.code == block and b.decimal for b in fmt.TABLE2_BLOCKS)


MAX_FIGURE = Decimal("1e12")


def parse_figure(text: str | int | Decimal, *, decimal: bool) -> Decimal:
    """A typed figure: a whole number, or for amounts a decimal; full-width digits too."""
    if isinstance(text, Decimal | int):
        value = Decimal(text)
    else:
        cleaned = str(text).strip().translate(_FULL_WIDTH).replace(",", "").replace("，", "")
        try:
            value = Decimal(cleaned)
        except InvalidOperation:
            raise GovLedgerError("report.bad_figure", value=text) from None
    if not value.is_finite() or abs(value) >= MAX_FIGURE:
        raise GovLedgerError("report.bad_figure", value=text)
    if not decimal and value != value.to_integral_value():
        raise GovLedgerError("report.whole_number", value=text)
    return value if decimal else Decimal(int(value))


_FULL_WIDTH = str.maketrans("０１２３４５６７８９．－＋", "0123456789.-+")


def format_figure(value: Decimal | int) -> str:
    """A figure as printed: 12, 3.5, 0 (no exponent, no trailing zeros)."""
    if isinstance(value, int):
        return str(value)
    text = f"{value:f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text or "0"
