"""Who this ledger's user is, and what they may write (issue 24): the store's side
of domain/access.py. A ledger file is its user's alone (role "file"); on a server
the login's role comes from the server (server_roles.py)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from govledger.domain.access import FILE_ACCESS, Access, may_write
from govledger.messages import GovLedgerError

if TYPE_CHECKING:
    from govledger.domain.unit_kinds import UnitKind
    from govledger.store.connection import LedgerDatabase
    from govledger.store.server_roles import LoginAccess


class AccessOps:
    _db: LedgerDatabase
    is_server: bool

    def unit_directory(self) -> dict[str, UnitKind]:
        raise NotImplementedError

    def my_role(self) -> Access:
        if not self.is_server:
            return FILE_ACCESS
        from govledger.store.server_roles import my_access

        return my_access(self._db)

    def may_write(self, task_id: int, access: Access | None = None) -> bool:
        """Whether the user may write the requirement's progress, evidence and status,
        by the rule the server enforces (access: my_role(), when the caller has it)."""
        access = access or self.my_role()
        if not access.is_clerk:
            return True
        lead: list[str] = []
        co: list[str] = []
        for name, role in self._db.execute(
            "SELECT u.name, tu.role FROM task_units tu JOIN units u ON u.id = tu.unit_id "
            "WHERE tu.task_id = ? ORDER BY tu.position",
            [task_id],
        ):
            (lead if role == "lead" else co).append(name)
        return may_write(access, lead, co, self.unit_directory())

    # -- IT's commands on a server ledger (govledger server …)
    def install_roles(self) -> list[str]:
        from govledger.store.server_roles import install_roles

        with self._server() as db:
            return install_roles(db)

    def add_clerk(
        self, login: str, units: list[str], *, create: bool = False, password: str | None = None
    ) -> None:
        from govledger.store.server_roles import add_clerk

        with self._server() as db:
            add_clerk(db, login, units, create=create, password=password)

    def add_admin(self, login: str) -> None:
        from govledger.store.server_roles import add_admin

        with self._server() as db:
            add_admin(db, login)

    def remove_access(self, login: str) -> None:
        from govledger.store.server_roles import remove_access

        with self._server() as db:
            remove_access(db, login)

    def access_list(self) -> list[LoginAccess]:
        from govledger.store.server_roles import access_list

        with self._server() as db:
            return access_list(db)

    @contextmanager
    def _server(self) -> Iterator[LedgerDatabase]:
        """The server's database for a command, its failures told in one line."""
        if not self.is_server:
            raise GovLedgerError("server.needs_server")
        try:
            yield self._db
        except GovLedgerError:
            raise
        except Exception as exc:
            failure = self._db.failure(exc)
            if failure is None:
                raise
            raise failure from exc
