"""The Word 台账 read back through python-docx."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import docx
import pytest
from docx.enum.section import WD_ORIENT
from docx.oxml.ns import qn

from govledger.exporters.docx_ledger import export_docx_ledger
from govledger.store import Ledger
from tests.exporters.ledger_builders import LONG_NOTE, TODAY, SamplePlan

COLUMNS = ["序号", "工作任务", "具体要求", "责任单位", "时间节点", "完成情况", "佐证材料"]


@pytest.fixture
def ledger_docx(ledger: Ledger, sample: SamplePlan, out_dir: Path):
    path = export_docx_ledger(ledger, sample.plan_id, out_dir / "台账.docx", today=TODAY)
    return docx.Document(str(path))


def _rows(document) -> list:
    """The 台账's rows: one page's table after another, the header row once."""
    tables = document.tables
    return [*tables[0].rows, *(row for table in tables[1:] for row in table.rows[1:])]


def _row_texts(row) -> list[str]:
    return ["".join(t.text or "" for t in tc.iter(qn("w:t"))) for tc in row._tr.tc_lst]


def test_page_is_a4_landscape(ledger_docx) -> None:
    section = ledger_docx.sections[0]
    assert section.orientation == WD_ORIENT.LANDSCAPE
    assert round(section.page_width.mm) == 297 and round(section.page_height.mm) == 210


def test_rows_header_and_merged_headings(ledger_docx, sample: SamplePlan) -> None:
    rows = _rows(ledger_docx)
    assert _row_texts(rows[0]) == COLUMNS
    heading_rows = [row for row in rows if len(row._tr.tc_lst) == 1]
    assert [_row_texts(row)[0] for row in heading_rows] == [
        "一、推进决策和执行公开",
        "二、加强政务公开平台建设",
        "三、夯实政务公开工作基础",
    ]
    for row in heading_rows:
        span = row._tr.tc_lst[0].tcPr.find(qn("w:gridSpan"))
        assert span is not None and span.get(qn("w:val")) == "7"
    requirement_rows = [row for row in rows[1:] if len(row._tr.tc_lst) == 7]
    assert len(requirement_rows) == len(sample.requirement_ids)
    assert len(rows) == 1 + 3 + 30
    texts = [_row_texts(row)[2] for row in requirement_rows]
    assert texts == [sample.texts[i] for i in sample.requirement_ids]


def test_task_column_is_merged_down_its_requirements(ledger_docx) -> None:
    rows = _rows(ledger_docx)
    marks = []
    for row in rows[1:]:
        cells = row._tr.tc_lst
        if len(cells) == 7:
            vmerge = cells[1].tcPr.find(qn("w:vMerge"))
            marks.append(None if vmerge is None else vmerge.get(qn("w:val"), "continue"))
    assert marks[:5] == ["restart", "continue", "continue", "continue", "restart"]
    # python-docx resolves the merge: every row reads the task in its merged cell.
    first_rows = [row for row in rows[1:] if len(row._tr.tc_lst) == 7][:4]
    assert {row.cells[1].text for row in first_rows} == {"（一）深化决策预公开"}


def test_header_repeats_and_rows_do_not_split(ledger_docx) -> None:
    for table in ledger_docx.tables:  # one per page
        header = table.rows[0]._tr.trPr
        assert header.find(qn("w:tblHeader")) is not None
        assert _row_texts(table.rows[0]) == COLUMNS
        for row in table.rows:
            assert row._tr.trPr.find(qn("w:cantSplit")) is not None


def test_every_run_has_an_east_asian_font(ledger_docx) -> None:
    body = ledger_docx.element.body
    runs = list(body.iter(qn("w:r")))
    footer_runs = list(ledger_docx.sections[0].footer._element.iter(qn("w:r")))
    assert len(runs) > 200
    fonts = set()
    for run in runs + footer_runs:
        rfonts = run.find(qn("w:rPr")).find(qn("w:rFonts"))
        fonts.add(rfonts.get(qn("w:eastAsia")))
    assert {"方正小标宋简体", "仿宋_GB2312", "黑体", "楷体_GB2312", "宋体"} <= fonts
    assert None not in fonts
    title_run = next(body.iter(qn("w:r")))
    assert (
        title_run.find(qn("w:rPr")).find(qn("w:rFonts")).get(qn("w:eastAsia")) == "方正小标宋简体"
    )


def test_gb2312_fonts_declare_their_windows_fallbacks(ledger_docx) -> None:
    part = next(
        p for p in ledger_docx.part.package.iter_parts() if p.partname == "/word/fontTable.xml"
    )
    xml = part.blob.decode("utf-8")
    assert 'w:name="仿宋_GB2312"><w:altName w:val="仿宋"/>' in xml
    assert 'w:name="方正小标宋简体"><w:altName w:val="黑体"/>' in xml
    defaults = ledger_docx.styles.element.find(qn("w:docDefaults"))
    assert defaults.find(".//" + qn("w:rFonts")).get(qn("w:eastAsia")) == "仿宋_GB2312"


def test_gb9704_page_numbers_odd_right_even_left(ledger_docx) -> None:
    """4号 半角 "— 1 —", odd pages at the right, even at the left, 1 character in."""
    section = ledger_docx.sections[0]
    assert ledger_docx.settings.odd_and_even_pages_header_footer
    for footer, side in ((section.footer, "right"), (section.even_page_footer, "left")):
        element = footer._element
        instructions = [t.text for t in element.iter(qn("w:instrText"))]
        assert [i.strip() for i in instructions] == ["PAGE"]
        assert "".join(t.text for t in element.iter(qn("w:t"))) == "— 1 —"
        (paragraph,) = element.iter(qn("w:p"))
        ppr = paragraph.find(qn("w:pPr"))
        assert ppr.find(qn("w:jc")).get(qn("w:val")) == side
        assert ppr.find(qn("w:ind")).get(qn(f"w:{side}")) == "280"  # 14 pt: one character
        sizes = {sz.get(qn("w:val")) for sz in element.iter(qn("w:sz"))}
        assert sizes == {"28"}  # 4号


def test_document_properties_name_the_office(
    ledger: Ledger, sample: SamplePlan, out_dir: Path
) -> None:
    before = datetime.now(UTC).replace(microsecond=0)
    path = export_docx_ledger(ledger, sample.plan_id, out_dir / "props.docx", today=TODAY)
    props = docx.Document(str(path)).core_properties
    plan = ledger.plan(sample.plan_id)
    assert props.title.endswith("落实情况台账") and plan.title in props.title
    assert props.author == (plan.organization or "govledger")
    assert props.last_modified_by == props.author
    assert "python-docx" not in (props.author, props.last_modified_by, props.comments)
    assert props.created >= before - timedelta(seconds=1)
    assert props.created.year != 2013 and props.revision == 1
    assert props.language == "zh-CN"


def test_the_office_is_the_author(ledger: Ledger, sample: SamplePlan, out_dir: Path) -> None:
    ledger.update_plan(sample.plan_id, organization="江门市人力资源和社会保障局")
    path = export_docx_ledger(ledger, sample.plan_id, out_dir / "org.docx", today=TODAY)
    assert docx.Document(str(path)).core_properties.author == "江门市人力资源和社会保障局"


def test_a_task_continued_on_the_next_page_repeats_with_xu(
    ledger: Ledger, sample: SamplePlan, out_dir: Path
) -> None:
    """Each page is its own table; a 工作任务 cell cut by the page starts again."""
    for task_id in sample.requirement_ids[:12]:
        ledger.add_progress(task_id, LONG_NOTE, on=TODAY)
    path = export_docx_ledger(ledger, sample.plan_id, out_dir / "xu.docx", today=TODAY)
    document = docx.Document(str(path))
    assert len(document.tables) >= 2
    continued = 0
    previous_task = ""
    for table in document.tables:
        first = next((r for r in table.rows[1:] if len(r._tr.tc_lst) == 7), None)
        if first is not None and previous_task and first.cells[1].text.startswith(previous_task):
            tc = first._tr.tc_lst[1]
            assert tc.tcPr.find(qn("w:vMerge")).get(qn("w:val")) == "restart"
            assert _row_texts(first)[1] == previous_task + "（续）"
            continued += 1
        last = [r for r in table.rows[1:] if len(r._tr.tc_lst) == 7]
        previous_task = last[-1].cells[1].text.removesuffix("（续）") if last else ""
    assert continued >= 1


def test_progress_and_evidence_columns(ledger_docx, sample: SamplePlan) -> None:
    done_text = sample.texts[sample.done_ids[0]]
    row = next(
        r for r in _rows(ledger_docx) if len(r._tr.tc_lst) == 7 and _row_texts(r)[2] == done_text
    )
    cells = row._tr.tc_lst
    result = [p for p in cells[5].iter(qn("w:p"))]
    assert "".join(t.text for t in result[0].iter(qn("w:t"))) == "已完成"
    assert LONG_NOTE in _row_texts(row)[5]
    assert "江门市人民政府门户网站 https://www.jiangmen.gov.cn/zwgk/" in _row_texts(row)[6]


def test_formula_like_texts_stay_plain(ledger_docx) -> None:
    texts = [_row_texts(row)[2] for row in _rows(ledger_docx)[1:] if len(row._tr.tc_lst) == 7]
    assert texts[:4] == [
        "=SUM(A1)",
        "+86 0750-3501234 政务服务热线号码公开",
        "-",
        "@江门发布 政务微博",
    ]


def test_unit_and_overdue_options(ledger: Ledger, sample: SamplePlan, out_dir: Path) -> None:
    path = export_docx_ledger(
        ledger, sample.plan_id, out_dir / "overdue.docx", today=TODAY, overdue_only=True
    )
    document = docx.Document(str(path))
    requirement_rows = [row for row in _rows(document)[1:] if len(row._tr.tc_lst) == 7]
    assert len(requirement_rows) == len(sample.overdue_ids)
    assert "仅列逾期事项" in document.paragraphs[1].text

    path = export_docx_ledger(
        ledger, sample.plan_id, out_dir / "unit.docx", today=TODAY, unit="信息中心"
    )
    document = docx.Document(str(path))
    units = [_row_texts(row)[3] for row in _rows(document)[1:] if len(row._tr.tc_lst) == 7]
    assert units and all("信息中心" in text for text in units)
    assert "责任单位：信息中心" in document.paragraphs[1].text


def test_a_row_taller_than_a_page_may_break(ledger: Ledger, sample: SamplePlan, out_dir: Path):
    """Word cuts off an unsplittable row that does not fit a page: allow the break."""
    task_id = sample.requirement_ids[7]
    for _ in range(20):
        ledger.add_progress(task_id, LONG_NOTE, on=TODAY)
    path = export_docx_ledger(ledger, sample.plan_id, out_dir / "tall.docx", today=TODAY)
    rows = _rows(docx.Document(str(path)))
    splittable = [row for row in rows if row._tr.trPr.find(qn("w:cantSplit")) is None]
    assert len(splittable) == 1
    assert _row_texts(splittable[0])[2] == sample.texts[task_id]


def test_line_estimate_follows_chinese_line_breaking() -> None:
    """Row heights are estimated from lines laid out as LibreOffice and Word break them."""
    from govledger.exporters.docx_ledger import _paragraph_lines

    assert _paragraph_lines("", 8) == 1
    assert _paragraph_lines("一二三四五六七八", 8) == 1
    assert _paragraph_lines("一二三四五六七八九", 8) == 2
    # "。" may not start a line: "八" goes down with it
    assert _paragraph_lines("一二三四五六七八九十一二三四五六", 8) == 2
    assert _paragraph_lines("一二三四五六七八。九十一二三四", 8) == 2
    assert _paragraph_lines("一二三四五六七八。九十一二三四五", 8) == 3
    # digits are set off from CJK, a URL is cut only when longer than a line
    assert _paragraph_lines("一二三四五六7八", 7.2) == 2
    assert _paragraph_lines("https://www.jiangmen.gov.cn/zwgk/", 7) == 3
