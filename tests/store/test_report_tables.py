"""Table 三 counted from a register of about fifty requests, adjustments and cross-checks."""

from __future__ import annotations

from decimal import Decimal

import pytest

from govledger.domain import annual_report_format as fmt
from govledger.domain.report_checks import TABLE2, TABLE4, check_review_table, check_tables
from govledger.messages import GovLedgerError
from govledger.store import Ledger
from tests.report_data import OUTCOMES, TYPES, YEAR, Register, build_register


@pytest.fixture
def register(ledger: Ledger) -> Register:
    return build_register(ledger)


def _checks(ledger: Ledger, year: int = YEAR) -> list:
    return check_tables(
        ledger.application_table(year),
        ledger.report_table(year, TABLE2),
        ledger.report_table(year, TABLE4),
    )


def test_table_three_counts_the_register(ledger: Ledger, register: Register) -> None:
    table = ledger.application_table(YEAR)
    for kind in TYPES:
        assert table.value("new", kind) == register.new[kind]
        assert table.value("carried_in", kind) == register.carried_in[kind]
        assert table.value("carried_out", kind) == register.carried_out[kind]
        for outcome in OUTCOMES:
            assert table.value(outcome, kind) == register.results[(outcome, kind)], outcome
    assert table.value("new", fmt.TOTAL) == 48
    assert table.value("carried_in", fmt.TOTAL) == 2
    assert table.value("results_total", fmt.TOTAL) == 47
    assert table.value("carried_out", fmt.TOTAL) == 3
    # every outcome row is used at least once
    assert all(table.value(outcome, fmt.TOTAL) >= 1 for outcome in OUTCOMES)
    assert table.adjustments == {}


def test_every_cross_check_holds(ledger: Ledger, register: Register) -> None:
    assert _checks(ledger) == []
    assert _checks(ledger, YEAR - 1) == []


def test_last_years_carry_over_is_this_years_carried_in(ledger: Ledger, register) -> None:
    last_year = ledger.application_table(YEAR - 1)
    this_year = ledger.application_table(YEAR)
    for kind in (*TYPES, fmt.TOTAL):
        assert this_year.value("carried_in", kind) == last_year.value("carried_out", kind)
    # an adjustment of last year's 结转 (paper requests) flows into this year
    ledger.set_report_value(YEAR - 1, "carried_out", "research", 2, "纸质登记的申请")
    assert ledger.application_table(YEAR).value("carried_in", "research") == 2


def test_a_wrong_manual_total_is_flagged_naming_its_cell(ledger: Ledger, register) -> None:
    table = ledger.application_table(YEAR)
    typed = table.value("results_total", "natural_person") + 1
    ledger.set_report_value(YEAR, "results_total", "natural_person", typed, "照抄纸质台账")
    table = ledger.application_table(YEAR)
    assert table.value("results_total", "natural_person") == typed
    adjustment = table.adjustment("results_total", "natural_person")
    assert adjustment is not None and adjustment.delta == 1 and adjustment.note == "照抄纸质台账"
    failures = _checks(ledger)
    rules = {(f.rule, f.row, f.column) for f in failures}
    assert ("results_total", "results_total", "natural_person") in rules
    assert ("balance", "carried_out", "natural_person") in rules
    text = next(f for f in failures if f.rule == "results_total").text("zh")
    assert "表三“（七）总计”行“自然人”列" in text and str(typed) in text


def test_an_adjusted_part_moves_its_totals_and_only_the_balance_fails(
    ledger: Ledger, register
) -> None:
    before = ledger.application_table(YEAR)
    ledger.set_report_value(
        YEAR, "disclosed", "business", before.value("disclosed", "business") + 3
    )
    table = ledger.application_table(YEAR)
    assert table.value("disclosed", fmt.TOTAL) == before.value("disclosed", fmt.TOTAL) + 3
    assert table.value("results_total", "business") == before.value("results_total", "business") + 3
    failures = _checks(ledger)
    assert {(f.rule, f.column) for f in failures} == {("balance", "business"), ("balance", "total")}
    text = failures[0].text("zh")
    assert "“四、结转下年度继续办理”行" in text
    # setting it back to the register's count removes the adjustment
    ledger.set_report_value(YEAR, "disclosed", "business", before.value("disclosed", "business"))
    assert ledger.application_table(YEAR).adjustments == {} and _checks(ledger) == []


def test_a_row_total_that_does_not_add_up(ledger: Ledger, register) -> None:
    ledger.set_report_value(YEAR, "new", fmt.TOTAL, 50)
    failure = next(f for f in _checks(ledger) if f.rule == "row_total")
    assert failure.cell == ("new", fmt.TOTAL)
    assert "“一、本年新收政府信息公开申请数量”行“总计”列" in failure.text("zh")


def test_entered_tables_and_their_checks(ledger: Ledger) -> None:
    ledger.set_report_figure(YEAR, TABLE2, "item1.normative", "made", "１２")
    ledger.set_report_figure(YEAR, TABLE2, "item8.fees", "amount", "3.25")
    with pytest.raises(GovLedgerError):
        ledger.set_report_figure(YEAR, TABLE2, "item1.rules", "made", "2.5")
    with pytest.raises(GovLedgerError):
        ledger.set_report_figure(YEAR, TABLE2, "item1.rules", "amount", "2")
    active = ledger.report_table(YEAR, TABLE2)
    assert active.value("item1.normative", "made") == 12
    assert active.value("item8.fees", "amount") == Decimal("3.25")
    assert active.value("item1.rules", "made") == 0 and not active.entered("item1.rules", "made")
    for column, value in (("upheld", 2), ("corrected", 1), ("pending", 1), ("total", 5)):
        ledger.set_report_figure(YEAR, TABLE4, "review", column, value)
    (failure,) = check_review_table(ledger.report_table(YEAR, TABLE4))
    assert failure.cell == ("review", "total") and failure.expected == "4"
    assert "表四“行政复议”行“总计”列" in failure.text("zh")
    ledger.set_report_figure(YEAR, TABLE4, "review", "total", None)
    ledger.set_report_figure(YEAR, TABLE4, "review", "total", 4)
    assert check_review_table(ledger.report_table(YEAR, TABLE4)) == []


def test_prose_parts_are_stored_and_undoable(ledger: Ledger) -> None:
    changes = ledger.set_report_text(YEAR, "problems", "一是……二是……")
    assert ledger.report_texts(YEAR) == {"problems": "一是……二是……"}
    ledger.revert(changes)
    assert ledger.report_texts(YEAR) == {}
    with pytest.raises(GovLedgerError):
        ledger.set_report_text(YEAR, "poetry", "…")


def test_a_part_the_clerk_empties_stays_empty_not_the_draft(ledger: Ledger) -> None:
    # on a server '' is stored as NULL (server_empty_text.py): still an edited, empty part
    ledger.set_report_text(YEAR, "problems", "一是……")
    emptied = ledger.set_report_text(YEAR, "problems", "")
    assert ledger.report_texts(YEAR) == {"problems": ""}
    ledger.revert(emptied)
    assert ledger.report_texts(YEAR) == {"problems": "一是……"}
    ledger.set_report_text(YEAR, "organization", "")
    assert ledger.report_texts(YEAR) == {"problems": "一是……", "organization": ""}
