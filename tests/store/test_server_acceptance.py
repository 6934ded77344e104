"""IT's acceptance round trip on a server ledger (`govledger check --server`, issue 24)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from govledger.cli import main
from govledger.store import Ledger
from govledger.store.move_to_server import TABLES
from govledger.store.server_acceptance import check_server

SERVER_TABLES = ("search_text", "evidence_blobs", "evidence_chunks", "meta")


def _contents(url: str, folder: Path) -> dict[str, list]:
    with Ledger.open(url, cache_folder=folder) as ledger:
        return {
            table: sorted(
                # bytes: psycopg2-style drivers give a bytea as a memoryview
                repr({k: bytes(v) if isinstance(v, memoryview) else v for k, v in row.items()})
                for row in ledger._db.query(f"SELECT * FROM {table}")
            )
            for table in (*TABLES, *SERVER_TABLES)
            if table != "audit_log"
        }


@pytest.fixture
def filled_url(pg_server, tmp_path: Path) -> str:
    url: str = pg_server.new_database()
    with Ledger.open(url, cache_folder=tmp_path / "clerk") as ledger:
        plan_id = ledger.create_plan("2026年政务公开工作要点", 2026).first_created("plans")
        task_id = ledger.add_task(plan_id, "做好政策验收解读", lead_units=["办公室"])
        ledger.attach_bytes(task_id.first_created("tasks"), b"png", "截图.png")
    return url


def test_every_step_passes_and_the_ledger_is_left_as_it_was(
    filled_url: str, tmp_path: Path
) -> None:
    before = _contents(filled_url, tmp_path / "look")
    with Ledger.open(filled_url, cache_folder=tmp_path / "look") as ledger:
        audit_before = len(ledger.audit_log(1000))

    results = check_server(filled_url, None, tmp_path / "work")

    assert [(r.ok, r.reason) for r in results] == [(True, "")] * 8, results
    assert "stale save" in results[4].step and "验收" in results[5].step
    assert _contents(filled_url, tmp_path / "look") == before
    with Ledger.open(filled_url, cache_folder=tmp_path / "look") as ledger:
        assert len(ledger.audit_log(1000)) > audit_before  # the check's own rows stay
        assert [hit.task_id for hit in ledger.search("验收")] == [1]  # only the real one


def test_an_unreachable_server_fails_at_the_first_step(tmp_path: Path) -> None:
    results = check_server(f"postgresql://it@/ledger?host={tmp_path}&port=1", None, tmp_path)
    assert not results[0].ok and "it@" in results[0].reason
    assert all(not r.ok and "not run" in r.reason for r in results[1:])


def test_a_stale_save_that_went_through_fails_its_step_and_is_cleaned_up(
    filled_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from govledger.store import transaction

    monkeypatch.setattr(transaction, "_stale", lambda *a: AssertionError("unused"))

    def no_check(self, table, row_id, values, expected_revision=None):
        return real_update(self, table, row_id, values, None)

    real_update = transaction.Transaction.update
    monkeypatch.setattr(transaction.Transaction, "update", no_check)
    before = _contents(filled_url, tmp_path / "look")
    results = check_server(filled_url, None, tmp_path / "work")
    conflict, search, evidence, cleanup = results[4:]
    assert not conflict.ok and "overwritten" in conflict.reason
    assert "not run" in search.reason and "not run" in evidence.reason
    assert cleanup.ok
    monkeypatch.undo()
    assert _contents(filled_url, tmp_path / "look") == before


def test_the_command_prints_one_line_per_step(
    capsys, filled_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("GOVLEDGER_DB_PASSWORD", raising=False)
    monkeypatch.delenv("GOVLEDGER_DB_DRIVER", raising=False)  # the default driver
    monkeypatch.setenv("GOVLEDGER_DATA", str(tmp_path / "data"))
    for arguments in (["check", "--server", filled_url], ["--db", filled_url, "check", "--server"]):
        code = main(arguments)
        out, err = capsys.readouterr()
        assert code == 0, out + err
        driver, *lines = out.strip().splitlines()
        # which driver and libpq this PC has: IT needs it when a server wants SM3 logins
        assert re.fullmatch(
            r"Database driver: psycopg 3\.\S+ \((binary|c|python), libpq \d+\.\d+\)", driver
        )
        assert len(lines) == 9 and all(line.startswith("✓ ") for line in lines[:8])
        assert "All 8 steps passed" in lines[-1]

    code = main(["check", "--server", f"postgresql://it@/ledger?host={tmp_path}&port=1"])
    out, err = capsys.readouterr()
    assert code == 1 and out.splitlines()[1].startswith("✗ Connect") and "7 step(s) failed" in err

    code = main(["check", "--server"])  # neither a URL nor a server --db
    _out, err = capsys.readouterr()
    assert code == 1 and "check --server postgresql://" in err
