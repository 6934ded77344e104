"""pytest-qt: a request's reply limit on the deadline calendar, and a click to the register."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QApplication

from govledger.domain.applications import ApplicationDeadline
from govledger.domain.status_rules import Alert
from govledger.ui.main_window import MainWindow

pytestmark = pytest.mark.both_stores  # a ledger file and a server ledger (issue 24)

TODAY = date(2025, 10, 22)  # four working days before the limit
DUE = date(2025, 10, 28)  # 20 working days after 24 September, across National Day


def test_reply_limit_on_the_calendar_opens_the_register(qtbot, session, settings, small_plan):
    application_id = session.ledger.add_application(
        received_on=date(2025, 9, 24),
        channel="online",
        applicant_type="natural_person",
        content="申请公开某道路改造工程批复文件",
    ).first_created("applications")
    settings.warning_days = 5
    window = MainWindow(session, settings)
    qtbot.addWidget(window)
    window.resize(1366, 800)
    window.show()
    window.deadlines.set_today(lambda: TODAY)
    window.deadlines.show_calendar()
    calendar = window.deadlines.calendar
    calendar.warning_workdays = 5
    calendar.show_month(2025, 10)
    QApplication.processEvents()

    (chip,) = [e for e in calendar.grid.entries_on(DUE) if isinstance(e, ApplicationDeadline)]
    assert chip.application.id == application_id and chip.alert is Alert.DUE_SOON
    assert "2025-001" in calendar.chip_text(chip)
    assert "2025-10-28" in calendar.describe(chip)
    painted = [entry for _rect, entry in calendar.grid.chip_rects()]
    assert chip in painted
    groups = [
        calendar.agenda.topLevelItem(i).text(0) for i in range(calendar.agenda.topLevelItemCount())
    ]
    assert any(text.startswith("Replies to information requests (1)") for text in groups)

    calendar._chip_clicked(chip)
    register = window.window_actions.report_menu.register_window
    assert register is not None and register.isVisible()
    assert register.current_application().id == application_id

    # answered: the chip turns green and leaves the agenda's open replies
    session.ledger.update_application(
        application_id, replied_on=date(2025, 10, 20), outcome="disclosed"
    )
    calendar.refresh()
    (chip,) = [e for e in calendar.grid.entries_on(DUE) if isinstance(e, ApplicationDeadline)]
    assert chip.alert is Alert.DONE
    register.close()
