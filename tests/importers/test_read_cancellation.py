"""A read nobody waits for stops at its next checkpoint (issue 19, item 8): closing the
import dialog does not leave a 50 000-row workbook being parsed to the end."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from openpyxl import Workbook

from govledger.importers import load_plan
from govledger.importers.cancellation import ReadCancelled, cancellable

ROWS = 5000


def big_workbook(path: Path, rows: int = ROWS) -> Path:
    book = Workbook(write_only=True)
    sheet = book.create_sheet("分工方案")
    sheet.append(["序号", "工作任务", "责任单位", "完成时限"])
    for number in range(1, rows + 1):
        sheet.append([number, f"做好第{number}项政务公开工作", "办公室", "12月底前"])
    book.save(str(path))
    return path


class CountingStop(threading.Event):
    """Asked to stop once the read has passed `after` checkpoints; counts them all."""

    def __init__(self, after: int):
        super().__init__()
        self.after, self.asked = after, 0

    def is_set(self) -> bool:
        self.asked += 1
        return self.asked > self.after


def test_a_read_without_a_token_runs_to_the_end(tmp_path: Path) -> None:
    draft = load_plan(big_workbook(tmp_path / "plan.xlsx", 300))
    assert len(list(draft.requirements())) == 300


def test_a_stopped_read_ends_at_its_next_checkpoint(tmp_path: Path) -> None:
    path = big_workbook(tmp_path / "plan.xlsx")
    stop = CountingStop(after=3)
    with pytest.raises(ReadCancelled), cancellable(stop):
        load_plan(path)
    assert stop.asked == 4  # it stopped when told, not after reading all 5 000 rows


def test_a_stop_set_before_the_read_reads_nothing(tmp_path: Path, samples_dir: Path) -> None:
    stop = threading.Event()
    stop.set()
    for sample in [*sorted(samples_dir.glob("*.docx"))[:2], big_workbook(tmp_path / "p.xlsx")]:
        with pytest.raises(ReadCancelled), cancellable(stop):
            load_plan(sample)


def test_pasted_text_and_html_stop_too() -> None:
    from govledger.importers import parse_plan_html, parse_plan_text

    rows = "".join(
        f"<tr><td>{n}</td><td>做好第{n}项工作</td><td>办公室</td></tr>" for n in range(50)
    )
    html = f"<table><tr><th>序号</th><th>工作任务</th><th>责任单位</th></tr>{rows}</table>"
    text = "\n".join(f"{n}\t做好第{n}项工作\t办公室" for n in range(50))
    stop = threading.Event()
    stop.set()
    for read in (
        lambda: parse_plan_text("序号\t工作任务\t责任单位\n" + text),
        lambda: parse_plan_html(html),
    ):
        with pytest.raises(ReadCancelled), cancellable(stop):
            read()
