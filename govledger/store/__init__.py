"""SQLite storage: the Ledger API, schema migrations, evidence files, backups."""

from govledger.store.database import LedgerOpenError
from govledger.store.ledger import Ledger

__all__ = ["Ledger", "LedgerOpenError"]
