"""Deadlines as written in plans → a due date, a recurrence or an event-relative rule.

``parse`` reads a 时间节点 / 完成时限 column ("全年", "10月底前", "每季度",
"印发后20日内"); ``find_in_text`` looks inside a requirement's text for the few
forms that are unmistakably deadlines there ("2021年底前制定…", "需于2021年11月20日前
完成", "于每年的1月31日前发布"). The text search is deliberately strict: "每年至少
更新一次", "常态化监测" or "1+1+9" are not deadlines.
"""

from __future__ import annotations

import calendar as _calendar
import json
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from govledger.domain.model import Recurrence
from govledger.domain.outline import cn_to_int
from govledger.domain.working_days import WorkingCalendar


@dataclass(frozen=True, slots=True)
class Deadline:
    text: str  # the deadline expression as found
    due: date | None = None
    recurrence: Recurrence | None = None
    rule: str = ""  # JSON, e.g. {"event": "印发", "days": 3, "working": true}
    source: str = "column"  # "column" or "text"

    @property
    def understood(self) -> bool:
        return self.due is not None or self.recurrence is not None or bool(self.rule)


@dataclass(frozen=True, slots=True)
class _Context:
    year: int
    issued_on: date | None
    calendar: WorkingCalendar | None


_Result = tuple[date | None, Recurrence | None, str]
_Handler = Callable[[re.Match[str], _Context], _Result | None]

# --- pattern fragments -------------------------------------------------------------
_NUM = r"\d{1,2}|[一二三四五六七八九十]{1,3}"
_YEAR = (
    r"(?:(?<!\d)(?P<y>\d{4}|[〇零一二三四五六七八九]{4})年度?"
    r"|(?P<rel>下一年度?|次年度?|下年度?|明年|今年|本年度?|当年))"
)
_YEAR_PLAIN = r"(?<![\d〇零一二三四五六七八九十两几多每])年"  # 年底前 — not 5年内, not 每年
_M = rf"(?<![\d一二三四五六七八九十])(?P<m>{_NUM})月份?"
_D = rf"(?P<d>{_NUM})[日号]"
_Q = r"第?(?P<q>[一二三四1-4])季度?"
_BEFORE = r"(?:前|之前|以前)"
_RELATIVE_AMOUNT = (
    r"(?P<n>\d{1,3}|[一二三四五六七八九十]{1,3})个?(?P<unit>工作日|自然日|日|天|个月|周)"
)
_WITHIN = r"(?:内|以内|之内)"
_EVENT_STOP = r"[^,，。;；、:：()（）《》“”]"


def _number(text: str) -> int:
    return int(text) if text.isdigit() else cn_to_int(text)


def _year_of(match: re.Match[str], ctx: _Context) -> int | None:
    groups = match.groupdict()
    if groups.get("y"):
        year = _number(groups["y"])
        return year if 1990 <= year <= 2100 else None
    rel = groups.get("rel") or ""
    if rel.startswith(("下", "次", "明")):
        return ctx.year + 1
    return ctx.year


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _month_end(year: int, month: int) -> date | None:
    if not 1 <= month <= 12:
        return None
    return date(year, month, _calendar.monthrange(year, month)[1])


def _quarter_end(year: int, quarter: str) -> date:
    number = _number(quarter) if quarter.isdigit() else "一二三四".index(quarter) + 1
    return _month_end(year, number * 3)  # type: ignore[return-value]


# --- handlers: match -> (due, recurrence, rule) ---------------------------------------
def _on_date(match: re.Match[str], ctx: _Context) -> _Result | None:
    year = _year_of(match, ctx)
    due = year and _safe_date(year, _number(match["m"]), _number(match["d"]))
    return (due, None, "") if due else None


def _on_month_end(match: re.Match[str], ctx: _Context) -> _Result | None:
    year = _year_of(match, ctx)
    due = year and _month_end(year, _number(match["m"]))
    return (due, None, "") if due else None


def _on_before_month(match: re.Match[str], ctx: _Context) -> _Result | None:
    """Read "10月前" literally, before October: the end of September."""
    year, month = _year_of(match, ctx), _number(match["m"])
    if year is None or not 1 <= month <= 12:
        return None
    return date(year, month, 1) - timedelta(days=1), None, ""


def _on_month_part(match: re.Match[str], ctx: _Context) -> _Result | None:
    year, month = _year_of(match, ctx), _number(match["m"])
    if year is None or not 1 <= month <= 12:
        return None
    if match["part"] == "下旬":
        return _month_end(year, month), None, ""
    return date(year, month, 10 if match["part"] == "上旬" else 20), None, ""


def _on_year_end(match: re.Match[str], ctx: _Context) -> _Result | None:
    year = _year_of(match, ctx)
    return (date(year, 12, 31), None, "") if year else None


def _on_quarter(match: re.Match[str], ctx: _Context) -> _Result | None:
    year = _year_of(match, ctx)
    return (_quarter_end(year, match["q"]), None, "") if year else None


def _on_half(match: re.Match[str], ctx: _Context) -> _Result | None:
    year = _year_of(match, ctx)
    if year is None:
        return None
    return (date(year, 6, 30) if match["half"] == "上" else date(year, 12, 31)), None, ""


def _yearly(inner: _Handler) -> _Handler:
    """每年…: recurs yearly; the due date is the one in the plan's year."""

    def handler(match: re.Match[str], ctx: _Context) -> _Result | None:
        found = inner(match, ctx)
        return (found[0], Recurrence.YEARLY, "") if found else None

    return handler


def _fixed(due_month_day: tuple[int, int] | None, recurrence: Recurrence) -> _Handler:
    def handler(match: re.Match[str], ctx: _Context) -> _Result:
        due = date(ctx.year, *due_month_day) if due_month_day else None
        return due, recurrence, ""

    return handler


def _on_monthly_day(match: re.Match[str], ctx: _Context) -> _Result | None:
    day = _number(match["d"])
    if not 1 <= day <= 31:
        return None
    return None, Recurrence.MONTHLY, json.dumps({"every": "month", "day": day})


_PLAN_ITSELF = ("本方案", "本要点", "本通知", "本文件", "方案", "文件", "通知")


def _on_relative(match: re.Match[str], ctx: _Context) -> _Result | None:
    """印发后20日内 / 收到申请之日起3个工作日内: a rule; a date only after the plan's issue."""
    event = (match.groupdict().get("event") or "").strip()
    for prefix in _PLAN_ITSELF:
        if event.startswith(prefix) and len(event) > len(prefix):
            event = event[len(prefix) :]
            break
    amount, unit = _number(match["n"]), match["unit"]
    if amount <= 0:
        return None
    rule: dict[str, object] = {"event": event}
    if unit == "个月":
        rule["months"] = amount
    else:
        rule["days"] = amount * 7 if unit == "周" else amount
        rule["working"] = unit == "工作日"
    due = None
    if ctx.issued_on and event.endswith("印发"):
        if unit == "个月":
            month_index = ctx.issued_on.month - 1 + amount
            year, month = ctx.issued_on.year + month_index // 12, month_index % 12 + 1
            last = _calendar.monthrange(year, month)[1]
            due = date(year, month, min(ctx.issued_on.day, last))
        elif rule["working"]:
            due = (ctx.calendar or WorkingCalendar()).add_workdays(ctx.issued_on, amount)
        else:
            due = ctx.issued_on + timedelta(days=int(rule["days"]))  # type: ignore[call-overload]
    return due, None, json.dumps(rule, ensure_ascii=False)


def _on_iso(match: re.Match[str], ctx: _Context) -> _Result | None:
    if match.groupdict().get("d"):
        due = _safe_date(int(match["y"]), int(match["m"]), int(match["d"]))
    else:
        due = _month_end(int(match["y"]), int(match["m"]))
    return (due, None, "") if due else None


class _Patterns:
    """Patterns with their handlers, compiled on first use.

    Compiling them all takes tens of milliseconds, which opening the window (that
    imports this module but parses nothing) should not pay.
    """

    def __init__(self, rows: list[tuple[str, _Handler]]):
        self._rows = rows
        self._compiled: list[tuple[re.Pattern[str], _Handler]] | None = None

    def compiled(self) -> list[tuple[re.Pattern[str], _Handler]]:
        if self._compiled is None:  # two threads may both compile: harmless
            self._compiled = [(re.compile(pattern), handler) for pattern, handler in self._rows]
        return self._compiled


# Priority order: where two patterns match at the same place, the earlier one wins.
_EVENT_RELATIVE = rf"(?P<event>{_EVENT_STOP}{{1,12}}?)(?:后|之日起|起){_RELATIVE_AMOUNT}{_WITHIN}"
_COLUMN = _Patterns(
    [
        (_EVENT_RELATIVE, _on_relative),
        (rf"{_RELATIVE_AMOUNT}{_WITHIN}", _on_relative),
        (rf"每年(?:的)?{_M}{_D}", _yearly(_on_date)),
        (rf"每年(?:的)?{_M}(?:底|末)?", _yearly(_on_month_end)),
        (rf"每年(?:的)?{_Q}", _yearly(_on_quarter)),
        (r"每年(?:的)?(?:年底|年末|底)", _fixed((12, 31), Recurrence.YEARLY)),
        (r"每年度?", _fixed(None, Recurrence.YEARLY)),
        (r"每(?:个)?季度?", _fixed(None, Recurrence.QUARTERLY)),
        (rf"每(?:个)?月(?:的)?{_D}", _on_monthly_day),
        (r"每(?:个)?月", _fixed(None, Recurrence.MONTHLY)),
        (rf"{_YEAR}{_M}{_D}", _on_date),
        (rf"{_YEAR}{_M}(?P<part>上旬|中旬|下旬)", _on_month_part),
        (rf"{_YEAR}{_M}(?:底|末)", _on_month_end),
        (rf"{_YEAR}{_M}{_BEFORE}", _on_before_month),
        (rf"{_YEAR}{_M}", _on_month_end),
        (r"(?<!\d)(?P<y>\d{4})[-/.](?P<m>\d{1,2})[-/.](?P<d>\d{1,2})(?!\d)", _on_iso),
        (r"(?<!\d)(?P<y>\d{4})[-/.](?P<m>\d{1,2})(?![-/.\d])", _on_iso),
        (rf"{_YEAR}{_Q}", _on_quarter),
        (rf"{_YEAR}(?P<half>上|下)半年", _on_half),
        (rf"{_YEAR}", _on_year_end),
        (_Q, _on_quarter),
        (r"(?P<half>上|下)半年", _on_half),
        (rf"{_M}{_D}", _on_date),
        (rf"{_M}(?P<part>上旬|中旬|下旬)", _on_month_part),
        (rf"{_M}(?:底|末)", _on_month_end),
        (rf"{_M}{_BEFORE}", _on_before_month),
        (_M, _on_month_end),
        (rf"{_YEAR_PLAIN}(?:底|末|内)", _on_year_end),
        (r"全年", _fixed((12, 31), Recurrence.CONTINUOUS)),
        (r"长期|持续推进|持续|常态化|常年|日常|经常性", _fixed(None, Recurrence.CONTINUOUS)),
    ]
)

# Inside requirement text only forms that cannot mean anything but a deadline.
_TEXT = _Patterns(
    [
        (_EVENT_RELATIVE, _on_relative),
        (rf"每年(?:的)?{_M}{_D}{_BEFORE}", _yearly(_on_date)),
        (rf"每年(?:的)?{_M}(?:底|末){_BEFORE}?", _yearly(_on_month_end)),
        (rf"每年(?:的)?(?:年底|年末){_BEFORE}", _fixed((12, 31), Recurrence.YEARLY)),
        (rf"每(?:个)?月(?:的)?{_D}{_BEFORE}", _on_monthly_day),
        (rf"{_YEAR}{_M}{_D}{_BEFORE}", _on_date),
        (rf"{_YEAR}{_M}(?:底|末){_BEFORE}?", _on_month_end),
        (rf"{_YEAR}{_M}{_BEFORE}", _on_before_month),
        (rf"{_YEAR}{_Q}(?:末|底|{_BEFORE})", _on_quarter),
        (rf"{_YEAR}(?:年?(?:底|末){_BEFORE}?|内)", _on_year_end),
        (rf"{_M}{_D}{_BEFORE}", _on_date),
        (rf"{_M}(?:底|末){_BEFORE}?", _on_month_end),
        (rf"{_YEAR_PLAIN}(?:底|末){_BEFORE}?", _on_year_end),
    ]
)


def _normalised(text: str) -> tuple[str, list[int]]:
    """NFKC without whitespace, and for each character its index in the original."""
    chars: list[str] = []
    origin: list[int] = []
    for index, ch in enumerate(text):
        if ch.isspace():
            continue
        for out in unicodedata.normalize("NFKC", ch):
            if not out.isspace():
                chars.append(out)
                origin.append(index)
    return "".join(chars), origin


def _search(text: str, patterns: _Patterns, ctx: _Context) -> tuple[int, int, _Result] | None:
    flat, origin = _normalised(text)
    candidates = sorted(
        (match.start(), priority, match, handler)
        for priority, (pattern, handler) in enumerate(patterns.compiled())
        for match in pattern.finditer(flat)
    )
    for _start, _priority, match, handler in candidates:
        result = handler(match, ctx)
        if result is not None:
            return origin[match.start()], origin[match.end() - 1] + 1, result
    return None


def parse(
    text: str,
    year: int,
    issued_on: date | None = None,
    calendar: WorkingCalendar | None = None,
) -> Deadline:
    """Read a deadline column. Unrecognised text comes back with nothing understood."""
    text = " ".join(text.split())
    found = _search(text, _COLUMN, _Context(year, issued_on, calendar)) if text else None
    if found is None:
        return Deadline(text=text, source="column")
    due, recurrence, rule = found[2]
    return Deadline(text=text, due=due, recurrence=recurrence, rule=rule, source="column")


def find_in_text(
    text: str,
    year: int,
    issued_on: date | None = None,
    calendar: WorkingCalendar | None = None,
) -> Deadline | None:
    """The first deadline written inside a requirement's text, or None."""
    found = _search(text, _TEXT, _Context(year, issued_on, calendar))
    if found is None:
        return None
    start, end, (due, recurrence, rule) = found
    expression = "".join(text[start:end].split())
    return Deadline(text=expression, due=due, recurrence=recurrence, rule=rule, source="text")
