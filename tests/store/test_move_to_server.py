"""Moving a ledger file onto an empty server ledger (store/move_to_server.py, issue 24)."""

from __future__ import annotations

import hashlib
import os
from datetime import date
from pathlib import Path

import pytest

from govledger.cli import main
from govledger.demo import build_demo
from govledger.domain.model import TaskKind
from govledger.messages import GovLedgerError
from govledger.store import Ledger, move_to_server
from govledger.store.move_to_server import TABLES


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A ledger file with something in every table that can travel: the demo plan,
    evidence files (one over a server piece), progress, units, a task moved under a
    later heading, a deleted task, holidays, an application with a document, report
    texts and figures."""
    folder = tmp_path_factory.mktemp("file")
    path = folder / "ledger.sqlite"
    with Ledger.open(path, auto_backup=False) as ledger:
        plan_id = build_demo(ledger, date(2026, 6, 1))
        first = ledger.tasks(plan_id)[1]
        big = folder / "扫描件.pdf"
        big.write_bytes(os.urandom(1024 * 1024 + 4321))  # two pieces on the server
        ledger.attach_file(first.id, big, note="会议纪要扫描件")
        late = ledger.add_task(
            plan_id, "九、新增事项", kind=TaskKind.HEADING, number="九"
        ).first_created("tasks")
        ledger.move_task(first.id, late, 0)  # its parent's id is larger than its own
        doomed = ledger.add_task(plan_id, "将被删除的要求", parent_id=late)
        ledger.delete_task(doomed.first_created("tasks"))  # a tombstone
        ledger.set_holiday(date(2031, 10, 1), is_workday=False, name="国庆节")
        ledger.set_holiday(date(2031, 9, 28), is_workday=True, name="国庆调休")
        application_id = ledger.add_application(
            received_on=date(2026, 3, 2),
            channel="online",
            applicant_type="natural_person",
            content="申请公开2025年度部门预算执行情况",
        ).first_created("applications")
        letter = folder / "申请书.pdf"
        letter.write_bytes(b"%PDF-1.4 request letter")
        ledger.attach_application_document(application_id, letter, role="request")
        ledger.set_report_text(2026, "problems", "一是台账管理有待加强；二是解读形式单一。")
        ledger.set_report_value(2026, "carried_out", "research", 2, "纸质登记的申请")
    return path


def _rows(ledger: Ledger, table: str) -> list[dict]:
    return list(ledger._db.query(f"SELECT * FROM {table} ORDER BY id"))


def test_everything_arrives_with_its_ids_and_files(
    demo_file: Path, pg_server, tmp_path: Path
) -> None:
    url = pg_server.new_database()
    before = hashlib.sha256(demo_file.read_bytes()).hexdigest()
    summary = move_to_server.move_to_server(demo_file, url, cache_folder=tmp_path / "mover")
    assert hashlib.sha256(demo_file.read_bytes()).hexdigest() == before  # untouched

    with (
        Ledger.open(demo_file, read_only=True) as file,
        Ledger.open(url, cache_folder=tmp_path / "clerk") as server,
    ):
        for table in TABLES:
            assert _rows(server, table) == _rows(file, table), table
        assert summary.tables["tasks"] == len(_rows(file, "tasks")) and summary.rows > 100
        assert server.ledger_id() == file.ledger_id()  # unit packages still know it
        plan = file.plans()[0]
        assert server.plans() == file.plans()
        assert server.tasks(plan.id) == file.tasks(plan.id)
        assert server.progress_by_task(plan.id) == file.progress_by_task(plan.id)
        assert server.evidence_by_task(plan.id) == file.evidence_by_task(plan.id)
        assert server.holidays() == file.holidays()
        assert server.tombstones() == file.tombstones()
        assert server.audit_log(1000) == file.audit_log(1000)
        for word in ("台账", "解读", "会议纪要", "办公室"):
            assert server.search(word) == file.search(word)  # in one order on both stores
            assert server.search(word), word
        hashes = {
            e.sha256 for items in file.evidence_by_task(plan.id).values() for e in items if e.sha256
        }
        hashes |= {row["sha256"] for row in _rows(file, "application_documents")}
        assert summary.files == len(hashes) and summary.bytes > 1024 * 1024
        for sha256 in hashes:  # fetched from the server into the clerk's own folder
            assert server.evidence.verify(sha256) is None
            assert (
                server.evidence_path(sha256).read_bytes() == file.evidence_path(sha256).read_bytes()
            )
        # New records continue after the moved ids (the sequences were set).
        new_task = server.add_task(plan.id, "搬迁后新增的要求").first_created("tasks")
        assert new_task == max(row["id"] for row in _rows(file, "tasks")) + 1


def test_a_server_ledger_with_records_is_refused_untouched(
    demo_file: Path, pg_server, tmp_path: Path
) -> None:
    url = pg_server.new_database()
    with Ledger.open(url, cache_folder=tmp_path / "cache") as server:
        server.create_plan("服务器上已有的方案", 2026)
        audit_before = server.audit_log()
    with pytest.raises(GovLedgerError) as refused:
        move_to_server.move_to_server(demo_file, url, cache_folder=tmp_path / "mover")
    assert refused.value.key == "move.not_empty" and "plans 1" in str(refused.value)
    with Ledger.open(url, cache_folder=tmp_path / "cache") as server:
        assert [p.title for p in server.plans()] == ["服务器上已有的方案"]
        assert server.audit_log() == audit_before


def test_a_failure_midway_leaves_the_server_ledger_empty(
    demo_file: Path, pg_server, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    url = pg_server.new_database()
    real_copy = move_to_server.copy_table

    def failing_copy(source, db, table):
        if table == "applications":  # well after plans, tasks and evidence
            raise RuntimeError("the network went away")
        return real_copy(source, db, table)

    monkeypatch.setattr(move_to_server, "copy_table", failing_copy)
    with pytest.raises(RuntimeError):
        move_to_server.move_to_server(demo_file, url, cache_folder=tmp_path / "mover")
    with Ledger.open(url, cache_folder=tmp_path / "clerk") as server:
        for table in TABLES:
            assert _rows(server, table) == [], table
        assert list(server.evidence.stored_hashes()) == []
        assert server.search("台账") == []
        with server.whole_ledger_job("move"):  # the job lock was let go
            pass
    monkeypatch.undo()
    summary = move_to_server.move_to_server(demo_file, url, cache_folder=tmp_path / "mover")
    assert summary.tables["plans"] == 1  # and a second attempt works


def test_missing_evidence_files_stop_the_move_before_the_server_is_touched(
    pg_server, tmp_path: Path
) -> None:
    path = tmp_path / "ledger.sqlite"
    with Ledger.open(path, auto_backup=False) as ledger:
        plan_id = ledger.create_plan("方案", 2026).first_created("plans")
        task_id = ledger.add_task(plan_id, "要求").first_created("tasks")
        ledger.attach_bytes(task_id, b"lost", "lost.png")
        sha256 = hashlib.sha256(b"lost").hexdigest()
        ledger.evidence_path(sha256).unlink()
    url = pg_server.new_database()
    with pytest.raises(GovLedgerError) as refused:
        move_to_server.move_to_server(path, url, cache_folder=tmp_path / "mover")
    assert refused.value.key == "move.files_missing"
    with Ledger.open(url, cache_folder=tmp_path / "clerk") as server:
        assert server.plans() == []


def test_the_move_to_command(
    capsys, demo_file: Path, pg_server, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("GOVLEDGER_DATA", str(tmp_path / "data"))
    monkeypatch.delenv("GOVLEDGER_DB_PASSWORD", raising=False)
    url = pg_server.new_database()
    code = main(["--db", str(demo_file), "move-to", url])
    out, err = capsys.readouterr()
    assert code == 0, err
    assert "Moved the ledger" in out and "checked it" in out and "tasks: " in out
    code = main(["--db", url, "plans"])
    out, _err = capsys.readouterr()
    assert code == 0 and "（演示）" in out

    code = main(["--db", str(demo_file), "move-to", url])  # again: the server has it now
    out, err = capsys.readouterr()
    assert code == 1 and out == "" and len(err.strip().splitlines()) == 1
    assert "already holds records" in err

    code = main(["--db", url, "move-to", url])
    out, err = capsys.readouterr()
    assert code == 1 and "must be a ledger file" in err
