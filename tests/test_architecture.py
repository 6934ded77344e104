"""The layers of DESIGN.md section 2, enforced: the import-linter contracts in
pyproject.toml (no Qt below ui/, the store imports neither ui nor exporters, the
domain imports neither the store nor sqlite3, nothing outside store/ imports sqlite3)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_the_import_contracts_are_kept() -> None:
    command = shutil.which("lint-imports")
    if command is None:  # installed with .[test]; run it through its module if not on PATH
        command = sys.executable
        arguments = [
            "-c",
            "from importlinter.cli import lint_imports_command; lint_imports_command()",
        ]
    else:
        arguments = []
    done = subprocess.run(
        [command, *arguments, "--no-cache"], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-2000:]
    assert "4 kept, 0 broken" in done.stdout


def test_nothing_outside_the_store_reaches_for_the_ledgers_connection() -> None:
    # The Ledger's named methods are the one door: no SQL through ledger._db elsewhere.
    import re

    door = re.compile(
        r"\bledger\.db\b|\._db\b|\.db\.(?:conn|execute|query)\b|ledger\.(?:backups|evidence)\."
    )
    outside = [
        path
        for folder in ("ui", "exporters", "importers", "domain")
        for path in (ROOT / "govledger" / folder).glob("*.py")
    ] + [ROOT / "govledger" / "cli.py", ROOT / "govledger" / "demo.py"]
    found = [
        f"{path.relative_to(ROOT)}:{number}"
        for path in outside
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if door.search(line)
    ]
    assert found == []


def test_the_ledgers_connection_is_private(tmp_path) -> None:
    from govledger.store.ledger import Ledger

    with Ledger.open(tmp_path / "ledger.sqlite", auto_backup=False) as ledger:
        assert not hasattr(ledger, "db") and not hasattr(ledger, "conn")
