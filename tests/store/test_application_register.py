"""The 依申请公开 register in the ledger: steps, limits, documents, undo and `check`."""

from __future__ import annotations

import hashlib
from datetime import date
from pathlib import Path

import pytest

from govledger.domain.status_rules import Alert
from govledger.messages import GovLedgerError
from govledger.store import Ledger, migrations
from govledger.store.integrity import check_ledger
from govledger.store.transaction import DATA_TABLES

REPORT_TABLES = ("applications", "application_documents", "report_figures", "report_texts")


def _register(ledger: Ledger, received: date = date(2025, 9, 24), **fields) -> int:
    changes = ledger.add_application(
        received_on=received,
        channel="online",
        applicant_type="natural_person",
        content="申请公开2025年度部门预算执行情况",
        **fields,
    )
    application_id = changes.first_created("applications")
    assert application_id is not None
    return application_id


@pytest.mark.file_ledger
def test_the_schema_has_the_report_tables_and_they_are_undoable_data(ledger: Ledger) -> None:
    names = {row[0] for row in ledger._db.execute("SELECT name FROM sqlite_master")}
    assert set(REPORT_TABLES) <= names
    assert set(REPORT_TABLES) <= set(DATA_TABLES)
    assert ledger._db.execute("PRAGMA user_version").fetchone()[0] == migrations.LATEST_VERSION


def test_a_request_advances_through_its_steps(ledger: Ledger) -> None:
    application_id = _register(ledger)
    application = ledger.application(application_id)
    assert application.number == "2025-001" and application.step == "registered"
    assert application.registered_on == date(2025, 9, 24)
    ledger.advance_application(application_id, date(2025, 9, 25))
    ledger.advance_application(application_id, date(2025, 9, 26))
    assert ledger.application(application_id).step == "handled"
    with pytest.raises(GovLedgerError, match="outcome"):
        ledger.advance_application(application_id, date(2025, 10, 9))
    ledger.advance_application(application_id, date(2025, 10, 9), outcome="partly_disclosed")
    ledger.advance_application(application_id, date(2025, 10, 10))
    done = ledger.application(application_id)
    assert done.step == "archived" and done.outcome == "partly_disclosed"
    with pytest.raises(GovLedgerError):
        ledger.advance_application(application_id, date(2025, 10, 11))


def test_numbers_follow_the_year_of_receipt(ledger: Ledger) -> None:
    first = _register(ledger)
    second = _register(ledger, date(2025, 10, 9))
    other_year = _register(ledger, date(2026, 1, 5))
    numbers = [ledger.application(i).number for i in (first, second, other_year)]
    assert numbers == ["2025-001", "2025-002", "2026-001"]


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        ({"reviewed_on": date(2025, 9, 20)}, "before"),
        ({"replied_on": date(2025, 10, 9)}, "outcome"),
        ({"extended_on": date(2025, 10, 9), "extension_workdays": 21}, "1 to 20"),
        ({"channel": "carrier pigeon"}, "carrier pigeon"),
        ({"outcome": "approved"}, "approved"),
        ({"fee_cents": -5}, "-5"),
    ],
)
def test_bad_edits_are_refused_and_change_nothing(
    ledger: Ledger, fields: dict, expected: str
) -> None:
    application_id = _register(ledger)
    before = ledger.application(application_id)
    with pytest.raises(GovLedgerError, match=expected):
        ledger.update_application(application_id, **fields)
    assert ledger.application(application_id) == before


def test_extension_defaults_to_twenty_working_days(ledger: Ledger) -> None:
    application_id = _register(ledger)
    ledger.update_application(application_id, extended_on=date(2025, 10, 20))
    assert ledger.application(application_id).extension_workdays == 20
    ledger.update_application(application_id, extended_on=None)
    assert ledger.application(application_id).extension_workdays == 0


def test_undo_and_redo_of_registering(ledger: Ledger) -> None:
    changes = ledger.add_application(
        received_on=date(2025, 3, 3), channel="mail", applicant_type="research"
    )
    ledger.revert(changes)
    assert ledger.applications() == []
    ledger.reapply(changes)
    assert [a.applicant_type for a in ledger.applications()] == ["research"]


def test_deadlines_for_a_calendar(ledger: Ledger) -> None:
    open_one = _register(ledger)  # due 28 Oct 2025
    replied = _register(ledger, date(2025, 9, 25))  # due 29 Oct
    ledger.update_application(replied, replied_on=date(2025, 10, 15), outcome="disclosed")
    _register(ledger, date(2025, 6, 2))  # due in June: outside the month
    deadlines = ledger.application_deadlines(
        date(2025, 10, 1), date(2025, 10, 31), today=date(2025, 10, 27), warning_days=5
    )
    assert [(d.application.id, d.due, d.alert) for d in deadlines] == [
        (open_one, date(2025, 10, 28), Alert.DUE_SOON),
        (replied, date(2025, 10, 29), Alert.DONE),
    ]


def test_the_years_register_includes_requests_carried_over(ledger: Ledger) -> None:
    carried = _register(ledger, date(2024, 12, 20))
    answered_last_year = _register(ledger, date(2024, 12, 2))
    ledger.update_application(
        answered_last_year, replied_on=date(2024, 12, 16), outcome="disclosed"
    )
    this_year = _register(ledger, date(2025, 2, 10))
    assert [a.id for a in ledger.applications(2025)] == [carried, this_year]


@pytest.mark.file_ledger
def test_documents_live_in_the_evidence_store_and_are_checked(
    ledger: Ledger, tmp_path: Path
) -> None:
    application_id = _register(ledger)
    letter = tmp_path / "申请书.pdf"
    letter.write_bytes(b"%PDF-1.4 request")
    ledger.attach_application_document(application_id, letter, role="request")
    (document,) = ledger.application_documents(application_id)
    assert document.original_name == "申请书.pdf" and document.role == "request"
    assert ledger.evidence_path(document.sha256).read_bytes() == b"%PDF-1.4 request"
    # Cleaning the store must not take a letter only an application refers to.
    assert ledger.collect_unreferenced_files() == 0
    assert check_ledger(ledger) == []
    ledger.evidence_path(hashlib.sha256(b"%PDF-1.4 request").hexdigest()).unlink()
    (problem,) = check_ledger(ledger)
    assert problem.kind == "application_document_missing" and "2025-001" in problem.text


def test_deleting_a_request_takes_its_documents_and_undo_brings_them_back(
    ledger: Ledger, tmp_path: Path
) -> None:
    application_id = _register(ledger)
    letter = tmp_path / "答复书.docx"
    letter.write_bytes(b"reply")
    ledger.attach_application_document(application_id, letter, role="reply")
    changes = ledger.delete_application(application_id)
    assert ledger.applications() == []
    ledger.revert(changes)
    assert [d.original_name for d in ledger.application_documents(application_id)] == [
        "答复书.docx"
    ]
