"""Issue 19, item 6: a ledger file replaced while the window has it open (a copy moved
over it) is noticed; the window re-reads the new file and says so, and what the
clerk does next lands in the new file, not in the replaced one."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from govledger.store import Ledger
from govledger.ui.main_window import MainWindow


def test_a_file_moved_over_the_open_ledger_is_read_again(
    qtbot, session, settings, small_plan, ledger_path: Path, tmp_path: Path
) -> None:
    window = MainWindow(session, settings)
    qtbot.addWidget(window)
    assert window.check_ledger_file() is False  # nothing replaced yet

    other = tmp_path / "other" / "ledger.sqlite"
    with Ledger.open(other) as ledger:
        ledger.create_plan("从备份恢复的方案", 2025)
    copy = ledger_path.with_name("incoming.sqlite")
    shutil.copy2(other, copy)
    os.replace(copy, ledger_path)  # what a file manager's "replace" does

    assert window.check_ledger_file() is True
    assert [plan.title for plan in session.ledger.plans()] == ["从备份恢复的方案"]
    assert "read again" in window.notice_label.text() and window.notice_label.isVisibleTo(window)
    assert session.undo_stack.count() == 0
    assert "从备份恢复的方案" in window.plan_combo.currentText()  # the window re-read it

    session.perform("new", lambda: session.ledger.create_plan("之后新建的方案", 2026))
    session.ledger.close()
    with Ledger.open(ledger_path, read_only=True) as reread:
        assert {plan.title for plan in reread.plans()} == {"从备份恢复的方案", "之后新建的方案"}
    assert window.check_ledger_file() is False  # the same file now: nothing to do
