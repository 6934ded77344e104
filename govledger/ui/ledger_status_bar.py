"""The main window's status bar: what to heed, where the ledger is, and the plan's counts.

From the left: a red notice for facts that change what to expect (read-only, on a
network folder, just recovered, replaced by another program, upgraded by a newer
govledger), an amber one while a colleague runs a whole-ledger job on a server
ledger, the ledger's place, and on the right the chosen plan's counts (and, on a
server, the clerk's role: access_rules.py).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QStatusBar, QWidget

from govledger.domain.model import Status
from govledger.ui.job_notice import JobNotice

if TYPE_CHECKING:
    from govledger.ui.session import LedgerSession
    from govledger.ui.task_tree_model import TaskTreeModel


class LedgerStatusBar(QStatusBar):
    def __init__(self, session: LedgerSession, parent: QWidget | None = None):
        super().__init__(parent)
        self.notice_label = QLabel(self)  # read-only, network folder, recovered
        self.notice_label.setStyleSheet("color: #B01E23; font-weight: bold;")
        self.notice_label.hide()
        self.job_notice = JobNotice(self)  # a colleague's import…
        session.poller.job_changed.connect(self.job_notice.show_job)
        session.poller.upgraded.connect(self.show_upgraded)
        session.poller.refused.connect(self.show_refused)
        self.path_label = ElidedPathLabel(self)
        self.counts_label = QLabel(self)
        self.addWidget(self.notice_label)
        self.addWidget(self.job_notice)
        self.addWidget(self.path_label, 1)
        self.addPermanentWidget(self.counts_label)

        ledger = session.ledger
        if ledger.is_server:  # a server's address, never the local folder of its copies
            shown = self.tr("Server ledger: {location}").format(location=ledger.location)
        else:
            shown = self.tr("Ledger: {path}").format(path=ledger.path)
        self.path_label.set_full_text(shown)
        self.path_label.setToolTip(ledger.location)

    def show_notice(self, text: str) -> None:
        """The red notice; an empty text hides it."""
        self.notice_label.setText(text)
        self.notice_label.setVisible(bool(text))

    def show_upgraded(self, explanation: str) -> None:
        """A newer govledger upgraded the server ledger under this window: say so where
        it stays, and once in a box, since saving from here may now fail."""
        from PySide6.QtWidgets import QMessageBox  # not needed at start-up

        self.show_notice(self.tr("Upgraded by a newer govledger: close this window"))
        self.notice_label.setToolTip(explanation)
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Ledger upgraded"),
            explanation,
            QMessageBox.StandardButton.Ok,
            self.window(),
        )
        box.setInformativeText(
            self.tr(
                "This window no longer shows other clerks' changes. Copy out anything you are "
                "typing, close govledger and install the version named above."
            )
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.setObjectName("upgradedBox")
        box.open()  # not modal to the event loop: the clerk may still copy text out

    def show_refused(self, explanation: str) -> None:
        """The server refuses this login even reading: other clerks' changes stop showing."""
        self.show_notice(self.tr("The server no longer lets this login read the ledger"))
        self.notice_label.setToolTip(explanation)

    def show_counts(self, model: TaskTreeModel) -> None:
        """The chosen plan's counts, once its index is built."""
        index = model.plan_index
        if model.plan_id is None:
            self.counts_label.setText("")
        elif not index.complete:
            self.counts_label.setText(self.tr("Indexing the plan…"))
        else:
            counts = index.counts(model.today)[None]
            soon = index.due_soon_count(model.today, model.warning_days, model.is_workday)
            self.counts_label.setText(
                self.tr(
                    "{total} requirements · {done} done · {progress} in progress · "
                    "{overdue} overdue · {soon} due soon"
                ).format(
                    total=counts.total,
                    done=counts.done,
                    progress=counts.by_status.get(Status.IN_PROGRESS, 0),
                    overdue=counts.by_status.get(Status.OVERDUE, 0),
                    soon=soon,
                )
            )


class ElidedPathLabel(QLabel):
    """The ledger's place, shortened in the middle (…) to the room it has: a deep
    folder must not widen the window past a laptop's screen. The tooltip has it whole."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.full_text = ""
        # takes what is left, asks for nothing
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def set_full_text(self, text: str) -> None:
        self.full_text = text
        self._elide()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        width = max(self.contentsRect().width(), 0)
        self.setText(
            self.fontMetrics().elidedText(self.full_text, Qt.TextElideMode.ElideMiddle, width)
        )
