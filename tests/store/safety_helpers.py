"""Helpers for the "nothing lost" tests (issue 19): a filled ledger, a check that all
of it is still there, a second process holding the ledger, a small full disk."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import textwrap
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from govledger.domain.model import TaskKind
from govledger.store import Ledger

PLAN_TITLES = ("2024年政务公开工作要点", "2025年政务公开工作要点", "2026年政务公开工作要点")
EVIDENCE_BYTES = b"\x89PNG screenshot of the published report"


def fill_ledger(path: Path, *, wal: bool | None = None) -> dict[str, int]:
    """Three plans, each with a requirement, a progress note and an evidence file."""
    with Ledger.open(path, wal=wal) as ledger:
        for year, title in zip((2024, 2025, 2026), PLAN_TITLES, strict=True):
            plan = ledger.create_plan(title, year).first_created("plans")
            task = ledger.add_task(plan, f"{year}年建立台账", kind=TaskKind.REQUIREMENT)
            task_id = task.first_created("tasks")
            ledger.add_progress(task_id, "已建立并每月更新")
            ledger.attach_bytes(task_id, EVIDENCE_BYTES + str(year).encode(), f"{year}截图.png")
        return ledger.stats()


def assert_ledger_whole(
    path: Path, expected: dict[str, int], extra_titles: tuple[str, ...] = ()
) -> None:
    """Plans, requirements, progress and evidence all there, and SQLite finds it sound."""
    with Ledger.open(path, read_only=True) as ledger:
        assert ledger._db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert ledger.stats() == expected
        titles = sorted(plan.title for plan in ledger.plans())
        assert titles == sorted(PLAN_TITLES + extra_titles)
        for sha256, _name in ledger._db.execute("SELECT sha256, original_name FROM evidence"):
            assert ledger.evidence.verify(sha256) is None


@contextmanager
def held_by_another_process(path: Path, sql: str, *, until: Path | None = None) -> Iterator[None]:
    """A second process that runs sql on the ledger (e.g. BEGIN IMMEDIATE) and holds
    it until the file `until` appears (or the block ends)."""
    ready = path.with_name("holder-ready")
    release = until or path.with_name("holder-release")
    script = textwrap.dedent(f"""
        import sqlite3, time
        from pathlib import Path
        conn = sqlite3.connect({str(path)!r}, isolation_level=None)
        for statement in {sql!r}.split(";"):
            conn.execute(statement).fetchall()
        Path({str(ready)!r}).write_text("held")
        while not Path({str(release)!r}).exists():
            time.sleep(0.02)
        conn.close()
    """)
    holder = subprocess.Popen([sys.executable, "-c", script])
    try:
        for _ in range(1000):
            if ready.exists() or holder.poll() is not None:
                break
            time.sleep(0.01)
        assert ready.exists(), "the second process did not take the ledger"
        yield
    finally:
        release.write_text("go")
        holder.wait(timeout=30)
        ready.unlink(missing_ok=True)
        release.unlink(missing_ok=True)


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A real 2 MB tmpfs (root only); skipped where mounting is not permitted."""
    mount_point = tmp_path / "small_disk"
    mount_point.mkdir()
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", str(mount_point)],
        capture_output=True,
        check=False,
    )
    if mounted.returncode != 0:
        pytest.skip("cannot mount a small tmpfs here")
    try:
        yield mount_point
    finally:
        subprocess.run(["umount", "-l", str(mount_point)], check=False)


def fill_disk(folder: Path, leave: int) -> Path:
    """Fill folder's file system until only about `leave` bytes are free."""
    import shutil

    filler = folder / "filler.bin"
    free = shutil.disk_usage(folder).free
    with filler.open("wb") as handle:
        handle.write(b"\0" * max(free - leave, 0))
    return filler


def integrity(path: Path) -> str:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return conn.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        conn.close()
