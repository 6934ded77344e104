"""Compare years: requirements matched by text, classified new/changed/dropped/unchanged."""

from __future__ import annotations

from pathlib import Path

import pytest

from govledger.domain.model import TaskKind
from govledger.domain.year_compare import (
    Change,
    CompareItem,
    compare_requirements,
    items_from_draft,
    normalise,
    similarity,
)
from govledger.importers import load_plan


def test_normalise_drops_numbering_punctuation_width_and_years() -> None:
    assert normalise("（一）做好 2021年 政务公开，工作。") == normalise(
        "(一)做好2022年政务公开工作"
    )
    assert normalise("一、加强领导") == "加强领导"
    assert normalise("10月底前完成") == "10月底前完成"  # a deadline is not a number
    assert similarity("做好财政信息公开", "做好财政信息公开。") == 1.0


@pytest.fixture
def hrss(samples_dir: Path):
    return load_plan(samples_dir / "jiangmen-hrss-2021.docx")


def test_two_versions_of_a_sample_plan(hrss) -> None:
    old = items_from_draft(hrss)
    next_year = load_plan(Path(__file__).parents[1] / "data/samples/jiangmen-hrss-2021.docx")
    requirements = [task for _path, task in next_year.requirements()]
    requirements[2].text = requirements[2].text.replace("预算", "预算执行情况")  # reworded
    requirements[26].text = requirements[26].text.replace("2021年", "2022年")  # only the year
    requirements[6].units_text = "办公室"  # another unit
    dropped_text = requirements[9].text
    requirements[9].text = "全面推行行政许可事项清单管理，编制并公布本部门许可事项实施规范。"
    new = items_from_draft(next_year)
    result = compare_requirements(old, new)

    counts = result.counts()
    assert counts[Change.NEW] == 1 and counts[Change.DROPPED] == 1
    assert counts[Change.CHANGED] == 2
    assert counts[Change.UNCHANGED] == len(old) - 3
    by_new_key = {pair.new.key: pair for pair in result.pairs if pair.new is not None}
    reworded = by_new_key[2]
    assert reworded.change is Change.CHANGED and reworded.old.key == 2
    inserted = "".join(seg.new for seg in reworded.diff if seg.op == "insert")
    assert inserted == "执行情况"
    assert "".join(seg.old for seg in reworded.diff if seg.op != "insert") == old[2].text
    assert by_new_key[26].change is Change.UNCHANGED  # years are masked
    assert by_new_key[6].changed_fields == ("units_text",)
    assert by_new_key[9].change is Change.NEW
    [dropped] = result.of(Change.DROPPED)
    assert dropped.old.text == dropped_text
    # Deterministic: the same input gives the same pairs.
    assert compare_requirements(old, new).pairs == result.pairs


def test_assignment_is_one_to_one_and_order_stable() -> None:
    old = [CompareItem(0, "做好政务公开工作"), CompareItem(1, "做好政务公开工作")]
    new = [CompareItem("a", "做好政务公开工作")]
    result = compare_requirements(old, new)
    [matched] = result.of(Change.UNCHANGED)
    assert matched.old.key == 0  # ties go to document order
    assert [pair.old.key for pair in result.of(Change.DROPPED)] == [1]


def test_a_hundred_by_a_hundred_pairs_every_item(hrss) -> None:
    # Its speed is the benchmark figure compare_years_ms (tests/benchmarks).
    base = [task.text for _path, task in hrss.requirements()]
    old = [CompareItem(i, f"{base[i % len(base)]}第{i}项") for i in range(100)]
    new = [CompareItem(i, f"{base[(i + 3) % len(base)]}第{i}项") for i in range(100)]
    result = compare_requirements(old, new)
    assert sum(result.counts().values()) >= 100
    paired = [pair for change in Change for pair in result.of(change) if pair.old and pair.new]
    assert len({pair.new.key for pair in paired}) == len(paired)  # one-to-one


def test_headings_are_not_compared(hrss) -> None:
    assert all(item.text for item in items_from_draft(hrss))
    assert not any(task.kind is TaskKind.HEADING for _p, task in hrss.requirements())


def test_an_extended_requirement_is_changed_not_dropped_and_new() -> None:
    old = [CompareItem(1, "做好政府信息公开年度报告的编制和发布工作")]
    new = [
        CompareItem(
            2,
            "做好政府信息公开年度报告的编制和发布工作，按规定时间在门户网站公开，"
            "并同步做好解读和回应社会关切。",
        )
    ]
    result = compare_requirements(old, new)
    assert [pair.change for pair in result.pairs] == [Change.CHANGED]


def test_short_texts_are_not_matched_by_containment() -> None:
    result = compare_requirements(
        [CompareItem(1, "加强培训")], [CompareItem(2, "加强培训和考核工作落实")]
    )
    assert sorted(pair.change for pair in result.pairs) == [Change.DROPPED, Change.NEW]


def test_a_blank_time_limit_on_one_side_is_not_a_change() -> None:
    text = "及时更新政府信息公开指南"
    blank = compare_requirements(
        [CompareItem(1, text, deadline_text="")], [CompareItem(2, text, deadline_text="6月底前")]
    )
    assert [pair.change for pair in blank.pairs] == [Change.UNCHANGED]
    moved = compare_requirements(
        [CompareItem(1, text, deadline_text="5月底前")],
        [CompareItem(2, text, deadline_text="6月底前")],
    )
    assert moved.pairs[0].change is Change.CHANGED
    assert moved.pairs[0].changed_fields == ("deadline_text",)
