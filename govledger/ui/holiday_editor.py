"""节假日安排: a year's statutory days off and make-up workdays.

Years chinesecalendar knows are shown read-only, as the State Council notice has
them. For later years the clerk types the notice in: a run of days off
(10月1日至7日放假) and the make-up workdays (9月26日上班), each one undoable step
through the session, or pastes the whole notice (holiday_notice_dialog.py).
Deadlines counted in working days move as soon as a day is entered.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from govledger.domain.changes import ChangeSet
from govledger.domain.holiday_schedule import builtin_years, is_builtin_year
from govledger.ui.appearance import style_hint
from govledger.ui.event_dialog import to_date
from govledger.ui.holiday_notice_dialog import HolidayNoticeDialog
from govledger.ui.session import LedgerSession
from govledger.ui.typed_date_edit import TypedDateEdit
from govledger.ui.window_geometry import fit_to_screen

HOLIDAY_NAMES = ("元旦", "春节", "清明节", "劳动节", "端午节", "中秋节", "国庆节")


class HolidayEditor(QDialog):
    def __init__(self, session: LedgerSession, year: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.notice_dialog: HolidayNoticeDialog | None = None
        self.setWindowTitle(self.tr("Holidays and make-up workdays"))
        self.year_spin = QSpinBox(self)
        self.year_spin.setRange(min(builtin_years()), max(builtin_years()) + 10)
        self.year_spin.setValue(year)
        self.year_spin.valueChanged.connect(self._year_changed)
        self.source_label = QLabel(self)
        style_hint(self.source_label)
        self.source_label.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Year"), self))
        top.addWidget(self.year_spin)
        top.addWidget(self.source_label, 1)
        self.notice_button = QPushButton(self.tr("Paste the State Council notice…"), self)
        self.notice_button.setToolTip(
            self.tr("Read the days off and make-up workdays from the notice as published")
        )
        self.notice_button.clicked.connect(self.read_notice)
        top.addWidget(self.notice_button)

        self.table = QTableWidget(0, 4, self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Date"), self.tr("Weekday"), self.tr("Kind"), self.tr("Holiday")]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)

        self.first_edit = TypedDateEdit(parent=self)
        self.last_edit = TypedDateEdit(parent=self)
        for edit in (self.first_edit, self.last_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.first_edit.dateChanged.connect(self._first_changed)
        self.kind_combo = QComboBox(self)
        self.kind_combo.addItem(self.tr("Day off"), False)
        self.kind_combo.addItem(self.tr("Make-up workday"), True)
        self.name_combo = QComboBox(self)
        self.name_combo.setEditable(True)
        self.name_combo.addItems(HOLIDAY_NAMES)
        self.add_button = QPushButton(self.tr("Add"), self)
        self.add_button.clicked.connect(self.add_days)
        self.remove_button = QPushButton(self.tr("Remove selected"), self)
        self.remove_button.clicked.connect(self.remove_selected)
        entry = QHBoxLayout()
        entry.addWidget(QLabel(self.tr("From"), self))
        entry.addWidget(self.first_edit)
        entry.addWidget(QLabel(self.tr("to"), self))
        entry.addWidget(self.last_edit)
        entry.addWidget(self.kind_combo)
        entry.addWidget(self.name_combo)
        entry.addWidget(self.add_button)
        entry.addStretch(1)
        entry.addWidget(self.remove_button)
        self.entry_row = QWidget(self)
        self.entry_row.setLayout(entry)
        entry.setContentsMargins(0, 0, 0, 0)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.entry_row)
        layout.addWidget(buttons)
        session.changed.connect(self._on_changed)
        self._year_changed(year)
        fit_to_screen(self, (720, 480))

    @property
    def year(self) -> int:
        return self.year_spin.value()

    @property
    def editable(self) -> bool:
        return not is_builtin_year(self.year)

    def _year_changed(self, year: int) -> None:
        self.entry_row.setEnabled(self.editable)
        self.notice_button.setEnabled(self.editable)
        start = QDate(year, 1, 1)
        for edit in (self.first_edit, self.last_edit):
            edit.setDateRange(start, QDate(year, 12, 31))
            edit.setDate(start)
        self.reload()

    def read_notice(self) -> HolidayNoticeDialog:
        """The notice dialog; when it saves, the editor shows the year it saved."""
        dialog = HolidayNoticeDialog(self.session, self.year, self)
        dialog.accepted.connect(lambda: self.year_spin.setValue(dialog.saved_year or self.year))
        dialog.open()
        self.notice_dialog = dialog
        return dialog

    def _first_changed(self, value: QDate) -> None:
        if self.last_edit.date() < value:
            self.last_edit.setDate(value)

    def _on_changed(self, changes: ChangeSet) -> None:
        if changes.holidays_changed:
            self.reload()

    def _describe_source(self, entered: bool) -> None:
        if is_builtin_year(self.year):
            text = self.tr(
                "The {year} schedule is built in from the State Council notice and cannot be "
                "changed."
            )
        elif entered:
            text = self.tr(
                "The {year} schedule was entered here. Check it against the State Council "
                "notice; a pasted notice replaces it."
            )
        else:
            text = self.tr(
                "The {year} schedule is not built in: enter it from the State Council notice "
                "(the days off and the make-up workdays). Until then Monday to Friday count "
                "as working days."
            )
        self.source_label.setText(text.format(year=self.year))

    def reload(self) -> None:
        schedule = self.session.ledger.holiday_schedule(self.year)
        self._describe_source(bool(schedule))
        weekdays = [self.tr("Mon"), self.tr("Tue"), self.tr("Wed"), self.tr("Thu")]
        weekdays += [self.tr("Fri"), self.tr("Sat"), self.tr("Sun")]
        self.table.setRowCount(len(schedule))
        for row, day in enumerate(schedule):
            kind = self.tr("Make-up workday") if day.is_workday else self.tr("Day off")
            cells = (day.day.isoformat(), weekdays[day.day.weekday()], kind, day.name)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, day.day.isoformat())
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.remove_button.setEnabled(self.editable and bool(schedule))

    def add_days(self) -> None:
        first, last = to_date(self.first_edit.date()), to_date(self.last_edit.date())
        is_workday = bool(self.kind_combo.currentData())
        name = self.name_combo.currentText().strip()
        ledger = self.session.ledger
        self.session.perform(
            self.tr("Enter holidays {first} to {last}").format(
                first=first.isoformat(), last=last.isoformat()
            ),
            lambda: ledger.enter_holidays(first, last, is_workday=is_workday, name=name),
        )

    def selected_days(self) -> list[date]:
        rows = {index.row() for index in self.table.selectionModel().selectedRows()}
        return [
            date.fromisoformat(self.table.item(row, 0).data(Qt.ItemDataRole.UserRole))
            for row in sorted(rows)
        ]

    def remove_selected(self) -> None:
        days, ledger = self.selected_days(), self.session.ledger
        if days:
            self.session.perform(
                self.tr("Remove holidays ({count})").format(count=len(days)),
                lambda: ledger.withdraw_holidays(days),
            )
