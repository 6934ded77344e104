"""The Word and Excel exports opened by an office suite (LibreOffice, where installed).

A file python-docx or openpyxl reads back may still be one an office program refuses
or lays out badly; converting it to PDF proves it opens and that the text is there.
All three files go through one LibreOffice start, which is most of the cost.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from govledger.exporters.docx_ledger import export_docx_ledger
from govledger.exporters.report_draft import export_report_draft
from govledger.exporters.xlsx_ledger import export_xlsx_ledger
from govledger.store import Ledger
from tests.exporters.ledger_builders import TODAY, SamplePlan

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
    texts = {path.stem: _pdf_text(tmp_path / f"{path.stem}.pdf") for path in documents}
    for stem, text in texts.items():
        assert text.count("\f") >= 2, stem  # more than one page
        assert "=SUM(A1)" in text, stem
    compact = {stem: "".join(text.split()) for stem, text in texts.items()}
    assert "落实情况台账" in compact["ledger"] and "—2—" in compact["ledger"]
    assert "落实情况台账" in compact["sheet"] and "第1页共" in compact["sheet"]
    assert "工作要点落实情况" in compact["report"] and "—1—" in compact["report"]
