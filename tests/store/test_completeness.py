"""缺少佐证: requirements reported done without any evidence."""

from __future__ import annotations

from datetime import date

from govledger.demo import build_demo
from govledger.domain.completeness import lacks_evidence
from govledger.domain.model import Status
from govledger.store import Ledger
from govledger.store.task_listing import task_rows


def test_only_done_requirements_need_evidence() -> None:
    assert lacks_evidence(Status.DONE, 0)
    assert not lacks_evidence(Status.DONE, 1)
    for status in (Status.NOT_STARTED, Status.IN_PROGRESS, Status.NOT_APPLICABLE):
        assert not lacks_evidence(status, 0)


def test_done_without_evidence_follows_status_and_attachments(
    ledger: Ledger, plan_tree: dict
) -> None:
    plan, r1, r2, r3 = (plan_tree[key] for key in ("plan", "r1", "r2", "r3"))
    assert ledger.done_without_evidence(plan) == set()
    for task_id in (r1, r2, r3):
        ledger.update_task(task_id, status=Status.DONE)
    assert ledger.done_without_evidence(plan) == {r1, r2, r3}

    ledger.attach_link(r1, "https://www.gov.cn/", title="链接也是佐证")
    progress_id = ledger.add_progress(r2, "已发布解读", on=date(2021, 5, 1)).first_created(
        "progress_entries"
    )
    ledger.attach_bytes(r2, b"png", "截图.png", progress_id=progress_id)
    assert ledger.done_without_evidence(plan) == {r3}

    [evidence] = ledger.evidence_for(r1)
    changes = ledger.detach_evidence(evidence.id)
    assert ledger.done_without_evidence(plan) == {r1, r3}
    ledger.revert(changes)
    assert ledger.done_without_evidence(plan) == {r3}
    ledger.update_task(r3, status=Status.IN_PROGRESS)
    assert ledger.done_without_evidence(plan) == set()


def test_headings_are_never_flagged(ledger: Ledger, plan_tree: dict) -> None:
    ledger.update_task(plan_tree["r1"], status=Status.DONE)
    rows = {row["id"]: row for row in task_rows(ledger, plan_tree["plan"], date(2021, 6, 1))}
    assert rows[plan_tree["r1"]]["lacks_evidence"] is True
    assert rows[plan_tree["heading"]]["lacks_evidence"] is False
    assert rows[plan_tree["r2"]]["lacks_evidence"] is False


def test_demo_flags_the_done_requirements_without_evidence(ledger: Ledger) -> None:
    plan_id = build_demo(ledger, today=date(2026, 6, 1))
    flagged = ledger.done_without_evidence(plan_id)
    counts = ledger.evidence_counts(plan_id)
    done = {t.id for t in ledger.tasks(plan_id) if t.status is Status.DONE}
    assert flagged and flagged < done
    assert all(counts.get(task_id, 0) == 0 for task_id in flagged)
    assert all(counts[task_id] > 0 for task_id in done - flagged)


def test_evidence_counts_below_one_heading_match_the_whole_plan(ledger: Ledger) -> None:
    plan_id = build_demo(ledger, today=date(2026, 6, 1))
    whole = ledger.evidence_counts(plan_id)
    below: dict[int, int] = {}
    for parent_id in {None, *(t.parent_id for t in ledger.tasks(plan_id))}:
        below.update(ledger.evidence_counts_below(plan_id, parent_id))
    assert below == whole and whole


def test_has_more_requirements_than_counts_only_requirements(ledger: Ledger) -> None:
    plan_id = build_demo(ledger, today=date(2026, 6, 1))
    total = ledger.requirement_count(plan_id)
    assert ledger.has_more_requirements_than(plan_id, total - 1)
    assert not ledger.has_more_requirements_than(plan_id, total)
