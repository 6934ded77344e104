"""The yearly report draft (工作要点落实情况) read back through python-docx."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import docx
import pytest
from docx.enum.section import WD_ORIENT
from docx.oxml.ns import qn

from govledger.cli import main
from govledger.domain.model import Status, TaskKind
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
    # every requirement counts, not applicable ones included; each state by its name
    assert "方案共明确具体工作任务30项" in intro
    assert "截至2024年6月15日" in intro  # the year is still running: today
    assert "已完成8项，正在推进10项，尚未开始10项，2项不适用" in intro
    assert "完成率28.6%" in intro  # 8 of the 28 that apply
    assert "有5项已超过完成时限" in intro


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


def test_topic_is_a_whole_phrase() -> None:
    assert topic("建立政务公开工作台账，实时跟进推动") == "建立政务公开工作台账"
    # a preamble is not the task: the clause after it is kept
    assert (
        topic("按省政府考核要求，市直有关部门每年至少更新一次“开放江门”数据集。")
        == "按省政府考核要求，市直有关部门每年至少更新一次‘开放江门’数据集"
    )
    # a long clause is kept whole, never cut in the middle of a list
    long_clause = "局各科室、基层单位综合运用新闻发布会、在线访谈、图文动画、短视频等形式"
    assert topic(long_clause + "，对重大政策开展深入解读。") == long_clause
    # commas inside brackets or quotation marks do not end a clause
    assert topic("落实《关于做好A，B的通知》要求，按时报送") == "落实《关于做好A，B的通知》要求"
    # nested quotation marks alternate
    assert topic("建立“六稳”“六保”专栏目") == "建立‘六稳’‘六保’专栏目"
    assert topic("开展“回头看‘两单’”工作") == "开展‘回头看“两单”’工作"


def _draft(ledger: Ledger, plan_id: int, path: Path, today: date) -> list[str]:
    export_report_draft(ledger, plan_id, path, today=today)
    return [p.text for p in docx.Document(str(path)).paragraphs]


def test_counts_are_true_for_each_state(ledger: Ledger, out_dir: Path) -> None:
    plan = ledger.create_plan("方案", 2021).first_created("plans")
    part = ledger.add_task(plan, "一、不适用的部分", kind=TaskKind.HEADING).first_created("tasks")
    for text in ("甲项工作", "乙项工作"):
        ledger.add_task(plan, text, parent_id=part, status=Status.NOT_APPLICABLE)
    other = ledger.add_task(plan, "二、其他工作", kind=TaskKind.HEADING).first_created("tasks")
    done = ledger.add_task(plan, "丙项工作", parent_id=other, status=Status.DONE)
    ledger.add_progress(done.first_created("tasks"), "已印发实施。", on=date(2021, 11, 1))
    ledger.add_progress(done.first_created("tasks"), "已开展回访。", on=date(2022, 1, 5))
    ledger.add_task(plan, "丁项工作", parent_id=other, status=Status.NOT_APPLICABLE)
    third = ledger.add_task(plan, "三、未开始的部分", kind=TaskKind.HEADING).first_created("tasks")
    ledger.add_task(plan, "戊项工作", parent_id=third)  # 未开始, no due date
    texts = _draft(ledger, plan, out_dir / "d.docx", date(2022, 2, 10))
    intro = next(t for t in texts if "方案共明确" in t)
    assert "方案共明确具体工作任务5项" in intro  # requirements, not the 3 headings
    # a 2021 plan's figures are as of the end of 2021, whenever the draft is made
    assert "截至2021年12月31日，已完成1项，尚未开始1项，3项不适用，完成率50.0%" in intro
    assert "正在推进" not in intro  # 未开始 is not 正在推进
    body = "\n".join(texts)
    assert "本部分2项不适用。" in body and "均已完成" not in body.split("二、")[0]
    assert "本部分共2项任务，已完成1项，1项不适用。其余各项任务均已完成。" in body
    assert "“戊项工作”未开始" in body
    # only what happened in the report's year is told
    assert "在“丙项工作”方面，2021年11月1日，已印发实施。" in body
    assert "回访" not in body


def test_no_organisation_is_a_visible_placeholder(ledger: Ledger, out_dir: Path, capsys) -> None:
    plan = ledger.create_plan("方案", 2024).first_created("plans")
    ledger.add_task(plan, "按时完成工作")
    texts = _draft(ledger, plan, out_dir / "d.docx", TODAY)
    intro = next(t for t in texts if "方案共明确" in t)
    assert intro.startswith("2024年，〔单位名称〕认真贯彻落实")
    document = docx.Document(str(out_dir / "d.docx"))
    marked = [
        "".join(t.text for t in run.iter(qn("w:t")))
        for run in document.element.body.iter(qn("w:r"))
        if run.find(qn("w:rPr")).find(qn("w:highlight")) is not None
    ]
    assert "〔单位名称〕" in marked
    db = ledger.location
    out = out_dir / "cli.docx"
    assert main(["--db", db, "export", "report-draft", "-o", str(out)]) == 0
    err = capsys.readouterr().err
    assert "单位名称" in err and "请补充未完成原因" in err
