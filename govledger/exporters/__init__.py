"""Ledger → documents: Word and Excel 台账, PDF summaries, evidence packs, calendars."""
