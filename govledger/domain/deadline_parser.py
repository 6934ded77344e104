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
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta

from govledger.domain.deadline_recurring import (
    Handler,
    PlanDates,
    Result,
    on_every_month,
    on_every_quarter,
    on_every_year,
    on_monthly_day,
    yearly,
)
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
    # earlier limits of a column holding several ("6月底前完成初稿，12月底前完成"):
    # (expression, date); due is the final (latest) one
    interim: tuple[tuple[str, date], ...] = ()

    @property
    def understood(self) -> bool:
        return self.due is not None or self.recurrence is not None or bool(self.rule)


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


def _year_of(match: re.Match[str], ctx: PlanDates) -> int | None:
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
def _on_date(match: re.Match[str], ctx: PlanDates) -> Result | None:
    year = _year_of(match, ctx)
    due = year and _safe_date(year, _number(match["m"]), _number(match["d"]))
    return (due, None, "") if due else None


def _on_month_end(match: re.Match[str], ctx: PlanDates) -> Result | None:
    year = _year_of(match, ctx)
    due = year and _month_end(year, _number(match["m"]))
    return (due, None, "") if due else None


def _on_before_month(match: re.Match[str], ctx: PlanDates) -> Result | None:
    """Read "10月前" literally, before October: the end of September."""
    year, month = _year_of(match, ctx), _number(match["m"])
    if year is None or not 1 <= month <= 12:
        return None
    return date(year, month, 1) - timedelta(days=1), None, ""


def _on_month_part(match: re.Match[str], ctx: PlanDates) -> Result | None:
    year, month = _year_of(match, ctx), _number(match["m"])
    if year is None or not 1 <= month <= 12:
        return None
    if match["part"] == "下旬":
        return _month_end(year, month), None, ""
    return date(year, month, 10 if match["part"] == "上旬" else 20), None, ""


def _on_year_end(match: re.Match[str], ctx: PlanDates) -> Result | None:
    year = _year_of(match, ctx)
    return (date(year, 12, 31), None, "") if year else None


def _on_quarter(match: re.Match[str], ctx: PlanDates) -> Result | None:
    year = _year_of(match, ctx)
    return (_quarter_end(year, match["q"]), None, "") if year else None


def _on_half(match: re.Match[str], ctx: PlanDates) -> Result | None:
    year = _year_of(match, ctx)
    if year is None:
        return None
    return (date(year, 6, 30) if match["half"] == "上" else date(year, 12, 31)), None, ""


def _fixed(due_month_day: tuple[int, int] | None, recurrence: Recurrence) -> Handler:
    def handler(match: re.Match[str], ctx: PlanDates) -> Result:
        due = date(ctx.year, *due_month_day) if due_month_day else None
        return due, recurrence, ""

    return handler


_PLAN_ITSELF = (
    "本方案",
    "本要点",
    "本通知",
    "本文件",
    "本清单",
    "本计划",
    "方案",
    "文件",
    "通知",
    "清单",
)
# The plan's own issue starts the clock: 印发后, 方案印发后, 自本方案印发之日起, 发布后.
# "政策文件印发后20个工作日内" is about other documents: no date from the plan's issue.
_PLAN_ISSUE = re.compile(
    r"^(?:.*?[在于自从])?"
    r"(?:(?:本|该|此)(?:文件|通知)|(?:本|该|此)?(?:实施|工作)?(?:方案|要点|计划|清单))?"
    r"(?:正式)?(?:印发|发布|下发|出台)(?:实施)?$"
)


# "各单位在本方案印发后30日内": who acts is no part of the event or the deadline.
_SUBJECT = re.compile(r"^[^在于]{1,10}[在于](?=.)")


def _on_relative(match: re.Match[str], ctx: PlanDates) -> Result | None:
    """印发后20日内 / 收到申请之日起3个工作日内: a rule; a date only after the plan's issue."""
    event = (match.groupdict().get("event") or "").strip()
    from_issue = bool(_PLAN_ISSUE.match(event))
    event = _SUBJECT.sub("", event).lstrip("自从于")  # 各单位在本方案印发, 自印发之日起
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
    if ctx.issued_on and from_issue:
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


def _on_iso(match: re.Match[str], ctx: PlanDates) -> Result | None:
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

    def __init__(self, rows: list[tuple[str, Handler]]):
        self._rows = rows
        self._compiled: list[tuple[re.Pattern[str], Handler]] | None = None

    def compiled(self) -> list[tuple[re.Pattern[str], Handler]]:
        if self._compiled is None:  # two threads may both compile: harmless
            self._compiled = [(re.compile(pattern), handler) for pattern, handler in self._rows]
        return self._compiled


# Priority order: where two patterns match at the same place, the earlier one wins.
_EVENT_RELATIVE = rf"(?P<event>{_EVENT_STOP}{{1,12}}?)(?:后|之日起|起){_RELATIVE_AMOUNT}{_WITHIN}"
_COLUMN = _Patterns(
    [
        (_EVENT_RELATIVE, _on_relative),
        (rf"{_RELATIVE_AMOUNT}{_WITHIN}", _on_relative),
        (rf"每年(?:的)?{_M}{_D}", yearly(_on_date)),
        (rf"每年(?:的)?{_M}(?:底|末)?", yearly(_on_month_end)),
        (rf"每年(?:的)?{_Q}", yearly(_on_quarter)),
        (r"每年(?:的)?(?:年底|年末|底)", _fixed((12, 31), Recurrence.YEARLY)),
        (r"每年度?", on_every_year),
        (r"每(?:个)?季度?(?:末|底)?", on_every_quarter),
        (rf"每(?:个)?月(?:的)?{_D}", on_monthly_day),
        (r"每(?:个)?月(?:末|底)?", on_every_month),
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
        (rf"每年(?:的)?{_M}{_D}{_BEFORE}", yearly(_on_date)),
        (rf"每年(?:的)?{_M}(?:底|末){_BEFORE}?", yearly(_on_month_end)),
        (rf"每年(?:的)?(?:年底|年末){_BEFORE}", _fixed((12, 31), Recurrence.YEARLY)),
        (rf"每(?:个)?月(?:的)?{_D}{_BEFORE}", on_monthly_day),
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


def _matches(text: str, patterns: _Patterns, ctx: PlanDates) -> Iterator[tuple[int, int, Result]]:
    """Every deadline expression in text, left to right, none overlapping the one before."""
    flat, origin = _normalised(text)
    candidates = sorted(
        (match.start(), priority, match, handler)
        for priority, (pattern, handler) in enumerate(patterns.compiled())
        for match in pattern.finditer(flat)
    )
    taken_to = 0
    for start, _priority, match, handler in candidates:
        if start < taken_to:
            continue
        result = handler(match, ctx)
        if result is not None:
            taken_to = match.end()
            yield origin[match.start()], origin[match.end() - 1] + 1, result


def _search(text: str, patterns: _Patterns, ctx: PlanDates) -> tuple[int, int, Result] | None:
    return next(_matches(text, patterns, ctx), None)


# "完成时限：" in front of the limit is the cell's label, not part of the deadline.
_LABEL = re.compile(
    r"^(?:完成时限|责任时限|时间节点|时限要求|完成时间|时间要求|完成期限|完成节点|时间安排"
    r"|时限|时间|期限)\s*[:：]\s*"
)


def strip_label(text: str) -> str:
    """'完成时限：2023年6月底前' -> '2023年6月底前'."""
    return _LABEL.sub("", text.strip(), count=1)


def _clause_at(text: str, start: int, end: int) -> str:
    """The clause of text around text[start:end]: '6月底前完成初稿' for '6月底'."""
    stops = "，,；;、。"
    left = max(text.rfind(stop, 0, start) for stop in stops) + 1
    rights = [index for stop in stops if (index := text.find(stop, end)) >= 0]
    return text[left : min(rights, default=len(text))].strip()


def parse(
    text: str,
    year: int,
    issued_on: date | None = None,
    calendar: WorkingCalendar | None = None,
) -> Deadline:
    """Read a deadline column. Unrecognised text comes back with nothing understood.

    A column holding several limits ("6月底前完成初稿，12月底前完成") is due on the final
    (latest) one; the earlier ones come back in ``interim``. A
    recurring or continuous limit written first ("每月10日前报送，年底前总结") keeps
    its own first due date.
    """
    text = strip_label(" ".join(text.split()))
    found = list(_matches(text, _COLUMN, PlanDates(year, issued_on, calendar))) if text else []
    if not found:
        return Deadline(text=text, source="column")
    due, recurrence, rule = found[0][2]
    dated = [(_clause_at(text, start, end), result[0]) for start, end, result in found if result[0]]
    interim: tuple[tuple[str, date], ...] = ()
    final = max((day for _expression, day in dated), default=None)
    if recurrence is None and final is not None:
        due = final
        interim = tuple((expression, day) for expression, day in dated if day != final)
    elif recurrence is Recurrence.CONTINUOUS and due is None and final is not None:
        due = final  # 持续推进，2023年6月底前完成
    return Deadline(
        text=text, due=due, recurrence=recurrence, rule=rule, source="column", interim=interim
    )


def find_in_text(
    text: str,
    year: int,
    issued_on: date | None = None,
    calendar: WorkingCalendar | None = None,
) -> Deadline | None:
    """The first deadline written inside a requirement's text, or None."""
    found = _search(text, _TEXT, PlanDates(year, issued_on, calendar))
    if found is None:
        return None
    start, end, (due, recurrence, rule) = found
    expression = "".join(text[start:end].split())
    if rule:
        expression = _SUBJECT.sub("", expression)
    return Deadline(text=expression, due=due, recurrence=recurrence, rule=rule, source="text")
