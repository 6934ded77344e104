"""Loads a complete PlanIndex in a worker thread, on a connection of its own.

SQLite connections may not cross threads, so the worker opens the ledger file
read-only itself; WAL lets it read while the GUI thread writes. Each load carries a
generation number: a result that arrives after the ledger changed is stale and the
owner starts again.
"""

from __future__ import annotations

import contextlib
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from govledger.store import Ledger
from govledger.ui.plan_index import PlanIndex
from govledger.ui.qt_compat import emit


class _Signals(QObject):
    loaded = Signal(int, object)  # generation, PlanIndex
    failed = Signal(int, str)


class _LoadJob(QRunnable):
    def __init__(self, path: Path, plan_id: int, generation: int, signals: _Signals):
        super().__init__()
        self._path, self._plan_id, self._generation = path, plan_id, generation
        self._signals = signals

    def run(self) -> None:
        try:
            with Ledger.open(self._path, read_only=True) as ledger:
                index = PlanIndex.load_complete(ledger, self._plan_id)
        except Exception as exc:  # reported to the owner; the partial index stays usable
            self._report(self._signals.failed, self._generation, str(exc))
            return
        self._report(self._signals.loaded, self._generation, index)

    def _report(self, signal, *args) -> None:
        # Should the window have gone while this load ran, nobody is left to tell.
        with contextlib.suppress(RuntimeError):
            emit(signal, *args)


class IndexLoader(QObject):
    """Starts background loads and hands back only results that are still current."""

    loaded = Signal(object)  # PlanIndex
    failed = Signal(str)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._signals = _Signals(self)
        self._signals.loaded.connect(self._on_loaded)
        self._signals.failed.connect(self._on_failed)
        self._generation = 0
        self._closed = False
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)

    @property
    def busy(self) -> bool:
        return self._pool.activeThreadCount() > 0

    def start(self, path: Path, plan_id: int) -> None:
        if self._closed:  # events still delivered while the app shuts down
            return
        self._generation += 1
        self._pool.start(_LoadJob(path, plan_id, self._generation, self._signals))

    def cancel(self) -> None:
        """Forget any load under way (its result will be ignored)."""
        self._generation += 1

    def close(self, msecs: int = -1) -> bool:
        """Start no more loads, forget any under way and wait for its thread to end."""
        self._closed = True
        self.cancel()
        return self.wait(msecs)

    def wait(self, msecs: int = -1) -> bool:
        return self._pool.waitForDone(msecs)

    def _on_loaded(self, generation: int, index: PlanIndex) -> None:
        if generation == self._generation:
            emit(self.loaded, index)

    def _on_failed(self, generation: int, text: str) -> None:
        if generation == self._generation:
            emit(self.failed, text)
