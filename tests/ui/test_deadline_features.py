"""The calendar inside the main window: selecting in the tree, the reminder banner and its
daily check, the non-modal summary, the 催办单 and .ics from the 时限 menu, the screenshot."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import icalendar
import pytest
from docx import Document
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage

from govledger.cli import main
from govledger.demo import build_demo, load_demo_draft
from govledger.domain.deadline_parser import parse
from govledger.ui.deadline_features import DeadlineFeatures
from govledger.ui.main_window import MainWindow

pytestmark = pytest.mark.both_stores  # a ledger file and a server ledger (issue 24)

TODAY = date(2026, 11, 23)


@pytest.fixture
def window(qtbot, session, settings):
    build_demo(session.ledger, TODAY)
    window = MainWindow(session, settings)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.model.wait_for_index()
    window.deadlines.set_today(lambda: TODAY)
    return window


def test_calendar_tab_and_clicking_selects_in_the_tree(qtbot, window) -> None:
    features = window.deadlines
    assert features.tabs.count() == 2
    features.calendar_action.trigger()
    assert features.tabs.currentIndex() == 1 and features.calendar.isVisible()
    calendar = features.calendar
    assert (calendar.grid.year, calendar.grid.month) == (2026, 11)
    calendar.grid.grab()
    rect, entry = calendar.grid.chip_rects()[0]
    qtbot.mouseClick(calendar.grid, Qt.MouseButton.LeftButton, pos=rect.center())
    assert features.tabs.currentIndex() == 0
    assert window.current_task_id() == entry.task.id
    assert window.detail.task is not None and window.detail.task.id == entry.task.id


def test_calendar_follows_the_plan_and_the_ledger(qtbot, window, session) -> None:
    calendar = window.deadlines.calendar
    window.deadlines.show_calendar()
    plan_id = window.model.plan_id
    assert calendar.plan_id == plan_id
    deadline = parse("11月25日前", 2026)
    task_id = session.perform(
        "add",
        lambda: session.ledger.add_task(plan_id, "新增要求", due=deadline.due, number="99"),
    ).first_created("tasks")
    assert task_id in [e.task.id for e in calendar.grid.entries_on(date(2026, 11, 25))]
    session.undo_stack.undo()
    assert task_id not in [e.task.id for e in calendar.grid.entries_on(date(2026, 11, 25))]


def test_banner_and_the_daily_check(window) -> None:
    features = window.deadlines
    assert features.banner_bar.isVisible()
    text = features.banner.label.text()
    assert "3" in text and "2026-11-23" in text
    features.banner.close_button.click()
    assert not features.banner.isVisible() and not features.banner_bar.isVisible()
    features.check_date()  # same day: stays hidden
    features.refresh_banner()  # an edit recounts: still hidden
    assert not features.banner.isVisible() and not features.banner_bar.isVisible()
    features.set_today(lambda: date(2026, 11, 24))  # the window stayed open overnight
    assert features.banner.isVisible() and features.banner_bar.isVisible()
    assert "2026-11-24" in features.banner.label.text()
    assert features.timer.isActive()


def test_no_banner_without_a_plan_and_one_when_a_plan_arrives(qtbot, session, settings) -> None:
    window = MainWindow(session, settings)  # a new, empty ledger
    qtbot.addWidget(window)
    window.show()
    window.deadlines.set_today(lambda: TODAY)
    assert not window.deadlines.banner_bar.isVisible()  # no empty strip with buttons
    window.deadlines.check_date()
    assert not window.deadlines.banner_bar.isVisible()

    session.perform("import", lambda: session.ledger.import_draft(load_demo_draft(TODAY)))
    assert window.model.plan_id is not None
    qtbot.waitUntil(window.deadlines.banner_bar.isVisible, timeout=3000)  # counted after edits
    assert "2026-11-23" in window.deadlines.banner.label.text()


def test_start_shows_the_banner_and_the_summary_only_when_asked(qtbot, window, settings) -> None:
    features = window.deadlines
    assert settings.remind_at_start is False  # the default: no dialog over the tree
    assert features.show_startup_summary() is None and features.summary_dialog is None
    features.check_date()
    assert features.banner_bar.isVisible()
    qtbot.mouseClick(features.banner.show_button, Qt.MouseButton.LeftButton)
    assert features.summary_dialog is not None and features.summary_dialog.isVisible()
    features.summary_dialog.close()


def test_summary_is_non_modal_and_can_be_switched_off(qtbot, window, settings) -> None:
    features = window.deadlines
    settings.remind_at_start = True  # chosen in the summary's own check box
    dialog = features.show_startup_summary()
    assert dialog is not None and dialog.isVisible() and not dialog.isModal()
    units = [dialog.tree.topLevelItem(i).text(0) for i in range(dialog.tree.topLevelItemCount())]
    assert "办公室" in units
    first_unit = dialog.tree.topLevelItem(0)
    dialog._activated(first_unit.child(0))
    assert window.current_task_id() == first_unit.child(0).data(0, Qt.ItemDataRole.UserRole)
    dialog.start_box.setChecked(False)
    assert settings.remind_at_start is False
    dialog.close()
    assert features.show_startup_summary() is None


def test_reminder_sheet_and_ics_from_the_menu(window, tmp_path: Path) -> None:
    features = window.deadlines
    sheet = features.save_reminder_sheet(["办公室"], tmp_path / "催办单.docx")
    document = Document(str(sheet))
    assert [p.text for p in document.paragraphs if p.text.endswith("：")] == ["办公室："]
    ics = features.export_ics(tmp_path / "deadlines.ics")
    events = icalendar.Calendar.from_ical(ics.read_bytes()).walk("VEVENT")
    assert len(events) == 30  # the demo plan: one dated deadline per requirement
    assert "Saved" in window.statusBar().currentMessage() or "Exported" in (
        window.statusBar().currentMessage()
    )


def test_record_event_needs_an_event_requirement(window) -> None:
    window.deadlines.event_action.trigger()  # nothing event-relative selected
    assert window.deadlines.hint_box.isVisible()
    window.deadlines.hint_box.close()


def test_screenshot_of_the_calendar(qapp, tmp_path: Path, capsys) -> None:
    db = tmp_path / "ledger.sqlite"
    assert main(["--db", str(db), "demo"]) == 0
    png = tmp_path / "calendar.png"
    code = main(["--db", str(db), "screenshot", "--view", "calendar", "-o", str(png)])
    assert code == 0
    image = QImage(str(png))
    assert (image.width(), image.height()) == (1366, 768)


def test_banner_follows_edits(qtbot, window, session) -> None:
    features = window.deadlines
    before = features.banner.label.text()
    assert "3 deadlines overdue" in before
    overdue = session.ledger.overdue(window.model.plan_id, TODAY)
    session.perform("done", lambda: session.ledger.mark_occurrence_done(overdue[0].occurrence))
    qtbot.waitUntil(lambda: features.banner.label.text() != before, timeout=3000)
    assert "2 deadlines overdue" in features.banner.label.text()


def test_timers_after_the_ledger_closed_do_nothing(qtbot, window, session) -> None:
    features = window.deadlines
    session.ledger.close()  # as the app does before the window is gone
    features._timed_refresh()
    features._timed_check()
    assert not features.timer.isActive()
    features.timer.start()  # the fixture closes the ledger again at teardown: harmless


def _demo_window_on_its_day(qtbot, session, settings) -> tuple[MainWindow, DeadlineFeatures]:
    """The demo ledger's window on the day the demo is built for, reminding at start."""
    build_demo(session.ledger, today=date(2026, 11, 23))
    window = MainWindow(session, settings)
    qtbot.addWidget(window)
    window.deadlines.set_today(lambda: date(2026, 11, 23))
    settings.remind_at_start = True
    return window, window.deadlines


def test_big_plans_count_reminders_off_the_gui_thread(qtbot, session, settings, monkeypatch):
    # Above the limit the counts come from a worker thread; the window opens at once
    # and the banner and the start-up summary follow when the count arrives.
    import govledger.ui.deadline_features as deadline_features

    monkeypatch.setattr(deadline_features, "SYNC_REMINDER_LIMIT", 0)
    _window, features = _demo_window_on_its_day(qtbot, session, settings)
    assert features.show_startup_summary() is None  # not counted yet: it will show itself
    qtbot.waitUntil(lambda: features.summary_dialog is not None, timeout=10_000)
    assert "2026-11-23" in features.banner.label.text()
    units = features.summary_dialog.tree.topLevelItemCount()
    assert units == len(features.summary().units) > 0  # the cached counts, not recounted
    features.shutdown()


def test_the_calendar_is_built_only_when_first_needed(qtbot, session, settings) -> None:
    # Start-up time: the hidden calendar tab costs nothing until the clerk opens it.
    window = MainWindow(session, settings)
    qtbot.addWidget(window)
    features = window.deadlines
    assert features._calendar is None
    opened: list[int] = []
    features.open_application = opened.append
    features.calendar.application_selected.emit(7)  # as a click on a reply-limit chip
    assert opened == [7]


def test_a_count_for_another_day_is_never_shown(qtbot, session, settings) -> None:
    # A count requested before the day (or the plan) changed can finish after the newer
    # one was asked for: it must not be shown as today's, nor open the start-up summary.
    window, features = _demo_window_on_its_day(qtbot, session, settings)
    stale_key = (window.model.plan_id, date(2026, 12, 5), settings.warning_days, 0)
    stale = DeadlineFeatures._count(session.ledger, stale_key)
    assert not stale.empty
    before = features.banner.label.text()
    features._startup_pending = True  # as while the window waits for its first count
    features._reminders_ready((stale_key, stale))
    assert features.banner.label.text() == before and "2026-12-05" not in before
    assert features.summary_dialog is None
    current = features._summary_key()
    features._reminders_ready((current, DeadlineFeatures._count(session.ledger, current)))
    assert "2026-11-23" in features.banner.label.text() and features.summary_dialog is not None
    features.shutdown()
