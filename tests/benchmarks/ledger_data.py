"""A ledger at office scale and beyond, built fast for the benchmarks.

10 years × 100 units × 100 requirements = 100 000 requirements (plus their headings),
100 000 progress entries and 50 000 evidence records. Rows go in through bulk SQL on
a ledger the real migrations created (the Ledger API's per-row bookkeeping would take
minutes here and is not what is measured); the search index is then rebuilt the way
a restore does it.
"""

from __future__ import annotations

import random
import uuid
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from govledger.store import Ledger, search_index

VERBS = ("做好", "加强", "推进", "落实", "完善", "规范", "深化", "持续")
TOPICS = (
    "政务公开台账管理",
    "重大政策解读",
    "政府信息主动公开",
    "依申请公开办理",
    "政务新媒体管理",
    "政府网站集约化建设",
    "年度报告编制发布",
    "基层政务公开标准化",
    "财政预决算公开",
    "舆情回应",
)
NUMERALS = "一二三四五六七八九十"


@dataclass(frozen=True)
class Scale:
    years: int = 10
    units: int = 100
    per_unit: int = 100
    progress: int = 100_000
    evidence: int = 50_000

    @property
    def requirements(self) -> int:
        return self.years * self.units * self.per_unit


FULL = Scale()


def build_benchmark_ledger(path: Path, scale: Scale = FULL, seed: int = 2021) -> dict[str, int]:
    """Write the benchmark ledger at path; returns row counts."""
    rng = random.Random(seed)
    with Ledger.open(path, auto_backup=False) as ledger:
        db = ledger._db
        stamp = "2026-01-01T08:00:00"
        with db.atomic():
            unit_ids = _insert_units(db, scale.units, stamp)
            requirement_ids: list[int] = []
            for index in range(scale.years):
                year = 2017 + index
                plan_id = db.execute(
                    "INSERT INTO plans (uuid, title, year, organization, created_at, updated_at)"
                    " VALUES (?, ?, ?, ?, ?, ?)",
                    [
                        str(uuid.uuid4()),
                        f"某市{year}年政务公开工作要点分工方案",
                        year,
                        "某市人民政府办公室",
                        stamp,
                        stamp,
                    ],
                ).lastrowid
                requirement_ids += _insert_plan_tasks(
                    db, rng, plan_id, year, unit_ids, scale, stamp
                )
            _insert_progress(db, rng, requirement_ids, scale.progress, stamp)
            _insert_evidence(db, ledger, rng, requirement_ids, scale.evidence, stamp)
            search_index.rebuild(db)
        return ledger.stats()


def _insert_units(db, count: int, stamp: str) -> list[int]:
    names = [f"第{n + 1}科室" for n in range(count)]
    db.conn.executemany(
        "INSERT INTO units (name, created_at) VALUES (?, ?)", [(name, stamp) for name in names]
    )
    return [row[0] for row in db.execute("SELECT id FROM units ORDER BY id")]


def _insert_plan_tasks(db, rng, plan_id, year, unit_ids, scale: Scale, stamp: str) -> list[int]:
    """Ten headings per plan, each holding the requirements of a tenth of the units."""
    headings = 10
    per_heading = scale.units * scale.per_unit // headings
    requirement_ids: list[int] = []
    links: list[tuple] = []
    for h in range(headings):
        heading_id = db.execute(
            "INSERT INTO tasks (uuid, plan_id, parent_id, position, kind, number, text,"
            " created_at, updated_at) VALUES (?, ?, NULL, ?, 'heading', ?, ?, ?, ?)",
            [
                str(uuid.uuid4()),
                plan_id,
                h,
                NUMERALS[h % 10],
                f"{NUMERALS[h % 10]}、{VERBS[h % 8]}{TOPICS[h % 10]}工作",
                stamp,
                stamp,
            ],
        ).lastrowid
        rows = []
        for position in range(per_heading):
            number = h * per_heading + position + 1
            due = date(year, 1, 1) + timedelta(days=rng.randrange(365))
            status = rng.choice(("未开始", "进行中", "已完成", "已完成", "不适用"))
            text = (
                f"{rng.choice(VERBS)}{rng.choice(TOPICS)}，{rng.choice(VERBS)}"
                f"{rng.choice(TOPICS)}，确保第{number}项任务按时落实到位。"
            )
            rows.append(
                (
                    str(uuid.uuid4()),
                    plan_id,
                    heading_id,
                    position,
                    str(number),
                    text,
                    "办公室牵头，各科室配合",
                    f"{due.month}月底前",
                    due.isoformat(),
                    status,
                    100 if status == "已完成" else rng.randrange(0, 100, 10),
                    stamp,
                    stamp,
                )
            )
        first_id = db.execute("SELECT coalesce(max(id), 0) + 1 FROM tasks").fetchone()[0]
        db.conn.executemany(
            "INSERT INTO tasks (uuid, plan_id, parent_id, position, kind, number, text,"
            " units_text, deadline_text, due, status, progress, created_at, updated_at)"
            " VALUES (?, ?, ?, ?, 'requirement', ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            rows,
        )
        ids = range(first_id, first_id + len(rows))
        for offset, task_id in enumerate(ids):
            lead = unit_ids[(h * per_heading + offset) % len(unit_ids)]
            co = unit_ids[(h * per_heading + offset + 7) % len(unit_ids)]
            links += [(task_id, lead, "lead", 0), (task_id, co, "co", 0)]
        requirement_ids.extend(ids)
    db.conn.executemany(
        "INSERT INTO task_units (task_id, unit_id, role, position) VALUES (?, ?, ?, ?)", links
    )
    return requirement_ids


def _insert_progress(db, rng, requirement_ids, count: int, stamp: str) -> None:
    rows = []
    for n in range(count):
        task_id = requirement_ids[n % len(requirement_ids)]
        day = date(2017, 1, 1) + timedelta(days=rng.randrange(3650))
        rows.append(
            (
                str(uuid.uuid4()),
                task_id,
                day.isoformat(),
                f"已召开专题会议研究部署，完成阶段性工作第{n}项，相关材料已归档。",
                "办公室",
                "张明",
                stamp,
                stamp,
            )
        )
    db.conn.executemany(
        "INSERT INTO progress_entries (uuid, task_id, date, text, unit, author, created_at,"
        " updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        rows,
    )


def _insert_evidence(db, ledger, rng, requirement_ids, count: int, stamp: str) -> None:
    # A few hundred distinct stored files shared by the records, as screenshots are.
    hashes = [ledger.evidence.add_bytes(f"截图内容{n}".encode()).sha256 for n in range(200)]
    rows = []
    for n in range(count):
        task_id = requirement_ids[(n * 2) % len(requirement_ids)]
        sha = hashes[n % len(hashes)]
        rows.append((str(uuid.uuid4()), task_id, "file", sha, 16, f"网站截图-{n}.png", stamp))
    db.conn.executemany(
        "INSERT INTO evidence (uuid, task_id, kind, sha256, size, original_name, added_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)",
        rows,
    )
