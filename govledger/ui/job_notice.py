"""The status bar's word on a colleague's whole-ledger job (a server ledger only).

While another clerk imports a plan or carries work over, this window cannot start
such a job, and the tree will change under the clerk when it ends: both are worth
saying before the clerk finds out by being refused.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QStatusBar

from govledger.domain.jobs import RunningJob

ENDED_MESSAGE_MS = 8000


class JobNotice(QLabel):
    def __init__(self, status_bar: QStatusBar):
        super().__init__(status_bar)
        self.status_bar = status_bar
        self.setStyleSheet("color: #8A5A00; font-weight: bold;")  # amber: wait, not error
        self.job: RunningJob | None = None
        self.hide()

    def show_job(self, job: RunningJob | None) -> None:
        ended, self.job = self.job, job
        if job is None:
            self.hide()
            if ended is not None:
                self.status_bar.showMessage(
                    self.tr("{who} has finished {what}.").format(
                        who=ended.who(), what=ended.what()
                    ),
                    ENDED_MESSAGE_MS,
                )
            return
        self.setText(
            self.tr("{who} is {what}: the ledger updates when they finish.").format(
                who=job.who(), what=job.what()
            )
        )
        self.setToolTip(
            self.tr(
                "Until then no other import, carry-over or package merge can start on this ledger."
            )
        )
        self.show()
