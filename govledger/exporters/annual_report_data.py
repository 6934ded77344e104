"""The whole yearly report of one year, read once from the Ledger for the editor and exports.

Tables and cross-checks come from the store; each prose part is what the clerk saved,
or else a draft made from the ledger: 一 总体情况 from the plan's progress notes,
part by part along the plan's own headings (reusing report_draft), 六's 工作要点落实
情况 from the same plan's completion, and its 信息处理费 sentence from the register.
Anything the ledger cannot know is a 〔placeholder〕 the export highlights, so nothing
invented reaches a published report.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from govledger.domain import annual_report_format as fmt
from govledger.domain.applications import Application, format_yuan
from govledger.domain.model import Plan
from govledger.domain.outline import int_to_cn, strip_numbering
from govledger.domain.report_checks import TABLE2, TABLE4, CheckFailure, check_tables
from govledger.domain.report_tables import ApplicationTable, EnteredTable
from govledger.exporters import report_draft
from govledger.exporters.labels import clean, doc_text
from govledger.exporters.ledger_rows import build_ledger_table
from govledger.messages import GovLedgerError
from govledger.store.ledger import Ledger

# The prose parts in the order they are printed, and the 六 items among them.
PROSE_PARTS = ("preamble", "overview", "problems", *fmt.OTHER_PARTS, "organization")
HEADING_END = "。；;，,.：: \u3000"


@dataclass(frozen=True, slots=True)
class ProsePart:
    key: str
    text: str
    drafted: bool  # not saved by the clerk: the ledger's draft


@dataclass(slots=True)
class AnnualReport:
    year: int
    plan: Plan | None
    applications: ApplicationTable
    active: EnteredTable
    review: EnteredTable
    parts: dict[str, ProsePart] = field(default_factory=dict)
    failures: list[CheckFailure] = field(default_factory=list)
    fee_count: int = 0
    fee_cents: int = 0
    made_on: date | None = None  # the day of export (today)

    @property
    def organization(self) -> str:
        return self.parts["organization"].text.strip()

    @property
    def issuer(self) -> str:
        """The office as printed: its name, or a 〔placeholder〕 to fill in."""
        return self.organization or report_draft.PLACEHOLDER_ORGANIZATION

    @property
    def title(self) -> str:
        return fmt.REPORT_TITLE.format(organization=self.issuer, year=self.year)

    def text(self, part: str) -> str:
        return self.parts[part].text

    def open_placeholders(self) -> list[str]:
        """The prose parts still holding a 〔…〕 for the clerk to fill in."""
        return [
            key for key, part in self.parts.items() if report_draft.PLACEHOLDER.search(part.text)
        ]

    def unfilled(self) -> list[str]:
        """What the clerk must still fill in, by the names the report prints them under:
        the office (in the title, the body and the signature), then each part with a 〔…〕."""
        names = [] if self.organization else [fmt.ORGANIZATION_LABEL]
        names += [part_name(key) for key in self.open_placeholders()]
        if self.issue_date == fmt.ISSUE_DATE_PLACEHOLDER:
            names.append(fmt.ISSUE_DATE_LABEL)
        return names

    @property
    def issue_date(self) -> str:
        """The date under the signature: the day of export once the year is over, else
        a 〔placeholder〕 (a report is issued after its year ends)."""
        today = self.made_on or date.today()
        if today > date(self.year, 12, 31):
            return f"{today.year}年{today.month}月{today.day}日"
        return fmt.ISSUE_DATE_PLACEHOLDER


def part_name(key: str) -> str:
    """A prose part as the report titles it (一、总体情况; 六、…收取信息处理费情况)."""
    if key in fmt.OTHER_PARTS:
        return f"{fmt.SECTION_TITLES['other'][:2]}{fmt.OTHER_PARTS[key]}"
    if key in fmt.SECTION_TITLES:
        return fmt.SECTION_TITLES[key]
    return {"preamble": fmt.PREAMBLE_LABEL, "organization": fmt.ORGANIZATION_LABEL}.get(key, key)


def plan_for_year(ledger: Ledger, year: int) -> Plan | None:
    """The plan of the report year (the most recently imported among equals)."""
    return next((plan for plan in ledger.plans() if plan.year == year), None)


def build_annual_report(
    ledger: Ledger, year: int, *, plan_id: int | None = None, today: date | None = None
) -> AnnualReport:
    today = today or date.today()
    if plan_id is not None:
        if not any(plan.id == plan_id for plan in ledger.plans()):
            raise GovLedgerError("cli.no_such_plan", id=plan_id)
        plan: Plan | None = ledger.plan(plan_id)
    else:
        plan = plan_for_year(ledger, year)
    report = AnnualReport(
        year=year,
        plan=plan,
        applications=ledger.application_table(year),
        active=ledger.report_table(year, TABLE2),
        review=ledger.report_table(year, TABLE4),
        made_on=today,
    )
    report.failures = check_tables(report.applications, report.active, report.review)
    fees = [a for a in ledger.applications(year) if _fee_in_year(a, year)]
    report.fee_count, report.fee_cents = len(fees), sum(a.fee_cents for a in fees)
    saved = ledger.report_texts(year)
    drafts = draft_parts(ledger, report, today, saved.get("organization", ""))
    report.parts = {
        key: ProsePart(key, saved[key], False)
        if key in saved
        else ProsePart(key, drafts[key], True)
        for key in PROSE_PARTS
    }
    return report


def _fee_in_year(application: Application, year: int) -> bool:
    # A fee belongs to the year the request was answered in (the fee notice precedes it).
    return bool(
        application.fee_cents and application.replied_on and application.replied_on.year == year
    )


def draft_parts(
    ledger: Ledger, report: AnnualReport, today: date, organization: str = ""
) -> dict[str, str]:
    """What each prose part says before the clerk edits it (organization: the office
    the clerk saved, which the drafts name rather than the plan's)."""
    year, plan = report.year, report.plan
    drafts = {
        "organization": clean(plan.organization) if plan else "",
        "preamble": fmt.PREAMBLE.format(year=year),
        "problems": doc_text("annual.fill_problems"),
        "fees": _fees_text(report),
        "other_matters": "",
    }
    if plan is None:
        drafts["overview"] = "\n".join(
            [doc_text("annual.fill_overview"), _applications_part(report, 1)]
        )
        drafts["work_points"] = doc_text("annual.fill_work_points")
        return drafts
    table = build_ledger_table(ledger, plan.id, today=today)
    tasks = {task.id: task for _depth, task in ledger.tasks_with_depth(plan.id)}
    sections = report_draft.plan_sections(table, tasks)
    drafts["overview"] = _overview(report, table, sections)
    drafts["work_points"] = _work_points(table, sections, year, organization)
    return drafts


def _overview(report: AnnualReport, table, sections) -> str:
    """一 总体情况: one sub-part per top-level heading of the plan, what was done in it."""
    lines: list[str] = []
    number = 0
    for section in sections:
        number += 1
        heading = strip_numbering(clean(section.heading.text)) if section.heading else ""
        lines.append(f"（{int_to_cn(number)}）{heading or doc_text('annual.other_work')}")
        sentences = [
            sentence
            for _sub, rows in section.groups.values()
            for sentence in report_draft.done_sentences(table, rows)
        ]
        lines += sentences or [doc_text("annual.fill_section")]
    lines.append(_applications_part(report, number + 1))
    return "\n".join(lines)


def _applications_part(report: AnnualReport, number: int) -> str:
    """The 依申请公开 sub-part: the year's figures in one sentence."""
    value = report.applications.value
    return "\n".join(
        [
            f"（{int_to_cn(number)}）{doc_text('annual.applications_heading')}",
            doc_text(
                "annual.applications_text",
                year=report.year,
                new=value("new", fmt.TOTAL),
                carried=value("carried_in", fmt.TOTAL),
                done=value("results_total", fmt.TOTAL),
                open=value("carried_out", fmt.TOTAL),
            ),
        ]
    )


def _work_points(table, sections, year: int, organization: str) -> str:
    """六's 工作要点落实情况: the plan's completion, part by part, unfinished items named."""
    lines = [report_draft.intro_text(table, year, organization)]
    for number, section in enumerate(sections, start=1):
        heading = strip_numbering(clean(section.heading.text)) if section.heading else ""
        heading = heading.rstrip(HEADING_END)  # the plan's own 。 would print twice
        lead = f"{number}.{heading}。" if heading else ""
        lines.append(
            lead + "".join(text for text, _marked in report_draft.section_summary(table, section))
        )
    return "\n".join(lines)


def _fees_text(report: AnnualReport) -> str:
    if not report.fee_count:
        return fmt.FEES_NONE
    return fmt.FEES_SOME.format(count=report.fee_count, amount=format_yuan(report.fee_cents))
