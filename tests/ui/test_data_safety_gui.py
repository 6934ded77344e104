"""Data safety in the GUI: one writer, read-only use, stale locks, damaged ledgers,
restoring backups, and unexpected errors."""

from __future__ import annotations

import logging
import socket
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from govledger.domain.model import TaskKind
from govledger.store import Ledger
from govledger.store.ledger_lock import LedgerLock, LockState
from govledger.ui.app import open_main_window
from govledger.ui.crash_handling import LOG_LIMIT_BYTES, install_crash_handlers
from govledger.ui.ledger_opening import open_ledger_for_window
from govledger.ui.ledger_safety import schedule_daily_backup
from govledger.ui.restore_dialog import RestoreDialog


class ScriptedPrompter:
    """Answers the opening questions as a test says, and records what was asked."""

    def __init__(self, read_only=True, stale="take_over", recover=True):
        self.answers = {"read_only": read_only, "stale": stale, "recover": recover}
        self.asked: list[str] = []
        self.errors: list[str] = []

    def open_read_only(self, owner):
        self.asked.append(f"held by {owner.host} pid {owner.pid} user {owner.user}")
        return self.answers["read_only"]

    def take_over_stale(self, owner):
        self.asked.append(f"stale from pid {owner.pid}")
        return self.answers["stale"]

    def recover_damaged(self, path, error, backup):
        self.asked.append(f"damaged; backup with {backup.plans if backup else None} plans")
        return self.answers["recover"]

    def error(self, text):
        self.errors.append(text)


@pytest.fixture
def filled_ledger(ledger_path: Path) -> Path:
    with Ledger.open(ledger_path) as ledger:
        plan = ledger.create_plan("2026年方案", 2026).first_created("plans")
        ledger.add_task(plan, "建立台账", kind=TaskKind.REQUIREMENT)
    return ledger_path


def test_first_window_locks_second_opens_read_only(qapp, filled_ledger: Path) -> None:
    first = open_ledger_for_window(filled_ledger, ScriptedPrompter())
    assert first is not None and first.lock is not None and not first.ledger.read_only
    prompter = ScriptedPrompter(read_only=True)
    second = open_ledger_for_window(filled_ledger, prompter)
    assert second is not None and second.lock is None and second.ledger.read_only
    assert prompter.asked and prompter.asked[0].startswith("held by")
    with pytest.raises(Exception, match="read-only"):
        second.ledger.create_plan("不应写入", 2026)
    second.ledger.close()
    first.ledger.close()
    first.lock.release()
    third = open_ledger_for_window(filled_ledger, ScriptedPrompter())
    assert third is not None and third.lock is not None  # free again after release
    third.ledger.close()
    third.lock.release()


def test_declining_read_only_opens_nothing(qapp, filled_ledger: Path) -> None:
    first = open_ledger_for_window(filled_ledger, ScriptedPrompter())
    assert open_ledger_for_window(filled_ledger, ScriptedPrompter(read_only=False)) is None
    first.ledger.close()
    first.lock.release()


def test_lock_held_by_another_process_names_its_owner(qapp, filled_ledger: Path, tmp_path) -> None:
    ready = tmp_path / "ready"
    script = textwrap.dedent(f"""
        import sys, time
        from pathlib import Path
        from PySide6.QtCore import QCoreApplication
        app = QCoreApplication(sys.argv)
        from govledger.store.ledger_lock import LedgerLock
        lock = LedgerLock(Path({str(filled_ledger)!r}))
        assert lock.acquire().value == "acquired"
        Path({str(ready)!r}).write_text("locked")
        time.sleep(30)
    """)
    holder = subprocess.Popen([sys.executable, "-c", script])
    try:
        for _ in range(200):
            if ready.exists():
                break
            subprocess.run([sys.executable, "-c", "pass"], check=True)  # wait a little
        assert ready.exists()
        lock = LedgerLock(filled_ledger)
        assert lock.acquire() is LockState.HELD
        owner = lock.owner()
        assert owner.pid == holder.pid and owner.since
        assert owner.host == socket.gethostname()  # the name the lock compares with
    finally:
        holder.kill()
        holder.wait()
    # The holder died without unlocking: its lock is stale now, taken over only when asked.
    lock = LedgerLock(filled_ledger)
    assert lock.acquire() is LockState.STALE
    prompter = ScriptedPrompter(stale="cancel")
    assert open_ledger_for_window(filled_ledger, prompter) is None
    assert prompter.asked == [f"stale from pid {holder.pid}"]
    opened = open_ledger_for_window(filled_ledger, ScriptedPrompter(stale="take_over"))
    assert opened is not None and opened.lock is not None and not opened.ledger.read_only
    opened.ledger.close()
    opened.lock.release()


def test_damaged_ledger_is_set_aside_and_recovered_on_start(qapp, filled_ledger: Path) -> None:
    with Ledger.open(filled_ledger) as ledger:
        ledger.take_backup("manual")
    garbage = b"\x13" * 8192
    filled_ledger.write_bytes(garbage)
    prompter = ScriptedPrompter(recover=True)
    opened = open_ledger_for_window(filled_ledger, prompter)
    assert opened is not None and prompter.asked == ["damaged; backup with 1 plans"]
    assert [p.title for p in opened.ledger.plans()] == ["2026年方案"]
    assert opened.set_aside_as.read_bytes() == garbage
    opened.ledger.close()
    opened.lock.release()


def test_declined_recovery_touches_nothing(qapp, filled_ledger: Path) -> None:
    with Ledger.open(filled_ledger) as ledger:
        ledger.take_backup("manual")
    filled_ledger.write_bytes(b"\x13" * 8192)
    assert open_ledger_for_window(filled_ledger, ScriptedPrompter(recover=False)) is None
    assert filled_ledger.read_bytes() == b"\x13" * 8192
    assert not list(filled_ledger.parent.glob("*.damaged-*"))
    assert not LedgerLock(filled_ledger).lock_path.exists()


def test_window_says_read_only_and_restores_backups(qtbot, filled_ledger: Path, settings) -> None:
    window = open_main_window(filled_ledger, settings, ScriptedPrompter())
    qtbot.addWidget(window)
    ledger = window.session.ledger
    backup = ledger.take_backup("manual")
    plan = ledger.latest_plan()
    window.session.perform("删除方案", lambda: ledger.delete_plan(plan.id))
    assert ledger.plans() == []

    dialog = RestoreDialog(window.session, window)
    qtbot.addWidget(dialog)
    row = [info.path for info in dialog.backups].index(backup)
    dialog.table.selectRow(row)
    assert dialog.restore_button.isEnabled()
    assert dialog.restore_selected(confirm=False)
    assert [p.title for p in ledger.plans()] == ["2026年方案"]
    assert window.plan_combo.currentData() == plan.id  # the window re-read everything
    assert window.session.undo_stack.count() == 0
    assert "before_restore" in {info.reason for info in dialog.backups}
    assert dialog.back_up_now() is not None

    # A second window on the same ledger: read-only, and it says so.
    second = open_main_window(filled_ledger, settings, ScriptedPrompter(read_only=True))
    qtbot.addWidget(second)
    assert second.session.ledger.read_only
    assert not second.notice_label.isHidden()
    assert "Read-only" in second.notice_label.text()
    second.shut_down()
    window.shut_down()
    assert not LedgerLock(filled_ledger).lock_path.exists()


def test_the_daily_backup_is_taken_after_the_window_is_up_and_once_a_day(
    qtbot, filled_ledger: Path
) -> None:
    with Ledger.open(filled_ledger) as ledger:
        schedule_daily_backup(ledger)
        assert ledger.backups.files() == []  # not while the window is being painted
        qtbot.waitUntil(lambda: len(ledger.backups.files()) == 1, timeout=5000)
        [(path, _taken, reason)] = ledger.backups.files()
        assert reason == "daily"

        schedule_daily_backup(ledger)  # a second start the same day: nothing new
        qtbot.wait(600)
        assert len(ledger.backups.files()) == 1

        path.unlink()
        read_only = Ledger.open(filled_ledger, read_only=True)
        schedule_daily_backup(read_only)  # a read-only window never writes backups
        qtbot.wait(600)
        read_only.close()
        assert ledger.backups.files() == []


def test_unexpected_errors_are_logged(qapp, tmp_path: Path) -> None:
    previous = sys.excepthook
    try:
        log_path = install_crash_handlers(tmp_path / "logs", show_dialog=False)
        try:
            raise RuntimeError("模拟的意外错误")
        except RuntimeError:
            sys.excepthook(*sys.exc_info())
        for handler in logging.getLogger("govledger").handlers:
            handler.flush()
        assert "模拟的意外错误" in log_path.read_text(encoding="utf-8")
        assert (tmp_path / "logs" / "crash.log").exists()
    finally:
        sys.excepthook = previous


def test_a_large_log_is_moved_aside_at_start(qapp, tmp_path: Path) -> None:
    logs = tmp_path / "logs"
    logs.mkdir()
    (logs / "govledger.log").write_bytes(b"x" * (LOG_LIMIT_BYTES + 1))
    (logs / "govledger.log.1").write_text("older", encoding="utf-8")
    previous, handlers = sys.excepthook, list(logging.getLogger("govledger").handlers)
    try:
        log_path = install_crash_handlers(logs, show_dialog=False)
        assert (logs / "govledger.log.1").stat().st_size == LOG_LIMIT_BYTES + 1
        assert (logs / "govledger.log.2").read_text(encoding="utf-8") == "older"
        assert not log_path.exists() or log_path.stat().st_size < LOG_LIMIT_BYTES
    finally:
        sys.excepthook = previous
        for handler in logging.getLogger("govledger").handlers:
            if handler not in handlers:
                logging.getLogger("govledger").removeHandler(handler)
                handler.close()


@pytest.mark.skipif(sys.platform == "win32", reason="SIGTERM is how Linux ends a session")
def test_terminate_closes_cleanly_and_releases_the_lock(filled_ledger: Path, tmp_path) -> None:
    import os
    import signal
    import time

    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "HOME": str(tmp_path),
        "XDG_CONFIG_HOME": str(tmp_path),
        "GOVLEDGER_DATA": str(tmp_path),
    }
    app = subprocess.Popen(
        [sys.executable, "-m", "govledger", "--db", str(filled_ledger)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    lock = LedgerLock(filled_ledger).lock_path
    for _ in range(300):  # until the window holds the ledger
        if lock.exists():
            break
        time.sleep(0.1)
    assert lock.exists()
    app.send_signal(signal.SIGTERM)
    assert app.wait(timeout=30) == 0
    assert not lock.exists()
