"""Issue 18: two writers on one ledger. The second waits its turn (BEGIN IMMEDIATE
within the busy timeout) instead of failing half-way, and when it cannot get in,
it is told so in one GovLedgerError — never a raw sqlite3 error — with the ledger
as it was."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import textwrap
import threading
from pathlib import Path

import pytest

from govledger.messages import GovLedgerError
from govledger.store import Ledger, database
from tests.store.safety_helpers import held_by_another_process


def test_a_writer_waits_for_another_process_to_finish(tmp_path: Path) -> None:
    path = tmp_path / "ledger.sqlite"
    Ledger.open(path).close()
    release = tmp_path / "release"
    with (
        held_by_another_process(path, "BEGIN IMMEDIATE", until=release),
        Ledger.open(path) as ledger,
    ):
        threading.Timer(0.5, release.write_text, ["go"]).start()
        ledger.create_plan("等待写入的方案", 2026)  # waits for the other writer
        assert [plan.title for plan in ledger.plans()] == ["等待写入的方案"]


def test_a_writer_that_cannot_get_in_gets_one_clear_error(tmp_path: Path, monkeypatch) -> None:
    path = tmp_path / "ledger.sqlite"
    with Ledger.open(path) as ledger:
        ledger.create_plan("已有方案", 2026)
    monkeypatch.setattr(database, "BUSY_TIMEOUT_MS", 200)
    with held_by_another_process(path, "BEGIN IMMEDIATE"), Ledger.open(path) as ledger:
        with pytest.raises(GovLedgerError) as caught:
            ledger.create_plan("进不去的方案", 2026)
        assert not isinstance(caught.value, sqlite3.Error)
        assert caught.value.key == "ledger.busy"
        assert [plan.title for plan in ledger.plans()] == ["已有方案"]


WRITER = textwrap.dedent("""
    import sys
    from govledger.store import Ledger
    path, name = sys.argv[1], sys.argv[2]
    with Ledger.open(path, auto_backup=False) as ledger:
        for i in range(40):
            ledger.create_plan(f"{name}-{i}", 2026)
""")


def test_two_processes_writing_at_once_lose_nothing(tmp_path: Path) -> None:
    path = tmp_path / "ledger.sqlite"
    Ledger.open(path).close()
    writers = [
        subprocess.Popen([sys.executable, "-c", WRITER, str(path), name], stderr=subprocess.PIPE)
        for name in ("甲", "乙")
    ]
    for writer in writers:
        _out, err = writer.communicate(timeout=120)
        assert writer.returncode == 0, err.decode()
    with Ledger.open(path, read_only=True) as ledger:
        titles = {plan.title for plan in ledger.plans()}
    assert len(titles) == 80
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    conn.close()


def test_a_transaction_that_reads_first_keeps_the_write_lock_from_the_start(
    tmp_path: Path,
) -> None:
    # The reported failure: a transaction read, another process wrote and committed,
    # and the first one's write then failed at once ("database is locked", no wait).
    path = tmp_path / "ledger.sqlite"
    Ledger.open(path).close()
    trying = tmp_path / "trying"
    script = textwrap.dedent(f"""
        from pathlib import Path
        from govledger.store import Ledger
        with Ledger.open({str(path)!r}, auto_backup=False) as ledger:
            Path({str(trying)!r}).write_text("now")
            ledger.create_plan("另一进程的方案", 2026)
    """)
    with Ledger.open(path, auto_backup=False) as ledger, ledger._db.atomic():
        ledger._db.execute("SELECT count(*) FROM plans").fetchone()  # reads first
        other = subprocess.Popen([sys.executable, "-c", script], stderr=subprocess.PIPE)
        for _ in range(3000):
            if trying.exists() or other.poll() is not None:
                break
            threading.Event().wait(0.01)
        threading.Event().wait(0.3)  # the other process is now at its write
        ledger.create_plan("本进程的方案", 2026)  # then writes: must not fail
    _out, err = other.communicate(timeout=60)
    assert other.returncode == 0, err.decode()
    with Ledger.open(path, read_only=True) as ledger:
        assert {plan.title for plan in ledger.plans()} == {"本进程的方案", "另一进程的方案"}
