"""Benchmark: exporting a 1 000-requirement ledger vs the bare library writing the same.

    python tests/benchmarks/bench_exports.py [--requirements 1000] [--rounds 3]

Prints export_xlsx_ratio and export_pdf_ratio (goal: <= 1.5). Each ratio is the full
export — reading the ledger, laying it out, styling, writing — over the bare library
writing the same cell texts in the same run:

- xlsx: openpyxl write-only workbook, ws.append of the same values, save. (The
  fastest bare way; a normal-mode workbook is also timed, for information.)
- pdf: reportlab SimpleDocTemplate with one Table of CJK-wrapped Paragraphs holding
  the same texts, header repeated, a grid; no cover, charts or lists.

Rounds alternate export and baseline and the best CPU time of each is used, so
another process loading the machine skews both alike. Not collected by pytest (pyproject's
norecursedirs).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from openpyxl import Workbook  # noqa: E402
from reportlab.lib.pagesizes import A4, landscape  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import mm  # noqa: E402
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table  # noqa: E402

from govledger.exporters.fonts import cjk_fonts  # noqa: E402
from govledger.exporters.labels import status_label  # noqa: E402
from govledger.exporters.ledger_rows import LedgerTable, build_ledger_table  # noqa: E402
from govledger.exporters.pdf_summary import export_pdf_summary  # noqa: E402
from govledger.exporters.xlsx_ledger import export_xlsx_ledger  # noqa: E402
from govledger.store import Ledger  # noqa: E402
from tests.exporters.ledger_builders import TODAY, build_big_plan  # noqa: E402


def xlsx_cells(table: LedgerTable) -> list[list]:
    """The values the Excel 台账 holds: ten per requirement row, one per heading row."""
    rows: list[list] = [table.column_labels()]
    for row in table.rows:
        if not hasattr(row, "seq"):
            rows.append([row.text])
            continue
        rows.append(
            [
                row.seq,
                row.group_text,
                row.text,
                table.units_label(row.task),
                table.deadline_label(row.task),
                "\n".join(table.progress_lines(row)),
                "\n".join(table.evidence_lines(row)),
                status_label(row.status),
                row.task.due,
                row.last_progress_date,
            ]
        )
    return rows


def pdf_cells(table: LedgerTable) -> list[list[str]]:
    """The texts of the PDF 台账 table, seven per requirement row."""
    rows = [table.column_labels()[:7]]
    for row in table.rows:
        if not hasattr(row, "seq"):
            rows.append([row.text, "", "", "", "", "", ""])
            continue
        rows.append(
            [
                str(row.seq),
                row.group_text,
                row.text,
                table.units_label(row.task),
                table.deadline_label(row.task),
                "\n".join(table.result_lines(row)),
                "\n".join(table.evidence_lines(row)),
            ]
        )
    return rows


def bare_xlsx(rows: list[list], path: Path, *, write_only: bool = True) -> None:
    workbook = Workbook(write_only=write_only)
    sheet = workbook.create_sheet("ledger") if write_only else workbook.active
    for row in rows:
        sheet.append(row)
    workbook.save(str(path))


def bare_pdf(rows: list[list[str]], path: Path) -> None:
    fonts = cjk_fonts()
    style = ParagraphStyle("c", fontName=fonts.body, fontSize=9, leading=12, wordWrap="CJK")
    width = landscape(A4)[0] - 32 * mm
    shares = (12, 32, 62, 28, 22, 69, 28)
    data = [[Paragraph(escape(text).replace("\n", "<br/>"), style) for text in row] for row in rows]
    table = Table(data, colWidths=[width * s / sum(shares) for s in shares], repeatRows=1)
    table.setStyle(
        [("GRID", (0, 0), (-1, -1), 0.4, "black"), ("FONT", (0, 0), (-1, -1), fonts.body)]
    )
    document = SimpleDocTemplate(
        str(path), pagesize=landscape(A4), leftMargin=16 * mm, rightMargin=16 * mm,
        topMargin=16 * mm, bottomMargin=16 * mm, initialFontName=fonts.body,
    )  # fmt: skip
    document.build([table])


def best_of(rounds: int, export: Callable[[], object], bare: Callable[[], object]):
    """Best CPU time of each over alternating rounds.

    CPU time of this process, not wall time: on a shared machine (the developers'
    test runs, an antivirus scan) waiting for a core says nothing about the code.
    """
    export_times, bare_times = [], []
    for _ in range(rounds):
        for call, times in ((export, export_times), (bare, bare_times)):
            start = time.process_time()
            call()
            times.append(time.process_time() - start)
    return min(export_times), min(bare_times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--requirements", type=int, default=1000)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="govledger-bench-"))
    with Ledger.open(folder / "ledger.sqlite") as ledger:
        plan_id = build_big_plan(ledger, args.requirements, TODAY)
        table = build_ledger_table(ledger, plan_id, today=TODAY)
        print(f"{len(table.requirements)} requirements, {len(table.rows)} rows; in {folder}")
        cjk_fonts()  # font discovery is a one-off per process: not part of either side

        xlsx_rows = xlsx_cells(table)
        export_time, bare_time = best_of(
            args.rounds,
            lambda: export_xlsx_ledger(ledger, plan_id, folder / "export.xlsx", today=TODAY),
            lambda: bare_xlsx(xlsx_rows, folder / "bare.xlsx"),
        )
        start = time.perf_counter()
        bare_xlsx(xlsx_rows, folder / "bare-normal.xlsx", write_only=False)
        normal_time = time.perf_counter() - start
        print(f"xlsx: export {export_time:.3f} s, bare write-only {bare_time:.3f} s, "
              f"bare normal mode {normal_time:.3f} s")  # fmt: skip
        print(f"export_xlsx_ratio = {export_time / bare_time:.2f}")

        pdf_rows = pdf_cells(table)
        export_time, bare_time = best_of(
            args.rounds,
            lambda: export_pdf_summary(ledger, plan_id, folder / "export.pdf", today=TODAY),
            lambda: bare_pdf(pdf_rows, folder / "bare.pdf"),
        )
        print(f"pdf: export {export_time:.3f} s, bare table {bare_time:.3f} s")
        print(f"export_pdf_ratio = {export_time / bare_time:.2f}")


if __name__ == "__main__":
    main()
