"""Corpus documents for table headers that span columns and rows (issue 17, item 6/8).

- struct-span-serial-2023.docx: 具体要求 merged over the serial column and the text
  column (the serial column shows the same header), 工作任务 merged down the rows.
- struct-lead-co-2024.docx: a two-row header, 责任单位 over 牵头单位 | 配合单位 with
  序号/工作任务/具体要求/完成时限 merged down over both header rows; a 牵头单位 cell
  merged down over two duties.
- struct-two-tasks-2023.docx: 工作任务 merged over two heading columns (outer 一、,
  inner （一）), both merged down their rows; 责任科室 merged down.
- struct-remark-2022.docx: a 备注 column (kept as the duty's note), an unrecognised
  分管领导 column (listed as not imported), a row whose units and time limit are
  swapped (warned), a note row 注：… spanning the table and a signature after it.
- struct-traditional-2023.docx: a plan written in traditional characters (序號 |
  工作任務 | 具體要求 | 牽頭單位 | 配合單位 | 時間節點); text and units kept as written.
- struct-merged-duty-2023.docx: section rows spanning the table, a duty merged down
  over two rows whose units differ (one duty, both rows' units), a time limit merged
  down over three duties, a 说明 column merged over two duties.
- struct-tworow-2023.xlsx: a sheet with a title row merged over the table, a two-row
  header (具体要求 over the serial and text columns, 责任单位 over bare 牵头 | 配合),
  工作任务 merged down, and a 牵头 cell merged over two rows.
"""

from __future__ import annotations

from pathlib import Path

from tests.importers.documents import build_docx, build_xlsx

SPAN_SERIAL_NOTICE = [
    "某某县人民政府办公室",
    "2023年3月6日",
    "某某县2023年政务公开工作任务分解表",
]
SPAN_SERIAL_ROWS = [
    [
        "一、深化重点领域信息公开",
        "1",
        "及时公开县政府常务会议审议通过的政策文件，同步发布解读材料。",
        "县政府办公室牵头，县司法局配合",
        "全年",
    ],
    [
        "",
        "2",
        "公开县级财政预决算和“三公”经费预决算，细化到功能分类项级科目。",
        "县财政局",
        "2023年9月底前",
    ],
    [
        "二、提升政务公开平台效能",
        "3",
        "完成县政府门户网站政府信息公开专栏栏目梳理，清理无效链接。",
        "县政务服务中心",
        "6月底前",
    ],
    [
        "",
        "4",
        "按季度开展政务新媒体检查，通报检查结果。",
        "县委网信办、县政务服务中心",
        "每季度",
    ],
]

LEAD_CO_NOTICE = [
    "某某市生态环境局办公室关于印发2024年政务公开工作要点分工的通知",
    "局机关各科室、各分局：",
    "现将分工印发给你们，请认真落实。",
    "某某市生态环境局办公室",
    "2024年2月28日",
]
LEAD_CO_HEADER = ["序号", "工作任务", "具体要求", "责任单位", "", "完成时限"]
LEAD_CO_ROWS = [
    ["", "", "", "牵头单位", "配合单位", ""],
    [
        "1",
        "一、加强环境信息公开",
        "公开建设项目环境影响评价受理、审批信息，做到应公开尽公开。",
        "行政审批科",
        "各分局",
        "长期",
    ],
    [
        "2",
        "",
        "按月公开重点排污单位监督性监测信息。",
        "",
        "监测站",
        "每月15日前",
    ],
    [
        "3",
        "二、规范依申请公开",
        "修订依申请公开工作规程，规范答复文书格式。",
        "法规科",
        "",
        "2024年6月底前",
    ],
    [
        "4",
        "",
        "编制2023年度政府信息公开工作年度报告并按时发布。",
        "办公室",
        "各科室、各分局",
        "2024年1月31日前",
    ],
]

TWO_TASKS_NOTICE = [
    "某某区教育局2023年政务公开工作任务清单",
    "某某区教育局",
    "2023年4月12日",
]
TWO_TASKS_HEADER = ["序号", "工作任务", "", "具体要求", "责任科室", "完成时限"]
TWO_TASKS_ROWS = [
    [
        "1",
        "一、推进教育重点领域公开",
        "（一）招生入学信息公开",
        "公开义务教育阶段招生入学政策、学区划分和报名流程。",
        "基础教育科",
        "5月底前",
    ],
    [
        "2",
        "",
        "",
        "公示民办学校招生计划和收费标准。",
        "",
        "6月底前",
    ],
    [
        "3",
        "",
        "（二）教育收费信息公开",
        "公开中小学服务性收费和代收费项目及标准。",
        "计划财务科",
        "8月底前",
    ],
    [
        "4",
        "二、加强公开保障",
        "（三）强化培训考核",
        "组织全系统政务公开业务培训不少于1次。",
        "办公室",
        "2023年11月底前",
    ],
]

REMARK_NOTICE = [
    "某某区数据局2022年政务公开重点工作安排",
]
REMARK_HEADER = ["序号", "具体要求", "责任单位", "完成时限", "分管领导", "备注"]
REMARK_ROWS = [
    [
        "1",
        "公开政务服务事项目录和办事指南，确保要素完整准确。",
        "区政务服务中心、审批科",
        "6月底前",
        "王副局长",
        "涉及国家秘密的事项除外",
    ],
    [
        "2",
        "每月更新政府信息公开目录，做好数据统计。",
        "办公室",
        "每月",
        "李副局长",
        "",
    ],
    [
        "3",
        "规范政府网站和政务新媒体信息发布审核。",
        "2022年12月底前",
        "区政务服务中心",
        "王副局长",
        "",
    ],
    ["注：排名第一的为牵头单位。", "", "", "", "", ""],  # merged over the row below
]
REMARK_AFTER = ["某某区数据局办公室", "2022年3月1日印发"]

TRADITIONAL_NOTICE = [
    "某某區2023年政務公開工作要點任務分工",
    "某某區人民政府辦公室",
    "2023年3月20日",
]
TRADITIONAL_HEADER = ["序號", "工作任務", "具體要求", "牽頭單位", "配合單位", "時間節點"]
TRADITIONAL_ROWS = [
    [
        "1",
        "一、加強政策解讀",
        "對區政府出臺的重要政策文件同步發布解讀材料。",
        "區政府辦公室",
        "區司法局",
        "長期堅持",
    ],
    [
        "2",
        "",
        "開展政策解讀回應專題培訓。",
        "",  # merged with the cell above
        "",
        "6月底前",
    ],
    [
        "3",
        "二、規範政府信息公開目錄",
        "全面梳理政府信息公開目錄，及時更新機構職能信息。",
        "區數據局",
        "各街道辦事處",
        "2023年10月底前",
    ],
]

MERGED_DUTY_NOTICE = [
    "某某市市场监督管理局2023年政务公开工作任务分工",
    "某某市市场监督管理局办公室",
    "2023年2月15日",
]
MERGED_DUTY_HEADER = ["序号", "具体要求", "责任单位", "完成时限", "说明"]
MERGED_DUTY_ROWS = [
    ["一、加强监管执法信息公开", "", "", "", ""],  # spans the table
    [
        "1",
        "公开“双随机、一公开”抽查计划和抽查结果。",
        "信用监管科牵头",
        "每季度",
        "结果在抽查结束后20个工作日内公开",
    ],
    ["", "", "各县（市、区）局配合", "", ""],  # 1 and its text merged over this row
    ["2", "公开行政处罚决定信息。", "法规科", "长期", ""],
    ["3", "公开食品安全监督抽检信息。", "食品抽检科", "", ""],
    ["二、做好政务公开基础工作", "", "", "", ""],
    ["4", "更新政府信息公开指南和目录。", "办公室", "6月底前", ""],
]


SHEET_ROWS: list[list[object]] = [
    ["某某县交通运输局2023年政务公开工作任务分解表", "", "", "", "", ""],
    ["工作任务", "具体要求", "", "责任单位", "", "完成时限"],
    ["", "", "", "牵头", "配合", ""],
    [
        "一、公开交通建设项目信息",
        1,
        "公开农村公路建设项目批准、招标投标和施工信息。",
        "建设管理股",
        "县公路中心",
        "2023年12月底前",
    ],
    ["", 2, "公开道路运输行政许可和处罚结果。", "", "运政执法大队", "长期"],
    [
        "二、做好依申请公开",
        3,
        "规范依申请公开登记、办理和答复流程。",
        "办公室",
        "",
        "上半年",
    ],
]
SHEET_MERGES = [
    "A1:F1",  # title
    "A2:A3",  # 工作任务 over both header rows
    "B2:C3",  # 具体要求 over the serial and text columns, both header rows
    "D2:E2",  # 责任单位 over 牵头 | 配合
    "F2:F3",  # 完成时限
    "A4:A5",  # the first task over two duties
    "D4:D5",  # one lead unit for two duties
]


def build(target: Path) -> list[Path]:
    target.mkdir(parents=True, exist_ok=True)
    return [
        build_docx(
            target / "struct-span-serial-2023.docx",
            before=SPAN_SERIAL_NOTICE,
            header=["工作任务", "具体要求", "", "责任单位", "时间节点"],
            rows=SPAN_SERIAL_ROWS,
            merges=[((0, 1), (0, 2)), ((1, 0), (2, 0)), ((3, 0), (4, 0))],
        ),
        build_docx(
            target / "struct-lead-co-2024.docx",
            before=LEAD_CO_NOTICE,
            header=LEAD_CO_HEADER,
            rows=LEAD_CO_ROWS,
            merges=[
                ((0, 3), (0, 4)),  # 责任单位 over 牵头单位 | 配合单位
                ((0, 0), (1, 0)),
                ((0, 1), (1, 1)),
                ((0, 2), (1, 2)),
                ((0, 5), (1, 5)),
                ((2, 1), (3, 1)),  # 一、 over duties 1-2
                ((2, 3), (3, 3)),  # 行政审批科 leads duties 1-2
                ((4, 1), (5, 1)),
            ],
        ),
        build_docx(
            target / "struct-two-tasks-2023.docx",
            before=TWO_TASKS_NOTICE,
            header=TWO_TASKS_HEADER,
            rows=TWO_TASKS_ROWS,
            merges=[
                ((0, 1), (0, 2)),  # 工作任务 over two heading columns
                ((1, 1), (3, 1)),  # 一、 over three duties
                ((1, 2), (2, 2)),  # （一） over two
                ((1, 4), (2, 4)),  # 基础教育科 over two
            ],
        ),
        build_docx(
            target / "struct-remark-2022.docx",
            before=REMARK_NOTICE,
            header=REMARK_HEADER,
            rows=REMARK_ROWS,
            merges=[((4, 0), (4, 5))],  # the note row spans the table
            after=REMARK_AFTER,
        ),
        build_docx(
            target / "struct-traditional-2023.docx",
            before=TRADITIONAL_NOTICE,
            header=TRADITIONAL_HEADER,
            rows=TRADITIONAL_ROWS,
            merges=[((1, 1), (2, 1)), ((1, 3), (2, 3))],
        ),
        build_docx(
            target / "struct-merged-duty-2023.docx",
            before=MERGED_DUTY_NOTICE,
            header=MERGED_DUTY_HEADER,
            rows=MERGED_DUTY_ROWS,
            merges=[
                ((1, 0), (1, 4)),  # section row
                ((2, 0), (3, 0)),  # serial 1 over two rows
                ((2, 1), (3, 1)),  # its text over two rows
                ((2, 3), (3, 3)),  # 每季度 over both rows of duty 1
                ((2, 4), (3, 4)),  # its 说明 over both rows
                ((4, 3), (5, 3)),  # 长期 merged below: written once in the row of duty 2
                ((6, 0), (6, 4)),  # section row
            ],
        ),
        build_xlsx(target / "struct-tworow-2023.xlsx", SHEET_ROWS, SHEET_MERGES, title="任务分解"),
    ]
