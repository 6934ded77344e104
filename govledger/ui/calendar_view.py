"""时限日历: the month of deadlines beside an agenda of what is late and what comes next.

The view reads only what it shows: the six weeks of the grid, the agenda's days
and the overdue list, and only while it is visible; a change in the ledger marks
it stale and it reads again when next seen. Clicking a requirement emits
``task_selected`` (the main window selects it in the tree); the context menu
marks a single occurrence done or not done through the session, so it is undone
with Ctrl+Z like any other edit.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from govledger.domain.applications import ApplicationDeadline
from govledger.domain.changes import ChangeSet
from govledger.domain.deadline_state import CalendarEntry
from govledger.domain.event_deadlines import EventRule
from govledger.domain.holiday_schedule import day_names, unscheduled_year
from govledger.domain.model import Status, Task
from govledger.domain.recurrence import OccurrenceKind
from govledger.domain.status_rules import Alert
from govledger.ui import reply_deadlines
from govledger.ui.appearance import style_title
from govledger.ui.labels import join_units, workdays_phrase
from govledger.ui.month_grid import CHIP_BAR, MonthGrid, grid_days, requirement_chip_text
from govledger.ui.schedule_notice import MissingScheduleNotice
from govledger.ui.session import LedgerSession
from govledger.ui.task_cells import alert_icon

AGENDA_DAYS = 10  # working days ahead, as the banner's warning window counts
# Tables whose change can move, add or recolour a deadline on the calendar.
EntryRole = Qt.ItemDataRole.UserRole
TaskRole = Qt.ItemDataRole.UserRole + 1


class CalendarView(QWidget):
    task_selected = Signal(int)
    application_selected = Signal(int)  # a request's reply limit was clicked
    holidays_requested = Signal(int)  # the year whose schedule the clerk wants to enter

    def __init__(
        self,
        session: LedgerSession,
        parent: QWidget | None = None,
        *,
        warning_workdays: int = 5,
        today: Callable[[], date] = date.today,
    ):
        super().__init__(parent)
        self.setObjectName("calendarView")
        self.session = session
        self.warning_workdays = warning_workdays
        self.today = today
        self.plan_id: int | None = None
        self.stale = True
        now = today()
        self.year, self.month = now.year, now.month

        self.grid = MonthGrid(self)
        self.grid.more_text = self.tr("+{count} more")
        self.grid.describe = self.describe
        self.grid.chip_text = self.chip_text
        self.grid.chip_clicked.connect(self._chip_clicked)
        self.grid.chip_menu_requested.connect(self.show_entry_menu)
        self.grid.more_clicked.connect(self._show_day_menu)

        self.month_label = QLabel(self)
        style_title(self.month_label)
        self.previous_button = QPushButton("‹", self)
        self.previous_button.setToolTip(self.tr("Previous month (PgUp)"))
        self.next_button = QPushButton("›", self)
        self.next_button.setToolTip(self.tr("Next month (PgDown)"))
        self.today_button = QPushButton(self.tr("Today"), self)
        for button in (self.previous_button, self.next_button):
            button.setFixedWidth(self.fontMetrics().horizontalAdvance("‹") * 4 + 16)
        self.previous_button.clicked.connect(self.previous_month)
        self.next_button.clicked.connect(self.next_month)
        self.today_button.clicked.connect(self.go_to_today)
        QShortcut(QKeySequence(Qt.Key.Key_PageUp), self, self.previous_month)
        QShortcut(QKeySequence(Qt.Key.Key_PageDown), self, self.next_month)
        header = QHBoxLayout()
        header.addWidget(self.previous_button)
        header.addWidget(self.today_button)
        header.addWidget(self.next_button)
        header.addSpacing(12)
        header.addWidget(self.month_label)
        header.addStretch(1)
        for light, word in self._legend():
            header.addWidget(self._legend_item(light, word))

        self.schedule_notice = MissingScheduleNotice(self)
        self.schedule_notice.enter_requested.connect(
            lambda year: self.holidays_requested.emit(year)
        )

        self.agenda = QTreeWidget(self)
        self.agenda.setObjectName("agenda")
        self.agenda.setHeaderHidden(True)
        self.agenda.setRootIsDecorated(False)
        self.agenda.setIndentation(8)
        self.agenda.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.agenda.itemClicked.connect(self._agenda_clicked)
        self.agenda.itemActivated.connect(self._agenda_clicked)
        self.agenda.customContextMenuRequested.connect(self._agenda_menu)
        self.agenda_days = QSpinBox(self)
        self.agenda_days.setRange(1, 90)
        self.agenda_days.setValue(AGENDA_DAYS)
        self.agenda_days.setSuffix(self.tr(" working days"))
        self.agenda_days.valueChanged.connect(lambda _days: self.refresh())
        agenda_header = QHBoxLayout()
        agenda_header.addWidget(QLabel(self.tr("Agenda: next"), self))
        agenda_header.addWidget(self.agenda_days)
        agenda_header.addStretch(1)
        side = QWidget(self)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addLayout(agenda_header)
        side_layout.addWidget(self.agenda, 1)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.grid)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 0)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([960, 330])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 4)
        layout.addLayout(header)
        layout.addWidget(self.schedule_notice)
        layout.addWidget(splitter, 1)
        session.changed.connect(self.on_changed)

    # ------------------------------------------------------------------ words
    def _legend(self) -> list[tuple[Alert, str]]:
        return [
            (Alert.OVERDUE, self.tr("Overdue")),
            (Alert.DUE_SOON, self.tr("Due soon")),
            (Alert.DONE, self.tr("Done")),
            (Alert.NOT_APPLICABLE, self.tr("N/A")),
            (Alert.NONE, self.tr("Not yet due")),
        ]

    def _legend_item(self, light: Alert, word: str) -> QLabel:
        label = QLabel(f"<span style='color:{CHIP_BAR[light].name()}'>■</span> {word}", self)
        label.setContentsMargins(6, 0, 2, 0)
        return label

    def state_word(self, entry: CalendarEntry) -> str:
        return dict(self._legend())[entry.alert]

    def date_text(self, day: date) -> str:
        return self.tr("{month}/{day}").format(month=day.month, day=day.day)

    def chip_text(self, entry: CalendarEntry | ApplicationDeadline) -> str:
        if isinstance(entry, ApplicationDeadline):
            return reply_deadlines.chip_text(entry)
        return requirement_chip_text(entry)

    def describe(self, entry: CalendarEntry | ApplicationDeadline) -> str:
        """The tooltip of a chip or agenda line."""
        if isinstance(entry, ApplicationDeadline):
            return reply_deadlines.describe(entry)
        task = entry.task
        lines = [f"{task.number}. {task.text}" if task.number else task.text]
        if task.lead_units:
            lines.append(self.tr("Lead: {units}").format(units=join_units(task.lead_units)))
        if task.co_units:
            lines.append(self.tr("Cooperating: {units}").format(units=join_units(task.co_units)))
        lines.append(
            self.tr("Due {date} · {label}").format(
                date=entry.due.isoformat(), label=entry.occurrence.label
            )
        )
        if entry.done_on:
            state = self.tr("Done on {date}").format(date=entry.done_on.isoformat())
        elif entry.open:
            state = f"{self.state_word(entry)} · {workdays_phrase(entry.workdays_left)}"
        else:
            state = self.state_word(entry)
        lines.append(state)
        return "\n".join(lines)

    # ------------------------------------------------------------------ navigation
    def set_plan(self, plan_id: int | None) -> None:
        self.plan_id = plan_id
        self.refresh()

    def show_month(self, year: int, month: int) -> None:
        self.year, self.month = year, month
        self.refresh()

    def previous_month(self) -> None:
        first = date(self.year, self.month, 1) - timedelta(days=1)
        self.show_month(first.year, first.month)

    def next_month(self) -> None:
        first = date(self.year, self.month, 28) + timedelta(days=4)
        self.show_month(first.year, first.month)

    def go_to_today(self) -> None:
        now = self.today()
        self.show_month(now.year, now.month)

    # ------------------------------------------------------------------ reading
    def on_changed(self, changes: ChangeSet) -> None:
        if changes.calendar_changed:
            self.refresh()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self.stale:
            self.refresh()

    def refresh(self) -> None:
        """Read the visible month and the agenda again (later, if the view is hidden)."""
        self.month_label.setText(self.tr("{year}-{month}").format(year=self.year, month=self.month))
        if not self.isVisible():
            self.stale = True
            return
        self.stale = False
        ledger, today = self.session.ledger, self.today()
        calendar = ledger.working_calendar()
        days = grid_days(self.year, self.month)
        entries = ledger.occurrences(
            self.plan_id,
            days[0],
            days[-1],
            today,
            warning_workdays=self.warning_workdays,
            calendar=calendar,
        )
        replies = ledger.application_deadlines(
            days[0], days[-1], today=today, warning_days=self.warning_workdays
        )
        entered = ledger.holidays()
        special = day_names(days[0], days[-1], entered)
        years = {self.year}
        if self.plan_id is not None:
            years.add(ledger.plan(self.plan_id).year)
        self.schedule_notice.show_year(unscheduled_year(years, entered))
        self.grid.set_month(self.year, self.month, [*entries, *replies], special, today)
        self._fill_agenda(today, calendar)

    def _fill_agenda(self, today: date, calendar) -> None:
        ledger = self.session.ledger
        last = calendar.add_workdays(today, self.agenda_days.value())
        overdue = ledger.overdue(self.plan_id, today, calendar=calendar)
        coming = ledger.occurrences(
            self.plan_id,
            today,
            last,
            today,
            warning_workdays=self.warning_workdays,
            calendar=calendar,
        )
        waiting = ledger.awaiting_events(self.plan_id)
        self.agenda.clear()
        groups = (
            (self.tr("Overdue, not done ({count})"), overdue),
            (self.tr("Due in the next {days} working days ({count})"), coming),
        )
        for title, entries in groups:
            group = self._group(title.format(count=len(entries), days=self.agenda_days.value()))
            for entry in entries:
                item = QTreeWidgetItem(group, [self._agenda_text(entry)])
                item.setIcon(0, alert_icon(entry.alert))
                item.setToolTip(0, self.describe(entry))
                item.setData(0, EntryRole, entry)
                item.setData(0, TaskRole, entry.task.id)
        reply_deadlines.add_agenda_group(self, today, last)
        if waiting:
            group = self._group(self.tr("Waiting for a triggering event ({count})"))
            group.setText(0, group.text(0).format(count=len(waiting)))
            for task in waiting:
                item = QTreeWidgetItem(
                    group, [f"{task.number}. {task.text}  [{task.deadline_text}]"]
                )
                item.setToolTip(
                    0, self.tr("Right-click to record the event that starts the clock.")
                )
                item.setData(0, TaskRole, task.id)
        self.agenda.expandAll()

    def _group(self, title: str) -> QTreeWidgetItem:
        group = QTreeWidgetItem(self.agenda, [title])
        font = group.font(0)
        font.setBold(True)
        group.setFont(0, font)
        group.setFlags(Qt.ItemFlag.ItemIsEnabled)
        return group

    def _agenda_text(self, entry: CalendarEntry) -> str:
        task = entry.task
        text = f"{task.number}. {task.text}" if task.number else task.text
        return f"{self.date_text(entry.due)}  {text}"

    # ------------------------------------------------------------------ acting
    def _select(self, task_id: int) -> None:
        self.task_selected.emit(task_id)

    def _chip_clicked(self, entry: CalendarEntry | ApplicationDeadline) -> None:
        if isinstance(entry, ApplicationDeadline):
            self.application_selected.emit(entry.application.id)
        else:
            self._select(entry.task.id)

    def _agenda_clicked(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        entry = item.data(0, EntryRole)
        if isinstance(entry, ApplicationDeadline):
            self._chip_clicked(entry)
            return
        task_id = item.data(0, TaskRole)
        if task_id is not None:
            self._select(int(task_id))

    def _agenda_menu(self, pos: QPoint) -> None:
        item = self.agenda.itemAt(pos)
        if item is None:
            return
        entry = item.data(0, EntryRole)
        global_pos = self.agenda.viewport().mapToGlobal(pos)
        if entry is not None:
            self.show_entry_menu(entry, global_pos)
        elif item.data(0, TaskRole) is not None:
            self._task_menu(self.session.ledger.task(int(item.data(0, TaskRole))), global_pos)

    def entry_menu(self, entry: CalendarEntry) -> QMenu:
        menu = QMenu(self)
        ledger, occurrence = self.session.ledger, entry.occurrence
        if entry.open:
            menu.addAction(
                self.tr("Mark this deadline done"),
                lambda: self.session.perform(
                    self.tr("Mark deadline done"), lambda: ledger.mark_occurrence_done(occurrence)
                ),
            )
        once_done = occurrence.kind is OccurrenceKind.ONCE and entry.task.status is Status.DONE
        if entry.done_on is not None or once_done:
            menu.addAction(
                self.tr("Mark not done"),
                lambda: self.session.perform(
                    self.tr("Mark deadline not done"), lambda: ledger.unmark_occurrence(occurrence)
                ),
            )
        if EventRule.from_json(entry.task.deadline_rule) is not None:
            menu.addAction(
                self.tr("Record triggering event…"), lambda: self.record_event(entry.task)
            )
        menu.addSeparator()
        menu.addAction(self.tr("Show in the task tree"), lambda: self._select(entry.task.id))
        return menu

    def show_entry_menu(
        self, entry: CalendarEntry | ApplicationDeadline, global_pos: QPoint
    ) -> None:
        if isinstance(entry, ApplicationDeadline):
            menu = QMenu(self)
            menu.addAction(
                self.tr("Open in the requests register"), lambda: self._chip_clicked(entry)
            )
            menu.popup(global_pos)
            return
        self.entry_menu(entry).popup(global_pos)

    def _task_menu(self, task: Task, global_pos: QPoint) -> None:
        menu = QMenu(self)
        menu.addAction(self.tr("Record triggering event…"), lambda: self.record_event(task))
        menu.addAction(self.tr("Show in the task tree"), lambda: self._select(task.id))
        menu.popup(global_pos)

    def _show_day_menu(self, day: date, global_pos: QPoint) -> None:
        """The "+N more" line: every requirement of the day, to pick one."""
        menu = QMenu(self)
        for entry in self.grid.entries_on(day):
            action = menu.addAction(alert_icon(entry.alert), self.chip_text(entry)[:60])
            action.triggered.connect(lambda _checked=False, e=entry: self._chip_clicked(e))
        menu.popup(global_pos)

    def record_event(self, task: Task) -> None:
        from govledger.ui.event_dialog import EventDialog

        EventDialog(self.session, task, self, today=self.today()).open()
