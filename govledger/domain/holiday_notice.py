"""Read the State Council's holiday notice (国务院办公厅关于XXXX年部分节假日安排的通知).

chinesecalendar only knows the years announced before its release, and the next
year's notice comes out in November. Rather than making the clerk type every day,
the editor takes the notice as published and this module reads it:

    国务院办公厅关于2026年部分节假日安排的通知
    一、元旦：1月1日（周四）至3日（周六）放假调休，共3天。1月4日（周日）上班。
    二、春节：2月15日（农历腊月二十八、周日）至23日（农历正月初七、周一）放假调休，共9天。
    2月14日（周六）、2月28日（周六）上班。

Each numbered item names a festival; in it, the sentence with 放假 gives the days off
(single days, or ranges "A至B" that may cross a month: "4月30日至5月5日") and the
sentence ending in 上班 the make-up workdays. The year comes from the title. The
weekday printed beside a date (周四, 星期日) is checked: a mismatch means the text
was mistyped or the year is wrong, and the clerk is told.

Nothing is guessed silently: every line that looks like part of the schedule but
could not be read is returned in ``problems`` with a reason code, for the editor
to show before anything is saved.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, timedelta

# Reason codes of NoticeProblem (the editor words them in the clerk's language).
NO_YEAR = "no_year"  # neither the title nor the caller gave the year
NO_DAYS_OFF = "no_days_off"  # a festival item without a readable day off
BAD_DATE = "bad_date"  # a date that does not exist (2月30日) or has no month
WEEKDAY_MISMATCH = "weekday_mismatch"  # 1月4日（周一） when 4 January is a Sunday
UNKNOWN_SENTENCE = "unknown_sentence"  # dates in a sentence that is neither 放假 nor 上班

_WEEKDAYS = {"一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6}

# The patterns take full-width and ASCII punctuation alike: （1月1日） or (1月1日).
_TITLE_YEAR = re.compile(r"(\d{4})年(?:部分)?节假日")
_ITEM = re.compile(r"^([一二三四五六七八九十]+)[、.．]([^:：]{1,20}?)[:：](.*)$")
_ITEM_START = re.compile(r"(?=[一二三四五六七八九十]+、[^:：、,，。]{1,12}[:：])")
_DATE = re.compile(r"(?:(\d{4})年)?(?:(\d{1,2})月)?(\d{1,2})日(?:[(（]([^)）]*)[)）])?")
_RANGE_JOIN = re.compile(r"^(?:至|到|-|－|—|–|~|～)$")
_FULL_WIDTH_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")
_WEEKDAY_HINT = re.compile(r"(?:周|星期)([一二三四五六日天])")


@dataclass(frozen=True, slots=True)
class NoticeDay:
    day: date
    is_workday: bool  # True: a make-up workday (调休上班); False: a day off
    name: str  # the festival as the notice names it: 春节, 国庆节、中秋节


@dataclass(frozen=True, slots=True)
class NoticeProblem:
    line: str  # the text as pasted (one item, or one sentence of it)
    reason: str  # one of the reason codes above
    detail: str = ""  # the date concerned, for weekday mismatches and bad dates


@dataclass(slots=True)
class HolidayNotice:
    year: int | None
    days: list[NoticeDay] = field(default_factory=list)
    problems: list[NoticeProblem] = field(default_factory=list)

    def days_off(self) -> set[date]:
        return {entry.day for entry in self.days if not entry.is_workday}

    def workdays(self) -> set[date]:
        return {entry.day for entry in self.days if entry.is_workday}

    def festivals(self) -> list[str]:
        """The festival names in the order of their first day off."""
        return list(dict.fromkeys(entry.name for entry in self.days if not entry.is_workday))


def _clean(line: str) -> str:
    # PDF and web copies carry stray spaces between characters; Chinese needs none.
    # Punctuation stays as printed, so a line reported back reads as the clerk pasted it.
    return re.sub(r"\s+", "", line.translate(_FULL_WIDTH_DIGITS))


def notice_year(text: str) -> int | None:
    """The year from the title (…关于2027年部分节假日安排的通知) or the first sentence."""
    found = _TITLE_YEAR.search(_clean(text))
    if found is None:  # no title pasted: "现将2027年元旦、春节…的具体安排通知如下"
        found = re.search(r"现将(\d{4})年", _clean(text))
    return int(found.group(1)) if found else None


def _items(text: str) -> list[str]:
    """The notice's lines, with numbered items that a copy ran together split apart."""
    lines: list[str] = []
    for raw in text.splitlines():
        cleaned = _clean(raw)
        lines += [part for part in _ITEM_START.split(cleaned) if part]
    return lines


def parse_notice(text: str, year: int | None = None) -> HolidayNotice:
    """The days off and make-up workdays of a pasted notice.

    year: used when the pasted text has no title; the title wins when both exist.
    """
    notice = HolidayNotice(notice_year(text) or year)
    if notice.year is None:
        notice.problems.append(NoticeProblem(text.strip().splitlines()[0] if text else "", NO_YEAR))
        return notice
    for line in _items(text):
        item = _ITEM.match(line)
        if item is None:
            continue  # the title, the preamble, the closing words, the signature
        name, body = item.group(2), item.group(3)
        before = len(notice.problems)
        days = _read_item(body, name, notice.year, notice.problems)
        if not any(not entry.is_workday for entry in days) and len(notice.problems) == before:
            notice.problems.append(NoticeProblem(line, NO_DAYS_OFF))
        notice.days += days
    notice.days = _without_repeats(notice.days)
    return notice


def _without_repeats(days: list[NoticeDay]) -> list[NoticeDay]:
    # A day named twice (a mistyped range overlapping the next) keeps its first reading.
    seen: dict[date, NoticeDay] = {}
    for entry in days:
        seen.setdefault(entry.day, entry)
    return sorted(seen.values(), key=lambda entry: entry.day)


def _read_item(body: str, name: str, year: int, problems: list[NoticeProblem]) -> list[NoticeDay]:
    days: list[NoticeDay] = []
    for sentence in re.split(r"[。;；]", body):
        if not sentence:
            continue
        if sentence.startswith("鼓励"):
            continue  # advice such as 安排职工在除夕（2月9日）休息: not a rule
        dates = _dates(sentence, year, problems)
        if dates is None:
            continue  # a bad date, already reported
        if not dates:
            continue  # 共3天, 不调休 …
        if sentence.endswith("上班"):
            days += [NoticeDay(day, True, name) for day in dates]
        elif "放假" in sentence:
            days += [NoticeDay(day, False, name) for day in dates]
        else:
            problems.append(NoticeProblem(sentence, UNKNOWN_SENTENCE))
    return days


def _dates(sentence: str, year: int, problems: list[NoticeProblem]) -> list[date] | None:
    """Every day a sentence names, ranges expanded; None when one cannot be read."""
    found: list[date] = []
    month: int | None = None
    previous_end = 0
    range_start: date | None = None
    for match in _DATE.finditer(sentence):
        year_text, month_text, day_text, note = match.groups()
        if month_text:
            month = int(month_text)
        if month is None:
            problems.append(NoticeProblem(sentence, BAD_DATE, match.group(0)))
            return None
        this_year = int(year_text) if year_text else year
        try:
            day = date(this_year, month, int(day_text))
        except ValueError:
            problems.append(NoticeProblem(sentence, BAD_DATE, match.group(0)))
            return None
        hint = _WEEKDAY_HINT.search(note or "")
        if hint and _WEEKDAYS[hint.group(1)] != day.weekday():
            problems.append(NoticeProblem(sentence, WEEKDAY_MISMATCH, day.isoformat()))
        joined_to_previous = _RANGE_JOIN.match(sentence[previous_end : match.start()])
        if range_start is not None and joined_to_previous:
            if day < range_start:  # 12月31日至1月2日: the range runs into the next year
                day = day.replace(year=day.year + 1)
            found += _span(range_start + timedelta(days=1), day)
        else:
            found.append(day)
        range_start, previous_end = day, match.end()
    return found


def _span(first: date, last: date) -> list[date]:
    return [first + timedelta(days=offset) for offset in range((last - first).days + 1)]
