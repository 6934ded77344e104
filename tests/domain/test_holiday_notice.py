"""Reading the State Council's holiday notice as the clerk pastes it.

The notices of the years chinesecalendar knows are the reference: read from the
published text, their days off and make-up workdays must be exactly the package's.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import chinese_calendar
import pytest

from govledger.domain.holiday_notice import (
    BAD_DATE,
    NO_DAYS_OFF,
    NO_YEAR,
    UNKNOWN_SENTENCE,
    WEEKDAY_MISMATCH,
    parse_notice,
)

NOTICES = Path(__file__).parents[1] / "data" / "holiday_notices"


@pytest.mark.parametrize("year", [2024, 2025, 2026])
def test_published_notice_reads_as_the_built_in_schedule(year: int) -> None:
    notice = parse_notice((NOTICES / f"{year}.txt").read_text(encoding="utf-8"))
    assert notice.year == year
    assert notice.problems == []
    assert notice.days_off() == {day for day in chinese_calendar.holidays if day.year == year}
    assert notice.workdays() == {day for day in chinese_calendar.workdays if day.year == year}


def test_each_day_carries_its_festival() -> None:
    notice = parse_notice((NOTICES / "2026.txt").read_text(encoding="utf-8"))
    named = {entry.day: entry.name for entry in notice.days}
    assert named[date(2026, 2, 15)] == "春节"
    assert named[date(2026, 2, 28)] == "春节"  # a make-up workday belongs to its festival
    assert named[date(2026, 9, 20)] == "国庆节"
    assert notice.festivals()[:2] == ["元旦", "春节"]
    two = parse_notice((NOTICES / "2025.txt").read_text(encoding="utf-8"))
    assert {entry.name for entry in two.days if entry.day == date(2025, 10, 6)} == {
        "国庆节、中秋节"
    }


def test_advice_about_new_years_eve_is_not_a_day_off() -> None:
    notice = parse_notice((NOTICES / "2024.txt").read_text(encoding="utf-8"))
    assert date(2024, 2, 9) not in notice.days_off()  # 鼓励…安排职工在除夕（2月9日）休息


def test_range_across_months_and_a_single_day_joined_to_the_weekend() -> None:
    text = (
        "国务院办公厅关于2027年部分节假日安排的通知\n"
        "一、元旦：1月1日放假，与周末连休。\n"
        "二、劳动节：4月30日至5月5日放假调休，共6天。4月25日（周日）上班。\n"
    )
    notice = parse_notice(text)
    assert notice.year == 2027
    assert notice.problems == []
    assert notice.days_off() == {date(2027, 1, 1)} | {date(2027, 4, 30)} | {
        date(2027, 5, day) for day in range(1, 6)
    }
    assert notice.workdays() == {date(2027, 4, 25)}


def test_a_copy_that_ran_the_items_together_with_full_width_digits_and_spaces() -> None:
    text = (
        "关于２０２７年部分节假日安排的通知 一、元旦：１月１日（周五） 至３日（周日）放假，共3天。"
        "二、春节：2月 6日至 12日放假调休，共7天。2月 14日（周日）上班。"
    )
    notice = parse_notice(text)
    assert notice.problems == []
    assert notice.days_off() == {date(2027, 1, d) for d in (1, 2, 3)} | {
        date(2027, 2, d) for d in range(6, 13)
    }
    assert notice.workdays() == {date(2027, 2, 14)}


def test_a_range_into_the_next_year() -> None:
    notice = parse_notice("一、元旦：12月31日至1月2日放假调休，共3天。", year=2010)
    assert notice.days_off() == {date(2010, 12, 31), date(2011, 1, 1), date(2011, 1, 2)}


def test_the_title_gives_the_year_and_without_one_the_callers_year_is_used() -> None:
    body = "一、元旦：1月1日放假。"
    assert parse_notice(body, year=2028).days_off() == {date(2028, 1, 1)}
    titled = "国务院办公厅关于2029年部分节假日安排的通知\n" + body
    assert parse_notice(titled, year=2028).year == 2029
    without = parse_notice(body)
    assert without.year is None
    assert [problem.reason for problem in without.problems] == [NO_YEAR]


def test_lines_that_cannot_be_read_are_reported_not_guessed() -> None:
    text = (
        "国务院办公厅关于2027年部分节假日安排的通知\n"
        "一、元旦：1月1日（周四）放假。\n"  # 1 January 2027 is a Friday
        "二、春节：待定。\n"
        "三、清明节：2月30日放假。\n"
        "四、劳动节：5月1日至5日放假调休。5月8日（周六）补班。\n"
    )
    notice = parse_notice(text)
    reasons = {problem.reason: problem for problem in notice.problems}
    assert reasons[WEEKDAY_MISMATCH].detail == "2027-01-01"
    assert date(2027, 1, 1) in notice.days_off()  # kept, but the clerk is told to check
    assert reasons[NO_DAYS_OFF].line.startswith("二、春节")
    assert reasons[BAD_DATE].detail == "2月30日"
    assert reasons[UNKNOWN_SENTENCE].line == "5月8日（周六）补班"
    assert date(2027, 5, 8) not in notice.workdays()
    assert len(notice.problems) == 4


def test_the_preamble_and_signature_dates_are_not_read_as_days() -> None:
    notice = parse_notice((NOTICES / "2024.txt").read_text(encoding="utf-8"))
    assert date(2023, 10, 25) not in notice.days_off() | notice.workdays()
    assert all(entry.day.year == 2024 for entry in notice.days)


def test_a_holiday_written_with_years_across_new_year() -> None:
    # 2023: 元旦 ran 2022年12月31日至2023年1月2日. (chinesecalendar also lists 30 and 31
    # December 2023 as days off: weekend days of the 2024 New Year, from the 2024 notice.)
    notice = parse_notice((NOTICES / "2023.txt").read_text(encoding="utf-8"))
    assert notice.problems == []
    built_in = {day for day in chinese_calendar.holidays if day.year == 2023}
    assert notice.days_off() == built_in - {date(2023, 12, 30), date(2023, 12, 31)} | {
        date(2022, 12, 31)
    }
    assert notice.workdays() == {day for day in chinese_calendar.workdays if day.year == 2023}
