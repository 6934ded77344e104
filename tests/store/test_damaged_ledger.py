"""Issue 19, item 5: damaged files are neither opened as new nor crash the tools.

A zero-length ledger beside good backups was opened as a new empty ledger (the CLI
said it "does not exist"); a file with zeroed middle pages and a valid header made
`check` and `restore --latest` crash with "database disk image is malformed".
"""

from __future__ import annotations

from pathlib import Path

import pytest

from govledger.cli import main
from govledger.store import Ledger, LedgerOpenError
from tests.store.safety_helpers import assert_ledger_whole, fill_ledger

PAGE = 4096


def ledger_with_backup(tmp_path: Path) -> tuple[Path, dict[str, int]]:
    path = tmp_path / "ledger.sqlite"
    expected = fill_ledger(path)
    with Ledger.open(path) as ledger:
        ledger.take_backup("manual")
    return path, expected


def zero_middle_pages(path: Path) -> bytes:
    """Pages 3 to the last but one zeroed; page 1 (the header) intact. The schema is
    hit too, so SQLite notices as soon as the ledger is opened."""
    return zero_pages(path, 2, len(path.read_bytes()) // PAGE - 1)


def zero_late_pages(path: Path) -> bytes:
    """Ten data pages before the last zeroed: the ledger opens without complaint,
    only a check of every page finds the damage."""
    pages = len(path.read_bytes()) // PAGE
    return zero_pages(path, pages - 11, pages - 1)


def zero_pages(path: Path, first: int, end: int) -> bytes:
    data = bytearray(path.read_bytes())
    assert len(data) >= end * PAGE > first * PAGE > PAGE
    data[first * PAGE : end * PAGE] = bytes((end - first) * PAGE)
    path.write_bytes(bytes(data))
    return bytes(data)


def test_zero_length_ledger_beside_backups_is_damaged(tmp_path: Path, capsys) -> None:
    path, expected = ledger_with_backup(tmp_path)
    path.write_bytes(b"")
    with pytest.raises(LedgerOpenError) as raised:
        Ledger.open(path)
    assert raised.value.damaged
    assert path.read_bytes() == b""  # not turned into a new empty ledger
    assert main(["--db", str(path), "plans"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "is empty (0 bytes)" in err and "restore --latest" in err
    assert main(["--db", str(path), "restore", "--latest"]) == 0
    assert "moved" in capsys.readouterr().out
    assert_ledger_whole(path, expected)


def test_zero_length_ledger_in_chinese(tmp_path: Path, monkeypatch, capsys) -> None:
    path, _expected = ledger_with_backup(tmp_path)
    path.write_bytes(b"")
    monkeypatch.setenv("GOVLEDGER_LANG", "zh")
    assert main(["--db", str(path), "check"]) == 1
    assert "是空的（0 字节）" in capsys.readouterr().err


def test_zero_length_file_without_backups_is_still_a_new_ledger(tmp_path: Path) -> None:
    path = tmp_path / "ledger.sqlite"
    path.write_bytes(b"")
    with Ledger.open(path) as ledger:
        assert ledger.plans() == []


@pytest.mark.parametrize("zero", [zero_middle_pages, zero_late_pages])
def test_check_on_zeroed_pages_says_damaged(tmp_path: Path, zero, capsys) -> None:
    path, _expected = ledger_with_backup(tmp_path)
    zero(path)
    assert main(["--db", str(path), "check"]) == 1
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err
    assert "damaged" in captured.out + captured.err


@pytest.mark.parametrize("zero", [zero_middle_pages, zero_late_pages])
def test_restore_latest_mends_zeroed_pages(tmp_path: Path, zero, capsys) -> None:
    path, expected = ledger_with_backup(tmp_path)
    damaged = zero(path)
    assert main(["--db", str(path), "restore", "--latest"]) == 0
    assert "moved" in capsys.readouterr().out
    [aside] = tmp_path.glob("ledger.damaged-*.sqlite")
    assert aside.read_bytes() == damaged  # kept for whoever wants to look into it
    assert_ledger_whole(path, expected)
    assert main(["--db", str(path), "check"]) == 0


def test_quick_check_tells_a_sound_ledger_from_a_damaged_one(tmp_path: Path) -> None:
    path, _expected = ledger_with_backup(tmp_path)
    with Ledger.open(path) as ledger:
        assert ledger.quick_check() is None
    zero_late_pages(path)
    with Ledger.open(path, read_only=True) as ledger:  # it opens: only the check finds it
        assert ledger.quick_check()


def test_a_vanished_ledger_beside_backups_is_not_started_anew(tmp_path: Path, capsys) -> None:
    """Item 3's aftermath: with no ledger.sqlite, the next command made an empty one."""
    path, expected = ledger_with_backup(tmp_path)
    path.unlink()
    assert main(["--db", str(path), "demo"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "is gone although backups exist" in err
    assert not path.exists()
    assert main(["--db", str(path), "restore", "--latest"]) == 0
    assert "rebuilt from the backup" in capsys.readouterr().out
    assert_ledger_whole(path, expected)


def test_a_write_to_a_quietly_damaged_ledger_stops_at_its_safety_backup(
    tmp_path: Path, capsys
) -> None:
    path, _expected = ledger_with_backup(tmp_path)
    damaged = zero_late_pages(path)
    assert main(["--db", str(path), "demo"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "damaged" in err and "restore --latest" in err
    assert path.read_bytes() == damaged  # nothing written onto the damage
