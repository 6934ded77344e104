"""The writing commands take the window's one-writer lock (issue 18): refused while
another process holds it, working again after release, taking over a dead one's lock;
the reading commands go on regardless."""

from __future__ import annotations

import getpass
import hashlib
import socket
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest

from govledger.cli import main
from govledger.store import Ledger
from govledger.store.ledger_lock import LedgerLock
from tests.conftest import SAMPLES_DIR

PLAN = SAMPLES_DIR / "jiangmen-jgzx-2022.docx"


class Holder:
    """Another process holding the ledger's lock, as an open window does."""

    def __init__(self, ledger_path: Path) -> None:
        script = textwrap.dedent(f"""
            import sys
            from pathlib import Path
            from govledger.store.ledger_lock import LedgerLock
            lock = LedgerLock(Path({str(ledger_path)!r}))
            print(lock.acquire().value, flush=True)
            sys.stdin.readline()  # until the test says so
            lock.release()
        """)
        self.process = subprocess.Popen(
            [sys.executable, "-c", script],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert self.process.stdout is not None
        assert self.process.stdout.readline().strip() == "acquired"

    def release(self) -> None:
        assert self.process.stdin is not None
        self.process.stdin.write("\n")
        self.process.stdin.flush()
        assert self.process.wait() == 0

    def die(self) -> None:
        """End without releasing: a crash, leaving its lock behind."""
        self.process.kill()
        self.process.wait()


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "ledger.sqlite"
    with Ledger.open(path) as ledger:
        ledger.create_plan("2026年方案", 2026)
        ledger.take_backup("manual")
    return path


@pytest.fixture
def holder(db: Path) -> Iterator[Holder]:
    holder = Holder(db)
    yield holder
    if holder.process.poll() is None:
        holder.die()


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def fingerprint(db: Path) -> str:
    return hashlib.sha256(db.read_bytes()).hexdigest()


WRITING_COMMANDS = {
    "import": ["import", str(PLAN)],
    "restore": ["restore", "--latest"],
    "demo": ["demo"],
}


@pytest.mark.parametrize("command", WRITING_COMMANDS)
def test_a_writing_command_is_refused_while_another_process_holds_the_ledger(
    capsys: pytest.CaptureFixture[str], db: Path, holder: Holder, command: str
) -> None:
    before = fingerprint(db)
    code, _out, err = run(capsys, "--db", str(db), *WRITING_COMMANDS[command])
    assert code == 1
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err
    assert f"in use by govledger on {socket.gethostname()}" in err
    assert f"user {getpass.getuser()}" in err
    assert fingerprint(db) == before
    with Ledger.open(db, read_only=True) as ledger:
        assert [plan.title for plan in ledger.plans()] == ["2026年方案"]

    holder.release()
    code, _out, err = run(capsys, "--db", str(db), *WRITING_COMMANDS[command])
    assert code == 0, err
    assert not LedgerLock(db).lock_path.exists()  # released when done


def test_the_refusal_is_said_in_chinese(
    capsys: pytest.CaptureFixture[str],
    db: Path,
    holder: Holder,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("GOVLEDGER_LANG", "zh")
    code, _out, err = run(capsys, "--db", str(db), "import", str(PLAN))
    assert code == 1
    host, user = socket.gethostname(), getpass.getuser()
    assert f"台账正被 {host} 上的 govledger 使用（用户 {user}，自" in err
    assert "请关闭后再试" in err


def test_a_dead_process_lock_is_taken_over_with_a_notice(
    capsys: pytest.CaptureFixture[str], db: Path, holder: Holder
) -> None:
    pid = holder.process.pid
    holder.die()
    assert LedgerLock(db).lock_path.exists()
    code, _out, err = run(capsys, "--db", str(db), "import", str(PLAN))
    assert code == 0, err
    assert f"process {pid}" in err and "taken over" in err
    assert len(err.strip().splitlines()) == 1
    assert not LedgerLock(db).lock_path.exists()
    with Ledger.open(db, read_only=True) as ledger:
        assert len(ledger.plans()) == 2


@pytest.mark.parametrize(
    "args",
    [["plans"], ["check"], ["backup"], ["restore", "--list"], ["import", str(PLAN), "--dry-run"]],
)
def test_reading_commands_work_while_the_ledger_is_held(
    capsys: pytest.CaptureFixture[str], db: Path, holder: Holder, args: list[str]
) -> None:
    code, _out, err = run(capsys, "--db", str(db), *args)
    assert code == 0, err
    assert LedgerLock(db).owner().pid == holder.process.pid  # still the holder's


def test_a_package_import_is_refused_before_the_package_is_read(
    capsys: pytest.CaptureFixture[str], db: Path, holder: Holder, tmp_path: Path
) -> None:
    before = fingerprint(db)
    package = tmp_path / "办公室.govpkg"  # never opened: the lock is asked first
    code, _out, err = run(capsys, "--db", str(db), "import", str(package))
    assert code == 1 and "in use by govledger" in err
    assert fingerprint(db) == before


def test_an_unreadable_lock_file_is_removed_with_a_notice(
    capsys: pytest.CaptureFixture[str], db: Path
) -> None:
    LedgerLock(db).lock_path.write_bytes(b"\x00")
    code, _out, err = run(capsys, "--db", str(db), "demo")
    assert code == 0, err
    assert "could not be read and was removed" in err
    assert not LedgerLock(db).lock_path.exists()
