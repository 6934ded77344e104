"""The ledger schema, built by numbered migrations.

``PRAGMA user_version`` holds the number of the last migration applied. A new
migration is appended to MIGRATIONS and never edited once released: ledgers in the
field were built by the old ones. All of them run inside one transaction (see
database.migrate), after a backup copy of the file, so a failed upgrade leaves the
file exactly as it was.

A new column is ``ALTER TABLE … ADD COLUMN``. Anything ALTER TABLE cannot do —
change a column's type, NOT NULL or default, rename or drop a column, add a
foreign key, reorder — is ``transform()`` below (sqlite-utils' Table.transform).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from govledger.store.connection import LedgerDatabase, SqliteDatabase


def transform(
    db: SqliteDatabase,
    table: str,
    *,
    types: dict[str, Any] | None = None,
    rename: dict[str, str] | None = None,
    drop: Iterable[str] | None = None,
    not_null: Iterable[str] | None = None,
    defaults: dict[str, Any] | None = None,
    add_foreign_keys: list[tuple[str, str, str]] | None = None,
    column_order: list[str] | None = None,
) -> None:
    """Rebuild table with changed columns, its rows, indexes and constraints kept.

    sqlite-utils' Table.transform does SQLite's twelve steps: a new table is made
    with the changes, the rows copied, the old table dropped and the new one renamed,
    and the indexes, CHECK and UNIQUE constraints, AUTOINCREMENT counter and foreign
    keys (those of the table and those pointing at it) carried over. It runs in a
    savepoint of the migration's transaction, with foreign keys checked before the
    savepoint is released: a failure rolls the whole upgrade back. A partial index
    (tasks_due) on a renamed or dropped column is refused: drop it first and create
    it again after.

    Imported here, not at the top: opening a ledger that needs no migration must
    not load sqlite-utils (start-up time).
    """
    from govledger.store.toolkit import toolkit

    assert db.conn.in_transaction, "a migration runs inside database.migrate's transaction"
    toolkit(db).table(table).transform(
        types=types,
        rename=rename,
        drop=drop,
        not_null=set(not_null) if not_null is not None else None,
        defaults=defaults,
        add_foreign_keys=add_foreign_keys,
        column_order=column_order,
    )


SCHEMA_V1 = """
CREATE TABLE plans (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    uuid TEXT NOT NULL UNIQUE,
    title TEXT NOT NULL,
    year INTEGER NOT NULL,
    organization TEXT NOT NULL DEFAULT '',
    document_number TEXT NOT NULL DEFAULT '',
    issued_on TEXT,
    source_name TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

CREATE TABLE tasks (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    uuid TEXT NOT NULL UNIQUE,
    plan_id INTEGER NOT NULL REFERENCES plans(id),
    parent_id INTEGER REFERENCES tasks(id),
    position INTEGER NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('heading', 'requirement')),
    number TEXT NOT NULL DEFAULT '',
    text TEXT NOT NULL DEFAULT '',
    units_text TEXT NOT NULL DEFAULT '',
    deadline_text TEXT NOT NULL DEFAULT '',
    due TEXT,
    recurrence TEXT CHECK (recurrence IN ('continuous', 'yearly', 'quarterly', 'monthly')),
    deadline_rule TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT '未开始'
        CHECK (status IN ('未开始', '进行中', '已完成', '不适用')),
    progress INTEGER NOT NULL DEFAULT 0 CHECK (progress BETWEEN 0 AND 100),
    note TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX tasks_tree ON tasks (plan_id, parent_id, position);
CREATE INDEX tasks_parent ON tasks (parent_id);
CREATE INDEX tasks_due ON tasks (due) WHERE due IS NOT NULL;

CREATE TABLE units (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    name TEXT NOT NULL UNIQUE,
    note TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL
);

-- Which units a task names, lead (牵头) or cooperating (配合), in the order written.
CREATE TABLE task_units (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    task_id INTEGER NOT NULL REFERENCES tasks(id),
    unit_id INTEGER NOT NULL REFERENCES units(id),
    role TEXT NOT NULL CHECK (role IN ('lead', 'co')),
    position INTEGER NOT NULL,
    UNIQUE (task_id, unit_id, role)
);
CREATE INDEX task_units_unit ON task_units (unit_id);

CREATE TABLE progress_entries (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    uuid TEXT NOT NULL UNIQUE,
    task_id INTEGER NOT NULL REFERENCES tasks(id),
    date TEXT NOT NULL,
    text TEXT NOT NULL,
    unit TEXT NOT NULL DEFAULT '',
    author TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX progress_task ON progress_entries (task_id, date);

-- 佐证材料: a file stored under evidence/ by its SHA-256, or a web link.
CREATE TABLE evidence (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    uuid TEXT NOT NULL UNIQUE,
    task_id INTEGER NOT NULL REFERENCES tasks(id),
    progress_id INTEGER REFERENCES progress_entries(id),
    kind TEXT NOT NULL CHECK (kind IN ('file', 'link')),
    sha256 TEXT NOT NULL DEFAULT '',
    size INTEGER NOT NULL DEFAULT 0,
    original_name TEXT NOT NULL DEFAULT '',
    note TEXT NOT NULL DEFAULT '',
    url TEXT NOT NULL DEFAULT '',
    title TEXT NOT NULL DEFAULT '',
    captured_on TEXT,
    added_at TEXT NOT NULL
);
CREATE INDEX evidence_task ON evidence (task_id);
CREATE INDEX evidence_sha256 ON evidence (sha256) WHERE sha256 != '';

-- Holidays and make-up workdays the clerk entered for years chinesecalendar
-- does not know yet (from the State Council notice).
CREATE TABLE holidays (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    day TEXT NOT NULL UNIQUE,
    is_workday INTEGER NOT NULL CHECK (is_workday IN (0, 1)),
    name TEXT NOT NULL DEFAULT ''
);

CREATE TABLE audit_log (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    at TEXT NOT NULL,
    action TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    changes TEXT NOT NULL  -- JSON list of row changes: table, id, op, old, new
);

CREATE TABLE meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

-- Full-text index. CJK characters are indexed one per token (see search_index.py),
-- so two-character words such as 台账 are found as phrases.
CREATE VIRTUAL TABLE search_index USING fts5 (body, tokenize = 'unicode61 remove_diacritics 2');
"""


def _v1_initial_schema(db: LedgerDatabase) -> None:
    # executescript would COMMIT the surrounding transaction; run statement by statement.
    for statement in _split_sql(SCHEMA_V1):
        db.execute(statement)


def _split_sql(script: str) -> list[str]:
    lines = [line for line in script.splitlines() if not line.strip().startswith("--")]
    return [part.strip() for part in "\n".join(lines).split(";") if part.strip()]


# Records that travel between ledgers (unit packages, issue 11) carry a change
# counter bumped on every edit; deleting one leaves a tombstone so the deletion
# can travel too. Each ledger has its own id to tell peers apart.
SCHEMA_V2 = """
ALTER TABLE plans ADD COLUMN revision INTEGER NOT NULL DEFAULT 1;
ALTER TABLE tasks ADD COLUMN revision INTEGER NOT NULL DEFAULT 1;
ALTER TABLE progress_entries ADD COLUMN revision INTEGER NOT NULL DEFAULT 1;
ALTER TABLE evidence ADD COLUMN revision INTEGER NOT NULL DEFAULT 1;
CREATE TABLE tombstones (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    table_name TEXT NOT NULL,
    uuid TEXT NOT NULL,
    revision INTEGER NOT NULL,
    deleted_at TEXT NOT NULL,
    UNIQUE (table_name, uuid)
);
"""


def _v2_revisions_and_tombstones(db: LedgerDatabase) -> None:
    import uuid  # only when a ledger is created or upgraded

    for statement in _split_sql(SCHEMA_V2):
        db.execute(statement)
    db.execute(
        "INSERT OR IGNORE INTO meta (key, value) VALUES ('ledger_id', ?)", [str(uuid.uuid4())]
    )


# Year rollover and unit packages (issue 11). carried_from: the uuid of last year's
# requirement a carried-over one continues; rollover_decisions: what each review
# decided, so the next one does not ask again. sync_state: per peer ledger and record,
# the last exchange point (the peer's revision, ours, and a hash of the record's
# synced content then), so a repeated import changes nothing and an edit on one side
# is told from edits on both. sync_conflicts: records edited on both sides; the
# package's version is kept here (NULL: deleted there), ours stays in its table,
# until the clerk chooses.
SCHEMA_SYNC = """
ALTER TABLE tasks ADD COLUMN carried_from TEXT;
CREATE INDEX tasks_carried_from ON tasks (carried_from) WHERE carried_from IS NOT NULL;
-- 回头看 decisions, by uuid (no foreign keys: deleting a plan or task later must not
-- be blocked by the record that it was once reviewed).
CREATE TABLE rollover_decisions (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    task_uuid TEXT NOT NULL,
    to_plan_uuid TEXT NOT NULL,
    decision TEXT NOT NULL CHECK (decision IN ('carry_over', 'close', 'not_applicable')),
    reason TEXT NOT NULL DEFAULT '',
    decided_on TEXT NOT NULL,
    UNIQUE (task_uuid, to_plan_uuid)
);
CREATE TABLE sync_state (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    peer_ledger_id TEXT NOT NULL,
    table_name TEXT NOT NULL,
    uuid TEXT NOT NULL,
    remote_revision INTEGER NOT NULL,
    local_revision INTEGER NOT NULL,
    content_hash TEXT NOT NULL,
    UNIQUE (peer_ledger_id, table_name, uuid)
);
CREATE TABLE sync_conflicts (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    peer_ledger_id TEXT NOT NULL,
    unit TEXT NOT NULL DEFAULT '',
    table_name TEXT NOT NULL,
    uuid TEXT NOT NULL,
    remote_record TEXT,
    remote_revision INTEGER NOT NULL,
    dependents TEXT NOT NULL DEFAULT '[]',
    package_name TEXT NOT NULL DEFAULT '',
    detected_at TEXT NOT NULL,
    UNIQUE (peer_ledger_id, table_name, uuid)
);
"""


def _sync_and_rollover(db: LedgerDatabase) -> None:
    for statement in _split_sql(SCHEMA_SYNC):
        db.execute(statement)


SCHEMA_V4_DEADLINE_CALENDAR = """
-- Done marks of single occurrences of recurring deadlines (the May one of 每月10日前).
-- occurrence_date is the occurrence's nominal date (domain Occurrence.key), so a
-- holiday entered later moves the occurrence without detaching its mark.
CREATE TABLE occurrence_marks (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    task_id INTEGER NOT NULL REFERENCES tasks(id),
    occurrence_date TEXT NOT NULL,
    done_on TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT '',
    UNIQUE (task_id, occurrence_date)
);

-- Triggering events of event-relative deadlines (文件印发后3个工作日内), one row per
-- event; done_on: when the follow-up the event called for was done.
CREATE TABLE task_events (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    uuid TEXT NOT NULL UNIQUE,
    task_id INTEGER NOT NULL REFERENCES tasks(id),
    event_on TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT '',
    done_on TEXT,
    created_at TEXT NOT NULL
);
CREATE INDEX task_events_task ON task_events (task_id, event_on);
"""


def _v4_deadline_calendar(db: LedgerDatabase) -> None:
    for statement in _split_sql(SCHEMA_V4_DEADLINE_CALENDAR):
        db.execute(statement)


# The yearly report (issue 12). applications: the 依申请公开 register, one row per
# request; each handling step's date in its own column (NULL: not reached), the
# outcome as a table 三 row code (annual_report_format.py) once replied.
# application_documents: request and reply letters, stored in evidence/ by SHA-256
# like 佐证材料 but belonging to an application, not a requirement. report_figures:
# per year, the clerk's figures of tables 二 and 四 (kind 'entered', a decimal as
# text) and the adjustments of table 三 (kind 'adjustment', a signed difference to
# the register's count). report_texts: per year, the prose parts as edited.
SCHEMA_REPORT = """
CREATE TABLE applications (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    uuid TEXT NOT NULL UNIQUE,
    number TEXT NOT NULL DEFAULT '',
    received_on TEXT NOT NULL,
    channel TEXT NOT NULL,
    applicant_type TEXT NOT NULL,
    applicant_name TEXT NOT NULL DEFAULT '',
    contact TEXT NOT NULL DEFAULT '',
    content TEXT NOT NULL DEFAULT '',
    registered_on TEXT,
    reviewed_on TEXT,
    handled_on TEXT,
    replied_on TEXT,
    archived_on TEXT,
    corrected_on TEXT,
    extended_on TEXT,
    extension_workdays INTEGER NOT NULL DEFAULT 0 CHECK (extension_workdays >= 0),
    outcome TEXT,
    fee_cents INTEGER NOT NULL DEFAULT 0 CHECK (fee_cents >= 0),
    note TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    CHECK (replied_on IS NULL OR outcome IS NOT NULL)
);
CREATE INDEX applications_received ON applications (received_on);
CREATE INDEX applications_replied ON applications (replied_on);
CREATE TABLE application_documents (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    application_id INTEGER NOT NULL REFERENCES applications(id),
    role TEXT NOT NULL DEFAULT 'other',
    sha256 TEXT NOT NULL,
    size INTEGER NOT NULL DEFAULT 0,
    original_name TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT '',
    added_at TEXT NOT NULL
);
CREATE INDEX application_documents_application ON application_documents (application_id);
CREATE TABLE report_figures (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    year INTEGER NOT NULL,
    table_code TEXT NOT NULL,
    row_code TEXT NOT NULL,
    column_code TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('entered', 'adjustment')),
    value TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT '',
    UNIQUE (year, table_code, row_code, column_code)
);
CREATE TABLE report_texts (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    year INTEGER NOT NULL,
    part TEXT NOT NULL,
    text TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    UNIQUE (year, part)
);
"""


def _yearly_report(db: LedgerDatabase) -> None:
    for statement in _split_sql(SCHEMA_REPORT):
        db.execute(statement)


# Plan import (issue 17): where a plan's numbering restarts per section (一是、二是,
# （一）…) a requirement's number is its plan-wide 序号 and label keeps the document's
# own numbering as printed ('' when the number is the document's).
def _task_labels(db: LedgerDatabase) -> None:
    db.execute("ALTER TABLE tasks ADD COLUMN label TEXT NOT NULL DEFAULT ''")


# Issue 23. units.kind: 科室 / 基层单位 / 事业单位 ('' unknown), so "局各科室" or
# "其他科室" can stand for their members (domain/unit_kinds.py); existing units get
# the kind their name suggests, which the clerk sees and corrects in the directory.
# sync_state.content: the synced fields at the exchange point (JSON), so a merge can
# tell which fields each side changed since (NULL for points recorded before);
# sync_conflicts.base_record: that base, kept with a conflict for field-by-field choice.
def _unit_kinds_and_merge_bases(db: LedgerDatabase) -> None:
    from govledger.domain.unit_kinds import guess_kind

    # New columns are plain ALTER TABLE (see transform() for what it cannot do): a new
    # ledger runs every migration at first start, where sqlite-utils must not load.
    db.execute("ALTER TABLE units ADD COLUMN kind TEXT NOT NULL DEFAULT ''")
    for unit_id, name in db.execute("SELECT id, name FROM units").fetchall():
        db.execute("UPDATE units SET kind = ? WHERE id = ?", [str(guess_kind(name)), unit_id])
    db.execute("ALTER TABLE sync_state ADD COLUMN content TEXT")
    db.execute("ALTER TABLE sync_conflicts ADD COLUMN base_record TEXT")


MIGRATIONS: list[Callable[[LedgerDatabase], None]] = [
    _v1_initial_schema,
    _v2_revisions_and_tombstones,
    _sync_and_rollover,
    _v4_deadline_calendar,
    _yearly_report,
    _task_labels,
    _unit_kinds_and_merge_bases,
]

LATEST_VERSION = len(MIGRATIONS)
