"""Qt translation files (installed as govledger.translations)."""
