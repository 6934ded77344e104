"""Ledger mutations and reads on the yearly report: figures, adjustments and prose.

Tables 二 and 四 hold what the clerk entered; table 三 is computed from the register
(application_ops) with the clerk's adjustments; prose parts are stored once edited
(until then the report shows a draft made from the ledger).
"""

from __future__ import annotations

from contextlib import AbstractContextManager
from functools import cache
from typing import TYPE_CHECKING

from govledger.domain.changes import ChangeSet
from govledger.messages import GovLedgerError, message
from govledger.store.transaction import Transaction, now_text

if TYPE_CHECKING:
    from decimal import Decimal

    from govledger.domain.applications import Application
    from govledger.domain.report_tables import Adjustment, ApplicationTable, Cell, EnteredTable
    from govledger.store.connection import LedgerDatabase


@cache
def entered_cells() -> dict[str, frozenset[Cell]]:
    """The cells of tables 二 and 四, where the clerk enters figures."""
    from govledger.domain.report_checks import TABLE2, TABLE4  # loaded on first use (start-up time)
    from govledger.domain.report_tables import table2_cells, table4_cells

    return {TABLE2: frozenset(table2_cells()), TABLE4: frozenset(table4_cells())}


@cache
def table3_cells() -> frozenset[Cell]:
    from govledger.domain import annual_report_format as fmt

    return frozenset(
        (row.code, column) for row in fmt.TABLE3_ROWS for column, _label in fmt.TABLE3_COLUMNS
    )


@cache
def text_parts() -> tuple[str, ...]:
    """Prose parts: the preamble, 一, 五, the three items of 六, and the organisation's name."""
    from govledger.domain import annual_report_format as fmt

    return ("organization", "preamble", "overview", "problems", *fmt.OTHER_PARTS)


class ReportOps:
    _db: LedgerDatabase

    def _transaction(self, action: str, description: str) -> AbstractContextManager[Transaction]:
        raise NotImplementedError

    def applications(self, year: int | None = None) -> list[Application]:
        raise NotImplementedError

    # ------------------------------------------------------------ writing
    def set_report_figure(
        self, year: int, table: str, row: str, column: str, value: str | int | Decimal | None
    ) -> ChangeSet:
        """Enter a figure of table 二 or 四; None or "" clears it (prints as 0)."""
        from govledger.domain.report_tables import is_decimal_cell, parse_figure

        if (row, column) not in entered_cells().get(table, frozenset()):
            raise GovLedgerError("report.no_such_cell", table=table, row=row, column=column)
        figure = None
        if value is not None and str(value).strip() != "":
            figure = parse_figure(value, decimal=is_decimal_cell(row))
        with self._transaction("set_report_figure", message("what.report_figure")) as tx:
            self._put_figure(tx, year, table, row, column, "entered", figure, "")
        return tx.changes

    def set_report_adjustment(
        self, year: int, row: str, column: str, delta: int, note: str = ""
    ) -> ChangeSet:
        """Adjust a cell of table 三 by delta (0 removes the adjustment)."""
        from decimal import Decimal

        from govledger.domain.report_checks import TABLE3

        if (row, column) not in table3_cells():
            raise GovLedgerError("report.no_such_cell", table=TABLE3, row=row, column=column)
        if not isinstance(delta, int):
            raise GovLedgerError("report.whole_number", value=delta)
        with self._transaction("set_report_adjustment", message("what.report_adjustment")) as tx:
            figure = Decimal(delta) if delta else None
            self._put_figure(tx, year, TABLE3, row, column, "adjustment", figure, note.strip())
        return tx.changes

    def set_report_value(
        self, year: int, row: str, column: str, value: int, note: str = ""
    ) -> ChangeSet:
        """Make a cell of table 三 show value, stored as the difference to what it would
        show without its own adjustment (the register's count, or the sum of its parts)."""
        return self.set_report_adjustment(
            year, row, column, value - self._base(year, row, column), note
        )

    def set_report_text(self, year: int, part: str, text: str | None) -> ChangeSet:
        """Store a prose part as edited; None returns it to the ledger's draft."""
        if part not in text_parts():
            raise GovLedgerError("report.no_such_part", part=part)
        with self._transaction("set_report_text", message("what.report_text")) as tx:
            found = tx.db.execute(
                "SELECT id FROM report_texts WHERE year = ? AND part = ?", [year, part]
            ).fetchone()
            if text is None:
                if found:
                    tx.delete("report_texts", found[0])
            elif found:
                if tx.update("report_texts", found[0], {"text": text}):
                    tx.update("report_texts", found[0], {"updated_at": now_text()})
            else:
                tx.insert(
                    "report_texts",
                    {"year": year, "part": part, "text": text, "updated_at": now_text()},
                )
        return tx.changes

    def _put_figure(
        self,
        tx: Transaction,
        year: int,
        table: str,
        row: str,
        column: str,
        kind: str,
        figure: Decimal | None,
        note: str,
    ) -> None:
        found = tx.db.execute(
            """SELECT id FROM report_figures
               WHERE year = ? AND table_code = ? AND row_code = ? AND column_code = ?""",
            [year, table, row, column],
        ).fetchone()
        if figure is None:
            if found:
                tx.delete("report_figures", found[0])
            return
        values = {"kind": kind, "value": f"{figure:f}", "note": note}
        if found:
            tx.update("report_figures", found[0], values)
        else:
            tx.insert(
                "report_figures",
                {
                    "year": year,
                    "table_code": table,
                    "row_code": row,
                    "column_code": column,
                    **values,
                },
            )

    def _base(self, year: int, row: str, column: str) -> int:
        table = self.application_table(year)
        adjustment = table.adjustment(row, column)
        return table.value(row, column) - (adjustment.delta if adjustment else 0)

    # ------------------------------------------------------------ reading
    def report_table(self, year: int, table: str) -> EnteredTable:
        """Table 二 or 四 of a year as entered."""
        from decimal import Decimal

        from govledger.domain.report_tables import EnteredTable

        return EnteredTable(
            {
                (row, column): Decimal(value)
                for row, column, value in self._db.execute(
                    """SELECT row_code, column_code, value FROM report_figures
                       WHERE year = ? AND table_code = ? AND kind = 'entered'""",
                    [year, table],
                )
            }
        )

    def report_adjustments(self) -> dict[int, dict[Cell, Adjustment]]:
        """Every year's adjustments of table 三 (each year's 上年结转 needs the year before)."""
        from decimal import Decimal

        from govledger.domain.report_checks import TABLE3
        from govledger.domain.report_tables import Adjustment

        result: dict[int, dict[Cell, Adjustment]] = {}
        for year, row, column, value, note in self._db.execute(
            """SELECT year, row_code, column_code, value, note FROM report_figures
               WHERE table_code = ? AND kind = 'adjustment'""",
            [TABLE3],
        ):
            result.setdefault(year, {})[(row, column)] = Adjustment(int(Decimal(value)), note)
        return result

    def application_table(self, year: int) -> ApplicationTable:
        from govledger.domain.report_tables import application_table

        return application_table(year, self.applications(), self.report_adjustments())

    def report_texts(self, year: int) -> dict[str, str]:
        return dict(
            self._db.execute(
                "SELECT part, text FROM report_texts WHERE year = ?", [year]
            ).fetchall()
        )

    def report_years(self) -> list[int]:
        """Years with anything for a report: applications, figures, texts or a plan."""
        years = {
            row[0]
            for row in self._db.execute(
                """SELECT CAST(substr(received_on, 1, 4) AS INTEGER) FROM applications
                   UNION SELECT year FROM report_figures UNION SELECT year FROM report_texts
                   UNION SELECT year FROM plans"""
            )
        }
        return sorted(years, reverse=True)
