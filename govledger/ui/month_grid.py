"""The month grid of the deadline calendar: six weeks, Monday first, painted by hand.

Each day shows its due requirements as coloured chips in the tree's traffic-light
colours (red overdue, yellow due soon, green done, grey 不适用, blue not due yet).
Statutory holidays are shaded and carry a 休 badge and the holiday's name; make-up
workdays (调休上班) carry a 班 badge. Painting by hand keeps a month of a few hundred
chips fast and lets a click land on the exact chip.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from PySide6.QtCore import QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from govledger.domain.deadline_state import CalendarEntry
from govledger.domain.holiday_schedule import HolidayDay
from govledger.domain.status_rules import Alert
from govledger.ui.task_cells import ALERT_BACKGROUND, ALERT_DOT, ALERT_FOREGROUND

WEEKS = 6
CHIP_BACKGROUND = {**ALERT_BACKGROUND, Alert.NONE: QColor("#E6EEF8")}
CHIP_FOREGROUND = {**ALERT_FOREGROUND, Alert.NONE: QColor("#24466B")}
CHIP_BAR = ALERT_DOT  # the strong colour, as a bar down the chip's left edge
HOLIDAY_SHADE = QColor("#FDEDEE")
WEEKEND_SHADE = QColor("#F7F7F7")
OTHER_MONTH_SHADE = QColor("#FBFBFB")
GRID_LINE = QColor("#DADCE0")
TODAY_ACCENT = QColor("#B01E23")
HOLIDAY_TEXT = QColor("#B3261E")
WORKDAY_BADGE = QColor("#5F6368")
MUTED_TEXT = QColor("#9AA0A6")


def grid_start(year: int, month: int) -> date:
    """The Monday on or before the 1st: the grid's first day."""
    first = date(year, month, 1)
    return first - timedelta(days=first.weekday())


def grid_days(year: int, month: int) -> list[date]:
    start = grid_start(year, month)
    return [start + timedelta(days=offset) for offset in range(WEEKS * 7)]


def requirement_chip_text(entry: CalendarEntry) -> str:
    task = entry.task
    return f"{task.number}. {task.text}" if task.number else task.text


@dataclass(frozen=True, slots=True)
class _Hit:
    rect: QRect
    entry: CalendarEntry | None  # None: the "+N" line of a full day
    day: date


class MonthGrid(QWidget):
    chip_clicked = Signal(object)  # CalendarEntry
    chip_menu_requested = Signal(object, QPoint)  # CalendarEntry, global position
    more_clicked = Signal(object, QPoint)  # date whose chips did not all fit, global position

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("monthGrid")
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.year, self.month = date.today().year, date.today().month
        self.today = date.today()
        self.entries: dict[date, list[CalendarEntry]] = {}
        self.special_days: dict[date, HolidayDay] = {}
        # Weekday heads and the 休/班 badges in the UI language, for every grid alike.
        self.weekday_names: list[str] = [
            self.tr("Mon"),
            self.tr("Tue"),
            self.tr("Wed"),
            self.tr("Thu"),
            self.tr("Fri"),
            self.tr("Sat"),
            self.tr("Sun"),
        ]
        self.more_text = "+{count}"
        self.rest_badge = self.tr("off", "holiday badge")
        self.work_badge = self.tr("work", "make-up workday badge")
        self._hits: list[_Hit] = []
        # The calendar view sets these: it knows the translated words for a tooltip,
        # and how a chip that is not a requirement's (a request's reply limit) reads.
        self.describe: Callable[[CalendarEntry], str] = lambda entry: entry.task.text
        self.chip_text: Callable[[CalendarEntry], str] = requirement_chip_text

    # ------------------------------------------------------------------ data
    def set_month(
        self,
        year: int,
        month: int,
        entries: list[CalendarEntry],
        special_days: dict[date, HolidayDay],
        today: date,
    ) -> None:
        self.year, self.month, self.today = year, month, today
        self.entries = {}
        for entry in entries:
            self.entries.setdefault(entry.due, []).append(entry)
        self.special_days = special_days
        self.update()

    def entries_on(self, day: date) -> list[CalendarEntry]:
        return list(self.entries.get(day, ()))

    def chip_rects(self) -> list[tuple[QRect, CalendarEntry]]:
        """Where each visible chip was painted (after the last paint)."""
        return [(hit.rect, hit.entry) for hit in self._hits if hit.entry is not None]

    def sizeHint(self) -> QSize:
        return QSize(840, 620)

    def minimumSizeHint(self) -> QSize:
        return QSize(490, 380)

    # ------------------------------------------------------------------ geometry
    def _header_height(self) -> int:
        return self.fontMetrics().height() + 8

    def cell_rect(self, index: int) -> QRect:
        top = self._header_height()
        width, height = self.width() - 1, self.height() - top - 1
        column, row = index % 7, index // 7
        x0, x1 = column * width // 7, (column + 1) * width // 7
        y0, y1 = top + row * height // WEEKS, top + (row + 1) * height // WEEKS
        return QRect(x0, y0, x1 - x0, y1 - y0)

    def day_rect(self, day: date) -> QRect | None:
        offset = (day - grid_start(self.year, self.month)).days
        return self.cell_rect(offset) if 0 <= offset < WEEKS * 7 else None

    # ------------------------------------------------------------------ painting
    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("#FFFFFF"))
        self._hits = []
        self._paint_header(painter)
        for index, day in enumerate(grid_days(self.year, self.month)):
            self._paint_day(painter, self.cell_rect(index), day)
        painter.end()

    def _paint_header(self, painter: QPainter) -> None:
        height = self._header_height()
        painter.fillRect(QRect(0, 0, self.width(), height), QColor("#F3F3F3"))
        painter.setPen(QColor("#3C4043"))
        for column, name in enumerate(self.weekday_names):
            rect = self.cell_rect(column)
            painter.drawText(
                QRect(rect.left(), 0, rect.width(), height), Qt.AlignmentFlag.AlignCenter, name
            )

    def _paint_day(self, painter: QPainter, rect: QRect, day: date) -> None:
        special = self.special_days.get(day)
        in_month = day.month == self.month
        if special is not None and not special.is_workday:
            painter.fillRect(rect, HOLIDAY_SHADE)
        elif not in_month:
            painter.fillRect(rect, OTHER_MONTH_SHADE)
        elif day.weekday() >= 5 and not (special and special.is_workday):
            painter.fillRect(rect, WEEKEND_SHADE)
        painter.setPen(QPen(GRID_LINE, 1))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(rect)
        metrics = self.fontMetrics()
        line = metrics.height() + 4
        number_rect = QRect(
            rect.left() + 4, rect.top() + 2, metrics.horizontalAdvance("00") + 8, line
        )
        if day == self.today:
            painter.setPen(QPen(TODAY_ACCENT, 2))
            painter.drawRect(rect.adjusted(1, 1, -1, -1))
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(TODAY_ACCENT)
            painter.drawRoundedRect(number_rect, 4, 4)
            painter.setPen(QColor("#FFFFFF"))
        else:
            painter.setPen(QColor("#202124") if in_month else MUTED_TEXT)
        painter.drawText(number_rect, Qt.AlignmentFlag.AlignCenter, str(day.day))
        if special is not None:
            self._paint_special(painter, rect, number_rect, special, in_month)
        self._paint_chips(painter, rect, day, rect.top() + line + 3)

    def _paint_special(
        self,
        painter: QPainter,
        rect: QRect,
        number_rect: QRect,
        special: HolidayDay,
        in_month: bool,
    ) -> None:
        small = QFont(self.font())
        small.setPointSizeF(max(7.0, self.font().pointSizeF() - 1.5))
        painter.setFont(small)
        metrics = QFontMetrics(small)
        badge_text = self.work_badge if special.is_workday else self.rest_badge
        badge_size = metrics.height() + 2
        badge_width = max(badge_size, metrics.horizontalAdvance(badge_text) + 6)  # "off" in English
        badge_left = rect.right() - badge_width - 3
        badge = QRect(badge_left, number_rect.top() + 1, badge_width, badge_size)
        painter.setPen(Qt.PenStyle.NoPen)
        badge_colour = WORKDAY_BADGE if special.is_workday else HOLIDAY_TEXT
        if not in_month:
            badge_colour = MUTED_TEXT
        painter.setBrush(badge_colour)
        painter.drawRoundedRect(badge, 3, 3)
        painter.setPen(QColor("#FFFFFF"))
        painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, badge_text)
        name_left = number_rect.right() + 4
        name_rect = QRect(name_left, number_rect.top(), badge.left() - name_left - 3, badge_size)
        if special.name and name_rect.width() > metrics.horizontalAdvance("国"):
            painter.setPen(HOLIDAY_TEXT if not special.is_workday else WORKDAY_BADGE)
            text = metrics.elidedText(special.name, Qt.TextElideMode.ElideRight, name_rect.width())
            painter.drawText(
                name_rect, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, text
            )
        painter.setFont(self.font())

    def _paint_chips(self, painter: QPainter, rect: QRect, day: date, top: int) -> None:
        entries = self.entries.get(day, [])
        if not entries:
            return
        chip_font = QFont(self.font())
        chip_font.setPointSizeF(max(7.5, self.font().pointSizeF() - 1))
        painter.setFont(chip_font)
        metrics = QFontMetrics(chip_font)
        chip_height = metrics.height() + 4
        room = (rect.bottom() - 3 - top) // (chip_height + 2)
        shown = entries if len(entries) <= room else entries[: max(room - 1, 0)]
        for entry in shown:
            chip = QRect(rect.left() + 3, top, rect.width() - 6, chip_height)
            self._paint_chip(painter, chip, entry, metrics)
            self._hits.append(_Hit(chip, entry, day))
            top += chip_height + 2
        hidden = len(entries) - len(shown)
        if hidden:
            more = QRect(rect.left() + 3, top, rect.width() - 6, chip_height)
            painter.setPen(QColor("#1A73E8"))
            painter.drawText(
                more.adjusted(6, 0, 0, 0),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                self.more_text.format(count=hidden),
            )
            self._hits.append(_Hit(more, None, day))
        painter.setFont(self.font())

    def _paint_chip(
        self, painter: QPainter, chip: QRect, entry: CalendarEntry, metrics: QFontMetrics
    ) -> None:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(CHIP_BACKGROUND[entry.alert])
        painter.drawRoundedRect(chip, 3, 3)
        painter.setBrush(CHIP_BAR[entry.alert])
        painter.drawRoundedRect(QRect(chip.left(), chip.top(), 4, chip.height()), 2, 2)
        text = self.chip_text(entry)
        text_rect = chip.adjusted(8, 0, -3, 0)
        painter.setPen(CHIP_FOREGROUND[entry.alert])
        elided = metrics.elidedText(text, Qt.TextElideMode.ElideRight, text_rect.width())
        painter.drawText(
            text_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, elided
        )

    # ------------------------------------------------------------------ mouse
    def hit_at(self, pos: QPoint) -> tuple[CalendarEntry | None, date | None]:
        for hit in self._hits:
            if hit.rect.contains(pos):
                return hit.entry, hit.day
        return None, None

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() is not Qt.MouseButton.LeftButton:
            return super().mouseReleaseEvent(event)
        entry, day = self.hit_at(event.position().toPoint())
        if entry is not None:
            self.chip_clicked.emit(entry)
        elif day is not None:
            self.more_clicked.emit(day, event.globalPosition().toPoint())
        return None

    def contextMenuEvent(self, event) -> None:
        entry, _day = self.hit_at(event.pos())
        if entry is not None:
            self.chip_menu_requested.emit(entry, event.globalPos())

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        entry, _day = self.hit_at(event.position().toPoint())
        cursor = Qt.CursorShape.PointingHandCursor if entry else Qt.CursorShape.ArrowCursor
        self.setCursor(cursor)
        super().mouseMoveEvent(event)

    def event(self, event) -> bool:
        if event.type() == event.Type.ToolTip:
            entry, day = self.hit_at(event.pos())
            tip = self.describe(entry) if entry else ""
            if not tip and day is not None:  # the "+N" line: every chip of the day
                tip = "\n".join(self.describe(e).split("\n")[0] for e in self.entries_on(day))
            if tip:
                QToolTip.showText(event.globalPos(), tip, self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)
