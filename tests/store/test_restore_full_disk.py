"""Issue 19, item 3: a restore on a full disk leaves the ledger exactly as it was.

`restore --latest` with too little space renamed the healthy ledger aside, failed
to copy, and left no ledger.sqlite: the next command silently made an empty one.
"""

from __future__ import annotations

import shutil
import sqlite3
from collections import namedtuple
from pathlib import Path

import pytest

from govledger.cli import main
from govledger.store import Ledger, file_ops, restore
from tests.store.safety_helpers import (
    assert_ledger_whole,
    fill_disk,
    fill_ledger,
    small_disk,  # noqa: F401  (fixture)
)

Usage = namedtuple("Usage", "total used free")
FULL_DISK_TOLD = ("The disk is full", "Not enough disk space")
LEFT_BEHIND = ("*.partial", "*.partial-*", "*.damaged-*")


def ledger_with_backup(folder: Path) -> tuple[Path, dict[str, int], bytes]:
    path = folder / "ledger.sqlite"
    expected = fill_ledger(path)
    with Ledger.open(path) as ledger:
        ledger.take_backup("manual")
    return path, expected, path.read_bytes()


def left_behind(folder: Path) -> list[Path]:
    return [found for pattern in LEFT_BEHIND for found in folder.rglob(pattern)]


def test_too_little_space_is_said_before_anything_is_written(
    tmp_path: Path, monkeypatch, capsys
) -> None:
    path, expected, before = ledger_with_backup(tmp_path)
    monkeypatch.setattr(shutil, "disk_usage", lambda _folder: Usage(10**9, 10**9, 4096))
    assert main(["--db", str(path), "restore", "--latest"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Not enough disk space to restore: about" in err
    assert "MB is needed" in err and "The ledger was not changed" in err
    assert path.read_bytes() == before
    assert left_behind(tmp_path) == []
    assert_ledger_whole(path, expected)


def test_restore_on_a_really_full_disk_keeps_the_ledger(small_disk: Path, capsys) -> None:  # noqa: F811
    path, expected, before = ledger_with_backup(small_disk)
    filler = fill_disk(small_disk, leave=8 * 1024)
    assert main(["--db", str(path), "restore", "--latest"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err
    assert "The disk is full" in err or "Not enough disk space" in err
    assert path.read_bytes() == before
    assert left_behind(small_disk) == []
    filler.unlink()  # the clerk frees some space: the same ledger is there, not an empty one
    assert main(["--db", str(path), "plans"]) == 0
    assert capsys.readouterr().out.count("政务公开工作要点") == 3
    assert_ledger_whole(path, expected)


def test_a_copy_cut_off_by_the_full_disk_leaves_nothing_behind(
    small_disk: Path,  # noqa: F811
    monkeypatch,
    capsys,
) -> None:
    """The free-space check passes (the disk filled up meanwhile) and the copy fails."""
    path, expected, before = ledger_with_backup(small_disk)
    fill_disk(small_disk, leave=96 * 1024)  # room to open the ledger, not to copy it
    monkeypatch.setattr(file_ops, "check_space", lambda *_args, **_kwargs: None)
    assert main(["--db", str(path), "restore", "--latest"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "The disk is full" in err
    assert path.read_bytes() == before
    assert left_behind(small_disk) == []
    assert_ledger_whole(path, expected)


@pytest.mark.parametrize("space_checked", [True, False])
def test_damaged_ledger_on_a_full_disk_is_not_moved_away(
    small_disk: Path,  # noqa: F811
    space_checked: bool,
    monkeypatch,
    capsys,
) -> None:
    path, _expected, _before = ledger_with_backup(small_disk)
    damaged = b"\x13" * 8192
    path.write_bytes(damaged)
    fill_disk(small_disk, leave=8 * 1024)
    if not space_checked:  # the disk filled up after the check: the copy itself fails
        monkeypatch.setattr(restore, "check_space", lambda *_args, **_kwargs: None)
    assert main(["--db", str(path), "restore", "--latest"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert ("Not enough disk space" if space_checked else "The disk is full") in err
    assert path.read_bytes() == damaged  # still there, for the next try
    assert left_behind(small_disk) == []


def test_restore_with_room_swaps_in_the_backup(tmp_path: Path, capsys) -> None:
    path, expected, _before = ledger_with_backup(tmp_path)
    with Ledger.open(path) as ledger:
        ledger.create_plan("恢复时会去掉的方案", 2027)
    assert main(["--db", str(path), "restore", "--latest"]) == 0
    assert "Restored from" in capsys.readouterr().out
    assert left_behind(tmp_path) == []
    assert_ledger_whole(path, expected)
    with Ledger.open(path) as ledger:  # the ledger as it was is a backup of its own
        [before] = [info for info in ledger.backups.list() if info.reason == "before_restore"]
        assert before.plans == 4


@pytest.mark.parametrize("journal_mode", ["wal", "delete"])
def test_restore_through_the_open_ledger_reopens_it(tmp_path: Path, journal_mode: str) -> None:
    path = tmp_path / "ledger.sqlite"
    expected = fill_ledger(path, wal=journal_mode == "wal")
    with Ledger.open(path, wal=journal_mode == "wal") as ledger:
        backup = ledger.take_backup("manual")
        ledger.create_plan("恢复时会去掉的方案", 2027)
        ledger.restore(backup)
        assert len(ledger.plans()) == 3  # the same Ledger reads the restored file
        assert ledger.audit_log(1)[0]["action"] == "restore"
    assert_ledger_whole(path, expected)


def test_a_write_on_a_full_disk_is_one_line_and_changes_nothing(
    small_disk: Path,  # noqa: F811
    capsys,
) -> None:
    path, expected, _before = ledger_with_backup(small_disk)
    filler = fill_disk(small_disk, leave=96 * 1024)
    assert main(["--db", str(path), "demo"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err
    assert any(told in err for told in FULL_DISK_TOLD)
    filler.unlink()
    assert_ledger_whole(path, expected)  # no half-written demo plan


def test_a_backup_from_a_newer_govledger_is_refused_before_the_swap(tmp_path: Path, capsys) -> None:
    path, expected, _before = ledger_with_backup(tmp_path)
    newer = tmp_path / "newer.sqlite"
    with Ledger.open(path) as ledger:
        ledger.backup(newer)
    with sqlite3.connect(newer) as conn:
        conn.execute("PRAGMA user_version = 999")
    assert main(["--db", str(path), "restore", str(newer)]) == 1
    assert "newer govledger" in capsys.readouterr().err
    assert left_behind(tmp_path) == []
    assert_ledger_whole(path, expected)
