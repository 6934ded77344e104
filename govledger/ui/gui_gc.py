"""Python's cycle collector, run on the GUI thread only.

Left automatic, the collector runs in whichever thread happens to allocate: a worker
copying evidence or writing an evidence pack, say. If the garbage it finds holds a
Qt object that Python owns (a session, a closed dialog), that object and its children
are destroyed in the worker while the GUI thread uses the same allocator and event
queues; Qt does not survive that (the test suite showed it as heap corruption). So
automatic collection is switched off and this timer collects on the GUI thread, by
the same per-generation thresholds Python would use. pyqtgraph's GarbageCollector
does the same for the same reason.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

CHECK_INTERVAL_MS = 500


class GuiThreadCollector(QObject):
    def __init__(self, parent: QObject):
        super().__init__(parent)
        gc.disable()
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_INTERVAL_MS)
        self.timer.timeout.connect(self.collect_due)
        self.timer.start()
        self.destroyed.connect(gc.enable)

    @staticmethod
    def collect_due() -> int:
        """Collect the oldest generation whose threshold is passed; 0 if none is."""
        counts, thresholds = gc.get_count(), gc.get_threshold()
        due = [gen for gen in (2, 1, 0) if counts[gen] > thresholds[gen]]
        return gc.collect(due[0]) if due else 0


def collect_on_gui_thread(app: QObject) -> GuiThreadCollector:
    """Install the collector once per application (later calls return it)."""
    existing = app.findChild(GuiThreadCollector)
    return existing if existing is not None else GuiThreadCollector(app)
