"""Issue 19, item 4: a database is never separated from its journal.

The header check ran before SQLite could roll back a hot journal, so a recoverable
file was refused as "not a ledger"; restore then moved the database aside but left
ledger.sqlite-journal, and the next import replayed that stray journal into the
restored file (btreeInitPage error; `check` crashed).
"""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from govledger.cli import main
from govledger.store import Ledger
from govledger.store.backups import set_aside
from tests.store.safety_helpers import assert_ledger_whole, fill_ledger, integrity


def crash_mid_transaction(path: Path) -> Path:
    """A process killed while writing: pages already in the file, the journal hot."""
    script = textwrap.dedent(f"""
        import os, sqlite3
        conn = sqlite3.connect({str(path)!r}, isolation_level=None)
        conn.execute("PRAGMA cache_size = 2")  # spill changed pages into the file early
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("UPDATE plans SET title = '写到一半的标题'")
        conn.execute("CREATE TABLE half_written (x)")
        for _ in range(300):
            conn.execute("INSERT INTO half_written VALUES (?)", ["x" * 2000])
        os._exit(9)  # no rollback, no unlock: as kill -9 or a power cut
    """)
    subprocess.run([sys.executable, "-c", script], check=False)
    journal = path.with_name(path.name + "-journal")
    assert journal.stat().st_size > 0
    return journal


def tear_header(path: Path) -> None:
    """The crash cut the write of page 1: its first bytes are zeros on disk."""
    with path.open("r+b") as handle:
        handle.write(b"\0" * 100)


def test_a_hot_journal_is_rolled_back_before_the_file_is_judged(tmp_path: Path) -> None:
    path = tmp_path / "ledger.sqlite"
    expected = fill_ledger(path, wal=False)
    journal = crash_mid_transaction(path)
    tear_header(path)
    with Ledger.open(path, wal=False) as ledger:
        assert "写到一半的标题" not in [plan.title for plan in ledger.plans()]
    assert not journal.exists()
    assert_ledger_whole(path, expected)


def test_a_reading_command_recovers_the_hot_journal_too(tmp_path: Path, capsys) -> None:
    path = tmp_path / "ledger.sqlite"
    expected = fill_ledger(path, wal=False)
    crash_mid_transaction(path)
    tear_header(path)
    assert main(["--db", str(path), "check"]) == 0
    assert "Traceback" not in capsys.readouterr().err
    assert_ledger_whole(path, expected)


def test_set_aside_takes_the_journal_files_along(tmp_path: Path) -> None:
    path = tmp_path / "ledger.sqlite"
    path.write_bytes(b"damaged")
    for suffix in ("-journal", "-wal", "-shm"):
        path.with_name(path.name + suffix).write_bytes(suffix.encode())
    aside = set_aside(path)
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        [aside.name, aside.name + "-journal", aside.name + "-wal", aside.name + "-shm"]
    )
    assert aside.with_name(aside.name + "-journal").read_bytes() == b"-journal"


def crash_with_wal_frames(path: Path) -> None:
    """A process killed after committing in WAL mode: the commits are only in -wal."""
    script = textwrap.dedent(f"""
        import os, sqlite3
        conn = sqlite3.connect({str(path)!r}, isolation_level=None)
        conn.execute("PRAGMA wal_autocheckpoint = 0")
        conn.execute("INSERT INTO units (name, created_at) VALUES ('崩溃前加的科室', '2026-01-01')")
        os._exit(9)
    """)
    subprocess.run([sys.executable, "-c", script], check=False)


@pytest.mark.parametrize("journal_mode", ["delete", "wal"])
def test_restore_of_a_damaged_ledger_leaves_no_stray_journal(
    tmp_path: Path, journal_mode: str, capsys
) -> None:
    path = tmp_path / "ledger.sqlite"
    expected = fill_ledger(path, wal=journal_mode == "wal")
    with Ledger.open(path, wal=journal_mode == "wal") as ledger:
        ledger.take_backup("manual")
    if journal_mode == "wal":
        crash_with_wal_frames(path)
    else:
        crash_mid_transaction(path)
    path.write_bytes(b"\x13" * 8192)  # and then the file itself was damaged
    journals = [path.with_name(path.name + suffix) for suffix in ("-journal", "-wal", "-shm")]
    assert any(journal.exists() for journal in journals)
    assert main(["--db", str(path), "restore", "--latest"]) == 0
    assert "moved" in capsys.readouterr().out
    assert [journal for journal in journals if journal.exists()] == []
    [aside] = tmp_path.glob("ledger.damaged-*.sqlite")  # kept (as SQLite left it)
    if journal_mode == "wal":  # its committed frames go with it
        assert aside.with_name(aside.name + "-wal").stat().st_size > 0
    # The next write and check find a sound ledger: nothing stray was replayed into it.
    assert main(["--db", str(path), "demo"]) == 0
    assert main(["--db", str(path), "check"]) == 0
    assert integrity(path) == "ok"
    with Ledger.open(path, read_only=True) as ledger:
        assert ledger.stats()["plans"] == expected["plans"] + 1
