"""govledger benchmarks: each figure measured against a floor taken in the same run.

    python tests/benchmarks/run.py [--quick] [--json OUT]

Builds its own data (see ledger_data.py), then runs each measurement in a fresh
process so that its peak memory (RSS) is its own. A figure is either a time with
its goal in milliseconds, or a ratio to what the bare library or a bare PySide6
script takes on this machine in this run, so the goals hold on slow and fast PCs
alike. Not part of the default test run; never put timing assertions in tests.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
if str(REPO) not in sys.path:  # run as a script from anywhere
    sys.path.insert(0, str(REPO))

from tests.benchmarks import measures  # noqa: E402
from tests.benchmarks.ledger_data import FULL, Scale, build_benchmark_ledger  # noqa: E402

QUICK = Scale(years=3, units=100, per_unit=100, progress=30_000, evidence=15_000)

# key: (goal, "max" — the figure must not exceed the goal)
GOALS: dict[str, float] = {
    "startup_ratio": 2.0,
    "open_100k_ms": 300,
    "filter_100k_ms": 100,
    "import_docx_ms": 500,
    "import_docx300_ms": 300,
    "import_html300_ms": 300,
    "export_xlsx_ratio": 1.5,
    "export_pdf_ratio": 1.5,
    "wrap_scroll_ratio": 3.0,  # wrapped rows measured as they scroll in
    "wrap_toggle_ms": 300,
    "compare_years_ms": 1000,
    # A server ledger on this machine's socket: the store's own cost, no network.
    "server_open_ratio": 3.0,
    "server_save_status_ratio": 5.0,
    # Round trips per action, whatever the plan's size (a LAN makes each one count).
    "server_open_queries": 20,
    "server_save_status_queries": 40,
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="smaller data, under a minute")
    parser.add_argument("--json", type=Path, help="write the figures here")
    parser.add_argument("--measure", help=argparse.SUPPRESS)  # internal: one measurement
    parser.add_argument("--data", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)

    if args.measure:  # child process: one measurement, JSON on stdout
        print(json.dumps(measures.run_one(args.measure, args.data, quick=args.quick)))
        return 0

    scale = QUICK if args.quick else FULL
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="govledger-bench-") as folder:
        data = Path(folder)
        print(f"building {scale.requirements:,} requirements …", flush=True)
        build_benchmark_ledger(data / "ledger.sqlite", scale)
        figures: dict[str, float] = {}
        memory: dict[str, float] = {}
        for name in measures.available():
            result = _run_child(name, data, args.quick)
            memory[name] = result.pop("peak_rss_mb")
            figures.update(result)
    figures["scale_requirements"] = scale.requirements
    _report(figures, memory, time.perf_counter() - started)
    if args.json:
        args.json.write_text(
            json.dumps({**figures, "peak_rss_mb": memory}, indent=1, ensure_ascii=False)
        )
    missed = [key for key, goal in GOALS.items() if key in figures and figures[key] > goal]
    return 1 if missed else 0


def _run_child(name: str, data: Path, quick: bool) -> dict[str, float]:
    command = [sys.executable, str(Path(__file__)), "--measure", name, "--data", str(data)]
    if quick:
        command.append("--quick")
    done = subprocess.run(command, capture_output=True, text=True, cwd=REPO, check=False)
    if done.returncode != 0:
        raise SystemExit(f"measurement {name} failed:\n{done.stderr}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def _report(figures: dict[str, float], memory: dict[str, float], seconds: float) -> None:
    print(f"\n{'figure':<24}{'value':>12}{'goal':>10}")
    for key, value in figures.items():
        goal = GOALS.get(key)
        mark = "" if goal is None else ("  ok" if value <= goal else "  MISSED")
        goal_text = "" if goal is None else f"≤ {goal:g}"
        print(f"{key:<24}{value:>12.3f}{goal_text:>10}{mark}")
    print("\npeak memory (RSS, MB): " + ", ".join(f"{k} {v:.0f}" for k, v in memory.items()))
    print(f"total {seconds:.1f} s")


if __name__ == "__main__":
    raise SystemExit(main())
