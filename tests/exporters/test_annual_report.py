"""The yearly report read back: Word through python-docx, the statistics through openpyxl."""

from __future__ import annotations

from pathlib import Path

import docx
import openpyxl
import pytest
from docx.enum.section import WD_ORIENT
from docx.oxml.ns import qn

from govledger.domain import annual_report_format as fmt
from govledger.domain.model import Status
from govledger.domain.report_checks import TABLE2, TABLE4
from govledger.exporters.annual_report_docx import export_annual_report_docx, prose_runs
from govledger.exporters.annual_report_xlsx import export_annual_report_xlsx
from govledger.store import Ledger
from tests.exporters.ledger_builders import TODAY, SamplePlan, build_sample_plan
from tests.report_data import OUTCOMES, TYPES, YEAR, Register, build_register

TYPE_LABELS = [label for _code, label in fmt.APPLICANT_TYPES]


def fill(ledger: Ledger) -> Register:
    """The register of tests/report_data.py and entered figures of tables 二 and 四."""
    register = build_register(ledger)
    ledger.set_report_figure(YEAR, TABLE2, "item1.normative", "made", 12)
    ledger.set_report_figure(YEAR, TABLE2, "item1.normative", "in_force", 85)
    ledger.set_report_figure(YEAR, TABLE2, "item8.fees", "amount", "3.25")
    for column, value in (("upheld", 2), ("corrected", 1), ("pending", 1), ("total", 4)):
        ledger.set_report_figure(YEAR, TABLE4, "review", column, value)
    ledger.set_report_figure(YEAR, TABLE4, "direct_suit", "pending", 1)
    ledger.set_report_figure(YEAR, TABLE4, "direct_suit", "total", 1)
    return register


@pytest.fixture(scope="module")
def exported(tmp_path_factory) -> tuple:
    """One report, exported once and read back by every test that only reads it."""
    folder = tmp_path_factory.mktemp("annual")
    with Ledger.open(folder / "ledger.sqlite") as ledger:
        build_sample_plan(ledger, TODAY)
        register = fill(ledger)
        path = export_annual_report_docx(ledger, YEAR, folder / "年报.docx", today=TODAY)
    return docx.Document(str(path)), register


@pytest.fixture
def report(exported):
    return exported[0]


@pytest.fixture
def register(exported) -> Register:
    return exported[1]


@pytest.fixture
def filled(ledger: Ledger, sample: SamplePlan) -> Register:
    """A ledger of its own, for tests that change it before exporting."""
    return fill(ledger)


def grid(table) -> list[list[str]]:
    """The table as a grid of texts, a merged cell's text in every position it covers."""
    return [[cell.text for cell in row.cells] for row in table.rows]


def test_six_parts_in_order_with_the_title(report) -> None:
    texts = [p.text for p in report.paragraphs]
    # broken after the organisation's name, as a two-line 公文 title is
    assert texts[0] == "江门市某某局\n2024年政府信息公开工作年度报告"
    assert report.core_properties.title == "江门市某某局2024年政府信息公开工作年度报告"
    positions = [texts.index(title) for title in fmt.SECTION_TITLES.values()]
    assert positions == sorted(positions)
    section = report.sections[0]
    assert section.orientation == WD_ORIENT.PORTRAIT
    assert round(section.page_width.mm) == 210 and round(section.top_margin.mm) == 37


def test_every_run_names_its_east_asian_font(report) -> None:
    fonts = set()
    for run in report.element.body.iter(qn("w:r")):
        rpr = run.find(qn("w:rPr"))
        if run.find(qn("w:t")) is None:
            continue
        fonts.add(rpr.find(qn("w:rFonts")).get(qn("w:eastAsia")))
    assert fonts <= {"方正小标宋简体", "黑体", "楷体_GB2312", "仿宋_GB2312"} and None not in fonts
    headings = [p for p in report.paragraphs if p.text in fmt.SECTION_TITLES.values()]
    assert all(
        r.find(qn("w:rPr")).find(qn("w:rFonts")).get(qn("w:eastAsia")) == "黑体"
        for p in headings
        for r in p._p.iter(qn("w:r"))
    )


def test_table_two_labels_and_numbers(report) -> None:
    rows = grid(report.tables[0])
    assert rows[0] == ["第二十条第（一）项"] * 4
    assert rows[1] == ["信息内容", "本年制发件数", "本年废止件数", "现行有效件数"]
    assert rows[3] == ["行政规范性文件", "12", "0", "85"]
    assert rows[5] == ["信息内容"] + ["本年处理决定数量"] * 3
    assert [row[0] for row in rows] == [
        "第二十条第（一）项", "信息内容", "规章", "行政规范性文件",
        "第二十条第（五）项", "信息内容", "行政许可",
        "第二十条第（六）项", "信息内容", "行政处罚", "行政强制",
        "第二十条第（八）项", "信息内容", "行政事业性收费",
    ]  # fmt: skip
    assert rows[-2][1:] == ["本年收费金额（单位：万元）"] * 3
    assert rows[-1] == ["行政事业性收费", "3.25", "3.25", "3.25"]


def test_table_three_has_the_national_layout_and_the_registers_numbers(
    report, register: Register
) -> None:
    table = report.tables[1]
    rows = grid(table)
    assert len(rows) == 3 + 25 and all(len(row) == 10 for row in rows)
    assert rows[0][:3] == [fmt.TABLE3_CORNER] * 3 and rows[2][0] == fmt.TABLE3_CORNER
    assert rows[0][3:] == ["申请人情况"] * 7
    assert rows[1][3:] == ["自然人"] + ["法人或其他组织"] * 5 + ["总计"]
    assert rows[2][3:] == ["自然人", *TYPE_LABELS[1:], "总计"]
    # the row labels, level by level
    assert rows[3][:3] == ["一、本年新收政府信息公开申请数量"] * 3
    assert rows[5][0] == "三、本年度办理结果" and rows[26][0] == "三、本年度办理结果"
    assert rows[7][1:3] == ["（三）不予公开", "1.属于国家秘密"]
    assert rows[14][1:3] == ["（三）不予公开", "8.属于行政查询事项"]
    assert rows[26][1:3] == ["（七）总计", "（七）总计"]
    assert rows[27][:3] == ["四、结转下年度继续办理"] * 3
    labels = [row[2] for row in rows[3:]]
    assert labels == [row.label for row in fmt.TABLE3_ROWS]
    # the numbers
    assert rows[3][3:] == [str(register.new[k]) for k in TYPES] + ["48"]
    assert rows[4][3:] == [str(register.carried_in[k]) for k in TYPES] + ["2"]
    for offset, outcome in enumerate(OUTCOMES):
        expected = [register.results[(outcome, k)] for k in TYPES]
        assert rows[5 + offset][3:] == [str(n) for n in expected] + [str(sum(expected))]
    assert rows[26][-1] == "47" and rows[27][3:] == [
        str(register.carried_out[k]) for k in TYPES
    ] + ["3"]
    # the vertical merges are real merges, not repeated text
    first_column = [row._tr.tc_lst[0] for row in table.rows[5:27]]
    assert first_column[0].tcPr.find(qn("w:vMerge")).get(qn("w:val")) == "restart"
    assert all(tc.tcPr.find(qn("w:vMerge")) is not None for tc in first_column[1:])


def test_table_four_labels_and_numbers(report) -> None:
    rows = grid(report.tables[2])
    assert rows[0] == ["行政复议"] * 5 + ["行政诉讼"] * 10
    assert rows[1][5:] == ["未经复议直接起诉"] * 5 + ["复议后起诉"] * 5
    labels = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"]
    assert rows[1][:5] == labels and rows[2] == labels * 3
    assert rows[3] == ["2", "1", "0", "1", "4", "0", "0", "0", "1", "1"] + ["0"] * 5


def test_prose_from_the_plan_and_the_register(report, register: Register) -> None:
    texts = [p.text for p in report.paragraphs]
    overview = texts.index("一、总体情况")
    assert texts[overview + 1] == "（一）推进决策和执行公开"
    assert "（五）依申请公开" in texts
    assert any("新收政府信息公开申请48件，上年结转2件" in t for t in texts)
    assert "本年度共对2件政府信息公开申请收取信息处理费，合计760元。" in texts
    assert "（二）本机关落实上级年度政务公开工作要点情况" in texts
    assert any(t.startswith("1.推进决策和执行公开。本部分共") for t in texts)
    highlighted = [
        r
        for r in report.element.body.iter(qn("w:r"))
        if r.find(f".//{qn('w:highlight')}") is not None
    ]
    assert highlighted and all(r.findtext(qn("w:t")).startswith("〔") for r in highlighted)


def test_saved_prose_replaces_the_draft(ledger: Ledger, filled, out_dir: Path) -> None:
    ledger.set_report_text(YEAR, "problems", "一是公开内容还不够全面。\n二是解读形式较单一。")
    ledger.set_report_text(YEAR, "organization", "江门市测试局")
    ledger.set_report_text(YEAR, "other_matters", "人大代表建议和政协提案办理结果均已公开。")
    path = export_annual_report_docx(ledger, YEAR, out_dir / "r.docx", today=TODAY)
    texts = [p.text for p in docx.Document(str(path)).paragraphs]
    assert texts[0] == "江门市测试局\n2024年政府信息公开工作年度报告"
    start = texts.index("五、存在的主要问题及改进情况")
    assert texts[start + 1 : start + 3] == ["一是公开内容还不够全面。", "二是解读形式较单一。"]
    assert "（三）其他需要报告的事项" in texts


def test_heading_levels_in_prose() -> None:
    runs, alone = prose_runs("（一）主动公开")
    assert alone and "楷体_GB2312" in runs
    runs, alone = prose_runs("（二）依申请公开。本年度共收到申请5件。")
    assert not alone and runs.count("<w:r>") == 2
    runs, _ = prose_runs("1.推进决策公开。本部分共3项任务")
    assert "<w:b/>" in runs


def test_statistics_workbook(ledger: Ledger, filled: Register, out_dir: Path) -> None:
    ledger.set_report_value(YEAR, "disclosed", "business", 9, "纸质登记")
    path = export_annual_report_xlsx(ledger, YEAR, out_dir / "统计.xlsx", today=TODAY)
    book = openpyxl.load_workbook(path)
    assert book.sheetnames == [
        "表二 主动公开",
        "表三 依申请公开",
        "表四 复议诉讼",
        "校验",
        "依申请公开登记",
    ]
    sheet = book["表三 依申请公开"]
    assert sheet["A2"].value == fmt.TABLE3_CORNER and "A2:C4" in sheet.merged_cells
    assert sheet["D2"].value == "申请人情况" and sheet["J3"].value == "总计"
    assert sheet["A5"].value == "一、本年新收政府信息公开申请数量" and sheet["J5"].value == 48
    disclosed = sheet["E7"]  # 商业企业 column of (一)予以公开
    assert disclosed.value == 9 and "手工调整" in disclosed.comment.text
    assert "纸质登记" in disclosed.comment.text
    failing = sheet["E29"]  # 四、结转下年度继续办理, 商业企业: the balance no longer holds
    assert sheet["A29"].value == "四、结转下年度继续办理" and failing.comment is not None
    checks = [row[0] for row in book["校验"].iter_rows(min_row=2, values_only=True)]
    assert any("商业企业" in text for text in checks)
    register_rows = list(book["依申请公开登记"].iter_rows(min_row=2, values_only=True))
    assert len(register_rows) == 48 + 2  # this year's and the two carried in
    assert book["表二 主动公开"]["B5"].value == 12


def test_formula_like_request_text_stays_text(ledger: Ledger, out_dir: Path) -> None:
    from datetime import date

    ledger.add_application(
        received_on=date(YEAR, 3, 1), channel="online", applicant_type="other_org",
        content="=HYPERLINK(\"http://x\")",
    )  # fmt: skip
    path = export_annual_report_xlsx(ledger, YEAR, out_dir / "x.xlsx", today=TODAY)
    cell = openpyxl.load_workbook(path)["依申请公开登记"]["F2"]
    assert cell.data_type == "s" and cell.value == '=HYPERLINK("http://x")'


def test_a_report_without_plan_or_requests(ledger: Ledger, out_dir: Path) -> None:
    path = export_annual_report_docx(ledger, 2030, out_dir / "空.docx")
    document = docx.Document(str(path))
    # no office known: a visible placeholder where its name goes
    assert document.paragraphs[0].text == "〔单位名称〕\n2030年政府信息公开工作年度报告"
    assert len(document.tables) == 3
    assert grid(document.tables[1])[3][3:] == ["0"] * 7


def test_a_heading_ending_in_a_full_stop_is_not_stopped_twice(ledger: Ledger) -> None:
    from govledger.domain.model import TaskKind
    from govledger.exporters.annual_report_data import build_annual_report

    plan = ledger.create_plan("方案", YEAR).first_created("plans")
    heading = ledger.add_task(plan, "一、做好财政信息公开。", kind=TaskKind.HEADING)
    ledger.add_task(plan, "公开部门预算", parent_id=heading.first_created("tasks"))
    work_points = build_annual_report(ledger, YEAR, today=TODAY).text("work_points")
    assert "1.做好财政信息公开。本部分" in work_points and "。。" not in work_points


def _highlighted(document) -> list[str]:
    return [
        "".join(t.text for t in run.iter(qn("w:t")))
        for run in document.element.body.iter(qn("w:r"))
        if run.find(f".//{qn('w:highlight')}") is not None
    ]


def test_no_office_is_a_placeholder_in_title_body_and_signature(
    ledger: Ledger, out_dir: Path, capsys
) -> None:
    from datetime import date

    from govledger.cli import main

    plan = ledger.create_plan("方案", YEAR).first_created("plans")
    ledger.add_task(plan, "按时完成工作", status=Status.DONE)
    made = date(YEAR + 1, 1, 20)
    path = export_annual_report_docx(ledger, YEAR, out_dir / "r.docx", today=made)
    document = docx.Document(str(path))
    texts = [p.text for p in document.paragraphs]
    assert texts[0].startswith("〔单位名称〕")
    intro = next(t for t in texts if "方案共明确具体工作任务1项" in t)
    assert intro.startswith(f"{YEAR}年，〔单位名称〕认真贯彻落实")
    # the figures are as of the end of the report year, not of the day of export
    assert f"截至{YEAR}年12月31日" in intro
    # the report ends with the issuing office and the date
    assert [t for t in texts if t][-2:] == ["〔单位名称〕", f"{YEAR + 1}年1月20日"]
    assert _highlighted(document).count("〔单位名称〕") >= 2
    out = out_dir / "cli.docx"
    assert (
        main(["--db", ledger.location, "export", "report", "--year", str(YEAR), "-o", str(out)])
        == 0
    )
    err = capsys.readouterr().err
    assert "单位名称" in err
    # during the year the date is left for the clerk to fill in
    ledger.set_report_text(YEAR, "organization", "江门市测试局")
    path = export_annual_report_docx(ledger, YEAR, out_dir / "s.docx", today=date(YEAR, 6, 1))
    texts = [p.text for p in docx.Document(str(path)).paragraphs if p.text]
    assert texts[-2:] == ["江门市测试局", "〔成文日期〕"]
    assert any(t.startswith(f"{YEAR}年，江门市测试局认真贯彻落实") for t in texts)


def test_failing_checks_are_marked_in_the_document(
    ledger: Ledger, filled: Register, out_dir: Path
) -> None:
    ledger.set_report_value(YEAR, "disclosed", "business", 9, "纸质登记")
    path = export_annual_report_docx(ledger, YEAR, out_dir / "r.docx", today=TODAY)
    document = docx.Document(str(path))
    notes = [t for t in _highlighted(document) if t.startswith("〔勾稽关系校验未通过")]
    assert len(notes) == 1 and "商业企业" in notes[0]
    table3 = document.tables[1]
    shaded = [
        cell.text
        for row in table3.rows
        for cell in row.cells
        if cell._tc.find(f"{qn('w:tcPr')}/{qn('w:shd')}") is not None
    ]
    assert shaded  # the failing cells are shaded red
    untouched = export_annual_report_docx(ledger, 2031, out_dir / "ok.docx", today=TODAY)
    assert not any("勾稽关系" in t for t in _highlighted(docx.Document(str(untouched))))


def test_register_marks_a_reply_past_its_limit(ledger: Ledger, out_dir: Path) -> None:
    from datetime import date

    for received, replied in (
        (date(YEAR, 3, 1), None),  # 20 working days passed long ago, no reply
        (date(YEAR, 3, 4), date(YEAR, 3, 20)),  # answered in time
        (date(YEAR, 6, 11), None),  # still within its limit
    ):
        ledger.add_application(
            received_on=received,
            channel="online",
            applicant_type="natural_person",
            content="申请公开某文件",
            replied_on=replied,
            outcome="disclosed" if replied else None,
        )
    path = export_annual_report_xlsx(ledger, YEAR, out_dir / "r.xlsx", today=TODAY)
    sheet = openpyxl.load_workbook(path)["依申请公开登记"]
    header = [cell.value for cell in sheet[1]]
    state, limit = header.index("答复情况"), header.index("答复期限")
    rows = list(sheet.iter_rows(min_row=2))
    states = [row[state].value for row in rows]
    assert states[0].startswith("已超期") and states[0].endswith("个工作日未答复")
    assert states[1] == "已答复" and states[2].startswith("剩余")
    late = rows[0]
    assert late[state].fill.fgColor.rgb.endswith("FFC7CE")
    assert late[limit].fill.fgColor.rgb.endswith("FFC7CE")
    assert rows[1][state].fill.fgColor.rgb in (None, "00000000")


def test_every_statistics_sheet_prints_titles_and_page_numbers(
    ledger: Ledger, filled: Register, out_dir: Path
) -> None:
    path = export_annual_report_xlsx(ledger, YEAR, out_dir / "print.xlsx", today=TODAY)
    book = openpyxl.load_workbook(path)
    for sheet in book.worksheets:
        assert sheet.print_title_rows, sheet.title
        assert sheet.oddFooter.center.text == "第 &P 页 共 &N 页", sheet.title
        assert sheet.page_setup.paperSize == 9 and sheet.page_setup.fitToWidth == 1
        assert sheet.sheet_properties.pageSetUpPr.fitToPage
    landscape = {s.title for s in book.worksheets if s.page_setup.orientation == "landscape"}
    assert landscape == {"表四 复议诉讼", "依申请公开登记"}
    # the title and the whole header block of a table repeat: 表三's header ends at row 4
    assert book["表三 依申请公开"].print_title_rows == "$1:$4"
