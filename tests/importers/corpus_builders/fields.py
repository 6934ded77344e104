"""Corpus documents for the fields of a requirement (units, deadlines, year, office).

Two Word plans whose fields are read against the plan's own dates:

- fields-three-year-2022.docx: a three-year plan (2022—2024年) signed jointly by two
  offices on 16 May 2022; limits in later years of the plan, a unit cell written on
  two lines (牵头单位：… / 责任单位：…), 市政府办公室（牵头）, a cell with two limits.
- fields-early-issue-2023.docx: a 2023 plan issued on 26 December 2022 under a red
  head; recurring limits start in January 2023, cells carry labels (完成时限：…),
  各科室、单位 is one unit, a bare 负责落实 line is a note.
"""

from __future__ import annotations

from pathlib import Path

from tests.importers.documents import build_docx

THREE_YEAR_NOTICE = [
    "关于印发某某市政务公开提质增效三年行动方案（2022—2024年）的通知",
    "各县（市、区）人民政府，市直各单位：",
    "经市人民政府同意，现将《某某市政务公开提质增效三年行动方案（2022—2024年）》印发给你们，"
    "请认真贯彻执行。",
    "某某市人民政府办公室",
    "某某市政务服务数据管理局",
    "2022年5月16日",
    "某某市政务公开提质增效三年行动方案（2022—2024年）",
]
THREE_YEAR_ROWS = [
    [
        "1",
        "一、提升政策公开质量",
        "建成市级现行有效行政规范性文件库，实行动态更新。",
        "牵头单位：市司法局\n责任单位：市政府办公室、市政数局",
        "到2023年底",
    ],
    [
        "2",
        "",
        "对新出台的重要政策同步开展解读，解读材料与政策文件同步发布。",
        "市政府办公室（牵头）、市直各有关单位",
        "长期坚持",
    ],
    [
        "3",
        "二、夯实公开平台基础",
        "完成市政府门户网站适老化和无障碍改造。",
        "市政数局",
        "2022年下半年",
    ],
    [
        "4",
        "",
        "实现全市政府网站集约化平台统一运维。",
        "市政数局牵头，各县（市、区）人民政府配合",
        "2024年6月",
    ],
    ["5", "", "完成政务新媒体账号年度核查。", "市委网信办、市政数局按职责分工负责", "每年11月底前"],
    [
        "6",
        "三、强化监督考核",
        "开展政务公开第三方评估，形成评估报告。",
        "市政府办公室",
        "2023年6月底前完成首轮评估，2024年9月中旬前完成第二轮评估",
    ],
    [
        "7",
        "",
        "将政务公开纳入年度绩效考核，考核结果次年1月通报。",
        "市政府办公室；市直各有关单位根据职责做好相关工作",
        "次年1月",
    ],
]

EARLY_ISSUE_NOTICE = [
    "某某区政务服务数据管理局文件",
    "某区数〔2022〕88号",
    "关于印发《某某区政务服务数据管理局2023年政务公开工作要点》的通知",
    "局机关各科室、局属各单位：",
    "现将《某某区政务服务数据管理局2023年政务公开工作要点》印发给你们，请抓好落实。",
    "某某区政务服务数据管理局",
    "2022年12月26日",
    "某某区政务服务数据管理局2023年政务公开工作要点",
]
EARLY_ISSUE_ROWS = [
    ["一、规范信息发布", "1. 每月更新本局财政资金使用情况。", "规划财务科", "完成时限：每月10日前"],
    ["", "2. 及时公开行政许可办理结果。", "审批管理科（牵头）、各业务科室", "时限：长期"],
    [
        "二、做好依申请公开",
        "3. 按季度统计依申请公开办理情况并报送区政府办公室。",
        "办公室",
        "每季度末",
    ],
    [
        "",
        "4. 修订依申请公开工作规程，印发全局执行。",
        "办公室牵头\n各科室、单位负责落实",
        "第一季度末",
    ],
    ["三、加强平台管理", "5. 完成政务新媒体年度自查。", "信息中心\n负责落实", "9月上旬"],
    ["", "6. 完成门户网站栏目优化并开展回头看。", "信息中心、办公室", "下一年第一季度"],
    [
        "",
        "7. 做好2022年度政府信息公开工作年度报告发布。",
        "办公室",
        "完成时限：2023年1月31日前",
    ],
]


def build(target: Path) -> list[Path]:
    target.mkdir(parents=True, exist_ok=True)
    three_year = build_docx(
        target / "fields-three-year-2022.docx",
        before=THREE_YEAR_NOTICE,
        header=["序号", "重点任务", "具体措施", "责任单位", "完成时限"],
        rows=THREE_YEAR_ROWS,
        merges=[((1, 1), (2, 1)), ((3, 1), (5, 1)), ((6, 1), (7, 1))],
    )
    early_issue = build_docx(
        target / "fields-early-issue-2023.docx",
        before=EARLY_ISSUE_NOTICE,
        header=["工作任务", "具体要求", "责任科室", "时间节点"],
        rows=EARLY_ISSUE_ROWS,
        merges=[((1, 0), (2, 0)), ((3, 0), (4, 0)), ((5, 0), (7, 0))],
    )
    return [three_year, early_issue]
