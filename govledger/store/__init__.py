"""SQLite storage: the Ledger API, schema migrations, evidence files, backups."""

# First: loads sqlite-utils without numpy and pandas (see there why).
from govledger.store.sqlite_library import sqlite_utils as _sqlite_utils  # noqa: F401, I001
from govledger.store.database import LedgerOpenError
from govledger.store.ledger import Ledger

__all__ = ["Ledger", "LedgerOpenError"]
