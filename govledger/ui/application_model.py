"""The 依申请公开 register as a table: one row per request, its reply limit as a traffic light.

The 答复期限 and 状态 cells wear the plan tree's colours (task_cells.py): red once the
limit has passed unanswered, yellow within the warning window (counted in working
days, as the limit is), green once replied. The year shown holds the requests
received in it and those carried into it (上年结转).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QWidget

from govledger.domain import annual_report_format as fmt
from govledger.domain.applications import (
    Application,
    ReplyLimit,
    replied_late,
    reply_alert,
    reply_limit,
    workdays_left,
)
from govledger.domain.changes import ChangeSet
from govledger.domain.status_rules import Alert
from govledger.ui.labels import workdays_phrase
from govledger.ui.session import LedgerSession
from govledger.ui.task_cells import alert_brush, alert_icon

AnyIndex = QModelIndex | QPersistentModelIndex
# Tables whose change can add, move or recolour a row.


class RegisterColumn(IntEnum):
    NUMBER = 0
    RECEIVED = 1
    APPLICANT = 2
    CHANNEL = 3
    CONTENT = 4
    STEP = 5
    DEADLINE = 6
    STATE = 7
    OUTCOME = 8
    DOCUMENTS = 9


class ApplicationTableModel(QAbstractTableModel):
    IdRole = Qt.ItemDataRole.UserRole
    AlertRole = Qt.ItemDataRole.UserRole + 1

    def __init__(
        self,
        session: LedgerSession,
        parent: QWidget | None = None,
        *,
        warning_days: int = 7,
        today: Callable[[], date] = date.today,
    ):
        super().__init__(parent)
        self.session = session
        self.warning_days = warning_days
        self.today = today
        self.year = today().year
        self.rows: list[tuple[Application, ReplyLimit, Alert]] = []
        self.documents: dict[int, int] = {}
        session.changed.connect(self._on_changed)
        self.reload()

    def set_year(self, year: int) -> None:
        self.year = year
        self.reload()

    def reload(self) -> None:
        ledger = self.session.ledger
        calendar = ledger.reply_calendar()
        today = self.today()
        self.beginResetModel()
        self.rows = []
        for application in ledger.applications(self.year):
            limit = reply_limit(application, calendar)
            light = reply_alert(application, limit, today, self.warning_days, calendar)
            self.rows.append((application, limit, light))
        self._left = {
            application.id: workdays_left(limit, today, calendar)
            for application, limit, _light in self.rows
        }
        self.documents = ledger.document_counts()
        self.endResetModel()

    def _on_changed(self, changes: ChangeSet) -> None:
        if changes.register_changed:
            self.reload()

    def application_at(self, row: int) -> Application | None:
        return self.rows[row][0] if 0 <= row < len(self.rows) else None

    def row_of(self, application_id: int) -> int:
        return next((i for i, (a, _l, _s) in enumerate(self.rows) if a.id == application_id), -1)

    def counts(self) -> dict[Alert, int]:
        result: dict[Alert, int] = {}
        for _application, _limit, light in self.rows:
            result[light] = result.get(light, 0) + 1
        return result

    # ------------------------------------------------------------ Qt model
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return len(RegisterColumn)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            self.tr("No."),
            self.tr("Received"),
            self.tr("Applicant"),
            self.tr("Channel"),
            self.tr("Request"),
            self.tr("Step"),
            self.tr("Reply due"),
            self.tr("State"),
            self.tr("Outcome"),
            self.tr("Documents"),
        )[section]

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        application, limit, light = self.rows[index.row()]
        column = RegisterColumn(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(application, limit, column)
        if role == self.IdRole:
            return application.id
        if role == self.AlertRole:
            return light
        if column in (RegisterColumn.DEADLINE, RegisterColumn.STATE):
            if role == Qt.ItemDataRole.BackgroundRole:
                return alert_brush("background", light)
            if role == Qt.ItemDataRole.ForegroundRole:
                return alert_brush("foreground", light)
            if role == Qt.ItemDataRole.DecorationRole and column == RegisterColumn.DEADLINE:
                return alert_icon(light)
            if role == Qt.ItemDataRole.ToolTipRole:
                return self._limit_tooltip(application, limit)
        if role == Qt.ItemDataRole.ToolTipRole and column == RegisterColumn.CONTENT:
            return application.content
        if role == Qt.ItemDataRole.ToolTipRole and column == RegisterColumn.OUTCOME:
            return fmt.outcome_label(application.outcome) if application.outcome else None
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (
            RegisterColumn.RECEIVED,
            RegisterColumn.STEP,
            RegisterColumn.DOCUMENTS,
        ):
            return Qt.AlignmentFlag.AlignCenter
        return None

    def _text(self, application: Application, limit: ReplyLimit, column: RegisterColumn) -> str:
        if column is RegisterColumn.NUMBER:
            return application.number
        if column is RegisterColumn.RECEIVED:
            return application.received_on.isoformat()
        if column is RegisterColumn.APPLICANT:
            kind = fmt.label_of(fmt.APPLICANT_TYPES, application.applicant_type)
            name = application.applicant_name
            return f"{name}（{kind}）" if name else kind
        if column is RegisterColumn.CHANNEL:
            return fmt.label_of(fmt.CHANNELS, application.channel)
        if column is RegisterColumn.CONTENT:
            return " ".join(application.content.split())
        if column is RegisterColumn.STEP:
            return fmt.label_of(fmt.STEPS, application.step)
        if column is RegisterColumn.DEADLINE:
            due = limit.final_due.isoformat()
            return self.tr("{date} (extended)").format(date=due) if limit.extended_due else due
        if column is RegisterColumn.STATE:
            return self._state(application, limit)
        if column is RegisterColumn.OUTCOME:
            return fmt.outcome_label(application.outcome) if application.outcome else ""
        count = self.documents.get(application.id, 0)
        return str(count) if count else ""

    def _state(self, application: Application, limit: ReplyLimit) -> str:
        if application.replied_on is not None:
            if replied_late(application, limit):
                return self.tr("Replied late")
            return self.tr("Replied")
        return workdays_phrase(self._left.get(application.id, 0))

    def _limit_tooltip(self, application: Application, limit: ReplyLimit) -> str:
        lines = [
            self.tr("Counted from {date}").format(date=limit.start.isoformat()),
            self.tr("Statutory limit: {date} ({days} working days)").format(
                date=limit.due.isoformat(), days=fmt.REPLY_WORKDAYS
            ),
        ]
        if limit.extended_due is not None and application.extended_on is not None:
            lines.append(
                self.tr("Extended on {on} by {days} working days, to {date}").format(
                    on=application.extended_on.isoformat(),
                    days=application.extension_workdays,
                    date=limit.extended_due.isoformat(),
                )
            )
            if limit.extension_late:
                lines.append(self.tr("The extension was decided after the limit had passed."))
        if application.replied_on is not None:
            lines.append(
                self.tr("Replied on {date}").format(date=application.replied_on.isoformat())
            )
        return "\n".join(lines)
