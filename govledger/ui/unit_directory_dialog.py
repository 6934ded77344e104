"""单位目录: every unit named in the ledger, how often, its kind, renaming and merging.

Merging 法制科 into 法规科 (the same office under two names) rewrites every task that
names it — one undoable step, like a rename. A unit's kind (科室, 基层单位, 事业单位)
says which collective names reach it: "局各科室" stands for every 科室, so the
directory shows such a name as what it stands for, not as a unit of its own.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
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
    QStyledItemDelegate,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from govledger.domain.changes import ChangeSet
from govledger.domain.model import Unit
from govledger.domain.unit_kinds import UnitKind, collective, kind_of
from govledger.ui.appearance import style_hint
from govledger.ui.session import LedgerSession
from govledger.ui.window_geometry import fit_to_screen

AnyIndex = QModelIndex | QPersistentModelIndex
NAME, KIND, TASKS = range(3)


def kind_name(kind: UnitKind) -> str:
    return {
        UnitKind.UNKNOWN: QCoreApplication.translate("UnitDirectory", "Not set"),
        UnitKind.OFFICE: QCoreApplication.translate("UnitDirectory", "Internal office (科室)"),
        UnitKind.GRASSROOTS: QCoreApplication.translate(
            "UnitDirectory", "Grassroots unit (基层单位)"
        ),
        UnitKind.INSTITUTION: QCoreApplication.translate(
            "UnitDirectory", "Public institution (事业单位)"
        ),
    }[kind]


def unit_kind(unit: Unit) -> UnitKind:
    return kind_of(unit.kind)


class KindDelegate(QStyledItemDelegate):
    """A unit's kind is chosen from a list, in the table itself."""

    def createEditor(self, parent: QWidget, option: Any, index: AnyIndex) -> QWidget:
        combo = QComboBox(parent)
        for kind in UnitKind:
            combo.addItem(kind_name(kind), str(kind))
        return combo

    def setEditorData(self, editor: QWidget, index: AnyIndex) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(editor.findData(index.data(Qt.ItemDataRole.EditRole)))

    def setModelData(self, editor: QWidget, model: Any, index: AnyIndex) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


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
        return 3

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Unit"), self.tr("Kind"), self.tr("Tasks"))[section]
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        unit = self.units[index.row()]
        column = index.column()
        stands_for = collective(unit.name)
        if role == Qt.ItemDataRole.DisplayRole and column == KIND:
            if stands_for is not None:
                return self.tr("Stands for: {kind}").format(kind=kind_name(stands_for.kind))
            return kind_name(unit_kind(unit))
        if role == Qt.ItemDataRole.EditRole and column == KIND:
            return unit.kind
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return unit.name if column == NAME else self.usage.get(unit.id, 0)
        if role == Qt.ItemDataRole.ToolTipRole and column == KIND and stands_for is not None:
            return self.tr(
                "A collective name: filters, unit packages and reminder sheets reach every "
                "unit of this kind instead (其他…: those not named beside it)."
            )
        if role == Qt.ItemDataRole.TextAlignmentRole and column == TASKS:
            return Qt.AlignmentFlag.AlignCenter
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.column() == NAME:
            return flags | Qt.ItemFlag.ItemIsEditable
        if index.column() == KIND and collective(self.units[index.row()].name) is None:
            return flags | Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        if index.column() == KIND:
            return self.set_kind(index.row(), UnitKind(value))
        if index.column() != NAME:
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

    def set_kind(self, row: int, kind: UnitKind) -> bool:
        unit = self.units[row]
        if unit.kind == str(kind) or collective(unit.name) is not None:
            return False
        result = self.session.perform(
            self.tr("Set the kind of “{name}”").format(name=unit.name),
            lambda: self.session.ledger.set_unit_kind(unit.id, kind),
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
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(KIND, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(TASKS, QHeaderView.ResizeMode.ResizeToContents)
        self.kind_delegate = KindDelegate(self.table)
        self.table.setItemDelegateForColumn(KIND, self.kind_delegate)
        hint = QLabel(
            self.tr(
                "Double-click a name to rename it everywhere, or a kind to change it: "
                "“各科室” reaches every internal office. To merge units that are the "
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
        fit_to_screen(self, (600, 520))
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
