"""A line for unit names (办公室、法制科): completion from the unit directory, a
checklist to pick from, and free typing of new names."""

from __future__ import annotations

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QCompleter,
    QHBoxLayout,
    QLineEdit,
    QMenu,
    QToolButton,
    QWidget,
)

from govledger.ui.labels import UNIT_SEPARATOR, join_units, split_units


class _LastNameCompleter(QCompleter):
    """Completes only the name after the last separator, keeping the ones before."""

    def splitPath(self, path: str) -> list[str]:
        return [split_units(path + "x")[-1][:-1]] if path.strip() else [""]

    def pathFromIndex(self, index) -> str:
        done = split_units(self.widget().text())[:-1] if self.widget() else []
        return join_units([*done, str(index.data())])


class UnitPicker(QWidget):
    committed = Signal(list)  # the names, when the clerk finished changing them

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.line = QLineEdit(self)
        self.line.setPlaceholderText(self.tr("Type or pick units, separated by 、"))
        self.button = QToolButton(self)
        self.button.setText("…")
        self.button.setToolTip(self.tr("Pick from the unit directory"))
        self.button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self._menu = QMenu(self)
        self._menu.aboutToShow.connect(self._fill_menu)
        self.button.setMenu(self._menu)
        self._names = QStringListModel(self)
        completer = _LastNameCompleter(self._names, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.line.setCompleter(completer)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.line, 1)
        layout.addWidget(self.button)
        self._shown: list[str] = []
        self.line.editingFinished.connect(self.commit)

    def set_directory(self, names: list[str]) -> None:
        self._names.setStringList(names)

    def set_units(self, names: list[str] | tuple[str, ...]) -> None:
        self._shown = list(names)
        self.line.setText(join_units(names))

    def units(self) -> list[str]:
        return split_units(self.line.text())

    def commit(self) -> None:
        names = self.units()
        if names != self._shown:
            self._shown = names
            self.line.setText(join_units(names))
            self.committed.emit(names)

    def _fill_menu(self) -> None:
        self._menu.clear()
        chosen = set(self.units())
        for name in self._names.stringList():
            action = QAction(name, self._menu)
            action.setCheckable(True)
            action.setChecked(name in chosen)
            action.toggled.connect(lambda on, n=name: self._toggle(n, on))
            self._menu.addAction(action)
        if not self._names.stringList():
            empty = self._menu.addAction(self.tr("(the unit directory is empty)"))
            empty.setEnabled(False)

    def _toggle(self, name: str, on: bool) -> None:
        names = [n for n in self.units() if n != name]
        if on:
            names.append(name)
        self.line.setText(UNIT_SEPARATOR.join(names))
        self.commit()
