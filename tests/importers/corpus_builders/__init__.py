"""Scripts that write the corpus's binary documents (tests/data/plans).

Each module here has ``build(target: Path) -> list[Path]`` writing its documents
into target and returning them; ``python -m tests.importers.corpus_builders`` runs
them all. The documents are committed, so the tests never depend on these scripts
(or on LibreOffice and fonts being present) at test time.
"""

from __future__ import annotations

import importlib
import pkgutil
from pathlib import Path

TARGET = Path(__file__).resolve().parents[2] / "data" / "plans"


def build_all(target: Path = TARGET) -> list[Path]:
    written: list[Path] = []
    for module in pkgutil.iter_modules(__path__):
        if module.name.startswith("_"):
            continue
        builder = importlib.import_module(f"{__name__}.{module.name}")
        written.extend(builder.build(target))
    return written
