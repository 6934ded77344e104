"""`govledger export …` and the unit packages' export and import (DESIGN.md section 3).

The documents a meeting, an inspection or the yearly report needs, each written by
govledger/exporters from a ledger opened read-only; .govpkg packages carry a unit's
work between offline PCs and the office ledger.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import asdict
from datetime import date
from pathlib import Path

from govledger.cli_ledger import (
    EXIT_OK,
    EXIT_USAGE,
    checked_year,
    ledger_for_job,
    open_existing_ledger,
    open_ledger,
    print_json,
    resolve_plan,
)
from govledger.messages import GovLedgerError, message, os_error_text

LEDGER_FORMATS = ("docx", "xlsx")  # the formats that take --unit / --overdue-only


def cmd_export(args: argparse.Namespace) -> int:
    if args.format == "ics":
        return export_ics(args)
    if args.remind_days is not None:
        raise GovLedgerError("export.remind_ics_only")
    if args.format == "evidence":
        return cmd_export_evidence(args)
    if args.format == "report":
        return cmd_export_report(args)
    if args.format == "data":
        return cmd_export_data(args)
    if args.format not in ("docx", "xlsx", "pdf", "report-draft"):
        print(message("cli.not_yet", command=f"export {args.format}"), file=sys.stderr)
        return EXIT_USAGE
    if (args.unit or args.overdue_only) and args.format not in LEDGER_FORMATS:
        raise GovLedgerError("export.filter_ledger_only")
    from govledger import exporters

    unfilled: list[str] = []
    with open_existing_ledger(args) as ledger:
        plan = resolve_plan(ledger, args.plan)
        if args.format in LEDGER_FORMATS:
            write = (
                exporters.export_docx_ledger
                if args.format == "docx"
                else exporters.export_xlsx_ledger
            )
            path = write(
                ledger, plan.id, args.output, unit=args.unit, overdue_only=args.overdue_only
            )
        elif args.format == "pdf":
            path = exporters.export_pdf_summary(ledger, plan.id, args.output)
        else:
            path = exporters.export_report_draft(ledger, plan.id, args.output)
            unfilled = draft_unfilled(path)
    print(message("cli.exported", path=path))
    if args.format == "report-draft" and unfilled:
        print(message("cli.report_placeholders", names="、".join(unfilled)), file=sys.stderr)
    return EXIT_OK


def draft_unfilled(path: Path) -> list[str]:
    """The 〔…〕 left in a written draft, each kind once, in order."""
    from govledger.exporters.report_draft import unfilled_in

    return unfilled_in(path)


def cmd_export_report(args: argparse.Namespace) -> int:
    """The yearly report: .docx the whole report, .xlsx its statistics (by extension)."""
    suffix = args.output.suffix.lower()
    if suffix not in (".docx", ".xlsx"):
        raise GovLedgerError("export.report_extension", suffix=args.output.suffix or args.output)
    if args.unit or args.overdue_only:
        raise GovLedgerError("export.filter_ledger_only")
    from govledger.exporters.annual_report_data import build_annual_report
    from govledger.exporters.annual_report_docx import export_annual_report_docx
    from govledger.exporters.annual_report_xlsx import export_annual_report_xlsx

    with open_existing_ledger(args) as ledger:
        plan = resolve_plan(ledger, args.plan) if args.plan is not None else ledger.latest_plan()
        year = checked_year(args.year) or (plan.year if plan else date.today().year - 1)
        plan_id = args.plan  # else the report year's own plan
        write = export_annual_report_docx if suffix == ".docx" else export_annual_report_xlsx
        path = write(ledger, year, args.output, plan_id=plan_id)
        report = build_annual_report(ledger, year, plan_id=plan_id)
    print(message("cli.report_exported", year=year, path=path))
    if report.failures:
        print(message("cli.report_checks", count=len(report.failures)), file=sys.stderr)
        for failure in report.failures:
            print(f"  - {failure.text()}", file=sys.stderr)
    unfilled = report.unfilled()
    if suffix == ".docx" and unfilled:
        print(message("cli.report_placeholders", names="、".join(unfilled)), file=sys.stderr)
    return EXIT_OK


def cmd_export_evidence(args: argparse.Namespace) -> int:
    from govledger.exporters.evidence_pack import export_evidence_pack

    with open_existing_ledger(args) as ledger:
        plan = resolve_plan(ledger, args.plan)
        result = export_evidence_pack(ledger, plan.id, args.output)
    print(message("export.evidence_done", path=result.path, files=result.files, links=result.links))
    for key, names in (
        ("export.evidence_missing", result.missing),
        ("export.evidence_altered", result.altered),
    ):
        if names:
            print(message(key, count=len(names), names="、".join(names)), file=sys.stderr)
    return EXIT_OK


def cmd_export_data(args: argparse.Namespace) -> int:
    """Every table as CSV and JSON (store/data_export.py). Reads only: no lock, and a
    ledger that does not exist is an error, never created."""
    if args.unit or args.overdue_only:
        raise GovLedgerError("export.filter_ledger_only")
    with open_existing_ledger(args) as ledger:
        result = ledger.export_data(args.output)
    print(
        message(
            "export.data_done",
            tables=len(result.tables),
            rows=sum(result.tables.values()),
            files=result.evidence_files,
            path=result.folder,
        )
    )
    if result.missing_files:
        print(message("export.data_missing_files", count=result.missing_files), file=sys.stderr)
    return EXIT_OK


def export_ics(args: argparse.Namespace) -> int:
    from govledger.exporters.ics_calendar import export_plan

    with open_existing_ledger(args) as ledger:
        plan = resolve_plan(ledger, args.plan)
        try:
            count = export_plan(ledger, plan.id, args.output, remind_days=args.remind_days)
        except OSError as exc:
            raise GovLedgerError(
                "cli.export_failed", path=args.output, detail=os_error_text(exc)
            ) from exc
    print(message("cli.ics_done", count=count, path=args.output))
    return EXIT_OK


# ---------------------------------------------------------------- unit packages (issue 11)
# cli.py routes `export package` and `import FILE.govpkg` here, in front of the general
# export and import handlers.
def cmd_export_package(args: argparse.Namespace) -> int:
    if not args.unit:
        raise GovLedgerError("cli.package_needs_unit")
    with open_existing_ledger(args) as ledger:
        plan = resolve_plan(ledger, args.plan)
        result = ledger.export_package(plan.id, args.unit, args.output)
    print(
        message(
            "cli.package_exported",
            path=result.path,
            unit=args.unit,
            requirements=result.requirements,
            records=result.records,
            files=result.files,
        )
    )
    return EXIT_OK


def cmd_import_package(args: argparse.Namespace) -> int:
    """Merge a .govpkg; a package deleting many records is refused without --yes."""
    # A dry run only reads, so it works while a window has the ledger.
    with open_ledger(args) if args.dry_run else ledger_for_job(args, "package") as ledger:
        if args.dry_run:
            summary, _many = ledger.preview_package(args.file)
        else:
            summary = ledger.import_package(args.file, confirm_deletions=args.yes).summary
        pending = len(ledger.sync_conflicts())
    if args.json:
        print_json({"dry_run": args.dry_run, **asdict(summary), "pending_conflicts": pending})
        return EXIT_OK
    print(
        message(
            "cli.package_dry_run" if args.dry_run else "cli.package_imported", **asdict(summary)
        )
    )
    if pending:
        print(message("cli.package_conflicts", count=pending))
    return EXIT_OK
