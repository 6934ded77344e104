"""What only a server ledger has to get right (issue 24): opening and refusing
databases, several clerks at once, search with LIKE, evidence in pieces, and a client
killed in the middle of a transaction. tests/store's other tests run on both stores."""

from __future__ import annotations

import socket
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from govledger.domain.model import Status
from govledger.importers import parse_plan_text
from govledger.messages import GovLedgerError
from govledger.store import Ledger
from govledger.store.integrity import check_ledger
from govledger.store.server_schema import LATEST_SERVER_VERSION

PLAN_TEXT = """2026年政务公开工作要点分工方案
一、加强政策解读
1. 做好重大政策解读工作。（牵头单位：办公室；完成时限：6月底前）
2. 建立政务公开工作台账，实时跟进推动。（牵头单位：法制科；完成时限：12月底前）
"""


@pytest.fixture
def server_ledger(pg_server, tmp_path: Path):
    with Ledger.open(pg_server.new_database(), cache_folder=tmp_path / "cache") as ledger:
        yield ledger


def test_an_empty_database_becomes_a_ledger_and_opens_again(pg_server, tmp_path: Path) -> None:
    url = pg_server.empty_database()
    with Ledger.open(url, cache_folder=tmp_path / "a") as first:
        assert first.is_server and first.plans() == []
        first.create_plan("方案", 2026)
        ledger_id = first.ledger_id()
    with Ledger.open(url, cache_folder=tmp_path / "b") as again:
        assert [plan.title for plan in again.plans()] == ["方案"]
        assert again.ledger_id() == ledger_id


def test_another_programs_database_is_refused_untouched(pg_server, tmp_path: Path) -> None:
    url = pg_server.empty_database()
    database = pg_server.database_of(url)
    pg_server.admin("CREATE TABLE customers (id INTEGER PRIMARY KEY)", database)
    with pytest.raises(GovLedgerError) as refused:
        Ledger.open(url, cache_folder=tmp_path)
    assert refused.value.key == "server.foreign"


def test_a_ledger_upgraded_by_a_newer_govledger_is_refused_with_the_version_to_install(
    pg_server, tmp_path: Path
) -> None:
    url = pg_server.new_database()
    database = pg_server.database_of(url)
    newer = LATEST_SERVER_VERSION + 1
    pg_server.admin(
        f"UPDATE meta SET value = '{newer}' WHERE key = 'schema_version';"
        "UPDATE meta SET value = '9.9.0' WHERE key = 'written_by'",
        database,
    )
    with pytest.raises(GovLedgerError) as refused:
        Ledger.open(url, cache_folder=tmp_path)
    assert refused.value.key == "server.newer" and "9.9.0" in str(refused.value)


def test_an_unreachable_server_is_one_line(tmp_path: Path) -> None:
    with pytest.raises(GovLedgerError) as refused:
        Ledger.open(f"postgresql://clerk@/ledger?host={tmp_path}", password="secret")
    assert refused.value.key == "server.offline" and "secret" not in str(refused.value)


def test_a_driver_that_cannot_be_loaded_is_named_with_the_reason(
    pg_server, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # GOVLEDGER_DB_DRIVER names a vendor's psycopg-compatible driver (KingbaseES' ksycopg2)
    monkeypatch.setenv("GOVLEDGER_DB_DRIVER", "ksycopg2_not_here")
    with pytest.raises(GovLedgerError) as raised:
        Ledger.open(pg_server.new_database(), cache_folder=tmp_path / "cache")
    assert raised.value.key == "server.no_driver"
    assert "'ksycopg2_not_here'" in str(raised.value)
    assert "No module named" in str(raised.value)  # why, for IT


def test_a_lost_update_is_refused(server_ledger: Ledger) -> None:
    plan = server_ledger.create_plan("方案", 2026).created_plan
    task = server_ledger.add_task(plan, "做好政策解读", lead_units=["办公室"]).created_task
    with server_ledger.opener()() as colleague:
        mine = server_ledger.task(task)
        colleague.update_task(task, text="做好重大政策解读")
        with pytest.raises(GovLedgerError) as stale:
            server_ledger.update_task(
                task, text="做好政策解读工作", expected_revision=mine.revision
            )
        assert stale.value.key == "edit.stale_save"
        assert server_ledger.task(task).text == "做好重大政策解读"


def test_an_import_under_way_blocks_a_second_one(server_ledger: Ledger) -> None:
    draft = parse_plan_text(PLAN_TEXT, 2026)
    assert server_ledger.activity().job is None
    with server_ledger.opener()() as colleague, colleague.whole_ledger_job("import"):
        # every other client can tell who runs what, before trying
        job = server_ledger.activity().job
        assert job is not None and job.kind == "import" and job.login
        assert job.computer == socket.gethostname()[: len(job.computer)] and job.computer
        assert colleague.activity().job is None  # its own job is not another's
        with pytest.raises(GovLedgerError) as refused:
            server_ledger.import_draft(draft)
        assert refused.value.key == "server.job_running"
        assert str(refused.value).startswith(f"{job.who()} is importing a plan on the ledger")
    assert server_ledger.activity().job is None  # the lock and the job's name went with it
    assert server_ledger.plans() == []
    server_ledger.import_draft(draft)  # once the colleague's job is over
    assert len(server_ledger.plans()) == 1


def test_search_finds_two_character_words_and_takes_wildcards_literally(
    server_ledger: Ledger,
) -> None:
    plan = server_ledger.import_draft(parse_plan_text(PLAN_TEXT, 2026)).created_plan
    [task] = [t for t in server_ledger.tasks(plan) if "台账" in t.text]
    server_ledger.add_progress(task.id, "完成率100%，已上报")
    assert [hit.task_id for hit in server_ledger.search("台账")] == [task.id]
    assert [hit.field for hit in server_ledger.search("100%")] == ["progress"]
    assert server_ledger.search("1_0") == []  # _ is a character, not "any character"
    assert [hit.field for hit in server_ledger.search("法制科")] == ["units"]
    assert server_ledger.search("台账 解读") == []  # terms are ANDed


def test_evidence_is_stored_in_pieces_and_checked_on_the_server(
    server_ledger: Ledger, pg_server, tmp_path: Path
) -> None:
    plan = server_ledger.create_plan("方案", 2026).created_plan
    task = server_ledger.add_task(plan, "公开年报", lead_units=["办公室"]).created_task
    source = tmp_path / "年报截图.png"
    source.write_bytes(bytes(range(256)) * 9000)  # a little over 2 MiB: three pieces
    server_ledger.attach_file(task, source)
    [evidence] = server_ledger.evidence_for(task)
    with Ledger.open(server_ledger._db.url, cache_folder=tmp_path / "other-pc") as colleague:
        path = colleague.evidence_path(evidence.sha256)  # fetched on first use
        assert path.read_bytes() == source.read_bytes()
    assert check_ledger(server_ledger) == []
    database = pg_server.database_of(server_ledger._db.url)
    pg_server.admin("UPDATE evidence_chunks SET data = '\\x00'::bytea WHERE seq = 1", database)
    assert [p.kind for p in check_ledger(server_ledger)] == ["evidence_altered"]


def test_a_client_killed_mid_transaction_loses_nothing_committed(
    server_ledger: Ledger, tmp_path: Path
) -> None:
    plan = server_ledger.create_plan("方案", 2026).created_plan
    task = server_ledger.add_task(plan, "已保存的要求").created_task
    script = textwrap.dedent(
        f"""
        import os
        from govledger.store import Ledger
        ledger = Ledger.open({server_ledger._db.url!r}, cache_folder={str(tmp_path / "k")!r})
        with ledger._transaction("edit", "killed") as tx:
            tx.update("tasks", {task}, {{"text": "半截的修改"}})
            os._exit(9)  # the process dies holding the transaction and the writer lock
        """
    )
    done = subprocess.run([sys.executable, "-c", script], check=False, timeout=60)
    assert done.returncode == 9
    server_ledger.update_task(task, status=Status.IN_PROGRESS)  # the lock went with it
    saved = server_ledger.task(task)
    assert (saved.text, saved.status) == ("已保存的要求", Status.IN_PROGRESS)


def test_file_only_operations_say_so_on_a_server(server_ledger: Ledger, tmp_path: Path) -> None:
    assert server_ledger.list_backups() == [] and server_ledger.take_daily_backup() is None
    with pytest.raises(GovLedgerError) as refused:
        server_ledger.take_backup("manual")
    assert refused.value.key == "server.file_only"
    assert not server_ledger.replaced_underneath() and server_ledger.quick_check() is None


def test_one_look_tells_the_counter_a_colleague_s_job_and_an_upgrade(
    pg_server, server_ledger: Ledger
) -> None:
    first = server_ledger.activity()
    assert first.counter == server_ledger.change_counter() and first.job is None
    assert (first.schema_version, first.upgraded) == (LATEST_SERVER_VERSION, False)
    with server_ledger.opener()() as colleague:
        colleague.create_plan("方案", 2026)
        with colleague.whole_ledger_job("rollover"):
            seen = server_ledger.activity()
            assert seen.counter == first.counter + 1
            assert seen.job is not None and seen.job.kind == "rollover"
    # a newer govledger upgrades the ledger while this one has it open
    pg_server.admin(
        f"UPDATE meta SET value = '{LATEST_SERVER_VERSION + 1}' WHERE key = 'schema_version';"
        "UPDATE meta SET value = '9.9' WHERE key = 'written_by'",
        pg_server.database_of(server_ledger._db.url),
    )
    upgraded = server_ledger.activity()
    assert upgraded.upgraded and upgraded.job is None
    assert "9.9" in upgraded.upgrade_message()
    assert f"data version {LATEST_SERVER_VERSION + 1}" in upgraded.upgrade_message()


def test_a_ledger_file_s_look_is_its_counter(tmp_path: Path) -> None:
    with Ledger.open(tmp_path / "ledger.sqlite", auto_backup=False) as ledger:
        ledger.create_plan("方案", 2026)
        look = ledger.activity()
        assert look.counter == ledger.change_counter() > 0
        assert look.job is None and not look.upgraded


def test_an_upgrade_waits_for_another_client_s_and_is_refused_during_an_import(
    pg_server, tmp_path: Path
) -> None:
    import threading

    from govledger.store.server_database import connect
    from govledger.store.server_jobs import job_lock

    url = pg_server.older_ledger(2)
    other = connect(url)
    try:
        with job_lock(other, "import"):  # an older client imports on the old layout
            with pytest.raises(GovLedgerError) as refused:
                Ledger.open(url, cache_folder=tmp_path / "a")
            assert refused.value.key == "server.job_running"
            assert "importing a plan" in str(refused.value)
        opened: list[Ledger] = []
        with job_lock(other, "upgrade"):  # another client upgrading: this one waits
            waiting = threading.Thread(
                target=lambda: opened.append(Ledger.open(url, cache_folder=tmp_path / "b"))
            )
            waiting.start()
            waiting.join(timeout=1.0)
            assert waiting.is_alive() and not opened
            other.close()  # its upgrade done, it goes (and its lock with its session)
        waiting.join(timeout=30)
        assert len(opened) == 1
        with opened[0] as ledger:
            assert ledger.activity().schema_version == LATEST_SERVER_VERSION
    finally:
        other.close()


def test_an_upgrade_waits_until_no_other_govledger_has_the_ledger_open(
    pg_server, tmp_path: Path
) -> None:
    from govledger.store.server_database import connect

    url = pg_server.older_ledger(2)
    older_client = connect(url)  # an older govledger's window, left open
    try:
        with pytest.raises(GovLedgerError) as refused:
            Ledger.open(url, cache_folder=tmp_path / "a")
        assert refused.value.key == "server.upgrade_while_open"
        assert f"({socket.gethostname()[:20]}" in str(refused.value)  # who, and where
        version = older_client.execute(  # left as it was
            "SELECT value FROM meta WHERE key = 'schema_version'"
        ).fetchone()[0]
        assert version == "2"
    finally:
        older_client.close()
    with Ledger.open(url, cache_folder=tmp_path / "b") as ledger:  # once it has closed
        assert ledger.activity().schema_version == LATEST_SERVER_VERSION
