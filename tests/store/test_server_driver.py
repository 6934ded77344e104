"""A vendor's psycopg-compatible driver runs a server ledger (issue 24).

KingbaseES ships ksycopg2, a fork of psycopg2; other vendors ship theirs. The store
speaks plain DB-API 2 and chooses the driver by GOVLEDGER_DB_DRIVER, so psycopg2
itself stands in for them here: a ledger built, written, searched, refused and
checked through it, with its failures told by SQLSTATE as psycopg 3's are.
"""

from __future__ import annotations

import itertools
from pathlib import Path

import psycopg2
import pytest

from govledger.messages import GovLedgerError
from govledger.store import Ledger
from govledger.store.server_acceptance import check_server
from govledger.store.server_database import DRIVER_VARIABLE, driver_description

_logins = itertools.count(1)


@pytest.fixture(autouse=True)
def _psycopg2(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(DRIVER_VARIABLE, "psycopg2")


def test_the_acceptance_round_trip_passes_through_a_psycopg2_style_driver(
    pg_server, tmp_path: Path
) -> None:
    url = pg_server.empty_database()  # its schema too is built through psycopg2
    results = check_server(url, None, tmp_path)
    assert [(r.ok, r.reason) for r in results[:8]] == [(True, "")] * 8, results
    assert driver_description() == (
        f"psycopg2 {psycopg2.__version__.split()[0]} "
        f"(libpq {psycopg2.__libpq_version__ // 10000}.{psycopg2.__libpq_version__ % 10000})"
    )
    with Ledger.open(url, cache_folder=tmp_path / "again") as ledger:
        assert type(ledger._db.conn).__module__.startswith("psycopg2")


def test_empty_text_evidence_and_search_read_back_alike(pg_server, tmp_path: Path) -> None:
    url = pg_server.new_database()
    with Ledger.open(url, cache_folder=tmp_path / "mine") as ledger:
        plan = ledger.create_plan("2026年政务公开工作要点", 2026).first_created("plans")
        task = ledger.add_task(plan, "做好政策解读", lead_units=["办公室"]).first_created("tasks")
        ledger.attach_bytes(task, b"\x89PNG\x00" * 1000, "截图.png")
        assert ledger.task(task).note == "" and ledger.search("解读")[0].task_id == task
    with Ledger.open(url, cache_folder=tmp_path / "colleague") as colleague:  # no copy here
        (evidence,) = colleague.evidence_for(task)
        fetched = colleague.fetch_evidence(evidence.sha256, evidence.original_name)
        assert fetched.read_bytes() == b"\x89PNG\x00" * 1000  # bytea pieces as bytes


def test_failures_are_told_by_sqlstate_through_it_too(pg_server, tmp_path: Path) -> None:
    with pytest.raises(GovLedgerError) as missing:
        Ledger.open(pg_server.url("no_such_ledger"), cache_folder=tmp_path)
    assert missing.value.key == "server.no_database"
    url = pg_server.new_database()
    with Ledger.open(url, cache_folder=tmp_path / "owner") as owner:
        plan = owner.create_plan("方案", 2026).first_created("plans")
        theirs = owner.add_task(plan, "做好政策解读", lead_units=["法制科"]).first_created("tasks")
        owner.add_task(plan, "建立台账", lead_units=["办公室"])
        owner.install_roles()
        login = f"drv_clerk_{next(_logins)}"
        pg_server.admin(f"DROP ROLE IF EXISTS {login}")
        pg_server.admin(f"CREATE ROLE {login} LOGIN")
        owner.add_clerk(login, ["办公室"])
    clerk_url = pg_server.as_login(url, login)
    with Ledger.open(clerk_url, cache_folder=tmp_path / "clerk") as clerk:
        with pytest.raises(GovLedgerError) as refused:
            clerk.update_task(theirs, note="不是我的")
        # the requirement (DETAIL) and the clerk's units (HINT) come through psycopg2's diag
        assert refused.value.key == "server.not_your_unit"
        assert "做好政策解读" in str(refused.value) and "办公室" in str(refused.value)
