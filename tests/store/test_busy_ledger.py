"""Issue 19, item 2: a busy ledger is busy, never "damaged", and never replaced.

The tester moved a WAL ledger to a network folder while a reader had it open: the
switch to the rollback journal failed at once with "database is locked", was
reported as 已损坏, and the recovery then restored an older backup (3 plans became
1). Here a second process holds the ledger the same way.
"""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from govledger.cli import main
from govledger.store import Ledger, LedgerOpenError, database
from govledger.store.database import LedgerBusyError
from tests.store.safety_helpers import assert_ledger_whole, fill_ledger, held_by_another_process

READING = "BEGIN; SELECT count(*) FROM plans"  # an open read transaction, as a viewer has


LATER_PLAN = "备份之后的方案"


@pytest.fixture
def wal_ledger(tmp_path: Path) -> tuple[Path, dict[str, int]]:
    """A WAL ledger whose latest backup lacks its newest plan."""
    path = tmp_path / "ledger.sqlite"
    expected = fill_ledger(path, wal=True)
    with Ledger.open(path) as ledger:
        ledger.take_backup("manual")  # an older backup the recovery could wrongly pick
        ledger.create_plan(LATER_PLAN, 2027)
    return path, {**expected, "plans": expected["plans"] + 1}


def test_switch_to_rollback_journal_under_a_reader_is_busy_not_damaged(
    wal_ledger, monkeypatch
) -> None:
    path, expected = wal_ledger
    monkeypatch.setattr(database, "BUSY_TIMEOUT_MS", 300)  # the test need not wait 5 s
    with held_by_another_process(path, READING), pytest.raises(LedgerBusyError) as raised:
        Ledger.open(path, wal=False)  # as on a network folder
    assert not raised.value.damaged
    assert "in use by another program" in str(raised.value)
    assert "damaged" not in str(raised.value)
    assert_ledger_whole(path, expected, (LATER_PLAN,))  # not replaced by the older backup


def test_switch_is_retried_until_the_reader_lets_go(wal_ledger, tmp_path: Path) -> None:
    path, expected = wal_ledger
    release = tmp_path / "release-now"
    with held_by_another_process(path, READING, until=release):
        # The reader finishes while the open is retrying (within the 5 s busy timeout).
        threading.Timer(0.3, release.write_text, ["go"]).start()
        with Ledger.open(path, wal=False) as ledger:
            assert ledger._db.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    assert_ledger_whole(path, expected, (LATER_PLAN,))


def test_a_writer_holding_the_ledger_makes_it_busy_for_reading_commands(
    tmp_path: Path, monkeypatch, capsys
) -> None:
    path = tmp_path / "ledger.sqlite"
    expected = fill_ledger(path, wal=False)
    monkeypatch.setattr(database, "BUSY_TIMEOUT_MS", 200)
    with held_by_another_process(path, "BEGIN EXCLUSIVE"):
        with pytest.raises(LedgerOpenError) as raised:
            Ledger.open(path)
        assert raised.value.key == "ledger.busy"
        assert main(["--db", str(path), "plans"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "in use by another program" in err  # one line
    assert "Traceback" not in err
    assert_ledger_whole(path, expected)


def test_a_write_refused_by_a_busy_ledger_is_one_line(tmp_path: Path, monkeypatch, capsys) -> None:
    path = tmp_path / "ledger.sqlite"
    expected = fill_ledger(path, wal=True)
    monkeypatch.setattr(database, "BUSY_TIMEOUT_MS", 200)
    with held_by_another_process(path, "BEGIN IMMEDIATE"):
        assert main(["--db", str(path), "demo"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "in use by another program" in err
    assert_ledger_whole(path, expected)  # the demo plan was not half written


def test_busy_in_chinese(tmp_path: Path, monkeypatch, capsys) -> None:
    path = tmp_path / "ledger.sqlite"
    fill_ledger(path, wal=False)
    monkeypatch.setattr(database, "BUSY_TIMEOUT_MS", 200)
    monkeypatch.setenv("GOVLEDGER_LANG", "zh")
    with held_by_another_process(path, "BEGIN EXCLUSIVE"):
        assert main(["--db", str(path), "tasks"]) == 1
    err = capsys.readouterr().err
    assert "台账正被其他程序使用，请稍后再试" in err and "已损坏" not in err


def test_restore_while_another_program_reads_is_refused_as_busy(wal_ledger) -> None:
    """Swapping the file under a reader would pair the restored ledger with the old
    -wal; the restore is refused instead, and the ledger stays as it was."""
    path, expected = wal_ledger
    with Ledger.open(path) as ledger:
        [backup] = ledger.backups.files()
        with held_by_another_process(path, READING), pytest.raises(LedgerBusyError):
            ledger.restore(backup[0])
        assert len(ledger.plans()) == 4  # the same Ledger still reads the ledger
    assert list(path.parent.glob("*.partial*")) == []
    assert_ledger_whole(path, expected, (LATER_PLAN,))
