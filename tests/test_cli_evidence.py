"""`govledger export evidence`: the evidence pack from the command line."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from govledger.cli import main
from govledger.demo import build_demo
from govledger.exporters.evidence_layout import INDEX_NAME
from govledger.store import Ledger
from tests.conftest import CliStore


def _fill(ledger: Ledger) -> None:
    older = ledger.create_plan("2020年方案", 2020).first_created("plans")
    ledger.add_task(older, "旧要求")
    build_demo(ledger)


@pytest.fixture
def demo_db(cli_store: CliStore) -> str:
    """The --db of the demo ledger with an older plan, on each store."""
    return cli_store.new_ledger(_fill)


@pytest.fixture
def demo_file(tmp_path: Path) -> Path:
    return Path(CliStore(tmp_path).new_ledger(_fill))


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_export_evidence_folder_and_zip(capsys, demo_db: str, tmp_path: Path) -> None:
    code, out, err = run(capsys, "--db", demo_db, "export", "evidence", "-o", str(tmp_path / "包"))
    assert (code, err) == (0, "")
    assert "6 files, 6 web links" in out and str(tmp_path / "包") in out
    assert (tmp_path / "包" / INDEX_NAME).is_file()
    code, out, _ = run(
        capsys, "--db", demo_db, "export", "evidence", "-o", str(tmp_path / "包.zip")
    )
    assert code == 0
    with zipfile.ZipFile(tmp_path / "包.zip") as archive:
        assert INDEX_NAME in archive.namelist() and len(archive.namelist()) == 13


def test_export_evidence_of_a_chosen_plan(
    capsys, demo_db: str, cli_store: CliStore, tmp_path: Path
) -> None:
    with cli_store.open(demo_db) as ledger:
        older = next(plan.id for plan in ledger.plans() if plan.year == 2020)
    target = tmp_path / "2020"
    code, out, _ = run(
        capsys, "--db", demo_db, "export", "evidence", "-o", str(target), "--plan", str(older)
    )
    assert code == 0 and "0 files, 0 web links" in out
    assert [p.name for p in target.iterdir()] == [INDEX_NAME]


def test_missing_files_are_a_note_not_a_failure(capsys, demo_file: Path, tmp_path: Path) -> None:
    # A file ledger's evidence folder can lose a file; a server's pieces are checked there.
    demo_db = str(demo_file)
    with Ledger.open(demo_file) as ledger:
        plan_id = ledger.latest_plan().id
        first = next(e for items in ledger.evidence_by_task(plan_id).values() for e in items)
        ledger.evidence_path(first.sha256).unlink()
        # The demo's screenshots repeat: every record sharing the stored file is missing.
        sharing = ledger._db.execute(
            "SELECT count(*) FROM evidence WHERE sha256 = ?", [first.sha256]
        ).fetchone()[0]
    code, out, err = run(capsys, "--db", demo_db, "export", "evidence", "-o", str(tmp_path / "p"))
    assert code == 0 and f"{6 - sharing} files" in out
    assert f"{sharing} evidence file(s) are missing" in err and first.original_name in err


def test_a_refused_target_is_one_line_and_exit_1(capsys, demo_db: str, tmp_path: Path) -> None:
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "keep.txt").write_text("mine")
    code, out, err = run(capsys, "--db", demo_db, "export", "evidence", "-o", str(folder))
    assert code == 1 and out == ""
    assert err.count("\n") == 1 and "not an evidence pack" in err
    assert (folder / "keep.txt").read_text() == "mine"
    assert [p.name for p in folder.iterdir()] == ["keep.txt"]
