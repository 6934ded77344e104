"""Plans at the edges: no requirements at all, and requirements without headings."""

from __future__ import annotations

from pathlib import Path

import docx
import openpyxl
import pytest

from govledger.exporters.docx_ledger import export_docx_ledger
from govledger.exporters.pdf_summary import export_pdf_summary
from govledger.exporters.report_draft import export_report_draft
from govledger.exporters.xlsx_ledger import export_xlsx_ledger
from govledger.store import Ledger
from tests.exporters.ledger_builders import TODAY


@pytest.fixture
def empty_plan(ledger: Ledger) -> int:
    return ledger.create_plan("空方案", 2024).first_created("plans")


@pytest.fixture
def headingless_plan(ledger: Ledger) -> int:
    plan_id = ledger.create_plan("无标题方案", 2024).first_created("plans")
    for index in range(3):
        ledger.add_task(plan_id, f"第{index + 1}项要求", lead_units=["办公室"])
    return plan_id


@pytest.mark.parametrize("plan", ["empty_plan", "headingless_plan"])
def test_every_exporter_writes_a_readable_file(
    request, ledger: Ledger, out_dir: Path, plan: str
) -> None:
    plan_id = request.getfixturevalue(plan)
    count = 0 if plan == "empty_plan" else 3
    word = export_docx_ledger(ledger, plan_id, out_dir / "a.docx", today=TODAY)
    (table,) = docx.Document(str(word)).tables
    assert len(table.rows) == 1 + count
    sheet = openpyxl.load_workbook(
        export_xlsx_ledger(ledger, plan_id, out_dir / "a.xlsx", today=TODAY)
    ).active
    assert sheet.max_row == 3 + count
    pdf = export_pdf_summary(ledger, plan_id, out_dir / "a.pdf", today=TODAY)
    assert pdf.read_bytes().startswith(b"%PDF")
    report = export_report_draft(ledger, plan_id, out_dir / "r.docx", today=TODAY)
    assert docx.Document(str(report)).paragraphs[0].text == "2024年政务公开工作要点落实情况"


def test_empty_overdue_selection_says_so(ledger: Ledger, headingless_plan: int, out_dir: Path):
    path = export_docx_ledger(
        ledger, headingless_plan, out_dir / "o.docx", today=TODAY, overdue_only=True
    )
    assert "无符合条件的事项。" in [p.text for p in docx.Document(str(path)).paragraphs]
