"""Starting the window does not load sqlite-utils (issue 18).

sqlite-utils (with click, pluggy, dateutil and its plugin hooks) costs ~65 ms to
import: it is loaded by what uses it — a migration that rebuilds a table, a
unit-package merge, ``export data`` — and never on the way to the window. This runs
the start-up as `govledger` does, in a fresh interpreter, until the main window has
been shown and its first events handled, and looks at what was imported.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from govledger.domain.model import TaskKind
from govledger.store import Ledger

START_AND_REPORT = """
import json, sys
from pathlib import Path
from govledger.cli import preload_for_gui
preload_for_gui()  # as `govledger` does before it loads Qt
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv)

def report_when_shown():
    for widget in app.topLevelWidgets():
        if widget.objectName() == "mainWindow" and widget.isVisible():
            widget.repaint()
            app.processEvents()
            loaded = sorted(name for name in sys.modules if name.split(".")[0] in
                            ("sqlite_utils", "click", "pluggy", "dateutil", "sqlite_fts4"))
            print(json.dumps({"shown": True, "loaded": loaded}), flush=True)
            app.quit()
            return
    QTimer.singleShot(5, report_when_shown)

QTimer.singleShot(0, report_when_shown)
from govledger.ui.app import run_app
run_app(Path(sys.argv[1]))
"""


def _ledger_with_a_plan(path: Path) -> None:
    with Ledger.open(path) as ledger:
        plan = ledger.create_plan("2026年政务公开工作要点", 2026).first_created("plans")
        heading = ledger.add_task(plan, "一、强化政策解读", kind=TaskKind.HEADING, number="一")
        ledger.add_task(plan, "做好重大政策解读", parent_id=heading.first_created("tasks"))


def test_the_window_starts_without_sqlite_utils(tmp_path: Path) -> None:
    ledger = tmp_path / "data" / "ledger.sqlite"
    _ledger_with_a_plan(ledger)
    home = tmp_path / "home"
    home.mkdir()
    env = {
        **os.environ,
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home),
        "GOVLEDGER_DATA": str(tmp_path / "data"),
        "QT_QPA_PLATFORM": "offscreen",
    }
    result = subprocess.run(
        [sys.executable, "-c", START_AND_REPORT, str(ledger)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    lines = [line for line in result.stdout.splitlines() if line.startswith("{")]
    assert lines, f"the window never reported itself shown:\n{result.stderr[-2000:]}"
    report = json.loads(lines[-1])
    assert report == {"shown": True, "loaded": []}
