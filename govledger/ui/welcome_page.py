"""The first thing a clerk sees in an empty ledger: what to do first, and where things live.

Instead of an empty tree and a plan box saying "（尚无方案）": 导入方案 (Ctrl+I), a
blank plan, and a demo ledger to look around in. The demo is a ledger of its own
beside the real one (示例台账/ledger.sqlite in the same folder), opened in a second
window, so nothing of it ever mixes with the office's records.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from govledger.ui.appearance import style_hint

if TYPE_CHECKING:
    from govledger.store import Ledger

DEMO_FOLDER = "示例台账"
COLUMN_WIDTH = 560


def demo_ledger_path(ledger_path: Path) -> Path:
    """Where the demo ledger of this ledger's folder lives."""
    return ledger_path.parent / DEMO_FOLDER / "ledger.sqlite"


def app_command(ledger: Path) -> list[str]:
    """The command that opens another govledger window on ledger (frozen or not)."""
    if getattr(sys, "frozen", False):
        return [sys.executable, "--db", str(ledger)]
    return [sys.executable, "-m", "govledger", "--db", str(ledger)]


def start_process(command: Sequence[str]) -> None:
    subprocess.Popen(list(command), close_fds=True)


class WelcomePage(QWidget):
    """Shown in place of the tree while the ledger holds no plan."""

    def __init__(
        self,
        ledger: Ledger,
        import_action: QAction,
        new_plan_action: QAction,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        # a server ledger's: a folder of this PC's copies, where the demo goes too
        self.ledger_path = ledger.path
        self.launch: Callable[[Sequence[str]], None] = start_process  # tests replace it
        title = QLabel(self.tr("Welcome to govledger"), self)
        title.setStyleSheet("font-size: 18pt; font-weight: bold;")
        intro = QLabel(
            self.tr(
                "Start with the plan your office received (分工方案, a Word or Excel file, "
                "a web page or a PDF): govledger reads its duties, units and deadlines, "
                "and you check them before anything is saved."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.import_button = QPushButton(self.tr("Import plan… (Ctrl+I)"), self)
        self.import_button.setDefault(True)
        self.import_button.clicked.connect(import_action.trigger)
        self.new_button = QPushButton(self.tr("Start a blank plan…"), self)
        self.new_button.clicked.connect(new_plan_action.trigger)
        self.demo_button = QPushButton(self.tr("Open the demo ledger"), self)
        self.demo_button.setToolTip(
            self.tr("A separate ledger with a sample plan and its work; yours stays empty.")
        )
        self.demo_button.clicked.connect(self.open_demo)
        if ledger.is_server:
            where = self.tr(
                "Your ledger: the server ledger {location}\n"
                "Backups: kept on the server by your IT administrator"
            ).format(location=ledger.location)
        else:
            where = self.tr("Your ledger: {ledger}\nBackups: {backups}").format(
                ledger=ledger.path, backups=ledger.path.parent / "backups"
            )
        self.where = QLabel(where, self)
        self.where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.where.setWordWrap(True)
        style_hint(self.where)
        self.status = QLabel(self)
        self.status.setWordWrap(True)

        column = QWidget(self)
        column.setFixedWidth(COLUMN_WIDTH)  # a fixed width: wrapped labels get their height
        inner = QVBoxLayout(column)
        inner.setSpacing(12)
        inner.addWidget(title)
        inner.addWidget(intro)
        for button in (self.import_button, self.new_button, self.demo_button):
            button.setMinimumHeight(button.sizeHint().height() + 8)
            inner.addWidget(button)
        inner.addSpacing(12)
        inner.addWidget(self.where)
        inner.addWidget(self.status)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(column)
        row.addStretch(1)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)

    def open_demo(self) -> Path | None:
        """Build the demo ledger (once) and open it in a window of its own."""
        from govledger.demo import build_demo
        from govledger.messages import GovLedgerError
        from govledger.store import Ledger

        path = demo_ledger_path(self.ledger_path)
        try:
            if not path.exists():
                with Ledger.open(path) as ledger:
                    build_demo(ledger)
        except (GovLedgerError, OSError) as exc:
            self.status.setText(
                self.tr("The demo ledger could not be made: {detail}").format(detail=exc)
            )
            return None
        self.launch(app_command(path))
        self.status.setText(
            self.tr("The demo ledger opens in a second window ({path}).").format(path=path)
        )
        return path
