"""What a server's error means for the clerk, by its SQLSTATE (issue 24).

The counterpart of sqlite_failures.py: a busy ledger is busy, a refused write is
refused, an unreachable server is offline; nothing on a server is ever "damaged"
by our verdict (its administrator restores it, not the clerk).
"""

from __future__ import annotations

import re

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


# A failure while connecting has no SQLSTATE in libpq-based drivers (psycopg 3 and
# psycopg2 alike): libpq folds the server's error into its text. These phrases, as
# PostgreSQL and libpq write them in English and in their zh_CN translations (a
# server's lc_messages decides), tell a missing database or a refused login from a
# server that cannot be reached; anything else stays "offline".
_CONNECT_FAILURES = (
    ("server.no_database", re.compile(r'\bdatabase ".*" does not exist|数据库 ".*" ?不存在')),
    (
        "server.auth_method",
        re.compile(
            r"authentication method \d+ not supported|不支持 ?\d+ ?认证方式"
            r"|SASL authentication mechanisms are supported|不支持服务器的SASL"
        ),
    ),
    (
        "server.login_failed",
        re.compile(
            r"password authentication failed|Password ?认证失败|no password supplied"
            r'|\brole ".*" does not exist|角色 ?".*" ?不存在'
            r"|is not permitted to log in|不允许角色.*进行登录"
            r"|no pg_hba\.conf entry|pg_hba\.conf ?记录"
        ),
    ),
)


def server_error(exc: BaseException, server: str) -> GovLedgerError:
    code = sqlstate(exc)
    detail = _first_line(exc)
    if code is None:
        for key, phrases in _CONNECT_FAILURES:
            if phrases.search(str(exc)):
                return GovLedgerError(key, server=server, detail=_server_said(detail))
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


def _server_said(detail: str) -> str:
    """What the server said, without libpq's 'connection to server on socket … failed:'."""
    return detail.rpartition(" failed: ")[2].strip() or detail


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__
