"""Issue 19, item 9 (store and CLI): the smaller leaks of the same kind.

Temporaries left on a full disk or by killed runs, tracebacks for a full disk,
restores that silently lack evidence, packages with flipped bits, and a backup
taken for a package that changes nothing.
"""

from __future__ import annotations

import errno
import os
from pathlib import Path

from govledger.cli import main
from govledger.exporters import ics_calendar
from govledger.store import Ledger
from govledger.store.package_format import PackageError
from govledger.store.temporaries import PROCESS_STARTED
from tests.store.safety_helpers import (
    assert_ledger_whole,
    fill_disk,
    fill_ledger,
    small_disk,  # noqa: F401  (fixture)
)
from tests.store.test_unit_package_refusals import office, package  # noqa: F401  (fixtures)
from tests.store.test_unit_packages import snapshot


def partials(folder: Path) -> list[Path]:
    return sorted(folder.rglob("*.partial*"))


# ---------------------------------------------------------------- full disk
def test_ics_export_on_a_full_disk_leaves_no_partial(
    tmp_path: Path,
    small_disk: Path,  # noqa: F811
    capsys,
) -> None:
    path = tmp_path / "ledger.sqlite"
    fill_ledger(path)
    fill_disk(small_disk, leave=0)
    assert main(["--db", str(path), "export", "ics", "-o", str(small_disk / "cal.ics")]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err
    assert partials(small_disk) == [] and not (small_disk / "cal.ics").exists()


def test_ics_export_cut_off_by_enospc_leaves_no_partial(
    tmp_path: Path, monkeypatch, capsys
) -> None:
    """The same without a tmpfs: the final flush to disk fails."""
    path = tmp_path / "ledger.sqlite"
    fill_ledger(path)

    def disk_full(_fd: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(ics_calendar.os, "fsync", disk_full)
    assert main(["--db", str(path), "export", "ics", "-o", str(tmp_path / "cal.ics")]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and os.strerror(errno.ENOSPC) in err
    assert partials(tmp_path) == [] and not (tmp_path / "cal.ics").exists()


def test_backup_to_a_full_disk_is_one_line_and_leaves_no_journal(
    tmp_path: Path,
    small_disk: Path,  # noqa: F811
    capsys,
) -> None:
    path = tmp_path / "ledger.sqlite"
    expected = fill_ledger(path)
    fill_disk(small_disk, leave=8 * 1024)
    assert main(["--db", str(path), "backup", "-o", str(small_disk / "copy.sqlite")]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "The disk is full" in err and "Traceback" not in err
    assert partials(small_disk) == [] and not (small_disk / "copy.sqlite").exists()
    assert_ledger_whole(path, expected)


# ---------------------------------------------------------------- temporaries
def test_stale_temporaries_of_govledger_are_removed_on_start(tmp_path: Path) -> None:
    path = tmp_path / "ledger.sqlite"
    expected = fill_ledger(path)
    ours = [
        tmp_path / "ledger.sqlite.partial",
        tmp_path / "ledger.sqlite.partial-journal",
        tmp_path / "ledger.sqlite.restoring.partial",
        tmp_path / "cal.ics.partial",
        tmp_path / ".2026年台账.k2j4h1x9.docx.part",
        tmp_path / ".佐证材料.part-0a1b2c3d.zip",
        tmp_path / "backups" / "ledger-20260101-080000-manual-s3.sqlite.partial",
        tmp_path / "evidence" / "tmp" / "incoming-0123456789abcdef",
    ]
    fresh = tmp_path / "evidence" / "tmp" / "incoming-fedcba9876543210"  # still being written
    not_ours = [
        tmp_path / "会议记录.partial.docx",
        tmp_path / "说明.txt",
        tmp_path / "evidence" / "tmp" / "my-notes",
    ]
    long_ago = PROCESS_STARTED - 3600
    for file in [*ours, fresh, *not_ours]:
        file.parent.mkdir(parents=True, exist_ok=True)
        file.write_bytes(b"left behind" * 100)
        if file is not fresh:
            os.utime(file, (long_ago, long_ago))
    with Ledger.open(path, read_only=True):
        pass  # reading changes nothing
    assert all(file.exists() for file in ours)
    with Ledger.open(path):
        pass
    assert [file for file in ours if file.exists()] == []
    assert fresh.exists() and all(file.exists() for file in not_ours)
    assert_ledger_whole(path, expected)


# ---------------------------------------------------------------- restore elsewhere
def test_restoring_a_backup_from_another_folder_warns_of_missing_evidence(
    tmp_path: Path, capsys
) -> None:
    first = tmp_path / "old_pc" / "ledger.sqlite"
    fill_ledger(first)
    with Ledger.open(first) as ledger:
        backup = ledger.take_backup("manual")
    second = tmp_path / "new_pc" / "ledger.sqlite"
    with Ledger.open(second) as ledger:
        ledger.create_plan("新电脑上的方案", 2026)
    assert main(["--db", str(second), "restore", str(backup)]) == 0
    captured = capsys.readouterr()
    assert "Restored from" in captured.out
    assert captured.err.count("\n") == 1
    assert "3 evidence file(s)" in captured.err and "2024截图.png" in captured.err
    # Restored next to its own evidence, nothing is missing: no warning.
    assert main(["--db", str(first), "restore", str(backup)]) == 0
    assert capsys.readouterr().err == ""


# ---------------------------------------------------------------- packages
def test_a_package_with_flipped_bits_is_refused_whole(
    office: Ledger,  # noqa: F811
    package: Path,  # noqa: F811
    tmp_path: Path,
) -> None:
    data = package.read_bytes()
    refused = 0
    # 150 flips spread over the package, and every byte of its tail: the zip's central
    # directory, where a flipped flag or version byte once raised NotImplementedError.
    spread = range(0, len(data), max(1, len(data) // 150))
    tail = range(max(0, len(data) - 400), len(data))
    for position in sorted({*spread, *tail}):
        flipped = bytearray(data)
        flipped[position] ^= 0xFF
        bad = tmp_path / "flipped.govpkg"
        bad.write_bytes(bytes(flipped))
        before = snapshot(office)
        try:
            office.import_package(bad)
        except PackageError as exc:  # never zlib.error, struct.error or the like
            assert "\n" not in str(exc)
            assert snapshot(office) == before
            refused += 1
    assert refused > 100  # a flip in a timestamp or a comment may pass unnoticed


def test_flipped_bits_through_the_cli_are_one_line(
    package: Path,  # noqa: F811
    tmp_path: Path,
    capsys,
) -> None:
    path = tmp_path / "office" / "ledger.sqlite"
    with Ledger.open(path) as ledger:
        ledger.create_plan("办公室已有的方案", 2022)
    data = bytearray(package.read_bytes())
    data[len(data) // 3] ^= 0x5A  # inside the compressed records
    bad = tmp_path / "flipped.govpkg"
    bad.write_bytes(bytes(data))
    assert main(["--db", str(path), "import", str(bad)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err


def test_importing_an_identical_package_again_takes_no_backup(
    office: Ledger,  # noqa: F811
    package: Path,  # noqa: F811
) -> None:
    office.import_package(package)
    backups = office.backups.files()
    before = snapshot(office)
    office.import_package(package)
    assert office.backups.files() == backups
    assert snapshot(office) == before
