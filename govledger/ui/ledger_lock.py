"""One writer at a time: a lock file beside the ledger.

A second window, or a second PC opening the same ledger on a shared folder, must
not write behind the first one's back. QLockFile holds the process id and host; a
small companion file adds the user and when the ledger was opened, so the message
can say who has it ("正在被 <PC>（<user>）使用"). A lock left by a crash is taken
over only when the clerk agrees.
"""

from __future__ import annotations

import contextlib
import getpass
import json
import os
from dataclasses import dataclass
from datetime import datetime
from enum import Enum
from pathlib import Path

from PySide6.QtCore import QLockFile


class LockState(Enum):
    ACQUIRED = "acquired"
    HELD = "held"  # another running govledger has it
    STALE = "stale"  # left by a process that is gone (crash, power cut)


@dataclass(frozen=True)
class LockOwner:
    host: str = ""
    pid: int = 0
    user: str = ""
    since: str = ""


class LedgerLock:
    def __init__(self, ledger_path: Path):
        self.lock_path = Path(str(ledger_path) + ".lock")
        self.owner_path = Path(str(ledger_path) + ".lock-owner")
        self._lock = QLockFile(str(self.lock_path))
        # Never remove someone's lock by age: a clerk may keep the app open for days.
        self._lock.setStaleLockTime(0)

    def acquire(self) -> LockState:
        # Look before locking: QLockFile silently replaces a lock whose process died on
        # this computer, and the clerk should hear that the ledger was not closed properly.
        if self.lock_path.exists() and self._is_stale():
            return LockState.STALE
        if self._lock.tryLock(0):
            self._write_owner()
            return LockState.ACQUIRED
        return LockState.HELD

    def take_over(self) -> bool:
        """Remove a stale lock (after the clerk agreed) and take it."""
        self._lock.removeStaleLockFile()
        if self._lock.tryLock(0):
            self._write_owner()
            return True
        return False

    def release(self) -> None:
        if self._lock.isLocked():
            self.owner_path.unlink(missing_ok=True)
            self._lock.unlock()

    def owner(self) -> LockOwner:
        ok, pid, host = self._lock_info()
        recorded: dict = {}
        with contextlib.suppress(OSError, ValueError):  # the note is optional
            recorded = json.loads(self.owner_path.read_text(encoding="utf-8"))
        return LockOwner(
            host=recorded.get("host") or (host if ok else ""),
            pid=int(recorded.get("pid") or (pid if ok else 0)),
            user=recorded.get("user", ""),
            since=recorded.get("since", ""),
        )

    def _is_stale(self) -> bool:
        """Left by a process of this computer that no longer runs.

        A lock from another computer cannot be judged from here: it is reported as held,
        and the clerk can still open the ledger read-only.
        """
        ok, pid, host = self._lock_info()
        if not ok:
            return True  # an unreadable lock file is debris
        if host != _host_name():
            return False
        return not _process_exists(pid)

    def _lock_info(self) -> tuple[bool, int, str]:
        """(readable, pid, host) of the lock file; PySide6 returns (pid, host, app)."""
        info = self._lock.getLockInfo()
        if isinstance(info, tuple) and len(info) == 3 and isinstance(info[0], int):
            pid, host, _app = info
            return pid > 0, pid, host or ""
        return False, 0, ""

    def _write_owner(self) -> None:
        owner = {
            "host": _host_name(),
            "pid": os.getpid(),
            "user": _user_name(),
            "since": datetime.now().isoformat(timespec="seconds"),
        }
        # The lock itself holds; the owner note only improves the message.
        with contextlib.suppress(OSError):
            self.owner_path.write_text(json.dumps(owner, ensure_ascii=False), encoding="utf-8")


def _user_name() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError):
        return ""


def _process_exists(pid: int) -> bool:
    if pid <= 0:
        return False
    if os.name == "nt":
        import ctypes

        PROCESS_QUERY_LIMITED_INFORMATION = 0x1000
        handle = ctypes.windll.kernel32.OpenProcess(PROCESS_QUERY_LIMITED_INFORMATION, False, pid)
        if not handle:
            return False
        ctypes.windll.kernel32.CloseHandle(handle)
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _host_name() -> str:
    """This computer's name, as QLockFile records it."""
    if hasattr(os, "uname"):  # POSIX: the same name, without loading socket (2 ms of a start)
        return os.uname().nodename
    import socket

    return socket.gethostname()
