"""The Word and Excel exports opened by an office suite (LibreOffice, where installed).

A file python-docx or openpyxl reads back may still be one an office program refuses
or lays out badly; converting it to PDF proves it opens and that the text is there.
All three files go through one LibreOffice start, which is most of the cost.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn

from govledger.exporters.docx_ledger import export_docx_ledger
from govledger.exporters.report_draft import export_report_draft
from govledger.exporters.xlsx_ledger import export_xlsx_ledger
from govledger.store import Ledger
from tests.exporters.ledger_builders import LONG_NOTE, TODAY, SamplePlan, build_sample_plan

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
pytestmark = pytest.mark.skipif(
    not (SOFFICE and shutil.which("pdftotext")), reason="LibreOffice or poppler not installed"
)


def _pdf_text(pdf: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout


def test_office_suite_opens_every_export(
    ledger: Ledger, sample: SamplePlan, out_dir: Path, tmp_path: Path
) -> None:
    documents = [
        export_docx_ledger(ledger, sample.plan_id, out_dir / "ledger.docx", today=TODAY),
        export_xlsx_ledger(ledger, sample.plan_id, out_dir / "sheet.xlsx", today=TODAY),
        export_report_draft(ledger, sample.plan_id, out_dir / "report.docx", today=TODAY),
    ]
    _convert(documents, tmp_path)
    texts = {path.stem: _pdf_text(tmp_path / f"{path.stem}.pdf") for path in documents}
    for stem, text in texts.items():
        assert text.count("\f") >= 2, stem  # more than one page
        assert "=SUM(A1)" in text, stem
    compact = {stem: "".join(text.split()) for stem, text in texts.items()}
    assert "落实情况台账" in compact["ledger"] and "—2—" in compact["ledger"]
    assert "落实情况台账" in compact["sheet"] and "第1页共" in compact["sheet"]
    assert "工作要点落实情况" in compact["report"] and "—1—" in compact["report"]


def _convert(documents: list[Path], tmp_path: Path) -> None:
    subprocess.run(
        [
            SOFFICE,
            f"-env:UserInstallation=file://{tmp_path / 'lo-profile'}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp_path),
            *map(str, documents),
        ],
        check=True,
        capture_output=True,
        timeout=300,
    )


def _page_fill(pdf: Path) -> list[float]:
    """How far down each page's body the table reaches (top 25 mm, bottom 22 mm)."""
    import pdfplumber

    top, bottom = 25 / 25.4 * 72, 22 / 25.4 * 72
    fills = []
    with pdfplumber.open(pdf) as document:
        for page in document.pages:
            foot = page.height - bottom
            lowest = [w["bottom"] for w in page.extract_words() if w["bottom"] < foot]
            lowest += [e["bottom"] for e in page.lines + page.rects if e["bottom"] < foot]
            fills.append((max(lowest, default=top) - top) / (foot - top))
    return fills


def test_word_ledger_pages_are_full_and_tasks_continue_with_xu(
    tmp_path: Path, samples_dir: Path
) -> None:
    """The demo and the 50-row Dongguan plan rendered by LibreOffice: every page but the
    last is at least 60 % filled, every page starts with the header row, and a 工作任务
    cut by a page is printed again with （续） at the top of the next."""
    from govledger.demo import build_demo
    from govledger.importers import load_plan

    documents = []
    with Ledger.open(tmp_path / "demo.sqlite") as ledger:
        plan_id = build_demo(ledger)
        documents.append(export_docx_ledger(ledger, plan_id, tmp_path / "demo.docx", today=TODAY))
    with Ledger.open(tmp_path / "dongguan.sqlite") as ledger:
        draft = load_plan(samples_dir / "dongguan-2021.docx")
        plan_id = ledger.import_draft(draft).created_plan
        documents.append(
            export_docx_ledger(ledger, plan_id, tmp_path / "dongguan.docx", today=TODAY)
        )
    with Ledger.open(tmp_path / "tall.sqlite") as ledger:  # a row taller than a page
        sample = build_sample_plan(ledger, TODAY)
        for _ in range(20):
            ledger.add_progress(sample.requirement_ids[7], LONG_NOTE, on=TODAY)
        for task_id in sample.requirement_ids[:6]:
            ledger.add_progress(task_id, LONG_NOTE, on=TODAY)
        documents.append(
            export_docx_ledger(ledger, sample.plan_id, tmp_path / "tall.docx", today=TODAY)
        )
    _convert(documents, tmp_path)
    for document in documents:
        pdf = tmp_path / f"{document.stem}.pdf"
        fills = _page_fill(pdf)
        assert len(fills) >= 3, document.stem
        assert all(fill >= 0.6 for fill in fills[:-1]), (document.stem, fills)
        pages = _pdf_text(pdf).split("\f")[: len(fills)]
        for page in pages[1:]:
            assert "".join(page.split()).startswith("序号工作任务具体要求"), document.stem
    dongguan = _pdf_text(tmp_path / "dongguan.pdf")
    written = sum(
        "".join(t.text or "" for t in table._tbl.iter(qn("w:t"))).count("（续）")
        for table in docx.Document(str(tmp_path / "dongguan.docx")).tables
    )
    assert dongguan.count("（续）") == written >= 3
    # at most one on a page: the cell that the page break cut
    assert all(page.count("（续）") <= 1 for page in dongguan.split("\f"))
