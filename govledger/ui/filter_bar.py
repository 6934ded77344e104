"""The bar above the tree: search box, unit and role, statuses, due range, my unit.

It only gathers what the clerk chose into a FilterCriteria; the proxy does the work.
Typing in the search box answers after a 150 ms pause, so a fast typist does not
refilter on every keystroke.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QResizeEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from govledger.domain.model import Status
from govledger.ui.labels import status_name, unit_role_name
from govledger.ui.plan_index import FilterCriteria
from govledger.ui.typed_date_edit import TypedDateEdit

SEARCH_DELAY_MS = 150
FILTER_STATUSES = (
    Status.OVERDUE,
    Status.NOT_STARTED,
    Status.IN_PROGRESS,
    Status.DONE,
    Status.NOT_APPLICABLE,
)


class FilterBar(QWidget):
    criteria_changed = Signal(object)  # FilterCriteria

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.my_unit = ""
        self.search_edit = QLineEdit(self)
        self.search_edit.setPlaceholderText(
            self.tr("Search tasks, units and progress notes (Ctrl+F)")
        )
        self.search_edit.setClearButtonEnabled(True)
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._changed)
        self.search_edit.textChanged.connect(lambda _t: self._search_timer.start())
        self.search_edit.returnPressed.connect(self._changed)

        self.my_unit_box = QCheckBox(self.tr("My unit only"), self)
        self.my_unit_box.toggled.connect(self._my_unit_toggled)
        self.clear_button = QPushButton(self.tr("Clear filters"), self)
        self.clear_button.clicked.connect(self.clear)

        self.unit_combo = QComboBox(self)
        self.unit_combo.setMinimumContentsLength(8)
        self.unit_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.unit_combo.activated.connect(lambda _i: self._changed())
        self.role_combo = QComboBox(self)
        for role in ("any", "lead", "co"):
            self.role_combo.addItem(unit_role_name(role), role)
        self.role_combo.activated.connect(lambda _i: self._changed())

        self.status_button = QToolButton(self)
        self.status_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.status_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        menu = QMenu(self)
        self.status_actions: dict[Status, QAction] = {}
        for status in FILTER_STATUSES:
            action = menu.addAction(status_name(status))
            action.setCheckable(True)
            action.toggled.connect(lambda _on: self._changed())
            self.status_actions[status] = action
        menu.addSeparator()
        self.lacks_evidence_action = menu.addAction(self.tr("Done without evidence"))
        self.lacks_evidence_action.setCheckable(True)
        self.lacks_evidence_action.toggled.connect(lambda _on: self._changed())
        self.status_button.setMenu(menu)

        self.due_box = QCheckBox(self.tr("Due"), self)
        self.due_from = self._date_edit()
        self.due_to = self._date_edit()
        self.due_box.toggled.connect(self._due_toggled)
        self._due_toggled(False)

        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.search_edit, 1)
        top.addWidget(self.my_unit_box)
        top.addWidget(self.clear_button)
        bottom = QHBoxLayout()
        bottom.setContentsMargins(0, 0, 0, 0)
        bottom.addWidget(QLabel(self.tr("Unit"), self))
        bottom.addWidget(self.unit_combo, 1)
        bottom.addWidget(self.role_combo)
        bottom.addSpacing(8)
        bottom.addWidget(QLabel(self.tr("Status"), self))
        bottom.addWidget(self.status_button)
        bottom.addSpacing(8)
        # The due range: at the end of the second row, or a row of its own when the bar
        # is narrow (1366×768 at 150 %, the detail panel beside it).
        self.due_group = QWidget(self)
        due_row = QHBoxLayout(self.due_group)
        due_row.setContentsMargins(0, 0, 0, 0)
        due_row.addWidget(self.due_box)
        due_row.addWidget(self.due_from)
        due_row.addWidget(QLabel("–", self))
        due_row.addWidget(self.due_to)
        due_row.addStretch(1)
        bottom.addWidget(self.due_group)
        self.bottom_row = bottom
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 4)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addLayout(bottom)
        self.set_units([])
        self._update_status_text()

    # ------------------------------------------------------------ reflow
    def _one_row_width(self) -> int:
        """The least width that holds the unit, role, status and due range on one row."""
        row = self.bottom_row
        width = row.minimumSize().width()
        if row.indexOf(self.due_group) < 0:
            width += row.spacing() + self.due_group.minimumSizeHint().width()
        return width

    def minimumSizeHint(self) -> QSize:
        """As narrow as the bar is with the due range on a row of its own."""
        hint = super().minimumSizeHint()
        rows = (self.layout().itemAt(0).minimumSize(), self.due_group.minimumSizeHint())
        narrow = self.bottom_row.minimumSize().width()
        if self.bottom_row.indexOf(self.due_group) >= 0:
            narrow -= self.bottom_row.spacing() + self.due_group.minimumSizeHint().width()
        return QSize(max(narrow, *(size.width() for size in rows)), hint.height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._reflow()

    def _reflow(self) -> None:
        wrapped = self.bottom_row.indexOf(self.due_group) < 0
        wrap = self.width() < self._one_row_width()
        if wrap == wrapped:
            return
        layout = self.layout()
        if wrap:
            self.bottom_row.removeWidget(self.due_group)
            layout.addWidget(self.due_group)
        else:
            layout.removeWidget(self.due_group)
            self.bottom_row.addWidget(self.due_group)

    def _date_edit(self) -> TypedDateEdit:
        edit = TypedDateEdit(QDate.currentDate(), self)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.dateChanged.connect(lambda _d: self._changed())
        return edit

    # ------------------------------------------------------------ inputs
    def set_units(self, names: list[str]) -> None:
        current = self.unit_combo.currentData()
        self.unit_combo.blockSignals(True)
        self.unit_combo.clear()
        self.unit_combo.addItem(self.tr("All units"), "")
        for name in names:
            self.unit_combo.addItem(name, name)
        found = self.unit_combo.findData(current) if current else 0
        self.unit_combo.setCurrentIndex(max(found, 0))
        self.unit_combo.blockSignals(False)

    def set_my_unit(self, name: str) -> None:
        self.my_unit = name
        self.my_unit_box.setEnabled(bool(name))
        self.my_unit_box.setToolTip(
            self.tr("Show only the tasks of {unit}").format(unit=name)
            if name
            else self.tr("Set your unit in Settings first")
        )
        if not name:
            self.my_unit_box.setChecked(False)  # re-filters through its toggled signal
        elif self.my_unit_box.isChecked():
            self._changed()  # the filter is on: it now means another unit

    def set_year(self, year: int) -> None:
        """Start the due range on the plan's year."""
        self.due_from.blockSignals(True)
        self.due_to.blockSignals(True)
        self.due_from.setDate(QDate(year, 1, 1))
        self.due_to.setDate(QDate(year, 12, 31))
        self.due_from.blockSignals(False)
        self.due_to.blockSignals(False)

    def _my_unit_toggled(self, on: bool) -> None:
        self.unit_combo.setEnabled(not on)
        self._changed()

    def _due_toggled(self, on: bool) -> None:
        self.due_from.setEnabled(on)
        self.due_to.setEnabled(on)
        self._changed()

    def clear(self) -> None:
        for widget in (self.search_edit, self.unit_combo, self.role_combo, self.due_box):
            widget.blockSignals(True)
        self.search_edit.clear()
        self.unit_combo.setCurrentIndex(0)
        self.role_combo.setCurrentIndex(0)
        self.due_box.setChecked(False)
        self._due_toggled(False)
        for action in (*self.status_actions.values(), self.lacks_evidence_action):
            action.blockSignals(True)
            action.setChecked(False)
            action.blockSignals(False)
        for widget in (self.search_edit, self.unit_combo, self.role_combo, self.due_box):
            widget.blockSignals(False)
        self.my_unit_box.setChecked(False)
        self._changed()

    # ------------------------------------------------------------ output
    def criteria(self) -> FilterCriteria:
        unit = self.my_unit if self.my_unit_box.isChecked() else self.unit_combo.currentData()
        role = "any" if self.my_unit_box.isChecked() else self.role_combo.currentData()
        due_from: date | None = None
        due_to: date | None = None
        if self.due_box.isChecked():
            due_from = self.due_from.date().toPython()
            due_to = self.due_to.date().toPython()
        return FilterCriteria(
            text=self.search_edit.text().strip(),
            unit=unit or "",
            unit_role=role or "any",
            statuses=frozenset(s for s, a in self.status_actions.items() if a.isChecked()),
            due_from=due_from,
            due_to=due_to,
            lacks_evidence=self.lacks_evidence_action.isChecked(),
        )

    def _update_status_text(self) -> None:
        chosen = [status_name(s) for s, a in self.status_actions.items() if a.isChecked()]
        if self.lacks_evidence_action.isChecked():
            chosen.append(self.lacks_evidence_action.text())
        text = "、".join(chosen) if chosen else self.tr("All statuses")
        self.status_button.setText(text)
        # room for the text and the menu arrow, so neither is clipped
        self.status_button.setMinimumWidth(self.fontMetrics().horizontalAdvance(text) + 34)

    def _changed(self) -> None:
        self._search_timer.stop()
        self._update_status_text()
        self.criteria_changed.emit(self.criteria())
