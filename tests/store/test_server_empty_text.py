"""Empty text is NULL on a server ledger, never '' (issue 24, server_empty_text.py).

openGauss in 'A' mode and KingbaseES in Oracle mode store '' as NULL. A server ledger
therefore never stores '': every text column refuses it, and the store reads NULL back
as the '' a file gives. The test server is plain PostgreSQL, which keeps '' apart from
NULL: the CHECKs make any '' the store still sends fail here, and tests/conftest.py
refuses a '' literal in the store's SQL, which 'A' mode would read as NULL.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from govledger.store import Ledger
from govledger.store.server_empty_text import (
    EMPTY_TEXT_COLUMNS,
    EMPTY_TEXT_NAMES,
    EmptyTextCursor,
    stored,
)
from govledger.store.server_schema import LATEST_SERVER_VERSION


def _raw(url: str, sql: str) -> list[tuple]:
    import psycopg

    with psycopg.connect(url, autocommit=True) as conn:
        return conn.execute(sql).fetchall()


def _text_columns(url: str) -> list[tuple[str, str, str]]:
    return _raw(
        url,
        "SELECT table_name, column_name, is_nullable FROM information_schema.columns "
        "WHERE table_schema = 'public' AND data_type = 'text'",
    )


# ---------------------------------------------------------------- without a server
def test_the_empty_text_columns_are_the_file_schema_s_default_empty_ones() -> None:
    assert EMPTY_TEXT_COLUMNS["tasks"] == (
        "number", "text", "units_text", "deadline_text", "deadline_rule", "note", "label",
    )  # fmt: skip
    assert EMPTY_TEXT_COLUMNS["units"] == ("note", "kind")
    assert "evidence" in EMPTY_TEXT_COLUMNS and "applications" in EMPTY_TEXT_COLUMNS
    assert "uuid" not in EMPTY_TEXT_NAMES and "due" not in EMPTY_TEXT_NAMES


def test_empty_parameters_are_sent_as_null_and_nothing_else_changes() -> None:
    assert stored(["", "办公室", 0, None, b"", " "]) == [None, "办公室", 0, None, b"", " "]
    assert stored({"note": "", "id": 3}) == {"note": None, "id": 3}


class _Cursor:
    description = (("id",), ("note",), ("due",))
    rowcount = 2

    def __init__(self) -> None:
        self.rows = [(1, None, None), (2, "已办", "2026-06-30")]

    def fetchone(self):
        return self.rows[0] if self.rows else None

    def fetchall(self):
        return list(self.rows)

    def __iter__(self):
        return iter(self.rows)


def test_null_reads_as_empty_text_only_in_the_empty_text_columns() -> None:
    cursor = EmptyTextCursor(_Cursor(), [1])
    assert cursor.fetchall() == [(1, "", None), (2, "已办", "2026-06-30")]
    assert list(cursor) == cursor.fetchall() and cursor.fetchone() == (1, "", None)
    assert cursor.rowcount == 2 and cursor.description == _Cursor.description


# ---------------------------------------------------------------- on the test server
def test_every_text_column_refuses_empty_text(pg_server) -> None:
    url = pg_server.new_database()
    checks = {
        name for (name,) in _raw(url, "SELECT conname FROM pg_constraint WHERE contype = 'c'")
    }
    columns = _text_columns(url)
    assert len(columns) > 40
    missing = [f"{t}.{c}" for t, c, _ in columns if f"{t}_{c}_not_empty" not in checks]
    assert missing == []
    nullable = {(t, c) for t, c, null in columns if null == "YES"}
    for table, names in EMPTY_TEXT_COLUMNS.items():
        assert {(table, name) for name in names} <= nullable
    # A name read back as '' is nowhere else a column whose NULL means something else.
    others = {(t, c) for t, c in nullable if c in EMPTY_TEXT_NAMES} - {
        (t, c) for t, names in EMPTY_TEXT_COLUMNS.items() for c in names
    }
    assert others == {("sync_state", "content")}  # NULL or JSON, read as "if content"


def test_a_record_with_empty_fields_is_stored_as_null_and_read_back_as_empty(
    pg_server, tmp_path: Path
) -> None:
    url = pg_server.new_database()
    with Ledger.open(url, cache_folder=tmp_path) as ledger:
        plan_id = ledger.create_plan("2026年政务公开工作要点", 2026).created_ids["plans"][0]
        task_id = ledger.add_task(plan_id, "做好政策解读").created_ids["tasks"][0]
        ledger.attach_link(task_id, "https://www.gov.cn/", title="", note="")
        task = ledger.task(task_id)
        assert (task.number, task.note, task.deadline_rule, task.label) == ("", "", "", "")
        assert [e.note for e in ledger.evidence_for(task_id)] == [""]
        assert ledger.search("政策解读")[0].task_id == task_id
    rows = _raw(url, f"SELECT number, note, units_text FROM tasks WHERE id = {task_id}")
    assert rows == [(None, None, None)]
    assert _raw(url, "SELECT organization FROM plans") == [(None,)]


def test_a_server_ledger_of_version_2_has_its_empty_text_made_null(
    pg_server, tmp_path: Path
) -> None:
    url = pg_server.older_ledger(2)
    pg_server.admin(
        "INSERT INTO plans (uuid, title, year, organization, created_at, updated_at) "
        "VALUES ('p1', '方案', 2026, '', '2026-01-01', '2026-01-01');"
        "INSERT INTO tasks (uuid, plan_id, position, kind, text, note, created_at, updated_at)"
        " VALUES ('t1', 1, 0, 'requirement', '做好政策解读', '', '2026-01-01', '2026-01-01')",
        pg_server.database_of(url),
    )
    with Ledger.open(url, cache_folder=tmp_path) as ledger:
        (task,) = ledger.tasks(ledger.plans()[0].id)
        assert (task.text, task.note, task.number) == ("做好政策解读", "", "")
    assert _raw(url, "SELECT note, number FROM tasks") == [(None, None)]
    assert _raw(url, "SELECT value FROM meta WHERE key = 'schema_version'") == [
        (str(LATEST_SERVER_VERSION),)
    ]
    with pytest.raises(Exception, match="not_empty"):
        pg_server.admin("UPDATE tasks SET note = ''", pg_server.database_of(url))
