"""The national format of the 政府信息公开工作年度报告, as data: every label in one place.

Source: /work/shared/annual-report-format.md (a summary of 国办公开办函〔2021〕30号).
Items marked ``REVIEW`` there were recalled, not checked against the gov.cn original;
they are kept here as plain strings so a clerk or developer who has the original can
correct them in this file alone. Nothing else in govledger spells a label of the
format: code elsewhere refers to rows and columns by the stable *codes* below (codes
are stored in ledgers; labels are only printed and shown).

Confidence marks on each item: [V] seen in a published source; [R] recalled, to be
checked; [P] a project choice (not part of the national format).
"""

from __future__ import annotations

from dataclasses import dataclass

FORMAT_NAME = "中华人民共和国政府信息公开工作年度报告格式（国办公开办函〔2021〕30号）"  # [V]

# ------------------------------------------------------------------ the report
REPORT_TITLE = "{organization}{year}年政府信息公开工作年度报告"  # [P] as offices title it
# The opening paragraph most reports print before 一、 [R: wording varies by office].
PREAMBLE = (
    "本报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和"
    "《中华人民共和国政府信息公开工作年度报告格式》要求编制。"
    "全文包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、"
    "政府信息公开行政复议、行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项。"
    "本报告所列数据的统计期限自{year}年1月1日起至{year}年12月31日止。"
)
# What the CLI and the editor call the parts that are not one of the six [P].
ORGANIZATION_LABEL = "单位名称"
PREAMBLE_LABEL = "开头段落"
# The signature's date while the report year is still running [P].
ISSUE_DATE_PLACEHOLDER = "〔成文日期〕"
ISSUE_DATE_LABEL = "成文日期"
# The statutory publication day for 县级以上人民政府部门 (条例 第四十九条) [R].
PUBLISH_BY = (1, 31)  # (month, day) of the year after the report year

# The six parts, in order (2021 format) [V].
SECTION_TITLES = {
    "overview": "一、总体情况",
    "active": "二、主动公开政府信息情况",
    "applications": "三、收到和处理政府信息公开申请情况",
    "review": "四、政府信息公开行政复议、行政诉讼情况",
    "problems": "五、存在的主要问题及改进情况",
    "other": "六、其他需要报告的事项",
}
# Sub-items of 六 the app drafts [R: names vary; these are the common ones].
OTHER_PARTS = {
    "fees": "收取信息处理费情况",
    "work_points": "本机关落实上级年度政务公开工作要点情况",
    "other_matters": "其他需要报告的事项",
}

# ------------------------------------------------------------------ 表二 (主动公开)
CONTENT_HEADER = "信息内容"  # [V]


@dataclass(frozen=True, slots=True)
class ActiveBlock:
    """One 第二十条 item of table 二: a caption row, a header row, its data rows."""

    code: str
    caption: str
    columns: tuple[tuple[str, str], ...]  # (code, header label)
    rows: tuple[tuple[str, str], ...]  # (code, row label)
    decimal: bool = False  # amounts (万元) rather than counts


TABLE2_BLOCKS = (  # [V: sample reports and third-party form code]
    ActiveBlock(
        "item1",
        "第二十条第（一）项",
        (("made", "本年制发件数"), ("repealed", "本年废止件数"), ("in_force", "现行有效件数")),
        (("rules", "规章"), ("normative", "行政规范性文件")),
    ),
    ActiveBlock(
        "item5",
        "第二十条第（五）项",
        (("decisions", "本年处理决定数量"),),
        (("licensing", "行政许可"),),
    ),
    ActiveBlock(
        "item6",
        "第二十条第（六）项",
        (("decisions", "本年处理决定数量"),),
        (("punishment", "行政处罚"), ("coercion", "行政强制")),
    ),
    ActiveBlock(
        "item8",
        "第二十条第（八）项",
        (("amount", "本年收费金额（单位：万元）"),),
        (("fees", "行政事业性收费"),),
        decimal=True,
    ),
)

# ------------------------------------------------------------------ 表三 (依申请公开)
# The top-left corner holds the column cross-check note; "申请人情况" spans the
# numeric columns [V: published reports' HTML; R in the format summary].
TABLE3_CORNER = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）"
TABLE3_TOP_HEADER = "申请人情况"
ORGANIZATIONS_HEADER = "法人或其他组织"
TOTAL_LABEL = "总计"  # some implementations write 合计 [R]

# Applicant columns: (code, label). The first is a person; the rest sit under
# 法人或其他组织 [V].
APPLICANT_TYPES = (
    ("natural_person", "自然人"),
    ("business", "商业企业"),
    ("research", "科研机构"),
    ("public_interest", "社会公益组织"),
    ("legal_service", "法律服务机构"),
    ("other_org", "其他"),
)
TOTAL = "total"  # the 总计 column's code
TABLE3_COLUMNS = (*APPLICANT_TYPES, (TOTAL, TOTAL_LABEL))
# How the register's add dialog names the last type (the table only says 其他) [P].
APPLICANT_TYPE_LONG = {"other_org": "其他法人或其他组织"}

RESULTS_LABEL = "三、本年度办理结果"  # [V]


@dataclass(frozen=True, slots=True)
class ApplicationRow:
    """A row of table 三. ``group`` is the (三)…(六) label a numbered reason sits under."""

    code: str
    label: str
    group: str = ""
    in_results: bool = False  # under 三、本年度办理结果
    outcome: bool = False  # an application's 办理结果 is one of these rows


def _results(group: str, *labels: tuple[str, str]) -> tuple[ApplicationRow, ...]:
    return tuple(
        ApplicationRow(code, label, group, in_results=True, outcome=True) for code, label in labels
    )


TABLE3_ROWS: tuple[ApplicationRow, ...] = (  # labels [V]; (二)'s parenthesis [R]
    ApplicationRow("new", "一、本年新收政府信息公开申请数量"),
    ApplicationRow("carried_in", "二、上年结转政府信息公开申请数量"),
    *_results("", ("disclosed", "（一）予以公开")),
    *_results("", ("partly_disclosed", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）")),
    *_results(
        "（三）不予公开",
        ("withheld_state_secret", "1.属于国家秘密"),
        ("withheld_prohibited", "2.其他法律行政法规禁止公开"),
        ("withheld_security", "3.危及“三安全一稳定”"),
        ("withheld_third_party", "4.保护第三方合法权益"),
        ("withheld_internal", "5.属于三类内部事务信息"),
        ("withheld_process", "6.属于四类过程性信息"),
        ("withheld_enforcement", "7.属于行政执法案卷"),
        ("withheld_query", "8.属于行政查询事项"),
    ),
    *_results(
        "（四）无法提供",
        ("unavailable_not_held", "1.本机关不掌握相关政府信息"),
        ("unavailable_to_be_made", "2.没有现成信息需要另行制作"),
        ("unavailable_unclear", "3.补正后申请内容仍不明确"),
    ),
    *_results(
        "（五）不予处理",
        ("refused_petition", "1.信访举报投诉类申请"),
        ("refused_repeated", "2.重复申请"),
        ("refused_publication", "3.要求提供公开出版物"),
        ("refused_mass", "4.无正当理由大量反复申请"),
        ("refused_confirmation", "5.要求行政机关确认或重新出具已获取信息"),
    ),
    *_results(  # three sub-rows since the 2021 format [V]
        "（六）其他处理",
        (
            "other_no_correction",
            "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
        ),
        (
            "other_fee_unpaid",
            "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
        ),
        ("other_other", "3.其他"),
    ),
    ApplicationRow("results_total", "（七）总计", in_results=True),
    ApplicationRow("carried_out", "四、结转下年度继续办理"),
)
OUTCOMES = tuple(row for row in TABLE3_ROWS if row.outcome)
# The rows whose sum (七)总计 must equal, and the rows of the column identity.
RESULT_PARTS = tuple(row.code for row in OUTCOMES)

# ------------------------------------------------------------------ 表四 (复议、诉讼)
REVIEW_HEADER = "行政复议"  # [V]
LITIGATION_HEADER = "行政诉讼"
# (code, label): the groups of five columns; litigation's two sit under 行政诉讼.
REVIEW_GROUPS = (
    ("review", ""),
    ("direct_suit", "未经复议直接起诉"),
    ("suit_after_review", "复议后起诉"),
)
REVIEW_COLUMNS = (
    ("upheld", "结果维持"),
    ("corrected", "结果纠正"),
    ("other", "其他结果"),
    ("pending", "尚未审结"),
    (TOTAL, TOTAL_LABEL),
)

# ------------------------------------------------------------------ the register
# 申请方式 [P: the channels offices record; labels may be renamed here].
CHANNELS = (
    ("in_person", "当面"),
    ("mail", "邮寄"),
    ("online", "网络"),
    ("fax", "传真"),
    ("other", "其他"),
)
# 办理环节, in order [P].
STEPS = (
    ("registered", "登记"),
    ("reviewed", "审核"),
    ("handled", "办理"),
    ("replied", "答复"),
    ("archived", "归档"),
)
# What a document attached to an application is [P].
DOCUMENT_ROLES = (
    ("request", "申请书"),
    ("correction", "补正告知书"),
    ("extension", "延期答复告知书"),
    ("reply", "答复书"),
    ("other", "其他材料"),
)
# 条例 第三十三条: reply within 20 working days of receipt; one extension of at most
# 20 working days, approved by the head of the disclosure office [R].
REPLY_WORKDAYS = 20
MAX_EXTENSION_WORKDAYS = 20
# 条例 第三十条: after a request to 补正 the limit runs from receipt of the corrected
# application [R].
CORRECTION_RESTARTS_LIMIT = True

# 信息处理费 sentences for 六 [V: wording seen in reports].
FEES_NONE = "本年度未收取信息处理费。"
FEES_SOME = "本年度共对{count}件政府信息公开申请收取信息处理费，合计{amount}元。"


def label_of(pairs: tuple[tuple[str, str], ...], code: str) -> str:
    """The label for a code in one of the (code, label) lists above; the code if unknown."""
    return dict(pairs).get(code, code)


def _without_number(label: str) -> str:
    """（三）不予公开 -> 不予公开; 1.属于国家秘密 -> 属于国家秘密."""
    if label.startswith("（"):
        return label.split("）", 1)[-1]
    return label.split(".", 1)[-1]


def outcome_label(code: str) -> str:
    """An outcome as the register shows it: 不予公开—属于国家秘密, 部分公开."""
    row = table3_row(code)
    short = _without_number(row.label).split("（", 1)[0]
    return f"{_without_number(row.group)}—{short}" if row.group else short


def table3_row(code: str) -> ApplicationRow:
    for row in TABLE3_ROWS:
        if row.code == code:
            return row
    raise KeyError(code)
