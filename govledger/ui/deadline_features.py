"""The deadline calendar's place in the main window: a tab, a menu, a banner, a timer.

Attached from outside so the main window's own code hardly changes: the window's
central widget becomes the first tab beside the calendar, a 时限 menu is added
after the others, and the reminder banner sits in a toolbar row of its own under
the main toolbar. A timer checks once a minute whether the date has changed, so
a window left open overnight shows the new day's reminders in the morning.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QSizePolicy, QTabWidget, QToolBar, QVBoxLayout, QWidget

from govledger.domain.changes import ChangeSet
from govledger.domain.holiday_schedule import unscheduled_year
from govledger.messages import os_error_text
from govledger.ui.background_read import AFTER_FIRST_PAINT_MS, BackgroundRead
from govledger.ui.reminder_panel import ReminderBanner

if TYPE_CHECKING:
    from govledger.domain.reminders import ReminderSummary
    from govledger.store import Ledger
    from govledger.ui.calendar_view import CalendarView
    from govledger.ui.holiday_editor import HolidayEditor
    from govledger.ui.main_window import MainWindow
    from govledger.ui.reminder_summary import ReminderSummaryDialog

DATE_CHECK_MS = 60_000
# Up to this many requirements the reminders are counted at once (a few ms for a
# real plan); above it in a worker thread, so a huge plan never freezes the window.
SYNC_REMINDER_LIMIT = 500


class DeadlineFeatures:
    def __init__(self, window: MainWindow, today: Callable[[], date] = date.today):
        self.window = window
        self.session = window.session
        self.today = today
        # The calendar is hidden at start: it is built the first time it is needed.
        self._calendar: CalendarView | None = None
        # What a click on a request's reply limit does (the window wires the register in).
        self.open_application: Callable[[int], object] | None = None
        self._calendar_slot = QWidget()
        self.tabs = QTabWidget(window)
        self.tabs.setObjectName("mainTabs")
        self.tabs.setDocumentMode(True)
        ledger_view = window.takeCentralWidget()
        self.tabs.addTab(ledger_view, QCoreApplication.translate("DeadlineFeatures", "Task ledger"))
        self.tabs.addTab(
            self._calendar_slot,
            QCoreApplication.translate("DeadlineFeatures", "Deadline calendar"),
        )
        window.setCentralWidget(self.tabs)
        self.tabs.currentChanged.connect(self._tab_changed)
        window.plan_combo.currentIndexChanged.connect(self._plan_changed)

        self.banner = ReminderBanner(window)
        self.banner.show_requested.connect(self.show_summary)
        self.banner.sheet_requested.connect(lambda: self.save_reminder_sheet(None))
        self.banner.schedule_notice.enter_requested.connect(self.edit_holidays)
        self.banner_bar = QToolBar(
            QCoreApplication.translate("DeadlineFeatures", "Reminders"), window
        )
        self.banner_bar.setObjectName("reminderToolbar")
        self.banner_bar.setMovable(False)
        self.banner_bar.addWidget(self.banner)
        self.banner.close_button.clicked.connect(self.banner_bar.hide)  # the row goes too
        self.banner.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        window.addToolBarBreak()
        window.addToolBar(self.banner_bar)
        self.banner_day: date | None = None
        self.summary_dialog: ReminderSummaryDialog | None = None
        self.timer = QTimer(window)
        self.timer.setInterval(DATE_CHECK_MS)
        self.timer.timeout.connect(self._timed_check)
        self.timer.start()
        # Edits come in bursts (typing in the detail panel); count reminders once after.
        self.banner_refresh = QTimer(window)
        self.banner_refresh.setSingleShot(True)
        self.banner_refresh.setInterval(400)
        self.banner_refresh.timeout.connect(self._timed_refresh)
        self.session.changed.connect(self._on_changed)
        # The reminder counts, shared by the banner and the summary until the ledger changes.
        self._summary: ReminderSummary | None = None
        self._summary_for: tuple | None = None
        self._changes_seen = 0
        self._startup_pending = False
        self.reminder_reader = BackgroundRead(window)
        self.reminder_reader.done.connect(self._reminders_ready)
        self._build_menu()
        self.check_date()

    @property
    def calendar(self) -> CalendarView:
        if self._calendar is None:
            from govledger.ui.calendar_view import CalendarView

            calendar = CalendarView(
                self.session, warning_workdays=self.window.settings.warning_days, today=self.today
            )
            calendar.task_selected.connect(self.show_in_tree)
            calendar.application_selected.connect(self._application_selected)
            calendar.holidays_requested.connect(self.edit_holidays)
            calendar.set_plan(self.window.model.plan_id)
            self._calendar = calendar
            from govledger.ui.scroll_form import ScrollForm

            page = QVBoxLayout()
            page.addWidget(calendar)
            layout = QVBoxLayout(self._calendar_slot)
            layout.setContentsMargins(0, 0, 0, 0)
            # The month grid needs more height than 1366×768 at 150 % leaves below the
            # window's bars (issue 23): there the calendar scrolls, the window fits.
            scroller = ScrollForm(page, self._calendar_slot)
            layout.addWidget(scroller)
            scroller.show()  # a child added to a visible widget is not shown by itself
        return self._calendar

    def _application_selected(self, application_id: int) -> None:
        if self.open_application is not None:
            self.open_application(application_id)

    def set_today(self, today: Callable[[], date]) -> None:
        """Use another clock (tests, and a screenshot of a chosen day)."""
        self.today = today
        if self._calendar is not None:
            self._calendar.today = today
        self.banner_day = None
        self.check_date()

    # ------------------------------------------------------------------ menu
    def _build_menu(self) -> None:
        window = self.window
        menu = window.menuBar().addMenu(
            QCoreApplication.translate("DeadlineFeatures", "&Deadlines")
        )
        self.calendar_action = self._action(
            QCoreApplication.translate("DeadlineFeatures", "Deadline &calendar"),
            self.show_calendar,
            "Ctrl+Shift+K",
        )
        self.holidays_action = self._action(
            QCoreApplication.translate("DeadlineFeatures", "&Holidays and make-up workdays…"),
            self.edit_holidays,
        )
        self.event_action = self._action(
            QCoreApplication.translate("DeadlineFeatures", "Record triggering &event…"),
            self.record_event,
        )
        self.summary_action = self._action(
            QCoreApplication.translate("DeadlineFeatures", "Reminder &summary…"), self.show_summary
        )
        self.sheet_action = self._action(
            QCoreApplication.translate("DeadlineFeatures", "Print reminder shee&ts (催办单)…"),
            lambda: self.save_reminder_sheet(None),
        )
        self.ics_action = self._action(
            QCoreApplication.translate("DeadlineFeatures", "Export calendar (.&ics)…"),
            self.export_ics,
        )
        menu.addActions([self.calendar_action, self.summary_action])
        menu.addSeparator()
        menu.addActions([self.event_action, self.holidays_action])
        menu.addSeparator()
        menu.addActions([self.sheet_action, self.ics_action])
        self.menu = menu

    def _action(
        self, text: str, slot: Callable[[], object], shortcut: str | None = None
    ) -> QAction:
        action = QAction(text, self.window)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False: slot())
        return action

    # ------------------------------------------------------------------ calendar
    def show_calendar(self) -> None:
        self.tabs.setCurrentWidget(self._calendar_slot)

    def show_in_tree(self, task_id: int) -> None:
        self.tabs.setCurrentIndex(0)
        if not self.window.select_task(task_id):
            # hidden by a filter: clear the filters and try again
            self.window.filter_bar.clear()
            self.window.select_task(task_id)

    def _tab_changed(self, index: int) -> None:
        if self.tabs.widget(index) is self._calendar_slot:
            self.calendar.warning_workdays = self.window.settings.warning_days

    def _plan_changed(self, _index: int) -> None:
        if self._calendar is not None:
            self._calendar.set_plan(self.window.model.plan_id)
        self.refresh_banner()

    def edit_holidays(self, year: int | None = None) -> HolidayEditor:
        """The holiday editor, at year (a year without a schedule), else the calendar's."""
        from govledger.ui.holiday_editor import HolidayEditor

        editor = HolidayEditor(self.session, year or self.calendar.year, self.window)
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        editor.open()
        self.holiday_editor = editor
        return editor

    def record_event(self) -> None:
        from PySide6.QtWidgets import QMessageBox  # not needed at start-up

        task_id = self.window.current_task_id()
        task = self.session.ledger.task(task_id) if task_id is not None else None
        from govledger.domain.event_deadlines import EventRule

        if task is None or EventRule.from_json(task.deadline_rule) is None:
            box = QMessageBox(
                QMessageBox.Icon.Information,
                QCoreApplication.translate("DeadlineFeatures", "Record triggering event"),
                QCoreApplication.translate(
                    "DeadlineFeatures",
                    "Select a requirement whose time limit runs from an event "
                    "(such as 印发后3个工作日内) in the task tree first.",
                ),
                QMessageBox.StandardButton.Ok,
                self.window,
            )
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            box.open()  # not exec(): nothing else has to wait for the clerk to read it
            self.hint_box = box
            return
        self.calendar.record_event(task)

    # ------------------------------------------------------------------ reminders
    def summary(self) -> ReminderSummary:
        key = self._summary_key()
        if self._summary is None or self._summary_for != key:
            self._summary, self._summary_for = self._count(self.session.ledger, key), key
        return self._summary

    def _summary_key(self) -> tuple:
        settings = self.window.settings
        return (self.window.model.plan_id, self.today(), settings.warning_days, self._changes_seen)

    @staticmethod
    def _count(ledger: Ledger, key: tuple) -> ReminderSummary:
        plan_id, today, warning_days, _changes = key
        return ledger.reminders(plan_id, today, warning_workdays=warning_days)

    @staticmethod
    def _counted(ledger: Ledger, key: tuple) -> tuple[tuple, ReminderSummary]:
        """The worker's count, with what it was counted for."""
        return key, DeadlineFeatures._count(ledger, key)

    def _reminders_ready(self, counted: tuple[tuple, ReminderSummary]) -> None:
        key, summary = counted
        if key != self._summary_key():
            # Counted for another plan, day or state of the ledger (an earlier request
            # that finished late): never shown as today's; a newer count comes.
            return
        self._summary, self._summary_for = summary, key
        self.banner.set_summary(summary)
        if self._startup_pending:
            self._startup_pending = False
            if not summary.empty:
                self.show_summary()

    def shutdown(self) -> None:
        self.timer.stop()
        self.banner_refresh.stop()
        self.reminder_reader.close()

    def check_date(self) -> None:
        """Called by the timer: a new day brings the banner back with the day's reminders."""
        if self.banner_day != self.today():
            self.banner_day = self.today()
            self.banner.setVisible(True)  # closed yesterday: back today
            self.refresh_banner()
            if self._calendar is not None:
                self._calendar.refresh()

    def _timed_check(self) -> None:
        self._when_open(self.check_date)

    def _timed_refresh(self) -> None:
        self._when_open(self.refresh_banner)

    def _when_open(self, work: Callable[[], None]) -> None:
        """Timers fire on their own time: by then the window may be closed and its
        ledger with it (closing the session first), and there is nothing to show."""
        if not self.window.isVisible():
            return
        if not self.session.ledger.is_open:
            self.timer.stop()
            return
        work()

    def refresh_banner(self) -> None:
        plan_id = self.window.model.plan_id
        # The row shows while a plan is open, unless the clerk closed it for the day.
        self.banner_bar.setVisible(plan_id is not None and not self.banner.isHidden())
        if plan_id is None:
            return
        ledger = self.session.ledger
        missing = unscheduled_year([ledger.plan(plan_id).year], ledger.holidays())
        self.banner.schedule_notice.show_year(missing)
        key = self._summary_key()
        small = not ledger.has_more_requirements_than(plan_id, SYNC_REMINDER_LIMIT)
        if small or self._summary_for == key:
            self.banner.set_summary(self.summary())
            return
        open_ledger = ledger.opener(read_only=True)
        # The read runs in a worker and must not hold the window's objects: it could
        # drop the last reference to them there, and Qt objects die on the GUI thread.
        read = partial(DeadlineFeatures._counted, key=key)
        start = partial(self.reminder_reader.request, open_ledger, read)
        if self.window.isVisible():
            start()
        else:  # the window is opening: let it paint first
            QTimer.singleShot(AFTER_FIRST_PAINT_MS, self.reminder_reader, start)

    def _on_changed(self, changes: ChangeSet) -> None:
        if changes.calendar_changed:
            self._changes_seen += 1  # the cached counts no longer hold
            self.banner_refresh.start()

    def show_summary(self) -> ReminderSummaryDialog:
        from govledger.ui.reminder_summary import ReminderSummaryDialog

        if self.summary_dialog is not None:
            self.summary_dialog.close()
        settings = self.window.settings
        dialog = ReminderSummaryDialog(
            self.summary(),
            self.window,
            show_at_start=settings.remind_at_start,
            on_show_at_start=lambda on: setattr(settings, "remind_at_start", on),
            on_sheet=self.save_reminder_sheet,
        )
        dialog.task_selected.connect(self.show_in_tree)
        dialog.destroyed.connect(lambda: setattr(self, "summary_dialog", None))
        dialog.show()  # non-modal: the clerk works on while it is open
        self.summary_dialog = dialog
        return dialog

    def show_startup_summary(self) -> ReminderSummaryDialog | None:
        """At start, if the clerk has not switched it off and there is something to say."""
        if not self.window.settings.remind_at_start or self.window.model.plan_id is None:
            return None
        if self._summary_for != self._summary_key():
            self._startup_pending = True  # shown when the background count arrives
            return None
        if self.summary().empty:
            return None
        return self.show_summary()

    def save_reminder_sheet(self, units: list[str] | None, path: Path | None = None) -> Path | None:
        from govledger.exporters.reminder_sheet import write_reminder_sheet
        from govledger.ui.reminder_summary import ask_sheet_path

        plan_id = self.window.model.plan_id
        if plan_id is None:
            return None
        summary = self.summary()
        unit = units[0] if units and len(units) == 1 else None
        path = path or ask_sheet_path(self.window, summary.today, unit or None)
        if path is None:
            return None
        plan = self.session.ledger.plan(plan_id)
        try:
            write_reminder_sheet(
                path, summary, units, plan_title=plan.title, organization=plan.organization
            )
        except OSError as exc:
            self.window.show_error(
                QCoreApplication.translate(
                    "DeadlineFeatures", "Cannot save {path}: {detail}"
                ).format(path=path, detail=os_error_text(exc))
            )
            return None
        self.window.statusBar().showMessage(
            QCoreApplication.translate("DeadlineFeatures", "Saved {path}").format(path=path), 8000
        )
        return path

    def export_ics(self, path: Path | None = None) -> Path | None:
        from PySide6.QtWidgets import QFileDialog  # not needed at start-up

        from govledger.exporters.ics_calendar import export_plan

        plan_id = self.window.model.plan_id
        if plan_id is None:
            return None
        if path is None:
            chosen, _filter = QFileDialog.getSaveFileName(
                self.window,
                QCoreApplication.translate("DeadlineFeatures", "Export calendar"),
                str(Path.home() / f"时限日历-{self.today().isoformat()}.ics"),
                "iCalendar (*.ics)",
            )
            if not chosen:
                return None
            path = Path(chosen)
        try:
            count = export_plan(self.session.ledger, plan_id, path, self.today())
        except OSError as exc:
            self.window.show_error(
                QCoreApplication.translate(
                    "DeadlineFeatures", "Cannot save {path}: {detail}"
                ).format(path=path, detail=os_error_text(exc))
            )
            return None
        self.window.statusBar().showMessage(
            QCoreApplication.translate(
                "DeadlineFeatures", "Exported {count} deadlines to {path}"
            ).format(count=count, path=path),
            8000,
        )
        return path
