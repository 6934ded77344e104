"""TypedDateEdit: a date field that takes a whole typed date, as clerks write them.

Qt's QDateEdit edits one section at a time: Ctrl+A then "2020-10-12" kept the
current year and "20201012" did nothing. This field reads the whole text with
domain.typed_date (2020-10-12, 2020/10/12, 2020.10.12, 20201012, 2020年10月12日,
and 10月12日 in the plan's year), shows what it understood next to the field
while the clerk types, and shows it as yyyy-MM-dd once the edit is finished.
The arrows and the calendar popup work as before.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QDateTime, QPoint, QTime
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QDateEdit, QToolTip, QWidget

from govledger.domain.typed_date import parse_typed_date

DISPLAY_FORMAT = "yyyy-MM-dd"


class TypedDateEdit(QDateEdit):
    def __init__(self, value: QDate | None = None, parent: QWidget | None = None):
        self._default_year: int | None = None  # before Qt calls validate()
        super().__init__(parent)
        self.setDisplayFormat(DISPLAY_FORMAT)
        self.setCalendarPopup(True)
        if value is not None:
            self.setDate(value)
        self.editingFinished.connect(lambda: self.setToolTip(""))  # said; now shown whole

    def set_default_year(self, year: int | None) -> None:
        """The year of a date typed without one (10月12日): the plan's; None = this year."""
        self._default_year = year

    def _typed(self, text: str) -> date | None:
        return parse_typed_date(text, self._default_year or date.today().year)

    # QAbstractSpinBox's hooks: the whole text decides, not one section of it.
    def validate(self, text: str, pos: int) -> object:
        typed = self._typed(text)
        if typed is not None and self._in_range(typed):
            self._show_understood(text, typed)
            return QValidator.State.Acceptable, text, pos
        return QValidator.State.Intermediate, text, pos

    def dateTimeFromText(self, text: str) -> QDateTime:
        typed = self._typed(text)
        if typed is None:
            return super().dateTimeFromText(text)
        return QDateTime(QDate(typed.year, typed.month, typed.day), QTime(0, 0))

    def fixup(self, text: str) -> str:
        # A half-typed date goes back to the value the field holds, shown whole.
        return self.date().toString(DISPLAY_FORMAT)

    def _in_range(self, typed: date) -> bool:
        return self.minimumDate().toPython() <= typed <= self.maximumDate().toPython()

    def _show_understood(self, text: str, typed: date) -> None:
        """Say how a typed date was read when it is not already written that way."""
        if text.strip() == typed.isoformat():
            return
        understood = self.tr("Understood as {date}").format(date=typed.isoformat())
        self.setToolTip(understood)
        QToolTip.showText(self.mapToGlobal(QPoint(0, self.height())), understood, self)
