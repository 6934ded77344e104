"""Packaging tests: the rules in build/bundle_rules.py, the build scripts, the frozen build."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest

REPO = Path(__file__).resolve().parents[2]


def load_bundle_rules() -> ModuleType:
    # build/ is a folder of scripts, not a package: load the module from its file.
    path = REPO / "build" / "bundle_rules.py"
    spec = importlib.util.spec_from_file_location("bundle_rules", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def rules() -> ModuleType:
    return load_bundle_rules()


@pytest.fixture(scope="session")
def repo() -> Path:
    return REPO
