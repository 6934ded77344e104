"""The evidence tab inside the real main window, and `screenshot --view evidence`."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from govledger.cli import main
from govledger.demo import build_demo
from govledger.domain.model import EvidenceKind
from govledger.store import Ledger
from govledger.ui.main_window import MainWindow
from govledger.ui.screenshot import build_window

pytestmark = pytest.mark.both_stores  # a ledger file and a server ledger (issue 24)


@pytest.fixture
def demo_path(tmp_path: Path) -> Path:
    path = tmp_path / "demo.sqlite"
    with Ledger.open(path) as ledger:
        build_demo(ledger)
    return path


def test_the_evidence_tab_follows_the_tree_selection(qtbot, session, settings, small_plan):
    ledger = session.ledger
    ledger.attach_link(small_plan["r2"], "https://www.gov.cn/", title="解读专栏")
    window = MainWindow(session, settings)
    qtbot.addWidget(window)
    window.show()
    panel = window.detail.evidence
    assert window.detail.tabs.indexOf(panel) == 2
    assert window.select_task(small_plan["r2"])
    assert panel.task_id == small_plan["r2"] and panel.model.rowCount() == 1
    assert window.select_task(small_plan["h2"])  # a heading has no evidence tab
    assert panel.task_id is None
    assert window.select_task(small_plan["r1"])
    assert panel.model.rowCount() == 0 and panel.isEnabled()


def test_build_window_for_the_evidence_view(qapp, demo_path, tmp_path):
    window = build_window(demo_path, (1366, 768), "zh_CN", tmp_path, view="evidence")
    try:
        panel = window.detail.evidence
        assert window.detail.tabs.currentWidget() is panel
        kinds = {e.kind for e in panel.model.items}
        assert kinds == {EvidenceKind.FILE, EvidenceKind.LINK}
        assert panel.preview.pixmap() is not None and not panel.preview.pixmap().isNull()
    finally:
        window.close()
        window.session.close()
        window.deleteLater()
        for translator in getattr(qapp, "_govledger_translators", []):
            qapp.removeTranslator(translator)  # later tests expect English


def test_screenshot_of_the_evidence_view(qapp, demo_path, tmp_path, capsys):
    png = tmp_path / "evidence.png"
    args = ["--db", str(demo_path), "screenshot", "--view", "evidence", "-o", str(png)]
    assert main([*args, "--lang", "zh_CN"]) == 0
    image = QImage(str(png))
    assert (image.width(), image.height()) == (1366, 768)
    assert str(png) in capsys.readouterr().out
