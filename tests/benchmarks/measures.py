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


@measure("import_300_rows")
def import_300_rows(data: Path, quick: bool) -> dict[str, float]:
    """load_plan on a 300-requirement plan, as .docx and as a saved web page (goal: 300 ms).

    Each ratio is over the bare parser reading the same file in this run: python-docx's
    Document() for the .docx, lxml.html.parse for the page.
    """
    import docx
    import lxml.html

    from govledger.importers import load_plan
    from tests.benchmarks import plan_300

    repeat = 5 if quick else 15
    figures: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as folder:
        documents = {
            "docx": (plan_300.write_docx(Path(folder) / "plan.docx"), docx.Document),
            "html": (plan_300.write_html(Path(folder) / "plan.html"), lxml.html.parse),
        }
        for kind, (path, bare_parser) in documents.items():
            load_plan(path)  # warm: module imports and caches, as after the app has started
            figure = median_ms(lambda path=path: load_plan(path), repeat)
            floor = median_ms(lambda path=path, parse=bare_parser: parse(str(path)), repeat)
            figures[f"import_{kind}300_ms"] = figure
            figures[f"import_{kind}300_floor_ms"] = floor
            figures[f"import_{kind}300_ratio"] = figure / floor
    return figures


def _main_window(data: Path):  # -> (QApplication, MainWindow)
    """The real main window, offscreen, on the benchmark ledger, with throwaway settings."""
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from govledger.store import Ledger
    from govledger.ui.appearance import apply_appearance
    from govledger.ui.main_window import MainWindow
    from govledger.ui.session import LedgerSession
    from govledger.ui.settings import AppSettings

    app = QApplication.instance() or QApplication([])
    apply_appearance(app)  # the real CJK font: text shaping is part of what is measured
    ini = Path(tempfile.mkdtemp()) / "settings.ini"
    settings = AppSettings(QSettings(str(ini), QSettings.Format.IniFormat))
    ledger = Ledger.open(data / "ledger.sqlite", auto_backup=False)
    window = MainWindow(LedgerSession(ledger), settings)
    window.resize(1366, 768)
    window.show()
    app.processEvents()
    return app, window


@measure("tree_100k")
def tree_100k(data: Path, quick: bool) -> dict[str, float]:
    """Open a plan of the 100 000-task ledger in the tree; then type in the search box.

    open: choosing a plan in the selector until the tree has painted (the plan's own
    tasks load lazily; the full index follows in the background). filter: one search
    keystroke — refilter, open the headings with matches, repaint — once the index is
    there, as a clerk typing "台账 …".
    """
    from govledger.ui.plan_index import FilterCriteria

    app, window = _main_window(data)
    plans = [plan.id for plan in window.session.ledger.plans()]
    latest, other = plans[0], plans[-1]

    def open_plan() -> None:
        window.set_plan(other)
        app.processEvents()
        started = time.perf_counter()
        window.set_plan(latest)
        window.tree.viewport().repaint()
        opened.append((time.perf_counter() - started) * 1000)

    opened: list[float] = []
    for _ in range(3 if quick else 7):
        open_plan()
    window.model.wait_for_index(300_000)
    keystrokes = [
        "落",
        "落实",
        "落实 第1",
        "落实 第12",
        "落实 第123",
        "政策",
        "政策解读",
        "解读 舆情",
        "",
    ]
    typed: list[float] = []
    for _ in range(1 if quick else 3):
        for text in keystrokes:
            started = time.perf_counter()
            window.apply_filter(FilterCriteria(text=text))
            window.tree.viewport().repaint()
            typed.append((time.perf_counter() - started) * 1000)
    # The floor under both: repainting the same tree, nothing changed (text shaping of
    # the visible cells; every keystroke pays it once).
    window.apply_filter(FilterCriteria(text="落实"))
    painted = []
    for _ in range(5):
        started = time.perf_counter()
        window.tree.viewport().repaint()
        painted.append((time.perf_counter() - started) * 1000)
    window.session.close()
    return {
        "open_100k_ms": statistics.median(opened),
        "filter_100k_ms": statistics.median(typed),
        "filter_100k_worst_ms": max(typed),
        "tree_repaint_ms": statistics.median(painted),
    }


@measure("exports")
def exports(data: Path, quick: bool) -> dict[str, float]:
    """A 1 000-requirement ledger to .xlsx and .pdf, against the bare libraries."""
    from govledger.store import Ledger
    from tests.benchmarks.bench_exports import (
        TODAY,
        bare_pdf,
        bare_xlsx,
        best_of,
        build_big_plan,
        build_ledger_table,
        cjk_fonts,
        export_pdf_summary,
        export_xlsx_ledger,
        pdf_cells,
        xlsx_cells,
    )

    rounds = 3 if quick else 5
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        with Ledger.open(folder / "ledger.sqlite", auto_backup=False) as ledger:
            plan_id = build_big_plan(ledger, 1000, TODAY)
            table = build_ledger_table(ledger, plan_id, today=TODAY)
            cjk_fonts()  # font discovery happens once per process, outside both sides
            xlsx_rows, pdf_rows = xlsx_cells(table), pdf_cells(table)
            xlsx, xlsx_bare = best_of(
                rounds,
                lambda: export_xlsx_ledger(ledger, plan_id, folder / "e.xlsx", today=TODAY),
                lambda: bare_xlsx(xlsx_rows, folder / "b.xlsx"),
            )
            pdf, pdf_bare = best_of(
                rounds,
                lambda: export_pdf_summary(ledger, plan_id, folder / "e.pdf", today=TODAY),
                lambda: bare_pdf(pdf_rows, folder / "b.pdf"),
            )
    return {
        "export_xlsx_ratio": xlsx / xlsx_bare,
        "export_xlsx_ms": xlsx * 1000,
        "export_pdf_ratio": pdf / pdf_bare,
        "export_pdf_ms": pdf * 1000,
    }


BARE_WINDOW = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv)
window = QMainWindow()
window.resize(1280, 760)
window.show()
QTimer.singleShot(0, lambda: (window.repaint(), print("shown", flush=True), app.quit()))
app.exec()
"""

GOVLEDGER_WINDOW = """
import sys
from pathlib import Path
from govledger.cli import preload_for_gui
preload_for_gui()  # as `govledger` does before it loads Qt
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv)

def report_when_shown():
    for widget in app.topLevelWidgets():
        if widget.objectName() == "mainWindow" and widget.isVisible():
            widget.repaint()
            print("shown", flush=True)
            app.quit()
            return
    QTimer.singleShot(2, report_when_shown)

QTimer.singleShot(0, report_when_shown)
from govledger.ui.app import run_app
run_app(Path(sys.argv[1]))
"""


def _time_to_shown(script: str, *args: str, env: dict[str, str]) -> float:
    """Wall time from starting a process until it says its window is shown."""
    import subprocess

    started = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, "-c", script, *args], stdout=subprocess.PIPE, text=True, env=env
    )
    assert process.stdout is not None
    for line in process.stdout:
        if line.strip() == "shown":
            elapsed = time.perf_counter() - started
            break
    else:
        raise RuntimeError("the window never reported itself shown")
    process.wait(timeout=120)
    return elapsed * 1000


@measure("startup")
def startup(data: Path, quick: bool) -> dict[str, float]:
    """Process start to the main window shown on the benchmark ledger, vs a bare PySide6 window."""
    import os

    with tempfile.TemporaryDirectory() as home:
        # Private settings and data folder: the benchmark must not touch the user's.
        env = {
            **os.environ,
            "HOME": home,
            "XDG_CONFIG_HOME": home,
            "GOVLEDGER_DATA": home,
            "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
            "PYTHONPATH": str(REPO),
        }
        # An installed app starts from compiled bytecode (pip and PyInstaller write it);
        # a development shell may forbid writing it, which would time the compiler.
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        ledger = str(data / "ledger.sqlite")
        _time_to_shown(GOVLEDGER_WINDOW, ledger, env=env)  # warm: file cache and bytecode
        _time_to_shown(BARE_WINDOW, env=env)
        # Interleaved, so a machine that slows down or speeds up mid-run (a busy host,
        # frequency scaling) weighs on both sides alike; the medians drop stray runs.
        app_runs, bare_runs = [], []
        for _ in range(5 if quick else 9):
            app_runs.append(_time_to_shown(GOVLEDGER_WINDOW, ledger, env=env))
            bare_runs.append(_time_to_shown(BARE_WINDOW, env=env))
        app_ms, bare_ms = statistics.median(app_runs), statistics.median(bare_runs)
    return {"startup_ratio": app_ms / bare_ms, "startup_ms": app_ms, "startup_bare_ms": bare_ms}


@measure("tree_wrap")
def tree_wrap(data: Path, quick: bool) -> dict[str, float]:
    """Scroll a 10 000-row plan page by page, with long text wrapped and on one line.

    The floor is the same scrolling with one line per row (uniform heights); the
    figure is how much wrapping costs on top: measuring each row as it comes into view.
    """
    app, window = _main_window(data)
    ledger = window.session.ledger
    plan = max(ledger.plans(), key=lambda plan: ledger.requirement_count(plan.id))
    window.set_plan(plan.id)
    window.model.wait_for_index(300_000)
    window.tree.expandAll()
    app.processEvents()
    bar = window.tree.verticalScrollBar()
    pages = 20 if quick else 60

    def scroll() -> float:
        bar.setValue(0)
        app.processEvents()
        started = time.perf_counter()
        for _ in range(pages):
            bar.setValue(bar.value() + bar.pageStep())
            window.tree.viewport().repaint()
        return (time.perf_counter() - started) * 1000 / pages

    one_line = [scroll() for _ in range(3)]
    started = time.perf_counter()
    window.tree.set_wrap_rows(True)
    app.processEvents()
    toggled = (time.perf_counter() - started) * 1000
    wrapped = [scroll() for _ in range(3)]
    window.session.close()
    return {
        "wrap_toggle_ms": toggled,
        "scroll_page_ms": statistics.median(one_line),
        "wrap_scroll_ratio": statistics.median(wrapped) / statistics.median(one_line),
    }


@measure("compare_years")
def compare_years(data: Path, quick: bool) -> dict[str, float]:
    """回头看's comparison of two 100-requirement plans (was a 1 s assertion in a test)."""
    from govledger.domain.year_compare import CompareItem, compare_requirements
    from govledger.importers import load_plan

    draft = load_plan(largest_sample_docx())
    base = [task.text for _path, task in draft.requirements()]
    old = [CompareItem(i, f"{base[i % len(base)]}第{i}项") for i in range(100)]
    new = [CompareItem(i, f"{base[(i + 3) % len(base)]}第{i}项") for i in range(100)]
    return {
        "compare_years_ms": median_ms(lambda: compare_requirements(old, new), 3 if quick else 7)
    }


@measure("quick_check")
def quick_check(data: Path, quick: bool) -> dict[str, float]:
    """PRAGMA quick_check of the 100 000-requirement ledger (issue 19, item 5): too
    slow for before the first paint, so the window runs it in the background."""
    from govledger.store.database import quick_check_file

    ledger = data / "ledger.sqlite"
    return {"quick_check_ms": median_ms(lambda: quick_check_file(ledger), 3 if quick else 7)}


@measure("server_store")
def server_store(data: Path, quick: bool) -> dict[str, float]:
    """Open a 1 000-requirement plan and save one status change on a server ledger,
    as ratios to the same on a ledger file, and the queries each sends (issue 24)."""
    from tests.benchmarks.server_store import measure_server_store

    return measure_server_store(data, 3 if quick else 7, median_ms)
