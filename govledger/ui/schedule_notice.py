"""The warning that a year has no holiday schedule, with the way to enter it.

Until the clerk enters a year's State Council notice, Monday to Friday count as
working days there, so a deadline "3个工作日内" could fall in the Spring Festival.
Kept apart from the holiday dialogs: the reminder banner shows it at start-up and
must not pull the month grid in with it.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget


class MissingScheduleNotice(QFrame):
    """ "2027年的节假日安排尚未录入…" with a button to the holiday editor.

    Shown above the deadline calendar and in the reminder banner while the open plan
    or the month shown falls in a year nobody has entered the schedule for.
    """

    enter_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("missingScheduleNotice")
        self.year: int | None = None
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.button = QPushButton(self.tr("Enter the holidays…"), self)
        self.button.clicked.connect(lambda: self.year and self.enter_requested.emit(self.year))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 3, 4, 3)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.button)
        self.setStyleSheet(
            "QFrame#missingScheduleNotice { background: #FFF3CD; border-left: 4px solid #E8A317; }"
        )
        self.hide()

    def show_year(self, year: int | None) -> None:
        """Say that year has no schedule; None hides the notice."""
        self.year = year
        if year is not None:
            self.label.setText(self.text(year))
        self.setVisible(year is not None)

    def text(self, year: int) -> str:
        return self.tr(
            "The {year} holidays have not been entered: working days are counted Monday to Friday."
        ).format(year=year)
