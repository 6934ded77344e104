"""Merge conflicts: each record changed on both sides, both versions side by side.

Fields changed on one side only merge by themselves (shown, not asked); the fields
both sides changed come first, each with its own choice: this ledger's value or the
package's. "Keep ours" / "Take the package's" choose every such field at once. A
record deleted on one side is kept or taken whole. "Apply" runs the decided
conflicts as one undoable step; undecided ones stay for later.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
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

DIFFERS = QColor("#fff1c2")  # a field both sides changed: the clerk chooses
MERGES = QColor("#e3f3e1")  # a field changed on one side only: merged by itself
Choice = Keep | dict[str, Keep]  # the whole record, or per field both sides changed
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


def fields_to_choose(conflict: SyncConflict) -> list[str]:
    """The fields both sides changed that the clerk can read; others both changed (a
    position, a parent's uuid) follow the choice for the whole record, else ours."""
    return [name for name in conflict.conflicting_fields() if name in SHOWN_FIELDS]


def show_value(value: object) -> str:
    if isinstance(value, list):
        return "、".join(str(item) for item in value)
    return "" if value is None else str(value)


class MergeConflictDialog(QDialog):
    def __init__(self, ledger: Ledger, perform: Perform, parent: QWidget | None = None):
        super().__init__(parent)
        self.ledger = ledger
        self.perform = perform
        self.choices: dict[int, Choice] = {}
        self.conflicts: list[SyncConflict] = []
        self.setWindowTitle(self.tr("Merge conflicts"))

        self.list = QListWidget(self)
        self.list.currentRowChanged.connect(self._show)
        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        self.table = QTableWidget(0, 4, self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Field"), self.tr("This ledger"), self.tr("Package"), self.tr("Result")]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Interactive)
        self.table.setColumnWidth(3, 190)  # the choice's list, or "Ours (changed here only)"
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
        if isinstance(chosen, dict):
            sides = set(chosen.values())
            needed = fields_to_choose(conflict)
            done = len(set(chosen) & set(needed))
            if done < len(needed):
                mark = self.tr("[{done} of {total} fields]").format(done=done, total=len(needed))
            elif len(sides) == 1:
                chosen = sides.pop()
                mark = self.tr("[ours]") if chosen is Keep.LOCAL else self.tr("[package]")
            else:
                mark = self.tr("[field by field]")
        else:
            mark = {
                Keep.LOCAL: self.tr("[ours]"),
                Keep.REMOTE: self.tr("[package]"),
                None: self.tr("[open]"),
            }[chosen]
        return f"{mark} {record_kind(conflict.table)}：{conflict.label[:40]}"

    def decided(self, conflict: SyncConflict) -> bool:
        chosen = self.choices.get(conflict.id)
        if isinstance(chosen, dict):
            return bool(chosen) and set(chosen) >= set(fields_to_choose(conflict))
        return chosen is not None

    def _show(self, row: int) -> None:
        if not 0 <= row < len(self.conflicts):
            return
        conflict = self.conflicts[row]
        self.heading.setText(self._describe(conflict))
        fields = conflict.remote or conflict.local or {}
        both = conflict.conflicting_fields()
        merging = conflict.merged_fields()
        # the fields to choose first, then those merging by themselves, then the rest
        shown = [name for name in SHOWN_FIELDS if name in fields]
        names = [n for n in shown if n in both] + [n for n in shown if n in merging]
        names += [n for n in shown if n not in names]
        chosen = self.choices.get(conflict.id)
        for old_row in range(self.table.rowCount()):  # the last record's field choices
            widget = self.table.cellWidget(old_row, 3)
            if widget is not None:
                widget.hide()  # removeCellWidget deletes it only later
                self.table.removeCellWidget(old_row, 3)
        self.table.setRowCount(len(names))
        for index, name in enumerate(names):
            values = (
                field_name(name),
                self._side(conflict.local, name, self.tr("(deleted in this ledger)")),
                self._side(conflict.remote, name, self.tr("(deleted in the package)")),
                self._merge_text(conflict, name) if name in merging else "",
            )
            for column, text in enumerate(values):
                item = QTableWidgetItem(text)
                if name in both:
                    item.setBackground(QBrush(DIFFERS))
                elif name in merging:
                    item.setBackground(QBrush(MERGES))
                self.table.setItem(index, column, item)
            if name in both and conflict.by_field:
                self.table.setCellWidget(index, 3, self._field_combo(conflict, name, chosen))
        self.table.resizeRowsToContents()
        self.group.setExclusive(False)  # lets both buttons be unchecked for an open choice
        whole = self._whole(conflict, chosen)
        self.keep_local.setChecked(whole is Keep.LOCAL)
        self.keep_remote.setChecked(whole is Keep.REMOTE)
        self.group.setExclusive(True)

    def _merge_text(self, conflict: SyncConflict, name: str) -> str:
        base = conflict.base or {}
        local = conflict.local or {}
        if conflict.base is not None and local.get(name) == base.get(name):
            return self.tr("Package's (changed there only)")
        return self.tr("Ours (changed here only)")

    def _field_combo(self, conflict: SyncConflict, name: str, chosen: Choice | None) -> QComboBox:
        combo = QComboBox(self.table)
        combo.setObjectName(f"keep_{name}")
        combo.addItem(self.tr("— choose —"), None)
        combo.addItem(self.tr("This ledger's"), str(Keep.LOCAL))
        combo.addItem(self.tr("The package's"), str(Keep.REMOTE))
        value = chosen.get(name) if isinstance(chosen, dict) else chosen
        combo.setCurrentIndex(combo.findData(None if value is None else str(value)))
        combo.currentIndexChanged.connect(
            lambda _index: self.choose_field(conflict.id, name, combo.currentData())
        )
        return combo

    @staticmethod
    def _whole(conflict: SyncConflict, chosen: Choice | None) -> Keep | None:
        """The side chosen for every field both changed, if one side was."""
        if isinstance(chosen, dict):
            sides = set(chosen.values())
            complete = set(chosen) >= set(fields_to_choose(conflict))
            return sides.pop() if complete and len(sides) == 1 else None
        return chosen

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
        """One side for every field both sides changed (fields changed on one side only
        still merge); a record deleted on one side is kept or taken whole."""
        conflict = self._conflict(conflict_id)
        if conflict.by_field:
            self.choices[conflict_id] = {name: keep for name in conflict.conflicting_fields()}
        else:
            self.choices[conflict_id] = keep
        self._changed(conflict)

    def choose_field(self, conflict_id: int, name: str, keep: str | None) -> None:
        """The clerk's choice for one field both sides changed (None: not yet chosen)."""
        conflict = self._conflict(conflict_id)
        chosen = self.choices.get(conflict_id)
        fields = dict(chosen) if isinstance(chosen, dict) else {}
        if keep is None:
            fields.pop(name, None)
        else:
            fields[name] = Keep(keep)
        if fields:
            self.choices[conflict_id] = fields
        else:
            self.choices.pop(conflict_id, None)
        self._changed(conflict)

    def _conflict(self, conflict_id: int) -> SyncConflict:
        return next(c for c in self.conflicts if c.id == conflict_id)

    def _changed(self, conflict: SyncConflict) -> None:
        row = self.conflicts.index(conflict)
        self.list.item(row).setText(self._list_text(conflict))
        if row == self.list.currentRow():
            whole = self._whole(conflict, self.choices.get(conflict.id))
            self.group.setExclusive(False)
            self.keep_local.setChecked(whole is Keep.LOCAL)
            self.keep_remote.setChecked(whole is Keep.REMOTE)
            self.group.setExclusive(True)
            self._sync_combos(conflict)
        self._update_status()

    def _sync_combos(self, conflict: SyncConflict) -> None:
        chosen = self.choices.get(conflict.id)
        for row in range(self.table.rowCount()):
            combo = self.table.cellWidget(row, 3)
            if isinstance(combo, QComboBox):
                name = combo.objectName().removeprefix("keep_")
                value = chosen.get(name) if isinstance(chosen, dict) else chosen
                combo.blockSignals(True)
                combo.setCurrentIndex(combo.findData(None if value is None else str(value)))
                combo.blockSignals(False)

    def _update_status(self) -> None:
        decided = sum(1 for conflict in self.conflicts if self.decided(conflict))
        self.apply_button.setEnabled(decided > 0)
        self.status.setText(
            self.tr("{chosen} of {total} decided.").format(
                chosen=decided, total=len(self.conflicts)
            )
        )

    def apply(self) -> bool:
        """Resolve every decided conflict in one undoable step."""
        choices: dict[int, Keep | dict[str, Keep]] = {
            c.id: self.choices[c.id] for c in self.conflicts if self.decided(c)
        }
        if not choices:
            return False
        changes = self.perform(
            self.tr("Resolve {count} merge conflicts").format(count=len(choices)),
            lambda: self.ledger.resolve_conflicts(choices),
        )
        if changes is None:
            return False
        for conflict_id in choices:
            self.choices.pop(conflict_id, None)
        self.reload()
        if not self.conflicts:
            self.accept()
        return True
