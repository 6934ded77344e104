"""Importing sqlite-utils for the store, without what the store never uses.

sqlite-utils imports numpy and pandas whenever they are installed, only to map
their value types to column types; a ledger never holds such values. Importing
them adds ~50 ms to every start-up on a machine that has them (the Windows bundle
has neither), so they are hidden while sqlite-utils loads. The package's
``__init__`` imports this module first, so every later ``import sqlite_utils`` in
the store finds it already loaded.
"""

from __future__ import annotations

import sys
from types import ModuleType

UNUSED_OPTIONAL_IMPORTS = ("numpy", "pandas")


def import_sqlite_utils() -> ModuleType:
    hidden = [name for name in UNUSED_OPTIONAL_IMPORTS if name not in sys.modules]
    for name in hidden:
        sys.modules[name] = None  # type: ignore[assignment]  # their import fails at once
    try:
        import sqlite_utils
    finally:
        for name in hidden:
            if name in sys.modules and sys.modules[name] is None:
                del sys.modules[name]  # anyone else may still import them
    return sqlite_utils


sqlite_utils = import_sqlite_utils()
