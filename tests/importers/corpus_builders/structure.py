"""Corpus documents for table and prose structure (issue 17 items 6, 7, 8; numbers).

Word tables with headers spanning columns and rows, vertical merges, a 备注 column;
prose 实施方案 with commentary sections and heading lines that carry their first
item; numbering that restarts per section; traditional characters; an Excel sheet
with a two-row header. The plans were written for these tests.
"""

# ruff: noqa: E501  (the plans' rows read best one row per line)

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import docx
import openpyxl

Cell = tuple[int, int]
Merge = tuple[Cell, Cell]


def _table_docx(
    path: Path,
    before: Sequence[str],
    grid: Sequence[Sequence[str]],
    merges: Sequence[Merge] = (),
    after: Sequence[str] = (),
) -> Path:
    """Paragraphs, one table (grid: every row, header rows included), paragraphs.

    Text goes in the top-left cell of a merge only; python-docx writes each merge as
    gridSpan (across) or vMerge (down), as Word does.
    """
    document = docx.Document()
    for text in before:
        document.add_paragraph(text)
    table = document.add_table(rows=len(grid), cols=len(grid[0]))
    for r, row in enumerate(grid):
        for c, text in enumerate(row):
            if text:
                table.cell(r, c).text = text
    for (r1, c1), (r2, c2) in merges:
        table.cell(r1, c1).merge(table.cell(r2, c2))
    for text in after:
        document.add_paragraph(text)
    document.save(str(path))
    return path


def _prose_docx(path: Path, paragraphs: Sequence[str]) -> Path:
    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)
    document.save(str(path))
    return path


def span_serial(target: Path) -> Path:
    """具体要求 merged over the serial and the text column; a remark after the table."""
    grid = [
        ["具体要求", "", "责任单位", "完成时限"],
        ["1", "在区政府门户网站集中公开2024年区级部门预算，并做好解读。", "区财政局", "2024年3月底前"],
        ["2", "公开本年度重大行政决策事项目录，向社会征求意见。", "区司法局牵头，区各有关部门配合", "2024年6月底前"],
        ["3", "按季度更新政策文件库，标注已失效文件。", "区政府办公室", "每季度"],
        ["4", "做好12345热线高频诉求问题分析并公开回应情况。", "区政务服务数据管理局", "全年"],
        ["5", "编制并发布2023年度政府信息公开工作年度报告。", "区政府办公室", "2024年1月31日前"],
    ]  # fmt: skip
    merges = [((0, 0), (0, 1))]
    before = ["某区2024年政务公开工作任务分解表", "某区人民政府办公室", "2024年2月20日"]
    after = ["各责任单位请于每季度最后一个月25日前将落实情况报送区政府办公室政务公开科。"]
    return _table_docx(target / "struct-span-serial-2024.docx", before, grid, merges, after)


def lead_co_header(target: Path) -> Path:
    """责任单位 over 牵头单位 / 配合单位 on a second header row; 工作任务 merged down."""
    grid = [
        ["序号", "工作任务", "具体要求", "责任单位", "", "完成时限"],
        ["", "", "", "牵头单位", "配合单位", ""],
        ["1", "深化重点领域信息公开", "公开城乡居民最低生活保障标准及调整情况。", "市民政局", "各县区民政部门", "2023年6月底前"],
        ["2", "", "公开义务教育阶段学校招生范围和招生计划。", "市教育局", "", "2023年7月底前"],
        ["3", "", "及时公开重大建设项目批准和实施信息。", "市发展改革委", "市自然资源局、市住房城乡建设局", "全年"],
        ["4", "加强政策解读回应", "重要政策文件与解读材料同步组织、同步审签、同步部署。", "市政府办公室", "市直各部门", "长期"],
        ["5", "", "对涉及群众切身利益的政策开展解读评估。", "市政府办公室", "市直各部门", "2023年11月底前"],
    ]  # fmt: skip
    merges = [
        ((0, 0), (1, 0)),
        ((0, 1), (1, 1)),
        ((0, 2), (1, 2)),
        ((0, 3), (0, 4)),
        ((0, 5), (1, 5)),
        ((2, 1), (4, 1)),
        ((5, 1), (6, 1)),
    ]
    before = ["某市2023年政务公开重点工作任务分工", "某市人民政府办公室", "2023年3月15日"]
    return _table_docx(target / "struct-lead-co-2023.docx", before, grid, merges)


def two_level_vmerge(target: Path) -> Path:
    """工作任务 spanning two heading columns, vertical merges in headings and units, 备注."""
    grid = [
        ["工作任务", "", "具体要求", "责任科室", "时间节点", "备注"],
        ["一、推进决策公开", "（一）规范决策程序", "梳理本局重大行政决策事项目录并公开。", "政策法规科", "2023年4月底前", ""],
        ["", "", "决策草案公开征求意见时间一般不少于30日。", "", "全年", "因情况紧急等原因需缩短期限的，在征求意见时说明理由"],
        ["", "（二）做好结果公开", "决策作出后20个工作日内公开决策结果。", "办公室", "全年", ""],
        ["二、做好平台建设", "（一）优化门户网站", "对网站栏目进行全面梳理，清理空白栏目。", "信息中心", "2023年5月底前", ""],
        ["", "", "完成网站适老化与无障碍改造。", "", "2023年9月底前", "与市级平台同步改造"],
        ["", "（二）规范政务新媒体", "开展政务新媒体季度检查并公开检查结果。", "办公室", "每季度", ""],
    ]  # fmt: skip
    merges = [
        ((0, 0), (0, 1)),
        ((1, 0), (3, 0)),
        ((1, 1), (2, 1)),
        ((1, 3), (2, 3)),
        ((4, 0), (6, 0)),
        ((4, 1), (5, 1)),
        ((4, 3), (5, 3)),
    ]
    before = ["某市交通运输局2023年政务公开工作要点任务分解", "某市交通运输局", "2023年3月2日"]
    return _table_docx(target / "struct-two-level-vmerge-2023.docx", before, grid, merges)


def prose_plan(target: Path) -> Path:
    """A 实施方案 with commentary sections, heading lines carrying their first item."""
    paragraphs = [
        "某县2024年政务公开工作实施方案",
        "为深入贯彻落实上级关于政务公开工作的部署，结合我县实际，制定本方案。",
        "一、指导思想",
        "坚持以人民为中心的发展思想，以公开促落实、促规范、促服务，全面提升政务公开质量。",
        "二、基本原则",
        "坚持依法公开、真实准确、注重实效、便民利民。",
        "三、重点任务",
        "（一）聚焦重点领域公开。1.加强规划信息公开，集中发布县级专项规划原文及解读。（县发展改革局牵头，县直各部门配合）",
        "2.做好财政预决算公开，按规定时限公开部门预决算。（县财政局，2024年6月底前）",
        "（二）强化政策解读回应",
        "1.县政府常务会议审议的政策文件，会后及时发布图文解读。（县政府办公室牵头，起草部门配合）",
        "2.每季度至少举办一场政务开放日活动。（县政府办公室，每季度）",
        "各部门要结合实际认真抓好落实，确保各项任务按时完成。",
        "四、加强平台建设 （一）优化县政府门户网站，完成栏目整合和智能搜索升级。（县政务服务中心，2024年9月底前）",
        "（二）规范政务新媒体管理，关停整合更新缓慢的账号。（县委网信办牵头，县直各部门配合）",
        "五、保障措施",
        "（一）加强组织领导。各部门主要负责同志要亲自抓，明确分管领导和工作人员。",
        "（二）强化督查考核。县政府办公室将落实情况纳入年度绩效考核。",
        "附件：1.某县2024年政务公开工作任务清单",
        "2.某县政务公开工作联系人名单",
    ]  # fmt: skip
    return _prose_docx(target / "struct-prose-plan-2024.docx", paragraphs)


def numbering_mix(target: Path) -> Path:
    """1、 headings over 1. duties (both Arabic), under a plan that starts at 一、."""
    paragraphs = [
        "某区卫生健康局2023年政务公开工作要点",
        "某区卫生健康局",
        "2023年4月6日",
        "一、做好重点信息公开",
        "1、公共卫生信息",
        "1.及时发布传染病疫情信息和防控措施。（疾控科）",
        "2.每月公开医疗机构抽检结果。（医政科，每月10日前）",
        "2、医疗服务信息",
        "1.公开区属医院医疗服务价格和收费标准。（医政科牵头，区属各医院配合）",
        "2.公布家庭医生签约服务内容和团队名单。（基层卫生科，2023年6月底前）",
        "二、加强公开平台建设",
        "1、门户网站",
        "1.更新机构职能栏目，确保内设机构信息准确。（办公室，2023年5月底前）",
    ]  # fmt: skip
    return _prose_docx(target / "struct-numbering-mix-2023.docx", paragraphs)


def yishi_labels(target: Path) -> Path:
    """一是、二是 restarting in every row: plan-wide 序号, the document's label kept."""
    grid = [
        ["工作任务", "具体要求", "责任单位", "完成时限"],
        ["一、推进行政权力公开", "一是动态调整权责清单并在政府网站公开。二是公开行政许可事项办理流程和时限。", "区政务服务数据管理局", "2024年5月底前"],
        ["二、强化执法信息公开", "一是公开年度行政执法统计数据。二是公开行政处罚决定书。三是公开执法人员资格信息。", "区司法局牵头，区各执法部门配合", "2024年1月31日前"],
        ["三、做好依申请公开", "一是规范依申请公开登记、审核、办理、答复全流程。二是开展依申请公开答复质量抽查。", "区政府办公室", "全年"],
    ]  # fmt: skip
    before = ["某区2024年政务公开工作任务清单", "某区人民政府办公室", "2024年3月1日"]
    return _table_docx(target / "struct-yishi-labels-2024.docx", before, grid)


def traditional(target: Path) -> Path:
    """Traditional characters: header names and 牽頭/配合 markers recognised, text kept."""
    grid = [
        ["序號", "工作任務", "具體要求", "牽頭單位", "配合單位", "完成時限"],
        ["1", "推進決策公開", "公開年度重大行政決策事項目錄。", "辦公室", "政策法規科", "2024年4月底前"],
        ["2", "推進決策公開", "決策草案向社會公開徵求意見。", "政策法規科", "各業務科室", "全年"],
        ["3", "做好政策解讀", "重要政策文件與解讀材料同步發布。", "辦公室", "各業務科室", "長期"],
        ["4", "加強平臺建設", "完成政府網站欄目整合。", "資訊中心", "", "2024年9月底前"],
    ]  # fmt: skip
    before = ["某局2024年政務公開工作任務分工表", "某局辦公室", "2024年3月8日"]
    return _table_docx(target / "struct-traditional-2024.docx", before, grid)


def two_row_header_xlsx(target: Path) -> Path:
    """A sheet: title row, 责任单位 over 牵头/配合, 序号 with a gap, 备注, a note row."""
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "任务分解"
    rows: list[list[object]] = [
        ["某市住房和城乡建设局2023年政务公开工作任务分解表", "", "", "", "", "", ""],
        ["序号", "工作任务", "具体要求", "责任单位", "", "完成时限", "备注"],
        ["", "", "", "牵头单位", "配合单位", "", ""],
        [1, "保障性住房信息公开", "公开公租房分配政策、分配对象和分配结果。", "住房保障科", "各区住建局", "全年", ""],
        [2, "保障性住房信息公开", "按季度公开保障性租赁住房筹建进度。", "住房保障科", "", "每季度", "按季度汇总后报市政府"],
        [3, "工程建设领域信息公开", "公开建筑市场主体违法违规行为处罚结果。", "建筑市场监管科", "市住建执法支队", "2023年6月底前", ""],
        [5, "工程建设领域信息公开", "公开施工许可核发信息。", "行政审批科", "", "长期", ""],
        ["注：各责任单位每季度末报送落实情况。", "", "", "", "", "", ""],
    ]  # fmt: skip
    for row in rows:
        sheet.append(row)
    for cell_range in ("A1:G1", "A2:A3", "B2:B3", "C2:C3", "D2:E2", "F2:F3", "G2:G3", "A8:G8"):
        sheet.merge_cells(cell_range)
    path = target / "struct-two-row-header-2023.xlsx"
    workbook.save(str(path))
    return path


def build(target: Path) -> list[Path]:
    target.mkdir(parents=True, exist_ok=True)
    builders = (
        span_serial,
        lead_co_header,
        two_level_vmerge,
        prose_plan,
        numbering_mix,
        yishi_labels,
        traditional,
        two_row_header_xlsx,
    )
    return [make(target) for make in builders]
