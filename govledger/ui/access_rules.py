"""What the window lets the user change on a shared server ledger (issue 24).

The server decides (store/server_roles.py); the window only shows the same rule
ahead of time, from ``ledger.my_role()`` and ``ledger.may_write()``: who the user
is, in the status bar; for a unit clerk, the administrator's actions (plans, import,
回头看, packages, the unit directory, the report, the tree's structure) disabled,
and on a requirement of another unit everything but reading, each with a tooltip
saying why. A ledger file, an owner and an administrator see nothing of this.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractItemView, QLabel, QLineEdit, QPlainTextEdit, QWidget

from govledger.domain.access import Access
from govledger.domain.changes import ChangeSet
from govledger.messages import GovLedgerError

if TYPE_CHECKING:
    from govledger.ui.detail_panel import DetailPanel
    from govledger.ui.main_window import MainWindow


class AccessRules(QObject):
    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.window = window
        self.access: Access = window.session.ledger.my_role()
        self.role_label = QLabel(self.role_text(self.access), window)
        self.role_label.setObjectName("roleLabel")
        self.role_label.setVisible(bool(self.role_label.text()))
        window.statusBar().addPermanentWidget(self.role_label)
        window.session.changed.connect(self._on_changed)
        if not self.access.is_clerk:
            return
        self._admin_actions = self._admin_only_actions()
        self._disable_admin_actions()
        # the exchange menu enables its actions as it opens: disable them again after it
        window.window_actions.exchange_menu.aboutToShow.connect(self._disable_admin_actions)
        window.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        window.tree.setDragEnabled(False)  # the tree's order is the administrator's
        window.detail.access_rules = self.apply_to_detail

    def role_text(self, access: Access) -> str:
        if access.is_clerk:
            units = "、".join(access.units) or self.tr("no unit")
            return self.tr("Role: {units} clerk").format(units=units)
        if access.role in ("owner", "admin"):
            return self.tr("Role: administrator")
        return ""

    def _on_changed(self, changes: ChangeSet) -> None:
        """IT changed this login's rights while the window is open (govledger server …):
        a clerk's new units apply at once; another role once the ledger is reopened,
        since which actions the window offers is set up when it opens."""
        if changes.access_changed_for != self.access.login or not self.access.login:
            return
        try:
            now = self.window.session.ledger.my_role()
        except GovLedgerError:
            return  # unreachable for a moment: the server still decides every write
        if now == self.access:
            return
        if now.is_clerk and self.access.is_clerk:
            self.access = now
            self.apply_to_detail(self.window.detail)
        else:
            self.window.statusBar().show_notice(
                self.tr("Your rights on this ledger were changed: reopen it to use them")
            )
        self.role_label.setText(self.role_text(now))
        self.role_label.setVisible(bool(self.role_label.text()))

    # ------------------------------------------------------------ the window
    def _admin_only_actions(self) -> list[QAction]:
        actions = self.window.window_actions
        deadlines = self.window.deadlines
        return [
            actions.new_plan,
            actions.import_plan,
            actions.units,
            actions.add,
            actions.add_heading,
            actions.edit,
            actions.delete,
            actions.indent,
            actions.outdent,
            actions.move_up,
            actions.move_down,
            actions.exchange_menu.review_action,
            actions.exchange_menu.import_action,
            actions.exchange_menu.conflicts_action,
            actions.report_menu.register_action,
            actions.report_menu.editor_action,
            deadlines.holidays_action,
        ]

    def _disable_admin_actions(self) -> None:
        why = self.tr("Only the ledger administrator can do this.")
        for action in self._admin_actions:
            action.setEnabled(False)
            action.setToolTip(why)
            action.setStatusTip(why)
            menu = action.parent()
            if hasattr(menu, "setToolTipsVisible"):
                menu.setToolTipsVisible(True)

    # ------------------------------------------------------------ the task shown
    def apply_to_detail(self, detail: DetailPanel) -> None:
        """Enable what the clerk may change of the task the panel shows."""
        task = detail.task
        if task is None:
            return
        if task.is_heading:
            self._set(detail.heading_form.editors(), False, self._admin_only())
            return
        writable = detail.session.ledger.may_write(task.id, self.access)
        why = "" if writable else self._not_yours()
        form = detail.form
        self._set(form.content_editors(), False, self._admin_only())
        self._set([form.status_combo, form.progress_slider, form.progress_spin], writable, why)
        log, panel = detail.pages_built()
        if log is not None:
            self._set([log.add_button, log.delete_button, log.text_edit], writable, why)
            log.table.setEditTriggers(
                QAbstractItemView.EditTrigger.DoubleClicked
                | QAbstractItemView.EditTrigger.EditKeyPressed
                if writable
                else QAbstractItemView.EditTrigger.NoEditTriggers
            )
        if panel is not None:
            panel.writable = writable
            panel.setAcceptDrops(writable)
            self._set([panel.add_file_button, panel.paste_button, panel.link_button], writable, why)
            panel.update_buttons()
            panel.list.setEditTriggers(
                QAbstractItemView.EditTrigger.EditKeyPressed
                if writable
                else QAbstractItemView.EditTrigger.NoEditTriggers
            )

    def _not_yours(self) -> str:
        return self.tr(
            "Only requirements that {units} lead or cooperate on can be filled in; "
            "this one can only be read."
        ).format(units="、".join(self.access.units))

    def _admin_only(self) -> str:
        return self.tr("Only the ledger administrator can change the requirement itself.")

    @staticmethod
    def _set(widgets: list[QWidget], enabled: bool, why: str) -> None:
        """Text stays selectable (read-only); other controls are disabled."""
        for widget in widgets:
            if isinstance(widget, QLineEdit | QPlainTextEdit):
                widget.setReadOnly(not enabled)
            else:
                widget.setEnabled(enabled)
            widget.setToolTip(why)
