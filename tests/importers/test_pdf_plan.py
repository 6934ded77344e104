"""Text PDFs: tables from the text layer, pages joined, scans and locked files refused clearly."""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.lib.pdfencrypt import StandardEncryption
from reportlab.platypus import PageBreak, SimpleDocTemplate

from govledger.importers import PlanImportError, load_plan
from govledger.importers.pdf_pages import is_page_number, join_cell_lines
from tests.importers.corpus_builders.pdf import paragraphs, plan_table, scanned, styles, write_pdf

HEADER = ["序号", "具体要求", "责任单位", "完成时限"]


def _texts(path: Path) -> list[str]:
    return [task.text for _path, task in load_plan(path).requirements()]


def _refused(path: Path) -> PlanImportError:
    with pytest.raises(PlanImportError) as caught:
        load_plan(path)
    text = str(caught.value)
    assert str(path) in text and "\n" not in text
    return caught.value


def test_wrapped_cell_lines_are_joined_and_stray_spaces_removed() -> None:
    assert join_cell_lines("做好各 类规划主动\n公开，及时 更新") == "做好各类规划主动公开，及时更新"
    assert join_cell_lines("Open\nData 平台") == "Open Data平台"
    assert join_cell_lines(None) == ""


def test_numbered_lines_in_a_cell_stay_apart() -> None:
    assert join_cell_lines("1.公开预算\n信息。\n2.公开决算。") == "1.公开预算信息。\n2.公开决算。"
    assert join_cell_lines("1.公开预算\n2.公开决算") == "1.公开预算\n2.公开决算"
    assert join_cell_lines("安排专项经费\n1.5万元用于网站改版") == "安排专项经费1.5万元用于网站改版"


@pytest.mark.parametrize("line", ["- 2 -", "— 13 —", "第 3 页", "第2页 共5页", "4/9", "7"])
def test_page_numbers_are_page_furniture(line: str) -> None:
    assert is_page_number(line)


@pytest.mark.parametrize("line", ["2023年3月1日", "一、加强政策解读", "第一条"])
def test_content_is_no_page_number(line: str) -> None:
    assert not is_page_number(line)


def test_merged_cells_show_their_text_in_every_row(tmp_path: Path) -> None:
    _body, title, _right = styles()
    rows = [
        ["工作任务", "具体要求", "责任单位"],
        ["一、公开财政信息", "1.公开部门预算。", "财务科"],
        ["", "2.公开部门决算。", "财务科"],
        ["二、回应关切", "3.及时回应舆情。", "办公室"],
    ]
    path = write_pdf(
        tmp_path / "merged.pdf",
        [
            *paragraphs(["某局2023年政务公开工作要点"], title),
            plan_table(rows, [120, 200, 100], spans=[((0, 1), (0, 2))]),
        ],
    )
    tasks = [(path, task) for path, task in load_plan(path).requirements()]
    assert [[heading.text for heading in path] for path, _task in tasks] == [
        ["一、公开财政信息"],
        ["一、公开财政信息"],
        ["二、回应关切"],
    ]


def _two_pages(tmp_path: Path, first: list[list[str]], second: list[list[str]]) -> Path:
    _body, title, _right = styles()
    widths = [30, 250, 100, 90][: len(first[0])]
    return write_pdf(
        tmp_path / "pages.pdf",
        [
            *paragraphs(["某局2023年政务公开任务分解表"], title),
            plan_table(first, widths),
            PageBreak(),
            plan_table(second, widths),
        ],
    )


def test_row_cut_by_a_page_break_continues_on_the_next_page(tmp_path: Path) -> None:
    path = _two_pages(
        tmp_path,
        [
            HEADER,
            ["1", "公开年度重点工作", "办公室", "全年"],
            ["2", "公开部门预算、决算及", "财务科、", "6月底前"],  # cut here
        ],
        [
            HEADER,
            ["", "“三公”经费。", "审计科", ""],
            ["3", "做好年报发布。", "办公室", "1月31日前"],
        ],
    )
    draft = load_plan(path)
    tasks = [task for _path, task in draft.requirements()]
    assert [task.text for task in tasks] == [
        "公开年度重点工作",
        "公开部门预算、决算及“三公”经费。",
        "做好年报发布。",
    ]
    assert tasks[1].lead_units == ["财务科", "审计科"]
    assert tasks[1].deadline_text == "6月底前"


def test_a_complete_row_at_a_page_end_is_not_joined_to_the_next(tmp_path: Path) -> None:
    header = ["工作任务", "具体要求", "责任单位"]
    path = _two_pages(
        tmp_path,
        [header, ["一、公开财政信息", "公开部门预算。", "财务科"]],
        [["", "公开部门决算。", "财务科"]],  # header not repeated; an unnumbered duty
    )
    assert _texts(path) == ["公开部门预算。", "公开部门决算。"]


def test_text_after_the_table_is_listed_as_not_imported(tmp_path: Path) -> None:
    body, title, _right = styles()
    path = write_pdf(
        tmp_path / "note.pdf",
        [
            *paragraphs(["某局2023年政务公开工作要点"], title),
            plan_table([HEADER, ["1", "公开预算。", "财务科", "全年"]], [30, 250, 100, 90]),
            *paragraphs(["注：各科室每月5日前报送上月落实情况。"], body),
        ],
    )
    skipped = load_plan(path).skipped
    assert [item.source for item in skipped] == ["注：各科室每月5日前报送上月落实情况。"]


def test_a_scan_is_told_to_be_a_scan(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = scanned(tmp_path / "扫描件.pdf")
    assert _refused(path).key == "import.pdf_scanned"
    monkeypatch.setenv("GOVLEDGER_LANG", "zh_CN")
    text = str(_refused(path))
    assert "扫描件" in text and "OCR" in text and "Word" in text


def test_a_typed_notice_over_a_scanned_table_is_told_to_be_a_scan(tmp_path: Path) -> None:
    from PIL import Image
    from reportlab.pdfgen import canvas

    from govledger.exporters.fonts import cjk_fonts

    image = tmp_path / "table.png"
    Image.new("RGB", (300, 400), "white").save(image)
    path = tmp_path / "notice-and-scan.pdf"
    pdf = canvas.Canvas(str(path))
    pdf.setFont(cjk_fonts().body, 12)
    for line, text in enumerate(
        ["某局关于印发2023年政务公开工作要点的通知", "各科室：现将工作要点印发给你们。"]
    ):
        pdf.drawString(72, 760 - 20 * line, text)
    pdf.drawString(72, 700, "某局办公室 2023年3月1日")
    pdf.showPage()
    pdf.drawImage(str(image), 40, 40, width=500, height=700)  # the attachment, scanned
    pdf.showPage()
    pdf.save()
    assert _refused(path).key == "import.pdf_scanned"


def _encrypted(path: Path, user_password: str) -> Path:
    _body, title, _right = styles()
    encryption = StandardEncryption(user_password, ownerPassword="owner", canCopy=0)
    document = SimpleDocTemplate(str(path), encrypt=encryption)
    document.build(
        [
            *paragraphs(["某局2023年政务公开任务分解表"], title),
            plan_table([HEADER, ["1", "公开年度重点工作。", "办公室", "全年"]], [30, 250, 100, 90]),
        ]
    )
    return path


def test_a_pdf_locked_with_an_open_password_is_refused(tmp_path: Path) -> None:
    path = _encrypted(tmp_path / "locked.pdf", user_password="secret")
    assert _refused(path).key == "import.pdf_encrypted"


def test_a_pdf_only_restricted_from_copying_still_imports(tmp_path: Path) -> None:
    # Offices often set an owner password (no copying, no printing) with no open password.
    path = _encrypted(tmp_path / "restricted.pdf", user_password="")
    assert _texts(path) == ["公开年度重点工作。"]


def test_a_letter_in_a_pdf_holds_no_plan(tmp_path: Path) -> None:
    body, title, _right = styles()
    path = write_pdf(
        tmp_path / "letter.pdf",
        [
            *paragraphs(["关于召开工作会议的通知"], title),
            *paragraphs(["各科室：定于下周一上午九时在三楼会议室召开工作会议，请准时参加。"], body),
        ],
    )
    assert _refused(path).key == "import.no_plan"


def test_text_before_the_table_gives_title_and_document_number(tmp_path: Path) -> None:
    body, title, right = styles()
    path = write_pdf(
        tmp_path / "notice.pdf",
        [
            *paragraphs(["某县教育局文件", "某教〔2024〕3号"], title),
            *paragraphs(["现将工作要点印发给你们，请认真落实。"], body),
            *paragraphs(["某县教育局", "2024年2月1日"], right),
            *paragraphs(["某县教育局2024年政务公开工作要点"], title),
            plan_table(
                [HEADER, ["1", "公开招生政策。", "基础教育股", "5月底前"]], [30, 250, 100, 90]
            ),
        ],
    )
    draft = load_plan(path)
    assert draft.title == "某县教育局2024年政务公开工作要点"
    assert draft.document_number == "某教〔2024〕3号"
    assert draft.organization == "某县教育局"
    assert draft.source_name == "notice.pdf"
    assert [task.due.isoformat() for _p, task in draft.requirements() if task.due] == ["2024-05-31"]


def test_a_pdf_whose_chinese_font_is_not_embedded(tmp_path: Path) -> None:
    # Many offices' PDFs name 宋体 without embedding it: the text is CIDs in the
    # UniGB-UCS2-H encoding, mapped back to characters by pdfminer's CMaps.
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import Paragraph, Table, TableStyle

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    style = ParagraphStyle("song", fontName="STSong-Light", fontSize=10.5, leading=15)
    rows = [HEADER, ["1", "公开部门预算和决算。", "财务科", "全年"]]
    table = Table([[Paragraph(text, style) for text in row] for row in rows], [30, 250, 100, 90])
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.6, "black")]))
    path = write_pdf(tmp_path / "song.pdf", [Paragraph("某局2023年政务公开工作要点", style), table])
    draft = load_plan(path)
    assert draft.title == "某局2023年政务公开工作要点"
    assert [(task.text, task.units_text) for _p, task in draft.requirements()] == [
        ("公开部门预算和决算。", "财务科")
    ]


@pytest.mark.parametrize("header_repeated", [True, False])
def test_a_borderless_table_over_two_pages(tmp_path: Path, header_repeated: bool) -> None:
    _body, title, _right = styles()
    widths = [32, 250, 120, 90]
    first = [
        HEADER,
        ["1", "公开年度重点民生实事项目及进展情况，按季度更新。", "发展规划科", "每季度"],
        ["2", "公开义务教育招生入学政策、学区划分和招生计划，", "基础教育科", "5月底前"],
    ]
    second = [
        ["", "同步做好政策解读。", "", ""],  # the rest of row 2, cut by the page break
        ["3", "公开教育收费项目、标准及依据。", "财务审计科", "8月底前"],
    ]
    path = write_pdf(
        tmp_path / "borderless.pdf",
        [
            *paragraphs(["某县教育局2024年政务公开重点任务清单"], title),
            plan_table(first, widths, ruled=False),
            PageBreak(),
            plan_table([HEADER, *second] if header_repeated else second, widths, ruled=False),
        ],
    )
    tasks = [task for _p, task in load_plan(path).requirements()]
    assert [(task.number, task.text, task.units_text) for task in tasks] == [
        ("1", "公开年度重点民生实事项目及进展情况，按季度更新。", "发展规划科"),
        ("2", "公开义务教育招生入学政策、学区划分和招生计划，同步做好政策解读。", "基础教育科"),
        ("3", "公开教育收费项目、标准及依据。", "财务审计科"),
    ]


def test_prose_after_a_borderless_table_is_no_part_of_it(tmp_path: Path) -> None:
    body, title, _right = styles()
    rows = [
        HEADER,
        ["1", "公开年度重点民生实事项目及进展情况，按季度更新。", "发展规划科", "每季度"],
        ["2", "公开义务教育招生入学政策和招生计划。", "基础教育科", "5月底前"],
    ]
    note = "各单位要高度重视政务公开工作，明确分管领导和具体工作人员，确保各项任务按时保质完成。"
    path = write_pdf(
        tmp_path / "borderless-then-prose.pdf",
        [
            *paragraphs(["某县教育局2024年政务公开重点任务清单"], title),
            plan_table(rows, [32, 250, 120, 90], ruled=False),
            PageBreak(),
            *paragraphs([note], body),
        ],
    )
    draft = load_plan(path)
    assert [task.units_text for _p, task in draft.requirements()] == ["发展规划科", "基础教育科"]
    assert [item.source for item in draft.skipped] == [note]
