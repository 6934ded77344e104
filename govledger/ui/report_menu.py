"""The 年度报告 menu: the 依申请公开 register and the yearly report editor.

A QMenu the main window adds to its menu bar, like the exchange menu; each action
opens its window non-modally and returns it, so tests can drive it. One register
and one editor window at a time: choosing the action again brings it forward.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMenu, QWidget

from govledger.ui.session import LedgerSession

if TYPE_CHECKING:  # the windows load when first opened: not needed to start the app
    from govledger.ui.application_register import ApplicationRegisterWindow
    from govledger.ui.report_editor import ReportEditor


class ReportMenu(QMenu):
    def __init__(
        self,
        parent: QWidget,
        session: LedgerSession,
        warning_days: Callable[[], int],
        current_plan: Callable[[], int | None],
    ):
        super().__init__(parent)
        self.setTitle(self.tr("&Annual report"))
        self.window = parent
        self.session = session
        self.warning_days = warning_days
        self.current_plan = current_plan
        self.register_window: ApplicationRegisterWindow | None = None
        self.editor: ReportEditor | None = None
        self.register_action = self.addAction(
            self.tr("&Requests register (依申请公开)…"), self.open_register
        )
        self.editor_action = self.addAction(self.tr("Annual re&port…"), self.open_editor)

    def open_register(self) -> ApplicationRegisterWindow:
        if self.register_window is None:
            from govledger.ui.application_register import ApplicationRegisterWindow

            self.register_window = ApplicationRegisterWindow(
                self.session, self.window, warning_days=self.warning_days()
            )
        self.register_window.show()
        self.register_window.raise_()
        self.register_window.activateWindow()
        return self.register_window

    def show_application(self, application_id: int) -> ApplicationRegisterWindow:
        """The register, at the year the request was received in, with it selected."""
        register = self.open_register()
        register.set_year(self.session.ledger.application(application_id).received_on.year)
        register.select(application_id)
        return register

    def open_editor(self) -> ReportEditor:
        if self.editor is None:
            plan_id = self.current_plan()
            plan = self.session.ledger.plan(plan_id) if plan_id is not None else None
            # The report of the plan on screen; with none, the year that has just ended.
            year = plan.year if plan is not None else date.today().year - 1
            from govledger.ui.report_editor import ReportEditor

            self.editor = ReportEditor(self.session, self.window, year=year, plan_id=plan_id)
        self.editor.show()
        self.editor.raise_()
        self.editor.activateWindow()
        return self.editor
