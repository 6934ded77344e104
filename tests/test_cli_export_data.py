"""`govledger export data -o DIR`: every table as CSV and JSON, the evidence files listed."""

from __future__ import annotations

import csv
import hashlib
import json
import sqlite3
from datetime import date
from pathlib import Path

import pytest

from govledger.cli import main
from govledger.domain.model import TaskKind
from govledger.store import Ledger, migrations

TEXT = "建立政务公开工作台账，实时跟进推动“六稳”“六保”"


@pytest.fixture
def db(tmp_path: Path) -> Path:
    """A ledger with Chinese text, NULLs, file and link evidence and a register letter."""
    path = tmp_path / "台账" / "ledger.sqlite"
    with Ledger.open(path) as ledger:
        plan = ledger.create_plan("2026年政务公开工作要点", 2026).first_created("plans")
        heading = ledger.add_task(plan, "一、强化政策解读", kind=TaskKind.HEADING, number="一")
        task = ledger.add_task(
            plan, TEXT, parent_id=heading.first_created("tasks"), lead_units=["办公室"]
        ).first_created("tasks")
        ledger.add_progress(task, "已建立台账，每月更新", on=date(2026, 3, 1))
        ledger.attach_bytes(task, b"screenshot bytes", "网站截图.png")
        ledger.attach_bytes(task, b"\x00minutes\xff", "会议纪要.pdf", note="第一次会议")
        ledger.attach_link(task, "https://www.gov.cn/", title="中国政府网")
        application = ledger.add_application(
            received_on=date(2026, 2, 1),
            channel="online",
            applicant_type="natural_person",
            content="申请公开部门预算",
        ).first_created("applications")
        letter = tmp_path / "申请书.txt"
        letter.write_text("申请书正文", encoding="utf-8")
        ledger.attach_application_document(application, letter, role="request")
    return path


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def table_rows(path: Path) -> dict[str, list[dict]]:
    conn = sqlite3.connect(path)
    conn.row_factory = sqlite3.Row
    try:
        names = [
            name
            for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
            if not name.startswith("search_index")
        ]
        return {
            name: [dict(row) for row in conn.execute(f"SELECT * FROM {name} ORDER BY rowid")]
            for name in names
        }
    finally:
        conn.close()


def read_csv(path: Path) -> list[list[str]]:
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")  # the BOM: Excel reads UTF-8
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.reader(handle))


def test_every_table_is_written_as_csv_and_json(capsys, db: Path, tmp_path: Path) -> None:
    out = tmp_path / "导出"
    code, printed, err = run(capsys, "--db", str(db), "export", "data", "-o", str(out))
    assert (code, err) == (0, "")
    assert str(out) in printed
    tables = table_rows(db)
    assert {"tasks", "evidence", "audit_log", "meta", "applications"} <= set(tables)
    for name, rows in tables.items():
        lines = read_csv(out / f"{name}.csv")
        columns = list(rows[0]) if rows else lines[0]
        assert lines[0] == columns, name
        assert len(lines) - 1 == len(rows), name  # CSV row count == table count
        assert json.loads((out / f"{name}.json").read_text(encoding="utf-8")) == rows, name
    # The Chinese arrives as written, in both forms.
    task = next(row for row in tables["tasks"] if row["text"] == TEXT)
    [csv_task] = [line for line in read_csv(out / "tasks.csv") if TEXT in line]
    assert csv_task[lines_index(out / "tasks.csv", "text")] == TEXT
    assert task["parent_id"] is not None
    # NULL: an empty CSV cell, null in JSON.
    heading_json = json.loads((out / "tasks.json").read_text(encoding="utf-8"))[0]
    assert heading_json["parent_id"] is None
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    with Ledger.open(db, read_only=True) as ledger:
        assert manifest["ledger_id"] == ledger.ledger_id()
    assert manifest["schema_version"] == migrations.LATEST_VERSION
    assert manifest["tables"] == {name: len(rows) for name, rows in tables.items()}
    assert "search_index" in manifest["left_out"]
    assert manifest["exported_at"]
    assert not list(tmp_path.glob(".*partial*"))


def lines_index(path: Path, column: str) -> int:
    return read_csv(path)[0].index(column)


def test_the_evidence_list_names_every_stored_file(capsys, db: Path, tmp_path: Path) -> None:
    out = tmp_path / "导出"
    assert run(capsys, "--db", str(db), "export", "data", "-o", str(out))[0] == 0
    listed = json.loads((out / "evidence_files.json").read_text(encoding="utf-8"))
    assert len(read_csv(out / "evidence_files.csv")) - 1 == len(listed) == 3  # 2 files, 1 letter
    rows = table_rows(db)
    stored = [row for row in rows["evidence"] if row["kind"] == "file"]
    stored += rows["application_documents"]
    assert sorted((f["original_name"], f["sha256"], f["size"]) for f in listed) == sorted(
        (row["original_name"], row["sha256"], row["size"]) for row in stored
    )
    for entry in listed:
        content = (db.parent / entry["stored_name"]).read_bytes()
        assert hashlib.sha256(content).hexdigest() == entry["sha256"]
        assert entry["present"] is True
    by_name = {entry["original_name"]: entry for entry in listed}
    assert by_name["网站截图.png"]["owner"] == "task"
    assert by_name["网站截图.png"]["task_text"] == TEXT
    assert by_name["申请书.txt"]["owner"] == "application"
    assert by_name["申请书.txt"]["application_id"] == rows["applications"][0]["id"]


def test_a_missing_evidence_file_is_listed_and_told(capsys, db: Path, tmp_path: Path) -> None:
    with Ledger.open(db, read_only=True) as ledger:
        [lost] = [e for e in ledger.evidence_for(2) if e.original_name == "网站截图.png"]
        ledger.evidence.path_for(lost.sha256).unlink()
    out = tmp_path / "导出"
    code, _, err = run(capsys, "--db", str(db), "export", "data", "-o", str(out))
    assert code == 0 and "1 evidence files are missing" in err
    listed = json.loads((out / "evidence_files.json").read_text(encoding="utf-8"))
    assert [e["present"] for e in listed if e["original_name"] == "网站截图.png"] == [False]


def files_under(folder: Path) -> list[str]:
    """Every file and folder, less the -wal/-shm files SQLite keeps while a WAL ledger
    is read (any reader makes them)."""
    return sorted(str(p) for p in folder.rglob("*") if not p.name.endswith(("-wal", "-shm")))


def test_the_export_only_reads(capsys, db: Path, tmp_path: Path) -> None:
    before = db.read_bytes()
    folder = files_under(db.parent)
    assert run(capsys, "--db", str(db), "export", "data", "-o", str(tmp_path / "x"))[0] == 0
    assert db.read_bytes() == before
    assert files_under(db.parent) == folder  # no lock, no backup


@pytest.mark.parametrize("bad", ["not empty", "a file", "no parent"])
def test_a_bad_folder_is_one_line_and_leaves_nothing(
    capsys, db: Path, tmp_path: Path, bad: str
) -> None:
    target = tmp_path / "目标"
    if bad == "not empty":
        target.mkdir()
        (target / "旧文件.txt").write_text("keep me", encoding="utf-8")
    elif bad == "a file":
        target.write_text("keep me", encoding="utf-8")
    else:
        target = tmp_path / "没有" / "目标"
    before = files_under(tmp_path)
    code, out, err = run(capsys, "--db", str(db), "export", "data", "-o", str(target))
    assert (code, out) == (1, "")
    assert len(err.strip().splitlines()) == 1 and str(target) in err
    assert files_under(tmp_path) == before
    if bad == "not empty":
        assert (target / "旧文件.txt").read_text(encoding="utf-8") == "keep me"


def test_an_empty_folder_is_filled(capsys, db: Path, tmp_path: Path) -> None:
    target = tmp_path / "空"
    target.mkdir()
    assert run(capsys, "--db", str(db), "export", "data", "-o", str(target))[0] == 0
    assert (target / "manifest.json").is_file()


def test_a_failure_half_way_leaves_nothing(
    capsys, db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from govledger.store import data_export

    def full_disk(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(data_export, "_evidence_files", full_disk)
    target = tmp_path / "导出"
    code, _, err = run(capsys, "--db", str(db), "export", "data", "-o", str(target))
    assert code == 1 and len(err.strip().splitlines()) == 1
    assert sorted(p.name for p in tmp_path.iterdir()) == ["台账", "申请书.txt"]


def test_no_ledger_is_created(capsys, tmp_path: Path) -> None:
    missing = tmp_path / "none" / "ledger.sqlite"
    code, _, err = run(capsys, "--db", str(missing), "export", "data", "-o", str(tmp_path / "o"))
    assert code == 1 and len(err.strip().splitlines()) == 1
    assert not missing.parent.exists() and not (tmp_path / "o").exists()


def test_a_server_ledger_is_exported_as_its_file_was(
    capsys, db: Path, tmp_path: Path, pg_server, monkeypatch
) -> None:
    """After move-to, `export data` of the server ledger writes the same tables as the
    file's (only the bookkeeping differs), and lists every evidence file as present."""
    from govledger.store.move_to_server import move_to_server

    url = pg_server.new_database()
    move_to_server(db, url, cache_folder=tmp_path / "mover")
    monkeypatch.setenv("GOVLEDGER_DATA", str(tmp_path / "data"))  # this PC's evidence copies
    from_file, from_server = tmp_path / "from-file", tmp_path / "from-server"
    assert run(capsys, "--db", str(db), "export", "data", "-o", str(from_file))[0] == 0
    code, _printed, err = run(capsys, "--db", url, "export", "data", "-o", str(from_server))
    assert (code, err) == (0, "")
    manifest = json.loads((from_server / "manifest.json").read_text(encoding="utf-8"))
    assert set(manifest["left_out"]) == {"search_text", "evidence_chunks", "evidence_blobs"}
    file_manifest = json.loads((from_file / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["ledger_id"] == file_manifest["ledger_id"]
    for name in ("plans", "tasks", "units", "progress_entries", "evidence", "applications"):
        assert (from_server / f"{name}.json").read_text(encoding="utf-8") == (
            from_file / f"{name}.json"
        ).read_text(encoding="utf-8"), name
    files = json.loads((from_server / "evidence_files.json").read_text(encoding="utf-8"))
    assert len(files) == 3 and all(row["present"] for row in files)
