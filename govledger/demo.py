"""`govledger demo`: a ledger a clerk can explore, built from the bundled sample plan.

The sample is the Jiangmen HRSS 2021 plan. It is moved to the current year so the
deadline warnings mean something today, then given realistic work: some requirements
done with progress notes and evidence, some under way, some overdue. Everything is
derived from the requirement number, so the same demo is built every time.
"""

from __future__ import annotations

import struct
import zlib
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

from govledger.domain.draft import PlanDraft
from govledger.domain.model import Status, TaskKind
from govledger.paths import resource
from govledger.store.ledger import Ledger

DEMO_PLAN = "jiangmen-hrss-2021.docx"
SAMPLE_YEAR = 2021

_PROGRESS_NOTES = (
    "已在局门户网站政府信息公开专栏发布相关信息，并完成审核。",
    "召开科室会议研究部署，明确专人负责，已形成工作方案。",
    "已完成阶段性工作，相关材料已归档备查。",
    "通过政务新媒体同步发布解读材料，阅读量较上月明显提升。",
)


def load_demo_draft(today: date) -> PlanDraft:
    from govledger.importers import load_plan

    with_path = resource("demo", DEMO_PLAN)
    draft = load_plan(Path(str(with_path)))
    return move_to_year(draft, today.year)


def move_to_year(draft: PlanDraft, year: int) -> PlanDraft:
    """The sample plan as if it were this year's: titles, texts and due dates shifted."""
    old, new = str(SAMPLE_YEAR), str(year)
    for task in draft.walk():
        task.text = task.text.replace(old + "年", new + "年")
        task.deadline_text = task.deadline_text.replace(old + "年", new + "年")
        if task.due is not None:
            task.due = _same_day_in(task.due, task.due.year + (year - SAMPLE_YEAR))
    return replace(
        draft,
        title=draft.title.replace(old, new) + "（演示）",
        year=year,
        issued_on=_same_day_in(draft.issued_on, year) if draft.issued_on else None,
    )


def _same_day_in(day: date, year: int) -> date:
    try:
        return day.replace(year=year)
    except ValueError:  # 29 February
        return day.replace(year=year, day=28)


def build_demo(ledger: Ledger, today: date | None = None) -> int:
    """Import the sample plan into the ledger and record demo work; returns the plan id."""
    today = today or date.today()
    plan_id = ledger.import_draft(load_demo_draft(today)).created_plan
    assert plan_id is not None
    requirements = [t for t in ledger.tasks(plan_id) if t.kind is TaskKind.REQUIREMENT]
    for index, task in enumerate(requirements):
        _record_demo_work(ledger, task.id, index, today, task.due)
    return plan_id


def _record_demo_work(
    ledger: Ledger, task_id: int, index: int, today: date, due: date | None
) -> None:
    kind = index % 5  # 0, 1: done · 2: under way · 3: overdue · 4: not started, due later
    if due is None:
        offsets = {0: -60, 1: -30, 2: 5, 3: -10, 4: 40}
        due = today + timedelta(days=offsets[kind] + index)
        ledger.update_task(task_id, due=due, deadline_text=f"{due.month}月{due.day}日前")
    if kind in (0, 1):
        done_on = min(today, due) - timedelta(days=3)
        ledger.add_progress(
            task_id,
            _PROGRESS_NOTES[index % 4],
            on=done_on - timedelta(days=20),
            unit="办公室",
            author="张明",
        )
        ledger.add_progress(
            task_id, "工作已全部完成，佐证材料已上传。", on=done_on, unit="办公室", author="张明"
        )
        ledger.update_task(task_id, status=Status.DONE)
        if kind == 0:
            ledger.attach_bytes(
                task_id,
                demo_screenshot(index),
                f"网站截图-{index + 1}.png",
                note="政府信息公开专栏发布页面截图",
            )
            ledger.attach_link(
                task_id,
                "https://www.jiangmen.gov.cn/",
                title="江门市人民政府门户网站",
                captured_on=done_on,
            )
    elif kind == 2:
        ledger.add_progress(
            task_id,
            _PROGRESS_NOTES[index % 4],
            on=today - timedelta(days=7),
            unit="办公室",
            author="李华",
        )
        ledger.update_task(task_id, status=Status.IN_PROGRESS, progress=50)
    elif kind == 3:
        ledger.update_task(task_id, status=Status.IN_PROGRESS, progress=30)


def demo_screenshot(seed: int, width: int = 320, height: int = 200) -> bytes:
    """A small PNG standing in for a web-page screenshot (no Qt needed)."""
    header_rgb = (0xB0, 0x1E, 0x23)  # government-site red banner
    rows = []
    for y in range(height):
        if y < 36:
            color = header_rgb
        elif y % 24 in (0, 1) and y > 50:
            color = (0xDD, 0xDD, 0xDD)
        else:
            color = (0xFF, 0xFF, 0xFF) if (y // 24 + seed) % 2 else (0xF6, 0xF6, 0xF6)
        rows.append(b"\x00" + bytes(color) * width)
    raw = zlib.compress(b"".join(rows), 9)

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
        )

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", raw) + chunk(b"IEND", b"")
