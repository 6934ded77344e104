"""导出佐证材料包… from the window: written in a worker, refused or cancelled cleanly."""

from __future__ import annotations

import time
import zipfile

import pytest
from PySide6.QtWidgets import QFileDialog, QProgressDialog, QPushButton, QWidget

from govledger.demo import build_demo
from govledger.exporters.evidence_layout import INDEX_NAME
from govledger.ui.evidence_pack_export import EvidencePackExporter
from govledger.ui.file_job import FileJob

pytestmark = pytest.mark.both_stores  # the views must not care which store it is


@pytest.fixture
def exporter(qtbot, session):
    window = QWidget()
    qtbot.addWidget(window)
    exporter = EvidencePackExporter(session, window)
    exporter.show_result = False
    return exporter


@pytest.fixture
def demo_plan(session) -> int:
    return build_demo(session.ledger)


def test_the_pack_is_written_in_the_background(qtbot, exporter, demo_plan, tmp_path):
    target = tmp_path / "佐证材料包.zip"
    with qtbot.waitSignal(exporter.finished, timeout=60_000) as finished:
        assert exporter.export(demo_plan, target)
    result = finished.args[0]
    assert result.path == target and result.files == 6
    with zipfile.ZipFile(target) as archive:
        assert INDEX_NAME in archive.namelist()


def test_a_refused_target_is_one_message(qtbot, exporter, session, demo_plan, tmp_path):
    folder = tmp_path / "我的文档"
    folder.mkdir()
    (folder / "工作总结.docx").write_bytes(b"mine")
    with qtbot.waitSignal(session.failed) as failed:
        assert not exporter.export(demo_plan, folder)
    assert "not an evidence pack" in failed.args[0]
    assert [p.name for p in folder.iterdir()] == ["工作总结.docx"]


def test_cancel_leaves_nothing(qtbot, exporter, session, demo_plan, tmp_path, monkeypatch):
    report = FileJob.report

    def slow(job: FileJob, done: int, total: int) -> bool:
        time.sleep(0.3)  # a slow network share
        return report(job, done, total)

    monkeypatch.setattr(FileJob, "report", slow)
    with (
        qtbot.assertNotEmitted(session.failed),
        qtbot.waitSignal(exporter.finished, timeout=60_000) as finished,
    ):
        assert exporter.export(demo_plan, tmp_path / "pack")
        exporter.widget.findChild(QProgressDialog).findChild(QPushButton).click()
    assert finished.args[0] is None
    assert [p.name for p in tmp_path.iterdir() if "pack" in p.name] == []  # no half pack


@pytest.mark.parametrize(
    ("picked", "kind", "expected"),
    [
        ("材料包.zip", "Folder (*)", "材料包"),
        ("材料包", "Zip archive (*.zip)", "材料包.zip"),
        ("材料包.zip", "Zip archive (*.zip)", "材料包.zip"),
        ("材料包", "Folder (*)", "材料包"),
    ],
)
def test_the_save_dialog_decides_folder_or_zip(
    exporter, demo_plan, tmp_path, monkeypatch, picked, kind, expected
):
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *args: (str(tmp_path / picked), kind)
    )
    assert exporter.ask_target(demo_plan) == tmp_path / expected


def test_no_plan_no_export(qtbot, exporter, session):
    with qtbot.waitSignal(session.failed):
        assert not exporter.choose_and_export(None)
