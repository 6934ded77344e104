"""The one-writer lock beside the ledger (store/ledger_lock.py): who holds it, when it
is stale, and that nobody removes a lock that is not theirs."""

from __future__ import annotations

import getpass
import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from govledger.store.ledger_lock import LedgerLock, LockState, _boot_time


@pytest.fixture
def ledger_path(tmp_path: Path) -> Path:
    return tmp_path / "ledger.sqlite"


def dead_pid() -> int:
    """The PID of a process that has ended (and been reaped)."""
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def test_a_free_ledger_is_locked_and_the_lock_says_who(ledger_path: Path) -> None:
    lock = LedgerLock(ledger_path)
    assert lock.acquire() is LockState.ACQUIRED
    assert lock.lock_path == ledger_path.with_name("ledger.sqlite.lock")
    owner = LedgerLock(ledger_path).owner()
    assert (owner.host, owner.pid, owner.user) == (
        socket.gethostname(),
        os.getpid(),
        getpass.getuser(),
    )
    assert owner.since[:4].isdigit() and "T" in owner.since
    lock.release()
    assert not lock.lock_path.exists()
    assert LedgerLock(ledger_path).owner().pid == 0  # free: nobody named


def test_a_second_lock_on_a_held_ledger_is_refused(ledger_path: Path) -> None:
    first = LedgerLock(ledger_path)
    assert first.acquire() is LockState.ACQUIRED
    second = LedgerLock(ledger_path)
    assert second.acquire() is LockState.HELD  # this process runs: held, never stale
    assert not second.take_over()
    second.release()  # not held by it: the first one's lock stays
    assert first.lock_path.exists()
    first.release()
    assert second.acquire() is LockState.ACQUIRED
    second.release()


def test_a_dead_process_lock_is_stale_and_taken_over(ledger_path: Path) -> None:
    pid = dead_pid()
    lock_path = LedgerLock(ledger_path).lock_path
    lock_path.write_text(f"{pid}\n\n{socket.gethostname()}\n\n张三\n2026-03-01T09:00:00\n")
    lock = LedgerLock(ledger_path)
    assert lock.acquire() is LockState.STALE
    owner = lock.owner()
    assert (owner.pid, owner.user, owner.since) == (pid, "张三", "2026-03-01T09:00:00")
    assert lock.lock_path.exists()  # acquire never removes anything
    assert lock.take_over()
    assert lock.owner().pid == os.getpid()
    lock.release()
    assert not lock_path.exists()


def test_a_lock_from_another_computer_is_held_whatever_its_pid(ledger_path: Path) -> None:
    lock_path = LedgerLock(ledger_path).lock_path
    lock_path.write_text(f"{dead_pid()}\n\nPC-X\n\n李四\n2026-03-01T09:00:00\n")
    lock = LedgerLock(ledger_path)
    assert lock.acquire() is LockState.HELD
    assert lock.owner().host == "PC-X" and lock.owner().user == "李四"
    assert not lock.take_over()
    assert lock_path.read_text().startswith(str(lock.owner().pid))  # untouched


def test_an_unreadable_lock_file_is_debris(ledger_path: Path) -> None:
    lock_path = LedgerLock(ledger_path).lock_path
    lock_path.write_bytes(b"\x00garbage")
    lock = LedgerLock(ledger_path)
    assert lock.acquire() is LockState.STALE
    assert lock.take_over()
    lock.release()


def test_an_older_govledgers_qlockfile_lock_is_read(ledger_path: Path) -> None:
    """Before this module the window locked with QLockFile: pid, app, host, machine id."""
    lock_path = LedgerLock(ledger_path).lock_path
    lock_path.write_text(f"{os.getpid()}\ngovledger\n{socket.gethostname()}\n0123abcd\n")
    lock = LedgerLock(ledger_path)
    assert lock.acquire() is LockState.HELD
    owner = lock.owner()
    assert (owner.pid, owner.host, owner.user) == (os.getpid(), socket.gethostname(), "")


def test_release_leaves_a_lock_that_was_taken_over(ledger_path: Path) -> None:
    mine = LedgerLock(ledger_path)
    assert mine.acquire() is LockState.ACQUIRED
    # Someone judged it debris and replaced it (it could happen across computers).
    if sys.platform == "win32":
        pytest.skip("Windows cannot replace a file that is open")
    theirs = f"{dead_pid()}\n\nPC-Y\n\n王五\n2026-03-01T09:00:00\n"
    mine.lock_path.unlink()
    mine.lock_path.write_text(theirs)
    mine.release()
    assert mine.lock_path.read_text() == theirs


def test_a_lock_from_before_this_computer_started_is_stale(ledger_path: Path) -> None:
    """After a power cut the dead window's PID may be some other running program's."""
    if _boot_time() is None:
        pytest.skip("this system does not say when it started")
    lock_path = LedgerLock(ledger_path).lock_path
    running_pid = os.getpid()
    lock_path.write_text(f"{running_pid}\n\n{socket.gethostname()}\n\n张三\n2000-01-01T09:00:00\n")
    assert LedgerLock(ledger_path).acquire() is LockState.STALE
    lock_path.write_text(f"{running_pid}\n\n{socket.gethostname()}\n\n张三\n\n")
    assert LedgerLock(ledger_path).acquire() is LockState.HELD  # no time: the PID decides
