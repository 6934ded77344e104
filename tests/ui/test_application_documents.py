"""A request's documents open as read-only copies in the system viewer; on a server
ledger a colleague's document is downloaded first, off the GUI thread (issue 24)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QProgressDialog

from govledger.store import Ledger
from govledger.ui.application_dialog import ApplicationDialog
from govledger.ui.session import LedgerSession

LETTER = b"%PDF-1.4 the applicant's request letter"


@pytest.fixture
def opened(monkeypatch) -> list[QUrl]:
    urls: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: urls.append(url) or True)
    return urls


def _request_with_letter(ledger: Ledger, folder: Path) -> int:
    application_id = ledger.add_application(
        received_on=date(2025, 9, 24),
        channel="online",
        applicant_type="natural_person",
        content="申请公开2025年度部门预算执行情况",
    ).first_created("applications")
    assert application_id is not None
    letter = folder / "申请书.pdf"
    letter.write_bytes(LETTER)
    ledger.attach_application_document(application_id, letter, role="request")
    return application_id


@pytest.mark.both_stores
def test_a_document_opens_as_a_read_only_copy_under_its_name(
    qtbot, session: LedgerSession, tmp_path: Path, opened: list[QUrl]
) -> None:
    application_id = _request_with_letter(session.ledger, tmp_path)
    dialog = ApplicationDialog(session, session.ledger.application(application_id))
    qtbot.addWidget(dialog)
    documents = dialog.documents
    assert documents.list.count() == 1
    copy = documents.open_item(documents.list.item(0))
    assert copy is not None and copy.name == "申请书.pdf"
    assert copy.read_bytes() == LETTER and not copy.stat().st_mode & 0o222
    assert [Path(url.toLocalFile()) for url in opened] == [copy]
    dialog.reject()


@pytest.mark.parametrize("ui_store", ["postgresql"])  # a ledger file's are all on this PC
def test_a_colleague_s_document_is_downloaded_first(
    qtbot, session: LedgerSession, tmp_path: Path, opened: list[QUrl]
) -> None:
    url = session.ledger._db.url  # type: ignore[attr-defined]
    with Ledger.open(url, cache_folder=tmp_path / "colleague") as colleague:
        application_id = _request_with_letter(colleague, tmp_path)
    dialog = ApplicationDialog(session, session.ledger.application(application_id))
    qtbot.addWidget(dialog)
    documents = dialog.documents
    (document,) = session.ledger.application_documents(application_id)
    assert not session.ledger.has_local_evidence(document.sha256)
    assert documents.open_item(documents.list.item(0)) is None  # downloaded first
    assert documents.findChild(QProgressDialog) is not None
    qtbot.waitUntil(lambda: len(opened) == 1, timeout=60_000)
    assert Path(opened[0].toLocalFile()).read_bytes() == LETTER
    dialog.reject()
