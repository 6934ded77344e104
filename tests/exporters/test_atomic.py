"""Exports are written all-or-nothing: no half files, an existing file kept on failure."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from govledger.exporters.atomic import write_atomically
from govledger.exporters.docx_ledger import export_docx_ledger
from govledger.messages import GovLedgerError
from govledger.store import Ledger
from tests.exporters.ledger_builders import TODAY, SamplePlan


def _disk_full_after_some_bytes(path: Path) -> None:
    with open(path, "wb") as handle:
        handle.write(b"PK\x03\x04 half a zip file")
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))


def test_success_replaces_the_target_and_leaves_no_temporary_file(out_dir: Path) -> None:
    target = out_dir / "台账.docx"
    target.write_bytes(b"old")
    write_atomically(target, lambda path: path.write_bytes(b"new"))
    assert target.read_bytes() == b"new"
    assert [p.name for p in out_dir.iterdir()] == ["台账.docx"]


@pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")
def test_the_export_gets_normal_permissions_not_mkstemps_0600(out_dir: Path) -> None:
    target = out_dir / "x.pdf"
    write_atomically(target, lambda path: path.write_bytes(b"%PDF"))
    umask = os.umask(0)
    os.umask(umask)
    assert target.stat().st_mode & 0o777 == 0o666 & ~umask


def test_disk_full_midway_leaves_no_half_file_and_the_old_one_untouched(out_dir: Path) -> None:
    target = out_dir / "台账.xlsx"
    target.write_bytes(b"the clerk's previous export")
    with pytest.raises(GovLedgerError) as raised:
        write_atomically(target, _disk_full_after_some_bytes)
    assert raised.value.key == "export.write_failed"
    assert str(target) in str(raised.value)
    assert "\n" not in str(raised.value)
    assert target.read_bytes() == b"the clerk's previous export"
    assert [p.name for p in out_dir.iterdir()] == ["台账.xlsx"]


def test_disk_full_without_an_existing_file_leaves_nothing(out_dir: Path) -> None:
    with pytest.raises(GovLedgerError):
        write_atomically(out_dir / "new.pdf", _disk_full_after_some_bytes)
    assert list(out_dir.iterdir()) == []


def test_a_real_exporter_failing_midway_keeps_the_old_document(
    ledger: Ledger, sample: SamplePlan, out_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = out_dir / "台账.docx"
    export_docx_ledger(ledger, sample.plan_id, target, today=TODAY)
    before = target.read_bytes()
    from docx.document import Document

    def save_then_fail(self, path) -> None:
        Path(path).write_bytes(b"PK partial")
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(Document, "save", save_then_fail)
    with pytest.raises(GovLedgerError, match=r"台账\.docx"):
        export_docx_ledger(ledger, sample.plan_id, target, today=TODAY)
    assert target.read_bytes() == before
    assert [p.name for p in out_dir.iterdir()] == ["台账.docx"]


def test_other_errors_propagate_after_cleaning_up(out_dir: Path) -> None:
    def broken(path: Path) -> None:
        path.write_bytes(b"x")
        raise ValueError("a bug")

    with pytest.raises(ValueError, match="a bug"):
        write_atomically(out_dir / "a.pdf", broken)
    assert list(out_dir.iterdir()) == []


def test_missing_folder_is_one_clear_error(tmp_path: Path) -> None:
    with pytest.raises(GovLedgerError) as raised:
        write_atomically(tmp_path / "nope" / "a.pdf", lambda path: None)
    assert raised.value.key == "export.no_folder"


def test_a_file_held_open_by_another_program_is_named(
    out_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = out_dir / "a.xlsx"
    target.write_bytes(b"open in Excel")

    def refuse(source, destination) -> None:  # what Windows does while Excel holds the file
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(GovLedgerError) as raised:
        write_atomically(target, lambda path: path.write_bytes(b"new"))
    assert raised.value.key == "export.in_use"
    assert target.read_bytes() == b"open in Excel"
    assert [p.name for p in out_dir.iterdir()] == ["a.xlsx"]
