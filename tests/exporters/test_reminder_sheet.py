"""The 催办单 Word document: one sheet per unit, A4, East Asian fonts on every run."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from docx import Document
from docx.oxml.ns import qn
from docx.shared import Mm

from govledger.domain.deadline_parser import parse
from govledger.exporters.reminder_sheet import HEADERS, export_plan_reminders
from govledger.store import Ledger

TODAY = date(2024, 2, 8)  # Spring Festival 2024 starts on 10 February


def build(path: Path) -> int:
    with Ledger.open(path) as ledger:
        plan = ledger.create_plan("2024年政务公开工作要点分工方案", 2024, organization="某某局")
        plan_id = plan.first_created("plans")
        for text, deadline_text, lead, co in (
            ("按时发布年度报告", "1月31日前", ["办公室"], ["法制科"]),
            ("做好政策解读", "2月19日前", ["法制科"], []),
            ("以后再做的事", "6月30日前", ["信息中心"], []),
        ):
            deadline = parse(deadline_text, 2024)
            ledger.add_task(
                plan_id,
                text,
                deadline_text=deadline_text,
                due=deadline.due,
                lead_units=lead,
                co_units=co,
            )
        return plan_id


def test_one_sheet_per_unit(tmp_path: Path) -> None:
    db = tmp_path / "ledger.sqlite"
    plan_id = build(db)
    out = tmp_path / "催办单.docx"
    with Ledger.open(db) as ledger:
        export_plan_reminders(ledger, plan_id, out, today=TODAY)
    assert not (tmp_path / "催办单.docx.partial").exists()
    document = Document(str(out))
    section = document.sections[0]
    assert (round(section.page_width.mm), round(section.page_height.mm)) == (210, 297)
    assert [p.text for p in document.paragraphs].count("催办单") == 2  # 法制科, 办公室
    law, office = document.tables[0], document.tables[2]  # each sheet: list, then sign-off
    assert tuple(cell.text for cell in law.rows[0].cells) == HEADERS
    assert [row.cells[0].text for row in law.rows[1:]] == ["1", "2"]
    assert law.rows[1].cells[1].text == "【配合】按时发布年度报告"
    assert law.rows[1].cells[2].text == "2024年1月31日"
    assert law.rows[1].cells[3].text == "逾期"
    # 1, 2, 4 (a make-up Sunday), 5, 6, 7, 8 February
    assert law.rows[1].cells[4].text == "逾期7个工作日"
    assert law.rows[2].cells[1].text == "【牵头】做好政策解读"
    assert (law.rows[2].cells[3].text, law.rows[2].cells[4].text) == ("即将到期", "3")
    assert [row.cells[1].text for row in office.rows[1:]] == ["【牵头】按时发布年度报告"]
    assert "签收人：" in [cell.text for row in document.tables[1].rows for cell in row.cells]
    assert law.columns[1].width > Mm(60)
    body = document.element.body
    runs = body.iter(qn("w:r"))
    for run in runs:
        if run.find(qn("w:t")) is None:
            continue
        fonts = run.find(qn("w:rPr")).find(qn("w:rFonts"))
        assert fonts.get(qn("w:eastAsia")) in ("仿宋", "黑体")


def test_sheet_for_chosen_units_and_nothing_to_chase(tmp_path: Path) -> None:
    db = tmp_path / "ledger.sqlite"
    plan_id = build(db)
    with Ledger.open(db) as ledger:
        export_plan_reminders(ledger, plan_id, tmp_path / "a.docx", ["办公室"], today=TODAY)
        export_plan_reminders(ledger, plan_id, tmp_path / "b.docx", today=date(2024, 1, 2))
    chosen = Document(str(tmp_path / "a.docx"))
    assert [p.text for p in chosen.paragraphs if p.text.endswith("：")] == ["办公室："]
    empty = Document(str(tmp_path / "b.docx"))
    assert any("没有逾期或即将到期" in p.text for p in empty.paragraphs)


def test_recurring_and_event_lines_say_which_occurrence_in_chinese(
    tmp_path: Path, monkeypatch
) -> None:
    monkeypatch.setenv("GOVLEDGER_LANG", "en")  # the program speaks English; the paper does not
    db = tmp_path / "ledger.sqlite"
    with Ledger.open(db) as ledger:
        plan_id = ledger.create_plan("2024年方案", 2024).first_created("plans")
        for text, deadline_text in (
            ("报送工作信息", "每月10日前"),
            ("开展季度检查", "每季度"),
            ("政策文件及时公开", "文件印发后3个工作日内"),
        ):
            deadline = parse(deadline_text, 2024)
            task_id = ledger.add_task(
                plan_id,
                text,
                deadline_text=deadline_text,
                recurrence=deadline.recurrence,
                deadline_rule=deadline.rule,
                lead_units=["办公室"],
            ).first_created("tasks")
        ledger.record_event(task_id, date(2024, 3, 1))
        export_plan_reminders(ledger, plan_id, tmp_path / "s.docx", today=date(2024, 4, 20))
    [table, _sign_off] = Document(str(tmp_path / "s.docx")).tables
    texts = [row.cells[1].text for row in table.rows[1:]]
    assert "【牵头】报送工作信息（2024年1月）" in texts
    assert "【牵头】开展季度检查（2024年第一季度）" in texts
    assert "【牵头】政策文件及时公开（2024年3月1日起印发后3个工作日内）" in texts
