"""The main window's actions, menus and toolbar, in one place so shortcuts stay unique."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtWidgets import QStyle, QToolBar

from govledger.ui.exchange_menu import ExchangeMenu
from govledger.ui.report_menu import ReportMenu

if TYPE_CHECKING:
    from govledger.ui.main_window import MainWindow


class WindowActions:
    def __init__(self, window: MainWindow):
        self.window = window
        style = window.style()
        icon = lambda pixmap: style.standardIcon(pixmap)  # noqa: E731
        sp = QStyle.StandardPixmap
        self.new_plan = self._action(
            QCoreApplication.translate("WindowActions", "&New plan…"),
            window.new_plan,
            "Ctrl+Shift+P",
            icon(sp.SP_FileIcon),
        )
        self.import_plan = self._action(
            QCoreApplication.translate("WindowActions", "&Import plan…"),
            window.import_plan,
            "Ctrl+I",
            icon(sp.SP_DialogOpenButton),
        )
        self.connect_server = self._action(
            QCoreApplication.translate("WindowActions", "Connect to the unit's server ledger…"),
            window.connect_server_ledger,
        )
        self.export_evidence = self._action(
            QCoreApplication.translate("WindowActions", "Export evi&dence pack…"),
            window.export_evidence_pack,
        )
        self.settings = self._action(
            QCoreApplication.translate("WindowActions", "&Settings…"),
            window.open_settings,
            "Ctrl+,",
        )
        self.export = self._action(
            QCoreApplication.translate("WindowActions", "&Export and print…"),
            lambda: _export_dialog().open_export(window),
            "Ctrl+E",
        )
        self.print_preview = self._action(
            QCoreApplication.translate("WindowActions", "Print pre&view…"),
            lambda: _export_dialog().open_print_preview(window),
            QKeySequence.StandardKey.Print,
        )
        self.backups = self._action(
            QCoreApplication.translate("WindowActions", "&Backups and restore…"),
            lambda: _open_backups(window),
        )
        self.quit = self._action(
            QCoreApplication.translate("WindowActions", "E&xit"),
            window.close,
            QKeySequence.StandardKey.Quit,
        )
        stack = window.session.undo_stack
        self.undo = stack.createUndoAction(
            window, QCoreApplication.translate("WindowActions", "Undo")
        )
        self.undo.setShortcut(QKeySequence.StandardKey.Undo)
        self.undo.setIcon(icon(sp.SP_ArrowBack))
        self.redo = stack.createRedoAction(
            window, QCoreApplication.translate("WindowActions", "Redo")
        )
        self.redo.setShortcuts([QKeySequence("Ctrl+Y"), QKeySequence("Ctrl+Shift+Z")])
        self.redo.setIcon(icon(sp.SP_ArrowForward))
        self.add = self._action(
            QCoreApplication.translate("WindowActions", "&Add requirement"),
            window.add_requirement,
            ["Insert", "Ctrl+N"],
            icon(sp.SP_FileDialogNewFolder),
        )
        self.add_heading = self._action(
            QCoreApplication.translate("WindowActions", "Add &heading"),
            window.add_heading,
            "Ctrl+Shift+N",
        )
        self.delete = self._action(
            QCoreApplication.translate("WindowActions", "&Delete…"),
            window.delete_selected,
            "Delete",
            icon(sp.SP_TrashIcon),
        )
        # Tab moves the focus on, as everywhere in Windows; levels change as in Word's
        # outline view (Alt+Shift+arrows), Alt+arrows kept for those used to them.
        self.indent = self._action(
            QCoreApplication.translate("WindowActions", "&Indent"),
            window.indent,
            ["Alt+Shift+Right", "Alt+Right"],
        )
        self.outdent = self._action(
            QCoreApplication.translate("WindowActions", "&Outdent"),
            window.outdent,
            ["Alt+Shift+Left", "Alt+Left"],
        )
        self.move_up = self._action(
            QCoreApplication.translate("WindowActions", "Move &up"),
            window.move_up,
            "Alt+Up",
            icon(sp.SP_ArrowUp),
        )
        self.move_down = self._action(
            QCoreApplication.translate("WindowActions", "Move do&wn"),
            window.move_down,
            "Alt+Down",
            icon(sp.SP_ArrowDown),
        )
        self.edit = self._action(
            QCoreApplication.translate("WindowActions", "&Edit text"), window.edit_current, "F2"
        )
        self.find = self._action(
            QCoreApplication.translate("WindowActions", "&Search"),
            window.focus_search,
            QKeySequence.StandardKey.Find,
        )
        self.clear_filters = self._action(
            QCoreApplication.translate("WindowActions", "&Clear filters"),
            window.filter_bar.clear,
            "Ctrl+Shift+L",
        )
        self.show_filters = QAction(
            QCoreApplication.translate("WindowActions", "Show &filter bar"), window
        )
        self.show_filters.setCheckable(True)
        self.show_filters.setChecked(True)
        self.show_filters.toggled.connect(window.filter_bar.setVisible)
        self.my_unit = QAction(QCoreApplication.translate("WindowActions", "&My unit only"), window)
        self.my_unit.setCheckable(True)
        self.my_unit.toggled.connect(window.filter_bar.my_unit_box.setChecked)
        window.filter_bar.my_unit_box.toggled.connect(self.my_unit.setChecked)
        self.wrap_rows = QAction(
            QCoreApplication.translate("WindowActions", "&Wrap long text"), window
        )
        self.wrap_rows.setCheckable(True)
        self.wrap_rows.setShortcut(QKeySequence("Ctrl+Shift+W"))
        self.wrap_rows.toggled.connect(window.set_wrap_rows)
        self.expand_all = self._action(
            QCoreApplication.translate("WindowActions", "E&xpand all"),
            window.tree.expandAll,
            "Ctrl+Shift+E",
        )
        self.collapse_all = self._action(
            QCoreApplication.translate("WindowActions", "C&ollapse all"),
            window.tree.collapseAll,
            "Ctrl+Shift+C",
        )
        self.units = self._action(
            QCoreApplication.translate("WindowActions", "&Unit directory…"),
            window.open_unit_directory,
            "Ctrl+U",
        )
        # Tree-only keys: Delete or Alt+arrows typed in a text field must stay there.
        for action in (
            self.add,
            self.delete,
            self.indent,
            self.outdent,
            self.move_up,
            self.move_down,
            self.edit,
        ):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            window.tree.addAction(action)

    def _action(self, text: str, slot, shortcut=None, icon: QIcon | None = None) -> QAction:
        action = QAction(text, self.window)
        if icon is not None:
            action.setIcon(icon)
        if isinstance(shortcut, list):
            action.setShortcuts([QKeySequence(s) for s in shortcut])
        elif shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def build_menus(self) -> None:
        bar = self.window.menuBar()
        file_menu = bar.addMenu(QCoreApplication.translate("WindowActions", "&File"))
        file_menu.addActions([self.new_plan, self.import_plan])
        file_menu.addSeparator()
        file_menu.addAction(self.connect_server)
        file_menu.addSeparator()
        file_menu.addActions([self.export, self.print_preview])
        file_menu.addSeparator()
        file_menu.addAction(self.export_evidence)
        file_menu.addSeparator()
        file_menu.addAction(self.settings)
        file_menu.addAction(self.backups)
        file_menu.addSeparator()
        file_menu.addAction(self.quit)
        edit_menu = bar.addMenu(QCoreApplication.translate("WindowActions", "&Edit"))
        edit_menu.addActions([self.undo, self.redo])
        edit_menu.addSeparator()
        edit_menu.addActions([self.add, self.add_heading, self.edit, self.delete])
        edit_menu.addSeparator()
        edit_menu.addActions([self.indent, self.outdent, self.move_up, self.move_down])
        view_menu = bar.addMenu(QCoreApplication.translate("WindowActions", "&View"))
        view_menu.addActions([self.find, self.my_unit, self.clear_filters, self.show_filters])
        view_menu.addSeparator()
        view_menu.addActions([self.wrap_rows, self.expand_all, self.collapse_all])
        # Columns hidden to keep the requirement text readable come back from here.
        self.columns_menu = view_menu.addMenu(
            QCoreApplication.translate("WindowActions", "Co&lumns")
        )
        self.columns_menu.aboutToShow.connect(
            lambda: self.window.tree.columns.fill_menu(self.columns_menu)
        )
        tools_menu = bar.addMenu(QCoreApplication.translate("WindowActions", "&Tools"))
        tools_menu.addAction(self.units)
        session = self.window.session
        self.exchange_menu = ExchangeMenu(
            self.window, lambda: session.ledger, session.perform, lambda: self.window.model.plan_id
        )
        bar.addMenu(self.exchange_menu)
        self.report_menu = ReportMenu(
            self.window,
            session,
            lambda: self.window.settings.warning_days,
            lambda: self.window.model.plan_id,
        )
        bar.addMenu(self.report_menu)

    def build_toolbar(self, plan_widgets: list) -> QToolBar:
        toolbar = QToolBar(QCoreApplication.translate("WindowActions", "Main toolbar"), self.window)
        toolbar.setObjectName("mainToolbar")
        toolbar.setContentsMargins(6, 2, 6, 2)
        toolbar.layout().setSpacing(4)
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for widget in plan_widgets:
            toolbar.addWidget(widget)
        toolbar.addSeparator()
        toolbar.addActions([self.import_plan, self.add, self.delete])
        toolbar.addSeparator()
        toolbar.addActions([self.move_up, self.move_down])
        toolbar.addSeparator()
        toolbar.addActions([self.undo, self.redo])
        return toolbar


def _export_dialog():
    """The export dialog module, loaded when first used (it is not needed to start)."""
    from govledger.ui import export_dialog

    return export_dialog


def _open_backups(window: MainWindow) -> None:
    from govledger.ui.restore_dialog import open_backups  # the dialog loads on first use

    open_backups(window)
