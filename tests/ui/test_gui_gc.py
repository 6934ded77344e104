"""Cycles holding Qt objects are collected on the GUI thread, never in a worker."""

from __future__ import annotations

import gc
import threading
import weakref

from PySide6.QtCore import QObject, QThread

from govledger.ui.gui_gc import GuiThreadCollector, collect_on_gui_thread


class Holder(QObject):
    """A Python-owned QObject in a reference cycle, as a closed window's session is."""

    def __init__(self, seen: list):
        super().__init__()
        self.me = self  # the cycle
        self.destroyed.connect(lambda: seen.append(QThread.currentThread()))


def test_a_worker_that_allocates_does_not_collect_qt_objects(qapp):
    collector = collect_on_gui_thread(qapp)
    assert collect_on_gui_thread(qapp) is collector  # one per application
    assert not gc.isenabled()
    seen: list = []
    holder = weakref.ref(Holder(seen))  # unreachable at once: only the collector frees it

    def allocate() -> None:
        kept = [[] for _ in range(200_000)]  # far past every threshold
        assert len(kept) == 200_000

    worker = threading.Thread(target=allocate)
    worker.start()
    worker.join()
    assert holder() is not None and seen == []  # the worker did not run the collector
    while holder() is not None:
        assert collector.collect_due() > 0 or gc.collect() > 0
    assert seen == [qapp.thread()]


def test_nothing_is_collected_below_the_thresholds(qapp):
    collect_on_gui_thread(qapp)
    gc.collect()
    assert GuiThreadCollector.collect_due() == 0
