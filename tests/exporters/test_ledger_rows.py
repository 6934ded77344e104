"""The shared 台账 layout: merged headings, the 工作任务 column, filters, cell texts."""

from __future__ import annotations

import pytest

from govledger.domain.model import Status
from govledger.domain.status_rules import Alert
from govledger.exporters.ledger_rows import (
    HeadingRow,
    RequirementRow,
    build_ledger_table,
    wrapped_lines,
)
from govledger.messages import GovLedgerError
from govledger.store import Ledger
from tests.exporters.ledger_builders import FLAT_SECTION, TODAY, SamplePlan


def test_layout_of_a_two_level_plan(ledger: Ledger, sample: SamplePlan) -> None:
    table = build_ledger_table(ledger, sample.plan_id, today=TODAY)
    headings = [row.text for row in table.rows if isinstance(row, HeadingRow)]
    # 一、 … 三、 hold sub-headings: merged rows. （一） and 四、 hold requirements directly:
    # they are printed in the 工作任务 column instead.
    assert headings == [
        "一、推进决策和执行公开",
        "二、加强政务公开平台建设",
        "三、夯实政务公开工作基础",
    ]
    requirements = table.requirements
    assert [row.seq for row in requirements] == list(range(1, 31))
    assert requirements[0].group_text == "（一）深化决策预公开"
    assert requirements[-1].group_text == FLAT_SECTION[0]
    assert [row.task.id for row in requirements] == sample.requirement_ids


def test_statuses_and_alerts(ledger: Ledger, sample: SamplePlan) -> None:
    table = build_ledger_table(ledger, sample.plan_id, today=TODAY)
    by_id = {row.task.id: row for row in table.requirements}
    assert all(by_id[i].status is Status.OVERDUE for i in sample.overdue_ids)
    assert all(by_id[i].alert is Alert.DUE_SOON for i in sample.due_soon_ids)
    assert all(by_id[i].status is Status.DONE for i in sample.done_ids)
    assert any(row.status is Status.NOT_APPLICABLE for row in table.requirements)


def test_cell_texts(ledger: Ledger, sample: SamplePlan) -> None:
    table = build_ledger_table(ledger, sample.plan_id, today=TODAY)
    done = next(r for r in table.requirements if r.task.id == sample.done_ids[0])
    result = table.result_lines(done)
    assert result[0] == "已完成"
    assert result[1].startswith("2024年") and "（办公室）：" in result[1]
    assert table.evidence_lines(done)[0].endswith(".png")
    assert (
        table.evidence_lines(done)[1] == "江门市人民政府门户网站 https://www.jiangmen.gov.cn/zwgk/"
    )
    in_progress = next(r for r in table.requirements if r.task.progress == 50)
    assert table.status_text(in_progress) == "进行中（50%）"
    # The control character a pasted note carried is gone (XML cannot hold it).
    assert "\x0b" not in "".join(table.progress_lines(in_progress))
    co = next(r for r in table.requirements if r.task.co_units)
    assert table.units_label(co.task).endswith("牵头，信息中心配合")


def test_unit_filter_keeps_lead_and_co_units_and_their_headings(
    ledger: Ledger, sample: SamplePlan
) -> None:
    table = build_ledger_table(ledger, sample.plan_id, today=TODAY, unit="信息中心")
    rows = table.requirements
    assert rows and all(
        "信息中心" in row.task.lead_units or "信息中心" in row.task.co_units for row in rows
    )
    assert any("信息中心" in row.task.co_units for row in rows)
    assert [row.seq for row in rows] == list(range(1, len(rows) + 1))


def test_overdue_only(ledger: Ledger, sample: SamplePlan) -> None:
    table = build_ledger_table(ledger, sample.plan_id, today=TODAY, overdue_only=True)
    assert sorted(row.task.id for row in table.requirements) == sorted(sample.overdue_ids)
    # No heading is left without a requirement under it.
    for index, row in enumerate(table.rows):
        if isinstance(row, HeadingRow):
            assert isinstance(table.rows[index + 1], HeadingRow | RequirementRow)
    assert not isinstance(table.rows[-1], HeadingRow)


def test_unknown_unit_is_a_clear_error(ledger: Ledger, sample: SamplePlan) -> None:
    with pytest.raises(GovLedgerError) as raised:
        build_ledger_table(ledger, sample.plan_id, today=TODAY, unit="不存在的科室")
    assert raised.value.key == "export.no_such_unit"


def test_english_labels_on_request(ledger: Ledger, sample: SamplePlan) -> None:
    table = build_ledger_table(ledger, sample.plan_id, today=TODAY, lang="en")
    assert table.column_labels()[:3] == ["No.", "Task", "Requirement"]
    chinese = build_ledger_table(ledger, sample.plan_id, today=TODAY)
    assert chinese.column_labels()[:3] == ["序号", "工作任务", "具体要求"]


def test_wrapped_lines_estimate() -> None:
    assert wrapped_lines(["一二三四五六"], 3) == 2
    assert wrapped_lines(["abcdef"], 3) == 2  # Latin letters: about half an em
    assert wrapped_lines(["一\n二", ""], 10) == 3
