"""How one task looks in the tree: the cell texts, the traffic-light colours, tooltips.

Computed once per task and cached on the tree node (task_tree_model.py), so painting
a 100 000-row tree never recomputes a status or formats a date twice.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from functools import cache

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QIcon, QPainter, QPixmap

from govledger.domain.completeness import lacks_evidence
from govledger.domain.model import Status, Task, TaskCounts
from govledger.domain.status_rules import (
    Alert,
    alert,
    days_left,
    effective_status,
    rolled_up_status,
)
from govledger.ui.labels import (
    Column,
    join_units,
    recurrence_name,
    status_name,
    workdays_phrase,
)

# Traffic-light colours: soft backgrounds with dark, readable text (office-tool sober).
ALERT_BACKGROUND = {
    Alert.OVERDUE: QColor("#FBE3E4"),
    Alert.DUE_SOON: QColor("#FFF3CD"),
    Alert.DONE: QColor("#E3F3E1"),
    Alert.NOT_APPLICABLE: QColor("#EEEEEE"),
}
ALERT_FOREGROUND = {
    Alert.OVERDUE: QColor("#A4262C"),
    Alert.DUE_SOON: QColor("#7A5200"),
    Alert.DONE: QColor("#1E6B1E"),
    Alert.NOT_APPLICABLE: QColor("#6E6E6E"),
}
ALERT_DOT = {
    Alert.OVERDUE: QColor("#D13438"),
    Alert.DUE_SOON: QColor("#E8A317"),
    Alert.DONE: QColor("#2E9E2E"),
    Alert.NOT_APPLICABLE: QColor("#A0A0A0"),
    Alert.NONE: QColor("#9DB3CC"),
}
_brush_cache: dict[tuple[str, Alert], QBrush] = {}
_icon_cache: dict[Alert, QIcon] = {}


def alert_brush(kind: str, value: Alert) -> QBrush | None:
    colours = ALERT_BACKGROUND if kind == "background" else ALERT_FOREGROUND
    if value not in colours:
        return None
    key = (kind, value)
    if key not in _brush_cache:
        _brush_cache[key] = QBrush(colours[value])
    return _brush_cache[key]


def alert_icon(value: Alert) -> QIcon:
    """A small round traffic light for the status cell."""
    if value not in _icon_cache:
        pixmap = QPixmap(12, 12)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(ALERT_DOT[value])
        painter.drawEllipse(1, 1, 10, 10)
        painter.end()
        _icon_cache[value] = QIcon(pixmap)
    return _icon_cache[value]


@dataclass(frozen=True, slots=True)
class TaskCells:
    texts: tuple[str, ...]
    alert: Alert
    tooltip: str
    heading: bool = False
    lacks_evidence: bool = False  # done without evidence: flagged in the 佐证 column
    revision: int = 0  # of the task shown: an edit in the tree saves on this version


def requirement_cells(
    task: Task,
    evidence: int,
    today: date,
    warning_days: int,
    is_workday: Callable[[date], bool] | None = None,
) -> TaskCells:
    status = effective_status(task.status, task.due, today)
    light = alert(task.status, task.due, today, warning_days, is_workday)
    texts = [""] * len(Column)
    texts[Column.NUMBER] = task.number
    texts[Column.TEXT] = task.text
    texts[Column.LEAD] = join_units(task.lead_units)
    texts[Column.CO] = join_units(task.co_units)
    texts[Column.DEADLINE] = task.deadline_text or recurrence_name(task.recurrence)
    texts[Column.DUE] = task.due.isoformat() if task.due else ""
    texts[Column.STATUS] = status_name(status)
    texts[Column.PROGRESS] = f"{task.progress}%"
    texts[Column.EVIDENCE] = str(evidence) if evidence else ""
    return TaskCells(
        tuple(texts),
        light,
        _requirement_tooltip(task, light, today, is_workday),
        lacks_evidence=lacks_evidence(task.status, evidence),
        revision=task.revision,
    )


@cache  # drawn once, when the first flagged row is painted (a QGuiApplication exists)
def lacks_evidence_icon() -> QIcon:
    """A red exclamation mark: done, but nothing proves it yet."""
    pixmap = QPixmap(14, 14)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(ALERT_DOT[Alert.OVERDUE])
    painter.drawEllipse(0, 0, 14, 14)
    painter.setBrush(QColor("#FFFFFF"))
    painter.drawRoundedRect(6, 2, 2, 7, 1, 1)
    painter.drawEllipse(6, 10, 2, 2)
    painter.end()
    return QIcon(pixmap)


def lacks_evidence_tooltip() -> str:
    return QCoreApplication.translate("TaskCells", "Marked done, but no evidence is attached")


def _requirement_tooltip(
    task: Task, light: Alert, today: date, is_workday: Callable[[date], bool] | None
) -> str:
    lines = [task.text]
    if task.units_text:
        lines.append(
            QCoreApplication.translate("TaskCells", "Responsible: {units}").format(
                units=task.units_text
            )
        )
    if task.due and light in (Alert.OVERDUE, Alert.DUE_SOON):
        # counted as the banner and the calendar count (status_rules.days_left)
        lines.append(workdays_phrase(days_left(task.due, today, is_workday)))
    return "\n".join(lines)


def heading_cells(task: Task, counts: TaskCounts | None) -> TaskCells:
    texts = [""] * len(Column)
    # A heading's text already starts with its numbering (一、…), as printed.
    texts[Column.NUMBER] = "" if task.text.startswith(task.number) else task.number
    texts[Column.TEXT] = task.text
    light = Alert.NONE
    if counts is None:
        texts[Column.PROGRESS] = "…"  # roll-ups arrive with the complete index
        return TaskCells(tuple(texts), light, task.text, heading=True, revision=task.revision)
    texts[Column.PROGRESS] = f"{counts.done}/{counts.total}" if counts.total else ""
    # the heading's status as tasks --json and the printouts give it (status_rules)
    rolled = rolled_up_status(counts) if counts.total else None
    if rolled is Status.OVERDUE:
        texts[Column.STATUS] = QCoreApplication.translate("TaskCells", "{count} overdue").format(
            count=counts.by_status.get(Status.OVERDUE, 0)
        )
        light = Alert.OVERDUE
    elif rolled is Status.DONE:
        texts[Column.STATUS] = QCoreApplication.translate("TaskCells", "All done")
        light = Alert.DONE
    elif rolled is not None:
        texts[Column.STATUS] = status_name(rolled)
        light = Alert.NOT_APPLICABLE if rolled is Status.NOT_APPLICABLE else Alert.NONE
    tooltip = QCoreApplication.translate(
        "TaskCells", "{text}\n{done} of {total} requirements done"
    ).format(text=task.text, done=counts.done, total=counts.total)
    return TaskCells(tuple(texts), light, tooltip, heading=True, revision=task.revision)
