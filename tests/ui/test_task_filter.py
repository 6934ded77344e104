"""TaskFilterProxy and PlanIndex: unit, status, due range and text filters show matches and
the headings above them."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QModelIndex

from govledger.domain.model import Status
from govledger.ui.plan_index import FilterCriteria, PlanIndex
from govledger.ui.task_filter import TaskFilterProxy
from govledger.ui.task_tree_model import TaskTreeModel

pytestmark = pytest.mark.both_stores  # the views must not care which store it is

TODAY = date(2021, 10, 28)


@pytest.fixture
def proxy(session, small_plan):
    model = TaskTreeModel(session, today=TODAY)
    model.set_plan(small_plan["plan"])
    return TaskFilterProxy(model)


def shown_ids(proxy: TaskFilterProxy, parent: QModelIndex = QModelIndex()) -> list[int]:  # noqa: B008
    ids = []
    for row in range(proxy.rowCount(parent)):
        index = proxy.index(row, 0, parent)
        ids.append(index.data(TaskTreeModel.TaskIdRole))
        if proxy.canFetchMore(index):
            proxy.fetchMore(index)
        ids.extend(shown_ids(proxy, index))
    return ids


def test_no_filter_shows_everything(proxy, small_plan):
    assert len(shown_ids(proxy)) == 6


def test_unit_filter_by_role(proxy, small_plan):
    proxy.set_criteria(FilterCriteria(unit="法制科", unit_role="lead"))
    assert shown_ids(proxy) == [small_plan["h1"], small_plan["r2"]]
    # r1's 配合 is "各科室": 法制科 is one of them (issue 23), r4 names it itself
    proxy.set_criteria(FilterCriteria(unit="法制科", unit_role="co"))
    assert shown_ids(proxy) == [
        small_plan["h1"],
        small_plan["r1"],
        small_plan["h2"],
        small_plan["r4"],
    ]
    proxy.set_criteria(FilterCriteria(unit="法制科"))
    assert shown_ids(proxy) == [
        small_plan["h1"],
        small_plan["r1"],
        small_plan["r2"],
        small_plan["h2"],
        small_plan["r4"],
    ]
    proxy.set_criteria(FilterCriteria(unit="信息中心"))  # a 事业单位: not one of 各科室
    assert shown_ids(proxy) == [small_plan["h2"], small_plan["r4"]]
    proxy.set_criteria(FilterCriteria(unit="各科室"))  # the collective itself, as written
    assert shown_ids(proxy) == [small_plan["h1"], small_plan["r1"]]


def test_status_and_due_filters(proxy, small_plan):
    proxy.set_criteria(FilterCriteria(statuses=frozenset({Status.OVERDUE})))
    assert shown_ids(proxy) == [small_plan["h1"], small_plan["r1"], small_plan["r3"]]
    proxy.set_criteria(FilterCriteria(due_from=date(2021, 3, 1), due_to=date(2021, 12, 31)))
    assert shown_ids(proxy) == [small_plan["h1"], small_plan["r1"], small_plan["r2"]]


def test_text_search_finds_progress_notes(proxy, session, small_plan):
    ledger = session.ledger
    session.perform("进展", lambda: ledger.add_progress(small_plan["r4"], "已建立台账并按月更新"))
    proxy.set_criteria(FilterCriteria(text="台账"))
    assert shown_ids(proxy) == [
        small_plan["h1"],
        small_plan["r1"],
        small_plan["h2"],
        small_plan["r4"],
    ]
    # the same tasks ledger.search finds (the heading's own text names 台账 too)
    hits = {hit.task_id for hit in ledger.search("台账", plan_id=small_plan["plan"])}
    assert hits == {small_plan["h1"], small_plan["r1"], small_plan["r4"]}
    proxy.set_criteria(FilterCriteria(text="台账 按月"))
    assert shown_ids(proxy) == [small_plan["h2"], small_plan["r4"]]


def test_filters_follow_edits(proxy, session, small_plan):
    proxy.set_criteria(FilterCriteria(unit="信息中心"))
    assert small_plan["r1"] not in shown_ids(proxy)
    session.perform(
        "单位", lambda: session.ledger.update_task(small_plan["r1"], lead_units=["信息中心"])
    )
    assert small_plan["r1"] in shown_ids(proxy)


def test_partial_index_loads_children_lazily(session, small_plan):
    index = PlanIndex.partial(session.ledger, small_plan["plan"])
    assert not index.complete and index.tasks == {}
    assert index.child_count(None) == 2
    assert index.child_ids(session.ledger, None) == [small_plan["h1"], small_plan["h2"]]
    assert index.matching_ids(FilterCriteria(text="台账"), TODAY) is None  # needs the full index
    # Evidence counts arrive with each branch, as the full index would have them.
    session.ledger.attach_link(small_plan["r2"], "https://www.gov.cn/", title="专栏")
    parent = session.ledger.task(small_plan["r2"]).parent_id
    assert small_plan["r2"] not in index.evidence_counts
    index.child_ids(session.ledger, parent)
    assert index.evidence_counts[small_plan["r2"]] == 1


def test_text_search_finds_evidence_by_file_name_and_link_title(proxy, session, small_plan):
    """A note names the screenshot, but the clerk searches by what the file is called."""
    ledger = session.ledger
    session.perform(
        "佐证",
        lambda: ledger.attach_bytes(small_plan["r2"], b"png", "网站截图.png", note="第一季度"),
    )
    session.perform(
        "链接",
        lambda: ledger.attach_link(
            small_plan["r4"], "https://www.gov.cn/a.html", title="政策解读专栏", note="已发布"
        ),
    )
    for words, task in (("网站截图", "r2"), ("政策解读专栏", "r4"), ("gov.cn", "r4")):
        proxy.set_criteria(FilterCriteria(text=words))
        assert small_plan[task] in shown_ids(proxy), words
        hits = {hit.task_id for hit in ledger.search(words, plan_id=small_plan["plan"])}
        assert small_plan[task] in hits, words  # the window and the Ledger agree
