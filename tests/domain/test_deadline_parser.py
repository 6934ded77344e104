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
        # recurring: the first occurrence in the plan year (no issue date given)
        ("每季度", date(2021, 3, 31), QUARTERLY),
        ("每月10日前", date(2021, 1, 10), MONTHLY),
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
        ("每月10日前报送进展", "每月10日前", date(2022, 1, 10), MONTHLY),
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


# --- read against the plan's own dates (issue 17) -----------------------------------
ISSUED = date(2022, 3, 15)


@pytest.mark.parametrize(
    ("text", "issued_on", "due"),
    [
        ("方案印发后30日内", ISSUED, date(2022, 4, 14)),
        ("本方案印发后30日内", ISSUED, date(2022, 4, 14)),
        ("本实施方案印发后30日内", ISSUED, date(2022, 4, 14)),
        ("自印发之日起30日内", ISSUED, date(2022, 4, 14)),
        ("自本方案印发之日起1个月内", ISSUED, date(2022, 4, 15)),
        ("方案发布后15天内", ISSUED, date(2022, 3, 30)),
        ("印发后2周内", ISSUED, date(2022, 3, 29)),
        # another document's issue is no date of the plan's: a rule only
        ("政策文件印发后20个工作日内", ISSUED, None),
        ("收到申请之日起15个工作日内", ISSUED, None),
        # no issue date known: a rule, no date
        ("方案印发后30日内", None, None),
    ],
)
def test_after_the_plan_is_issued(text: str, issued_on: date | None, due: date | None) -> None:
    deadline = parse(text, 2022, issued_on=issued_on)
    assert deadline.due == due
    assert deadline.understood and deadline.rule


def test_the_rule_names_the_event_without_its_preposition() -> None:
    rule = json.loads(parse("自本方案印发之日起30日内", 2022).rule)
    assert rule == {"event": "印发", "days": 30, "working": False}


@pytest.mark.parametrize(
    ("text", "issued_on", "due", "recurrence"),
    [
        # the first occurrence on or after the issue date
        ("每年1月31日前", date(2022, 3, 15), date(2023, 1, 31), YEARLY),
        ("每年1月31日前", date(2022, 1, 20), date(2022, 1, 31), YEARLY),
        ("每年1月31日前", date(2022, 1, 31), date(2022, 1, 31), YEARLY),
        ("每年的3月底前", date(2022, 5, 1), date(2023, 3, 31), YEARLY),
        ("每年第一季度", date(2022, 5, 1), date(2023, 3, 31), YEARLY),
        ("每年", date(2022, 5, 1), date(2022, 12, 31), YEARLY),
        ("每季度末", date(2022, 3, 15), date(2022, 3, 31), QUARTERLY),
        ("每季度", date(2022, 4, 1), date(2022, 6, 30), QUARTERLY),
        ("每季度", date(2022, 12, 31), date(2022, 12, 31), QUARTERLY),
        ("每月10日前", date(2022, 3, 15), date(2022, 4, 10), MONTHLY),
        ("每月10日前", date(2022, 12, 11), date(2023, 1, 10), MONTHLY),
        ("每月", date(2022, 2, 3), date(2022, 2, 28), MONTHLY),
        ("每月底", date(2022, 2, 3), date(2022, 2, 28), MONTHLY),
        # a 2022 plan issued in December 2021 starts counting on 1 January 2022
        ("每月10日前", date(2021, 12, 5), date(2022, 1, 10), MONTHLY),
        ("每年1月31日前", date(2021, 12, 5), date(2022, 1, 31), YEARLY),
        # no issue date: the first occurrence in the plan year
        ("每年1月31日前", None, date(2022, 1, 31), YEARLY),
        ("每季度末", None, date(2022, 3, 31), QUARTERLY),
        ("每月10日前", None, date(2022, 1, 10), MONTHLY),
    ],
)
def test_recurring_limits_start_at_their_first_occurrence(
    text: str, issued_on: date | None, due: date, recurrence: Recurrence
) -> None:
    deadline = parse(text, 2022, issued_on=issued_on)
    assert (deadline.due, deadline.recurrence) == (due, recurrence)


def test_recurrence_values_are_the_designed_words() -> None:
    words = {parse(text, 2022).recurrence for text in ("全年", "每年", "每季度", "每月")}
    assert {str(word) for word in words} == {"continuous", "yearly", "quarterly", "monthly"}


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("上半年", date(2022, 6, 30)),
        ("下半年", date(2022, 12, 31)),
        ("2022年上半年", date(2022, 6, 30)),
        # later years of a multi-year plan keep their own year
        ("到2023年底", date(2023, 12, 31)),
        ("2023年底前完成", date(2023, 12, 31)),
        ("2024年6月", date(2024, 6, 30)),
        ("2025年", date(2025, 12, 31)),
        ("次年1月", date(2023, 1, 31)),
        ("下一年第一季度", date(2023, 3, 31)),
        ("第一季度末", date(2022, 3, 31)),
        ("三季度末", date(2022, 9, 30)),
        ("9月上旬", date(2022, 9, 10)),
        ("9月中旬", date(2022, 9, 20)),
        ("9月下旬", date(2022, 9, 30)),
        ("2月下旬", date(2022, 2, 28)),
    ],
)
def test_dated_limits_in_a_2022_plan(text: str, due: date) -> None:
    deadline = parse(text, 2022)
    assert (deadline.due, deadline.recurrence) == (due, None)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("完成时限：2022年10月底前", "2022年10月底前"),
        ("责任时限：6月底前", "6月底前"),
        ("时间节点：长期", "长期"),
        ("时限：每季度", "每季度"),
        ("时限要求: 年底前", "年底前"),
        ("2022年10月底前", "2022年10月底前"),
    ],
)
def test_a_label_is_not_part_of_the_deadline_text(text: str, kept: str) -> None:
    deadline = parse(text, 2022)
    assert deadline.text == kept
    assert deadline.understood


@pytest.mark.parametrize(
    ("text", "due", "interim"),
    [
        (
            "6月底前完成初稿，12月底前完成",
            date(2022, 12, 31),
            [("6月底前完成初稿", date(2022, 6, 30))],
        ),
        (
            "3月底前、6月底前、9月底前各报送一次",
            date(2022, 9, 30),
            [("3月底前", date(2022, 3, 31)), ("6月底前", date(2022, 6, 30))],
        ),
        # one limit written twice over is one limit
        ("2022年年底前", date(2022, 12, 31), []),
        ("全年持续推进", date(2022, 12, 31), []),
    ],
)
def test_several_limits_in_one_cell_are_due_on_the_final_one(
    text: str, due: date, interim: list[tuple[str, date]]
) -> None:
    deadline = parse(text, 2022)
    assert deadline.due == due
    assert list(deadline.interim) == interim


def test_continuous_work_with_a_dated_limit_keeps_both() -> None:
    deadline = parse("持续推进，2023年6月底前完成", 2022)
    assert (deadline.due, deadline.recurrence) == (date(2023, 6, 30), CONTINUOUS)


@pytest.mark.parametrize("text", ["5年内", "3年内完成", "及时更新", "按上级要求"])
def test_counter_cases_are_not_year_ends(text: str) -> None:
    deadline = parse(text, 2022)
    assert deadline.due is None and deadline.recurrence is None


@pytest.mark.parametrize(
    ("text", "found", "due"),
    [
        ("各单位在本方案印发后30日内报送联络员名单", "本方案印发后30日内", date(2022, 4, 14)),
        ("自方案印发之日起15日内完成自查", "自方案印发之日起15日内", date(2022, 3, 30)),
        # another document's issue: a rule, no date
        ("政策文件印发后20个工作日内公开解读材料", "政策文件印发后20个工作日内", None),
    ],
)
def test_after_issue_inside_requirement_text(text: str, found: str, due: date | None) -> None:
    deadline = find_in_text(text, 2022, issued_on=ISSUED)
    assert deadline is not None
    assert (deadline.text, deadline.due) == (found, due)


def test_who_acts_is_not_part_of_the_event() -> None:
    deadline = parse("各单位在本方案印发后30日内", 2022)
    assert json.loads(deadline.rule)["event"] == "印发"
    in_text = find_in_text("请各单位于收到申请后3个工作日内答复", 2022)
    assert in_text is not None and in_text.text == "收到申请后3个工作日内"
    assert json.loads(in_text.rule)["event"] == "收到申请"
