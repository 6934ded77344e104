"""Closing the import dialog, or reading another file, stops the read under way
(issue 19, item 8): the worker ends at its next checkpoint and nothing is saved."""

from __future__ import annotations

from pathlib import Path

import pytest

from govledger.ui.import_dialog import ImportDialog
from tests.importers.test_read_cancellation import big_workbook

pytestmark = pytest.mark.both_stores  # a ledger file and a server ledger (issue 24)


def test_closing_the_dialog_stops_the_read(qtbot, session, settings, tmp_path: Path) -> None:
    path = big_workbook(tmp_path / "plan.xlsx", 15000)
    dialog = ImportDialog(session, settings)
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.waitSignal(dialog._signals.stopped, timeout=30000) as stopped:
        dialog.load_file(path)
        dialog.reject()  # Esc / 取消 while the workbook is being read
    assert stopped.args == [dialog._request]
    dialog.wait_until_parsed()
    assert dialog.draft is None and session.ledger.plans() == []


def test_a_newer_read_replaces_the_older(qtbot, session, settings, tmp_path: Path) -> None:
    big = big_workbook(tmp_path / "big.xlsx", 15000)
    small = big_workbook(tmp_path / "small.xlsx", 20)
    dialog = ImportDialog(session, settings)
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.waitSignal(dialog._signals.stopped, timeout=30000):
        dialog.load_file(big)
        dialog.load_file(small)
    qtbot.waitUntil(lambda: dialog.draft is not None, timeout=30000)
    assert len(list(dialog.draft.requirements())) == 20
