"""依申请公开登记: the year's requests with their reply limits, and the moves on them.

A non-modal window beside the main one: register a request, edit it, advance it a
step, extend its limit, delete it. Every move is an undoable step on the session's
undo stack (Ctrl+Z in the main window undoes it too).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from govledger.domain.applications import Application
from govledger.domain.status_rules import Alert
from govledger.ui.application_dialog import ApplicationDialog
from govledger.ui.application_model import ApplicationTableModel, RegisterColumn
from govledger.ui.application_steps import AdvanceDialog, ExtendDialog
from govledger.ui.session import LedgerSession
from govledger.ui.window_geometry import fit_to_screen


class ApplicationRegisterWindow(QDialog):
    def __init__(
        self,
        session: LedgerSession,
        parent: QWidget | None = None,
        *,
        warning_days: int = 7,
        today: Callable[[], date] = date.today,
    ):
        super().__init__(parent)
        self.setObjectName("applicationRegister")
        self.session = session
        self.today = today
        self.setWindowTitle(self.tr("Information requests register (依申请公开)"))
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.model = ApplicationTableModel(session, self, warning_days=warning_days, today=today)
        self.year_combo = QComboBox(self)
        self.year_combo.currentIndexChanged.connect(lambda _i: self._year_chosen())
        self.summary = QLabel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(RegisterColumn.CONTENT, QHeaderView.ResizeMode.Stretch)
        # Outcome labels run to 40 characters: a fixed width, elided, the whole in the tooltip.
        header.setSectionResizeMode(RegisterColumn.OUTCOME, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(
            RegisterColumn.OUTCOME, self.fontMetrics().horizontalAdvance("字" * 16)
        )
        header.setMinimumSectionSize(48)
        self.table.doubleClicked.connect(lambda _index: self.edit_current())

        self.add_button = QPushButton(self.tr("&Register request…"), self)
        self.edit_button = QPushButton(self.tr("&Edit…"), self)
        self.advance_button = QPushButton(self.tr("&Next step…"), self)
        self.extend_button = QPushButton(self.tr("E&xtend…"), self)
        self.delete_button = QPushButton(self.tr("&Delete"), self)
        # Enter in the table must not press the first button of this dialog window.
        for button in (
            self.add_button,
            self.edit_button,
            self.advance_button,
            self.extend_button,
            self.delete_button,
        ):
            button.setAutoDefault(False)
        self.add_button.clicked.connect(lambda: self.register_request())
        self.edit_button.clicked.connect(lambda: self.edit_current())
        self.advance_button.clicked.connect(lambda: self.advance_current())
        self.extend_button.clicked.connect(lambda: self.extend_current())
        self.delete_button.clicked.connect(lambda: self.delete_current())
        QShortcut(QKeySequence("Insert"), self, self.register_request)

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Year"), self))
        top.addWidget(self.year_combo)
        top.addSpacing(12)
        top.addWidget(self.summary, 1)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.advance_button, self.extend_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        self.model.modelReset.connect(self._after_reload)
        self._fill_years(today().year)
        fit_to_screen(self, (1180, 620))

    # ------------------------------------------------------------ years
    def _fill_years(self, prefer: int) -> None:
        years = set(self.session.ledger.report_years()) | {self.today().year, prefer}
        self.year_combo.blockSignals(True)
        self.year_combo.clear()
        for year in sorted(years, reverse=True):
            self.year_combo.addItem(str(year), year)
        self.year_combo.setCurrentIndex(self.year_combo.findData(prefer))
        self.year_combo.blockSignals(False)
        self._year_chosen()

    def set_year(self, year: int) -> None:
        if self.year_combo.findData(year) < 0:
            self._fill_years(year)
        self.year_combo.setCurrentIndex(self.year_combo.findData(year))

    def _year_chosen(self) -> None:
        year = self.year_combo.currentData()
        if year is not None and year != self.model.year:
            self.model.set_year(year)
        self._after_reload()

    def _after_reload(self) -> None:
        counts = self.model.counts()
        # A reply sent late is red but no longer awaited: count requests, not lights.
        open_count = sum(
            1 for application, _limit, _light in self.model.rows if not application.replied
        )
        self.summary.setText(
            self.tr(
                "{total} requests · {open} awaiting a reply · {overdue} overdue · {soon} due soon"
            ).format(
                total=self.model.rowCount(),
                open=open_count,
                overdue=counts.get(Alert.OVERDUE, 0),
                soon=counts.get(Alert.DUE_SOON, 0),
            )
        )
        self._update_buttons()

    # ------------------------------------------------------------ selection
    def current_application(self) -> Application | None:
        index = self.table.currentIndex()
        return self.model.application_at(index.row()) if index.isValid() else None

    def select(self, application_id: int) -> bool:
        row = self.model.row_of(application_id)
        if row < 0:
            return False
        self.table.selectRow(row)
        self.table.setCurrentIndex(self.model.index(row, 0))
        return True

    def _update_buttons(self) -> None:
        application = self.current_application()
        chosen = application is not None
        for button in (self.edit_button, self.extend_button, self.delete_button):
            button.setEnabled(chosen)
        self.advance_button.setEnabled(chosen and application.next_step is not None)
        self.extend_button.setEnabled(chosen and application.replied_on is None)

    # ------------------------------------------------------------ moves
    def register_request(self) -> ApplicationDialog:
        dialog = ApplicationDialog(self.session, None, self)
        dialog.accepted.connect(lambda: self._registered(dialog))
        dialog.open()
        return dialog

    def _registered(self, dialog: ApplicationDialog) -> None:
        if dialog.saved_id is None:
            return
        application = self.session.ledger.application(dialog.saved_id)
        self.set_year(application.received_on.year)
        self.select(application.id)

    def edit_current(self) -> ApplicationDialog | None:
        application = self.current_application()
        if application is None:
            return None
        dialog = ApplicationDialog(self.session, application, self)
        dialog.accepted.connect(lambda: self.select(application.id))
        dialog.open()
        return dialog

    def advance_current(self, on: date | None = None) -> AdvanceDialog | None:
        application = self.current_application()
        if application is None or application.next_step is None:
            return None
        dialog = AdvanceDialog(self.session, application, self, on=on)
        dialog.accepted.connect(lambda: self.select(application.id))
        dialog.open()
        return dialog

    def extend_current(self) -> ExtendDialog | None:
        application = self.current_application()
        if application is None:
            return None
        dialog = ExtendDialog(self.session, application, self)
        dialog.accepted.connect(lambda: self.select(application.id))
        dialog.open()
        return dialog

    def delete_current(self, *, confirm: bool = True) -> bool:
        application = self.current_application()
        if application is None:
            return False
        if confirm:
            answer = QMessageBox.question(
                self,
                self.tr("Delete request"),
                self.tr("Delete request {number} and its documents? (Undo brings it back.)").format(
                    number=application.number
                ),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return False
        application_id = application.id
        changes = self.session.perform(
            self.tr("Delete request {number}").format(number=application.number),
            lambda: self.session.ledger.delete_application(application_id),
        )
        return changes is not None

    def index_of(self, application_id: int, column: RegisterColumn) -> QModelIndex:
        return self.model.index(self.model.row_of(application_id), column)
