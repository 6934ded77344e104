"""`govledger --db postgresql://… server …`: IT sets up who may do what (issue 24)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from govledger.cli import main
from govledger.store import Ledger


@pytest.fixture
def url(pg_server, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setenv("GOVLEDGER_DATA", str(tmp_path / "data"))
    location = pg_server.new_database()
    with Ledger.open(location, cache_folder=tmp_path / "cache") as ledger:
        plan = ledger.create_plan("方案", 2021).first_created("plans")
        ledger.add_task(plan, "要求", lead_units=["办公室"])
    return location


def test_roles_clerks_and_administrators(
    url: str, pg_server, capsys, monkeypatch, tmp_path: Path
) -> None:
    assert main(["--db", url, "server", "roles"]) == 0
    assert "roles" in capsys.readouterr().out
    assert main(["--db", url, "server", "roles"]) == 0  # again: harmless
    monkeypatch.setattr("getpass.getpass", lambda prompt: "s3cret'pw")
    argv = ["--db", url, "server", "add-clerk", "cli_clerk", "--unit", "办公室"]
    assert main([*argv, "--create", "--password-prompt"]) == 0
    pg_server.admin("CREATE ROLE cli_boss LOGIN")
    assert main(["--db", url, "server", "add-admin", "CLI_BOSS"]) == 0  # as IT typed it
    capsys.readouterr()
    assert main(["--db", url, "server", "list", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert {"login": "cli_clerk", "role": "clerk", "units": ["办公室"]} in listed
    assert {"login": "cli_boss", "role": "admin", "units": []} in listed
    assert main(["--db", url, "server", "remove", "cli_clerk"]) == 0
    assert "cli_clerk is no longer" in capsys.readouterr().out
    assert main(["--db", url, "server", "list", "--json"]) == 0
    logins = [x["login"] for x in json.loads(capsys.readouterr().out)]  # the cluster's roles
    assert "cli_clerk" not in logins and "cli_boss" in logins
    with Ledger.open(url, cache_folder=tmp_path / "audit") as ledger:
        told = [entry["description"] for entry in ledger.audit_log() if entry["action"] == "access"]
    # newest first: each change told the login's open windows (ChangeSet.access_changed_for)
    assert told == ["cli_clerk", "cli_boss", "cli_clerk"]


def test_refusals_in_one_line(url: str, capsys) -> None:
    main(["--db", url, "server", "roles"])  # the roles are the cluster's: maybe made already
    argv = ["--db", url, "server", "add-clerk", "nobody_here", "--unit", "办公室"]
    assert main(argv) == 1
    assert "nobody_here" in capsys.readouterr().err
    assert main(["--db", url, "server", "add-clerk", "postgres", "--unit", "无此科"]) == 1
    assert "无此科" in capsys.readouterr().err


def test_server_commands_need_a_server(tmp_path: Path, capsys) -> None:
    assert main(["--db", str(tmp_path / "l.sqlite"), "server", "list"]) == 1
    assert "postgresql://" in capsys.readouterr().err
