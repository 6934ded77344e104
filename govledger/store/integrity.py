"""`govledger check`: is the database sound and is every evidence file intact?"""

from __future__ import annotations

from dataclasses import dataclass

from govledger.messages import message
from govledger.store.ledger import Ledger


@dataclass(frozen=True)
class Problem:
    kind: str  # "integrity", "foreign_key", "evidence_missing", "evidence_altered"
    text: str


def check_ledger(ledger: Ledger) -> list[Problem]:
    problems: list[Problem] = []
    for (result,) in ledger.db.execute("PRAGMA integrity_check").fetchall():
        if result != "ok":
            problems.append(Problem("integrity", message("check.integrity", detail=result)))
    for table, rowid, parent, _fk in ledger.db.execute("PRAGMA foreign_key_check").fetchall():
        problems.append(
            Problem(
                "foreign_key", message("check.foreign_key", table=table, rowid=rowid, parent=parent)
            )
        )
    seen: dict[str, str | None] = {}
    for sha256, name in ledger.db.execute(
        "SELECT sha256, original_name FROM evidence WHERE kind = 'file' ORDER BY id"
    ).fetchall():
        if sha256 not in seen:
            seen[sha256] = ledger.evidence.verify(sha256)
            fault = seen[sha256]
            if fault:
                key = f"check.evidence_{fault}"
                problems.append(
                    Problem(f"evidence_{fault}", message(key, name=name, sha=sha256[:12]))
                )
    return problems
