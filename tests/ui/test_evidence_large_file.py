"""A 200 MB file attaches with visible progress while the window keeps running; Cancel
leaves no stored file, no temporary file and no record."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QProgressDialog, QPushButton

from govledger.store.integrity import check_ledger
from govledger.ui.evidence_panel import EvidencePanel
from govledger.ui.file_job import FileJob

SIZE = 200 * 1024 * 1024


def big_file(path: Path, last: bytes) -> Path:
    """A sparse 200 MB file (cheap to make, read like any other)."""
    with path.open("wb") as handle:
        handle.truncate(SIZE - 1)
        handle.seek(SIZE - 1)
        handle.write(last)
    return path


@pytest.fixture
def panel(qtbot, session, small_plan):
    panel = EvidencePanel(session)
    qtbot.addWidget(panel)
    panel.show()
    panel.load(small_plan["r1"])
    return panel


class Ticker:
    """Counts event-loop turns: a frozen window would not tick."""

    def __init__(self) -> None:
        self.ticks = 0
        self.timer = QTimer()
        self.timer.setInterval(10)
        self.timer.timeout.connect(self.tick)
        self.timer.start()

    def tick(self) -> None:
        self.ticks += 1


def test_a_large_file_attaches_with_progress_while_the_loop_runs(
    qtbot, panel, session, small_plan, tmp_path
):
    source = big_file(tmp_path / "新闻发布会录像.mp4", b"\x01")
    ticker = Ticker()
    seen: list[int] = []
    started = time.monotonic()
    assert panel.attach_files([source])
    job = panel.attacher.job
    job.progressed.connect(lambda done, _total: seen.append(done))
    dialog = panel.findChild(QProgressDialog)
    shown = []

    def look_at_dialog() -> None:
        if panel.attacher.busy:  # the dialog goes away with the job
            shown.append(dialog.isVisible() and dialog.value() > 0)

    ticker.timer.timeout.connect(look_at_dialog)
    qtbot.waitUntil(lambda: not panel.attacher.busy, timeout=120_000)
    elapsed = time.monotonic() - started
    ticker.timer.stop()

    [evidence] = session.ledger.evidence_for(small_plan["r1"])
    assert (evidence.original_name, evidence.size) == ("新闻发布会录像.mp4", SIZE)
    assert len(seen) >= 50 and seen == sorted(seen) and seen[-1] == SIZE
    # the event loop kept turning during the copy (a 10 ms timer, allowing for load)
    assert ticker.ticks >= min(20, elapsed * 100 / 4)
    if elapsed > 1:  # long enough for the dialog's 300 ms delay: progress was visible
        assert any(shown)
    assert panel.model.rowCount() == 1
    assert check_ledger(session.ledger) == []


def test_cancel_leaves_no_file_and_no_record(
    qtbot, panel, session, small_plan, tmp_path, monkeypatch
):
    # A sparse file copies faster than the GUI answers; a slow disk (a USB stick, a
    # network share) is what gives the clerk time to press Cancel.
    report = FileJob.report

    def slow_disk(job: FileJob, done: int, total: int) -> bool:
        time.sleep(0.005)
        return report(job, done, total)

    monkeypatch.setattr(FileJob, "report", slow_disk)
    source = big_file(tmp_path / "录像.mp4", b"\x02")
    assert panel.attach_files([source])
    dialog = panel.findChild(QProgressDialog)
    job = panel.attacher.job

    def cancel_midway(done: int, _total: int) -> None:
        if done >= 20 * 1024 * 1024 and not dialog.wasCanceled():
            dialog.findChild(QPushButton).click()  # the clerk presses Cancel

    job.progressed.connect(cancel_midway)
    with qtbot.waitSignal(panel.attacher.finished, timeout=120_000) as finished:
        pass
    outcome = finished.args[0]
    assert outcome.cancelled and outcome.recorded == []
    ledger = session.ledger
    assert ledger.evidence_for(small_plan["r1"]) == []
    assert list(ledger.evidence.stored_hashes()) == []
    assert list((ledger.evidence.root / "tmp").iterdir()) == []
    assert session.undo_stack.count() == 0
    assert panel.model.rowCount() == 0 and "cancelled" in panel.hint.text()
    assert check_ledger(ledger) == []
