"""What a server's error means for the clerk, by its SQLSTATE (issue 24).

The counterpart of sqlite_failures.py: a busy ledger is busy, a refused write is
refused, an unreachable server is offline; nothing on a server is ever "damaged"
by our verdict (its administrator restores it, not the clerk).
"""

from __future__ import annotations

from govledger.domain.pinyin_order import sorted_by_pinyin
from govledger.messages import GovLedgerError

# SQLSTATE → kind. Class 08 (connection exception) and errors without a SQLSTATE
# (the driver could not reach the server at all) are "offline".
_BUSY = {"55P03", "40P01", "40001", "57014"}  # lock wait, deadlock, serialization, timeout
_REFUSED = {"42501"}  # insufficient_privilege: a grant or row-level policy said no
_READ_ONLY = {"25006"}  # read_only_sql_transaction
_DISK_FULL = {"53100"}
_CONFLICT = {"23505"}  # unique_violation: someone saved the same key first


def sqlstate(exc: BaseException) -> str | None:
    """psycopg 3 says ``sqlstate``, psycopg2-style drivers ``pgcode``."""
    code = getattr(exc, "sqlstate", None) or getattr(exc, "pgcode", None)
    return str(code) if code else None


def server_error(exc: BaseException, server: str) -> GovLedgerError:
    code = sqlstate(exc)
    detail = _first_line(exc)
    if code is None or code.startswith("08"):
        return GovLedgerError("server.offline", server=server, detail=detail)
    if code.startswith("28"):  # invalid authorization: wrong password, no such user
        return GovLedgerError("server.login_failed", server=server, detail=detail)
    if code == "3D000":  # invalid_catalog_name: no such database
        return GovLedgerError("server.no_database", server=server, detail=detail)
    if code in _BUSY:
        return GovLedgerError("server.busy", server=server)
    if code in _REFUSED:
        return _refused(exc, server, detail)
    if code in _READ_ONLY:
        return GovLedgerError("edit.read_only")
    if code in _DISK_FULL:
        return GovLedgerError("server.disk_full", server=server)
    if code in _CONFLICT:
        return GovLedgerError("server.conflict", server=server, detail=detail)
    return GovLedgerError("server.failed", server=server, detail=detail)


def _refused(exc: BaseException, server: str, detail: str) -> GovLedgerError:
    """A refusal by the clerk's guard (server_roles.py) names the requirement and the
    clerk's units; any other (a grant missing) says what the server said."""
    diag = getattr(exc, "diag", None)
    primary = getattr(diag, "message_primary", None) or detail
    if primary == "govledger.not_your_unit":
        # the guard lists them in the server's collation; the app's order is pinyin
        units = [name for name in (getattr(diag, "message_hint", None) or "").split("、") if name]
        return GovLedgerError(
            "server.not_your_unit",
            requirement=getattr(diag, "message_detail", None) or "",
            units="、".join(sorted_by_pinyin(units)),
        )
    if primary == "govledger.admin_only":
        return GovLedgerError("server.admin_only")
    return GovLedgerError("server.refused", server=server, detail=detail)


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__
