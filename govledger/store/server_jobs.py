"""Whole-ledger jobs on a server ledger: one at a time, and everyone told who runs one.

A job (an import, a rollover, a move, a package merge) holds a session-level advisory
lock for its whole length; a second job is refused at once. While it runs, the
connection's ``application_name`` says which job it is, so any other client can
see who runs what from PostgreSQL's own views (pg_locks and pg_stat_activity are
readable by every role): no table to clean up after a client that died mid-job,
since the lock and the name go with its session.
"""

from __future__ import annotations

import socket
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from govledger.domain.jobs import LedgerActivity, RunningJob
from govledger.messages import GovLedgerError, message

if TYPE_CHECKING:
    from govledger.store.server_database import ServerDatabase

JOB_LOCK = 0x474C_4447_0002  # whole-ledger jobs: import, rollover, move, package
_MARK = "govledger job:"  # application_name of a connection running a job
JOB_WAIT = "120s"  # how long a client waits for another's job of the same kind

# The job lock as pg_locks shows a bigint advisory key: classid the high 32 bits,
# objid the low ones, objsubid 1.
_RUNNING = """
SELECT a.usename, a.application_name FROM pg_locks l
JOIN pg_stat_activity a ON a.pid = l.pid
WHERE l.locktype = 'advisory' AND l.granted AND l.objsubid = 1
  AND l.pid <> pg_backend_pid()
  AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())
  AND l.classid::bigint * 4294967296 + l.objid::bigint = ?
"""


# A window's look, in one round trip: the change counter, the schema version and who
# upgraded it, and a colleague's job (NULLs when none runs).
_ACTIVITY = f"""
SELECT (SELECT max(id) FROM audit_log),
       (SELECT value FROM meta WHERE key = 'schema_version'),
       (SELECT value FROM meta WHERE key = 'written_by'),
       job.usename, job.application_name
FROM (SELECT 1 AS here) AS here LEFT JOIN ({_RUNNING} LIMIT 1) AS job ON true
"""


def application_name(kind: str, computer: str | None = None) -> str:
    """'govledger job:import PC-3', cut to PostgreSQL's 63 characters."""
    return f"{_MARK}{kind} {computer if computer is not None else socket.gethostname()}"[:63]


def job_of(login: str, name: str) -> RunningJob:
    """The job a connection runs, from its login and application_name."""
    if not name.startswith(_MARK):
        return RunningJob(kind="", login=login)  # a job from before names were given
    kind, _, computer = name[len(_MARK) :].partition(" ")
    return RunningJob(kind=kind, login=login, computer=computer)


# Other govledger connections to this ledger's database (connect() names each one
# "govledger HOST"; a job's "govledger job:KIND HOST").
_OTHER_CLIENTS = """
SELECT usename, application_name FROM pg_stat_activity
WHERE datname = current_database() AND pid <> pg_backend_pid()
  AND application_name LIKE 'govledger %'
ORDER BY usename, application_name
"""


def other_clients(db: ServerDatabase) -> list[str]:
    """Who else has this server ledger open: 'zhangsan（PC-3）', each once."""
    who = []
    for login, name in db.execute(_OTHER_CLIENTS).fetchall():
        if name.startswith(_MARK):
            who.append(job_of(login or "", name).who())
        else:
            computer = name.partition(" ")[2]
            who.append(RunningJob(kind="", login=login or "", computer=computer).who())
    return list(dict.fromkeys(who))


def running_job(db: ServerDatabase) -> RunningJob | None:
    """The job another connection holds the lock for, or None."""
    row = db.execute(_RUNNING, [JOB_LOCK]).fetchone()
    return None if row is None else job_of(row[0] or "", row[1] or "")


def activity(db: ServerDatabase, supported_version: int) -> LedgerActivity:
    """What a window polls for on a server ledger, in one query."""
    counter, version, written_by, login, name = db.execute(_ACTIVITY, [JOB_LOCK]).fetchone()
    return LedgerActivity(
        counter=int(counter or 0),
        job=None if name is None and login is None else job_of(login or "", name or ""),
        schema_version=int(version or 0),
        supported_version=supported_version,
        written_by=written_by or "",
    )


@contextmanager
def job_lock(db: ServerDatabase, kind: str, *, wait_for_same: bool = False) -> Iterator[None]:
    """Hold the job lock for the block, named as kind; refuse at once with who runs
    what when another client holds it: such jobs must not interleave. wait_for_same:
    wait instead while the other client runs a job of the same kind (two clients
    upgrading a ledger at once: the second then finds the work done)."""
    if not db.execute("SELECT pg_try_advisory_lock(?)", [JOB_LOCK]).fetchone()[0]:
        other = running_job(db)  # None if it ended just now: said generically
        if wait_for_same and other is not None and other.kind == kind:
            _wait_for_job_lock(db)
        else:
            raise GovLedgerError(
                "server.job_running",
                server=db.location,
                who=other.who() if other else message("job.someone"),
                what=other.what() if other else message("job.other"),
            )
    before = db.execute("SELECT current_setting('application_name')").fetchone()[0]
    try:
        db.execute("SELECT set_config('application_name', ?, false)", [application_name(kind)])
        yield
    finally:
        if db.is_open:
            db.execute("SELECT set_config('application_name', ?, false)", [before])
            db.execute("SELECT pg_advisory_unlock(?)", [JOB_LOCK])


def _wait_for_job_lock(db: ServerDatabase) -> None:
    from govledger.store.server_database import LOCK_TIMEOUT

    db.execute(f"SET lock_timeout = '{JOB_WAIT}'")
    try:
        db.execute("SELECT pg_advisory_lock(?)", [JOB_LOCK])
    finally:
        db.execute(f"SET lock_timeout = '{LOCK_TIMEOUT}'")
