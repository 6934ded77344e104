"""`govledger check`: is the database sound and is every evidence file intact?"""

from __future__ import annotations

from dataclasses import dataclass

from govledger.messages import message
from govledger.store.ledger import Ledger


@dataclass(frozen=True)
class Problem:
    # "integrity", "foreign_key", "evidence_missing", "evidence_altered",
    # "evidence_unreadable", "evidence_progress_elsewhere",
    # "application_document_missing" / "_altered" / "_unreadable"
    kind: str
    text: str


def check_ledger(ledger: Ledger) -> list[Problem]:
    problems: list[Problem] = [] if ledger.is_server else _file_problems(ledger)
    verdicts: dict[str, str | None] = {}  # a file shared by several records is hashed once
    problems += _evidence_file_problems(ledger, verdicts)
    problems += _misplaced_progress_links(ledger)
    problems += _application_document_problems(ledger, verdicts)
    return problems


def _file_problems(ledger: Ledger) -> list[Problem]:
    """SQLite's own checks of a ledger file. A server checks its pages itself and always
    enforces foreign keys, so a server ledger has only the checks below."""
    problems: list[Problem] = []
    for (result,) in ledger._db.execute("PRAGMA integrity_check").fetchall():
        if result != "ok":
            problems.append(Problem("integrity", message("check.integrity", detail=result)))
    for table, rowid, parent, _fk in ledger._db.execute("PRAGMA foreign_key_check").fetchall():
        problems.append(
            Problem(
                "foreign_key", message("check.foreign_key", table=table, rowid=rowid, parent=parent)
            )
        )
    return problems


def _evidence_file_problems(ledger: Ledger, verdicts: dict[str, str | None]) -> list[Problem]:
    """One problem per record whose file is faulty: each names the evidence the clerk
    must find again, even when several records share one stored file."""
    problems: list[Problem] = []
    for sha256, name in ledger._db.execute(
        "SELECT sha256, original_name FROM evidence WHERE kind = 'file' ORDER BY id"
    ).fetchall():
        if sha256 not in verdicts:
            verdicts[sha256] = ledger.evidence.verify(sha256)
        fault = verdicts[sha256]
        if fault:
            key = f"check.evidence_{fault}"
            problems.append(Problem(f"evidence_{fault}", message(key, name=name, sha=sha256[:12])))
    return problems


def _application_document_problems(
    ledger: Ledger, verdicts: dict[str, str | None]
) -> list[Problem]:
    """Request and reply letters of the 依申请公开 register live in the same store."""
    problems: list[Problem] = []
    for sha256, name, number in ledger._db.execute(
        """SELECT d.sha256, d.original_name, a.number FROM application_documents d
           JOIN applications a ON a.id = d.application_id ORDER BY d.id"""
    ).fetchall():
        if sha256 not in verdicts:
            verdicts[sha256] = ledger.evidence.verify(sha256)
        fault = verdicts[sha256]
        if fault:
            problems.append(
                Problem(
                    f"application_document_{fault}",
                    message(
                        f"check.application_document_{fault}",
                        name=name,
                        number=number,
                        sha=sha256[:12],
                    ),
                )
            )
    return problems


def _misplaced_progress_links(ledger: Ledger) -> list[Problem]:
    rows = ledger._db.execute(
        """SELECT e.original_name, e.title, e.url, e.progress_id
           FROM evidence e JOIN progress_entries p ON p.id = e.progress_id
           WHERE p.task_id != e.task_id ORDER BY e.id"""
    ).fetchall()
    return [
        Problem(
            "evidence_progress_elsewhere",
            message(
                "check.evidence_progress_elsewhere", name=name or title or url, progress=progress
            ),
        )
        for name, title, url, progress in rows
    ]
