"""``govledger export data``: every table as CSV and JSON, for audits and for leaving.

The folder written holds, for each table of the ledger:

- ``TABLE.csv``: a header row and one line per row, UTF-8 with a BOM so that Excel
  shows the Chinese; NULL is an empty cell;
- ``TABLE.json``: an array of row objects exactly as stored (NULL is ``null``), which
  ``sqlite-utils insert`` or any JSON reader loads back;

and beside them ``evidence_files.csv``/``.json``: every stored file (佐证材料 and the
letters of the 依申请公开 register) with its stored name under the ledger folder,
original name, SHA-256, size and owner, so the evidence/ folder can be read without
govledger; and ``manifest.json``: ledger id, schema version, row counts, time.

The full-text index is left out: it is built from the tasks, progress entries and
evidence, which are all written. Everything is read in one snapshot, written into a
temporary folder beside the target and renamed into place, so the folder appears
complete or not at all.
"""

from __future__ import annotations

import base64
import csv
import json
import os
import shutil
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import IO, Any

from govledger import __version__
from govledger.messages import GovLedgerError, os_error_text
from govledger.store.connection import LedgerDatabase, SqliteDatabase
from govledger.store.evidence_store import EvidenceStore
from govledger.store.toolkit import toolkit

FORMAT = "govledger-data-export"
FORMAT_VERSION = 1
EVIDENCE_LIST = "evidence_files"
MANIFEST = "manifest.json"
EVIDENCE_COLUMNS = (
    "stored_name",
    "original_name",
    "sha256",
    "size",
    "present",
    "owner",  # "task" (佐证材料) or "application" (依申请公开 letters)
    "evidence_id",
    "task_id",
    "task_number",
    "task_text",
    "plan_id",
    "application_id",
    "application_number",
)


@dataclass(frozen=True)
class DataExport:
    folder: Path
    tables: dict[str, int]  # table -> rows written
    evidence_files: int
    missing_files: int  # listed, but not found in the evidence folder


def export_data(
    db: LedgerDatabase, ledger_folder: Path, evidence: EvidenceStore, target: Path
) -> DataExport:
    """Write the folder target; refused when it exists and is not empty."""
    target = Path(target)
    _refuse_target(target)
    temporary = target.with_name(f".{target.name}.partial-{os.getpid()}")
    try:
        shutil.rmtree(temporary, ignore_errors=True)  # left by an export that was killed
        temporary.mkdir()
        with db.snapshot():
            result = _write_all(db, ledger_folder, evidence, temporary)
        if target.is_dir():  # empty (checked above); Windows cannot rename over a folder
            target.rmdir()
        temporary.rename(target)
    except OSError as exc:
        shutil.rmtree(temporary, ignore_errors=True)
        raise GovLedgerError("export.write_failed", path=target, detail=os_error_text(exc)) from exc
    except BaseException:
        shutil.rmtree(temporary, ignore_errors=True)
        raise
    return DataExport(target, result.tables, result.evidence_files, result.missing_files)


def _refuse_target(target: Path) -> None:
    if target.exists() and not target.is_dir():
        raise GovLedgerError("export.data_not_a_folder", path=target)
    if target.is_dir() and any(target.iterdir()):
        raise GovLedgerError("export.data_not_empty", path=target)
    if not target.parent.is_dir():
        raise GovLedgerError("export.no_folder", path=target, folder=target.parent)


def _write_all(
    db: LedgerDatabase, ledger_folder: Path, evidence: EvidenceStore, folder: Path
) -> DataExport:
    counts: dict[str, int] = {}
    tables = _file_tables(db) if isinstance(db, SqliteDatabase) else _server_tables(db)
    for name, columns, rows in tables:
        counts[name] = _write_table(folder, name, columns, rows)
    derived = sorted(_derived_names(db))
    files = list(_evidence_files(db, ledger_folder, evidence))
    _write_table(folder, EVIDENCE_LIST, list(EVIDENCE_COLUMNS), iter(files))
    missing = sum(1 for row in files if not row["present"])
    version = _schema_version(db)
    ledger_id = db.execute("SELECT value FROM meta WHERE key = 'ledger_id'").fetchone()
    manifest = {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "govledger_version": __version__,
        "ledger_id": ledger_id[0] if ledger_id else None,
        "schema_version": version,
        "exported_at": datetime.now().astimezone().isoformat(timespec="seconds"),
        "tables": counts,
        "evidence_files": len(files),
        "missing_evidence_files": missing,
        "left_out": {name: _left_out_because(name) for name in derived},
        "files": {
            "tables": "TABLE.csv (UTF-8 with BOM, NULL as an empty cell) and TABLE.json "
            "(an array of rows as stored)",
            "evidence": f"{EVIDENCE_LIST}.csv/.json: stored_name is the file's path under "
            "the ledger's folder",
        },
    }
    with (folder / MANIFEST).open("w", encoding="utf-8") as handle:
        json.dump(manifest, handle, ensure_ascii=False, indent=1)
        handle.write("\n")
    return DataExport(folder, counts, len(files), missing)


Table = tuple[str, list[str], Iterator[dict[str, Any]]]  # name, columns, rows
# A server's tables that are built from the others, or hold the evidence files' bytes
# (listed in EVIDENCE_LIST instead): not exported.
_SERVER_DERIVED = ("search_text", "evidence_chunks", "evidence_blobs")


def _file_tables(db: SqliteDatabase) -> Iterator[Table]:
    toolkit_db = toolkit(db)
    derived = _derived_names(db)
    for name in toolkit_db.table_names():
        if name not in derived:
            table = toolkit_db.table(name)
            columns = [column.name for column in table.columns]
            yield name, columns, table.rows_where(order_by="rowid")


def _server_tables(db: LedgerDatabase) -> Iterator[Table]:
    """A server ledger's tables, read in the export's one snapshot, in id order."""
    for name in sorted(set(db.table_names()) - set(_SERVER_DERIVED)):
        cursor = db.execute(f"SELECT * FROM {name} LIMIT 0")
        columns = [column[0] for column in cursor.description or ()]
        order = "id" if "id" in columns else columns[0]
        yield name, columns, db.query(f"SELECT * FROM {name} ORDER BY {order}")


def _left_out_because(name: str) -> str:
    if name.startswith("evidence_"):
        return f"the evidence files' contents on the server; each file is listed in {EVIDENCE_LIST}"
    return "full-text search index, rebuilt from the tables"


def _derived_names(db: LedgerDatabase) -> set[str]:
    if isinstance(db, SqliteDatabase):
        toolkit_db = toolkit(db)
        return set(_derived_tables(toolkit_db.table_names(), toolkit_db.table_names(fts5=True)))
    return set(_SERVER_DERIVED) & set(db.table_names())


def _schema_version(db: LedgerDatabase) -> int:
    if isinstance(db, SqliteDatabase):
        version: int = db.execute("PRAGMA user_version").fetchone()[0]
        return version
    row = db.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
    return int(row[0]) if row else 0


def _derived_tables(names: list[str], fts_tables: list[str]) -> list[str]:
    """The full-text index and its shadow tables (search_index_data, …)."""
    return [
        name
        for name in names
        if any(name == fts or name.startswith(f"{fts}_") for fts in fts_tables)
    ]


def _write_table(
    folder: Path, name: str, columns: list[str], rows: Iterator[dict[str, Any]]
) -> int:
    count = 0
    with (
        (folder / f"{name}.csv").open("w", encoding="utf-8-sig", newline="") as csv_file,
        (folder / f"{name}.json").open("w", encoding="utf-8") as json_file,
    ):
        writer = csv.writer(csv_file)
        writer.writerow(columns)
        json_file.write("[")
        for row in rows:
            writer.writerow([_csv_value(row[column]) for column in columns])
            _write_json_row(json_file, row, first=count == 0)
            count += 1
        json_file.write("\n]\n" if count else "]\n")
    return count


def _write_json_row(handle: IO[str], row: dict[str, Any], *, first: bool) -> None:
    values = {name: _json_value(value) for name, value in row.items()}
    handle.write(("\n" if first else ",\n") + json.dumps(values, ensure_ascii=False))


def _csv_value(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, bytes):
        return base64.b64encode(value).decode("ascii")
    return value


def _json_value(value: Any) -> Any:
    if isinstance(value, bytes):  # sqlite-utils' convention for binary values in JSON
        return {"$base64": True, "encoded": base64.b64encode(value).decode("ascii")}
    return value


def _evidence_files(
    db: LedgerDatabase, ledger_folder: Path, evidence: EvidenceStore
) -> Iterable[dict[str, Any]]:
    """Every stored file the ledger refers to, with what owns it."""
    attached = db.query(
        """SELECT e.id AS evidence_id, e.sha256, e.size, e.original_name,
                  t.id AS task_id, t.number AS task_number, t.text AS task_text, t.plan_id
           FROM evidence e JOIN tasks t ON t.id = e.task_id
           WHERE e.kind = 'file' ORDER BY e.id"""
    )
    for row in attached:
        yield _file_row(row, "task", ledger_folder, evidence)
    letters = db.query(
        """SELECT d.sha256, d.size, d.original_name, a.id AS application_id,
                  a.number AS application_number
           FROM application_documents d JOIN applications a ON a.id = d.application_id
           ORDER BY d.id"""
    )
    for row in letters:
        yield _file_row(row, "application", ledger_folder, evidence)


def _file_row(
    row: dict[str, Any], owner: str, ledger_folder: Path, evidence: EvidenceStore
) -> dict[str, Any]:
    stored = evidence.path_for(row["sha256"])
    try:
        stored_name = stored.relative_to(ledger_folder).as_posix()
    except ValueError:  # an evidence folder elsewhere: its full path then
        stored_name = str(stored)
    return {
        **{column: None for column in EVIDENCE_COLUMNS},
        **row,
        "stored_name": stored_name,
        "present": stored.is_file(),
        "owner": owner,
    }
