"""govledger — the 政务公开 work-plan ledger (台账) for government offices."""

__version__ = "0.1.0"
