"""The clerk's everyday screen: plan selector, filter bar, task tree, detail panel."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, Qt, QTimer
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QMainWindow,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from govledger.domain.changes import ChangeSet
from govledger.domain.model import Plan, TaskCounts
from govledger.domain.pinyin_order import sorted_by_pinyin
from govledger.domain.unit_kinds import responsible_units
from govledger.messages import GovLedgerError
from govledger.ui import window_geometry
from govledger.ui.access_rules import AccessRules
from govledger.ui.deadline_features import DeadlineFeatures
from govledger.ui.detail_panel import DetailPanel
from govledger.ui.eliding_combo import ElidingComboBox
from govledger.ui.filter_bar import FilterBar
from govledger.ui.ledger_safety import safety_notices
from govledger.ui.ledger_status_bar import LedgerStatusBar
from govledger.ui.plan_index import FilterCriteria
from govledger.ui.session import LedgerSession
from govledger.ui.settings import AppSettings
from govledger.ui.task_filter import TaskFilterProxy
from govledger.ui.task_operations import TaskOperations
from govledger.ui.task_tree_model import TaskTreeModel
from govledger.ui.task_tree_view import TaskTreeView
from govledger.ui.tree_filtering import TreeFiltering
from govledger.ui.window_actions import WindowActions

if TYPE_CHECKING:
    from govledger.ui.welcome_page import WelcomePage

DETAIL_WIDTH = 420  # the detail panel's form reads whole at this width
FILE_CHECK_MS = 10_000  # one stat() of the ledger file every ten seconds


class MainWindow(QMainWindow):
    def __init__(self, session: LedgerSession, settings: AppSettings):
        super().__init__()
        self.session = session
        self.settings = settings
        self.setObjectName("mainWindow")
        self.model = TaskTreeModel(session, warning_days=settings.warning_days)
        self.proxy = TaskFilterProxy(self.model)
        self.operations = TaskOperations(session, self.model, self)

        self.plan_combo = ElidingComboBox(self)
        self.plan_combo.setMinimumContentsLength(30)
        self.plan_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        # takes the toolbar's spare width; a longer title ends in “…” (tooltip has it all)
        self.plan_combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.plan_combo.currentIndexChanged.connect(self._plan_chosen)
        plan_label = QLabel(self.tr("Plan") + " ", self)

        self.filter_bar = FilterBar(self)
        self.tree = TaskTreeView(self)
        self.tree.setModel(self.proxy)
        self.tree.setup_columns()
        self.filtering = TreeFiltering(self)
        self.detail = DetailPanel(session, self)
        self.detail.counts_source = self._counts_for
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(6, 6, 0, 4)
        left_layout.addWidget(self.filter_bar)
        left_layout.addWidget(self.tree, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 1)  # the tree takes what the window gains
        self.splitter.setStretchFactor(1, 0)
        self.splitter.setChildrenCollapsible(False)
        self.pages = QStackedWidget(self)  # the splitter, or the welcome page of an empty ledger
        self.pages.addWidget(self.splitter)
        self.welcome: WelcomePage | None = None  # built only for an empty ledger
        self.setCentralWidget(self.pages)

        self.window_actions = WindowActions(self)
        self.window_actions.build_menus()
        self.addToolBar(self.window_actions.build_toolbar([plan_label, self.plan_combo]))
        self.ledger_lock = None
        self.status = LedgerStatusBar(session, self)
        self.setStatusBar(self.status)
        # the status bar's parts, by the names tests and the safety notices use
        self.path_label = self.status.path_label
        self.counts_label = self.status.counts_label
        self.notice_label = self.status.notice_label
        self.job_notice = self.status.job_notice

        self.tree.selectionModel().currentRowChanged.connect(self._current_changed)
        self.filter_bar.criteria_changed.connect(self.apply_filter)
        self.operations.task_created.connect(self._task_created)
        self.operations.task_moved.connect(self.select_task)
        self.model.index_completed.connect(self._update_counts)
        self.model.index_completed.connect(self._reload_units)
        self.model.tasks_changed.connect(self._update_counts)
        session.changed.connect(self._on_changed)
        session.failed.connect(self.show_error)

        self.filter_bar.set_my_unit(settings.my_unit)
        self.detail.set_my_unit(settings.my_unit)
        self._reload_units()
        self._reload_plans(prefer=settings.last_plan_id)
        self.place_on_screen()
        # A copy moved over the open ledger is noticed within seconds, not at the next write.
        self._file_watch = QTimer(self, interval=FILE_CHECK_MS)
        self._file_watch.timeout.connect(self.check_ledger_file)
        self._file_watch.start()
        session.poller.start()  # other clerks' changes appear within seconds
        self.deadlines = DeadlineFeatures(self)  # calendar tab, 时限 menu, reminder banner
        # A request's reply limit on the calendar opens it in the 依申请公开 register.
        self.deadlines.open_application = self.window_actions.report_menu.show_application
        self.access_rules = AccessRules(self)  # who may change what on a server ledger

    # ------------------------------------------------------------ plans
    def _reload_plans(self, prefer: int | None = None) -> None:
        plans = self.session.ledger.plans()
        current = prefer if prefer is not None else self.model.plan_id
        self.plan_combo.blockSignals(True)
        self.plan_combo.clear()
        for plan in plans:
            self.plan_combo.addItem(
                self.tr("{year} · {title}").format(year=plan.year, title=plan.title), plan.id
            )
            self.plan_combo.setItemData(
                self.plan_combo.count() - 1, plan.title, Qt.ItemDataRole.ToolTipRole
            )
        if not plans:
            self.plan_combo.addItem(self.tr("(no plan yet — import one)"), None)
        index = self.plan_combo.findData(current) if current is not None else -1
        self.plan_combo.setCurrentIndex(index if index >= 0 else 0)
        self.plan_combo.setToolTip(self.plan_combo.currentText())
        self.plan_combo.blockSignals(False)
        if self.plan_combo.currentData() != self.model.plan_id:
            self._plan_chosen(self.plan_combo.currentIndex())
        self._show_welcome(not plans)

    def _show_welcome(self, on: bool) -> None:
        if on and self.welcome is None:
            from govledger.ui.welcome_page import WelcomePage

            actions = self.window_actions
            self.welcome = WelcomePage(
                self.session.ledger, actions.import_plan, actions.new_plan, self
            )
            self.pages.addWidget(self.welcome)
        if self.welcome is not None:
            self.pages.setCurrentWidget(self.welcome if on else self.splitter)

    def _plan_chosen(self, _index: int) -> None:
        plan_id = self.plan_combo.currentData()
        self.plan_combo.setToolTip(self.plan_combo.currentText())
        plan = self.session.ledger.plan(plan_id) if plan_id is not None else None
        self.model.set_plan(plan_id)
        self.detail.set_plan(plan)
        self.detail.show_task(None)
        self.settings.last_plan_id = plan_id
        self._update_title(plan)
        if plan is not None:
            self.filter_bar.set_year(plan.year)
        self._update_counts()

    def _update_title(self, plan: Plan | None = None) -> None:
        """The plan's name once, then the program's (Qt adds nothing: "govledger" is in it)."""
        if plan is None and self.model.plan_id is not None:
            plan = self.session.ledger.plan(self.model.plan_id)
        name = plan.title if plan else self.tr("Government disclosure work-plan ledger")
        title = f"{name} — govledger"
        if self.session.ledger.read_only:
            title += " " + self.tr("(read-only)")
        self.setWindowTitle(title)

    def set_plan(self, plan_id: int) -> None:
        self._reload_plans(prefer=plan_id)

    # ------------------------------------------------------------ changes
    def _on_changed(self, changes: ChangeSet) -> None:
        if changes.ledger_replaced:  # everything may differ: read it all again
            self.model.set_plan(None)
            self._reload_plans(prefer=self.settings.last_plan_id)
            self._reload_units()
            return
        if changes.plan_list_changed:
            created = changes.created_plan
            self._reload_plans(prefer=created)
        if changes.units_changed:
            self._reload_units()

    def _reload_units(self) -> None:
        """The unit filter lists the units the plan names (all units until it is indexed)."""
        index = self.model.plan_index
        if index.complete:
            # the units named, and those a collective name (局各科室) reaches
            named = {name for task in index.tasks.values() for name in task.units}
            named |= {
                unit
                for task in index.tasks.values()
                for unit in responsible_units(task.lead_units, task.co_units, index.unit_directory)
            }
            names = sorted_by_pinyin(named)
        else:
            names = [unit.name for unit in self.session.ledger.units()]
        self.filter_bar.set_units(names)

    def show_error(self, text: str) -> None:
        from PySide6.QtWidgets import QMessageBox  # not needed at start-up

        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("govledger"),
            text,
            QMessageBox.StandardButton.Ok,
            self,
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()  # not exec(): the window keeps running while the message shows

    def _counts_for(self, task_id: int) -> TaskCounts | None:
        if not self.model.plan_index.complete:
            return None
        return self.model.plan_index.counts(self.model.today).get(task_id, TaskCounts())

    def _update_counts(self) -> None:
        self.status.show_counts(self.model)

    # ------------------------------------------------------------ selection
    def current_task_id(self) -> int | None:
        index = self.tree.currentIndex()
        return index.data(TaskTreeModel.TaskIdRole) if index.isValid() else None

    def selected_task_ids(self) -> list[int]:
        rows = self.tree.selectionModel().selectedRows()
        ids = [index.data(TaskTreeModel.TaskIdRole) for index in rows]
        current = self.current_task_id()
        return ids or ([current] if current is not None else [])

    def select_task(self, task_id: int) -> bool:
        source = self.model.index_for_task(task_id)
        index = self.proxy.mapFromSource(source)
        if not index.isValid():
            return False
        parent = index.parent()
        while parent.isValid():
            self.tree.expand(parent)
            parent = parent.parent()
        flags = (
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows
        )
        self.tree.selectionModel().setCurrentIndex(index, flags)
        self.tree.scrollTo(index)
        return True

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.detail.show_task(current.data(TaskTreeModel.TaskIdRole) if current.isValid() else None)

    def _task_created(self, task_id: int) -> None:
        self.select_task(task_id)
        editor = self.detail.text_editor()
        if editor is not None:
            editor.setFocus()
            editor.selectAll()

    # ------------------------------------------------------------ filters
    def apply_filter(self, criteria: FilterCriteria) -> None:
        self.filtering.apply(criteria)

    def focus_search(self) -> None:
        self.filter_bar.setVisible(True)
        self.filter_bar.search_edit.setFocus()
        self.filter_bar.search_edit.selectAll()

    # ------------------------------------------------------------ task operations
    def add_requirement(self) -> None:
        self.operations.add_requirement(self.current_task_id())

    def add_heading(self) -> None:
        self.operations.add_heading(self.current_task_id())

    def delete_selected(self) -> None:
        self.operations.delete(self.selected_task_ids())

    def indent(self) -> None:
        self.operations.indent(self.current_task_id())

    def outdent(self) -> None:
        self.operations.outdent(self.current_task_id())

    def move_up(self) -> None:
        self.operations.move_up(self.current_task_id())

    def move_down(self) -> None:
        self.operations.move_down(self.current_task_id())

    def edit_current(self) -> None:
        index = self.tree.currentIndex()
        if index.isValid():
            self.tree.edit(index.siblingAtColumn(1))

    # ------------------------------------------------------------ dialogs
    def new_plan(self) -> None:
        from govledger.ui.new_plan_dialog import NewPlanDialog

        NewPlanDialog(self.session, self.settings, self).open()

    def import_plan(self, path: Path | None = None) -> None:
        from govledger.ui.import_dialog import ImportDialog

        dialog = ImportDialog(self.session, self.settings, self)
        dialog.open()
        if path is not None:
            dialog.load_file(path)

    def connect_server_ledger(self) -> None:
        from govledger.ui.ledger_opening import try_server
        from govledger.ui.server_dialog import ask_for_server

        ask_for_server(self, self.settings, try_server, self.open_server_ledger)

    def open_server_ledger(self, url: str, password: str) -> None:
        """The ledger on the unit's server, in a window in place of this one."""
        from govledger.ui.ledger_opening import open_server, replace_window

        try:
            ledger = open_server(url, password)
        except GovLedgerError as exc:
            self.show_error(str(exc))
            return
        replace_window(self, ledger)

    def export_evidence_pack(self) -> None:
        from govledger.ui.evidence_pack_export import EvidencePackExporter

        exporter = self.findChild(EvidencePackExporter) or EvidencePackExporter(self.session, self)
        exporter.choose_and_export(self.model.plan_id)

    def open_settings(self) -> None:
        from govledger.ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.settings, self.session.ledger, self)
        dialog.accepted.connect(self.settings_changed)
        dialog.open()

    def settings_changed(self) -> None:
        self.model.set_warning_days(self.settings.warning_days)
        self.filter_bar.set_my_unit(self.settings.my_unit)
        self.detail.set_my_unit(self.settings.my_unit)
        self._update_counts()

    def open_unit_directory(self) -> None:
        from govledger.ui.unit_directory_dialog import UnitDirectoryDialog

        UnitDirectoryDialog(self.session, self).open()

    # ------------------------------------------------------------ window state
    def set_wrap_rows(self, on: bool) -> None:
        self.tree.set_wrap_rows(on)
        self.settings.wrap_rows = on

    def place_on_screen(self) -> None:
        """The default size and place: the screen's free area, frame and taskbar left out."""
        window_geometry.place_on_screen(self, self.splitter, DETAIL_WIDTH)

    def restore_state(self) -> None:
        """The clerk's column widths, wrapped rows, window place and splitter, as left."""
        window_geometry.restore_window(self, self.settings)

    def check_ledger_file(self) -> bool:
        """Re-read the ledger if another file replaced it; say so. True when it did."""
        if getattr(self, "_shut_down", False) or not self.session.reload_if_replaced():
            return False
        self.status.show_notice(
            self.tr("The ledger file was replaced by another program; it has been read again.")
        )
        return True

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.ActivationChange and self.isActiveWindow():
            self.check_ledger_file()  # back from Explorer or another program
        super().changeEvent(event)

    def show_safety_notices(self, recovered_from: Path | None, set_aside_as: Path | None) -> None:
        """Read-only, network folder, just recovered: facts that change what to expect."""
        notices = safety_notices(self.session.ledger, recovered_from, set_aside_as)
        self._update_title()
        self.status.show_notice(" · ".join(notices))

    def keep_typed_note(self) -> bool:
        """Ask about a progress note typed but not added; False when the clerk cancels."""
        from govledger.ui.unsaved_edits import ask_about_typed_note

        return ask_about_typed_note(self, self.detail)

    def commit_for_session_end(self, _manager: object = None) -> None:
        """The OS is ending the session (Windows logoff/shutdown): save everything typed."""
        self.detail.flush(add_pending_note=True, interactive=False)

    def shut_down(self) -> None:
        """Release the ledger and its lock (also on Windows shutdown); nothing to save."""
        if getattr(self, "_shut_down", False):
            return
        self._shut_down = True
        # no one to ask: keep what was typed
        self.detail.flush(add_pending_note=True, interactive=False)
        self.deadlines.shutdown()
        self.model.shutdown()
        evidence = self.detail.pages_built()[1]
        if evidence is not None:
            evidence.shutdown()  # an upload's or a download's own connection
        self.session.close()
        lock = getattr(self, "ledger_lock", None)
        if lock is not None:
            lock.release()

    def closeEvent(self, event: QCloseEvent) -> None:
        # A save refused as stale and cancelled leaves typed text in the form: stay open.
        if not self.keep_typed_note() or not self.detail.flush(can_cancel=True):
            event.ignore()
            return
        self.session.poller.stop()
        window_geometry.save_window(self, self.settings)
        super().closeEvent(event)
