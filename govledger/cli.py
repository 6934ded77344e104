"""The `govledger` command line (DESIGN.md section 3: stable, tests and users rely on it).

With no subcommand it starts the GUI. Every failure the clerk can cause (a bad file,
a damaged ledger) prints one line from the message table and exits 1; the ledger is
left as it was.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from govledger import __version__
from govledger.cli_export import cmd_export, cmd_export_package, cmd_import_package
from govledger.cli_ledger import (
    EXIT_FAULT,
    EXIT_OK,
    EXIT_USAGE,
    checked_year,
    is_server,
    ledger_for_job,
    ledger_location,
    ledger_path,
    open_existing_ledger,
    open_ledger,
    print_json,
    require_ledger,
    resolve_plan,
    shown_location,
)
from govledger.messages import GovLedgerError, choose_language, message, os_error_text

EXPORT_FORMATS = (
    "docx", "xlsx", "pdf", "report", "report-draft", "evidence", "ics", "package", "data",
)  # fmt: skip
SCREENSHOT_VIEWS = ("tree", "calendar", "evidence")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="govledger",
        description="政务公开工作要点台账 govledger — the 政务公开 work-plan ledger.",
    )
    parser.add_argument(
        "--db",
        type=ledger_location,
        metavar="PATH|URL",
        help="ledger file (default: the user data folder), or a server ledger: "
        "postgresql://user@server/database (password: GOVLEDGER_DB_PASSWORD, else the OS "
        "credential store, else ~/.pgpass)",
    )
    parser.add_argument("--version", action="version", version=f"govledger {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    commands.add_parser("demo", help="build a demo ledger from the bundled sample plan")

    imp = commands.add_parser(
        "import", help="import a plan document (.docx, .xlsx, text PDF, .doc/.wps/.et, .txt)"
    )
    imp.add_argument("file", type=Path)
    imp.add_argument("--year", type=int, help="the plan's year (overrides the document)")
    imp.add_argument("--dry-run", action="store_true", help="parse only, write nothing")
    imp.add_argument("--json", action="store_true", help="print the parsed plan as JSON")
    imp.add_argument("--yes", action="store_true", help=".govpkg: apply even many deletions")

    plans = commands.add_parser("plans", help="list the plans in the ledger")
    plans.add_argument("--json", action="store_true")

    tasks = commands.add_parser("tasks", help="list a plan's tasks")
    tasks.add_argument("--plan", type=int, help="plan id (default: the latest year's plan)")
    tasks.add_argument("--json", action="store_true")

    export = commands.add_parser(
        "export",
        help="write a ledger document",
        description="docx/xlsx: the 台账; pdf: summary with charts; "
        "report: the yearly 政府信息公开工作年度报告 — FILE.docx the whole report, "
        "FILE.xlsx its statistics tables and the 依申请公开 register; "
        "report-draft: only the 工作要点落实情况 draft of a plan (.docx); "
        "data: every table as CSV and JSON with the evidence files listed, into the new "
        "folder OUT (for audits, or to take everything out of govledger)",
    )
    export.add_argument("format", choices=EXPORT_FORMATS)
    export.add_argument("-o", "--output", type=Path, required=True)
    export.add_argument("--plan", type=int)
    export.add_argument(
        "--year",
        type=int,
        help="report: the report year (default: the --plan's year, else the latest plan's, "
        "else last year)",
    )
    export.add_argument(
        "--unit", help="docx/xlsx: only this lead or co unit's tasks; package: the unit (科室)"
    )
    export.add_argument(
        "--overdue-only", action="store_true", help="docx/xlsx: only overdue requirements"
    )
    export.add_argument(
        "--remind-days",
        type=int,
        metavar="N",
        help="ics: a reminder N working days before each open deadline",
    )

    check = commands.add_parser(
        "check",
        help="check the database and evidence files (exit 1 on a fault)",
        description="With --server: IT's acceptance round trip on a server ledger (connect, "
        "write, read back, a stale save refused, search, evidence up and down, cleanup), "
        "one line per step.",
    )
    check.add_argument(
        "--server",
        nargs="?",
        const="",
        metavar="URL",
        help="check a server ledger (URL, or the --db one) as IT accepts it",
    )

    backup = commands.add_parser("backup", help="write a backup copy of the ledger")
    backup.add_argument("-o", "--output", type=Path)

    restore = commands.add_parser(
        "restore", help="restore the ledger from a backup (the current one is backed up first)"
    )
    which = restore.add_mutually_exclusive_group(required=True)
    which.add_argument("file", nargs="?", type=Path, help="backup file to restore")
    which.add_argument("--latest", action="store_true", help="the latest good backup")
    which.add_argument("--list", action="store_true", help="list the backups")

    shot = commands.add_parser("screenshot", help="render a view offscreen to a PNG")
    shot.add_argument("--view", choices=SCREENSHOT_VIEWS, default="tree")
    shot.add_argument("-o", "--output", type=Path, required=True)
    shot.add_argument("--size", default="1366x768", help="window size, e.g. 1366x768")
    shot.add_argument("--lang", choices=("zh_CN", "en"), help="UI language")
    from govledger.cli_server import add_commands

    add_commands(commands)
    from govledger.cli_server_roles import add_server_commands

    add_server_commands(commands)
    return parser


def main(argv: list[str] | None = None) -> int:
    _utf8_console()
    _choose_message_language()
    args = build_parser().parse_args(argv)
    handler = HANDLERS.get(args.command, start_gui)
    try:
        return handler(args)
    except GovLedgerError as exc:
        print(message("cli.error", detail=exc), file=sys.stderr)
        return EXIT_FAULT
    except KeyboardInterrupt:
        return EXIT_FAULT
    except BrokenPipeError:
        # Output piped into `head` and closed early: not an error worth a traceback.
        with contextlib.suppress(OSError):
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    except Exception as exc:
        # A busy ledger, a full disk, a damaged file: one line the clerk can act on.
        failure = _failure(exc, args)
        if failure is None:
            raise
        print(message("cli.error", detail=failure), file=sys.stderr)
        return EXIT_FAULT


def _failure(exc: Exception, args: argparse.Namespace) -> GovLedgerError | None:
    """The one-line error for an SQLite or OS failure; None for a bug (a traceback)."""
    from govledger.store.sqlite_failures import is_database_error, ledger_error

    if is_server(args):
        from govledger.server_address import readable
        from govledger.store.server_database import driver_module
        from govledger.store.server_failures import server_error

        if isinstance(exc, driver_module().Error):
            return server_error(exc, readable(str(args.db)))
        if isinstance(exc, OSError) and exc.filename:  # an output file, say
            return ledger_error(exc, exc.filename)
        return None
    if is_database_error(exc):
        return ledger_error(exc, ledger_path(args))
    if isinstance(exc, OSError):
        return ledger_error(exc, exc.filename or ledger_path(args))
    return None


def _choose_message_language() -> None:
    """Speak the language the GUI would: the rule is messages.choose_language, and
    the clerk's saved setting is read here once (the GUI does the same at start)."""
    if os.environ.get("GOVLEDGER_LANG"):
        return
    try:
        from govledger.ui.settings import AppSettings  # QSettings: the registry on Windows

        setting = AppSettings().language
    except ImportError:  # Qt missing or broken: the CLI still works, by the system's language
        setting = "system"
    os.environ["GOVLEDGER_LANG"] = choose_language(setting)


def _utf8_console() -> None:
    # Windows consoles default to a legacy code page; Chinese must not crash output.
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            with contextlib.suppress(ValueError, OSError):
                reconfigure(encoding="utf-8", errors="replace")


# ---------------------------------------------------------------- commands
def start_gui(args: argparse.Namespace) -> int:
    if not _display_available():
        print(message("cli.no_display"), file=sys.stderr)
        return EXIT_FAULT
    missing = _missing_x11_packages()
    if missing:
        print(message("cli.missing_x11", packages=" ".join(missing)), file=sys.stderr)
        return EXIT_FAULT
    preload_for_gui()
    try:
        from govledger.ui.app import run_app
    except ImportError:
        print(message("cli.not_yet", command="GUI"), file=sys.stderr)
        return EXIT_USAGE
    if is_server(args):  # a server ledger: its password by the CLI's rules (cli_server.py)
        from govledger.cli_server import server_password

        return run_app(args.db, password=server_password(args.db))
    # None when --db is not given: the GUI then honours the data folder chosen in its settings.
    return run_app(args.db)


# Libraries Qt's X11 plugin needs that a minimal Linux may lack: (library, Debian package).
X11_LIBRARIES = (
    ("xcb-cursor", "libxcb-cursor0"),
    ("xcb-icccm", "libxcb-icccm4"),
    ("xcb-keysyms", "libxcb-keysyms1"),
)


def _missing_x11_packages() -> list[str]:
    """Debian packages to install before the window can open on X11 (Qt would abort)."""
    if not sys.platform.startswith("linux") or not os.environ.get("DISPLAY"):
        return []
    if os.environ.get("QT_QPA_PLATFORM", "xcb") != "xcb":
        return []
    from ctypes.util import find_library

    return [package for library, package in X11_LIBRARIES if find_library(library) is None]


def preload_for_gui() -> None:
    """Prepare the start of the window: collector off, Qt-free modules loaded first.

    PySide6 installs an import hook that reads the source of every module imported
    after it (ui/pyside_import_hook.py answers it in advance for govledger's and the
    standard library's own); the store and the third-party modules the window uses are
    loaded before it, out of its way.

    Python's automatic cycle collection is switched off here rather than when the
    application is made: the window's GuiThreadCollector (ui/gui_gc.py) takes over
    collecting, and until then the imports would be interrupted some thirty times
    by collections that find nothing to free.
    """
    import gc

    gc.disable()
    import getpass  # noqa: F401  (the ledger lock)
    import logging  # noqa: F401
    import signal  # noqa: F401

    import govledger.domain.holiday_schedule  # the tree's working days
    import govledger.paths
    import govledger.store  # noqa: F401


def _display_available() -> bool:
    if sys.platform in ("win32", "darwin"):
        return True
    if os.environ.get("QT_QPA_PLATFORM", "").startswith(("offscreen", "minimal", "vnc")):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def cmd_demo(args: argparse.Namespace) -> int:
    from govledger.demo import build_demo

    with ledger_for_job(args, "demo") as ledger:
        plan_id = build_demo(ledger)
        plan = ledger.plan(plan_id)
        count = ledger.requirement_count(plan_id)
    print(message("cli.demo_done", path=shown_location(args), title=plan.title, requirements=count))
    return EXIT_OK


def cmd_import(args: argparse.Namespace) -> int:
    from govledger.importers import load_plan

    draft = load_plan(args.file, year=checked_year(args.year))
    if args.year:
        draft.year = args.year
    if args.dry_run:
        if args.json:
            print_json(draft.to_json())
        else:
            _print_draft_summary(draft)
        return EXIT_OK
    with ledger_for_job(args, "import") as ledger:
        plan_id = ledger.import_draft(draft).created_plan
        assert plan_id is not None
        plan = ledger.plan(plan_id)
        count = ledger.requirement_count(plan_id)
    if args.json:
        print_json({"plan_id": plan_id, **draft.to_json()})
    else:
        print(
            message(
                "cli.imported", title=plan.title, year=plan.year, requirements=count, id=plan_id
            )
        )
        _print_warnings(draft.all_warnings())
    return EXIT_OK


def _print_draft_summary(draft: Any) -> None:
    requirements = list(draft.requirements())
    print(f"{draft.title} ({draft.year}) — {len(requirements)}")
    for path, task in requirements:
        heading = path[-1].text if path else ""
        units, deadline = task.units_text, task.deadline_text
        # the document's own numbering beside the plan-wide 序号: "3 〔1.〕", "1 〔（一）〕"
        number = f"{task.number} 〔{task.label}〕" if task.label else task.number
        print(f"  {number:>4}  {task.text[:40]}  [{units}]  {deadline}  ({heading[:20]})")
    _print_warnings(draft.all_warnings())
    for skipped in draft.all_skipped():  # nothing is lost silently: say what was left out
        print("  " + message("cli.skipped_line", source=skipped.source[:60], reason=skipped.reason))


def _print_warnings(warnings: list[str]) -> None:
    if warnings:
        print(message("cli.import_warnings", count=len(warnings)))
        for warning in warnings:
            print(f"  - {warning}")


def cmd_plans(args: argparse.Namespace) -> int:
    with open_existing_ledger(args) as ledger:
        plans = [
            {
                "id": plan.id,
                "title": plan.title,
                "year": plan.year,
                "organization": plan.organization,
                "document_number": plan.document_number,
                "issued_on": plan.issued_on,
                "requirements": ledger.requirement_count(plan.id),
            }
            for plan in ledger.plans()
        ]
    if args.json:
        print_json({"plans": plans})
    else:
        print(message("cli.plans_header"))
        for plan in plans:
            print(f"{plan['id']:<5} {plan['year']:<5} {plan['requirements']:<7} {plan['title']}")
    return EXIT_OK


def cmd_tasks(args: argparse.Namespace) -> int:
    from govledger.store.task_listing import task_rows

    with open_existing_ledger(args) as ledger:
        plan = resolve_plan(ledger, args.plan)
        rows = task_rows(ledger, plan.id, date.today())
    if args.json:
        print_json({"plan": {"id": plan.id, "title": plan.title, "year": plan.year}, "tasks": rows})
    else:
        for row in rows:
            indent = "  " * row["depth"]
            if row["kind"] == "heading":
                counts = f"{row['done_count']}/{row['requirement_count']}"
                print(f"{indent}{row['text'][:50]}  {counts} {row['status']}")
                continue
            units = "、".join(row["lead_units"])
            due = row["due"] or ""
            print(f"{indent}{row['number']}. {row['text'][:50]}  [{units}] {due} {row['status']}")
    return EXIT_OK


def cmd_check(args: argparse.Namespace) -> int:
    if args.server is not None:
        from govledger.cli_server import cmd_check_server

        return cmd_check_server(args)
    from govledger.store.integrity import check_ledger

    with open_existing_ledger(args) as ledger:
        problems = check_ledger(ledger)
        stats = ledger.stats()
    for problem in problems:
        print(problem.text)
    if problems:
        print(message("check.faults", count=len(problems)))
        return EXIT_FAULT
    print(
        message("check.ok", plans=stats["plans"], tasks=stats["tasks"], evidence=stats["evidence"])
    )
    return EXIT_OK


def cmd_backup(args: argparse.Namespace) -> int:
    # A full disk or a busy ledger reaches main() as one line; the copy cleans up after
    # itself (database.copy_database). A server ledger's backups are IT's (server.file_only).
    ledger_path(args)
    with open_existing_ledger(args) as ledger:
        if args.output is not None:
            target = ledger.backup(args.output)
        else:
            target = ledger.take_backup("manual")
    print(message("cli.backup_done", path=target))
    return EXIT_OK


def cmd_restore(args: argparse.Namespace) -> int:
    from govledger.cli_lock import holding_ledger_lock
    from govledger.store.backups import Backups

    path = ledger_path(args)  # a server ledger: server.file_only
    backups = Backups(path)
    if args.list:
        for info in backups.list():
            state = "" if info.ok else "  (damaged)"
            future = " " + message("backup.in_future") if info.in_future else ""
            print(
                f"{info.taken_at:%Y-%m-%d %H:%M:%S}{future}  {info.reason:<16} "
                f"{info.plans:>3} / {info.tasks:<6} {info.path}{state}"
            )
        return EXIT_OK
    if args.latest:
        latest = backups.latest_good()
        if latest is None:
            raise GovLedgerError("backup.none")
        if latest.in_future:
            print(message("backup.only_future", path=latest.path), file=sys.stderr)
        source = latest.path
    else:
        source = args.file
    with holding_ledger_lock(path):
        _restore(args, source)
    _warn_missing_evidence(args)
    return EXIT_OK


def _restore(args: argparse.Namespace, source: Path) -> None:
    from govledger.store.database import LedgerOpenError
    from govledger.store.restore import restore_damaged

    path = ledger_path(args)
    try:
        ledger = open_ledger(args)
    except LedgerOpenError as exc:
        if not exc.damaged:
            raise
        # A damaged ledger is set aside with its journal files, never overwritten.
        moved = restore_damaged(path, source)
        if moved is None:  # there was no file left to keep
            print(message("backup.rebuilt", path=path, backup=source))
        else:
            print(message("backup.set_aside", path=moved, backup=source))
    else:
        with ledger:
            outcome = ledger.restore_from(source)
        if outcome.set_aside_as is not None:  # it opened, but SQLite found it damaged
            print(message("backup.set_aside", path=outcome.set_aside_as, backup=source))
        else:
            print(message("backup.restored", path=source, before=outcome.before))


def _warn_missing_evidence(args: argparse.Namespace) -> None:
    """A backup restored from another folder may refer to evidence not copied along."""
    with open_existing_ledger(args) as ledger:
        missing = ledger.missing_evidence_files()
    if missing:
        names = "、".join(missing[:5]) + ("…" if len(missing) > 5 else "")
        print(message("backup.evidence_missing", count=len(missing), names=names), file=sys.stderr)


def screenshot_platform() -> str:
    """The Qt platform `screenshot` renders with (see ui/screenshot.py)."""
    return "windows" if sys.platform == "win32" else "offscreen"


def cmd_screenshot(args: argparse.Namespace) -> int:
    if args.view not in ("tree", "evidence", "calendar"):
        print(message("cli.not_yet", command=f"screenshot --view {args.view}"), file=sys.stderr)
        return EXIT_USAGE
    try:
        width, height = (int(part) for part in args.size.lower().split("x"))
    except ValueError:
        raise GovLedgerError("cli.bad_size", size=args.size) from None
    if not (320 <= width <= 7680 and 240 <= height <= 4320):
        raise GovLedgerError("cli.bad_size", size=args.size)
    # A screenshot must not flash a window or need a display: offscreen, except on
    # Windows, whose own platform draws with the system's fonts (the offscreen one finds
    # none there and draws every character as a box) into a window never put on screen.
    os.environ["QT_QPA_PLATFORM"] = screenshot_platform()
    if is_server(args):
        raise GovLedgerError("cli.gui_server")
    require_ledger(args)
    from govledger.ui.screenshot import render_screenshot

    try:
        render_screenshot(ledger_path(args), args.output, (width, height), args.lang, args.view)
    except OSError as exc:
        raise GovLedgerError("cli.screenshot_failed", detail=os_error_text(exc)) from exc
    print(message("cli.screenshot_done", path=args.output))
    return EXIT_OK


def cmd_server(args: argparse.Namespace) -> int:
    from govledger.cli_server_roles import run_server_command

    return run_server_command(args)


def cmd_not_yet(args: argparse.Namespace) -> int:
    print(message("cli.not_yet", command=args.command), file=sys.stderr)
    return EXIT_USAGE


def cmd_move_to(args: argparse.Namespace) -> int:
    from govledger.cli_server import cmd_move_to as move_to

    return move_to(args)


HANDLERS: dict[str | None, Callable[[argparse.Namespace], int]] = {
    "demo": cmd_demo,
    "import": cmd_import,
    "plans": cmd_plans,
    "tasks": cmd_tasks,
    "check": cmd_check,
    "backup": cmd_backup,
    "restore": cmd_restore,
    "export": cmd_export,
    "screenshot": cmd_screenshot,
    "move-to": cmd_move_to,
    "server": cmd_server,
}


def _packages_first(
    general: Callable[[argparse.Namespace], int],
    is_package: Callable[[argparse.Namespace], bool],
    package_handler: Callable[[argparse.Namespace], int],
) -> Callable[[argparse.Namespace], int]:
    return lambda args: package_handler(args) if is_package(args) else general(args)


HANDLERS["export"] = _packages_first(
    HANDLERS["export"], lambda args: args.format == "package", cmd_export_package
)
HANDLERS["import"] = _packages_first(
    HANDLERS["import"], lambda args: args.file.suffix.lower() == ".govpkg", cmd_import_package
)
