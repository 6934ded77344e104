"""Word plans the tests build: prose, flat tables, merges, repeated headers, sections."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from govledger.domain.model import Recurrence, TaskKind
from govledger.importers import load_plan
from tests.importers.documents import build_docx, build_prose_docx


def _requirements(path: Path) -> list[dict]:
    return load_plan(path).to_json()["requirements"]


def test_prose_plan_with_responsibility_parentheses(tmp_path: Path) -> None:
    path = build_prose_docx(
        tmp_path / "prose.docx",
        [
            "市政务服务数据管理局2023年政务公开工作要点分工方案",
            "一、深化重点领域信息公开",
            "（一）加强规划信息公开。主动公开“十四五”规划中期评估报告。"
            "（办公室、政策法规处牵头，各处室、单位负责落实）",
            "（二）做好财政信息公开。按要求公开部门预决算，2023年6月底前完成。"
            "（牵头单位：市审批局；责任单位：市直各部门）",
            "二、加强政务公开平台建设",
            "（一）优化政府网站。",
            "这一段是说明，不是任务。",
            "1. 每季度开展一次网站自查。（信息中心牵头，各科室配合）",
            "2. 完成适老化改造。（信息中心，2023年10月底前）",
            "（二）持续优化营商环境信息公开（政务服务科牵头，各科室配合）",
            "1. 公开办事指南。",
            "2. 每月10日前更新事项清单。",
        ],
    )
    draft = load_plan(path)
    assert (draft.year, draft.organization) == (2023, "市政务服务数据管理局")
    requirements = draft.to_json()["requirements"]
    # numbering restarts per section: plan-wide 序号 1…N, the printed numbering as label
    assert [r["number"] for r in requirements] == ["1", "2", "3", "4", "5", "6"]
    assert [r["label"] for r in requirements] == ["（一）", "（二）", "1.", "2.", "1.", "2."]
    assert draft.to_json()["skipped"][0]["source"] == "这一段是说明，不是任务。"
    first, second, check, ageing, guide, monthly = requirements
    assert first["path"] == ["一、深化重点领域信息公开"]
    assert first["text"] == "加强规划信息公开。主动公开“十四五”规划中期评估报告。"
    assert (first["lead_units"], first["co_units"]) == (
        ["办公室", "政策法规处"],
        ["各处室、单位"],  # one unit: the 、单位 completes 各处室
    )
    assert second["units_text"] == "牵头单位：市审批局；责任单位：市直各部门"
    assert (second["lead_units"], second["co_units"]) == (["市审批局"], ["市直各部门"])
    assert second["due"] == "2023-06-30"
    assert check["path"] == ["二、加强政务公开平台建设", "（一）优化政府网站。"]
    assert check["text"] == "每季度开展一次网站自查。"
    # a deadline inside the parenthesis is a deadline, not a unit
    assert (ageing["units_text"], ageing["due"]) == ("信息中心", "2023-10-31")
    # units written on the heading apply to the duties below it
    assert guide["path"][-1] == "（二）持续优化营商环境信息公开"
    assert (guide["lead_units"], guide["co_units"]) == (["政务服务科"], ["各科室"])
    assert monthly["recurrence"] == "monthly"
    assert draft.all_warnings() == []


def test_flat_table_with_number_task_content_and_time_columns(tmp_path: Path) -> None:
    path = build_docx(
        tmp_path / "flat.docx",
        before=["某某区教育局2022年政务公开工作任务分解表", "某教〔2022〕12号", "2022年3月1日"],
        header=["序号", "任务名称", "任务内容", "责任单位", "时间节点"],
        rows=[
            ["1", "规划公开", "公开教育事业发展规划。", "办公室", "全年"],
            ["2", "", "公开年度工作计划。", "办公室牵头，各股室配合", "一季度"],
            ["3", "财政公开", "公开部门预算。", "计财股", "印发后20日内"],
            ["4", "", "公开上年度决算。", "计财股", "每年的1月31日前"],
            ["5", "", "公开专项资金。", "", "10月底前"],
            ["6", "招生公开", "公开招生政策。", "基教股", "按要求"],
        ],
        merges=[((1, 1), (2, 1)), ((3, 1), (5, 1))],
    )
    draft = load_plan(path)
    assert draft.document_number == "某教〔2022〕12号"
    assert draft.issued_on == date(2022, 3, 1)
    assert draft.organization == "某某区教育局"
    tasks = [task for _path, task in draft.requirements()]
    assert [task.number for task in tasks] == ["1", "2", "3", "4", "5", "6"]
    assert [heading.text for heading in draft.roots] == ["规划公开", "财政公开", "招生公开"]
    assert (tasks[0].due, tasks[0].recurrence) == (date(2022, 12, 31), Recurrence.CONTINUOUS)
    assert tasks[1].due == date(2022, 3, 31)
    assert tasks[2].due == date(2022, 3, 21)  # 20 days after the issue date
    assert json.loads(tasks[2].deadline_rule)["event"] == "印发"
    # yearly: its first occurrence on or after the issue date (1 March 2022)
    assert (tasks[3].due, tasks[3].recurrence) == (date(2023, 1, 31), Recurrence.YEARLY)
    # a unit cell left empty (not merged) is reported, not guessed
    assert tasks[4].units_text == ""
    assert any("row 6" in warning for warning in tasks[4].warnings)
    assert tasks[5].deadline_text == "按要求" and tasks[5].due is None
    assert any("按要求" in warning for warning in tasks[5].warnings)


def test_four_columns_with_vmerge_and_repeated_header_rows(tmp_path: Path) -> None:
    header = ["工作要求", "工作任务", "具体要求", "责任科室"]
    path = build_docx(
        tmp_path / "fourcol.docx",
        before=["某某局2023年政务公开工作要点分工方案"],
        header=header,
        rows=[
            [
                "一、优化基础",
                "（一）推进标准化。",
                "1. 更新主动公开目录。",
                "办公室牵头，各科室协办",
            ],
            ["", "", "2. 2023年底前完成基层目录编制。", ""],
            ["", "（二）规范依申请公开。", "3. 规范办理流程。\n4. 提高答复质量。", "办公室"],
            ["二、加强解读", "（一）做好政策解读。", "5. 落实“三同步”。", "各科室"],
            ["", "", "6. 开展多形式解读。", ""],
            ["三、强化监督", "", "7. 每年至少听取1次汇报。", "办公室"],
        ],
        # table rows: 0 header, 1–3 data, 4 repeated header, 5–7 data
        merges=[
            ((1, 0), (3, 0)),
            ((1, 1), (2, 1)),
            ((1, 3), (2, 3)),
            ((5, 0), (6, 0)),
            ((5, 1), (6, 1)),
            ((5, 3), (6, 3)),
        ],
        repeat_header_at=[3],
    )
    requirements = _requirements(path)
    assert [r["number"] for r in requirements] == ["1", "2", "3", "4", "5", "6", "7"]
    assert requirements[1]["path"] == ["一、优化基础", "（一）推进标准化。"]
    assert requirements[1]["units_text"] == "办公室牵头，各科室协办"  # merged unit cell
    assert requirements[1]["due"] == "2023-12-31"
    # two numbered requirements in one cell share heading and units
    assert [r["text"] for r in requirements[2:4]] == ["规范办理流程。", "提高答复质量。"]
    assert requirements[3]["path"] == ["一、优化基础", "（二）规范依申请公开。"]
    assert requirements[5]["path"] == ["二、加强解读", "（一）做好政策解读。"]
    assert requirements[5]["lead_units"] == ["各科室"]
    # a heading without a 工作任务 level
    assert requirements[6]["path"] == ["三、强化监督"]
    assert requirements[6]["due"] is None  # 每年至少 is no deadline
    assert all(not r["warnings"] for r in requirements)


def test_headings_keep_their_numbers(tmp_path: Path) -> None:
    path = build_docx(
        tmp_path / "numbers.docx",
        before=["2023年政务公开工作要点分工方案"],
        header=["工作要求", "工作任务", "具体要求", "责任科室"],
        rows=[["一、甲", "（一）乙", "1. 丙", "办公室"]],
    )
    draft = load_plan(path)
    top = draft.roots[0]
    assert (top.kind, top.number, top.text) == (TaskKind.HEADING, "一", "一、甲")
    assert (top.children[0].number, top.children[0].text) == ("（一）", "（一）乙")


def test_section_rows_spanning_the_table(tmp_path: Path) -> None:
    path = build_docx(
        tmp_path / "section.docx",
        before=["2021年政务公开工作台账"],
        header=["序号", "工作任务", "责任单位", "完成时限"],
        rows=[
            ["一、公开重点领域信息", "", "", ""],
            ["1", "公开财政预决算。", "财政局", "全年"],
            ["2", "公开重大项目。", "发改局", "上半年"],
            ["二、加强平台建设", "", "", ""],
            ["3", "网站适老化改造。", "政数局", "10月底前"],
        ],
        merges=[((1, 0), (1, 3)), ((4, 0), (4, 3))],
    )
    requirements = _requirements(path)
    assert [r["path"] for r in requirements] == [
        ["一、公开重点领域信息"],
        ["一、公开重点领域信息"],
        ["二、加强平台建设"],
    ]
    assert [r["due"] for r in requirements] == ["2021-12-31", "2021-06-30", "2021-10-31"]


def test_table_split_across_two_tables_continues(tmp_path: Path) -> None:
    first = build_docx(
        tmp_path / "first.docx",
        before=["2022年政务公开工作要点分工方案"],
        header=["工作任务", "具体要求", "责任单位"],
        rows=[["一、甲", "1. 子一", "办公室"]],
    )
    import docx

    document = docx.Document(str(first))
    document.add_paragraph("")
    table = document.add_table(rows=1, cols=3)
    for column, text in enumerate(["", "2. 子二", "法制科"]):
        table.cell(0, column).text = text
    document.save(str(tmp_path / "split.docx"))
    requirements = _requirements(tmp_path / "split.docx")
    assert [(r["number"], r["path"], r["units_text"]) for r in requirements] == [
        ("1", ["一、甲"], "办公室"),
        ("2", ["一、甲"], "法制科"),
    ]


def test_fifty_requirements_import_quickly(tmp_path: Path) -> None:
    rows = [
        [
            f"{['一', '二', '三', '四', '五'][i // 10]}、任务{i // 10}",
            f"{i + 1}. 要求{i + 1}。",
            "办公室",
        ]
        for i in range(50)
    ]
    merges = [((1 + 10 * k, 0), (10 + 10 * k, 0)) for k in range(5)]
    path = build_docx(
        tmp_path / "fifty.docx",
        before=["2023年政务公开工作要点分工方案"],
        header=["工作任务", "具体要求", "责任单位"],
        rows=rows,
        merges=merges,
    )
    # How fast is a benchmark figure (tests/benchmarks: import_docx_ms, import_ratio);
    # here only that fifty merged rows come out right.
    draft = load_plan(path)
    assert len(list(draft.requirements())) == 50
    assert len(draft.roots) == 5


def test_two_row_header_and_title_row_inside_the_table(tmp_path: Path) -> None:
    path = build_docx(
        tmp_path / "two_rows.docx",
        header=["某某局2023年政务公开重点任务分解表", "", "", "", ""],
        rows=[
            ["序号", "工作任务", "责任单位", "责任单位", "完成时限"],
            ["", "", "牵头单位", "配合单位", ""],
            ["1", "公开预决算。", "财务科", "各科室", "全年"],
        ],
        merges=[((0, 0), (0, 4)), ((1, 2), (1, 3)), ((1, 0), (2, 0)), ((1, 1), (2, 1))],
    )
    draft = load_plan(path)
    assert draft.title == "某某局2023年政务公开重点任务分解表"
    assert (draft.year, draft.organization) == (2023, "某某局")
    tasks = [task for _path, task in draft.requirements()]
    assert len(tasks) == 1
    assert (tasks[0].lead_units, tasks[0].co_units) == (["财务科"], ["各科室"])
    assert tasks[0].source == "table 1, row 4"


def test_red_head_layout_table_gives_the_metadata(tmp_path: Path) -> None:
    import docx

    document = docx.Document()
    layout = document.add_table(rows=2, cols=1)
    layout.cell(0, 0).text = "某某市交通运输局文件"
    layout.cell(1, 0).text = "某交〔2023〕7号"
    document.add_paragraph("某某市交通运输局2023年政务公开工作要点分工方案")
    table = document.add_table(rows=2, cols=3)
    for column, text in enumerate(["工作任务", "具体要求", "责任单位"]):
        table.cell(0, column).text = text
    for column, text in enumerate(["一、甲", "1. 乙", "办公室"]):
        table.cell(1, column).text = text
    document.save(str(tmp_path / "red.docx"))
    draft = load_plan(tmp_path / "red.docx")
    assert (draft.organization, draft.document_number) == ("某某市交通运输局", "某交〔2023〕7号")
    assert draft.title == "某某市交通运输局2023年政务公开工作要点分工方案"


def test_word_automatic_numbering_is_read(tmp_path: Path) -> None:
    import docx

    from tests.importers.documents import add_list_numbering, number_paragraph

    document = docx.Document()
    document.add_paragraph("某某局2023年政务公开工作要点分工方案")
    outline = add_list_numbering(document, [("chineseCounting", "%1、"), ("decimal", "%2.")])
    duties = add_list_numbering(document, [("decimal", "%1.")])
    for text, level in [("深化公开", 0), ("公开规划。（办公室）", 1), ("公开预算。（财务科）", 1)]:
        number_paragraph(document.add_paragraph(text), outline, level)
    number_paragraph(document.add_paragraph("加强平台"), outline, 0)
    number_paragraph(document.add_paragraph("网站改版。（信息中心）"), outline, 1)
    table = document.add_table(rows=3, cols=3)
    for column, text in enumerate(["工作任务", "具体要求", "责任单位"]):
        table.cell(0, column).text = text
    document.save(str(tmp_path / "prose_numbered.docx"))
    prose = load_plan(tmp_path / "prose_numbered.docx")
    # the table is empty, so the numbered paragraphs are the plan
    assert [(r["number"], r["path"]) for r in prose.to_json()["requirements"]] == [
        ("1", ["一、深化公开"]),
        ("2", ["一、深化公开"]),
        ("3", ["二、加强平台"]),  # the list restarts: plan-wide 序号 (label "1.")
    ]

    document = docx.Document()
    document.add_paragraph("某某局2023年政务公开工作要点分工方案")
    duties = add_list_numbering(document, [("decimal", "%1.")])
    table = document.add_table(rows=4, cols=3)
    for row, cells in enumerate(
        [["工作任务", "具体要求", "责任单位"], ["一、甲", "公开规划。", "办公室"],
         ["", "公开预算。", "财务科"], ["", "公开决算。", "财务科"]]
    ):  # fmt: skip
        for column, text in enumerate(cells):
            table.cell(row, column).text = text
            if column == 1 and row:
                number_paragraph(table.cell(row, column).paragraphs[0], duties, 0)
    document.save(str(tmp_path / "table_numbered.docx"))
    requirements = load_plan(tmp_path / "table_numbered.docx").to_json()["requirements"]
    assert [(r["number"], r["text"]) for r in requirements] == [
        ("1", "公开规划。"),
        ("2", "公开预算。"),
        ("3", "公开决算。"),
    ]


def test_tong_shang_in_the_time_limit_column_takes_the_limit_above(tmp_path: Path) -> None:
    path = build_docx(
        tmp_path / "same.docx",
        before=["2023年政务公开工作要点分工方案"],
        header=["具体要求", "责任单位", "完成时限"],
        rows=[
            ["1. 公开重大建设项目信息。", "投资科", "每季度"],
            ["2. 公开重点项目推进情况。", "同上", "同上"],
        ],
    )
    [_first, second] = [task for _path, task in load_plan(path).requirements()]
    assert second.deadline_text == "每季度" and second.lead_units == ["投资科"]
    assert not any("未能识别" in w or "not understood" in w for w in second.warnings)
