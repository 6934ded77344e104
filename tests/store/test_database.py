"""Opening ledger files: identity, refusal of foreign/newer/damaged files, migrations."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from govledger.store import Ledger, LedgerOpenError, migrations
from govledger.store.database import APPLICATION_ID


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_new_ledger_is_stamped_and_uses_wal(tmp_path: Path) -> None:
    with Ledger.open(tmp_path / "sub" / "ledger.sqlite") as ledger:
        db = ledger._db
        assert db.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
        assert db.execute("PRAGMA user_version").fetchone()[0] == migrations.LATEST_VERSION
        assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1


def test_rollback_journal_when_asked(tmp_path: Path) -> None:
    with Ledger.open(tmp_path / "ledger.sqlite", wal=False) as ledger:
        assert ledger._db.execute("PRAGMA journal_mode").fetchone()[0] == "delete"


def test_foreign_database_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT)")
    conn.commit()
    conn.close()
    before = digest(path)
    with pytest.raises(LedgerOpenError, match="another program"):
        Ledger.open(path)
    assert digest(path) == before


def test_other_application_id_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA application_id = 1234")
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    with pytest.raises(LedgerOpenError):
        Ledger.open(path)


def test_newer_ledger_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "ledger.sqlite"
    Ledger.open(path).close()
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {migrations.LATEST_VERSION + 5}")
    conn.close()
    before = digest(path)
    with pytest.raises(LedgerOpenError, match="newer govledger"):
        Ledger.open(path)
    assert digest(path) == before


@pytest.mark.parametrize("content", [b"hello, this is not a database" * 10, b"PK\x03\x04garbage"])
def test_garbage_file_is_refused_untouched(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "ledger.sqlite"
    path.write_bytes(content)
    with pytest.raises(LedgerOpenError, match="damaged or not a ledger"):
        Ledger.open(path)
    assert path.read_bytes() == content


def test_truncated_ledger_is_reported_as_damaged(tmp_path: Path) -> None:
    path = tmp_path / "ledger.sqlite"
    with Ledger.open(path, wal=False) as ledger:
        ledger.create_plan("方案", 2021)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 3])
    with pytest.raises(LedgerOpenError), Ledger.open(path) as ledger:
        ledger.plans()
        from govledger.store.integrity import check_ledger

        assert check_ledger(ledger) == []  # pragma: no cover - must not get here


def _add_next_migration(monkeypatch: pytest.MonkeyPatch, body) -> int:
    """Pretend a newer build added one migration; returns the version it brings."""
    monkeypatch.setattr(migrations, "MIGRATIONS", [*migrations.MIGRATIONS, body])
    monkeypatch.setattr(migrations, "LATEST_VERSION", len(migrations.MIGRATIONS))
    return migrations.LATEST_VERSION


def test_older_ledger_is_backed_up_then_migrated(tmp_path: Path, monkeypatch) -> None:
    path = tmp_path / "ledger.sqlite"
    with Ledger.open(path) as ledger:
        ledger.create_plan("旧方案", 2020)

    def v2(db) -> None:
        db.execute("ALTER TABLE plans ADD COLUMN archived INTEGER NOT NULL DEFAULT 0")

    old_version = migrations.LATEST_VERSION
    new_version = _add_next_migration(monkeypatch, v2)
    with Ledger.open(path) as ledger:
        assert ledger._db.execute("PRAGMA user_version").fetchone()[0] == new_version
        assert ledger._db.execute("SELECT title, archived FROM plans").fetchall() == [("旧方案", 0)]
    [backup] = (tmp_path / "backups").glob(f"ledger-*-upgrade_from_v{old_version}-s*.sqlite")
    conn = sqlite3.connect(backup)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == old_version
    assert conn.execute("SELECT title FROM plans").fetchall() == [("旧方案",)]
    conn.close()


def test_failed_migration_leaves_ledger_as_it_was(tmp_path: Path, monkeypatch) -> None:
    path = tmp_path / "ledger.sqlite"
    with Ledger.open(path) as ledger:
        ledger.create_plan("旧方案", 2020)

    def broken_v2(db) -> None:
        db.execute("ALTER TABLE plans ADD COLUMN archived INTEGER")
        db.execute("THIS IS NOT SQL")

    old_version = migrations.LATEST_VERSION
    _add_next_migration(monkeypatch, broken_v2)
    with pytest.raises(LedgerOpenError):
        Ledger.open(path)
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == old_version
    columns = [row[1] for row in conn.execute("PRAGMA table_info(plans)")]
    assert "archived" not in columns
    conn.close()


def test_read_only_ledger_refuses_edits(tmp_path: Path) -> None:
    path = tmp_path / "ledger.sqlite"
    Ledger.open(path).close()
    with Ledger.open(path, read_only=True) as ledger, pytest.raises(Exception, match="read-only"):
        ledger.create_plan("x", 2021)


def test_read_only_open_of_missing_file_fails(tmp_path: Path) -> None:
    with pytest.raises(LedgerOpenError):
        Ledger.open(tmp_path / "missing.sqlite", read_only=True)
    assert not (tmp_path / "missing.sqlite").exists()


def test_a_version_1_ledger_with_data_upgrades_to_the_latest(tmp_path: Path, monkeypatch) -> None:
    path = tmp_path / "ledger.sqlite"
    all_migrations = migrations.MIGRATIONS
    monkeypatch.setattr(migrations, "MIGRATIONS", all_migrations[:1])
    monkeypatch.setattr(migrations, "LATEST_VERSION", 1)
    with Ledger.open(path) as ledger:  # as the first release wrote it
        plan = ledger._db.execute(
            "INSERT INTO plans (uuid, title, year, created_at, updated_at)"
            " VALUES ('p-1', '2021年方案', 2021, '2021-01-05T09:00:00', '2021-01-05T09:00:00')"
        ).lastrowid
        ledger._db.execute(
            "INSERT INTO tasks (uuid, plan_id, position, kind, text, created_at, updated_at)"
            " VALUES ('t-1', ?, 0, 'requirement', '建立台账', '2021-01-05', '2021-01-05')",
            [plan],
        )
    monkeypatch.setattr(migrations, "MIGRATIONS", all_migrations)
    monkeypatch.setattr(migrations, "LATEST_VERSION", len(all_migrations))
    with Ledger.open(path) as ledger:
        assert ledger._db.execute("PRAGMA user_version").fetchone()[0] == len(all_migrations)
        [task] = ledger.tasks(plan)
        assert (task.uuid, task.text) == ("t-1", "建立台账")
        assert ledger._db.execute("SELECT revision FROM tasks").fetchone()[0] == 1
        assert len(ledger.ledger_id()) == 36
        ledger.update_task(task.id, text="建立政务公开台账")
        assert ledger._db.execute("SELECT revision FROM tasks").fetchone()[0] == 2
