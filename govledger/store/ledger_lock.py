"""One writer at a time: a lock file beside the ledger, for the window and the CLI alike.

A second window, a `govledger import` run while a window is open, or a second PC
opening the same ledger on a shared folder must not write behind the first one's
back. Whoever writes creates ``ledger.sqlite.lock`` exclusively (O_CREAT | O_EXCL,
which fails when the file exists, on Windows too), writes who it is into it, keeps
it open while writing and removes it when done.

A lock whose holder is known to be dead (same computer, process gone: a crash or a
power cut) is STALE and may be taken over. A lock from another computer cannot be
judged from here, so it is HELD: the clerk is told who has the ledger.

The file's first four lines are QLockFile's layout (PID, application name, host,
machine id), which govledger used before this module: an older govledger still
running on the shared folder reads our lock as held, and we read its lock. The
application name and machine id are left empty so QLockFile judges a lock by host
and PID only, as we do. The user and the start time follow, so the message can
say "in use on PC-X (user) since 9:05"; one file keeps them together, and no
second note can be left behind or disagree with the lock.
"""

from __future__ import annotations

import contextlib
import getpass
import os
import sys
import time
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import Enum
from pathlib import Path

# A lock file is created empty and filled a moment later: a reader that finds it
# empty or half written looks again for this long before calling it debris.
_UNREADABLE_PATIENCE_S = 1.0


class LockState(Enum):
    ACQUIRED = "acquired"
    HELD = "held"  # another running govledger has it, or one on another computer
    STALE = "stale"  # left by a process of this computer that is gone, or unreadable


@dataclass(frozen=True)
class LockOwner:
    host: str = ""
    pid: int = 0
    user: str = ""
    since: str = ""  # ISO date and time, local, to the second


class LedgerLock:
    def __init__(self, ledger_path: Path) -> None:
        self.lock_path = Path(str(ledger_path) + ".lock")
        self._fd: int | None = None  # open while we hold the lock
        self._written = b""  # what we wrote, to recognise our own file on release

    @property
    def held(self) -> bool:
        return self._fd is not None

    def acquire(self) -> LockState:
        """Take the lock if it is free; otherwise say why not (nothing is removed)."""
        if self._create():
            return LockState.ACQUIRED
        return LockState.STALE if self._is_stale() else LockState.HELD

    def take_over(self) -> bool:
        """Remove a stale lock (the clerk agreed, or the CLI found its holder dead) and
        take it. False when the lock is no longer stale: someone else took it first."""
        # Judged again right before removing: the lock judged stale a minute ago, while
        # the clerk read the question, may have been taken over by another process since.
        if self.lock_path.exists() and not self._is_stale():
            return False
        with contextlib.suppress(FileNotFoundError):
            self.lock_path.unlink()
        return self._create()

    def release(self) -> None:
        if self._fd is None:
            return
        os.close(self._fd)  # first: Windows cannot delete a file that is open
        self._fd = None
        # Remove the file only if it is still ours, never a lock someone took over.
        if _read_bytes(self.lock_path) == self._written:
            with contextlib.suppress(FileNotFoundError):
                self.lock_path.unlink()

    def owner(self) -> LockOwner:
        """Who holds the lock, as far as its file says; empty fields when unknown."""
        return _parse(_read_bytes(self.lock_path)) or LockOwner()

    def _create(self) -> bool:
        """Create the lock file exclusively and write who we are; False if it exists."""
        try:
            # O_BINARY (Windows only): no "\r" added to the lines QLockFile reads.
            flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
            fd = os.open(self.lock_path, flags, 0o644)
        except FileExistsError:
            return False
        me = LockOwner(
            host=_host_name(),
            pid=os.getpid(),
            user=_user_name(),
            since=datetime.now().isoformat(timespec="seconds"),
        )
        lines = [str(me.pid), "", me.host, "", me.user, me.since]
        self._written = ("\n".join(lines) + "\n").encode("utf-8")
        try:
            os.write(fd, self._written)
            os.fsync(fd)  # on a shared folder other computers read it from the server
        except OSError:
            os.close(fd)
            with contextlib.suppress(OSError):
                self.lock_path.unlink()
            raise
        self._fd = fd
        return True

    def _is_stale(self) -> bool:
        """Left by a process of this computer that no longer runs, or unreadable debris.

        A lock from another computer cannot be judged from here: it is reported as held,
        and the clerk can still open the ledger read-only.
        """
        owner = self._read_owner_patiently()
        if owner is None:
            return self.lock_path.exists()  # gone meanwhile: free, not stale
        if owner.host != _host_name():
            return False
        # After a power cut the dead window's PID may belong to another program by now.
        return _written_before_boot(owner.since) or not _process_exists(owner.pid)

    def _read_owner_patiently(self) -> LockOwner | None:
        deadline = time.monotonic() + _UNREADABLE_PATIENCE_S
        while True:
            owner = _parse(_read_bytes(self.lock_path))
            if owner is not None or time.monotonic() > deadline:
                return owner
            if not self.lock_path.exists():
                return None
            time.sleep(0.05)


def _read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError:
        return b""


def _parse(data: bytes) -> LockOwner | None:
    """The owner recorded in a lock file, or None when it cannot be read."""
    lines = [line.strip() for line in data.decode("utf-8", errors="replace").split("\n")]
    if len(lines) < 3 or not lines[0].isdigit() or int(lines[0]) <= 0:
        return None
    # QLockFile's files (older govledger) have a machine id in line 4 and no user or time.
    user, since = (lines[4], lines[5]) if len(lines) > 5 else ("", "")
    return LockOwner(host=lines[2], pid=int(lines[0]), user=user, since=since)


def _written_before_boot(since: str) -> bool:
    """True when the lock was taken before this computer last started: its holder
    cannot still run, whatever its PID means now. Both times are this computer's clock."""
    booted = _boot_time()
    try:
        taken = datetime.fromisoformat(since)
    except ValueError:
        return False  # no time recorded (an older govledger's lock): judge by PID alone
    # A margin for the clock being set after start-up; never call a live lock stale.
    return booted is not None and taken < booted - timedelta(minutes=5)


def _boot_time() -> datetime | None:
    """When this computer last started, in local time; None where not known."""
    if sys.platform == "win32":
        import ctypes

        uptime_ms = ctypes.windll.kernel32.GetTickCount64
        uptime_ms.restype = ctypes.c_uint64
        return datetime.now() - timedelta(milliseconds=uptime_ms())
    try:
        with open("/proc/stat", encoding="ascii") as stat:  # Linux: "btime <epoch seconds>"
            for line in stat:
                if line.startswith("btime "):
                    return datetime.fromtimestamp(int(line.split()[1]))
    except (OSError, ValueError):
        pass
    return None


def _user_name() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError):
        return ""


def _process_exists(pid: int) -> bool:
    if pid <= 0:
        return False
    if sys.platform == "win32":  # os.kill(pid, 0) would end the process there
        import ctypes

        PROCESS_QUERY_LIMITED_INFORMATION = 0x1000
        kernel32 = ctypes.windll.kernel32
        handle = kernel32.OpenProcess(PROCESS_QUERY_LIMITED_INFORMATION, False, pid)
        if not handle:
            return False
        kernel32.CloseHandle(handle)
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # it runs, as another user
    return True


def _host_name() -> str:
    """This computer's name, as QLockFile records it (older govledger's locks)."""
    if sys.platform != "win32":  # the same name, without loading socket (2 ms of a start)
        return os.uname().nodename
    import socket

    return socket.gethostname()
