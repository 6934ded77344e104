"""Title, year, organization, 文号 and issue date from the text around a plan.

Plans arrive with a covering notice (红头: "XXX文件", 文号 江建管〔2022〕39号, "关于印发…
的通知", signature, date), as a saved web page (a "发布时间：2023-03-15  来源：XX局"
line) or with just a title line. Each field comes from the most specific place that
has it; the caller's ``year`` overrides what is found.

- Issue date: a date line under the signature, else "…2022年11月23日印发", else the
  web page's 发布时间/发布日期.
- Year: the year in the title ("2023年政务公开工作要点" is a 2023 plan even when issued
  in December 2022); a range ("2022—2026年") gives the issue year when it falls in the
  range, else its first year; then the 文号's year; then the issue date's year (a
  "十四五" plan issued in 2022 is a 2022 plan).
- Organization: the red head ("XX文件"), the signature block (the organization
  above the date line; two organizations signing jointly give the first, with a
  warning), the web page's 来源, the title's prefix.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date

from govledger.domain.outline import cn_to_int
from govledger.domain.unit_notes import FIRST_NAMED_LEADS
from govledger.importers.traditional import to_simplified
from govledger.messages import message

_TITLE_WORDS = re.compile(
    r"(工作要点|分工方案|任务分解|实施方案|工作方案|工作计划|行动方案|行动计划|任务清单|责任清单"
    r"|台账|重点任务|任务表)"
)
_NOT_TITLE_START = ("附件", "根据", "按照", "为", "现将", "请", "经")
_YEAR = r"(\d{4}|[〇零一二三四五六七八九]{4})"
_NUM = r"(\d{1,2}|[一二三四五六七八九十]{1,3})"
_DATE_LINE = re.compile(rf"^{_YEAR}年{_NUM}月{_NUM}日$")
_ISSUE_DATE = re.compile(rf"{_YEAR}年{_NUM}月{_NUM}日(?:印发|发布|印)")
# A web page's "发布时间：2023-03-15 10:20" or "发布日期：2023年3月15日".
_PUBLISHED = re.compile(
    r"(?:发布|印发|成文|发文|公开)(?:时间|日期)\s*[:：]\s*"
    r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})"
)
_SOURCE = re.compile(
    r"(?:来源|发布机构|发文机关|来源单位)\s*[:：]\s*([^\s|｜:：【\[]+?)"
    r"(?=浏览|点击|阅读|访问|字号|作者|打印|分享|【|\[|[\s|｜]|$)"
)
_YEAR_RANGE = re.compile(r"(?<!\d)(\d{4})\s*[—–\-－~～至到]+\s*(\d{4})\s*年")
_DOC_NUMBER = re.compile(
    r"^([\u4e00-\u9fff]{1,12}[〔\[［【(（]\s*\d{4}\s*[〕\]］】)）]\s*第?\s*\d{1,5}\s*号)"
)
_TITLE_YEAR = re.compile(rf"(?<!\d){_YEAR}年")
_YEAR_IN_TEXT = re.compile(rf"(?<!\d){_YEAR}(?=年|[〕\]］】)）])")
_ORG_SUFFIX = re.compile(
    r"(?:局|中心|办公室|办事处|政府|委员会|厅|院|委|办|处|署|部|会|所|站|馆|公司|学校|街道)$"
)
_PUNCTUATION = re.compile(r"[，,。：:；;、！？!?]")
_NO_TEXT_PAGE = re.compile(r"^[（(]此页无正文[）)]$")


@dataclass
class PlanMetadata:
    title: str = ""
    year: int | None = None
    organization: str = ""
    document_number: str = ""
    issued_on: date | None = None
    organization_inferred: bool = False  # guessed from the title; the preview warns
    warnings: list[str] = field(default_factory=list)  # doubts for the preview
    first_named_leads: bool = False  # a note says 排名第一的为牵头单位


def _number(text: str) -> int:
    return int(text) if text.isdigit() else cn_to_int(text)


def _as_date(match: re.Match[str]) -> date | None:
    try:
        return date(_number(match[1]), _number(match[2]), _number(match[3]))
    except ValueError:
        return None


def _compact(line: str) -> str:
    return "".join(line.split())


def _is_title(line: str) -> bool:
    return (
        bool(_TITLE_WORDS.search(line))
        and "。" not in line
        and len(line) <= 80
        and not line.startswith(_NOT_TITLE_START)
        and not line.endswith(("：", ":"))
    )


def find_title(lines: Sequence[str]) -> str:
    """The plan's own title: the last title-like line before the table.

    A title broken over two lines ("东莞市…2021年政务公开" / "工作要点分工方案") is
    joined; "关于印发《X》的通知" gives X when nothing better exists.
    """
    compact = [_compact(line) for line in lines]
    best = ""
    for index, line in enumerate(compact):
        if not _is_title(line) or line.startswith(("关于", "印发")):
            continue
        previous = compact[index - 1] if index else ""
        if (
            previous
            and not _TITLE_YEAR.search(line)
            and _TITLE_YEAR.search(previous)
            and not _TITLE_WORDS.search(previous)
            and not _PUNCTUATION.search(previous[-1:])
            and not _DATE_LINE.match(previous)
            and len(previous) + len(line) <= 60
        ):
            line = previous + line
        best = line
    if best:
        return best
    for line in compact:
        quoted = re.search(r"关于印发《(.+?)》的通知", line) or re.search(
            r"关于印发(.+?(?:要点|方案|计划|清单))的通知", line
        )
        if quoted:
            return quoted.group(1)
    return next((line for line in compact if 4 <= len(line) <= 60), "")


def find_document_number(lines: Sequence[str]) -> str:
    for line in lines:
        compact = _compact(line)
        match = _DOC_NUMBER.match(compact)
        if match and len(compact) <= 40:
            return match.group(1)
    return ""


def find_issue_date(lines: Sequence[str], trailer: Sequence[str] = ()) -> date | None:
    for block in (lines, trailer):
        for _organizations, found in _signatures(block):
            return found
    for line in lines:  # a date line with no signature above it
        match = _DATE_LINE.match(_compact(line))
        if match and (day := _as_date(match)):
            return day
    for line in [*trailer, *lines]:
        match = _ISSUE_DATE.search(_compact(line))
        if match and (day := _as_date(match)):
            return day
    for line in [*lines, *trailer]:
        match = _PUBLISHED.search(line)
        if match and (day := _as_date(match)):
            return day
    return None


def _looks_like_org(line: str) -> bool:
    if not 2 <= len(line) <= 40 or _PUNCTUATION.search(line):
        return False
    return bool(_ORG_SUFFIX.search(to_simplified(line)))  # 區人民政府辦公室 too


def is_signature_line(line: str) -> bool:
    """An issuing office or a date on a line of its own: the signature under a plan."""
    compact = _compact(line)
    return bool(_DATE_LINE.match(compact)) or _looks_like_org(compact)


def _signatures(lines: Sequence[str]) -> Iterator[tuple[list[str], date]]:
    """(organizations signing, date) for each date line with organizations above it.

    Two organizations issuing jointly sign on two lines above one date.
    """
    compact = [_compact(line) for line in lines]
    for index, line in enumerate(compact):
        match = _DATE_LINE.match(line)
        found = _as_date(match) if match else None
        if found is None:
            continue
        above = [c for c in compact[:index] if c and not _NO_TEXT_PAGE.match(c)]
        signing: list[str] = []
        while above and _looks_like_org(above[-1]) and len(signing) < 3:
            signing.insert(0, above.pop())
        if signing:
            yield signing, found


def _web_source(lines: Sequence[str]) -> str:
    """The 来源 of a saved web page: "发布时间：2023-03-15  来源：市政数局"."""
    for line in lines:
        match = _SOURCE.search(line)
        if match and _looks_like_org(match.group(1)):
            return match.group(1)
    return ""


def find_organization(
    lines: Sequence[str], title: str, trailer: Sequence[str] = (), warnings: list[str] | None = None
) -> str:
    compact = [_compact(line) for line in lines]
    for line in compact:  # 红头: "江门市政府投资工程建设管理中心文件"
        if line.endswith("文件") and _looks_like_org(line[:-2]) and not line.startswith("关于"):
            return line[:-2]
    for block in (lines, trailer):  # the signature above the date
        for signing, _date in _signatures(block):
            if len(signing) > 1 and warnings is not None:
                names = "、".join(signing)
                warnings.append(message("warn.organization_joint", names=names, name=signing[0]))
            return signing[0]
    source = _web_source([*lines, *trailer])
    if source:
        return source
    match = _TITLE_YEAR.search(title)
    if match and _looks_like_org(title[: match.start()]):
        return title[: match.start()]
    return ""


# "东莞市贯彻落实国家、省2021年政务公开工作要点分工方案": a place-wide division
# plan is issued by that place's government office (市政府办公室 / 县政府办公室).
_PLACE_WIDE_TITLE = re.compile(
    r"^(?P<place>[\u4e00-\u9fff]{1,10}?(?:省|自治区|市|自治州|州|县|自治县|区|旗|盟))"
    r"(?:贯彻落实|落实|关于)"
)


def infer_organization(title: str) -> str:
    """The issuing office implied by a place-wide plan title, or ""."""
    match = _PLACE_WIDE_TITLE.match(_compact(title))
    return match["place"] + "人民政府办公室" if match else ""


def find_year(title: str, document_number: str, issued_on: date | None) -> int | None:
    span = _YEAR_RANGE.search(title)  # 2022—2026年: a plan of several years
    if span:
        first, last = int(span.group(1)), int(span.group(2))
        if 1990 <= first <= last <= 2100:
            numbered = _YEAR_IN_TEXT.search(document_number)
            issued_in = issued_on.year if issued_on else numbered and _number(numbered.group(1))
            return issued_in if issued_in and first <= issued_in <= last else first
    for text in (title, document_number):
        for match in _YEAR_IN_TEXT.finditer(text):
            year = _number(match.group(1))
            if 1990 <= year <= 2100:
                return year
    return issued_on.year if issued_on else None


def extract_metadata(
    preamble: Sequence[str], trailer: Sequence[str] = (), year: int | None = None
) -> PlanMetadata:
    """Metadata from the lines before the plan (and the 印发 line after it)."""
    lines = [line.strip() for line in preamble if line.strip()]
    title = find_title(lines)
    document_number = find_document_number(lines)
    after = [line.strip() for line in trailer if line.strip()]
    issued_on = find_issue_date(lines, after)
    warnings: list[str] = []
    organization = find_organization(lines, title, after, warnings)
    inferred = not organization and bool(infer_organization(title))
    notes = [*lines, *after]
    return PlanMetadata(
        warnings=warnings,
        first_named_leads=any(
            FIRST_NAMED_LEADS.search(simple) and "牵头" in simple
            for simple in map(to_simplified, notes)  # 排名第一的為牽頭單位 too
        ),
        title=title,
        year=year or find_year(title, document_number, issued_on),
        organization=organization or infer_organization(title),
        document_number=document_number,
        issued_on=issued_on,
        organization_inferred=inferred,
    )
