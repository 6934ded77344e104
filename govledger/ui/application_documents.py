"""Opening a request's document: a read-only copy under its own name, in the system viewer.

Stored files are named by their hash (the evidence store), so the copy gives Word or
the PDF viewer a name and an extension to go by; read-only, so editing the copy never
seems to change the record.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices

from govledger.domain.applications import ApplicationDocument
from govledger.domain.safe_file_names import safe_file_name
from govledger.messages import os_error_text
from govledger.ui.session import LedgerSession

OPEN_FOLDER = "govledger-requests"  # under the system temp folder


def open_document(session: LedgerSession, document: ApplicationDocument) -> Path | None:
    """Open a copy with the system application; returns the copy (None on a failure)."""
    source = session.ledger.evidence_path(document.sha256)
    if not source.is_file():
        text = QCoreApplication.translate(
            "ApplicationDocuments", "The stored file of “{name}” is missing; run the ledger check."
        )
        session.failed.emit(text.format(name=document.original_name))
        return None
    folder = Path(tempfile.gettempdir()) / OPEN_FOLDER / document.sha256[:16]
    copy = folder / safe_file_name(document.original_name)
    try:
        if not copy.is_file():
            folder.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(source, copy)
            copy.chmod(0o444)
    except OSError as exc:
        text = QCoreApplication.translate("ApplicationDocuments", "Cannot open “{name}”: {detail}")
        session.failed.emit(text.format(name=document.original_name, detail=os_error_text(exc)))
        return None
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(copy)))
    return copy
