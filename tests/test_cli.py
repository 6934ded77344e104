"""The command line of DESIGN.md section 3, run in-process and as a real process."""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from govledger import __version__
from govledger.cli import main
from govledger.domain.model import Status, TaskKind
from govledger.store import Ledger
from tests.conftest import CliStore


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def _fill(ledger: Ledger) -> None:
    """The small ledger every test below reads."""
    old = ledger.create_plan("2020年方案", 2020).first_created("plans")
    ledger.add_task(old, "旧要求")
    plan = ledger.create_plan("2021年政务公开工作要点分工方案", 2021).first_created("plans")
    heading = ledger.add_task(plan, "一、做好政务公开台账工作", kind=TaskKind.HEADING, number="一")
    heading_id = heading.first_created("tasks")
    req = ledger.add_task(
        plan,
        "建立政务公开工作台账",
        parent_id=heading_id,
        number="1",
        lead_units=["办公室"],
        co_units=["各科室"],
        units_text="办公室牵头，各科室配合",
        deadline_text="10月底前",
        due=date(2021, 10, 31),
    ).first_created("tasks")
    ledger.attach_bytes(req, b"evidence", "截图.png")
    done = ledger.add_task(plan, "发布年报", parent_id=heading_id, number="2")
    ledger.update_task(done.first_created("tasks"), status=Status.DONE)


@pytest.fixture
def db(cli_store: CliStore) -> str:
    """The --db of a small ledger, on each store."""
    return cli_store.new_ledger(_fill)


@pytest.fixture
def file_db(tmp_path: Path) -> Path:
    """The same ledger as a file, for what only a file has (its evidence folder, backups)."""
    return Path(CliStore(tmp_path).new_ledger(_fill))


def test_version(capsys) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["--version"])
    assert exit_info.value.code == 0
    assert __version__ in capsys.readouterr().out


def test_plans_json_lists_latest_year_first(capsys, db: str) -> None:
    code, out, _ = run(capsys, "--db", db, "plans", "--json")
    assert code == 0
    plans = json.loads(out)["plans"]
    assert [(p["year"], p["requirements"]) for p in plans] == [(2021, 2), (2020, 1)]


def test_tasks_json_defaults_to_latest_plan(capsys, db: str) -> None:
    code, out, _ = run(capsys, "--db", db, "tasks", "--json")
    assert code == 0
    tasks = json.loads(out)["tasks"]
    assert [t["kind"] for t in tasks] == ["heading", "requirement", "requirement"]
    first = tasks[1]
    required = {
        "id",
        "kind",
        "number",
        "path",
        "text",
        "lead_units",
        "co_units",
        "due",
        "status",
        "evidence_count",
    }
    assert required <= set(first)
    assert first["path"] == ["一、做好政务公开台账工作"]
    assert (first["number"], first["lead_units"], first["co_units"]) == (
        "1",
        ["办公室"],
        ["各科室"],
    )
    assert (first["due"], first["evidence_count"]) == ("2021-10-31", 1)
    assert first["status"] == "逾期"  # due date passed, not done
    assert tasks[2]["status"] == "已完成"


def test_tasks_of_a_chosen_and_a_missing_plan(capsys, db: str) -> None:
    code, out, _ = run(capsys, "--db", db, "tasks", "--plan", "1", "--json")
    assert code == 0 and [t["text"] for t in json.loads(out)["tasks"]] == ["旧要求"]
    code, out, err = run(capsys, "--db", db, "tasks", "--plan", "99")
    assert code == 1 and out == ""
    assert err.strip().count("\n") == 0 and "99" in err


def test_tasks_on_an_empty_ledger_says_what_to_do(capsys, tmp_path: Path) -> None:
    Ledger.open(tmp_path / "empty.sqlite").close()
    code, _, err = run(capsys, "--db", str(tmp_path / "empty.sqlite"), "tasks")
    assert code == 1 and "govledger demo" in err and "no plan" in err


@pytest.mark.parametrize(
    "command",
    [
        ["plans"],
        ["tasks", "--json"],
        ["check"],
        ["backup"],
        ["export", "docx", "-o", "out.docx"],
        ["export", "ics", "-o", "out.ics"],
        ["export", "report", "-o", "report.docx"],
        ["screenshot", "-o", "shot.png"],
    ],
)
def test_reading_commands_never_create_a_ledger(capsys, tmp_path: Path, command) -> None:
    missing = tmp_path / "no-such-folder" / "ledger.sqlite"
    code, out, err = run(capsys, "--db", str(missing), *command)
    assert code == 1 and out == ""
    assert "no ledger at" in err and len(err.strip().splitlines()) == 1
    assert not missing.parent.exists()


@pytest.mark.parametrize("year", ["1999", "2101", "-5"])
def test_a_year_out_of_range_is_refused(capsys, tmp_path: Path, samples_dir: Path, year) -> None:
    plan = samples_dir / "jiangmen-hrss-2021.docx"
    code, out, err = run(
        capsys, "--db", str(tmp_path / "l.sqlite"), "import", str(plan), "--year", year
    )
    assert code == 1 and out == "" and "2000" in err and "2100" in err
    assert not (tmp_path / "l.sqlite").exists()


def test_check_passes_then_reports_altered_evidence(capsys, file_db: Path) -> None:
    # (a server's altered pieces: tests/store/test_server_store.py)
    db = str(file_db)
    code, out, _ = run(capsys, "--db", db, "check")
    assert code == 0 and "OK" in out
    stored = file_db.parent / "evidence" / hashlib.sha256(b"evidence").hexdigest()[:2]
    next(stored.iterdir()).write_bytes(b"changed")
    code, out, _ = run(capsys, "--db", db, "check")
    assert code == 1 and "altered" in out


def test_backup_to_a_chosen_file_and_the_default_folder(
    capsys, file_db: Path, tmp_path: Path
) -> None:
    # (a server ledger is backed up on the server: test_cli_server.py)
    db = str(file_db)
    code, _, _ = run(capsys, "--db", db, "backup", "-o", str(tmp_path / "b.sqlite"))
    assert code == 0
    with Ledger.open(tmp_path / "b.sqlite") as copy:
        assert len(copy.plans()) == 2
    code, _, _ = run(capsys, "--db", db, "backup")
    assert code == 0
    assert len(list((file_db.parent / "backups").glob("ledger-*.sqlite"))) == 1


def test_a_garbage_ledger_is_one_line_and_exit_1(capsys, tmp_path: Path) -> None:
    bad = tmp_path / "ledger.sqlite"
    bad.write_text("not a database at all" * 20)
    code, out, err = run(capsys, "--db", str(bad), "plans")
    assert code == 1 and out == ""
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err
    assert bad.read_text() == "not a database at all" * 20


def test_chinese_messages_when_asked(capsys, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("GOVLEDGER_LANG", "zh_CN")
    code, _, err = run(capsys, "--db", str(tmp_path / "new.sqlite"), "tasks")
    assert code == 1 and "不会新建" in err


def test_gui_without_display_points_to_the_cli(tmp_path: Path) -> None:
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "GOVLEDGER_LANG": "en"}
    result = subprocess.run(
        [sys.executable, "-m", "govledger", "--db", str(tmp_path / "l.sqlite")],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert result.returncode == 1
    assert "No graphical display" in result.stderr and "govledger --help" in result.stderr


def test_module_entry_point_runs(db: str) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "govledger", "--db", db, "plans", "--json"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0
    assert json.loads(result.stdout)["plans"][0]["year"] == 2021


SAMPLE_FILES = [
    f"{name}.{ext}"
    for name in ("jiangmen-hrss-2021", "jiangmen-jgzx-2022", "dongguan-2021")
    for ext in ("docx", "txt")
] + ["dongguan-2021.xlsx"]


@pytest.mark.parametrize("file_name", SAMPLE_FILES)
def test_import_dry_run_json_matches_the_samples(
    capsys, tmp_path: Path, samples_dir: Path, file_name: str
) -> None:
    from tests.importers.expected import assert_matches, load_expected

    db = tmp_path / "ledger.sqlite"
    code, out, _ = run(
        capsys, "--db", str(db), "import", str(samples_dir / file_name), "--dry-run", "--json"
    )
    assert code == 0
    expected = load_expected(samples_dir / f"{file_name.rsplit('.', 1)[0]}.expected.json")
    assert_matches(json.loads(out), expected)
    assert not db.exists()  # a dry run writes nothing


def test_import_saves_the_plan_in_one_go(capsys, cli_store: CliStore, samples_dir: Path) -> None:
    db = cli_store.new_location()
    code, out, _ = run(capsys, "--db", db, "import", str(samples_dir / "jiangmen-jgzx-2022.docx"))
    assert code == 0 and "30" in out
    code, out, _ = run(capsys, "--db", db, "tasks", "--json")
    tasks = json.loads(out)["tasks"]
    requirements = [t for t in tasks if t["kind"] == "requirement"]
    assert len(requirements) == 30
    assert requirements[0]["path"] == [
        "一、优化政务公开工作基础",
        "（一）持续推进基层政务公开标准化规范化。",
    ]
    # 每年的1月31日前 in a plan issued 2022-11-23: its first occurrence after issue
    assert requirements[28]["due"] == "2023-01-31"
    with cli_store.open(db) as ledger:
        plan = ledger.latest_plan()
        assert (plan.year, plan.document_number) == (2022, "江建管〔2022〕39号")
        assert [row["action"] for row in ledger.audit_log()] == ["import_plan"]


def test_import_year_override(capsys, tmp_path: Path, samples_dir: Path) -> None:
    code, out, _ = run(
        capsys,
        "import",
        str(samples_dir / "jiangmen-hrss-2021.docx"),
        "--year",
        "2023",
        "--dry-run",
        "--json",
    )
    assert code == 0 and json.loads(out)["plan"]["year"] == 2023


@pytest.mark.parametrize(
    "content",
    [
        b"",
        b"PK\x03\x04 cut off zip",
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600,
        "这是一封普通的信，没有任何工作任务。".encode(),
    ],
    ids=["empty", "cut-off zip", "bare OLE", "a letter"],
)
def test_bad_import_is_one_line_and_writes_nothing(
    capsys, db: str, cli_store: CliStore, tmp_path: Path, content
) -> None:
    bad = tmp_path / "方案.docx"
    bad.write_bytes(content)
    code, out, err = run(capsys, "--db", db, "import", str(bad))
    assert code == 1 and out == ""
    assert len(err.strip().splitlines()) == 1 and "方案.docx" in err and "Traceback" not in err
    with cli_store.open(db) as ledger:
        assert len(ledger.plans()) == 2
        assert ledger.audit_log(1)[0]["action"] != "import_plan"


def test_demo_builds_a_realistic_ledger(capsys, cli_store: CliStore) -> None:
    db = cli_store.new_location("demo")
    code, out, _ = run(capsys, "--db", db, "demo")
    assert code == 0 and "30" in out
    code, out, _ = run(capsys, "--db", db, "tasks", "--json")
    requirements = [t for t in json.loads(out)["tasks"] if t["kind"] == "requirement"]
    assert len(requirements) >= 30
    assert sum(1 for t in requirements if t["lead_units"]) >= 25
    statuses = {t["status"] for t in requirements}
    assert {"已完成", "进行中", "逾期"} <= statuses
    done_with_evidence = [
        t for t in requirements if t["status"] == "已完成" and t["evidence_count"]
    ]
    assert done_with_evidence
    # The sample plan is moved to this year, deadlines as written included.
    assert not [t for t in requirements if "2021年" in t["text"] + t["deadline_text"]]
    assert run(capsys, "--db", db, "check")[0] == 0


def test_gui_names_missing_x11_libraries(capsys, monkeypatch) -> None:
    # Without them Qt aborts with a message naming the wrong library.
    import ctypes.util

    monkeypatch.setattr("sys.platform", "linux")
    monkeypatch.setenv("DISPLAY", ":0")
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    monkeypatch.setattr(
        ctypes.util, "find_library", lambda name: None if name == "xcb-icccm" else "lib.so"
    )
    assert main([]) == 1
    err = capsys.readouterr().err
    assert "sudo apt-get install libxcb-icccm4" in err and "libxcb-cursor0" not in err


def test_screenshot_uses_the_native_platform_on_windows_only(monkeypatch) -> None:
    # Windows' offscreen platform finds no fonts (every character a box); the native
    # one draws into a window that is never shown. Checked for real under Wine by
    # build/wine/check_windows_build.sh.
    from govledger.cli import screenshot_platform

    monkeypatch.setattr("sys.platform", "win32")
    assert screenshot_platform() == "windows"
    monkeypatch.setattr("sys.platform", "linux")
    assert screenshot_platform() == "offscreen"
