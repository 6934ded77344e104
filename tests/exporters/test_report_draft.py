"""The yearly report draft (工作要点落实情况) read back through python-docx."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from docx.enum.section import WD_ORIENT
from docx.oxml.ns import qn

from govledger.exporters.report_draft import export_report_draft, topic
from govledger.store import Ledger
from tests.exporters.ledger_builders import FLAT_SECTION, SECTIONS, TODAY, SamplePlan


@pytest.fixture
def report(ledger: Ledger, sample: SamplePlan, out_dir: Path):
    path = export_report_draft(ledger, sample.plan_id, out_dir / "年报.docx", today=TODAY)
    return docx.Document(str(path))


def _east_asia(paragraph) -> set[str]:
    return {
        run.find(qn("w:rPr")).find(qn("w:rFonts")).get(qn("w:eastAsia"))
        for run in paragraph._p.iter(qn("w:r"))
    }


def test_title_and_intro(report) -> None:
    paragraphs = [p for p in report.paragraphs if p.text]
    assert paragraphs[0].text == "2024年政务公开工作要点落实情况"
    assert _east_asia(paragraphs[0]) == {"方正小标宋简体"}
    intro = paragraphs[2].text
    assert "方案共明确具体工作任务28项" in intro  # 30 minus the 2 not applicable
    assert "截至2024年6月15日" in intro and "已完成8项" in intro


def test_portrait_gbt9704_page(report) -> None:
    section = report.sections[0]
    assert section.orientation == WD_ORIENT.PORTRAIT
    assert round(section.top_margin.mm) == 37 and round(section.left_margin.mm) == 28


def test_one_part_per_top_level_heading(report) -> None:
    texts = [p.text for p in report.paragraphs]
    tops = [title for title, _subs in SECTIONS] + [FLAT_SECTION[0]]
    positions = [texts.index(title) for title in tops]
    assert positions == sorted(positions)
    for title in tops:
        paragraph = report.paragraphs[texts.index(title)]
        assert _east_asia(paragraph) == {"黑体"}
    sub = report.paragraphs[texts.index("（一）深化决策预公开")]
    assert _east_asia(sub) == {"楷体_GB2312"}


def test_done_work_becomes_dated_sentences(report) -> None:
    text = "\n".join(p.text for p in report.paragraphs)
    assert "在“=SUM(A1)”方面，2024年4月26日，已在局门户网站政府信息公开专栏" in text
    assert "本部分共" in text


def test_unfinished_work_names_why_or_asks_for_it(report) -> None:
    paragraphs = [p for p in report.paragraphs if "尚未完成的工作" in p.text]
    assert paragraphs
    text = "".join(p.text for p in paragraphs)
    assert "因系统升级改造，进度滞后" in text  # the reason from the latest progress note
    highlighted = [
        run
        for p in paragraphs
        for run in p._p.iter(qn("w:r"))
        if run.find(qn("w:rPr")).find(qn("w:highlight")) is not None
    ]
    assert highlighted
    assert all("请补充" in "".join(t.text for t in r.iter(qn("w:t"))) for r in highlighted)


def test_every_run_has_an_east_asian_font(report) -> None:
    runs = list(report.element.body.iter(qn("w:r")))
    assert runs
    for run in runs:
        assert run.find(qn("w:rPr")).find(qn("w:rFonts")).get(qn("w:eastAsia"))


def test_topic_is_the_first_clause() -> None:
    assert topic("建立政务公开工作台账，实时跟进推动") == "建立政务公开工作台账"
    assert len(topic("长" * 80)) == 30
