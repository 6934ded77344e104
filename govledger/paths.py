"""Where things live: the default ledger, bundled resources, translations."""

from __future__ import annotations

import os
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from importlib.abc import Traversable

LEDGER_FILE_NAME = "ledger.sqlite"


def default_data_dir() -> Path:
    """The platform user-data folder (AppData on Windows); GOVLEDGER_DATA overrides."""
    override = os.environ.get("GOVLEDGER_DATA")
    if override:
        return Path(override)
    from platformdirs import user_data_dir

    return Path(user_data_dir("govledger", appauthor=False, roaming=False))


def default_ledger_path() -> Path:
    return default_data_dir() / LEDGER_FILE_NAME


def resource(*parts: str) -> Traversable:
    """A bundled file under resources/ (installed as govledger.resources)."""
    node = resources.files("govledger.resources")
    for part in parts:
        node = node / part
    return node


def translations_dir() -> Path:
    return Path(str(resources.files("govledger.translations")))
