"""mypy --strict over the domain, the store and the importers ([tool.mypy] in
pyproject.toml), so that an untyped function or a None slipping through fails here."""

from __future__ import annotations

from pathlib import Path

import pytest
from mypy import api

ROOT = Path(__file__).resolve().parents[1]


def test_domain_store_and_importers_are_strictly_typed(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)  # the files to check are named in pyproject.toml, from the root
    stdout, stderr, status = api.run(["--config-file", str(ROOT / "pyproject.toml")])
    assert status == 0, stdout[-5000:] + stderr[-2000:]
    assert "Success: no issues found" in stdout
