"""DraftPreview: the import dialog's review area for a PlanDraft.

The tree of headings and requirements with its edit actions (toolbar, context menu
and shortcuts: Delete removes the selected rows, Ctrl+M merges, Ctrl+B splits at the
text cursor or a sentence end, Ctrl+E marks 不是任务, Ctrl+I imports an excluded row,
Ctrl+Z/Ctrl+Y undo within the preview), and below it two lists: the warnings to
review and everything not imported (the importer's skipped lines and the excluded
rows), so the clerk sees what the plan would lose. The rules are in
govledger/domain/draft_edits.py, called through DraftTreeModel.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPoint, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QSplitter,
    QStyle,
    QStyledItemDelegate,
    QToolBar,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from govledger.domain import draft_edits
from govledger.domain.draft import DraftTask, PlanDraft, SkippedSource
from govledger.ui import draft_model
from govledger.ui.draft_model import DraftTreeModel
from govledger.ui.draft_review_lists import ReviewLists


class _EditorTrackingDelegate(QStyledItemDelegate):
    """Remembers the open text editor, so 拆分 can cut where its cursor stands."""

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self.editor: QLineEdit | None = None
        self.editing = QPersistentModelIndex()

    def createEditor(self, parent, option, index):
        editor = super().createEditor(parent, option, index)
        if isinstance(editor, QLineEdit):
            self.editor, self.editing = editor, QPersistentModelIndex(index)
        return editor

    def destroyEditor(self, editor, index):
        if editor is self.editor:
            self.editor, self.editing = None, QPersistentModelIndex()
        super().destroyEditor(editor, index)

    def finish(self) -> None:
        """Commit and close the open editor, as leaving it would."""
        if self.editor is not None:
            editor = self.editor
            self.commitData.emit(editor)
            self.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.NoHint)


class DraftPreview(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.model = DraftTreeModel(self)
        self.tree = QTreeView(self)
        self.tree.setModel(self.model)
        self.delegate = _EditorTrackingDelegate(self.tree)
        self.tree.setItemDelegate(self.delegate)
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        # The branches and indentation go in the text column, so 序号 stays narrow and whole.
        self.tree.setTreePosition(draft_model.TEXT)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(self._context_menu)
        self._size_columns()

        self._make_actions()
        edit_bar = QToolBar(self)
        for action in (self.outdent_action, self.indent_action, self.kind_action):
            edit_bar.addAction(action)
        edit_bar.addSeparator()
        for action in (self.merge_action, self.split_action, self.exclude_action):
            edit_bar.addAction(action)
        edit_bar.addAction(self.include_action)
        edit_bar.addAction(self.remove_action)
        edit_bar.addSeparator()
        edit_bar.addAction(self.undo_action)
        self.summary = QLabel(self)
        self.notice = QLabel(self)  # what the last edit did, e.g. how to undo it
        self.notice.setWordWrap(True)
        edit_row = QHBoxLayout()
        edit_row.addWidget(edit_bar)
        edit_row.addStretch(1)
        edit_row.addWidget(self.summary)

        self.lists = ReviewLists(self)
        self.lists.task_chosen.connect(self._select_task)
        self.lists.add_requested.connect(self.add_skipped)
        self.warning_list, self.skipped_list = self.lists.warning_list, self.lists.skipped_list
        self.add_skipped_button = self.lists.add_skipped_button

        # On a short screen the import dialog scrolls rather than squeeze the tree under
        # review to a row or two (issue 23): the header and five rows stay.
        self.tree.setMinimumHeight(6 * (self.tree.fontMetrics().height() + 8))
        top = QWidget(self)
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addLayout(edit_row)
        top_layout.addWidget(self.tree, 1)
        top_layout.addWidget(self.notice)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(top)
        splitter.addWidget(self.lists)
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 1)
        self._splitter = splitter
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

        self.model.warnings_changed.connect(self._draft_changed)
        self.model.modelReset.connect(self._update_actions)
        self.tree.selectionModel().selectionChanged.connect(self._update_actions)
        self.tree.selectionModel().currentChanged.connect(self._update_actions)
        self._draft_changed()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not getattr(self, "_sized", False):  # once: the clerk's own drag is kept after
            self._sized = True  # the tree gets four fifths, not what the lists leave over
            QTimer.singleShot(0, self._share_height)  # once the splitter has its height

    def _share_height(self) -> None:
        total = sum(self._splitter.sizes())
        if total > 0:
            self._splitter.setSizes([total * 4 // 5, total - total * 4 // 5])

    # ------------------------------------------------------------ set-up
    def _size_columns(self) -> None:
        header = self.tree.header()
        header.setStretchLastSection(False)
        metrics = self.fontMetrics()
        cjk = metrics.horizontalAdvance("单")
        for column, chars in ((2, 7), (3, 7), (4, 6), (5, 6)):
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal))
            width = max(chars * cjk + 24, metrics.horizontalAdvance(title) + 24)
            self.tree.setColumnWidth(column, width)
        header.setSectionResizeMode(draft_model.TEXT, QHeaderView.ResizeMode.Stretch)
        header.moveSection(header.visualIndex(draft_model.LABEL), 1)
        self.tree.setColumnHidden(draft_model.LABEL, True)

    def _action(
        self,
        text: str,
        slot: Callable[[], object],
        shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
        tip: str = "",
        context: Qt.ShortcutContext = Qt.ShortcutContext.WidgetShortcut,
        commit_first: bool = True,
    ) -> QAction:
        action = QAction(text, self)
        if commit_first:
            # A toolbar click leaves a cell editor open; what was typed there counts first,
            # else the edit's model reset would drop it.
            action.triggered.connect(self.delegate.finish)
        action.triggered.connect(slot)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(context)
            keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            tip = f"{tip or text} ({keys})"
        if tip:
            action.setToolTip(tip)
        self.tree.addAction(action)  # the shortcut works while the tree has the focus
        return action

    def _make_actions(self) -> None:
        self.outdent_action = self._action(self.tr("Outdent"), lambda: self._on_current("outdent"))
        self.indent_action = self._action(self.tr("Indent"), lambda: self._on_current("indent"))
        self.kind_action = self._action(
            self.tr("Heading ↔ requirement"), lambda: self._on_current("toggle_kind")
        )
        self.merge_action = self._action(
            self.tr("Merge"),
            self.merge_selected,
            "Ctrl+M",
            self.tr("Merge the selected adjacent requirements into one"),
        )
        self.split_action = self._action(
            self.tr("Split"),
            self.split_current,
            "Ctrl+B",
            self.tr("Split the requirement at the text cursor, or at a sentence end"),
            Qt.ShortcutContext.WidgetWithChildrenShortcut,  # also while editing the text
            commit_first=False,  # it reads the text cursor first
        )
        self.exclude_action = self._action(
            self.tr("Not a task"),
            lambda: self.set_selected_included(False),
            "Ctrl+E",
            self.tr("Leave the selected rows out of the plan"),
        )
        self.include_action = self._action(
            self.tr("Import as task"),
            lambda: self.set_selected_included(True),
            "Ctrl+I",
            self.tr("Import the selected greyed rows after all"),
        )
        self.remove_action = self._action(
            self.tr("Remove rows"), self.remove_selected, QKeySequence.StandardKey.Delete
        )
        self.undo_action = self._action(
            self.tr("Undo"), self.undo, QKeySequence.StandardKey.Undo, self.tr("Undo the last edit")
        )
        self.redo_action = self._action(self.tr("Redo"), self.redo, QKeySequence.StandardKey.Redo)

    # ------------------------------------------------------------ the draft
    def set_draft(self, draft: PlanDraft) -> None:
        self.notice.clear()
        self.model.set_draft(draft)
        self.tree.expandAll()

    def clear(self) -> None:
        """Show nothing: after a failed read the old plan must not look current."""
        self.set_draft(PlanDraft())

    def _fit_number_columns(self) -> None:
        """序号 and 原编号 wide enough for the longest value anywhere in the draft, not just
        the rows on screen (which is all ResizeToContents measures): never "1…"."""
        style, metrics = self.tree.style(), self.tree.fontMetrics()
        check_box = style.pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth)
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 1
        padding = 4 * margin + 8
        tasks = list(self.model.draft.walk())
        for column, extra in ((draft_model.NUMBER, check_box + margin), (draft_model.LABEL, 0)):
            values = [str(self.model.data(self.model.index_of(t, column)) or "") for t in tasks]
            widest = max((metrics.horizontalAdvance(value) for value in values), default=0)
            title = self.tree.header().sectionSizeFromContents(column).width()
            self.tree.setColumnWidth(column, max(title, widest + extra + padding))

    def _draft_changed(self) -> None:
        self._update_actions()  # a cell edit, too, can be undone
        self.tree.setColumnHidden(draft_model.LABEL, not self.model.has_labels())
        self._fit_number_columns()
        self.lists.fill(self.model)
        self.summary.setText(
            self.tr("{requirements} requirements · {warnings} warnings to review").format(
                requirements=self.model.requirement_count(),
                warnings=len(self.model.draft.all_warnings()),
            )
        )

    # ------------------------------------------------------------ selection
    def selected_rows(self) -> list[QModelIndex]:
        rows = self.tree.selectionModel().selectedRows(0)
        if not rows and self.tree.currentIndex().isValid():
            rows = [self.tree.currentIndex().siblingAtColumn(0)]
        return rows

    def _update_actions(self) -> None:
        rows = self.selected_rows()
        tasks = self.model.tasks_at(rows)
        current = self.model.task(self.tree.currentIndex())
        for action in (self.outdent_action, self.indent_action, self.kind_action):
            action.setEnabled(current is not None)
        self.remove_action.setEnabled(bool(tasks))
        self.merge_action.setEnabled(self.model.can_merge(rows))
        self.split_action.setEnabled(current is not None and not current.is_heading)
        self.exclude_action.setEnabled(any(not self.model.is_excluded(t) for t in tasks))
        self.include_action.setEnabled(any(self.model.is_excluded(t) for t in tasks))
        self.undo_action.setEnabled(self.model.can_undo())
        self.redo_action.setEnabled(self.model.can_redo())

    def _select(self, index: QModelIndex) -> None:
        if index.isValid():
            self.tree.setCurrentIndex(index)
            self.tree.scrollTo(index)

    def _select_task(self, key: int | None) -> None:
        for task in self.model.draft.walk():
            if id(task) == key:
                self._select(self.model.index_of(task))
                return

    # ------------------------------------------------------------ edits
    def _after_edit(self, focus: QModelIndex, notice: str = "") -> None:
        self.tree.expandAll()
        self._select(focus)
        self.notice.setText(notice)
        self._update_actions()

    def _on_current(self, operation: str) -> None:
        index = self.tree.currentIndex()
        if index.isValid():
            self._after_edit(getattr(self.model, operation)(index))

    def remove_selected(self) -> None:
        rows = self.selected_rows()
        if not rows:
            return
        keep_children = False
        lost = self.model.children_lost_by_removing(rows)
        if lost:
            answer = self.ask_how_to_remove_heading(lost)
            if answer is None:
                return
            keep_children = answer == "keep"
        count = len(self.model.tasks_at(rows))
        self.model.remove_rows(rows, keep_children)
        notice = self.tr("Removed {count} rows; Ctrl+Z brings them back.").format(
            count=count if keep_children else count + lost
        )
        self._after_edit(QModelIndex(), notice)

    def ask_how_to_remove_heading(self, below: int) -> str | None:
        """The clerk's choice: "all", "keep" (the rows under move up a level) or None."""
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Remove rows"), "", parent=self)
        box.setText(
            self.tr(
                "The selected headings hold {count} rows that are not selected. Remove those "
                "rows too, or only the headings (the rows under them move up a level)?"
            ).format(count=below)
        )
        remove_all = box.addButton(
            self.tr("Remove with the rows under them"), QMessageBox.ButtonRole.DestructiveRole
        )
        keep = box.addButton(self.tr("Remove only the headings"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(keep)
        box.exec()
        return {id(remove_all): "all", id(keep): "keep"}.get(id(box.clickedButton()))

    def merge_selected(self) -> None:
        rows = self.selected_rows()
        if self.model.can_merge(rows):
            self._after_edit(self.model.merge_rows(rows))
        else:
            self.notice.setText(self.tr("Select two or more adjacent requirements to merge."))

    def split_current(self) -> None:
        index = self.tree.currentIndex()
        task = self.model.task(index)
        if task is None or task.is_heading:
            return
        at = self._split_point(index, task)
        self.delegate.finish()  # an editor open in another column keeps what was typed
        if at is None:
            return
        second = self.model.split_row(index, at)
        if second.isValid():
            self._after_edit(second.siblingAtColumn(draft_model.TEXT))

    def _split_point(self, index: QModelIndex, task: DraftTask) -> int | None:
        """Where the clerk's text cursor stands, else a sentence end (asked when several)."""
        editor, editing = self.delegate.editor, self.delegate.editing
        if editor is not None and QModelIndex(editing) == index.siblingAtColumn(draft_model.TEXT):
            typed = editor.text()
            at = editor.cursorPosition() - (len(typed) - len(typed.lstrip()))
            self.delegate.finish()  # the text as typed so far is the one split
            if draft_edits.can_split(task.text, at):
                return at
        ends = draft_edits.sentence_ends(task.text)
        if not ends:
            self.notice.setText(
                self.tr(
                    "No sentence end to split at: double-click the text, put the cursor "
                    "where it should be split and press Ctrl+B."
                )
            )
            return None
        return ends[0] if len(ends) == 1 else self.choose_split_point(task.text, ends)

    def choose_split_point(self, text: str, ends: list[int]) -> int | None:
        menu = QMenu(self)
        for end in ends:
            before, after = text[max(0, end - 14) : end], text[end : end + 10]
            menu.addAction(f"…{before} ‖ {after}…").setData(end)
        rect = self.tree.visualRect(self.tree.currentIndex())
        chosen = menu.exec(self.tree.viewport().mapToGlobal(rect.bottomLeft()))
        return chosen.data() if chosen is not None else None

    def set_selected_included(self, included: bool) -> None:
        rows = self.selected_rows()
        if rows:
            keep = self.model.tasks_at(rows)[0]
            self.model.set_included_rows(rows, included)
            self._after_edit(self.model.index_of(keep))

    def undo(self) -> None:
        self.model.undo()
        self._after_edit(QModelIndex())

    def redo(self) -> None:
        self.model.redo()
        self._after_edit(QModelIndex())

    def add_skipped(self, skipped: SkippedSource) -> None:
        """A line the importer skipped, as a requirement after the selected row."""
        added = self.model.add_skipped(skipped, self.tree.currentIndex())
        self._after_edit(added.siblingAtColumn(draft_model.TEXT))

    def context_menu(self) -> QMenu:
        """The right-click menu for the selected rows."""
        self._update_actions()
        menu = QMenu(self)
        tasks = self.model.tasks_at(self.selected_rows())
        excluded = any(self.model.is_excluded(task) for task in tasks)
        menu.addAction(self.include_action if excluded else self.exclude_action)
        menu.addActions([self.merge_action, self.split_action, self.remove_action])
        menu.addSeparator()
        menu.addActions([self.outdent_action, self.indent_action, self.kind_action])
        menu.addSeparator()
        menu.addActions([self.undo_action, self.redo_action])
        return menu

    def _context_menu(self, position: QPoint) -> None:
        menu = self.context_menu()
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(self.tree.viewport().mapToGlobal(position))
