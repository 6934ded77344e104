"""The preview's edit rules on a PlanDraft, without Qt."""

from __future__ import annotations

from datetime import date

import pytest

from govledger.domain import draft_edits
from govledger.domain.draft import DraftTask, PlanDraft, SkippedSource
from govledger.domain.model import TaskKind
from govledger.messages import message


def requirement(number: str, text: str, **fields) -> DraftTask:
    return DraftTask(kind=TaskKind.REQUIREMENT, text=text, number=number, **fields)


def heading(text: str, *children: DraftTask, **fields) -> DraftTask:
    return DraftTask(kind=TaskKind.HEADING, text=text, children=list(children), **fields)


def numbered(draft: PlanDraft) -> list[tuple[str, str]]:
    return [(task.number, task.text) for _path, task in draft.requirements()]


@pytest.fixture
def table_plan() -> PlanDraft:
    """A plan with the document's own 序号 column (numbers are not positions)."""
    return PlanDraft(
        roots=[
            heading(
                "一、推进政务公开",
                requirement(
                    "1",
                    "及时公开财政预决算",
                    units_text="财政局",
                    lead_units=["财政局"],
                    deadline_text="6月底前",
                    due=date(2023, 6, 30),
                    warnings=["第3行未识别到时限"],
                ),
                requirement("2", "信息。"),
                requirement("3", "做好政策解读；及时回应关切。", lead_units=["办公室"]),
            ),
            heading(
                "二、保障措施",
                requirement("4", "加强组织领导"),
                excluded=True,
                excluded_reason="说明性段落，不是工作任务",
            ),
        ]
    )


@pytest.fixture
def section_plan() -> PlanDraft:
    """Numbering restarts per section: 序号 are positions, the document's own in label."""
    return PlanDraft(
        roots=[
            heading(
                "一、主动公开",
                requirement("1", "公开规划", label="一是"),
                requirement("2", "公开预算", label="二是"),
            ),
            heading("二、依申请公开", requirement("3", "规范答复", label="一是")),
        ]
    )


def test_merge_joins_texts_and_keeps_the_first_rows_units_and_deadline(table_plan):
    first, second, _third = table_plan.roots[0].children
    merged = draft_edits.merge(table_plan, [second, first])  # selection order does not matter
    assert merged is first
    assert merged.text == "及时公开财政预决算信息。"
    assert merged.lead_units == ["财政局"] and merged.due == date(2023, 6, 30)
    assert merged.warnings == []  # merging is reviewing
    assert numbered(table_plan) == [
        ("1", "及时公开财政预决算信息。"),
        ("3", "做好政策解读；及时回应关切。"),
    ]


def test_merge_takes_units_from_the_next_row_when_the_first_has_none(table_plan):
    _first, second, third = table_plan.roots[0].children
    merged = draft_edits.merge(table_plan, [second, third])
    assert merged.lead_units == ["办公室"]
    assert merged.text == "信息。做好政策解读；及时回应关切。"


def test_merge_joins_latin_words_with_a_space():
    assert draft_edits._joined("登录 OA", "系统") == "登录 OA系统"
    assert draft_edits._joined("upload to", "OA") == "upload to OA"


def test_merge_refuses_rows_that_are_not_adjacent_requirements(table_plan):
    first, _second, third = table_plan.roots[0].children
    assert not draft_edits.can_merge(table_plan, [first, third])
    assert not draft_edits.can_merge(table_plan, [first])
    assert not draft_edits.can_merge(table_plan, [table_plan.roots[0], first])
    excluded = table_plan.roots[1].children[0]
    assert not draft_edits.can_merge(table_plan, [third, excluded])
    with pytest.raises(ValueError):
        draft_edits.merge(table_plan, [first, third])


def test_split_at_a_position_keeps_units_and_deadline_on_both_parts(table_plan):
    third = table_plan.roots[0].children[2]
    assert draft_edits.sentence_ends(third.text) == [7]
    second = draft_edits.split(table_plan, third, 7)
    assert (third.text, second.text) == ("做好政策解读；", "及时回应关切。")
    assert second.lead_units == ["办公室"] and second.lead_units is not third.lead_units
    # the document's own numbers stay; the new part asks the clerk for one
    assert numbered(table_plan)[-2:] == [("3", "做好政策解读；"), ("", "及时回应关切。")]
    assert second.warnings == [message("draft.needs_number")]


def test_split_renumbers_where_numbers_are_positions(section_plan):
    second = section_plan.roots[0].children[1]
    draft_edits.split(section_plan, second, 2)
    assert numbered(section_plan) == [
        ("1", "公开规划"),
        ("2", "公开"),
        ("3", "预算"),
        ("4", "规范答复"),
    ]


def test_split_needs_text_on_both_sides(table_plan):
    first = table_plan.roots[0].children[0]
    assert not draft_edits.can_split(first.text, 0)
    with pytest.raises(ValueError):
        draft_edits.split(table_plan, first, len(first.text))


def test_remove_takes_children_along_or_leaves_them_in_place(table_plan):
    section = table_plan.roots[0]
    assert draft_edits.children_lost_by_removing(table_plan, [section]) == 3
    assert draft_edits.children_lost_by_removing(table_plan, [section, *section.children]) == 0
    draft_edits.remove(table_plan, [section], keep_children=True)
    assert [t.number for t in table_plan.roots[:3]] == ["1", "2", "3"]
    draft_edits.remove(table_plan, [table_plan.roots[0], table_plan.roots[2]])
    assert [t.number for t in table_plan.roots] == ["2", ""]


def test_remove_renumbers_positions(section_plan):
    draft_edits.remove(section_plan, [section_plan.roots[0].children[0]])
    assert numbered(section_plan) == [("1", "公开预算"), ("2", "规范答复")]


def test_not_a_task_and_back(section_plan):
    first = section_plan.roots[0].children[0]
    draft_edits.exclude(section_plan, first)
    assert first.excluded_reason == message("draft.excluded_by_hand")
    assert numbered(section_plan) == [("1", "公开预算"), ("2", "规范答复")]
    assert first.number == ""  # no place in the sequence while left out
    draft_edits.include(section_plan, first)
    assert numbered(section_plan) == [("1", "公开规划"), ("2", "公开预算"), ("3", "规范答复")]


def test_including_one_task_under_an_excluded_heading_brings_in_only_that_one():
    kept = requirement("", "定期通报工作进展")
    other = requirement("", "加强组织领导")
    deep = heading("（一）工作机制", kept, requirement("", "明确专人负责"))
    section = heading("五、保障措施", other, deep, excluded=True, excluded_reason="说明性段落")
    draft = PlanDraft(roots=[section])
    assert draft_edits.is_excluded(draft, kept)
    assert draft_edits.excluded_reason(draft, kept) == "说明性段落"
    draft_edits.include(draft, kept)
    assert [task.text for _path, task in draft.requirements()] == ["定期通报工作进展"]
    assert other.excluded and other.excluded_reason == "说明性段落"
    assert deep.children[1].excluded
    assert [s.source for s in draft.all_skipped()] == ["加强组织领导", "明确专人负责"]


def test_including_a_heading_brings_in_everything_under_it(table_plan):
    section = table_plan.roots[1]
    section.children[0].excluded = True
    draft_edits.include(table_plan, section)
    assert [t.text for _p, t in table_plan.requirements()][-1] == "加强组织领导"


def test_a_skipped_line_becomes_a_requirement_where_the_clerk_wants_it(table_plan):
    line = SkippedSource("做好年度报告发布工作", "无法识别的行", "表1第9行")
    table_plan.skipped = [line]
    first = table_plan.roots[0].children[0]
    added = draft_edits.add_skipped(table_plan, line, first)
    assert table_plan.roots[0].children[1] is added
    assert added.source == "表1第9行" and added.warnings == [message("draft.needs_number")]
    assert table_plan.skipped == []
    at_end = draft_edits.add_skipped(table_plan, SkippedSource("末尾", "?"), None)
    assert table_plan.roots[-1] is at_end


def test_twins_are_told_apart_by_identity():
    """Two rows with the same text (common in plans) must not be confused."""
    a, b = requirement("1", "同上"), requirement("1", "同上")
    draft = PlanDraft(roots=[a, b])
    draft_edits.split(draft, b, 1)
    assert draft.roots[0] is a and draft.roots[1] is b and b.text == "同"
