"""Ledger -> documents: the Word and Excel 台账, the PDF summary, the yearly report draft.

Each ``export_*`` function reads one plan through the Ledger API and writes its file
atomically (atomic.py); the ``render_*`` / ``write_*`` functions below them take an
already built LedgerTable, for callers such as the print preview.

Submodules are imported on first use: python-docx, openpyxl and reportlab together
take a noticeable time to load, and each caller needs only one of them.
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

_PUBLIC = {
    "export_docx_ledger": "govledger.exporters.docx_ledger",
    "render_docx_ledger": "govledger.exporters.docx_ledger",
    "export_xlsx_ledger": "govledger.exporters.xlsx_ledger",
    "write_xlsx_ledger": "govledger.exporters.xlsx_ledger",
    "export_pdf_summary": "govledger.exporters.pdf_summary",
    "write_pdf_summary": "govledger.exporters.pdf_summary",
    "export_report_draft": "govledger.exporters.report_draft",
    "render_report_draft": "govledger.exporters.report_draft",
    "build_ledger_table": "govledger.exporters.ledger_rows",
    "LedgerTable": "govledger.exporters.ledger_rows",
    "cjk_fonts": "govledger.exporters.fonts",
    "write_atomically": "govledger.exporters.atomic",
}

__all__ = sorted(_PUBLIC)


def __getattr__(name: str) -> Any:
    if name not in _PUBLIC:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(import_module(_PUBLIC[name]), name)
