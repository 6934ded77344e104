"""`govledger export package` and `govledger import FILE.govpkg`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from govledger.cli import main
from govledger.domain.model import TaskKind
from tests.conftest import CliStore
from tests.test_cli import run

UNIT = "法制科"


@pytest.fixture
def office_db(cli_store: CliStore) -> str:
    """The office's ledger, on each store (the unit's is on the same kind of store)."""
    path = cli_store.new_location("office")
    with cli_store.open(path) as ledger:
        plan = ledger.create_plan("2022年政务公开工作要点分工方案", 2022).first_created("plans")
        heading = ledger.add_task(plan, "一、强化政策解读", kind=TaskKind.HEADING)
        parent = heading.first_created("tasks")
        for day in range(1, 8):
            ledger.add_task(plan, f"第{day}项要求", parent_id=parent, lead_units=[UNIT])
        ledger.add_task(plan, "办公室自己的要求", parent_id=parent, lead_units=["办公室"])
    return path


def test_export_then_import_and_import_again(
    capsys, office_db: str, cli_store: CliStore, tmp_path: Path
) -> None:
    package = tmp_path / "法制科.govpkg"
    code, out, err = run(
        capsys, "--db", office_db, "export", "package", "--unit", UNIT, "-o", str(package)
    )
    assert (code, err) == (0, "")
    assert "7 requirements" in out and package.is_file()

    unit_db = cli_store.new_location("unit")
    code, out, err = run(capsys, "--db", unit_db, "import", str(package), "--dry-run")
    assert code == 0 and "would add 9" in out  # plan, heading, seven requirements
    with cli_store.open(unit_db) as ledger:
        assert ledger.stats()["tasks"] == 0  # a dry run writes nothing

    code, out, _err = run(capsys, "--db", unit_db, "import", str(package))
    assert code == 0 and "added 9" in out
    code, out, _err = run(capsys, "--db", unit_db, "import", str(package), "--json")
    summary = json.loads(out)
    assert code == 0 and summary["added"] == 0 and summary["unchanged"] == 9


def test_many_deletions_ask_for_yes(
    capsys, office_db: str, cli_store: CliStore, tmp_path: Path
) -> None:
    to_unit, back = tmp_path / "to-unit.govpkg", tmp_path / "back.govpkg"
    unit_db = cli_store.new_location("unit")
    assert main(["--db", office_db, "export", "package", "--unit", UNIT, "-o", str(to_unit)]) == 0
    assert main(["--db", unit_db, "import", str(to_unit)]) == 0
    with cli_store.open(unit_db) as ledger:
        plan = ledger.latest_plan().id
        for task in ledger.tasks(plan):
            if task.text.startswith("第"):
                ledger.delete_task(task.id)
    capsys.readouterr()
    code, out, err = run(
        capsys, "--db", unit_db, "export", "package", "--unit", UNIT, "-o", str(back)
    )
    assert code == 1 and "法制科" in err  # the unit has no requirement left to export

    with cli_store.open(unit_db) as ledger:
        plan = ledger.latest_plan().id
        ledger.add_task(plan, "新增的要求", lead_units=[UNIT])
    code, _out, _err = run(
        capsys, "--db", unit_db, "export", "package", "--unit", UNIT, "-o", str(back)
    )
    assert code == 0
    code, out, err = run(capsys, "--db", office_db, "import", str(back))
    assert code == 1 and "--yes" in err and len(err.strip().splitlines()) == 1
    with cli_store.open(office_db) as ledger:
        assert ledger.requirement_count(ledger.latest_plan().id) == 8  # untouched
    code, out, err = run(capsys, "--db", office_db, "import", str(back), "--yes")
    assert code == 0 and "deleted 7" in out and "added 1" in out
    with cli_store.open(office_db) as ledger:
        texts = [t.text for t in ledger.tasks(ledger.latest_plan().id)]
    assert texts == ["一、强化政策解读", "办公室自己的要求", "新增的要求"]


def test_bad_package_is_one_line_and_exit_1(capsys, office_db: str, tmp_path: Path) -> None:
    bad = tmp_path / "bad.govpkg"
    bad.write_bytes(b"PK\x03\x04 not really a zip")
    code, out, err = run(capsys, "--db", office_db, "import", str(bad))
    assert code == 1 and out == ""
    assert len(err.strip().splitlines()) == 1 and str(bad) in err


def test_export_package_needs_a_unit(capsys, office_db: str, tmp_path: Path) -> None:
    code, _out, err = run(
        capsys, "--db", office_db, "export", "package", "-o", str(tmp_path / "x.govpkg")
    )
    assert code == 1 and "--unit" in err


def test_export_to_a_missing_folder_is_one_line(capsys, office_db: str, tmp_path: Path) -> None:
    target = tmp_path / "no-such-folder" / "x.govpkg"
    code, out, err = run(
        capsys, "--db", office_db, "export", "package", "--unit", UNIT, "-o", str(target)
    )
    assert code == 1 and out == "" and len(err.strip().splitlines()) == 1 and str(target) in err
    assert not list(tmp_path.glob("**/*.partial"))
