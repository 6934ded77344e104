"""pytest-qt: register a request, advance it through its steps, watch its reply deadline."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt

from govledger.domain.status_rules import Alert
from govledger.ui.application_model import RegisterColumn
from govledger.ui.application_register import ApplicationRegisterWindow

pytestmark = pytest.mark.both_stores  # the views must not care which store it is

RECEIVED = date(2025, 9, 24)  # reply due 28 October: National Day and two make-up days between


def register_window(qtbot, session, today: date) -> ApplicationRegisterWindow:
    window = ApplicationRegisterWindow(session, warning_days=5, today=lambda: today)
    qtbot.addWidget(window)
    window.show()
    return window


def register_through_the_dialog(window: ApplicationRegisterWindow) -> int:
    dialog = window.register_request()
    dialog.received_edit.setDate(QDate(2025, 9, 24))
    dialog.steps["registered"].set_value(RECEIVED)
    dialog.type_combo.setCurrentIndex(dialog.type_combo.findData("business"))
    dialog.channel_combo.setCurrentIndex(dialog.channel_combo.findData("mail"))
    dialog.name_edit.setText("江门某某科技有限公司")
    dialog.content_edit.setPlainText("申请公开2025年度某项目环评审批文件")
    assert "2025-10-28" in dialog.limit_label.text()
    assert dialog.save()
    assert dialog.saved_id is not None
    return dialog.saved_id


def deadline_cell(window: ApplicationRegisterWindow, application_id: int, role):
    return window.index_of(application_id, RegisterColumn.DEADLINE).data(role)


def test_register_advance_and_see_the_reply_deadline(qtbot, session) -> None:
    window = register_window(qtbot, session, today=date(2025, 10, 22))
    application_id = register_through_the_dialog(window)
    assert window.model.year == 2025 and window.current_application().id == application_id
    display = Qt.ItemDataRole.DisplayRole
    assert deadline_cell(window, application_id, display) == "2025-10-28"
    assert deadline_cell(window, application_id, window.model.AlertRole) == Alert.DUE_SOON
    state = window.index_of(application_id, RegisterColumn.STATE).data(display)
    assert state == "4 working days left"
    assert "2025-10-28" in deadline_cell(window, application_id, Qt.ItemDataRole.ToolTipRole)

    for step, on in (("reviewed", date(2025, 9, 25)), ("handled", date(2025, 9, 28))):
        dialog = window.advance_current(on)
        assert dialog is not None and dialog.step == step
        assert dialog.save()
    dialog = window.advance_current(date(2025, 10, 20))
    assert dialog.step == "replied"
    assert not dialog.save()  # no outcome chosen: the ledger refuses, nothing changes
    assert session.ledger.application(application_id).replied_on is None
    dialog.outcome_combo.setCurrentIndex(dialog.outcome_combo.findData("partly_disclosed"))
    assert dialog.save()
    assert deadline_cell(window, application_id, window.model.AlertRole) == Alert.DONE
    row = window.model.row_of(application_id)
    assert window.model.index(row, RegisterColumn.STEP).data(display) == "答复"
    assert window.model.index(row, RegisterColumn.OUTCOME).data(display) == "部分公开"
    # the steps are undoable one by one
    session.undo_stack.undo()
    assert deadline_cell(window, application_id, window.model.AlertRole) == Alert.DUE_SOON


def test_overdue_and_extended(qtbot, session) -> None:
    window = register_window(qtbot, session, today=date(2025, 10, 30))
    application_id = register_through_the_dialog(window)
    assert deadline_cell(window, application_id, window.model.AlertRole) == Alert.OVERDUE
    dialog = window.extend_current()
    dialog.date_edit.setDate(QDate(2025, 10, 27))
    dialog.days_spin.setValue(15)
    assert dialog.save()
    extended = deadline_cell(window, application_id, Qt.ItemDataRole.DisplayRole)
    assert extended.startswith("2025-11-18")  # 15 working days after 28 October
    assert deadline_cell(window, application_id, window.model.AlertRole) == Alert.NONE


def test_attach_and_remove_a_document_in_the_edit_dialog(qtbot, session, tmp_path: Path):
    window = register_window(qtbot, session, today=date(2025, 10, 1))
    application_id = register_through_the_dialog(window)
    dialog = window.edit_current()
    letter = tmp_path / "申请书.pdf"
    letter.write_bytes(b"%PDF-1.4")
    assert dialog.documents.attach(str(letter), "request")
    assert dialog.documents.list.count() == 1
    assert dialog.documents.list.item(0).text() == "申请书：申请书.pdf"
    row = window.model.row_of(application_id)
    assert window.model.index(row, RegisterColumn.DOCUMENTS).data() == "1"
    dialog.documents.list.setCurrentRow(0)
    dialog.documents.remove_current()
    assert dialog.documents.list.count() == 0


def test_editing_keeps_the_dialog_open_on_a_refusal(qtbot, session) -> None:
    window = register_window(qtbot, session, today=date(2025, 10, 1))
    application_id = register_through_the_dialog(window)
    failures: list[str] = []
    session.failed.connect(failures.append)
    dialog = window.edit_current()
    dialog.steps["reviewed"].set_value(date(2025, 9, 1))  # before receipt
    assert not dialog.save() and failures
    dialog.steps["reviewed"].set_value(date(2025, 9, 25))
    dialog.fee_spin.setValue(380)
    assert dialog.save()
    application = session.ledger.application(application_id)
    assert application.reviewed_on == date(2025, 9, 25) and application.fee_cents == 38000


def test_carried_over_requests_show_in_the_next_year(qtbot, session) -> None:
    session.ledger.add_application(
        received_on=date(2024, 12, 27), channel="online", applicant_type="natural_person"
    )
    window = register_window(qtbot, session, today=date(2025, 1, 10))
    window.set_year(2025)
    assert window.model.rowCount() == 1
    assert "1 requests" in window.summary.text()


def test_a_reply_after_its_limit_stays_red_and_counts_as_overdue(qtbot, session) -> None:
    window = register_window(qtbot, session, today=date(2025, 11, 5))
    application_id = register_through_the_dialog(window)
    for step, on in (("reviewed", date(2025, 9, 25)), ("handled", date(2025, 9, 28))):
        dialog = window.advance_current(on)
        assert dialog is not None and dialog.step == step and dialog.save()
    dialog = window.advance_current(date(2025, 10, 30))  # two working days late
    dialog.outcome_combo.setCurrentIndex(dialog.outcome_combo.findData("disclosed"))
    assert dialog.save()
    assert deadline_cell(window, application_id, window.model.AlertRole) == Alert.OVERDUE
    state = window.index_of(application_id, RegisterColumn.STATE)
    assert state.data(Qt.ItemDataRole.DisplayRole) == "Replied late"
    assert window.model.counts() == {Alert.OVERDUE: 1}
    assert "0 awaiting a reply · 1 overdue" in window.summary.text()
