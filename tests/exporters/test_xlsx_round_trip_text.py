"""Text leaves for Excel as the clerk typed it (issue 19, item 9): a leading tab, a CR
and a trailing space come back from the .xlsx unchanged. (Importing a plan normalises
whitespace on purpose: a cell's indentation is layout, not part of a requirement.)"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import openpyxl

from govledger.domain.model import TaskKind
from govledger.exporters import export_xlsx_ledger
from govledger.store import Ledger

TYPED = "\t以制表符开头的要求\r\n第二行 "


def test_leading_tab_and_cr_survive_the_excel_ledger(tmp_path: Path) -> None:
    with Ledger.open(tmp_path / "ledger.sqlite", auto_backup=False) as ledger:
        plan = ledger.create_plan("2026年政务公开工作要点分工方案", 2026).created_plan
        heading = ledger.add_task(plan, "一、重点工作", kind=TaskKind.HEADING).created_task
        task = ledger.add_task(plan, TYPED, parent_id=heading, number="1").created_task
        ledger.add_progress(task, TYPED, on=date(2026, 4, 1))
        path = export_xlsx_ledger(ledger, plan, tmp_path / "台账.xlsx", today=date(2026, 5, 1))
    sheet = openpyxl.load_workbook(path).active
    [row] = [r for r in sheet.iter_rows(min_row=4, values_only=True) if r[0] == 1]
    assert row[2] == TYPED
    assert TYPED in row[5]  # the progress note, after its date
