"""Text PDFs for the corpus (pdf-*.pdf), drawn with reportlab in a system CJK font.

Each is the kind of attachment offices post: a table printed from Word with its
ruling lines (cells merged down a column, the header repeated on every page, a row
cut by a page break), a borderless three-line table, a prose plan with no table.
Stray spaces between characters are written into some cells as PDF extraction
produces them. A table running over several pages is drawn as one table per page
(the way Word prints it: the header repeated or not, a row cut by the page break
continued at the top of the next page with an empty 序号), not with reportlab's own
row splitting.
"""

# ruff: noqa: E501  (rows of plan text read best one row to a line)
from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from govledger.exporters.fonts import cjk_fonts


def styles() -> tuple[ParagraphStyle, ParagraphStyle, ParagraphStyle]:
    font = cjk_fonts().body
    body = ParagraphStyle("body", fontName=font, fontSize=10.5, leading=15, wordWrap="CJK")
    title = ParagraphStyle("title", parent=body, fontSize=16, leading=24, alignment=1)
    right = ParagraphStyle("right", parent=body, alignment=2)
    return body, title, right


def paragraphs(texts: Sequence[str], style: ParagraphStyle) -> list[Paragraph]:
    return [Paragraph(text, style) for text in texts]


def plan_table(
    rows: Sequence[Sequence[str]],
    widths: Sequence[float],
    *,
    ruled: bool = True,
    header_rows: int = 1,  # for the rules of a three-line table
    spans: Sequence[tuple[tuple[int, int], tuple[int, int]]] = (),
) -> Table:
    body, _title, _right = styles()
    cells = [[Paragraph(text, body) for text in row] for row in rows]
    table = Table(cells, colWidths=list(widths))
    commands: list[tuple[object, ...]] = [("VALIGN", (0, 0), (-1, -1), "TOP")]
    if ruled:
        commands.append(("GRID", (0, 0), (-1, -1), 0.6, colors.black))
    else:  # a three-line table: rules above and below the header, and at the end
        commands += [
            ("LINEABOVE", (0, 0), (-1, 0), 1.2, colors.black),
            ("LINEBELOW", (0, header_rows - 1), (-1, header_rows - 1), 0.6, colors.black),
            ("LINEBELOW", (0, -1), (-1, -1), 1.2, colors.black),
        ]
    commands += [("SPAN", start, end) for start, end in spans]
    table.setStyle(TableStyle(commands))
    return table


def write_pdf(path: Path, story: list[object]) -> Path:
    document = SimpleDocTemplate(
        str(path),
        pagesize=A4,
        leftMargin=56,
        rightMargin=56,
        topMargin=56,
        bottomMargin=56,
        invariant=True,  # no build time or random id: the same bytes on every build
    )
    document.build(story)
    return path


def ruled_with_notice(path: Path) -> Path:
    """A covering notice with 文号, then a ruled table whose 工作任务 cells are merged."""
    body, title, right = styles()
    rows = [
        ["序号", "工作任务", "具体要求", "责任单位", "完成时限"],
        ["1", "一、加强政策 解读回应",
         "主要负责同志年内至少解读重要政策 1 次，解读材料与政策文件同步发布。",
         "办公室牵头，政策法规科配合", "2023年12月底前"],
        ["2", "",
         "围绕企业和群众关切 的热点问题，及时发布权威信息，回应社会关切。",
         "办公室、各业务科室", "持续推进"],
        ["3", "二、推进重点领域信息公开",
         "做好行政许可、行政处罚等执法信息公开，执法决定作出后7个工作日内公开。",
         "执法监督科牵头，各执法科室配合", "长期"],
        ["4", "",
         "按季度公开重点项目建设进展情况，接受社会监督。",
         "项目管理科", "每季度"],
        ["5", "三、夯实公开平台基础",
         "对门户网站栏目进行全面自查，清理空白栏目和 过期信息，确保内容准确。",
         "信息中心", "2023年6月30日前"],
        ["6", "",
         "按时编制并发布2022年度政府信息公开工作年度报告。",
         "办公室", "2023年1月31日前"],
    ]  # fmt: skip
    story: list[object] = [
        *paragraphs(["明州市住房和城乡建设局文件", "明住建〔2023〕12号"], title),
        Spacer(1, 6),
        *paragraphs(["明州市住房和城乡建设局关于印发《明州市住房和城乡建设局2023年政务公开工作要点分工方案》的通知"], title),
        *paragraphs(
            [
                "局属各单位、机关各科室：",
                "现将《明州市住房和城乡建设局2023年政务公开工作要点分工方案》印发给你们，请认真抓好落实。",
            ],
            body,
        ),
        *paragraphs(["明州市住房和城乡建设局", "2023年3月15日"], right),
        Spacer(1, 12),
        *paragraphs(["明州市住房和城乡建设局2023年政务公开工作要点分工方案"], title),
        Spacer(1, 6),
        plan_table(rows, [28, 88, 190, 98, 72], spans=[((1, 1), (1, 2)), ((1, 3), (1, 4)), ((1, 5), (1, 6))]),
    ]  # fmt: skip
    return write_pdf(path, story)


_DUTIES_2022 = [
    ("主动公开年度重点工作任务及完成情况，按季度更新进展。", "办公室", "每季度"),
    ("公开部门预算、决算及“三公”经费，细化到功能分类项级科目。", "财务科", "按规定时限"),
    ("做好政府信息公开申请办理工作，严格在法定期限内答复。", "办公室牵头，各科室配合", "长期"),
    ("规范政策文件发布，同步发布 政策解读材料。", "政策法规科", "全年"),
    ("公开行政审批事项办事指南，实现办事指南要素完整准确。", "行政审批科", "2022年6月底前"),
    ("及时发布就业创业扶持政策和补贴申领信息。", "就业促进科", "持续推进"),
    ("公开养老保险待遇调整政策及执行情况。", "社会保险科", "2022年9月底前"),
    ("做好人才引进政策宣传和公开招聘信息发布。", "人才开发科", "长期"),
    ("公开劳动保障监察执法结果，曝光重大劳动违法行为。", "劳动监察大队", "每季度"),
    ("完善政务新媒体管理，确保发布信息准确及时。", "办公室、信息中心", "全年"),
    ("开展政府开放日活动，邀请群众代表参与。", "办公室", "2022年10月底前"),
    ("加强政务公开业务培训，提升工作人员业务能力，全年组织培训不少于2次，并将培训"
     "情况纳入年度考核，培训内容包括政府信息公开条例、依申请公开办理流程、政策解读"
     "工作规范、政务新媒体管理、网站内容保障、个人信息保护要求、公开属性源头认定、"
     "公开前保密审查等，确保各科室至少一名工作人员熟悉政务公开各项业务要求，能够"
     "独立承担本科室政府信息的梳理、审核、发布和更新工作，做到应公开尽公开、"
     "公开内容准确规范，切实提高本单位政务公开工作质量和水平。",
     "办公室牵头，各科室、各直属单位配合", "2022年11月底前"),
    ("做好社会保障卡服务网点信息公开。", "社会保险科", "2022年8月底前"),
    ("公开职业技能提升行动补贴发放情况。", "职业能力建设科", "每半年"),
    ("公开劳动人事争议仲裁办案指南。", "仲裁院", "2022年7月底前"),
    ("完善依申请公开答复文书格式，规范答复用语。", "办公室、政策法规科", "2022年5月底前"),
    ("做好年度报告编制发布工作。", "办公室", "每年1月31日前"),
]  # fmt: skip


def multipage_repeated_header(path: Path) -> Path:
    """A ruled table over three pages, its header repeated, row 12 cut by a page break."""
    _body, title, _right = styles()
    header = ["序号", "具体要求", "责任单位", "时间节点"]
    rows = [[str(i), text, units, limit] for i, (text, units, limit) in enumerate(_DUTIES_2022, 1)]
    long_text = rows[11][1]
    cut = long_text.index("确保各科室")
    first_part = ["12", long_text[:cut], "办公室牵头，各科室、", "2022年11月底前"]
    rest = ["", long_text[cut:], "各直属单位配合", ""]
    widths = [30, 250, 110, 90]
    story: list[object] = [
        *paragraphs(["滨江县人力资源和社会保障局2022年政务公开工作任务分解表"], title),
        Spacer(1, 8),
        plan_table([header, *rows[:11], first_part], widths),
        PageBreak(),
        plan_table([header, rest, *rows[12:15]], widths),
        PageBreak(),
        plan_table([header, *rows[15:]], widths),
    ]
    return write_pdf(path, story)


def borderless(path: Path) -> Path:
    """A three-line table (no column rules): columns come from how the words line up."""
    _body, title, right = styles()
    rows = [
        ["序号", "具体要求", "责任单位", "完成时限"],
        ["1", "在门户网站集中公开本年度重点民生实事项目及进展情况。", "发展规划科", "2024年3月底前"],
        ["2", "公开义务教育招生入学政策、学区划分和招生计划，做好政策解读。", "基础教育科", "2024年5月底前"],
        ["3", "公开教育收费项目、标准及依据，设立 举报电话。", "财务审计科", "2024年8月底前"],
        ["4", "做好教育领域政府信息公开申请办理，按时答复。", "办公室牵头，各科室配合", "长期"],
        ["5", "发布学生资助政策，公示资助名单。", "学生资助中心", "每学期"],
    ]  # fmt: skip
    story: list[object] = [
        *paragraphs(["云阳县教育局2024年政务公开重点任务清单"], title),
        Spacer(1, 10),
        plan_table(rows, [32, 250, 120, 90], ruled=False),
        Spacer(1, 16),
        *paragraphs(["云阳县教育局办公室", "2024年2月20日印发"], right),
    ]  # fmt: skip
    return write_pdf(path, story)


def prose(path: Path) -> Path:
    """No table: numbered paragraphs ending in the units' parenthesis."""
    body, title, right = styles()
    plan_text = [
        "一、深化重点领域信息公开",
        "1.加大财政预决算公开力度，细化公开内容，部门预决算在批复后20日内公开。"
        "（财政局牵头，各预算单位负责落实）",
        "2.做好重大建设项目批准和实施信息公开，按季度更新项目进展。（发展改革局牵头，各项目单位配合）",
        "二、提升政务公开 工作质效",
        "3.加强政府网站内容保障，每季度开展一次全面检查，及时整改发现的问题。（县政府办公室）",
        "4.规范政府信息公开申请办理，严格落实登记、审核、答复等程序。（县政府办公室牵头，各单位配合）",
    ]
    story: list[object] = [
        *paragraphs(["石门县2023年政务公开工作实施方案"], title),
        Spacer(1, 10),
        *paragraphs(plan_text, body),
        Spacer(1, 16),
        *paragraphs(["石门县人民政府办公室", "2023年4月6日"], right),
    ]
    return write_pdf(path, story)


def two_level_header(path: Path) -> Path:
    """责任单位 over 牵头单位 | 配合单位; no 序号; the header not repeated on page 2."""
    _body, title, _right = styles()
    rows = [
        ["工作任务", "具体要求", "责任单位", "", "完成时限"],
        ["", "", "牵头单位", "配合单位", ""],
    ]
    duties = [
        ("一、做好权力运行信息公开", "1.动态调整权责清单，并在门户网站集中公开。", "法制科", "各科室", "2023年6月底前"),
        ("", "2.公开行政执法主体、依据、程序和结果，执法结果7个工作日内公开。", "执法大队", "法制科", "长期"),
        ("二、做好政策解读回应", "3.重要政策文件与解读材料同步起草、同步审签、同步发布。", "办公室", "各起草科室", "全年"),
        ("", "4.对涉及群众切身利益的政策，在出台前公开征求意见，征求意见期限一般不少于30日。", "政策法规科", "各科室", "长期"),
        ("三、加强平台建设", "5.规范政务新媒体运维，落实信息发布三审三校制度。", "信息中心", "办公室", "持续推进"),
        ("", "6.优化门户网站政府信息公开专栏，按照标准目录调整栏目设置，确保栏目内容与目录"
             "一致，做到信息分类科学、检索便捷，并在每季度末对栏目内容开展一次自查，对发现的"
             "空白栏目、内容过时、链接失效等问题建立台账并限期整改，整改情况在下季度首月报送"
             "办公室汇总，确保专栏信息完整、准确、及时更新，提升群众查阅信息的便利度和满意度。",
         "信息中心", "各科室", "2023年9月底前"),
        ("", "7.编制发布政府信息公开工作年度报告。", "办公室", "", "每年1月31日前"),
    ]  # fmt: skip
    long_text = duties[5][1]
    cut = long_text.index("空白栏目")
    first_part = ["", long_text[:cut], "信息中心", "各科室", "2023年9月底前"]
    rest = ["", long_text[cut:], "", "", ""]
    page_one = [*rows, *[list(row) for row in duties[:5]], first_part]
    page_two = [rest, list(duties[6])]
    header_spans = [((0, 0), (0, 1)), ((1, 0), (1, 1)), ((2, 0), (3, 0)), ((4, 0), (4, 1))]
    task_spans = [((0, 2), (0, 3)), ((0, 4), (0, 5)), ((0, 6), (0, 7))]
    widths = [80, 200, 70, 70, 70]
    story: list[object] = [
        *paragraphs(["清河县市场监督管理局2023年政务公开工作方案"], title),
        Spacer(1, 8),
        plan_table(page_one, widths, spans=[*header_spans, *task_spans]),
        PageBreak(),
        plan_table(page_two, widths, spans=[((0, 0), (0, 1))]),
    ]
    return write_pdf(path, story)


def scanned(path: Path) -> Path:
    """A scan: the page is one image, no text layer (used by the unit tests, not gold)."""
    from PIL import Image, ImageDraw
    from reportlab.pdfgen import canvas

    image_path = path.with_suffix(".png")
    image = Image.new("RGB", (600, 800), "white")
    draw = ImageDraw.Draw(image)
    for y in range(100, 700, 40):
        draw.line((50, y, 550, y), fill="black", width=2)
    image.save(image_path)
    page = canvas.Canvas(str(path), pagesize=A4)
    page.drawImage(str(image_path), 40, 40, width=515, height=760)
    page.showPage()
    page.save()
    image_path.unlink()
    return path


DOCUMENTS = {
    "pdf-ruled-notice-2023.pdf": ruled_with_notice,
    "pdf-multipage-2022.pdf": multipage_repeated_header,
    "pdf-borderless-2024.pdf": borderless,
    "pdf-prose-2023.pdf": prose,
    "pdf-twolevel-2023.pdf": two_level_header,
}


def build(target: Path) -> list[Path]:
    return [make(target / name) for name, make in DOCUMENTS.items()]
