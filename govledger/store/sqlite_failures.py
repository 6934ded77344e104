"""What kind of failure an SQLite error is, so the clerk is told the right thing.

Only SQLite itself (SQLITE_CORRUPT, SQLITE_NOTADB) or ``PRAGMA integrity_check``
may call a ledger damaged: a damaged ledger is replaced from a backup, so calling
a merely busy one "damaged" once cost a clerk two plans (issue 19, item 2). A busy
or locked ledger is busy; a full disk is a full disk; anything else is reported
as it is, never as damage.
"""

from __future__ import annotations

import errno
import shutil
import sqlite3
from pathlib import Path

from govledger.messages import GovLedgerError, os_error_text

BUSY, DAMAGED, NOT_A_DATABASE, DISK_FULL, OTHER = "busy", "damaged", "not_sqlite", "full", "other"

# Primary result codes (the low byte of an extended code), from sqlite3.h.
_KINDS = {5: BUSY, 6: BUSY, 11: DAMAGED, 13: DISK_FULL, 26: NOT_A_DATABASE}
_IOERR = 10
NEARLY_FULL = 1024 * 1024  # bytes free: less than a ledger page cache's worth
# Python builds without sqlite_errorcode: the texts SQLite gives for those codes.
_TEXTS = (
    ("database is locked", BUSY),
    ("database table is locked", BUSY),
    ("malformed", DAMAGED),
    ("file is not a database", NOT_A_DATABASE),
    ("database or disk is full", DISK_FULL),
)


def failure_kind(exc: BaseException, folder: Path | None = None) -> str:
    """BUSY, DAMAGED, NOT_A_DATABASE, DISK_FULL or OTHER for an sqlite3 or OS error.

    folder: where the ledger is. SQLite reports a full disk while it grows its
    shared-memory or journal file only as "disk I/O error"; an I/O error with
    (almost) no space left in that folder is taken for the full disk it is.
    """
    if isinstance(exc, OSError):
        return DISK_FULL if exc.errno in (errno.ENOSPC, errno.EDQUOT) else OTHER
    code = getattr(exc, "sqlite_errorcode", None)
    if isinstance(code, int) and code & 0xFF in _KINDS:
        return _KINDS[code & 0xFF]
    text = str(exc).lower()
    kind = next((kind for words, kind in _TEXTS if words in text), OTHER)
    io_error = code & 0xFF == _IOERR if isinstance(code, int) else "disk i/o error" in text
    if kind == OTHER and io_error and folder is not None and _nearly_full(folder):
        return DISK_FULL
    return kind


def _nearly_full(folder: Path) -> bool:
    try:
        return shutil.disk_usage(folder).free < NEARLY_FULL
    except OSError:
        return False


def is_database_error(exc: BaseException) -> bool:
    """Whether exc came from SQLite (for code outside the store, which has no sqlite3)."""
    return isinstance(exc, sqlite3.Error)


def ledger_error(exc: BaseException, path: object) -> GovLedgerError:
    """The one-line error the clerk reads for an SQLite failure on the ledger at path,
    or an OS failure on the file at path."""
    kind = failure_kind(exc, Path(str(path)).parent)
    detail = os_error_text(exc) if isinstance(exc, OSError) else str(exc)
    if kind == BUSY:
        return GovLedgerError("ledger.busy", path=path)
    if kind == DISK_FULL:
        return GovLedgerError("ledger.disk_full", path=path)
    if kind in (DAMAGED, NOT_A_DATABASE):
        return GovLedgerError("ledger.damaged", path=path, detail=detail)
    if isinstance(exc, OSError):  # any file: the ledger, a document, an export
        return GovLedgerError("file.failed", path=path, detail=detail)
    return GovLedgerError("ledger.failed", path=path, detail=detail)
