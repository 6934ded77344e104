"""Reads that may take longer than a frame, run in a worker thread.

Connections may not cross threads, so each read opens the ledger read-only itself
(``Ledger.opener``: the file, where WAL lets it read while the GUI thread writes, or
another connection to the server). Every request
carries a generation number: a result that arrives after a newer request was made
is stale and dropped. Once closed, no more reads start (events still delivered while
the application shuts down must not start work on a ledger that is going away).
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from govledger.store import Ledger

Read = Callable[[Ledger], Any]
Opener = Callable[[], Ledger]  # Ledger.opener(): opens this ledger again, in the worker

# A big read started while the window is opening holds the GIL for a second or more
# and would keep the window from painting: reads wanted at start wait this long.
AFTER_FIRST_PAINT_MS = 300


class _Signals(QObject):
    done = Signal(int, object)  # generation, result
    failed = Signal(int, str)


class _ReadJob(QRunnable):
    def __init__(self, open_ledger: Opener, read: Read, generation: int, signals: _Signals):
        super().__init__()
        self._open, self._read, self._generation = open_ledger, read, generation
        self._signals = signals

    def run(self) -> None:
        try:
            with self._open() as ledger:
                result = self._read(ledger)
        except Exception as exc:  # the owner decides what a failed read means
            self._report(self._signals.failed, self._generation, str(exc))
            return
        self._report(self._signals.done, self._generation, result)

    def _report(self, signal, *args) -> None:
        # Should the owner have gone while this read ran, nobody is left to tell.
        with contextlib.suppress(RuntimeError):
            signal.emit(*args)


class BackgroundRead(QObject):
    """One kind of read, latest request wins: results arrive as ``done(result)``."""

    done = Signal(object)
    failed = Signal(str)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._signals = _Signals(self)
        self._signals.done.connect(self._on_done)
        self._signals.failed.connect(self._on_failed)
        self._generation = 0
        self._closed = False
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)

    @property
    def busy(self) -> bool:
        return self._pool.activeThreadCount() > 0

    def request(self, open_ledger: Opener, read: Read) -> None:
        if self._closed:
            return
        self._generation += 1
        self._pool.start(_ReadJob(open_ledger, read, self._generation, self._signals))

    def cancel(self) -> None:
        """Forget any read under way (its result will be dropped)."""
        self._generation += 1

    def close(self, msecs: int = 15000) -> None:
        """Start no more reads, forget any under way and wait for its thread to end."""
        self._closed = True
        self.cancel()
        self._pool.waitForDone(msecs)

    def wait(self, msecs: int = -1) -> bool:
        return self._pool.waitForDone(msecs)

    def _on_done(self, generation: int, result: object) -> None:
        if generation == self._generation:
            self.done.emit(result)

    def _on_failed(self, generation: int, text: str) -> None:
        if generation == self._generation:
            self.failed.emit(text)
