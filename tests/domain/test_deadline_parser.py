from __future__ import annotations

import json
from datetime import date

import pytest

from govledger.domain.deadline_parser import find_in_text, parse
from govledger.domain.model import Recurrence
from govledger.domain.working_days import WorkingCalendar

CONTINUOUS, YEARLY = Recurrence.CONTINUOUS, Recurrence.YEARLY
QUARTERLY, MONTHLY = Recurrence.QUARTERLY, Recurrence.MONTHLY


@pytest.mark.parametrize(
    ("text", "due", "recurrence"),
    [
        ("全年", date(2021, 12, 31), CONTINUOUS),
        ("长期", None, CONTINUOUS),
        ("持续推进", None, CONTINUOUS),
        ("常态化", None, CONTINUOUS),
        ("上半年", date(2021, 6, 30), None),
        ("下半年", date(2021, 12, 31), None),
        ("一季度", date(2021, 3, 31), None),
        ("第一季度", date(2021, 3, 31), None),
        ("二季度", date(2021, 6, 30), None),
        ("第三季度", date(2021, 9, 30), None),
        ("四季度", date(2021, 12, 31), None),
        ("10月底前", date(2021, 10, 31), None),
        ("2月底前", date(2021, 2, 28), None),
        ("2021年底前", date(2021, 12, 31), None),
        ("2022年年底前", date(2022, 12, 31), None),
        ("年底前", date(2021, 12, 31), None),
        ("2021年11月20日前", date(2021, 11, 20), None),
        ("二〇二一年十一月二十日前", date(2021, 11, 20), None),
        ("2021年10月", date(2021, 10, 31), None),
        ("2021-10-15", date(2021, 10, 15), None),
        ("6月中旬", date(2021, 6, 20), None),
        ("每年1月31日前", date(2021, 1, 31), YEARLY),
        ("每年的1月31日前", date(2021, 1, 31), YEARLY),
        ("每年3月底前", date(2021, 3, 31), YEARLY),
        ("每季度", None, QUARTERLY),
        ("每月10日前", None, MONTHLY),
        ("下一年第一季度", date(2022, 3, 31), None),
        ("次年1月底前", date(2022, 1, 31), None),
        ("次年", date(2022, 12, 31), None),
        ("全年持续推进", date(2021, 12, 31), CONTINUOUS),
    ],
)
def test_column_expressions(text: str, due: date | None, recurrence: Recurrence | None) -> None:
    deadline = parse(text, 2021)
    assert (deadline.due, deadline.recurrence) == (due, recurrence)
    assert deadline.text == text
    assert deadline.source == "column"
    assert deadline.understood


def test_monthly_rule_keeps_the_day() -> None:
    assert json.loads(parse("每月10日前", 2021).rule) == {"every": "month", "day": 10}


def test_after_issue_is_relative_to_the_issue_date() -> None:
    deadline = parse("印发后20日内", 2021, issued_on=date(2021, 9, 28))
    assert deadline.due == date(2021, 10, 18)
    assert json.loads(deadline.rule) == {"event": "印发", "days": 20, "working": False}
    unknown = parse("印发后20日内", 2021)
    assert unknown.due is None and unknown.understood


def test_after_issue_in_working_days_uses_the_calendar() -> None:
    # 28 Sep 2021 + 3 working days: 29, 30 Sep, then the golden week, then 8 Oct
    deadline = parse("本方案印发后3个工作日内", 2021, issued_on=date(2021, 9, 28))
    assert deadline.due == date(2021, 10, 8)
    calendar = WorkingCalendar({date(2021, 10, 8): False})
    later = parse("印发后3个工作日内", 2021, issued_on=date(2021, 9, 28), calendar=calendar)
    assert later.due == date(2021, 10, 9)


@pytest.mark.parametrize(("text", "days"), [("3个工作日内", 3), ("10个工作日内", 10)])
def test_working_days_after_an_event_are_a_rule_only(text: str, days: int) -> None:
    deadline = parse(text, 2021, issued_on=date(2021, 9, 28))
    assert deadline.due is None
    assert json.loads(deadline.rule) == {"event": "", "days": days, "working": True}


def test_event_is_named_in_the_rule() -> None:
    deadline = parse("收到申请之日起15个工作日内", 2021)
    assert json.loads(deadline.rule)["event"] == "收到申请"
    assert deadline.due is None


@pytest.mark.parametrize("text", ["及时", "按要求", "根据工作需要", ""])
def test_unrecognised_column_text_is_kept_but_not_understood(text: str) -> None:
    deadline = parse(text, 2021)
    assert not deadline.understood
    assert deadline.text == text


@pytest.mark.parametrize(
    ("text", "found", "due", "recurrence"),
    [
        ("2021年底前制定或完善本单位制度", "2021年底前", date(2021, 12, 31), None),
        ("需于 2021 年 11 月 20 日前完成", "2021年11月20日前", date(2021, 11, 20), None),
        ("2021年10月底前做好信息公开，并长期坚持。", "2021年10月底前", date(2021, 10, 31), None),
        ("按照规定于每年的1月31日前发布年报", "每年的1月31日前", date(2022, 1, 31), YEARLY),
        ("于每年的3月1日前发布法治政府报告", "每年的3月1日前", date(2022, 3, 1), YEARLY),
        ("年底前完成清理", "年底前", date(2022, 12, 31), None),
        ("10月底前报送", "10月底前", date(2022, 10, 31), None),
        ("每月10日前报送进展", "每月10日前", None, MONTHLY),
        ("次年1月底前报送总结", "次年1月底前", date(2023, 1, 31), None),
    ],
)
def test_deadlines_inside_requirement_text(
    text: str, found: str, due: date | None, recurrence: Recurrence | None
) -> None:
    deadline = find_in_text(text, 2022)
    assert deadline is not None
    assert (deadline.text, deadline.due, deadline.recurrence) == (found, due, recurrence)
    assert deadline.source == "text"


def test_event_relative_in_text() -> None:
    deadline = find_in_text("收到申请后3个工作日内作出答复", 2022)
    assert deadline is not None and deadline.due is None
    assert json.loads(deadline.rule) == {"event": "收到申请", "days": 3, "working": True}


@pytest.mark.parametrize(
    "text",
    [
        "按照考核要求，每年至少更新一次“开放广东”数据集资料。",  # jgzx #18
        "局主要负责同志每年至少听取1次政务公开工作汇报",
        "确保政策解读、平台建设、常态化监测等工作顺利开展",
        "围绕省委“1+1+9”工作部署加大重大政策解读力度",
        "严格落实《通知》（国办公开办函〔2019〕60号）文件要求",
        "纳入政府绩效考核体系且分值权重不低于4%的要求",
        "2021年底前政府网站全部支持互联网协议第6版",  # the date counts, 第6版 does not
        "建立本部门2021年政务公开工作重点任务台账",
        "主动公开第十四个五年规划纲要",
        "有效依托12345政务服务便民热线",
        "2021年12月召开专题会议",
        "5年内完成",
        "持续推进基层政务公开标准化规范化",
    ],
)
def test_no_false_deadlines_in_text(text: str) -> None:
    deadline = find_in_text(text, 2021)
    if "2021年底前" in text:
        assert deadline is not None and deadline.text == "2021年底前"
    else:
        assert deadline is None


def test_the_first_deadline_in_text_wins() -> None:
    deadline = find_in_text("6月底前完成初稿，2021年12月31日前正式发布", 2021)
    assert deadline is not None and deadline.due == date(2021, 6, 30)


def test_impossible_dates_are_skipped() -> None:
    assert find_in_text("2021年2月30日前完成", 2021) is None
    assert not parse("13月底前", 2021).understood
