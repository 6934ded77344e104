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


def test_a_loaded_plan_is_frozen_but_dialogs_closed_later_and_old_plans_are_freed(
    qtbot, session, small_plan, monkeypatch
):
    from PySide6.QtWidgets import QDialog

    import govledger.ui.task_tree_model as task_tree_model

    monkeypatch.setattr(task_tree_model, "SYNC_INDEX_LIMIT", 0)  # as for a big plan
    other = session.ledger.create_plan("另一方案", 2022).first_created("plans")
    model = task_tree_model.TaskTreeModel(session)
    model.set_plan(small_plan["plan"])
    model.wait_for_index()
    first_index = weakref.ref(model.plan_index)
    try:
        assert model.plan_index.complete
        assert gc.get_freeze_count() > 0  # the open plan's records are set aside

        class Dialog(QDialog):
            def __init__(self) -> None:
                super().__init__()
                self.me = self  # a cycle, as a dialog holding its own slots has

        dialog = Dialog()
        dialog.show()
        closed = weakref.ref(dialog)
        dialog.close()
        del dialog
        gc.collect()
        assert closed() is None  # a dialog closed while the plan is open is freed

        model.set_plan(other)  # the first plan's index is garbage now, and not frozen
        model.wait_for_index()
        gc.collect()
        assert first_index() is None
    finally:
        model.shutdown()
    assert gc.get_freeze_count() == 0
