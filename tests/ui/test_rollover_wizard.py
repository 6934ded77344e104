"""The 回头看 wizard, driven page by page offscreen, checked against the ledger."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWizard

from govledger.domain.model import Status, TaskKind
from govledger.domain.rollover import Decision
from govledger.domain.year_compare import Change
from govledger.ui.rollover_wizard import RolloverWizard
from tests.ui.exchange_fixtures import Recorder, shoot, two_year_ledger

pytestmark = pytest.mark.both_stores  # a ledger file and a server ledger (issue 24)

TODAY = date(2022, 1, 10)


@pytest.fixture
def setup(qapp, tmp_path: Path):
    ledger, ids = two_year_ledger(tmp_path / "ledger.sqlite")
    yield ledger, ids
    ledger.close()


def test_wizard_applies_the_decisions_as_one_step(qtbot, setup, tmp_path: Path) -> None:
    ledger, ids = setup
    perform = Recorder()
    wizard = RolloverWizard(ledger, perform, today=TODAY)
    qtbot.addWidget(wizard)
    wizard.show()
    assert (wizard.from_plan_id, wizard.to_plan_id) == (ids["old"], ids["new"])
    assert "3" in wizard.plans_page.count_label.text()

    wizard.next()
    page = wizard.decisions_page
    assert wizard.currentPage() is page
    assert page.table.rowCount() == 3  # the done one is not asked about
    page.set_decision(1, Decision.CLOSE)
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()  # reason missing
    assert "1" in page.hint.text()
    page.set_decision(1, Decision.CLOSE, "职能已划转至市数据局")
    page.set_decision(2, Decision.NOT_APPLICABLE, "本年度不再单独发布")
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    shoot(wizard, "rollover_decisions")

    wizard.next()
    assert wizard.currentPage() is wizard.summary_page
    assert "职能已划转至市数据局" in wizard.summary_page.text.toPlainText()
    wizard.next()  # the commit page: Apply
    assert wizard.currentPage() is wizard.done_page
    shoot(wizard, "rollover_done")

    [(_text, changes)] = perform.done
    assert changes.action == "rollover_review"
    [copy_id] = ledger.carried_over_into(ids["new"]).values()
    assert ledger.task(copy_id).carried_from == ledger.task(ids["r1"]).uuid
    assert [e.text for e in ledger.progress_entries(copy_id)] == ["已建立台账初稿"]
    assert ledger.task(ids["r3"]).status is Status.NOT_APPLICABLE
    assert ledger.review_candidates(ids["old"], ids["new"], TODAY) == []

    report = wizard.save_report(tmp_path / "回头看.docx")
    assert report.is_file()
    ledger.revert(changes)  # what the session's Undo does
    assert ledger.carried_over_into(ids["new"]) == {}
    assert ledger.task(ids["r3"]).status is Status.NOT_STARTED


def test_a_refused_review_stays_on_the_summary(qtbot, setup) -> None:
    ledger, ids = setup
    perform = Recorder()
    wizard = RolloverWizard(ledger, perform, today=TODAY)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    wizard.decisions_page.set_all(Decision.CARRY_OVER)
    wizard.next()
    ledger.delete_plan(ids["new"])  # gone underneath the wizard
    wizard.next()
    assert wizard.currentPage() is wizard.summary_page
    assert perform.refused and not perform.done


def test_same_plan_twice_cannot_go_on(qtbot, setup) -> None:
    ledger, ids = setup
    wizard = RolloverWizard(ledger, Recorder(), today=TODAY)
    qtbot.addWidget(wizard)
    wizard.show()
    combo = wizard.plans_page.from_combo
    combo.setCurrentIndex(combo.findData(ids["new"]))
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    shoot(wizard, "rollover_plans")


def test_a_plan_that_repeats_last_years_work_gets_no_duplicates(qtbot, setup) -> None:
    """2022's plan was imported first and repeats r1: the wizard proposes to continue
    r1 in it; Carry all over adds no second copy; r2's limit naming 2021 is flagged."""
    ledger, ids = setup
    heading = ledger.add_task(ids["new"], "一、做好政务公开台账工作", kind=TaskKind.HEADING)
    repeat = ledger.add_task(
        ids["new"],
        "建立政务公开工作台账，实时跟进推动，确保各项任务落实到位",
        parent_id=heading.created_task,
        number="1",
        lead_units=["办公室"],
    ).created_task
    ledger.update_task(ids["r2"], deadline_text="2021年11月20日前")
    count_before = len(ledger.tasks_with_depth(ids["new"]))
    perform = Recorder()
    wizard = RolloverWizard(ledger, perform, today=TODAY)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    page = wizard.decisions_page
    row_of = {task.id: row for row, task in enumerate(page.tasks)}
    r1, r2 = row_of[ids["r1"]], row_of[ids["r2"]]
    assert page.table.item(r1, page.COUNTERPART).text().startswith("1. 建立政务公开工作台账")
    assert page.decision_combo(r1).currentData() == "join"  # proposed, not imposed
    assert page.decision_combo(r2).findData("join") == -1  # nothing like it this year
    assert "2021" in page.table.item(r2, page.COUNTERPART).text()
    page.set_decision(r1, Decision.CARRY_OVER)  # the clerk may still add it as new …
    page.set_all(Decision.CARRY_OVER)  # … and Carry all over proposes the pair again
    assert page.decision_combo(r1).currentData() == "join"
    shoot(wizard, "rollover_counterparts")
    wizard.next()
    assert "→ 1. 建立政务公开工作台账" in wizard.summary_page.text.toPlainText()
    wizard.next()
    done = wizard.done_page.label.text().split("\n\n")
    assert len(done) == 2 and "1" in done[1]  # one time limit to set anew

    assert len(ledger.tasks_with_depth(ids["new"])) == count_before + 2  # r2, r3 as new
    assert ledger.task(repeat).carried_from == ledger.task(ids["r1"]).uuid
    assert [e.text for e in ledger.progress_entries(repeat)] == ["已建立台账初稿"]
    comparison = ledger.compare_plans(ids["old"], ids["new"])
    assert [p.change for p in comparison.pairs].count(Change.NEW) == 0
