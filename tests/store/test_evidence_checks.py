"""`govledger check` on evidence, and evidence tied to progress entries."""

from __future__ import annotations

import hashlib
from datetime import date
from pathlib import Path

import pytest

from govledger.cli import main
from govledger.messages import GovLedgerError
from govledger.store import Ledger
from govledger.store.integrity import check_ledger


def _progress(ledger: Ledger, task_id: int) -> int:
    return ledger.add_progress(task_id, "已发布", on=date(2021, 5, 1)).first_created(
        "progress_entries"
    )


@pytest.mark.file_ledger
def test_a_missing_shared_file_is_reported_for_every_record(
    ledger: Ledger, plan_tree: dict
) -> None:
    ledger.attach_bytes(plan_tree["r1"], b"same", "一号截图.png")
    ledger.attach_bytes(plan_tree["r2"], b"same", "二号截图.png")
    ledger.evidence_path(hashlib.sha256(b"same").hexdigest()).unlink()
    problems = check_ledger(ledger)
    assert [p.kind for p in problems] == ["evidence_missing", "evidence_missing"]
    assert "一号截图.png" in problems[0].text and "二号截图.png" in problems[1].text


@pytest.mark.file_ledger
def test_an_unreadable_file_is_a_problem_not_a_crash(
    ledger: Ledger, plan_tree: dict, monkeypatch
) -> None:
    ledger.attach_bytes(plan_tree["r1"], b"locked", "被占用.pdf")

    def refuse(*_args, **_kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "open", refuse)
    [problem] = check_ledger(ledger)
    assert problem.kind == "evidence_unreadable" and "被占用.pdf" in problem.text


def test_links_and_intact_files_pass(ledger: Ledger, plan_tree: dict) -> None:
    ledger.attach_link(plan_tree["r1"], "https://www.gov.cn/")
    ledger.attach_bytes(plan_tree["r1"], b"fine", "正常.png")
    assert check_ledger(ledger) == []


def test_evidence_can_hang_on_its_own_requirements_progress(
    ledger: Ledger, plan_tree: dict
) -> None:
    own = _progress(ledger, plan_tree["r1"])
    other = _progress(ledger, plan_tree["r2"])
    file_id = ledger.attach_bytes(
        plan_tree["r1"], b"x", "会议纪要.pdf", progress_id=own
    ).first_created("evidence")
    link_id = ledger.attach_link(
        plan_tree["r1"], "https://www.gov.cn/", progress_id=own
    ).first_created("evidence")
    by_id = {e.id: e for e in ledger.evidence_for(plan_tree["r1"])}
    assert by_id[file_id].progress_id == own and by_id[link_id].progress_id == own
    with pytest.raises(GovLedgerError, match="belongs to another task"):
        ledger.attach_bytes(plan_tree["r1"], b"y", "错挂.pdf", progress_id=other)
    with pytest.raises(GovLedgerError, match="belongs to another task"):
        ledger.attach_link(plan_tree["r1"], "https://www.gov.cn/a", progress_id=other)
    with pytest.raises(GovLedgerError, match="belongs to another task"):
        ledger.update_evidence(file_id, progress_id=other)
    ledger.update_evidence(file_id, progress_id=None)  # back to the requirement itself
    assert {e.id: e for e in ledger.evidence_for(plan_tree["r1"])}[file_id].progress_id is None
    assert check_ledger(ledger) == []


def test_check_finds_evidence_on_another_requirements_progress(
    ledger: Ledger, plan_tree: dict
) -> None:
    other = _progress(ledger, plan_tree["r2"])
    ledger.attach_link(plan_tree["r1"], "https://www.gov.cn/", title="旧数据")
    ledger._db.execute("UPDATE evidence SET progress_id = ?", [other])  # as old data might be
    [problem] = check_ledger(ledger)
    assert problem.kind == "evidence_progress_elsewhere" and "旧数据" in problem.text


@pytest.mark.file_ledger
def test_cli_check_names_the_missing_file_and_exits_1(
    ledger: Ledger, plan_tree: dict, capsys
) -> None:
    ledger.attach_bytes(plan_tree["r1"], b"gone", "已删除的截图.png")
    ledger.evidence_path(hashlib.sha256(b"gone").hexdigest()).unlink()
    code = main(["--db", str(ledger.path), "check"])
    out = capsys.readouterr().out
    assert code == 1
    assert "missing" in out and "已删除的截图.png" in out and "1 problem" in out


@pytest.mark.file_ledger
def test_a_file_copied_beforehand_is_recorded_on_its_own(
    ledger: Ledger, plan_tree: dict, tmp_path: Path
) -> None:
    source = tmp_path / "大文件.pdf"
    source.write_bytes(b"copied in a worker thread")
    stored = ledger.evidence.add_file(source)  # no database access: any thread
    assert ledger.evidence_for(plan_tree["r1"]) == []
    ledger.attach_stored(plan_tree["r1"], stored, source.name, note="会议材料")
    [evidence] = ledger.evidence_for(plan_tree["r1"])
    assert (evidence.sha256, evidence.original_name) == (stored.sha256, "大文件.pdf")
    ledger.evidence_path(stored.sha256).unlink()
    with pytest.raises(GovLedgerError, match="not in the evidence store"):
        ledger.attach_stored(plan_tree["r2"], stored, source.name)
    assert ledger.evidence_for(plan_tree["r2"]) == []
