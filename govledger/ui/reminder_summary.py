"""The summary of overdue and due-soon requirements per unit, and the 催办单's file name.

A non-modal window the clerk can switch off ("show at start"). It reads the same
ReminderSummary as the banner (reminder_panel.py) and the 催办单. Loaded when first
opened, not at start-up.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from govledger.ui.appearance import style_title
from govledger.ui.labels import workdays_phrase
from govledger.ui.task_cells import alert_icon
from govledger.ui.window_geometry import fit_to_screen

if TYPE_CHECKING:
    from govledger.domain.reminders import ReminderSummary

TaskRole = Qt.ItemDataRole.UserRole
UnitRole = Qt.ItemDataRole.UserRole + 1


class ReminderSummaryDialog(QDialog):
    """Overdue and due-soon requirements per unit (lead and cooperating)."""

    task_selected = Signal(int)

    def __init__(
        self,
        summary: ReminderSummary,
        parent: QWidget | None = None,
        *,
        show_at_start: bool = True,
        on_show_at_start: Callable[[bool], None] | None = None,
        on_sheet: Callable[[list[str] | None], None] | None = None,
    ):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Deadline reminders"))
        self.setModal(False)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.on_sheet = on_sheet
        heading = QLabel(self)
        style_title(heading)
        heading.setText(
            self.tr("{overdue} overdue and {soon} due soon on {date}").format(
                overdue=summary.overdue_count,
                soon=summary.due_soon_count,
                date=summary.today.isoformat(),
            )
        )
        self.tree = QTreeWidget(self)
        self.tree.setColumnCount(5)
        self.tree.setHeaderLabels(
            [
                self.tr("Unit / requirement"),
                self.tr("Overdue"),
                self.tr("Due soon"),
                self.tr("Due"),
                self.tr("Working days"),
            ]
        )
        self.tree.setAlternatingRowColors(True)
        self.tree.itemActivated.connect(self._activated)
        self.tree.itemDoubleClicked.connect(self._activated)
        self._fill(summary)
        self.start_box = QCheckBox(self.tr("Show this summary when govledger starts"), self)
        self.start_box.setChecked(show_at_start)
        if on_show_at_start is not None:
            self.start_box.toggled.connect(on_show_at_start)
        self.sheet_button = QPushButton(self.tr("Reminder sheet for the selected unit…"), self)
        self.sheet_button.clicked.connect(self._sheet_for_selection)
        self.all_button = QPushButton(self.tr("Reminder sheets for all units…"), self)
        self.all_button.clicked.connect(lambda: self.on_sheet and self.on_sheet(None))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.close)
        row = QHBoxLayout()
        row.addWidget(self.start_box, 1)
        row.addWidget(self.sheet_button)
        row.addWidget(self.all_button)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.tree, 1)
        layout.addLayout(row)
        layout.addWidget(buttons)
        fit_to_screen(self, (820, 520))

    def _fill(self, summary: ReminderSummary) -> None:
        role_words = {"lead": self.tr("lead"), "co": self.tr("cooperating")}
        for group in summary.units:
            unit_item = QTreeWidgetItem(
                self.tree,
                [
                    group.unit or self.tr("(no unit named)"),
                    str(len(group.overdue)),
                    str(len(group.due_soon)),
                    "",
                    "",
                ],
            )
            unit_item.setData(0, UnitRole, group.unit)
            font = unit_item.font(0)
            font.setBold(True)
            unit_item.setFont(0, font)
            for line in group.lines:
                task = line.entry.task
                text = f"{task.number}. {task.text}" if task.number else task.text
                if line.role in role_words:
                    text = f"[{role_words[line.role]}] {text}"
                days = workdays_phrase(line.entry.workdays_left)
                child = QTreeWidgetItem(unit_item, [text, "", "", line.entry.due.isoformat(), days])
                child.setIcon(0, alert_icon(line.entry.alert))
                child.setToolTip(0, text)
                child.setData(0, TaskRole, task.id)
                child.setData(0, UnitRole, group.unit)
        self.tree.expandToDepth(0 if len(summary.units) > 6 else 1)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)  # the text takes the rest
        for column in range(1, 5):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)

    def _activated(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        task_id = item.data(0, TaskRole)
        if task_id is not None:
            self.task_selected.emit(int(task_id))

    def _sheet_for_selection(self) -> None:
        item = self.tree.currentItem()
        if item is not None and self.on_sheet is not None:
            self.on_sheet([item.data(0, UnitRole)])


def ask_sheet_path(parent: QWidget, today: date, unit: str | None) -> Path | None:
    name = f"催办单-{unit}-{today.isoformat()}.docx" if unit else f"催办单-{today.isoformat()}.docx"
    chosen, _filter = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("ReminderPanel", "Save reminder sheet"),
        str(Path.home() / name),
        "Word (*.docx)",
    )
    return Path(chosen) if chosen else None
