"""The cross-checks (勾稽关系) of the report's tables, each failure naming its cell.

Table 三 (annual-report-format.md §4):
  * every row: 总计 = 自然人 + the five 法人或其他组织 columns;
  * every column: (七)总计 = the sum of the (一)–(六) rows;
  * every column: 一 + 二 = (七)总计 + 四 (本年新收 + 上年结转 = 办理结果 + 结转下年度).
Table 四: each group's 总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结.
Every table: no negative figure.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from decimal import Decimal

from govledger.domain import annual_report_format as fmt
from govledger.domain.report_tables import (
    RESULT_CODES,
    TYPE_CODES,
    ApplicationTable,
    Cell,
    EnteredTable,
    format_figure,
)
from govledger.messages import language, message_in

TABLE2, TABLE3, TABLE4 = "table2", "table3", "table4"


@dataclass(frozen=True, slots=True)
class CheckFailure:
    table: str
    row: str
    column: str
    rule: str  # row_total, results_total, balance, review_total, negative
    expected: str = ""
    actual: str = ""

    @property
    def cell(self) -> tuple[str, str]:
        return (self.row, self.column)

    def text(self, lang: str | None = None) -> str:
        lang = lang or language()
        return message_in(
            lang,
            f"report.check.{self.rule}",
            cell=cell_name(self.table, self.row, self.column, lang),
            expected=self.expected,
            actual=self.actual,
        )


def check_tables(
    applications: ApplicationTable, active: EnteredTable, review: EnteredTable
) -> list[CheckFailure]:
    return [
        *check_application_table(applications),
        *_negatives(TABLE2, active.values),
        *check_review_table(review),
    ]


def check_application_table(table: ApplicationTable) -> list[CheckFailure]:
    failures: list[CheckFailure] = []
    value = table.value
    for row in fmt.TABLE3_ROWS:
        parts = sum(value(row.code, kind) for kind in TYPE_CODES)
        if value(row.code, fmt.TOTAL) != parts:
            failures.append(_failure(TABLE3, row.code, fmt.TOTAL, "row_total", parts, value))
    columns = (*TYPE_CODES, fmt.TOTAL)
    for column in columns:
        parts = sum(value(code, column) for code in RESULT_CODES)
        if value("results_total", column) != parts:
            failures.append(
                _failure(TABLE3, "results_total", column, "results_total", parts, value)
            )
    for column in columns:
        received = value("new", column) + value("carried_in", column)
        settled = value("results_total", column) + value("carried_out", column)
        if received != settled:
            failures.append(
                CheckFailure(TABLE3, "carried_out", column, "balance", str(received), str(settled))
            )
    failures += _negatives(TABLE3, table.final)
    return failures


def check_review_table(table: EnteredTable) -> list[CheckFailure]:
    failures: list[CheckFailure] = []
    parts_codes = [code for code, _label in fmt.REVIEW_COLUMNS if code != fmt.TOTAL]
    for group, _label in fmt.REVIEW_GROUPS:
        parts = sum((table.value(group, code) for code in parts_codes), Decimal(0))
        total = table.value(group, fmt.TOTAL)
        if total != parts:
            failures.append(
                CheckFailure(
                    TABLE4,
                    group,
                    fmt.TOTAL,
                    "review_total",
                    format_figure(parts),
                    format_figure(total),
                )
            )
    return failures + _negatives(TABLE4, table.values)


def _failure(
    table: str, row: str, column: str, rule: str, expected: int, value: Callable[[str, str], int]
) -> CheckFailure:
    return CheckFailure(table, row, column, rule, str(expected), str(value(row, column)))


def _negatives(table: str, values: Mapping[Cell, Decimal | int]) -> list[CheckFailure]:
    return [
        CheckFailure(table, row, column, "negative", "", format_figure(figure))
        for (row, column), figure in values.items()
        if figure < 0
    ]


# ------------------------------------------------------------------ naming cells
def cell_name(table: str, row: str, column: str, lang: str | None = None) -> str:
    lang = lang or language()
    row_label, column_label = cell_labels(table, row, column)
    return message_in(
        lang,
        "report.cell",
        table=message_in(lang, f"report.{table}"),
        row=row_label,
        column=column_label,
    )


def cell_labels(table: str, row: str, column: str) -> tuple[str, str]:
    """The printed labels of a cell's row and column, as the clerk sees them."""
    if table == TABLE3:
        spec = fmt.table3_row(row)
        row_label = f"{spec.group}{spec.label}" if spec.group else spec.label
        return row_label, fmt.label_of(fmt.TABLE3_COLUMNS, column)
    if table == TABLE4:
        group = fmt.label_of(fmt.REVIEW_GROUPS, row) or fmt.REVIEW_HEADER
        if row != "review":
            group = f"{fmt.LITIGATION_HEADER}·{group}"
        return group, fmt.label_of(fmt.REVIEW_COLUMNS, column)
    block_code, _, row_code = row.partition(".")
    for block in fmt.TABLE2_BLOCKS:
        if block.code == block_code:
            return (
                f"{block.caption} {fmt.label_of(block.rows, row_code)}",
                fmt.label_of(block.columns, column),
            )
    return row, column
