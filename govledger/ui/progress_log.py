"""工作开展情况: a requirement's dated progress notes — listed, added, edited, deleted.

The table edits in place (double-click a date, unit or note); every change, like
every addition and deletion, is one undoable step through the session.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from govledger.domain.changes import ChangeSet
from govledger.domain.model import ProgressEntry
from govledger.ui.session import LedgerSession
from govledger.ui.stale_edit_dialog import Outcome, save_edit
from govledger.ui.typed_date_edit import TypedDateEdit

AnyIndex = QModelIndex | QPersistentModelIndex
DATE, UNIT, TEXT = range(3)


class ProgressTableModel(QAbstractTableModel):
    # A cell whose save was refused as stale and cancelled: its editor opens again
    # holding what the clerk typed (see typed).
    kept_typing = Signal(QPersistentModelIndex)

    def __init__(self, session: LedgerSession, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.task_id: int | None = None
        self.entries: list[ProgressEntry] = []
        # (entry id, column) -> a value typed and not saved (the clerk cancelled a save
        # refused as stale): the cell's editor shows it instead of the stored value.
        self.typed: dict[tuple[int, int], Any] = {}
        self.interactive, self.can_cancel = True, True  # see stale_edit_dialog.save_edit
        self._resolving = False

    def load(self, task_id: int | None) -> None:
        self.beginResetModel()
        if task_id != self.task_id:
            self.typed.clear()
        self.task_id = task_id
        self.entries = self.session.ledger.progress_entries(task_id) if task_id else []
        ids = {entry.id for entry in self.entries}
        self.typed = {key: value for key, value in self.typed.items() if key[0] in ids}
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.entries)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 3

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Date"), self.tr("Unit"), self.tr("Work carried out"))[section]
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        entry = self.entries[index.row()]
        typed = self.typed.get((entry.id, index.column()))
        if role == Qt.ItemDataRole.EditRole and typed is not None:
            return QDate(typed.year, typed.month, typed.day) if index.column() == DATE else typed
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if index.column() == DATE:
                return (
                    entry.date.isoformat()
                    if role == Qt.ItemDataRole.DisplayRole
                    else QDate(entry.date.year, entry.date.month, entry.date.day)
                )
            return entry.unit if index.column() == UNIT else entry.text
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == TEXT:
            return entry.text
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == DATE:
            return Qt.AlignmentFlag.AlignCenter
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        return super().flags(index) | Qt.ItemFlag.ItemIsEditable

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        if self._resolving:  # the editor losing focus to the stale-edit dialog
            return False
        entry = self.entries[index.row()]
        if index.column() == DATE:
            value = value.toPython() if isinstance(value, QDate) else date.fromisoformat(value)
        else:
            value = str(value).strip()
        return self.save_cell(entry, index.column(), value)

    def save_cell(self, entry: ProgressEntry, column: int, value: Any) -> bool:
        """Save one typed cell on the version of the note shown (see save_edit)."""
        self.typed.pop((entry.id, column), None)
        stored = (entry.date, entry.unit, entry.text)[column]
        if value == stored:
            return False
        fields: dict[str, Any] = {("date", "unit", "text")[column]: value}
        entry_id, ledger = entry.id, self.session.ledger
        parent = self.parent()
        self._resolving = True
        try:
            outcome = save_edit(
                self.session,
                parent if isinstance(parent, QWidget) else None,
                self.tr("Edit progress note"),
                lambda expected: ledger.update_progress(
                    entry_id, expected_revision=expected, **fields
                ),
                entry.revision,
                interactive=self.interactive,
                can_cancel=self.can_cancel,
            )
        finally:
            self._resolving = False
        if outcome is Outcome.KEPT_TYPING:
            self.typed[(entry_id, column)] = value
            rows = [i for i, e in enumerate(self.entries) if e.id == entry_id]
            if rows:
                self.kept_typing.emit(QPersistentModelIndex(self.index(rows[0], column)))
        elif outcome in (Outcome.SAVED, Outcome.TAKEN):
            self._refresh_entry(entry_id)
        return outcome is Outcome.SAVED

    def _refresh_entry(self, entry_id: int) -> None:
        """The note as saved now, in place: the view may defer re-reading all notes while
        a cell is edited, and the next save must start from this version."""
        if self.task_id is None:
            return
        fresh = {e.id: e for e in self.session.ledger.progress_entries(self.task_id)}
        for row, entry in enumerate(self.entries):
            if entry.id == entry_id and entry_id in fresh:
                self.entries[row] = fresh[entry_id]
                self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    def save_typed(self) -> bool:
        """Try again to save cells left typed; False if some still are."""
        for (entry_id, column), value in list(self.typed.items()):
            entry = next(e for e in self.entries if e.id == entry_id)
            self.save_cell(entry, column, value)
        return not self.typed


class ProgressLog(QWidget):
    """The 工作开展情况 tab: the table and a form to add a dated note."""

    def __init__(self, session: LedgerSession, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.model = ProgressTableModel(session, self)
        self.model.kept_typing.connect(self._edit_again)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setVisible(False)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(DATE, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(UNIT, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(TEXT, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)

        self.date_edit = TypedDateEdit(QDate.currentDate(), self)
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.unit_edit = QLineEdit(self)
        self.unit_edit.setPlaceholderText(self.tr("Reporting unit"))
        self.text_edit = QPlainTextEdit(self)
        self.text_edit.setPlaceholderText(self.tr("What was done, e.g. published on the portal…"))
        self.text_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 14)
        self.add_button = QPushButton(self.tr("Add note"), self)
        self.add_button.setDefault(False)
        self.add_button.clicked.connect(self.add_entry)
        self.delete_button = QPushButton(self.tr("Delete note"), self)
        self.delete_button.clicked.connect(self.delete_selected)

        form_row = QHBoxLayout()
        form_row.addWidget(QLabel(self.tr("Date"), self))
        form_row.addWidget(self.date_edit)
        form_row.addWidget(QLabel(self.tr("Unit"), self))
        form_row.addWidget(self.unit_edit, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.delete_button)
        buttons.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(form_row)
        layout.addWidget(self.text_edit)
        layout.addLayout(buttons)
        self.default_unit = ""
        # Re-read after a cell being edited closes: a reload would drop what is typed in it.
        self._stale = False
        self.table.itemDelegate().closeEditor.connect(self._editor_closed)

    def load(self, task_id: int | None) -> None:
        self.model.load(task_id)
        self.unit_edit.setText(self.default_unit)
        if task_id is not None:  # a date typed as 10月12日 falls in the plan's year
            ledger = self.session.ledger
            self.date_edit.set_default_year(ledger.plan(ledger.task(task_id).plan_id).year)

    def refresh(self, changes: ChangeSet) -> None:
        ids = {e.id for e in self.model.entries}
        mine = self.model.task_id in changes.progress_of_tasks()
        if mine or ids & changes.progress_changed():
            if self.table.state() == QAbstractItemView.State.EditingState:
                self._stale = True  # another clerk's note changed while a cell is edited
            else:
                self.model.load(self.model.task_id)

    def _editor_closed(self) -> None:
        if self._stale:
            self._stale = False
            self.model.load(self.model.task_id)

    def add_entry(self) -> bool:
        task_id, text = self.model.task_id, self.text_edit.toPlainText().strip()
        if task_id is None or not text:
            self.text_edit.setFocus()
            return False
        on = self.date_edit.date().toPython()
        unit = self.unit_edit.text().strip()
        result = self.session.perform(
            self.tr("Add progress note"),
            lambda: self.session.ledger.add_progress(task_id, text, on=on, unit=unit),
        )
        if result is not None:
            self.text_edit.clear()
        return result is not None

    def pending_note(self) -> str:
        return self.text_edit.toPlainText().strip() if self.model.task_id is not None else ""

    def flush(
        self, *, add_pending_note: bool = False, interactive: bool = True, can_cancel: bool = False
    ) -> bool:
        """Commit a note being edited in the table (and cells left typed when a save was
        refused as stale); add a typed new note if asked. False when something typed is
        still not saved because the clerk cancelled (see stale_edit_dialog.save_edit)."""
        model = self.model
        model.interactive, model.can_cancel = interactive, can_cancel
        try:
            index = self.table.currentIndex()
            editor = self.table.indexWidget(index) if index.isValid() else None
            if editor is not None:  # an open cell editor commits only on focus-out otherwise
                self.table.itemDelegateForIndex(index).commitData.emit(editor)
            saved = model.save_typed()
        finally:
            model.interactive, model.can_cancel = True, True
        if add_pending_note and self.pending_note():
            self.add_entry()
        return saved

    def _edit_again(self, index: QPersistentModelIndex) -> None:
        """Open the cell's editor again on what the clerk typed (its save was cancelled),
        once the editor that committed it has closed."""

        def reopen() -> None:
            if index.isValid():
                cell = self.model.index(index.row(), index.column())
                self.table.setCurrentIndex(cell)
                self.table.edit(cell)

        QTimer.singleShot(0, self, reopen)

    def confirm_delete(self) -> bool:
        answer = QMessageBox.question(
            self, self.tr("Delete note"), self.tr("Delete the selected progress note?")
        )
        return answer == QMessageBox.StandardButton.Yes

    def delete_selected(self, *, confirm: bool = True) -> bool:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        if not rows or (confirm and not self.confirm_delete()):
            return False
        entry_id = self.model.entries[rows[0]].id
        result = self.session.perform(
            self.tr("Delete progress note"),
            lambda: self.session.ledger.delete_progress(entry_id),
        )
        return result is not None
