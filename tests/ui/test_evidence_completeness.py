"""缺少佐证 in the tree (a flag in the 佐证 column), in the filter bar, and the menu item
文件 → 导出佐证材料包…"""

from __future__ import annotations

import zipfile

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from govledger.domain.model import Status
from govledger.exporters.evidence_layout import INDEX_NAME
from govledger.ui.evidence_pack_export import EvidencePackExporter
from govledger.ui.labels import Column
from govledger.ui.main_window import MainWindow
from govledger.ui.plan_index import FilterCriteria, PlanIndex
from govledger.ui.task_tree_model import TaskTreeModel

from .test_main_window import visible_requirement_numbers

pytestmark = pytest.mark.both_stores  # the views must not care which store it is


@pytest.fixture
def window(qtbot, session, settings, small_plan):
    window = MainWindow(session, settings)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.model.wait_for_index()
    return window


def evidence_cell(window: MainWindow, task_id: int, role: int):
    index = window.model.index_for_task(task_id, Column.EVIDENCE)
    return window.model.data(index, role)


def test_done_without_evidence_is_flagged_in_the_tree(window, session, small_plan):
    r1 = small_plan["r1"]
    ledger = session.ledger
    assert evidence_cell(window, r1, Qt.ItemDataRole.DecorationRole) is None
    session.perform("done", lambda: ledger.update_task(r1, status=Status.DONE))
    icon = evidence_cell(window, r1, Qt.ItemDataRole.DecorationRole)
    assert icon is not None and not icon.isNull()
    assert "no evidence" in evidence_cell(window, r1, Qt.ItemDataRole.ToolTipRole)
    session.perform("link", lambda: ledger.attach_link(r1, "https://www.gov.cn/"))
    assert evidence_cell(window, r1, Qt.ItemDataRole.DecorationRole) is None
    assert evidence_cell(window, r1, Qt.ItemDataRole.DisplayRole) == "1"
    session.undo_stack.undo()  # the link goes: the flag comes back
    assert evidence_cell(window, r1, Qt.ItemDataRole.DecorationRole) is not None
    heading = small_plan["h1"]
    assert evidence_cell(window, heading, Qt.ItemDataRole.DecorationRole) is None


def test_the_filter_shows_only_done_requirements_without_evidence(window, session, small_plan):
    ledger = session.ledger
    for key in ("r1", "r2"):
        task_id = small_plan[key]
        session.perform("done", lambda t=task_id: ledger.update_task(t, status=Status.DONE))
    session.perform("link", lambda: ledger.attach_link(small_plan["r2"], "https://www.gov.cn/"))
    bar = window.filter_bar
    bar.lacks_evidence_action.setChecked(True)
    assert bar.criteria().lacks_evidence
    assert "Done without evidence" in bar.status_button.text()
    assert window.proxy.shown == {small_plan["h1"], small_plan["r1"]}
    assert visible_requirement_numbers(window) == ["1"]
    # attaching evidence takes it out of the filtered tree
    session.perform("link", lambda: ledger.attach_link(small_plan["r1"], "https://www.gov.cn/"))
    assert window.proxy.shown == set() and visible_requirement_numbers(window) == []
    bar.clear()
    assert not bar.lacks_evidence_action.isChecked() and window.proxy.shown is None


def test_plan_index_answers_the_criterion(session, small_plan):
    ledger = session.ledger
    ledger.update_task(small_plan["r3"], status=Status.DONE)
    index = PlanIndex.load_complete(ledger, small_plan["plan"])
    assert not FilterCriteria(lacks_evidence=True).empty
    shown = index.matching_ids(FilterCriteria(lacks_evidence=True), TaskTreeModel(session).today)
    assert shown == {small_plan["h1"], small_plan["r3"]}


def test_file_menu_exports_the_evidence_pack(qtbot, window, small_plan, tmp_path, monkeypatch):
    action = window.window_actions.export_evidence
    file_menu = window.menuBar().actions()[0].menu()
    assert action in file_menu.actions()
    target = tmp_path / "2021年佐证材料包.zip"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: (str(target), a[3]))
    action.trigger()
    exporter = window.findChild(EvidencePackExporter)
    exporter.show_result = False
    qtbot.waitUntil(lambda: target.is_file(), timeout=30_000)
    with zipfile.ZipFile(target) as archive:
        assert archive.namelist() == [INDEX_NAME]
