"""Evidence on a server ledger travels in a worker with a progress dialog (issue 24):
attaching uploads the file off the GUI thread; Cancel records nothing and leaves no
piece on the server; a colleague's files are fetched in the background for their
thumbnails, and with a progress dialog when opened."""

from __future__ import annotations

import hashlib
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QProgressDialog, QPushButton

from govledger.demo import demo_screenshot
from govledger.store import Ledger
from govledger.store.evidence_store import CHUNK
from govledger.store.integrity import check_ledger
from govledger.store.server_evidence import ServerEvidenceStore
from govledger.ui import evidence_fetch
from govledger.ui.file_job import FileJob

pytestmark = pytest.mark.parametrize("ui_store", ["postgresql"])  # what only a server has

SIZE = 3 * CHUNK + 4321  # four pieces


def scan(path: Path) -> Path:
    path.write_bytes(bytes((31 * i) % 253 for i in range(SIZE)))
    return path


def server_pieces(url: str, sha256: str, folder: Path) -> int:
    """Asked on a connection of its own, as another clerk's PC would."""
    with Ledger.open(url, cache_folder=folder) as other:
        assert other.evidence.verify(sha256) is None  # complete, and intact piece by piece
        return other._db.execute(
            "SELECT count(*) FROM evidence_chunks WHERE sha256 = ?", [sha256]
        ).fetchone()[0]


@pytest.fixture
def uploads(monkeypatch) -> list[bool]:
    """For each upload that sent pieces: did it run on the GUI thread?"""
    on_gui_thread: list[bool] = []
    publish = ServerEvidenceStore.publish

    def watched(store, sha256, progress=None):
        if not store.contains(sha256):
            on_gui_thread.append(threading.current_thread() is threading.main_thread())
        return publish(store, sha256, progress)

    monkeypatch.setattr(ServerEvidenceStore, "publish", watched)
    return on_gui_thread


def test_a_file_uploads_in_a_worker_and_is_recorded(
    qtbot, panel, session, small_plan, tmp_path, uploads
):
    source = scan(tmp_path / "关于政务公开工作的扫描件.pdf")
    assert panel.attach_files([source])
    dialog = panel.findChild(QProgressDialog)
    assert dialog is not None and "server" in dialog.labelText()
    qtbot.waitUntil(lambda: not panel.attacher.busy, timeout=120_000)

    [evidence] = session.ledger.evidence_for(small_plan["r1"])
    sha256 = hashlib.sha256(source.read_bytes()).hexdigest()
    assert (evidence.sha256, evidence.size, evidence.original_name) == (
        sha256,
        SIZE,
        source.name,
    )
    assert uploads == [False]  # sent once, by the worker
    assert server_pieces(session.ledger._db.url, sha256, tmp_path / "other-pc") == 4
    assert panel.model.rowCount() == 1 and panel.current_evidence().id == evidence.id
    assert session.undo_stack.count() == 1
    assert check_ledger(session.ledger) == []


def test_cancel_records_nothing_and_leaves_no_piece(
    qtbot, panel, session, small_plan, tmp_path, monkeypatch
):
    report = FileJob.report

    def wait_for_the_clerk(job: FileJob, done: int, total: int) -> bool:
        # After the first piece the upload waits until Cancel is pressed: a slow LAN.
        going_on = report(job, done, total)
        if done >= CHUNK:
            job._cancel.wait(60)
        return going_on and not job.cancel_requested

    monkeypatch.setattr(FileJob, "report", wait_for_the_clerk)
    source = scan(tmp_path / "录像.mp4")
    assert panel.attach_files([source])
    dialog = panel.findChild(QProgressDialog)

    def press_cancel(done: int, _total: int) -> None:
        if done >= CHUNK and not dialog.wasCanceled():
            dialog.findChild(QPushButton).click()

    panel.attacher.job.progressed.connect(press_cancel)
    with qtbot.waitSignal(panel.attacher.finished, timeout=120_000) as finished:
        pass
    outcome = finished.args[0]
    assert outcome.cancelled and outcome.recorded == [] and outcome.error == ""
    ledger = session.ledger
    assert ledger.evidence_for(small_plan["r1"]) == []
    sha256 = hashlib.sha256(source.read_bytes()).hexdigest()
    assert not ledger.evidence.contains(sha256)
    assert ledger._db.execute(
        "SELECT count(*) FROM evidence_chunks WHERE sha256 = ?", [sha256]
    ).fetchone() == (0,)
    assert session.undo_stack.count() == 0
    assert panel.model.rowCount() == 0 and "cancelled" in panel.hint.text()
    assert check_ledger(ledger) == []
    # attaching it again afterwards works: nothing half-done is in the way
    monkeypatch.setattr(FileJob, "report", report)
    assert panel.attach_files([source])
    qtbot.waitUntil(lambda: not panel.attacher.busy, timeout=120_000)
    assert [e.sha256 for e in ledger.evidence_for(small_plan["r1"])] == [sha256]


def test_a_server_that_goes_away_is_one_message(qtbot, panel, session, small_plan, tmp_path):
    source = scan(tmp_path / "扫描件.pdf")
    url = session.ledger._db.url
    session.ledger._db.url = url.replace("?", "x?", 1)  # the worker's database is gone
    try:
        assert panel.attach_files([source])
    finally:
        session.ledger._db.url = url
    with qtbot.waitSignal(panel.attacher.finished, timeout=120_000) as finished:
        pass
    outcome = finished.args[0]
    assert outcome.recorded == [] and "\n" not in outcome.error
    assert outcome.error in panel.hint.text()
    assert session.ledger.evidence_for(small_plan["r1"]) == []


def test_a_colleagues_files_are_fetched_in_the_background(
    qtbot, panel, session, small_plan, tmp_path, monkeypatch
):
    monkeypatch.setattr(evidence_fetch, "PICTURE_FETCH_LIMIT", CHUNK)
    screenshot, video = tmp_path / "网站截图.png", scan(tmp_path / "发布会录像.mp4")
    screenshot.write_bytes(demo_screenshot(2))
    with Ledger.open(session.ledger._db.url, cache_folder=tmp_path / "colleague") as other:
        other.attach_file(small_plan["r1"], screenshot)
        other.attach_file(small_plan["r1"], video)
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)

    panel.load(small_plan["r1"])
    picture, film = sorted(panel.model.items, key=lambda e: e.size)
    ledger = session.ledger
    # the small picture arrives by itself and gets its thumbnail; the video waits
    qtbot.waitUntil(lambda: ledger.has_local_evidence(picture.sha256), timeout=60_000)
    qtbot.waitUntil(lambda: panel.thumbnails.picture(picture) is not None, timeout=60_000)
    assert not ledger.has_local_evidence(film.sha256)
    assert "missing" not in panel.model.details(film)

    assert panel.open_evidence(film) is None  # not here yet: downloaded first
    assert panel.findChild(QProgressDialog) is not None
    qtbot.waitUntil(lambda: len(opened) == 1, timeout=120_000)
    assert Path(opened[0].toLocalFile()).read_bytes() == video.read_bytes()
    assert ledger.has_local_evidence(film.sha256)
