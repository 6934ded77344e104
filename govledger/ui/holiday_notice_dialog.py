"""按通知录入: paste the State Council holiday notice, check what was read, save it.

The clerk copies 国务院办公厅关于XXXX年部分节假日安排的通知 from the government website
into the box. What govledger read from it is shown as it will count: the festivals
in a list and each month on the deadline calendar's grid (休 and 班 badges), with
every line it could not read in red above. Only then is it saved, as one undoable
step that replaces whatever was entered for that year before.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from govledger.domain import holiday_notice
from govledger.domain.holiday_notice import HolidayNotice, parse_notice
from govledger.domain.holiday_schedule import HolidayDay, is_builtin_year
from govledger.ui.appearance import style_error, style_hint, style_title
from govledger.ui.month_grid import MonthGrid
from govledger.ui.scroll_form import ScrollForm
from govledger.ui.session import LedgerSession
from govledger.ui.window_geometry import fit_to_screen

MonthRole = Qt.ItemDataRole.UserRole


class HolidayNoticeDialog(QDialog):
    def __init__(self, session: LedgerSession, year: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.default_year = year  # for a paste without the title
        self.notice = HolidayNotice(None)
        self.saved_year: int | None = None
        self.setWindowTitle(self.tr("Read the State Council holiday notice"))

        hint = QLabel(
            self.tr(
                "Paste the whole notice (国务院办公厅关于{year}年部分节假日安排的通知) from the "
                "government website, title included. Check the days read on the calendar "
                "before saving."
            ).format(year=year),
            self,
        )
        hint.setWordWrap(True)
        style_hint(hint)
        self.text_edit = QPlainTextEdit(self)
        self.text_edit.setObjectName("noticeText")
        self.text_edit.setPlaceholderText(
            f"国务院办公厅关于{year}年部分节假日安排的通知\n一、元旦：1月1日放假……"
        )
        self.text_edit.textChanged.connect(self.read_text)

        self.summary_label = QLabel(self)
        style_title(self.summary_label)
        self.problems_label = QLabel(self)
        self.problems_label.setWordWrap(True)
        self.problems_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        style_error(self.problems_label)
        self.problems_label.hide()

        self.festival_list = QListWidget(self)
        self.festival_list.setObjectName("festivalList")
        self.festival_list.currentItemChanged.connect(self._festival_chosen)
        self.grid = MonthGrid(self)
        self.month_label = QLabel(self)
        self.previous_button = QPushButton("‹", self)
        self.next_button = QPushButton("›", self)
        self.previous_button.clicked.connect(lambda: self.show_month(self.month - 1))
        self.next_button.clicked.connect(lambda: self.show_month(self.month + 1))
        month_row = QHBoxLayout()
        month_row.addWidget(self.previous_button)
        month_row.addWidget(self.month_label)
        month_row.addWidget(self.next_button)
        month_row.addStretch(1)
        calendar_side = QWidget(self)
        calendar_layout = QVBoxLayout(calendar_side)
        calendar_layout.setContentsMargins(0, 0, 0, 0)
        calendar_layout.addLayout(month_row)
        calendar_layout.addWidget(self.grid, 1)
        check = QSplitter(Qt.Orientation.Horizontal, self)
        check.addWidget(self.festival_list)
        check.addWidget(calendar_side)
        check.setStretchFactor(1, 1)
        check.setSizes([260, 640])

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        reading = QVBoxLayout()
        reading.addWidget(hint)
        reading.addWidget(self.text_edit, 1)
        reading.addWidget(self.summary_label)
        reading.addWidget(self.problems_label)
        reading.addWidget(check, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(ScrollForm(reading, self), 1)  # scrolls on a short screen
        layout.addWidget(self.buttons)
        self.month = 1
        self.read_text()
        fit_to_screen(self, (960, 760))

    # ------------------------------------------------------------------ reading
    def read_text(self) -> None:
        text = self.text_edit.toPlainText()
        self.notice = parse_notice(text, self.default_year) if text.strip() else HolidayNotice(None)
        notice, year = self.notice, self.notice.year
        if not notice.days:
            self.summary_label.setText(self.tr("Nothing read yet."))
        else:
            text = self.tr("{year}: {off} days off and {work} make-up workdays read.").format(
                year=year, off=len(notice.days_off()), work=len(notice.workdays())
            )
            entered = [day for day in self.session.ledger.holidays() if day.year == year]
            if entered and not is_builtin_year(year or 0):
                text += " " + self.tr(
                    "Saving replaces the {count} days entered for {year} before."
                ).format(count=len(entered), year=year)
            self.summary_label.setText(text)
        lines = [self.problem_text(problem) for problem in notice.problems]
        if year is not None and is_builtin_year(year):
            lines.insert(
                0,
                self.tr(
                    "The {year} schedule is built in and cannot be changed; nothing will be saved."
                ).format(year=year),
            )
        self.problems_label.setText("\n".join(lines))
        self.problems_label.setVisible(bool(lines))
        self.save_button.setEnabled(bool(notice.days) and not is_builtin_year(year or 0))
        self._fill_festivals()

    def problem_text(self, problem: holiday_notice.NoticeProblem) -> str:
        reasons = {
            holiday_notice.NO_YEAR: self.tr("The year was not found: paste the title too."),
            holiday_notice.NO_DAYS_OFF: self.tr("No day off could be read"),
            holiday_notice.BAD_DATE: self.tr("Not a date: {detail}"),
            holiday_notice.WEEKDAY_MISMATCH: self.tr(
                "The weekday printed beside {detail} is not that day's: check the text"
            ),
            holiday_notice.UNKNOWN_SENTENCE: self.tr(
                "Neither days off (放假) nor make-up workdays (上班)"
            ),
        }
        reason = reasons[problem.reason].format(detail=problem.detail)
        if problem.reason == holiday_notice.NO_YEAR:
            return reason
        return self.tr("Not read: {line} — {reason}").format(line=problem.line, reason=reason)

    def _fill_festivals(self) -> None:
        # A correction typed into the text keeps the festival being checked in view.
        chosen = max(self.festival_list.currentRow(), 0)
        self.festival_list.clear()
        for name in self.notice.festivals():
            days = [entry for entry in self.notice.days if entry.name == name]
            off = [entry.day for entry in days if not entry.is_workday]
            work = [entry.day for entry in days if entry.is_workday]
            first, last = self.date_text(off[0]), self.date_text(off[-1])
            text = self.tr("{name}: {first} to {last}, {count} days off").format(
                name=name, first=first, last=last, count=len(off)
            )
            if work:
                text += "\n" + self.tr("Make-up workdays: {days}").format(
                    days=self.tr(", ").join(self.date_text(day) for day in work)
                )
            item = QListWidgetItem(text, self.festival_list)
            item.setData(MonthRole, off[0].month if off[0].year == self.notice.year else 1)
        if self.festival_list.count():
            self.festival_list.setCurrentRow(min(chosen, self.festival_list.count() - 1))
        else:
            self.show_month(self.month)

    def date_text(self, day: date) -> str:
        return self.tr("{month}/{day}").format(month=day.month, day=day.day)

    def _festival_chosen(self, item: QListWidgetItem | None, _previous=None) -> None:
        if item is not None:
            self.show_month(int(item.data(MonthRole)))

    def show_month(self, month: int) -> None:
        self.month = min(max(month, 1), 12)
        year = self.notice.year or self.default_year
        special = {
            entry.day: HolidayDay(entry.day, entry.is_workday, entry.name, False)
            for entry in self.notice.days
        }
        self.grid.set_month(year, self.month, [], special, date.today())
        self.month_label.setText(self.tr("{year}-{month}").format(year=year, month=self.month))
        self.previous_button.setEnabled(self.month > 1)
        self.next_button.setEnabled(self.month < 12)

    # ------------------------------------------------------------------ saving
    def save(self) -> None:
        notice, ledger = self.notice, self.session.ledger
        if notice.year is None or not notice.days:
            return
        days = [(entry.day, entry.is_workday, entry.name) for entry in notice.days]
        changes = self.session.perform(
            self.tr("Enter the {year} holidays from the notice").format(year=notice.year),
            lambda: ledger.enter_notice_year(notice.year, days),
        )
        if changes is not None:
            self.saved_year = notice.year
            self.accept()
