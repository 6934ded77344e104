"""The command line's side of a shared ledger on a server (issue 24).

`--db postgresql://clerk@server/ledger` works for every command that makes sense on
a server; the password is taken, in order, from ``GOVLEDGER_DB_PASSWORD``, the OS
credential store (where the window's 连接单位服务器台账 dialog keeps it), else none:
libpq may still find one in ~/.pgpass or need none (trust, certificates). It is
never printed: addresses are shown as user@host:port/database.

Here too: `govledger move-to URL` (a ledger file onto an empty server ledger) and
`govledger check --server URL` (IT's acceptance round trip).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

from govledger.messages import GovLedgerError, message
from govledger.server_address import is_server_location

PASSWORD_VARIABLE = "GOVLEDGER_DB_PASSWORD"
EXIT_OK, EXIT_FAULT = 0, 1


def server_password(url: str) -> str | None:
    """The password for the server ledger at url, by the rules above."""
    from_environment = os.environ.get(PASSWORD_VARIABLE)
    if from_environment:
        return from_environment
    from govledger import server_credentials
    from govledger.server_address import parse

    try:
        address = parse(url)
    except GovLedgerError:
        return None  # a form the dialog does not write (a Unix socket): nothing kept for it
    try:
        return server_credentials.password_for(address)
    except server_credentials.CredentialsUnavailable:
        return None  # no store here: connect without, as libpq would


def add_commands(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    move = commands.add_parser(
        "move-to",
        help="move the ledger file (--db or the default) onto an empty server ledger",
        description="Copy every record, evidence file and document of the ledger file onto "
        "the empty server ledger at URL in one transaction, then check the copy. The file "
        "is left as it was.",
    )
    move.add_argument("url", metavar="URL", help="postgresql://user@server:5432/database")


def cmd_move_to(args: argparse.Namespace) -> int:
    from govledger.cli_ledger import ledger_path, require_ledger
    from govledger.cli_lock import holding_ledger_lock
    from govledger.server_address import readable
    from govledger.store.move_to_server import move_to_server

    if args.db is not None and is_server_location(str(args.db)):
        raise GovLedgerError("move.source_is_server")
    if not is_server_location(args.url):
        raise GovLedgerError("move.not_a_server")
    require_ledger(args)
    source = ledger_path(args)
    # The lock file: no window saves into the file while it is being moved.
    with holding_ledger_lock(source):
        summary = move_to_server(source, args.url, server_password(args.url))
    for table, count in summary.tables.items():
        print(message("move.table_count", table=table, count=count))
    print(
        message(
            "move.done",
            source=source,
            server=readable(args.url),
            rows=summary.rows,
            files=summary.files,
            size=_size_text(summary.bytes),
        )
    )
    return EXIT_OK


def _size_text(size: int) -> str:
    value = float(size)
    for unit in ("B", "KB", "MB"):
        if value < 1024:
            return f"{size} B" if unit == "B" else f"{value:.1f} {unit}"
        value /= 1024
    return f"{value:.1f} GB"


def server_to_check(args: argparse.Namespace) -> str:
    """`check --server URL`, or `--db URL check --server`."""
    url = args.server or (str(args.db) if args.db is not None else "")
    if not is_server_location(url):
        raise GovLedgerError("server.check_needs_url")
    return url


def cmd_check_server(args: argparse.Namespace) -> int:
    from govledger.server_address import readable
    from govledger.store.server_acceptance import check_server
    from govledger.store.server_database import driver_description

    url = server_to_check(args)
    print(message("server.driver", driver=driver_description()), flush=True)
    with tempfile.TemporaryDirectory(prefix="govledger-check-") as folder:
        results = check_server(url, server_password(url), Path(folder))
    for result in results:
        key = "server.check_ok" if result.ok else "server.check_failed"
        print(message(key, step=result.step, reason=result.reason), flush=True)
    failed = sum(not result.ok for result in results)
    if failed:
        print(message("server.check_faults", count=failed, server=readable(url)), file=sys.stderr)
        return EXIT_FAULT
    print(message("server.check_passed", count=len(results), server=readable(url)))
    return EXIT_OK
