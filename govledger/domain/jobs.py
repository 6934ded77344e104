"""Whole-ledger jobs (an import, a rollover…) as other clerks' windows are told of them.

On a shared server ledger such a job holds a lock for its whole length, and a second
one is refused (store/server_jobs.py). The others are told who runs what, so a
window can say it instead of leaving the clerk to find out by being refused.
"""

from __future__ import annotations

from dataclasses import dataclass

from govledger.messages import message

# What a job is called in messages; a job of another kind (a newer govledger's) is
# named by the generic text.
JOB_KINDS = ("import", "rollover", "move", "demo", "package", "upgrade")


@dataclass(frozen=True)
class RunningJob:
    kind: str  # one of JOB_KINDS, or a newer govledger's kind
    login: str  # the server login that runs it
    computer: str = ""  # the PC it runs on, when it said

    def what(self) -> str:
        """'导入方案' / 'importing a plan'."""
        return message(f"job.{self.kind}" if self.kind in JOB_KINDS else "job.other")

    def who(self) -> str:
        """'zhangsan（办公室-PC3）': the login, and the computer when known."""
        if self.computer:
            return message("job.who_at", login=self.login, computer=self.computer)
        return self.login


@dataclass(frozen=True)
class LedgerActivity:
    """One look at a ledger others may be writing (a window's poll, once a second or
    two): its change counter, a colleague's whole-ledger job, and the schema version
    the server ledger is at, against the newest this program knows."""

    counter: int  # the change counter: moves with every commit (store/change_feed.py)
    job: RunningJob | None = None
    schema_version: int = 0  # a server ledger's; 0 for a file (upgraded only when opened)
    supported_version: int = 0
    written_by: str = ""  # the govledger that last upgraded the server ledger

    @property
    def upgraded(self) -> bool:
        """A newer govledger upgraded the ledger while this window had it open."""
        return self.schema_version > self.supported_version

    def upgrade_message(self) -> str:
        return message(
            "server.newer",
            found=self.schema_version,
            supported=self.supported_version,
            written_by=self.written_by or "?",
        )
