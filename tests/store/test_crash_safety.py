"""A power cut or a killed process during an import never leaves half a plan.

The import of a 3 000-row workbook runs in a real process that is killed (SIGKILL,
no clean-up) at random moments; after every kill the ledger passes `check` and each
plan in it is either whole or absent.
"""

from __future__ import annotations

import random
import subprocess
import sys
import time
from pathlib import Path

import openpyxl
import pytest

from govledger.store import Ledger
from govledger.store.integrity import check_ledger

ROWS = 3000


def build_workbook(path: Path) -> None:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["序号", "工作任务", "具体要求", "责任单位", "完成时限"])
    for number in range(1, ROWS + 1):
        sheet.append(
            [
                number,
                f"第{(number - 1) // 20 + 1}项工作任务",
                f"第{number}项具体要求：做好政务公开信息发布和政策解读工作，及时更新专栏内容。",
                "办公室牵头，各科室配合" if number % 2 else "信息中心",
                f"{number % 12 + 1}月底前",
            ]
        )
    workbook.save(path)


def start_import(db: Path, workbook: Path) -> subprocess.Popen:
    return subprocess.Popen(
        [
            sys.executable,
            "-m",
            "govledger",
            "--db",
            str(db),
            "import",
            str(workbook),
            "--year",
            "2021",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def assert_whole_or_absent(db: Path) -> int:
    with Ledger.open(db) as ledger:
        assert check_ledger(ledger) == []
        for plan in ledger.plans():
            assert ledger.requirement_count(plan.id) == ROWS, "a plan was saved in part"
        # The search index moves with its rows in the same transaction.
        hits = {hit.task_id for hit in ledger.search("政策解读", limit=10 * ROWS)}
        assert len(hits) == ledger.stats()["requirements"]
        return len(ledger.plans())


@pytest.mark.slow
def test_killed_imports_leave_whole_plans_or_none(tmp_path: Path) -> None:
    workbook = tmp_path / "分工方案.xlsx"
    build_workbook(workbook)
    db = tmp_path / "ledger.sqlite"

    started = time.monotonic()
    process = start_import(db, workbook)
    assert process.wait(timeout=300) == 0
    full_run = time.monotonic() - started
    assert assert_whole_or_absent(db) == 1

    # Kill at random moments until 20 imports died mid-way (a run that finished
    # first is checked too); timing varies with machine load, so count real kills.
    rng = random.Random(20211123)
    killed = attempts = 0
    while killed < 20:
        attempts += 1
        assert attempts <= 80, f"only {killed} kills in {attempts} attempts"
        process = start_import(db, workbook)
        time.sleep(rng.uniform(0.05, full_run * 0.9))
        if process.poll() is None:
            process.kill()
            killed += 1
        process.wait(timeout=60)
        assert assert_whole_or_absent(db) >= 1
