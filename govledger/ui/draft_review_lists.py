"""ReviewLists: the two lists under the import preview's tree.

"To review" holds the importer's warnings (yellow, like their rows); "Not imported"
holds every source line the importer skipped and every excluded (greyed) row, with
the reason and where it stood, so the clerk sees everything the plan would lose. A
skipped line can be added as a requirement; clicking a row that stands for a task
asks the preview to show that task.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from govledger.domain.draft import SkippedSource
from govledger.ui import draft_model
from govledger.ui.draft_model import DraftTreeModel

TASK_KEY = Qt.ItemDataRole.UserRole  # on list rows: id() of the task they point at
SKIPPED_ROW = Qt.ItemDataRole.UserRole + 1  # on 未导入 rows: the SkippedSource


class ReviewLists(QTabWidget):
    task_chosen = Signal(object)  # id() of a task to show in the tree (too big for int)
    add_requested = Signal(object)  # the SkippedSource to add as a requirement

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.warning_list = QListWidget(self)
        self.warning_list.itemActivated.connect(self._warning_chosen)
        self.warning_list.itemClicked.connect(self._warning_chosen)
        self.skipped_list = QTreeWidget(self)
        self.skipped_list.setRootIsDecorated(False)
        self.skipped_list.setHeaderLabels(
            [self.tr("Text not imported"), self.tr("Reason"), self.tr("Where")]
        )
        header = self.skipped_list.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.skipped_list.itemClicked.connect(self._skipped_chosen)
        self.skipped_list.itemSelectionChanged.connect(self._update_button)
        self.add_skipped_button = QPushButton(self.tr("Add as requirement"), self)
        self.add_skipped_button.setToolTip(
            self.tr("Adds the chosen line as a requirement after the selected row")
        )
        self.add_skipped_button.clicked.connect(self._add_chosen)
        skipped_page = QWidget(self)
        skipped_layout = QHBoxLayout(skipped_page)
        skipped_layout.setContentsMargins(0, 0, 0, 0)
        skipped_layout.addWidget(self.skipped_list, 1)
        skipped_layout.addWidget(self.add_skipped_button, 0, Qt.AlignmentFlag.AlignTop)
        self.addTab(self.warning_list, "")
        self.addTab(skipped_page, "")
        self.setMinimumHeight(
            self.fontMetrics().lineSpacing() * 4 + 24
        )  # three rows; drag for more
        self._update_button()

    def fill(self, model: DraftTreeModel) -> None:
        self._fill_warnings(model)
        self._fill_skipped(model)
        self._update_button()

    def _fill_warnings(self, model: DraftTreeModel) -> None:
        self.warning_list.clear()
        draft = model.draft
        for text in draft.warnings:
            self.warning_list.addItem(text)
        for task in draft.walk():
            for text in task.warnings:
                item = QListWidgetItem(text, self.warning_list)
                item.setData(TASK_KEY, id(task))
                item.setBackground(draft_model.WARNING_BRUSH)
        count = len(draft.all_warnings())
        if count == 0:
            item = QListWidgetItem(self.tr("No warnings: the plan was read without doubts."))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.warning_list.addItem(item)
        self.setTabText(0, self.tr("To review ({count})").format(count=count))

    def _fill_skipped(self, model: DraftTreeModel) -> None:
        """The importer's skipped lines, then the excluded rows (greyed in the tree)."""
        self.skipped_list.clear()
        for skipped in model.draft.skipped:
            item = QTreeWidgetItem([skipped.source, skipped.reason, skipped.where])
            item.setData(0, SKIPPED_ROW, skipped)
            item.setToolTip(0, skipped.source)
            self.skipped_list.addTopLevelItem(item)
        for task in model.draft.walk():
            parent = model.parent_task(task)
            if not task.excluded or (parent is not None and model.is_excluded(parent)):
                continue  # only the outermost excluded row; what is under it goes with it
            item = QTreeWidgetItem([task.text, task.excluded_reason, task.source])
            item.setData(0, TASK_KEY, id(task))
            item.setToolTip(0, task.text)
            item.setForeground(0, draft_model.EXCLUDED_BRUSH)
            self.skipped_list.addTopLevelItem(item)
        count = self.skipped_list.topLevelItemCount()
        if count == 0:
            item = QTreeWidgetItem([self.tr("Nothing left out: every line is in the plan.")])
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.skipped_list.addTopLevelItem(item)
        self.setTabText(1, self.tr("Not imported ({count})").format(count=count))

    def chosen_skipped(self) -> SkippedSource | None:
        item = self.skipped_list.currentItem()
        return item.data(0, SKIPPED_ROW) if item is not None else None

    def _update_button(self) -> None:
        self.add_skipped_button.setEnabled(self.chosen_skipped() is not None)

    def _add_chosen(self) -> None:
        skipped = self.chosen_skipped()
        if skipped is not None:
            self.add_requested.emit(skipped)

    def _warning_chosen(self, item: QListWidgetItem) -> None:
        if item.data(TASK_KEY) is not None:
            self.task_chosen.emit(item.data(TASK_KEY))

    def _skipped_chosen(self, item: QTreeWidgetItem) -> None:
        if item.data(0, TASK_KEY) is not None:
            self.task_chosen.emit(item.data(0, TASK_KEY))
