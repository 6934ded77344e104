"""Moving a ledger file onto an empty server ledger (`govledger move-to URL`, issue 24).

Every row keeps its id, so undo histories, audit rows, unit packages and the links
between records mean the same on the server. All rows and every evidence file go in
ONE server transaction: a failure anywhere leaves the server ledger as empty as it
was, and a clerk may simply try again. Nothing is written to the file, which is
opened read-only; its lock file is held by the command line meanwhile, so no window
saves work into the file that the move would leave behind.

"Done" is said only after a check on the server: every table holds as many rows as
the file's, and every evidence file and application document is there, intact.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from govledger.messages import GovLedgerError
from govledger.store import search_index
from govledger.store.connection import LedgerDatabase
from govledger.store.ledger import Ledger
from govledger.store.server_database import ServerDatabase
from govledger.store.transaction import DATA_TABLES

# Referenced tables before the tables referring to them (the server checks foreign
# keys at once). meta and the search index are not copied: the server has its own
# meta (only the ledger's id travels) and builds its own search text.
TABLES: tuple[str, ...] = (*DATA_TABLES, "audit_log")  # DATA_TABLES: parents first
# Bookkeeping tables of the file that have no counterpart to copy.
_NOT_COPIED = {"meta", "sqlite_sequence"}
BATCH = 1000


@dataclass
class MoveSummary:
    source: str
    server: str
    tables: dict[str, int] = field(default_factory=dict)
    files: int = 0
    bytes: int = 0

    @property
    def rows(self) -> int:
        return sum(self.tables.values())


def move_to_server(
    source: Path,
    url: str,
    password: str | None = None,
    *,
    cache_folder: Path | None = None,
) -> MoveSummary:
    """Copy the ledger file at source onto the empty server ledger at url; verified."""
    with (
        Ledger.open(source, read_only=True, auto_backup=False) as file_ledger,
        Ledger.open(url, password=password, cache_folder=cache_folder) as server,
        server.whole_ledger_job("move"),
    ):
        db = _server_db(server)
        try:
            return _move(file_ledger, server, db, source)
        except Exception as exc:  # rolled back: the server ledger is as empty as it was
            failure = db.failure(exc)
            if failure is None:
                raise
            raise failure from exc


def _move(file_ledger: Ledger, server: Ledger, db: ServerDatabase, source: Path) -> MoveSummary:
    _refuse_unknown_tables(file_ledger._db)
    _refuse_filled(db)  # before the files are checked, which may take a while
    with file_ledger._db.snapshot():  # one state of the file throughout
        hashes = _file_hashes(file_ledger._db)
        _refuse_missing_files(file_ledger, hashes)
        summary = MoveSummary(str(source), db.location)
        with db.atomic():  # under the writer lock: no clerk's save slips in
            _refuse_filled(db)  # again: someone may have saved since the first look
            _copy_all(file_ledger._db, db, summary)
            summary.files, summary.bytes = _upload(file_ledger, server, hashes)
        _verify(file_ledger._db, db, server, hashes)
    return summary


def _server_db(ledger: Ledger) -> ServerDatabase:
    if not isinstance(ledger._db, ServerDatabase):
        raise GovLedgerError("move.not_a_server")
    return ledger._db


def _refuse_unknown_tables(source: LedgerDatabase) -> None:
    """A table this version does not know would be left behind: better not move at all."""
    unknown = [
        name
        for name in source.table_names()
        if name not in TABLES and name not in _NOT_COPIED and not name.startswith("search_index")
    ]
    if unknown:
        raise GovLedgerError("move.unknown_tables", tables="、".join(sorted(unknown)))


def _refuse_filled(db: ServerDatabase) -> None:
    """Only an empty server ledger is a target: merging two ledgers is a unit package's
    job. Audit rows alone (left by `govledger check --server`) do not count."""
    filled = {
        table: count
        for table in TABLES
        if table != "audit_log"
        and (count := db.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
    }
    if filled:
        what = "、".join(f"{table} {count}" for table, count in filled.items())
        raise GovLedgerError("move.not_empty", server=db.location, what=what)


def _file_hashes(source: LedgerDatabase) -> dict[str, int]:
    """sha256 → size of every evidence file and application document the file refers to."""
    rows = source.execute(
        """SELECT sha256, size FROM evidence WHERE kind = 'file' AND length(sha256) > 0
           UNION SELECT sha256, size FROM application_documents WHERE length(sha256) > 0"""
    ).fetchall()
    return {sha256: size for sha256, size in rows}


def _refuse_missing_files(file_ledger: Ledger, hashes: dict[str, int]) -> None:
    faults = [sha for sha in sorted(hashes) if file_ledger.evidence.verify(sha) is not None]
    if faults:
        raise GovLedgerError(
            "move.files_missing", count=len(faults), names="、".join(s[:12] for s in faults[:5])
        )


def _copy_all(source: LedgerDatabase, db: ServerDatabase, summary: MoveSummary) -> None:
    db.execute("DELETE FROM audit_log")  # a server check's rows: the file's history replaces them
    for table in TABLES:
        summary.tables[table] = copy_table(source, db, table)
        db.execute(
            f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), max(id)) FROM {table} "
            "HAVING max(id) IS NOT NULL"
        )
    ledger_id = source.execute("SELECT value FROM meta WHERE key = 'ledger_id'").fetchone()
    if ledger_id is not None:  # unit packages must keep recognising this ledger
        db.execute("UPDATE meta SET value = ? WHERE key = 'ledger_id'", [ledger_id[0]])
    search_index.rebuild(db)


def copy_table(source: LedgerDatabase, db: ServerDatabase, table: str) -> int:
    """Copy one table's rows with their ids; the number copied."""
    rows = _ordered(source, table)
    copied = 0
    for batch in _batches(rows):
        names = list(batch[0])
        db.execute_batch(
            f"INSERT INTO {table} ({', '.join(names)}) VALUES ({', '.join('?' for _ in names)})",
            [[row[name] for name in names] for row in batch],
        )
        copied += len(batch)
    return copied


def _ordered(source: LedgerDatabase, table: str) -> Iterator[dict[str, Any]]:
    """The table's rows by id; tasks with every parent before its children (a task
    moved under a later heading has a larger parent id than its own)."""
    rows = source.query(f"SELECT * FROM {table} ORDER BY id")
    if table != "tasks":
        yield from rows
        return
    children: dict[int | None, list[dict[str, Any]]] = {}
    for row in rows:
        children.setdefault(row["parent_id"], []).append(row)
    level = children.pop(None, [])
    while level:
        yield from level
        level = [child for row in level for child in children.pop(row["id"], [])]
    for orphans in children.values():  # a parent that is gone: the server will say so
        yield from orphans


def _batches(rows: Iterator[dict[str, Any]]) -> Iterator[list[dict[str, Any]]]:
    batch: list[dict[str, Any]] = []
    for row in rows:
        if batch and list(row) != list(batch[0]):
            yield batch
            batch = []
        batch.append(row)
        if len(batch) >= BATCH:
            yield batch
            batch = []
    if batch:
        yield batch


def _upload(file_ledger: Ledger, server: Ledger, hashes: dict[str, int]) -> tuple[int, int]:
    """Every file onto the server, inside the transaction around it; (files, bytes)."""
    sent = 0
    for sha256 in sorted(hashes):
        stored = server.evidence.add_file(file_ledger.evidence.path_for(sha256))
        if stored.sha256 != sha256:  # changed between the check and now
            raise GovLedgerError("move.files_missing", count=1, names=sha256[:12])
        sent += stored.size
    return len(hashes), sent


def _verify(
    source: LedgerDatabase, db: ServerDatabase, server: Ledger, hashes: dict[str, int]
) -> None:
    """Row counts per table equal, every file present and intact on the server."""
    differences = []
    for table in TABLES:
        here = source.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
        there = db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
        if here != there:
            differences.append(f"{table} {here} ≠ {there}")
    differences += [
        f"{sha256[:12]} {verdict}"
        for sha256 in sorted(hashes)
        if (verdict := server.evidence.verify(sha256)) is not None
    ]
    if differences:
        raise GovLedgerError(
            "move.verify_failed", server=db.location, detail="; ".join(differences)
        )
