"""回头看: carrying last year's unfinished requirements over, closing them, 不适用."""

from __future__ import annotations

from datetime import date

import pytest

from govledger.domain.model import Status, TaskKind
from govledger.domain.rollover import Decision, ReviewChoice
from govledger.messages import GovLedgerError
from govledger.store import Ledger
from govledger.store.integrity import check_ledger
from tests.store.test_ledger_edits import snapshot

TODAY = date(2022, 1, 10)


@pytest.fixture
def two_years(ledger: Ledger, plan_tree: dict) -> dict:
    """Last year's plan_tree with history, and this year's plan with one heading."""
    ledger.update_task(plan_tree["r1"], due=date(2021, 10, 31), status=Status.IN_PROGRESS)
    entry = ledger.add_progress(
        plan_tree["r1"], "已建立台账初稿", on=date(2021, 5, 6), unit="办公室"
    )
    entry_id = entry.first_created("progress_entries")
    ledger.attach_bytes(plan_tree["r1"], b"screenshot-bytes", "台账截图.png", progress_id=entry_id)
    ledger.attach_link(plan_tree["r1"], "https://example.gov.cn/gk/1.html", title="公开页面")
    ledger.update_task(plan_tree["r3"], status=Status.DONE)
    new_plan = ledger.create_plan("测试单位2022年政务公开工作要点分工方案", 2022).first_created(
        "plans"
    )
    heading = ledger.add_task(
        new_plan, "二、做好政务公开台账工作", kind=TaskKind.HEADING, number="二"
    ).first_created("tasks")
    ledger.add_task(new_plan, "新的一年的要求", parent_id=heading, number="1")
    return {**plan_tree, "new_plan": new_plan, "new_heading": heading}


def test_candidates_are_the_unfinished_requirements(ledger: Ledger, two_years: dict) -> None:
    candidates = ledger.review_candidates(two_years["plan"], two_years["new_plan"], TODAY)
    assert [task.id for task in candidates] == [two_years["r1"], two_years["r2"]]


def test_carry_over_keeps_history_and_is_undoable(ledger: Ledger, two_years: dict) -> None:
    before = snapshot(ledger)
    changes = ledger.apply_review(
        two_years["plan"],
        two_years["new_plan"],
        [
            ReviewChoice(two_years["r1"], Decision.CARRY_OVER),
            ReviewChoice(two_years["r2"], Decision.CLOSE, "职能已划转"),
        ],
        on=TODAY,
    )
    original = ledger.task(two_years["r1"])
    [copy_id] = ledger.carried_over_into(two_years["new_plan"]).values()
    copy = ledger.task(copy_id)
    assert copy.carried_from == original.uuid
    assert copy.parent_id == two_years["new_heading"]  # matched despite 一、→ 二、
    assert (copy.text, copy.lead_units, copy.co_units) == (
        original.text,
        ("办公室",),
        ("各科室",),
    )
    assert copy.number == "2"  # after the new plan's own 1
    assert copy.due == date(2022, 10, 31)
    assert copy.status is Status.IN_PROGRESS

    [old_entry, review_note] = ledger.progress_entries(original.id)
    assert "结转" in review_note.text or "carried over" in review_note.text
    [copied_entry] = ledger.progress_entries(copy_id)
    assert (copied_entry.text, copied_entry.date) == (old_entry.text, old_entry.date)
    assert copied_entry.uuid != old_entry.uuid
    old_files = {e.kind: e for e in ledger.evidence_for(original.id)}
    new_files = {e.kind: e for e in ledger.evidence_for(copy_id)}
    assert new_files["file"].sha256 == old_files["file"].sha256  # same stored file
    assert new_files["file"].progress_id == copied_entry.id
    assert new_files["link"].url == old_files["link"].url
    assert len(list(ledger.evidence.stored_hashes())) == 1
    assert check_ledger(ledger) == []

    closed = ledger.task(two_years["r2"])
    assert closed.status is Status.NOT_STARTED  # closing leaves the status as it was
    assert "职能已划转" in ledger.progress_entries(closed.id)[-1].text
    # Decided once, not asked again.
    assert ledger.review_candidates(two_years["plan"], two_years["new_plan"], TODAY) == []
    assert ledger.reviewed_for(two_years["new_plan"]) == {
        original.uuid: Decision.CARRY_OVER,
        closed.uuid: Decision.CLOSE,
    }

    after = snapshot(ledger)
    ledger.revert(changes)
    assert snapshot(ledger) == before
    assert ledger.reviewed_for(two_years["new_plan"]) == {}
    ledger.reapply(changes)
    assert snapshot(ledger) == after


def test_missing_heading_is_created_and_not_applicable_is_set(
    ledger: Ledger, two_years: dict
) -> None:
    ledger.update_task(two_years["new_heading"], text="二、完全不同的标题内容")
    ledger.apply_review(
        two_years["plan"],
        two_years["new_plan"],
        [
            ReviewChoice(two_years["r1"], Decision.CARRY_OVER),
            ReviewChoice(two_years["r2"], Decision.NOT_APPLICABLE, "本年度无此项工作"),
        ],
        on=TODAY,
    )
    [copy_id] = ledger.carried_over_into(two_years["new_plan"]).values()
    [heading] = ledger.path_of(copy_id)
    assert heading.text == "一、做好政务公开台账工作"
    assert heading.id != two_years["new_heading"]
    assert ledger.task(two_years["r2"]).status is Status.NOT_APPLICABLE
    # Reviewed requirements are no longer candidates.
    assert ledger.review_candidates(two_years["plan"], two_years["new_plan"], TODAY) == []


def test_refusals_leave_the_ledger_as_it_was(ledger: Ledger, two_years: dict) -> None:
    before = snapshot(ledger)
    plan, new_plan = two_years["plan"], two_years["new_plan"]
    with pytest.raises(GovLedgerError):  # a reason is required
        ledger.apply_review(
            plan,
            new_plan,
            [
                ReviewChoice(two_years["r1"], Decision.CARRY_OVER),
                ReviewChoice(two_years["r2"], Decision.CLOSE, "  "),
            ],
        )
    with pytest.raises(GovLedgerError):  # a heading is not a requirement
        ledger.apply_review(
            plan, new_plan, [ReviewChoice(two_years["heading"], Decision.CLOSE, "x")]
        )
    with pytest.raises(GovLedgerError):
        ledger.apply_review(plan, plan, [ReviewChoice(two_years["r1"], Decision.CARRY_OVER)])
    assert snapshot(ledger) == before
    ledger.apply_review(plan, new_plan, [ReviewChoice(two_years["r1"], Decision.CARRY_OVER)])
    with pytest.raises(GovLedgerError):  # not twice
        ledger.apply_review(plan, new_plan, [ReviewChoice(two_years["r1"], Decision.CARRY_OVER)])


def test_describe_review_reports_what_was_reviewed(ledger: Ledger, two_years: dict) -> None:
    review = ledger.describe_review(
        two_years["plan"],
        two_years["new_plan"],
        [
            ReviewChoice(two_years["r1"], Decision.CARRY_OVER),
            ReviewChoice(two_years["r2"], Decision.CLOSE, "职能已划转"),
        ],
        TODAY,
    )
    assert (review.from_year, review.to_year) == (2021, 2022)
    carried, closed = review.items
    assert carried.status is Status.OVERDUE  # due 2021-10-31, still open in January
    assert (carried.progress_count, carried.evidence_count) == (1, 2)
    assert carried.path == ("一、做好政务公开台账工作",)
    assert (closed.decision, closed.reason) == (Decision.CLOSE, "职能已划转")


def test_a_repeated_requirement_takes_the_history_instead_of_a_duplicate(
    ledger: Ledger, two_years: dict
) -> None:
    """The new plan was imported first and repeats r1: no second copy appears."""
    repeat = ledger.add_task(
        two_years["new_plan"],
        "建立政务公开工作台账，实时跟进推动落实",
        parent_id=two_years["new_heading"],
        number="2",
        lead_units=["办公室"],
    ).created_task
    assert repeat is not None
    counterparts = ledger.review_counterparts(two_years["plan"], two_years["new_plan"], TODAY)
    assert {old: c.task_id for old, c in counterparts.items()} == {two_years["r1"]: repeat}
    count_before = len(ledger.tasks_with_depth(two_years["new_plan"]))
    before = snapshot(ledger)

    changes = ledger.apply_review(
        two_years["plan"],
        two_years["new_plan"],
        [ReviewChoice(two_years["r1"], Decision.CARRY_OVER, counterpart_id=repeat)],
        on=TODAY,
    )
    assert len(ledger.tasks_with_depth(two_years["new_plan"])) == count_before
    joined = ledger.task(repeat)
    assert joined.carried_from == ledger.task(two_years["r1"]).uuid
    assert [e.text for e in ledger.progress_entries(repeat)] == ["已建立台账初稿"]
    assert {e.kind for e in ledger.evidence_for(repeat)} == {"file", "link"}
    note = ledger.progress_entries(two_years["r1"])[-1].text
    assert "第2项" in note or "item 2 of" in note
    # Compare years now pairs them as the same requirement, not as 新增.
    comparison = ledger.compare_plans(two_years["plan"], two_years["new_plan"])
    assert any(p.new and p.new.key == repeat and p.old for p in comparison.pairs)
    assert check_ledger(ledger) == []
    ledger.revert(changes)
    assert snapshot(ledger) == before


def test_a_counterpart_is_taken_once_and_must_be_this_years(
    ledger: Ledger, two_years: dict
) -> None:
    repeat = ledger.add_task(
        two_years["new_plan"], "建立政务公开工作台账", parent_id=two_years["new_heading"]
    ).created_task
    before = snapshot(ledger)
    for choices in (
        [
            ReviewChoice(two_years["r1"], Decision.CARRY_OVER, counterpart_id=repeat),
            ReviewChoice(two_years["r2"], Decision.CARRY_OVER, counterpart_id=repeat),
        ],
        [ReviewChoice(two_years["r1"], Decision.CARRY_OVER, counterpart_id=two_years["r2"])],
    ):
        with pytest.raises(GovLedgerError):
            ledger.apply_review(two_years["plan"], two_years["new_plan"], choices, on=TODAY)
        assert snapshot(ledger) == before


def test_a_limit_naming_last_year_is_flagged_not_moved(ledger: Ledger, two_years: dict) -> None:
    ledger.update_task(two_years["r2"], deadline_text="2021年11月20日前", due=date(2021, 11, 20))
    ledger.apply_review(
        two_years["plan"],
        two_years["new_plan"],
        [ReviewChoice(two_years["r2"], Decision.CARRY_OVER)],
        on=TODAY,
    )
    [copy_id] = ledger.carried_over_into(two_years["new_plan"]).values()
    copy = ledger.task(copy_id)
    assert copy.due == date(2021, 11, 20)  # as its text says, not 2022-11-20
    assert "2021" in ledger.progress_entries(copy_id)[-1].text


def test_a_closed_requirement_leaves_reminders_and_the_calendar(
    ledger: Ledger, two_years: dict
) -> None:
    ledger.update_task(two_years["r2"], due=date(2021, 12, 20))
    late = date(2021, 12, 28)
    before = ledger.reminders(two_years["plan"], late)
    reminded = lambda summary: {  # noqa: E731
        line.entry.task.id for unit in summary.units for line in unit.lines
    }
    assert two_years["r2"] in reminded(before)
    ledger.apply_review(
        two_years["plan"],
        two_years["new_plan"],
        [ReviewChoice(two_years["r2"], Decision.CLOSE, "职能已划转")],
        on=TODAY,
    )
    after = ledger.reminders(two_years["plan"], late)
    assert two_years["r2"] not in reminded(after)
    assert all(e.task.id != two_years["r2"] for e in ledger.overdue(two_years["plan"], late))
