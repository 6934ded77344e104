"""Nothing is overwritten silently: two clerks (two Ledger connections on one file)
edit the same record; the second save, made on the version both started from, is
refused with both versions, and saved only once the clerk knowingly saves on top."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from govledger.domain.changes import StaleEdit
from govledger.domain.model import TaskKind
from govledger.store import Ledger
from govledger.store.transaction import transaction


@pytest.fixture
def clerks(ledger: Ledger) -> Iterator[tuple[Ledger, Ledger, dict[str, int]]]:
    """Two clerks' connections to one ledger, on each store."""
    a = ledger
    with ledger.opener()() as b:
        plan = a.create_plan("2026年政务公开工作要点分工方案", 2026).created_plan
        assert plan is not None
        task = a.add_task(plan, "做好政策解读工作", lead_units=["办公室"]).created_task
        assert task is not None
        entry = a.add_progress(task, "已在门户网站发布解读").first_created("progress_entries")
        assert entry is not None
        yield a, b, {"plan": plan, "task": task, "progress": entry}


def test_the_second_save_on_the_same_version_is_refused_with_both_versions(clerks) -> None:
    a, b, ids = clerks
    started_from = a.task(ids["task"]).revision
    assert b.task(ids["task"]).revision == started_from
    b.update_task(ids["task"], text="B 的修改", expected_revision=started_from)

    with pytest.raises(StaleEdit) as refused:
        a.update_task(
            ids["task"], text="A 的修改", co_units=["信息中心"], expected_revision=started_from
        )

    stale = refused.value
    assert stale.key == "edit.stale_save" and stale.kind == "task"
    assert stale.row_id == ids["task"]
    assert stale.mine == {"text": "A 的修改", "co_units": ["信息中心"]}
    assert stale.theirs["text"] == "B 的修改"
    assert stale.theirs["lead_units"] == ["办公室"] and stale.theirs["co_units"] == []
    assert stale.revision == started_from + 1
    assert a.task(ids["task"]).text == "B 的修改"
    assert a.task(ids["task"]).co_units == ()


def test_saving_on_top_of_the_new_version_is_kept(clerks) -> None:
    a, b, ids = clerks
    started_from = a.task(ids["task"]).revision
    b.update_task(ids["task"], text="B 的修改", expected_revision=started_from)
    with pytest.raises(StaleEdit) as refused:
        a.update_task(ids["task"], text="A 的修改", expected_revision=started_from)

    a.update_task(ids["task"], text="A 的修改", expected_revision=refused.value.revision)

    assert b.task(ids["task"]).text == "A 的修改"
    assert b.task(ids["task"]).revision == started_from + 2


def test_undo_and_redo_still_work_after_a_refused_save(clerks) -> None:
    a, b, ids = clerks
    started_from = a.task(ids["task"]).revision
    b.update_task(ids["task"], text="B 的修改", expected_revision=started_from)
    with pytest.raises(StaleEdit) as refused:
        a.update_task(ids["task"], text="A 的修改", expected_revision=started_from)
    changes = a.update_task(ids["task"], text="A 的修改", expected_revision=refused.value.revision)

    a.revert(changes)
    assert b.task(ids["task"]).text == "B 的修改"
    assert b.task(ids["task"]).revision == started_from + 1
    a.reapply(changes)
    assert b.task(ids["task"]).text == "A 的修改"


def test_a_save_without_an_expected_revision_behaves_as_before(clerks) -> None:
    a, b, ids = clerks
    started_from = a.task(ids["task"]).revision
    b.update_task(ids["task"], text="B 的修改")
    a.update_task(ids["task"], text="A 的修改")  # last writer wins, as it always did
    assert b.task(ids["task"]).text == "A 的修改"
    assert b.task(ids["task"]).revision == started_from + 2


def test_a_stale_save_is_refused_even_when_it_changes_nothing_new(clerks) -> None:
    # A clerk who typed back what B saved still started from an older version.
    a, b, ids = clerks
    started_from = a.task(ids["task"]).revision
    b.update_task(ids["task"], number="1")
    with pytest.raises(StaleEdit):
        a.update_task(ids["task"], number="1", expected_revision=started_from)


def test_progress_notes_plans_and_evidence_are_checked_too(clerks) -> None:
    a, b, ids = clerks
    note = a.progress_entries(ids["task"])[0]
    b.update_progress(ids["progress"], text="B 写的情况", expected_revision=note.revision)
    with pytest.raises(StaleEdit) as refused:
        a.update_progress(ids["progress"], text="A 写的情况", expected_revision=note.revision)
    assert refused.value.kind == "progress"
    assert refused.value.mine == {"text": "A 写的情况"}
    assert refused.value.theirs["text"] == "B 写的情况"
    assert a.progress_entries(ids["task"])[0].text == "B 写的情况"

    plan = a.plan(ids["plan"])
    b.update_plan(ids["plan"], title="B 的标题", expected_revision=plan.revision)
    with pytest.raises(StaleEdit):
        a.update_plan(ids["plan"], title="A 的标题", expected_revision=plan.revision)
    assert a.plan(ids["plan"]).title == "B 的标题"

    link = a.attach_link(ids["task"], "https://www.gov.cn/", title="门户").created_evidence
    assert link is not None
    evidence = a.evidence_for(ids["task"])[0]
    b.update_evidence(link, note="B 的说明", expected_revision=evidence.revision)
    with pytest.raises(StaleEdit):
        a.update_evidence(link, note="A 的说明", expected_revision=evidence.revision)
    assert a.evidence_for(ids["task"])[0].note == "B 的说明"


def test_the_write_itself_only_matches_the_version_read(clerks) -> None:
    # Belt and braces for a shared server: if another client slips in between the read
    # and the UPDATE, the UPDATE matches no row and the save is refused, not blind.
    a, _b, ids = clerks
    db = a._db
    with pytest.raises(StaleEdit), transaction(db, "test", "test") as tx:
        real_row = tx.row

        def row_read_before_the_other_client(table: str, row_id: int):
            found = real_row(table, row_id)
            if found is not None and table == "tasks":
                found = {**found, "revision": found["revision"] - 1}
            return found

        tx.row = row_read_before_the_other_client  # type: ignore[method-assign]
        tx.update("tasks", ids["task"], {"text": "被挤掉的修改"})
    assert a.task(ids["task"]).text == "做好政策解读工作"


def test_headings_carry_their_revision(clerks) -> None:
    a, _b, ids = clerks
    heading = a.add_task(ids["plan"], "一、总体要求", kind=TaskKind.HEADING).created_task
    assert heading is not None
    before = a.task(heading).revision
    a.update_task(heading, number="一", expected_revision=before)
    assert a.task(heading).revision == before + 1
