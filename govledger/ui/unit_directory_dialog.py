"""单位目录: every unit named in the ledger, how often, and renaming or merging them.

Merging 法制科 into 法规科 (the same office under two names) rewrites every task that
names it — one undoable step, like a rename.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from govledger.domain.changes import ChangeSet
from govledger.domain.model import Unit
from govledger.ui.appearance import style_hint
from govledger.ui.session import LedgerSession
from govledger.ui.window_geometry import fit_to_screen

AnyIndex = QModelIndex | QPersistentModelIndex


class UnitTableModel(QAbstractTableModel):
    def __init__(self, session: LedgerSession, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.units: list[Unit] = []
        self.usage: dict[int, int] = {}
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self.units = self.session.ledger.units()
        self.usage = self.session.ledger.unit_usage()
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.units)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 2

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Unit"), self.tr("Tasks"))[section]
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        unit = self.units[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return unit.name if index.column() == 0 else self.usage.get(unit.id, 0)
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 1:
            return Qt.AlignmentFlag.AlignCenter
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        flags = super().flags(index)
        return flags | Qt.ItemFlag.ItemIsEditable if index.column() == 0 else flags

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or index.column() != 0 or role != Qt.ItemDataRole.EditRole:
            return False
        unit = self.units[index.row()]
        name = str(value).strip()
        if not name or name == unit.name:
            return False
        result = self.session.perform(
            self.tr("Rename unit “{old}” to “{new}”").format(old=unit.name, new=name),
            lambda: self.session.ledger.rename_unit(unit.id, name),
        )
        return result is not None


class UnitDirectoryDialog(QDialog):
    def __init__(self, session: LedgerSession, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("Unit directory"))
        self.model = UnitTableModel(session, self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        hint = QLabel(
            self.tr(
                "Double-click a name to rename it everywhere. To merge units that are the "
                "same office, select them, choose the name to keep and press Merge."
            ),
            self,
        )
        hint.setWordWrap(True)
        style_hint(hint)
        self.target_combo = QComboBox(self)
        self.target_combo.setMinimumContentsLength(10)
        self.merge_button = QPushButton(self.tr("Merge"), self)
        self.merge_button.clicked.connect(lambda: self.merge_selected())
        merge_row = QHBoxLayout()
        merge_row.addWidget(QLabel(self.tr("Merge selected into"), self))
        merge_row.addWidget(self.target_combo, 1)
        merge_row.addWidget(self.merge_button)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.table, 1)
        layout.addLayout(merge_row)
        layout.addWidget(buttons)
        fit_to_screen(self, (460, 520))
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())
        session.changed.connect(self._on_changed)
        self._selection_changed()

    def selected_units(self) -> list[Unit]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.model.units[row] for row in rows]

    def select_names(self, names: list[str]) -> None:
        selection = self.table.selectionModel()
        selection.clearSelection()
        flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        for row, unit in enumerate(self.model.units):
            if unit.name in names:
                selection.select(self.model.index(row, 0), flags)

    def _selection_changed(self) -> None:
        units = self.selected_units()
        self.target_combo.clear()
        # the most used name is the likeliest to keep
        for unit in sorted(units, key=lambda u: -self.model.usage.get(u.id, 0)):
            self.target_combo.addItem(unit.name, unit.id)
        self.merge_button.setEnabled(len(units) >= 2)

    def merge_selected(self, target_name: str | None = None) -> bool:
        units = self.selected_units()
        if len(units) < 2:
            return False
        if target_name is not None:
            self.target_combo.setCurrentIndex(self.target_combo.findText(target_name))
        target_id = self.target_combo.currentData()
        target = self.target_combo.currentText()
        sources = [unit.id for unit in units if unit.id != target_id]
        result = self.session.perform(
            self.tr("Merge units into “{name}”").format(name=target),
            lambda: self.session.ledger.merge_units(sources, target_id),
        )
        return result is not None

    def _on_changed(self, changes: ChangeSet) -> None:
        if changes.units_changed:
            self.model.reload()
            self._selection_changed()
