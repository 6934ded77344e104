"""The command line on a ledger on a PostgreSQL server (issue 24): `--db URL`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from openpyxl import load_workbook

from govledger.cli import main
from govledger.store import Ledger
from tests.conftest import SAMPLES_DIR
from tests.keyring_fakes import memory_keyring  # noqa: F401

PLAN = SAMPLES_DIR / "jiangmen-jgzx-2022.docx"


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.fixture
def server_url(pg_server, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, memory_keyring) -> str:  # noqa: F811
    monkeypatch.setenv("GOVLEDGER_DATA", str(tmp_path / "data"))  # evidence copies
    monkeypatch.delenv("GOVLEDGER_DB_PASSWORD", raising=False)
    url: str = pg_server.new_database()
    return url


def test_import_list_export_and_check_on_a_server_ledger(
    capsys, server_url: str, tmp_path: Path
) -> None:
    code, out, err = run(capsys, "--db", server_url, "import", str(PLAN))
    assert code == 0, err
    assert "plan id 1" in out

    code, out, _ = run(capsys, "--db", server_url, "plans", "--json")
    assert code == 0
    [plan] = json.loads(out)["plans"]
    assert plan["year"] == 2022 and plan["requirements"] > 10

    code, out, _ = run(capsys, "--db", server_url, "tasks", "--json")
    tasks = json.loads(out)["tasks"]
    assert (
        code == 0 and len([t for t in tasks if t["kind"] == "requirement"]) == plan["requirements"]
    )

    target = tmp_path / "台账.xlsx"
    code, out, err = run(capsys, "--db", server_url, "export", "xlsx", "-o", str(target))
    assert code == 0, err
    sheet = load_workbook(target).active
    cells = " ".join(str(c.value) for row in sheet.iter_rows() for c in row if c.value)
    assert tasks[1]["text"][:10] in cells

    code, out, err = run(capsys, "--db", server_url, "check")
    assert code == 0, out + err

    # What the command line wrote is what a window finds: search included.
    with Ledger.open(server_url, cache_folder=tmp_path / "cache") as ledger:
        word = "公开"
        assert ledger.search(word)
        assert ledger.requirement_count(1) == plan["requirements"]


def test_the_address_is_shown_without_its_password(
    capsys, server_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A wrong password in the environment: the trust server ignores it, and nothing
    # printed (here: the demo's line) ever carries one.
    monkeypatch.setenv("GOVLEDGER_DB_PASSWORD", "geheim-密码")
    code, out, err = run(capsys, "--db", server_url, "demo")
    assert code == 0, err
    assert "geheim" not in out + err and "postgres@" in out


def test_the_password_comes_from_the_environment_then_the_credential_store(
    monkeypatch: pytest.MonkeyPatch,
    memory_keyring,  # noqa: F811
) -> None:
    from govledger import server_credentials
    from govledger.cli_server import server_password
    from govledger.server_address import parse

    monkeypatch.delenv("GOVLEDGER_DB_PASSWORD", raising=False)
    url = "postgresql://clerk@ledger-server:5432/ledger?sslmode=require"
    assert server_password(url) is None  # libpq may still find ~/.pgpass
    server_credentials.save_password(parse(url), "from-the-store")
    assert server_password(url) == "from-the-store"
    monkeypatch.setenv("GOVLEDGER_DB_PASSWORD", "from-the-environment")
    assert server_password(url) == "from-the-environment"


def test_a_second_import_is_refused_while_a_whole_ledger_job_runs(
    capsys, server_url: str, tmp_path: Path
) -> None:
    with (
        Ledger.open(server_url, cache_folder=tmp_path / "cache") as other,
        other.whole_ledger_job("import"),
    ):
        code, out, err = run(capsys, "--db", server_url, "import", str(PLAN))
        assert code == 1  # as for a ledger file held by another process
        assert out == "" and len(err.strip().splitlines()) == 1 and "Traceback" not in err
        assert "importing" in err and "postgres@" in err
        assert other.plans() == []
    code, _out, err = run(capsys, "--db", server_url, "import", str(PLAN))
    assert code == 0, err


@pytest.mark.parametrize(
    "command", [["backup"], ["restore", "--latest"], ["screenshot", "-o", "x.png"]]
)
def test_file_only_commands_say_so_for_a_server_ledger(
    capsys, server_url: str, command: list[str]
) -> None:
    code, out, err = run(capsys, "--db", server_url, *command)
    assert code == 1 and out == ""
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err
    assert "server" in err


def test_an_unreachable_server_is_one_line(capsys, tmp_path: Path) -> None:
    url = f"postgresql://clerk@/ledger?host={tmp_path}&port=1"
    code, out, err = run(capsys, "--db", url, "plans")
    assert code == 1 and out == ""
    assert len(err.strip().splitlines()) == 1 and "clerk@" in err


def test_a_unit_package_goes_onto_a_server_ledger(capsys, server_url: str, tmp_path: Path) -> None:
    office = tmp_path / "office.sqlite"
    with Ledger.open(office) as ledger:
        plan = ledger.create_plan("2022年政务公开工作要点分工方案", 2022).first_created("plans")
        ledger.add_task(plan, "做好政策解读", lead_units=["法制科"])
    package = tmp_path / "法制科.govpkg"
    main(["--db", str(office), "export", "package", "--unit", "法制科", "-o", str(package)])
    code, out, err = run(capsys, "--db", server_url, "import", str(package), "--dry-run")
    assert code == 0 and "would add 2" in out, err
    code, out, err = run(capsys, "--db", server_url, "import", str(package))
    assert code == 0 and "added 2" in out, err
    code, out, _err = run(capsys, "--db", server_url, "import", str(package), "--json")
    assert code == 0 and json.loads(out)["unchanged"] == 2
