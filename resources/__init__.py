"""Bundled data: demo plan, icons (installed as govledger.resources)."""
