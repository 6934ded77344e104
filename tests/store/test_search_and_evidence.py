"""Full-text search over Chinese text of any length, and the evidence store."""

from __future__ import annotations

import hashlib
from datetime import date
from pathlib import Path

import pytest

from govledger.messages import GovLedgerError
from govledger.store import Ledger
from govledger.store.evidence_store import EvidenceCancelled
from govledger.store.integrity import check_ledger


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("台账", {"r1"}),  # two characters: below FTS5 trigram's reach
        ("解读", {"r2"}),
        ("年度报", {"r3"}),  # three characters
        ("政府信息公", {"r3"}),  # five characters
        ("政务公开台账", {"heading"}),  # r1 says 政务公开工作台账: not this phrase
        ("台账 跟进", {"r1"}),  # two terms: both must occur
        ("信息中心", {"r3"}),  # a unit name
        ("不存在的词", set()),
    ],
)
def test_search_finds_chinese_words(
    ledger: Ledger, plan_tree: dict, query: str, expected: set
) -> None:
    by_id = {v: k for k, v in plan_tree.items() if k != "plan"}
    found = {by_id[hit.task_id] for hit in ledger.search(query)}
    assert found == expected | ({"heading"} if query == "台账" else set())


def test_search_covers_progress_notes_and_evidence(ledger: Ledger, plan_tree: dict) -> None:
    ledger.add_progress(plan_tree["r2"], "已在门户网站发布政策图解")
    ledger.attach_link(plan_tree["r3"], "https://www.gov.cn/zhengce/", title="年报专栏截图")
    [hit] = ledger.search("图解")
    assert (hit.task_id, hit.field) == (plan_tree["r2"], "progress")
    assert "图解" in hit.snippet
    [hit] = ledger.search("专栏")
    assert (hit.task_id, hit.field) == (plan_tree["r3"], "evidence")


def test_search_limited_to_a_plan(ledger: Ledger, plan_tree: dict) -> None:
    other = ledger.create_plan("另一方案", 2022).first_created("plans")
    ledger.add_task(other, "另一方案中的台账要求")
    assert len(ledger.search("台账")) == 3
    assert {h.plan_id for h in ledger.search("台账", plan_id=other)} == {other}


def test_blank_and_punctuation_queries_find_nothing(ledger: Ledger, plan_tree: dict) -> None:
    assert ledger.search("") == []
    assert ledger.search("，。") == []
    assert ledger.search('"*') == []


def test_attach_file_is_content_addressed(ledger: Ledger, plan_tree: dict, tmp_path: Path) -> None:
    content = "会议纪要内容".encode() * 1000
    source = tmp_path / "关于召开政务公开工作会议的纪要.docx"
    source.write_bytes(content)
    copy = tmp_path / "副本.docx"
    copy.write_bytes(content)
    ledger.attach_file(plan_tree["r1"], source, note="会议纪要")
    ledger.attach_file(plan_tree["r2"], copy)
    sha = hashlib.sha256(content).hexdigest()
    stored = ledger.evidence_path(sha)
    assert stored.read_bytes() == content
    assert stored.parent.parent == ledger.path.parent / "evidence"
    assert len(list(ledger.evidence.stored_hashes())) == 1  # stored once
    [first] = ledger.evidence_for(plan_tree["r1"])
    assert (first.original_name, first.sha256, first.size, first.note) == (
        source.name,
        sha,
        len(content),
        "会议纪要",
    )
    assert ledger.evidence_for(plan_tree["r2"])[0].original_name == "副本.docx"
    assert check_ledger(ledger) == []


@pytest.mark.file_ledger
def test_detached_file_stays_until_collected(ledger: Ledger, plan_tree: dict) -> None:
    evidence_id = ledger.attach_bytes(plan_tree["r1"], b"screenshot", "截图.png").first_created(
        "evidence"
    )
    sha = hashlib.sha256(b"screenshot").hexdigest()
    changes = ledger.detach_evidence(evidence_id)
    assert ledger.evidence.contains(sha)  # undo must be able to bring it back
    ledger.revert(changes)
    assert ledger.evidence_for(plan_tree["r1"])[0].sha256 == sha
    ledger.reapply(changes)
    assert ledger.collect_unreferenced_files() == 1
    assert not ledger.evidence.contains(sha)


@pytest.mark.file_ledger
def test_check_reports_missing_and_altered_files(ledger: Ledger, plan_tree: dict) -> None:
    ledger.attach_bytes(plan_tree["r1"], b"one", "一.png")
    ledger.attach_bytes(plan_tree["r2"], b"two", "二.png")
    ledger.evidence_path(hashlib.sha256(b"one").hexdigest()).unlink()
    ledger.evidence_path(hashlib.sha256(b"two").hexdigest()).write_bytes(b"tampered")
    kinds = sorted(p.kind for p in check_ledger(ledger))
    assert kinds == ["evidence_altered", "evidence_missing"]


def test_cancelled_copy_leaves_nothing(ledger: Ledger, plan_tree: dict, tmp_path: Path) -> None:
    source = tmp_path / "big.bin"
    source.write_bytes(b"x" * (3 * 1024 * 1024))
    seen = []

    def progress(copied: int, total: int) -> bool:
        seen.append(copied)
        return copied < 2 * 1024 * 1024

    with pytest.raises(EvidenceCancelled):
        ledger.attach_file(plan_tree["r1"], source, progress=progress)
    assert seen and seen[-1] == 2 * 1024 * 1024
    assert ledger.evidence_for(plan_tree["r1"]) == []
    assert list(ledger.evidence.stored_hashes()) == []
    assert list((ledger.path.parent / "evidence" / "tmp").iterdir()) == []


def test_names_with_path_parts_keep_only_the_name(ledger: Ledger, plan_tree: dict) -> None:
    for name in ("..\\..\\Windows\\CON.pdf", "../../etc/passwd", "a" * 400 + ".pdf"):
        ledger.attach_bytes(plan_tree["r1"], name.encode(), name)
    names = [e.original_name for e in ledger.evidence_for(plan_tree["r1"])]
    assert names[0] == "CON.pdf" and names[1] == "passwd" and len(names[2]) == 240
    assert names[2].endswith("a.pdf")  # cut in the stem: the extension still opens it


def test_links_must_be_web_addresses(ledger: Ledger, plan_tree: dict) -> None:
    with pytest.raises(GovLedgerError, match="valid web address"):
        ledger.attach_link(plan_tree["r1"], "javascript:alert(1)")
    evidence_id = ledger.attach_link(
        plan_tree["r1"], "https://www.gov.cn/", title="中国政府网", captured_on=date(2021, 5, 1)
    ).first_created("evidence")
    ledger.update_evidence(evidence_id, note="首页截图说明")
    [link] = ledger.evidence_for(plan_tree["r1"])
    assert (link.url, link.captured_on, link.label) == (
        "https://www.gov.cn/",
        date(2021, 5, 1),
        "首页截图说明",
    )


def test_attaching_a_missing_file_is_one_clear_error(
    ledger: Ledger, plan_tree: dict, tmp_path: Path
) -> None:
    with pytest.raises(GovLedgerError, match="is not a file"):
        ledger.attach_file(plan_tree["r1"], tmp_path / "nope.pdf")
    with pytest.raises(GovLedgerError, match="No such task"):
        ledger.attach_bytes(9999, b"x", "x.png")


@pytest.mark.file_ledger
def test_backup_is_a_consistent_copy(ledger: Ledger, plan_tree: dict, tmp_path: Path) -> None:
    target = ledger.backup(tmp_path / "backups" / "copy.sqlite")
    with Ledger.open(target) as copy:
        assert [p.title for p in copy.plans()] == [p.title for p in ledger.plans()]
        assert len(copy.search("台账")) == 2


def test_rebuild_indexes_what_incremental_indexing_did(ledger: Ledger, plan_tree: dict) -> None:
    ledger.add_progress(plan_tree["r2"], "已在门户网站发布政策图解")
    ledger.attach_link(plan_tree["r3"], "https://www.gov.cn/", title="年报专栏")
    queries = ("台账", "图解", "专栏", "信息中心", "各科室", "年度报告")
    before = {q: ledger.search(q) for q in queries}
    from govledger.store import search_index

    search_index.rebuild(ledger._db)
    assert {q: ledger.search(q) for q in queries} == before
    assert all(before[q] for q in queries)
