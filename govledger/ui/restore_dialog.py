"""备份与恢复: list the ledger's backups, back up now, restore one.

Restoring first backs up the ledger as it is (the store does this), so a restore can
itself be taken back by restoring that backup.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from govledger.messages import GovLedgerError, message
from govledger.store.backups import BackupInfo
from govledger.ui.session import LedgerSession
from govledger.ui.window_geometry import fit_to_screen

log = logging.getLogger("govledger")
RIGHT_ALIGNED = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def reason_label(reason: str) -> str:
    labels = {
        "daily": QCoreApplication.translate("RestoreDialog", "Daily, on start"),
        "import": QCoreApplication.translate("RestoreDialog", "Before an import"),
        "merge": QCoreApplication.translate("RestoreDialog", "Before a merge"),
        "manual": QCoreApplication.translate("RestoreDialog", "Made by hand"),
        "before_restore": QCoreApplication.translate("RestoreDialog", "Before a restore"),
    }
    if reason.startswith("upgrade_from_v"):
        return QCoreApplication.translate("RestoreDialog", "Before an upgrade")
    return labels.get(reason, reason)


class RestoreDialog(QDialog):
    def __init__(self, session: LedgerSession, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("Backups and restore"))
        fit_to_screen(self, (760, 440))
        self.backups: list[BackupInfo] = []

        intro = QLabel(
            self.tr(
                "Backups are made every day on start and before every import and merge, "
                "and kept: all of the last day, one a day for a week, one a week for two "
                "months, one a month for two years. Restoring first backs up the ledger as "
                "it is now.",
            ),
            self,
        )
        intro.setWordWrap(True)
        self.table = QTableWidget(0, 5, self)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Made at"),
                self.tr("Why"),
                self.tr("Plans"),
                self.tr("Tasks"),
                self.tr("State"),
            ]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._update_buttons)

        self.backup_button = QPushButton(self.tr("Back up now"), self)
        self.restore_button = QPushButton(self.tr("Restore the selected backup…"), self)
        self.backup_button.clicked.connect(self.back_up_now)
        self.restore_button.clicked.connect(self.restore_selected)
        self.backup_button.setEnabled(not session.ledger.read_only)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.backup_button)
        buttons.addWidget(self.restore_button)
        buttons.addStretch(1)
        buttons.addWidget(close)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.reload()

    def reload(self) -> None:
        self.backups = self.session.ledger.list_backups()
        self.table.setRowCount(len(self.backups))
        for row, info in enumerate(self.backups):
            state = self.tr("Good") if info.ok else self.tr("Damaged")
            made_at = info.taken_at.strftime("%Y-%m-%d %H:%M:%S")
            if info.in_future:  # another PC's clock: listed, but not taken for the newest
                made_at += " " + message("backup.in_future")
            values = [
                made_at,
                reason_label(info.reason),
                str(info.plans),
                str(info.tasks),
                state,
            ]
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                if column in (2, 3):
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                item.setToolTip(str(info.path))
                self.table.setItem(row, column, item)
        self._update_buttons()

    def selected(self) -> BackupInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.backups[rows[0].row()] if rows else None

    def _update_buttons(self) -> None:
        chosen = self.selected()
        self.restore_button.setEnabled(
            chosen is not None and chosen.ok and not self.session.ledger.read_only
        )

    def back_up_now(self) -> Path | None:
        try:
            path = self.session.ledger.take_backup("manual")
        except (GovLedgerError, OSError) as exc:
            QMessageBox.warning(self, self.windowTitle(), str(exc))
            return None
        self.reload()
        return path

    def restore_selected(self, *, confirm: bool = True) -> bool:
        chosen = self.selected()
        if chosen is None:
            return False
        if confirm:
            text = self.tr(
                "Replace the whole ledger with the backup of {time} ({plans} plans, {tasks} "
                "tasks)? The ledger as it is now is backed up first, and edits cannot be "
                "undone across a restore.",
            ).format(
                time=chosen.taken_at.strftime("%Y-%m-%d %H:%M"),
                plans=chosen.plans,
                tasks=chosen.tasks,
            )
            answer = QMessageBox.question(self, self.windowTitle(), text)
            if answer != QMessageBox.StandardButton.Yes:
                return False
        done = self.session.restore(chosen.path)
        self.reload()
        if done:
            self._warn_missing_evidence()
        return done

    def _warn_missing_evidence(self) -> None:
        """A backup from another folder may refer to evidence not copied along."""
        missing = self.session.ledger.missing_evidence_files()
        if missing:
            names = "、".join(missing[:5]) + ("…" if len(missing) > 5 else "")
            text = message("backup.evidence_missing", count=len(missing), names=names)
            self.evidence_warning = QMessageBox(
                QMessageBox.Icon.Warning, self.windowTitle(), text, parent=self
            )
            self.evidence_warning.open()


def open_backups(window) -> RestoreDialog:  # window: MainWindow
    dialog = RestoreDialog(window.session, window)
    dialog.open()
    return dialog
