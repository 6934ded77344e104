"""SqliteDatabase: statements, dict rows, and transactions that are all or nothing."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from govledger.store.connection import SqliteDatabase


@pytest.fixture
def db(tmp_path: Path):
    database = SqliteDatabase(sqlite3.connect(str(tmp_path / "t.sqlite")))
    database.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT NOT NULL)")
    yield database
    database.close()


def texts(db: SqliteDatabase) -> list[str]:
    return [row["text"] for row in db.query("SELECT text FROM notes ORDER BY id")]


def test_statements_outside_a_transaction_are_saved_at_once(db, tmp_path):
    db.execute("INSERT INTO notes (text) VALUES (?)", ["一"])
    other = sqlite3.connect(str(tmp_path / "t.sqlite"))  # another connection sees it
    assert other.execute("SELECT text FROM notes").fetchall() == [("一",)]
    other.close()


def test_query_gives_dicts_and_row_finds_by_id(db):
    db.execute("INSERT INTO notes (text) VALUES (:text)", {"text": "二"})
    assert list(db.query("SELECT * FROM notes")) == [{"id": 1, "text": "二"}]
    assert db.row("notes", 1) == {"id": 1, "text": "二"}
    assert db.row("notes", 2) is None
    assert db.table_names() == ["notes"]


def test_atomic_commits_everything_or_nothing(db):
    with db.atomic():
        db.execute("INSERT INTO notes (text) VALUES ('a')")
        db.execute("INSERT INTO notes (text) VALUES ('b')")
    assert texts(db) == ["a", "b"]
    with pytest.raises(sqlite3.IntegrityError), db.atomic():
        db.execute("INSERT INTO notes (text) VALUES ('c')")
        db.execute("INSERT INTO notes (text) VALUES (NULL)")  # NOT NULL fails
    assert texts(db) == ["a", "b"]
    assert not db.conn.in_transaction


def test_a_nested_block_that_fails_is_undone_alone(db):
    with db.atomic():
        db.execute("INSERT INTO notes (text) VALUES ('outer')")
        with pytest.raises(ValueError), db.atomic():
            db.execute("INSERT INTO notes (text) VALUES ('inner')")
            raise ValueError("the inner step gives up")
        db.execute("INSERT INTO notes (text) VALUES ('after')")
    assert texts(db) == ["outer", "after"]


def test_a_trigger_that_rolls_back_ends_the_transaction_cleanly(db):
    db.execute(
        "CREATE TRIGGER no_x BEFORE INSERT ON notes WHEN NEW.text = 'x' "
        "BEGIN SELECT RAISE(ROLLBACK, 'no x'); END"
    )
    with pytest.raises(sqlite3.IntegrityError, match="no x"), db.atomic():
        db.execute("INSERT INTO notes (text) VALUES ('kept?')")
        db.execute("INSERT INTO notes (text) VALUES ('x')")
    assert texts(db) == [] and not db.conn.in_transaction
