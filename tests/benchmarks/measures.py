"""The measurements of run.py, each run in its own process.

Every function takes the data folder (holding the benchmark ledger.sqlite) and
returns its figures; run_one adds the process's peak memory.
"""

from __future__ import annotations

import resource
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
SAMPLES = REPO / "tests" / "data" / "samples"

Measure = Callable[[Path, bool], dict[str, float]]
MEASURES: dict[str, Measure] = {}


def measure(name: str) -> Callable[[Measure], Measure]:
    def register(function: Measure) -> Measure:
        MEASURES[name] = function
        return function

    return register


def available() -> list[str]:
    return list(MEASURES)


def run_one(name: str, data: Path, *, quick: bool) -> dict[str, float]:
    figures = MEASURES[name](data, quick)
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    figures["peak_rss_mb"] = peak_kb / 1024 if sys.platform != "darwin" else peak_kb / 2**20
    return figures


def median_ms(action: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        action()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def largest_sample_docx() -> Path:
    """The sample plan with the most requirements."""
    from govledger.importers import load_plan

    samples = sorted(SAMPLES.glob("*.docx"))
    return max(samples, key=lambda path: sum(1 for _ in load_plan(path).requirements()))


@measure("import_docx")
def import_docx(data: Path, quick: bool) -> dict[str, float]:
    """Parse the largest sample plan and save it as a new plan (what the clerk waits for)."""
    import docx

    from govledger.importers import load_plan
    from govledger.store import Ledger

    sample = largest_sample_docx()
    repeat = 5 if quick else 15

    def bare_read() -> None:  # floor: python-docx reading every cell, nothing else
        document = docx.Document(str(sample))
        for table in document.tables:
            for row in table.rows:
                for cell in row.cells:
                    _ = cell.text

    with tempfile.TemporaryDirectory() as folder:
        counter = iter(range(1000))

        def import_once() -> None:
            with Ledger.open(
                Path(folder) / f"l{next(counter)}.sqlite", auto_backup=False
            ) as ledger:
                ledger.import_draft(load_plan(sample))

        import_once()  # warm: module imports and caches, as after the app has started
        figure = median_ms(import_once, repeat)
    floor = median_ms(bare_read, repeat)
    return {
        "import_docx_ms": figure,
        "import_docx_floor_ms": floor,
        "import_docx_ratio": figure / floor,
    }
