"""The acceptance round trip an office's IT runs against its ledger server (issue 24).

`govledger check --server URL` does what clerks will do, on throw-away records, and
says step by step what works: connect, the data version, a write in one
transaction, reading it back on a second connection (a second clerk), a stale save
refused, a two-character Chinese search, an evidence file up and down again. Then
the records are undone as undo would, and the file removed from the server: the
ledger is left as it was, except for the audit log, which keeps the check's rows.

A step that fails stops the ones depending on it (they say "not run"); the cleanup
always runs once something was written.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from govledger.domain.changes import ChangeSet, StaleEdit
from govledger.messages import GovLedgerError, message
from govledger.store.ledger import Ledger
from govledger.store.plan_ops import insert_plan
from govledger.store.server_database import ServerDatabase
from govledger.store.server_schema import LATEST_SERVER_VERSION
from govledger.store.task_ops import insert_task

SEARCH_WORD = "验收"  # two characters: what LIKE search must find (FTS5 trigram could not)


@dataclass(frozen=True)
class StepResult:
    step: str  # what was checked, for IT's eyes
    ok: bool
    reason: str = ""  # why not, when not ok


def check_server(url: str, password: str | None, work_folder: Path) -> list[StepResult]:
    """Run the round trip against the server ledger at url; one result per step.

    work_folder: an empty local folder for the two connections' evidence copies.
    """
    try:
        first = Ledger.open(url, password=password, cache_folder=work_folder / "first")
    except GovLedgerError as exc:
        connect = message("server.step.connect", server=_readable(url))
        return [StepResult(connect, False, str(exc)), *_skipped_all()]
    try:
        second = Ledger.open(url, password=password, cache_folder=work_folder / "second")
    except GovLedgerError as exc:
        first.close()
        connect = message("server.step.connect", server=_readable(url))
        return [StepResult(connect, False, str(exc)), *_skipped_all()]
    with first, second:
        return _Round(first, second).run()


def _readable(url: str) -> str:
    from govledger.server_address import readable

    return readable(url)


def _skipped_all() -> list[StepResult]:
    skipped = message("server.reason.skipped")
    return [
        StepResult(message("server.step.schema", version="?"), False, skipped),
        StepResult(message("server.step.write"), False, skipped),
        StepResult(message("server.step.read"), False, skipped),
        StepResult(message("server.step.conflict"), False, skipped),
        StepResult(message("server.step.search", word=SEARCH_WORD), False, skipped),
        StepResult(message("server.step.evidence", size="?"), False, skipped),
    ]


class _Round:
    """One run of the check: two connections, the records written, their undo."""

    def __init__(self, first: Ledger, second: Ledger):
        self.first = first
        self.second = second
        self.token = f"{datetime.now():%Y%m%d%H%M%S}-{os.urandom(3).hex()}"
        self.title = f"govledger 服务器验收 {self.token}"
        self.text = f"{SEARCH_WORD}检查：台账读写 {self.token}"
        self.data = f"govledger 服务器验收文件 {self.token}\n".encode() * 64
        self.sha256 = hashlib.sha256(self.data).hexdigest()
        self.plan_id = 0
        self.task_id = 0
        self.written: list[ChangeSet] = []  # undone in reverse order by the cleanup
        self.uuids: list[str] = []

    def run(self) -> list[StepResult]:
        results = [StepResult(message("server.step.connect", server=self.first.location), True)]
        steps: list[tuple[str, Callable[[], str | None]]] = [
            (message("server.step.schema", version=LATEST_SERVER_VERSION), self.schema),
            (message("server.step.write"), self.write),
            (message("server.step.read"), self.read),
            (message("server.step.conflict"), self.conflict),
            (message("server.step.search", word=SEARCH_WORD), self.search),
            (message("server.step.evidence", size=len(self.data)), self.evidence),
        ]
        failed = False
        for step, run in steps:
            if failed:
                results.append(StepResult(step, False, message("server.reason.skipped")))
                continue
            reason = self._reason_of(run)
            failed = reason is not None
            results.append(StepResult(step, not failed, reason or ""))
        if self.written:
            reason = self._reason_of(self.cleanup)
            results.append(StepResult(message("server.step.cleanup"), reason is None, reason or ""))
        return results

    # -- the steps: None when it worked, else the reason
    def schema(self) -> str | None:
        found = (
            self._db(self.first)
            .execute("SELECT value FROM meta WHERE key = 'schema_version'")
            .fetchone()
        )
        version = int(found[0]) if found else 0
        if version != LATEST_SERVER_VERSION:
            return message("server.reason.version", found=version, expected=LATEST_SERVER_VERSION)
        return None

    def write(self) -> str | None:
        with self.first._transaction("server_check", self.title) as tx:
            self.plan_id = insert_plan(tx, {"title": self.title, "year": date.today().year})
            self.task_id = insert_task(tx, self.plan_id, None, 0, {"text": self.text})
        self.written.append(tx.changes)
        self.uuids = [change.new["uuid"] for change in tx.changes.rows if change.new]
        return None

    def read(self) -> str | None:
        plans = {plan.id: plan.title for plan in self.second.plans()}
        task = self.second.task(self.task_id)
        if plans.get(self.plan_id) != self.title or task.text != self.text:
            return message("server.reason.not_read")
        return None

    def conflict(self) -> str | None:
        revision = self.second.task(self.task_id).revision  # both clerks open the form
        self.written.append(
            self.first.update_task(self.task_id, note="A", expected_revision=revision)
        )
        try:
            late = self.second.update_task(self.task_id, note="B", expected_revision=revision)
        except StaleEdit:
            return None
        self.written.append(late)
        return message("server.reason.not_refused")

    def search(self) -> str | None:
        hits = self.second.search(SEARCH_WORD, plan_id=self.plan_id)
        if not any(hit.task_id == self.task_id for hit in hits):
            return message("server.reason.not_found")
        return None

    def evidence(self) -> str | None:
        self.written.append(self.first.attach_bytes(self.task_id, self.data, "验收.txt"))
        verdict = self.second.evidence.verify(self.sha256)
        if verdict is None:
            copy = self.second.evidence_path(self.sha256)
            verdict = None if copy.is_file() and copy.read_bytes() == self.data else "altered"
        if verdict is not None:
            return message("server.reason.file_differs", verdict=verdict)
        return None

    def cleanup(self) -> str | None:
        for changes in reversed(self.written):
            self.first.revert(changes)
        db = self._db(self.first)
        with db.unlocked_transaction():
            db.execute(
                """DELETE FROM evidence_blobs WHERE sha256 = ?
                   AND NOT EXISTS (SELECT 1 FROM evidence WHERE sha256 = ?)
                   AND NOT EXISTS (SELECT 1 FROM application_documents WHERE sha256 = ?)""",
                [self.sha256] * 3,
            )
        counts: dict[str, tuple[str, list[Any]]] = {
            "plans": ("SELECT count(*) FROM plans WHERE id = ?", [self.plan_id]),
            "tasks": ("SELECT count(*) FROM tasks WHERE plan_id = ?", [self.plan_id]),
            "evidence_blobs": (
                "SELECT count(*) FROM evidence_blobs WHERE sha256 = ?",
                [self.sha256],
            ),
            "search_text": (
                "SELECT count(*) FROM search_text WHERE body LIKE ?",
                [f"%{self.token}%"],
            ),
            "tombstones": (
                "SELECT count(*) FROM tombstones WHERE uuid IN (?, ?)",
                [*self.uuids, "", ""][:2],  # the plan's and the task's
            ),
        }
        left = [
            f"{table} {count}"
            for table, (sql, parameters) in counts.items()
            if (count := db.execute(sql, parameters).fetchone()[0])
        ]
        return message("server.reason.left_over", what="、".join(left)) if left else None

    def _reason_of(self, step: Callable[[], str | None]) -> str | None:
        """The step's own reason, or the one line a failure of the store gives."""
        try:
            return step()
        except GovLedgerError as exc:
            return str(exc)
        except Exception as exc:  # a driver error outside a write: offline, refused, …
            failure = self._db(self.first).failure(exc)
            if failure is None:
                raise
            return str(failure)

    @staticmethod
    def _db(ledger: Ledger) -> ServerDatabase:
        assert isinstance(ledger._db, ServerDatabase)
        return ledger._db
