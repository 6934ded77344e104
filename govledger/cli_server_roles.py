"""`govledger --db postgresql://… server …`: IT's commands for who may do what on a
shared server ledger (issue 24; store/server_roles.py does the work).

    server roles                      create the group roles, grant their rights
    server add-clerk LOGIN --unit U   LOGIN writes only U's requirements (--unit again: more)
    server add-admin LOGIN            LOGIN may do everything
    server remove LOGIN               LOGIN is neither any more (its open windows are told)
    server list                       who is what

Run by the ledger database's owner (or a superuser). The password comes from
PGPASSWORD or ~/.pgpass as for any libpq program.
"""

from __future__ import annotations

import argparse
import getpass
from typing import Any

from govledger.messages import GovLedgerError, message

EXIT_OK = 0


def add_server_commands(commands: Any) -> None:
    server = commands.add_parser(
        "server", help="who may do what on a server ledger (run by its owner; --db postgresql://…)"
    )
    actions = server.add_subparsers(dest="server_command", metavar="ACTION", required=True)
    actions.add_parser("roles", help="create the roles govledger_admin/govledger_clerk, grant")
    clerk = actions.add_parser(
        "add-clerk", help="make LOGIN a unit clerk of the --unit(s) (replacing its units)"
    )
    clerk.add_argument("login")
    clerk.add_argument("--unit", action="append", required=True, help="a unit of the directory")
    clerk.add_argument("--create", action="store_true", help="create the login first")
    clerk.add_argument(
        "--password-prompt", action="store_true", help="with --create: ask for its password"
    )
    admin = actions.add_parser("add-admin", help="make LOGIN a ledger administrator")
    admin.add_argument("login")
    remove = actions.add_parser("remove", help="take LOGIN's govledger role and units away")
    remove.add_argument("login")
    listing = actions.add_parser("list", help="list the administrators and clerks")
    listing.add_argument("--json", action="store_true")


def run_server_command(args: argparse.Namespace) -> int:
    from govledger.server_address import is_server_location
    from govledger.store import Ledger

    if not isinstance(args.db, str) or not is_server_location(args.db):
        raise GovLedgerError("server.needs_server")
    create = getattr(args, "create", False)
    password = _new_password(args.login) if create and args.password_prompt else None
    with Ledger.open(args.db) as ledger:
        if args.server_command == "roles":
            created = ledger.install_roles()
            note = message("server.roles_created", roles="、".join(created)) if created else ""
            print(message("server.roles_done", created=note))
        elif args.server_command == "add-clerk":
            ledger.add_clerk(args.login, args.unit, create=create, password=password)
            print(message("server.clerk_added", login=args.login, units="、".join(args.unit)))
        elif args.server_command == "add-admin":
            ledger.add_admin(args.login)
            print(message("server.admin_added", login=args.login))
        elif args.server_command == "remove":
            ledger.remove_access(args.login)
            print(message("server.access_removed", login=args.login))
        else:
            _print_list(ledger.access_list(), args.json)
    return EXIT_OK


def _new_password(login: str) -> str:
    return getpass.getpass(message("server.password_prompt", login=login))


def _print_list(logins: list[Any], as_json: bool) -> None:
    if as_json:
        from govledger.cli_ledger import print_json

        print_json([{"login": x.login, "role": x.role, "units": list(x.units)} for x in logins])
        return
    for entry in logins:
        role = message(f"server.role_{entry.role}")
        print(f"{entry.login}\t{role}\t{'、'.join(entry.units)}")
