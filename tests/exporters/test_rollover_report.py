"""The 回头看 report: A4, 公文 fonts on every run, every decision listed."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from docx import Document
from docx.oxml.ns import qn

from govledger.domain.model import Status
from govledger.domain.rollover import Decision, ReviewItem, RolloverReview
from govledger.exporters.rollover_report import FANG, HEI, TITLE_FONT, write_rollover_report


def sample_review() -> RolloverReview:
    def item(number: str, text: str, decision: Decision, reason: str = "") -> ReviewItem:
        return ReviewItem(
            number=number,
            path=("一、做好政务公开台账工作",),
            text=text,
            units="办公室牵头，各科室配合",
            status=Status.OVERDUE,
            progress_count=2,
            evidence_count=3,
            decision=decision,
            reason=reason,
        )

    return RolloverReview(
        from_title="测试单位2021年政务公开工作要点分工方案",
        from_year=2021,
        to_title="测试单位2022年政务公开工作要点分工方案",
        to_year=2022,
        reviewed_on=date(2022, 1, 10),
        organization="测试单位",
        items=[
            item("1", "建立政务公开工作台账，实时跟进推动", Decision.CARRY_OVER),
            item("5", "做好重大政策解读工作", Decision.CLOSE, "职能已划转至市数据局"),
        ],
    )


def test_report_content_and_fonts(tmp_path: Path) -> None:
    path = write_rollover_report(sample_review(), tmp_path / "回头看报告.docx")
    assert not list(tmp_path.glob("*.partial"))
    document = Document(str(path))
    section = document.sections[0]
    assert (round(section.page_width.mm), round(section.page_height.mm)) == (210, 297)
    assert (round(section.top_margin.mm), round(section.left_margin.mm)) == (37, 28)

    texts = [p.text for p in document.paragraphs]
    assert texts[0] == "2021年政务公开工作要点\n落实情况回头看报告"
    assert any("尚未完成的2项" in t and "继续落实1项" in t and "不再结转1项" in t for t in texts)
    assert "三、确认不适用的事项（0项）" in texts and "无。" in texts
    carried, closed = document.tables
    assert "建立政务公开工作台账" in carried.rows[1].cells[1].text
    assert "进展记录2条，佐证材料3份" in carried.rows[1].cells[3].text
    assert "职能已划转至市数据局" in closed.rows[1].cells[3].text

    runs = [run for p in document.paragraphs for run in p.runs]
    runs += [
        run
        for table in document.tables
        for row in table.rows
        for cell in row.cells
        for p in cell.paragraphs
        for run in p.runs
    ]
    fonts = {run._element.rPr.rFonts.get(qn("w:eastAsia")) for run in runs}
    assert fonts == {TITLE_FONT, HEI, FANG}  # every run names its East Asian font
    title_run = document.paragraphs[0].runs[0]
    assert title_run._element.rPr.rFonts.get(qn("w:eastAsia")) == TITLE_FONT
    font_table = next(
        p.blob for p in document.part.package.iter_parts() if p.partname == "/word/fontTable.xml"
    ).decode("utf-8")
    assert 'w:name="仿宋_GB2312"' in font_table and 'w:val="仿宋"' in font_table
