"""The command line's ledger: which one --db names, opened as each command needs it.

Shared by the commands in cli.py and its companions (cli_export.py, cli_server.py…):
the file's lock or the server's job lock for whole-ledger jobs, read-only for the
commands that only read, and never a new file for those.
"""

from __future__ import annotations

import argparse
import contextlib
import json
from datetime import date, datetime
from pathlib import Path
from typing import Any

from govledger.messages import GovLedgerError

EXIT_OK, EXIT_FAULT, EXIT_USAGE = 0, 1, 2


YEARS = (2000, 2100)  # a plan's year, as the window's year fields allow


def ledger_location(text: str) -> Path | str:
    """--db: a server ledger's URL as given, else a ledger file's path."""
    from govledger.server_address import is_server_location

    return text.strip() if is_server_location(text) else Path(text)


def is_server(args: argparse.Namespace) -> bool:
    return isinstance(args.db, str)


def ledger_path(args: argparse.Namespace) -> Path:
    """The ledger file; a server ledger has none (backup, restore, screenshot)."""
    if is_server(args):
        raise GovLedgerError("server.file_only")
    if args.db is not None:
        path: Path = args.db
        return path
    from govledger.paths import default_ledger_path

    return default_ledger_path()


def shown_location(args: argparse.Namespace) -> str:
    """Where the ledger is, for messages: a server without its password."""
    if is_server(args):
        from govledger.server_address import readable

        return readable(args.db)
    return str(ledger_path(args))


def open_ledger(args: argparse.Namespace, *, read_only: bool = False):  # -> Ledger
    from govledger.store import Ledger

    if is_server(args):
        from govledger.cli_server import server_password

        return Ledger.open(args.db, password=server_password(args.db), read_only=read_only)
    return Ledger.open(ledger_path(args), read_only=read_only)


@contextlib.contextmanager
def ledger_for_job(args: argparse.Namespace, kind: str):  # -> Iterator[Ledger]
    """The ledger for a whole-ledger job (demo, import, a package): the file's lock file
    or the server's job lock held for it, so no two such jobs interleave."""
    if is_server(args):
        with open_ledger(args) as ledger, ledger.whole_ledger_job(kind):
            yield ledger
        return
    from govledger.cli_lock import holding_ledger_lock

    with holding_ledger_lock(ledger_path(args)), open_ledger(args) as ledger:
        yield ledger


def open_existing_ledger(args: argparse.Namespace):  # -> Ledger
    """The ledger for a command that only reads it: never creates a folder or a file."""
    require_ledger(args)
    return open_ledger(args, read_only=True)


def require_ledger(args: argparse.Namespace) -> None:
    if is_server(args):
        return  # the server says itself when there is no ledger (server.no_database)
    if not ledger_path(args).is_file():
        raise GovLedgerError("cli.no_ledger", path=ledger_path(args))


def checked_year(year: int | None) -> int | None:
    """--year within the range the window accepts (2000–2100)."""
    if year is not None and not YEARS[0] <= year <= YEARS[1]:
        raise GovLedgerError("cli.bad_year", year=year, first=YEARS[0], last=YEARS[1])
    return year


def print_json(data: Any) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=1, default=_json_default))


def _json_default(value: Any) -> Any:
    if isinstance(value, date | datetime):
        return value.isoformat()
    raise TypeError(type(value).__name__)


def resolve_plan(ledger: Any, plan_id: int | None) -> Any:
    """The plan asked for, else the latest year's (most recently imported among equals)."""
    if plan_id is not None:
        if not any(plan.id == plan_id for plan in ledger.plans()):
            raise GovLedgerError("cli.no_such_plan", id=plan_id)
        return ledger.plan(plan_id)
    plan = ledger.latest_plan()
    if plan is None:
        raise GovLedgerError("cli.no_plan")
    return plan
