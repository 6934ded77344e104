"""Reminders in the window: the daily banner under the toolbar.

The banner does not block: it is a strip the clerk can close for the day. It reads
the same ReminderSummary as the summary window (reminder_summary.py) and the 催办单.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from govledger.ui.schedule_notice import MissingScheduleNotice

if TYPE_CHECKING:
    from govledger.domain.reminders import ReminderSummary


class ReminderBanner(QFrame):
    """ "今日提醒：3 项逾期，2 项即将到期" with buttons to look and to print."""

    show_requested = Signal()
    sheet_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("reminderBanner")
        self.label = QLabel(self)
        self.label.setObjectName("reminderText")
        self.show_button = QPushButton(self.tr("Show"), self)
        self.sheet_button = QPushButton(self.tr("Reminder sheets…"), self)
        self.close_button = QPushButton("×", self)
        self.close_button.setFlat(True)
        self.close_button.setToolTip(self.tr("Hide until tomorrow"))
        self.close_button.setFixedWidth(self.fontMetrics().horizontalAdvance("×") + 18)
        self.show_button.clicked.connect(lambda: self.show_requested.emit())
        self.sheet_button.clicked.connect(lambda: self.sheet_requested.emit())
        self.close_button.clicked.connect(self.hide)
        # Below the counts: the open plan's year has no holiday schedule (its counts
        # treat the Spring Festival as working days), with the way to enter it.
        self.schedule_notice = MissingScheduleNotice(self)
        row = QHBoxLayout()
        row.setContentsMargins(10, 3, 4, 3)
        row.addWidget(self.label, 1)
        row.addWidget(self.show_button)
        row.addWidget(self.sheet_button)
        row.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(row)
        layout.addWidget(self.schedule_notice)

    def set_summary(self, summary: ReminderSummary) -> None:
        if summary.empty:
            self.label.setText(self.tr("No deadline is overdue or due soon."))
        else:
            self.label.setText(
                self.tr(
                    "Today {date}: {overdue} deadlines overdue, {soon} due within {days} "
                    "working days, across {units} units."
                ).format(
                    date=summary.today.isoformat(),
                    overdue=summary.overdue_count,
                    soon=summary.due_soon_count,
                    days=summary.warning_workdays,
                    units=len([u for u in summary.units if u.unit]),
                )
            )
        background, border = (
            ("#FBE3E4", "#D13438") if summary.overdue_count else ("#FFF3CD", "#E8A317")
        )
        if summary.empty:
            background, border = "#E3F3E1", "#2E9E2E"
        style = f"background: {background}; border-left: 4px solid {border};"
        self.setStyleSheet(f"QFrame#reminderBanner {{ {style} }}")
