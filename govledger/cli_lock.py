"""The command line's side of the one-writer lock (store/ledger_lock.py).

A command that writes the ledger (demo, import, restore) holds the same lock as
the window while it writes, so it never changes a ledger a clerk is editing: it
refuses with one line naming who has the ledger. Commands that only read (plans,
tasks, check, export, backup, screenshot) need no lock: SQLite gives them a
consistent view while a window writes.

There is nobody to ask on the command line, so a lock whose holder is known dead
(a crashed window on this computer) is taken over with a notice; the window asks
the clerk first because a clerk who sees the question may know better.

A server ledger has no lock file: there the same jobs hold the server's whole-ledger
job lock instead (cli_ledger.ledger_for_job → Ledger.whole_ledger_job).
"""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Iterator
from pathlib import Path

from govledger.messages import GovLedgerError, message
from govledger.store.database import make_ledger_folder
from govledger.store.ledger_lock import LedgerLock, LockOwner, LockState


@contextlib.contextmanager
def holding_ledger_lock(ledger_path: Path) -> Iterator[None]:
    """Hold the ledger's lock for the body; GovLedgerError if someone else holds it."""
    make_ledger_folder(ledger_path)  # a first `demo` or `import` may create the ledger's folder
    lock = LedgerLock(ledger_path)
    state = lock.acquire()
    if state is LockState.STALE:
        stale_owner = lock.owner()
        # False: another process took it over between our two looks; it holds it now.
        state = LockState.ACQUIRED if lock.take_over() else LockState.HELD
        if state is LockState.ACQUIRED:
            print(_taken_over_notice(stale_owner, lock.lock_path), file=sys.stderr)
    if state is LockState.HELD:
        owner = lock.owner()
        raise GovLedgerError(
            "cli.ledger_locked",
            host=owner.host or "?",
            user=owner.user or "?",
            since=_when(owner.since),
        )
    try:
        yield
    finally:
        lock.release()


def _taken_over_notice(owner: LockOwner, lock_path: Path) -> str:
    if owner.pid == 0:  # the file could not be read at all
        return message("cli.lock_debris_removed", path=lock_path)
    return message(
        "cli.lock_taken_over", host=owner.host or "?", pid=owner.pid, since=_when(owner.since)
    )


def _when(since: str) -> str:
    """2026-03-01T09:05:12 → 2026-03-01 09:05, as a clerk reads a time."""
    return since.replace("T", " ")[:16] or "?"
