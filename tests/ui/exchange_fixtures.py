"""Ledgers and a perform() for the 回头看 / exchange widget tests (no main window needed)."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

from PySide6.QtWidgets import QWidget

from govledger.domain.changes import ChangeSet
from govledger.domain.model import Status, TaskKind
from govledger.messages import GovLedgerError
from govledger.store import Ledger
from govledger.ui.perform import Operation


def shoot(widget: QWidget, name: str) -> None:
    """Save a picture of widget when GOVLEDGER_SCREENSHOTS names a folder (to look at)."""
    folder = os.environ.get("GOVLEDGER_SCREENSHOTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(Path(folder) / f"{name}.png"))


class Recorder:
    """A perform() like LedgerSession.perform: runs the operation, keeps what it did."""

    def __init__(self) -> None:
        self.done: list[tuple[str, ChangeSet]] = []
        self.refused: list[str] = []

    def __call__(self, text: str, operation: Operation) -> ChangeSet | None:
        try:
            changes = operation()
        except GovLedgerError as exc:
            self.refused.append(str(exc))
            return None
        self.done.append((text, changes))
        return changes


def two_year_ledger(path: Path) -> tuple[Ledger, dict[str, int]]:
    """2021's plan with three open requirements and one done; 2022's plan beside it."""
    ledger = Ledger.open(path)
    ids: dict[str, int] = {}
    old = ledger.create_plan("测试单位2021年政务公开工作要点分工方案", 2021).first_created("plans")
    heading = ledger.add_task(
        old, "一、做好政务公开台账工作", kind=TaskKind.HEADING, number="一"
    ).first_created("tasks")
    rows = (
        ("r1", "建立政务公开工作台账，实时跟进推动，确保各项任务落实到位", ["办公室"], ["各科室"]),
        ("r2", "做好重大政策解读工作，通过新闻发布会、图文解读等方式开展解读", ["法制科"], []),
        ("r3", "按时发布政府信息公开工作年度报告", ["办公室"], []),
        ("r4", "更新政府信息公开指南", ["办公室"], []),
    )
    for number, (key, text, lead, co) in enumerate(rows, start=1):
        ids[key] = ledger.add_task(
            old,
            text,
            parent_id=heading,
            number=str(number),
            lead_units=lead,
            co_units=co,
            due=date(2021, 10, 31),
        ).first_created("tasks")
    ledger.update_task(ids["r4"], status=Status.DONE)
    ledger.add_progress(ids["r1"], "已建立台账初稿", on=date(2021, 6, 1))
    ids["old"] = old
    ids["new"] = ledger.create_plan("测试单位2022年政务公开工作要点分工方案", 2022).first_created(
        "plans"
    )
    return ledger, ids
