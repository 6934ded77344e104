"""The detail panel shows the plan's own numbering (原编号：一是) beside the 序号."""

from __future__ import annotations

from pathlib import Path

from govledger.store import Ledger
from govledger.ui.app import open_main_window


def test_the_printed_numbering_is_shown_beside_the_plan_wide_number(
    qtbot, ledger_path: Path, settings
) -> None:
    with Ledger.open(ledger_path) as ledger:
        plan = ledger.create_plan("2026年政务公开工作要点", 2026).first_created("plans")
        added = ledger.add_task(plan, "公开预算", number="3", label="一是")
        labelled = added.first_created("tasks")
        plain = ledger.add_task(plan, "公开决算", number="4").first_created("tasks")
    window = open_main_window(ledger_path, settings)
    qtbot.addWidget(window)
    window.show()
    form = window.detail.form
    assert window.select_task(labelled)
    assert form.number_edit.text() == "3"
    assert form.label_hint.isVisible() and "一是" in form.label_hint.text()
    assert window.select_task(plain)
    assert not form.label_hint.isVisible()
    window.close()
    window.shut_down()
