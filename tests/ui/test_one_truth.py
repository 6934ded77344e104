"""One truth on screen and on paper (issue 20): the same requirements carry the same
序号, status and warning in the tree, `tasks --json`, the Word and Excel ledgers, the PDF
summary, the .ics and the reminders — with every status present and a unit filter on."""

from __future__ import annotations

import subprocess
import unicodedata
from datetime import date
from pathlib import Path

import icalendar
import openpyxl
import pytest
from docx import Document

from govledger.demo import build_demo
from govledger.domain.model import Status
from govledger.domain.status_rules import WARNING_WORKDAYS, Alert, alert
from govledger.domain.unit_kinds import role_of
from govledger.exporters import export_docx_ledger, export_pdf_summary, export_xlsx_ledger
from govledger.exporters.ics_calendar import export_plan
from govledger.exporters.labels import status_label
from govledger.store.task_listing import task_rows
from govledger.ui.labels import Column
from govledger.ui.task_tree_model import TaskTreeModel

pytestmark = pytest.mark.both_stores  # the views must not care which store it is

BUILT, TODAY = date(2026, 11, 1), date(2026, 11, 10)
UNIT = "办公室"


def _tree(model: TaskTreeModel, parent=None) -> list[tuple[str, str, Alert, str]]:
    from PySide6.QtCore import QModelIndex

    parent = parent if parent is not None else QModelIndex()
    if model.canFetchMore(parent):
        model.fetchMore(parent)
    found = []
    for row in range(model.rowCount(parent)):
        index = model.index(row, 0, parent)
        kind = index.data(TaskTreeModel.KindRole)
        number = model.index(row, Column.NUMBER, parent).data() or ""
        status = model.index(row, Column.STATUS, parent).data() or ""
        found.append((kind, number, Alert(index.data(TaskTreeModel.AlertRole)), status))
        found += _tree(model, index)
    return found


def test_every_output_agrees(qtbot, session, tmp_path: Path) -> None:
    ledger = session.ledger
    plan_id = build_demo(ledger, BUILT)
    rows = task_rows(ledger, plan_id, TODAY)
    requirements = [r for r in rows if r["kind"] == "requirement"]
    first_open = next(r for r in requirements if r["status"] == "进行中")
    ledger.update_task(first_open["id"], status=Status.NOT_APPLICABLE)
    rows = task_rows(ledger, plan_id, TODAY)
    requirements = [r for r in rows if r["kind"] == "requirement"]
    statuses = {r["number"]: r["status"] for r in requirements}
    assert set(statuses.values()) == {"已完成", "进行中", "未开始", "逾期", "不适用"}
    calendar = ledger.working_calendar()

    # the tree: the same numbers, statuses and traffic lights (working days, one default)
    model = TaskTreeModel(session, today=TODAY)
    model.set_plan(plan_id)
    qtbot.waitUntil(lambda: model.plan_index.complete, timeout=10000)
    shown = [entry for entry in _tree(model) if entry[0] == "requirement"]
    assert [number for _k, number, _a, _s in shown] == [r["number"] for r in requirements]
    for (_kind, number, light, _status), row in zip(shown, requirements, strict=True):
        task = ledger.task(row["id"])
        expected = alert(task.status, task.due, TODAY, WARNING_WORKDAYS, calendar.is_workday)
        assert light is expected, number
    # headings roll up as tasks --json says
    headings = [r for r in rows if r["kind"] == "heading"]
    tree_headings = [entry for entry in _tree(model) if entry[0] == "heading"]
    for (_kind, _number, light, _status), row in zip(tree_headings, headings, strict=True):
        expected = {"已完成": Alert.DONE, "逾期": Alert.OVERDUE, "不适用": Alert.NOT_APPLICABLE}
        assert light is expected.get(row["status"], Alert.NONE), row["text"]

    # the unit filter: the plan's own numbers, the same statuses, on Word and Excel
    mine = [
        r["number"]
        for r in requirements
        if role_of(UNIT, r["lead_units"], r["co_units"], ledger.unit_directory())
    ]
    xlsx = export_xlsx_ledger(ledger, plan_id, tmp_path / "l.xlsx", today=TODAY, unit=UNIT)
    sheet = openpyxl.load_workbook(xlsx).active
    header = [cell.value for cell in next(sheet.iter_rows(min_row=3, max_row=3))]
    number_at, status_at = header.index("序号"), header.index("状态")
    printed = {
        str(row[number_at]): row[status_at]
        for row in sheet.iter_rows(min_row=4, values_only=True)
        if row[number_at] not in (None, "")
    }
    assert list(printed) == mine
    assert printed == {n: status_label(Status(statuses[n])) for n in mine}
    docx = export_docx_ledger(ledger, plan_id, tmp_path / "l.docx", today=TODAY, unit=UNIT)
    cells = [  # one table per page, each with its header row
        row.cells[0].text for table in Document(str(docx)).tables for row in table.rows[1:]
    ]
    assert [c for c in cells if c.isdigit()] == mine

    # the PDF summary lists the overdue ones by the same numbers
    pdf = export_pdf_summary(ledger, plan_id, tmp_path / "s.pdf", today=TODAY)
    text = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    text = unicodedata.normalize("NFKC", text)
    for number, status in statuses.items():
        if status == "逾期":
            assert any(line.split()[:1] == [number] for line in text.splitlines()), number

    # the .ics: every dated requirement, finished ones titled so
    export_plan(ledger, plan_id, tmp_path / "c.ics", today=TODAY)
    events = icalendar.Calendar.from_ical((tmp_path / "c.ics").read_bytes()).walk("VEVENT")
    titled = {str(e["SUMMARY"]) for e in events}
    for row in requirements:
        if row["due"] is None or row["recurrence"]:
            continue
        mark = (
            "【已完成】"
            if row["status"] == "已完成"
            else "【不适用】"
            if row["status"] == "不适用"
            else ""
        )
        assert any(t.startswith(f"{mark}{row['number']}. ") for t in titled), row["number"]

    # the banner and 催办单 count due-soon the way the tree colours it
    summary = ledger.reminders(plan_id, TODAY, warning_workdays=WARNING_WORKDAYS)
    soon = {line.entry.task.id for group in summary.units for line in group.due_soon}
    tree_soon = {
        row["id"] for (_k, _n, light, _s), row in zip(shown, requirements, strict=True)
        if light is Alert.DUE_SOON and not row["recurrence"]
    }  # fmt: skip
    assert tree_soon <= soon
