"""Printing and exporting from the window print what the clerk sees: the filtered rows,
numbered with the plan's 序号 as the tree shows them (issue 23)."""

from __future__ import annotations

from pathlib import Path

import openpyxl
from docx import Document

from govledger.ui.export_dialog import open_export
from govledger.ui.plan_index import FilterCriteria
from tests.ui.test_main_window import import_sample, visible_requirement_numbers, window  # noqa: F401


def test_the_printout_has_the_windows_rows_and_numbers(window, qtbot, tmp_path: Path):  # noqa: F811
    dialog = import_sample(window, qtbot)
    assert dialog.save()
    window.proxy.set_criteria(FilterCriteria(unit="法制科", unit_role="lead"))
    qtbot.waitUntil(lambda: window.proxy.shown is not None, timeout=10000)
    shown = visible_requirement_numbers(window)
    assert 2 < len(shown) < 30

    export = open_export(window)
    assert export is not None and export.shown_box.isChecked()
    assert str(len(shown)) in export.shown_box.text()
    qtbot.addWidget(export)
    html = export.printable_html()
    for number in shown:
        assert f"<td align='center'>{number}</td>" in html

    export.kind_combo.setCurrentIndex(export.kind_combo.findData("xlsx"))
    export.path_edit.setText(str(tmp_path / "台账.xlsx"))
    with qtbot.waitSignal(export.reader.done, timeout=30000):
        export.export()
    sheet = openpyxl.load_workbook(tmp_path / "台账.xlsx").active
    printed = [str(row[0]) for row in sheet.iter_rows(min_row=4, values_only=True) if row[0]]
    assert printed == shown  # the same rows, the same 序号, in the same order

    export.shown_box.setChecked(False)  # the whole plan again, on purpose
    export.kind_combo.setCurrentIndex(export.kind_combo.findData("docx"))
    export.path_edit.setText(str(tmp_path / "台账.docx"))
    with qtbot.waitSignal(export.reader.done, timeout=30000):
        export.export()
    tables = Document(str(tmp_path / "台账.docx")).tables  # one per printed page
    rows = [row for table in tables for row in table.rows[1:]]
    numbers = [row.cells[0].text for row in rows if row.cells[0].text.isdigit()]
    assert len(numbers) == 30
