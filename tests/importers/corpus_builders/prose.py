"""Corpus documents for prose plans (实施方案, 工作要点 written as paragraphs).

- prose-implementation-2023.docx (and .txt, the same plan pasted): a 实施方案 behind
  a covering notice, with commentary sections (总体要求, 工作目标, 保障措施) that are
  no duties, heading lines that carry their first item (三、重点任务 （一）… and
  四、强化平台建设。1.…), a connecting paragraph and an 附件 line.
- prose-numbering-mix-2022.docx: 1、 headings over 1. duties, numbering restarting
  under each heading (labels kept, 序号 plan-wide).
- prose-yishi-2024.docx: （一） headings whose duties are written 一是……；二是……
  in one paragraph, restarting in every section.
- prose-from-paren-2023.docx: a plan starting at （一）, 1. duties numbered across the
  plan, one of them split into （1）（2）.
- prose-unit-lines-2023.docx: duties whose units and time limit stand on lines of their
  own below them (牵头单位：… / 配合单位：… / 完成时限：…, or a bracketed line), a 工作要求
  section, (此件公开发布).
"""

from __future__ import annotations

from pathlib import Path

from tests.importers.documents import build_prose_docx

IMPLEMENTATION = [
    "某某县人民政府办公室关于印发某某县2023年政务公开工作实施方案的通知",
    "某府办发〔2023〕9号",
    "各乡镇人民政府，县直各单位：",
    "现将《某某县2023年政务公开工作实施方案》印发给你们，请认真抓好落实。",
    "某某县人民政府办公室",
    "2023年3月15日",
    "某某县2023年政务公开工作实施方案",
    "为进一步做好全县政务公开工作，结合我县实际，制定本方案。",
    "一、总体要求",
    "坚持以公开为常态、不公开为例外，围绕县委、县政府中心工作，推动政务公开提质增效。",
    "二、工作目标",
    "到2023年底，政府信息公开制度更加健全，公开平台更加规范，群众满意度进一步提升。",
    "三、重点任务 （一）深化决策公开。制定2023年度重大行政决策事项目录并向社会公布。"
    "（县司法局牵头，县直各部门配合，2023年6月底前）",
    "（二）做好财政信息公开。按规定公开部门预算、决算及“三公”经费说明。"
    "（县财政局牵头，各预算单位负责落实）",
    "各单位要对照上述任务，结合本单位职责细化措施，确保按时完成。",
    "四、强化平台建设。1.加强政府网站管理，每季度开展一次全面检查并公开检查结果。"
    "（县政务服务数据管理局）",
    "2.规范政务新媒体管理，完成年度账号核查。（县委网信办、县政务服务数据管理局按职责分工负责，"
    "2023年11月底前）",
    "五、保障措施",
    "（一）加强组织领导。各单位要明确1名分管领导和1名工作人员负责政务公开工作。",
    "（二）强化督促检查。县政府办公室将政务公开工作纳入年度绩效考核。",
    "附件：某某县政务公开工作联络员名单",
]

NUMBERING_MIX = [
    "某市交通运输局2022年政务公开工作要点",
    "1、推进重点领域信息公开",
    "1.公开交通运输领域重大建设项目批准和实施信息，按季度更新项目进展。（规划科牵头，建设科配合）",
    "2.做好道路运输行政许可信息公开，2022年6月底前完成许可事项清单更新。（运输科）",
    "2、加强政策解读和回应关切",
    "1.重要政策文件与解读材料同步起草、同步审签、同步发布。（办公室牵头，各科室配合）",
    "2.建立舆情回应台账，2022年9月底前完成制度修订。（办公室）",
    "3、夯实公开工作基础",
    "1.更新政府信息公开指南，2022年3月底前完成。（办公室）",
    "某市交通运输局",
    "2022年2月28日",
]

YISHI = [
    "某某区2024年政务公开工作要点",
    "一、加强政策公开",
    "（一）做好政策文件公开。一是及时公开区政府及部门规范性文件，2024年6月底前完成历史文件补录；"
    "二是2024年9月底前完成规范性文件清理并公开清理结果。（区司法局牵头，区政府各部门负责落实）",
    "（二）强化政策解读。一是重要政策与解读材料同步发布；二是区政府主要负责同志年内至少解读一次"
    "重要政策。（区政府办公室牵头，区政府各部门配合）",
    "二、优化公开平台",
    "（一）加强网站和新媒体管理。一是开展网站内容全面检查；二是清理关停“僵尸”新媒体账号；"
    "三是2024年10月底前完成适老化改造。（区政务服务数据管理局）",
]

FROM_PAREN = [
    "某县审批服务局2023年政务公开工作任务分工",
    "（一）推进决策公开",
    "1.公布年度重大行政决策事项目录。（办公室牵头，各股室配合，2023年6月底前）",
    "2.深化决策预公开",
    "（1）涉及群众切身利益的决策草案公开征求意见，期限不少于30日。（政策法规股）",
    "（2）公开意见收集和采纳情况。（政策法规股）",
    "（二）加强政府信息管理",
    "3.开展政府信息公开目录梳理。（办公室，2023年9月底前）",
    "4.做好政府信息公开工作年度报告编制和发布。（办公室，2023年1月31日前）",
]

UNIT_LINES = [
    "某市生态环境局2023年政务公开工作实施方案",
    "为做好2023年政务公开工作，制定本方案。",
    "一、主要任务",
    "（一）推进环境信息公开",
    "1.按月公开全市空气质量和地表水水质状况。",
    "牵头单位：监测科",
    "配合单位：各分局",
    "完成时限：每月10日前",
    "2.公开建设项目环境影响评价审批信息，受理后5个工作日内公开。",
    "责任单位：行政审批科",
    "（二）做好政策解读。一是新出台的规范性文件同步发布解读材料；二是组织开展“局长讲政策”活动。",
    "（办公室牵头，法规科配合，2023年11月底前）",
    "二、工作要求",
    "各科室、各分局要高度重视，明确专人负责，确保各项任务按时完成。",
    "（此件公开发布）",
]


def build(target: Path) -> list[Path]:
    target.mkdir(parents=True, exist_ok=True)
    written = [
        build_prose_docx(target / "prose-implementation-2023.docx", IMPLEMENTATION),
        build_prose_docx(target / "prose-numbering-mix-2022.docx", NUMBERING_MIX),
        build_prose_docx(target / "prose-yishi-2024.docx", YISHI),
        build_prose_docx(target / "prose-from-paren-2023.docx", FROM_PAREN),
        build_prose_docx(target / "prose-unit-lines-2023.docx", UNIT_LINES),
    ]
    pasted = target / "prose-implementation-2023.txt"
    pasted.write_text("\n".join(IMPLEMENTATION) + "\n", encoding="utf-8")
    return [*written, pasted]
