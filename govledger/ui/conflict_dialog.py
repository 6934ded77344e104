"""Merge conflicts: each record changed on both sides, both versions side by side.

The clerk picks, per record, this ledger's version or the package's; "Apply" runs
the chosen ones as one undoable step. Conflicts left undecided stay for later.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QRadioButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from govledger.domain.sync import Keep, SyncConflict
from govledger.store import Ledger
from govledger.ui.perform import Perform
from govledger.ui.window_geometry import fit_to_screen

DIFFERS = QColor("#fff1c2")  # a field whose two versions differ
# The fields a clerk reads, in this order; the rest (uuids of the rows a record hangs
# on, positions, parsed deadline rules) mean nothing to them.
SHOWN_FIELDS = (
    "title",
    "year",
    "number",
    "text",
    "status",
    "progress",
    "note",
    "lead_units",
    "co_units",
    "units_text",
    "deadline_text",
    "due",
    "date",
    "unit",
    "author",
    "original_name",
    "url",
    "captured_on",
)


def field_name(name: str) -> str:
    names = {
        "text": QCoreApplication.translate("ConflictDialog", "Text"),
        "title": QCoreApplication.translate("ConflictDialog", "Title"),
        "number": QCoreApplication.translate("ConflictDialog", "No."),
        "status": QCoreApplication.translate("ConflictDialog", "Status"),
        "progress": QCoreApplication.translate("ConflictDialog", "Progress %"),
        "note": QCoreApplication.translate("ConflictDialog", "Note"),
        "units_text": QCoreApplication.translate("ConflictDialog", "Units as written"),
        "lead_units": QCoreApplication.translate("ConflictDialog", "Lead units"),
        "co_units": QCoreApplication.translate("ConflictDialog", "Cooperating units"),
        "deadline_text": QCoreApplication.translate("ConflictDialog", "Time limit"),
        "due": QCoreApplication.translate("ConflictDialog", "Due date"),
        "date": QCoreApplication.translate("ConflictDialog", "Date"),
        "unit": QCoreApplication.translate("ConflictDialog", "Unit"),
        "author": QCoreApplication.translate("ConflictDialog", "Recorded by"),
        "original_name": QCoreApplication.translate("ConflictDialog", "File name"),
        "url": QCoreApplication.translate("ConflictDialog", "Link"),
        "year": QCoreApplication.translate("ConflictDialog", "Year"),
        "captured_on": QCoreApplication.translate("ConflictDialog", "Captured on"),
    }
    return names.get(name, name)


def record_kind(table: str) -> str:
    return {
        "plans": QCoreApplication.translate("ConflictDialog", "Plan"),
        "tasks": QCoreApplication.translate("ConflictDialog", "Requirement"),
        "progress_entries": QCoreApplication.translate("ConflictDialog", "Progress entry"),
        "evidence": QCoreApplication.translate("ConflictDialog", "Evidence"),
    }[table]


def show_value(value: object) -> str:
    if isinstance(value, list):
        return "、".join(str(item) for item in value)
    return "" if value is None else str(value)


class MergeConflictDialog(QDialog):
    def __init__(self, ledger: Ledger, perform: Perform, parent: QWidget | None = None):
        super().__init__(parent)
        self.ledger = ledger
        self.perform = perform
        self.choices: dict[int, Keep] = {}
        self.conflicts: list[SyncConflict] = []
        self.setWindowTitle(self.tr("Merge conflicts"))

        self.list = QListWidget(self)
        self.list.currentRowChanged.connect(self._show)
        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        self.table = QTableWidget(0, 3, self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Field"), self.tr("This ledger"), self.tr("Package")]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.keep_local = QRadioButton(self.tr("Keep this ledger's version"), self)
        self.keep_remote = QRadioButton(self.tr("Take the package's version"), self)
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.group.addButton(self.keep_local)
        self.group.addButton(self.keep_remote)
        self.group.buttonClicked.connect(self._chosen)
        choice_row = QHBoxLayout()
        choice_row.addWidget(self.keep_local)
        choice_row.addWidget(self.keep_remote)
        choice_row.addStretch(1)

        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.table, 1)
        right_layout.addLayout(choice_row)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.list)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([260, 640])

        self.buttons = QDialogButtonBox(self)
        self.apply_button = self.buttons.addButton(
            self.tr("Apply choices"), QDialogButtonBox.ButtonRole.ApplyRole
        )
        self.apply_button.clicked.connect(self.apply)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        self.status = QLabel(self)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)  # full width: a wrapped label inside the splitter clips
        layout.addWidget(splitter, 1)
        layout.addLayout(bottom)
        fit_to_screen(self, (960, 560))
        self.reload()

    def reload(self) -> None:
        self.conflicts = self.ledger.sync_conflicts()
        self.choices = {k: v for k, v in self.choices.items() if k in self._ids()}
        self.list.clear()
        for conflict in self.conflicts:
            item = QListWidgetItem(self._list_text(conflict))
            item.setToolTip(conflict.label)
            self.list.addItem(item)
        self.list.setCurrentRow(0 if self.conflicts else -1)
        if not self.conflicts:
            self.heading.setText(self.tr("No merge conflicts are waiting."))
            self.table.setRowCount(0)
        self._update_status()

    def _ids(self) -> set[int]:
        return {conflict.id for conflict in self.conflicts}

    def _list_text(self, conflict: SyncConflict) -> str:
        chosen = self.choices.get(conflict.id)
        mark = {
            Keep.LOCAL: self.tr("[ours]"),
            Keep.REMOTE: self.tr("[package]"),
            None: self.tr("[open]"),
        }[chosen]
        return f"{mark} {record_kind(conflict.table)}：{conflict.label[:40]}"

    def _show(self, row: int) -> None:
        if not 0 <= row < len(self.conflicts):
            return
        conflict = self.conflicts[row]
        self.heading.setText(self._describe(conflict))
        fields = conflict.remote or conflict.local or {}
        names = [name for name in SHOWN_FIELDS if name in fields]
        differing = set(conflict.differing_fields())
        self.table.setRowCount(len(names))
        for index, name in enumerate(names):
            values = (
                field_name(name),
                self._side(conflict.local, name, self.tr("(deleted in this ledger)")),
                self._side(conflict.remote, name, self.tr("(deleted in the package)")),
            )
            for column, text in enumerate(values):
                item = QTableWidgetItem(text)
                if name in differing:
                    item.setBackground(QBrush(DIFFERS))
                self.table.setItem(index, column, item)
        self.table.resizeRowsToContents()
        self.group.setExclusive(False)  # lets both buttons be unchecked for an open choice
        chosen = self.choices.get(conflict.id)
        self.keep_local.setChecked(chosen is Keep.LOCAL)
        self.keep_remote.setChecked(chosen is Keep.REMOTE)
        self.group.setExclusive(True)

    def _describe(self, conflict: SyncConflict) -> str:
        text = self.tr("{kind} from {unit}'s package {name}, found {at}.").format(
            kind=record_kind(conflict.table),
            unit=conflict.unit,
            name=conflict.package_name,
            at=conflict.detected_at.replace("T", " "),
        )
        if conflict.dependents:
            text += " " + self.tr(
                "Taking the package's version also brings back {count} records below it."
            ).format(count=conflict.dependents)
        return text

    @staticmethod
    def _side(fields: dict | None, name: str, deleted: str) -> str:
        return deleted if fields is None else show_value(fields.get(name))

    def _chosen(self) -> None:
        row = self.list.currentRow()
        if not 0 <= row < len(self.conflicts):
            return
        conflict = self.conflicts[row]
        self.choose(conflict.id, Keep.LOCAL if self.keep_local.isChecked() else Keep.REMOTE)

    def choose(self, conflict_id: int, keep: Keep) -> None:
        """Record the clerk's choice for one conflict (applied by apply())."""
        self.choices[conflict_id] = keep
        for row, conflict in enumerate(self.conflicts):
            if conflict.id == conflict_id:
                self.list.item(row).setText(self._list_text(conflict))
        self._update_status()

    def _update_status(self) -> None:
        self.apply_button.setEnabled(bool(self.choices))
        self.status.setText(
            self.tr("{chosen} of {total} decided.").format(
                chosen=len(self.choices), total=len(self.conflicts)
            )
        )

    def apply(self) -> bool:
        """Resolve every decided conflict in one undoable step."""
        if not self.choices:
            return False
        choices = dict(self.choices)
        changes = self.perform(
            self.tr("Resolve {count} merge conflicts").format(count=len(choices)),
            lambda: self.ledger.resolve_conflicts(choices),
        )
        if changes is None:
            return False
        self.choices.clear()
        self.reload()
        if not self.conflicts:
            self.accept()
        return True
