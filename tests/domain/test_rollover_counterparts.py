"""回头看 proposes this year's counterpart of last year's open work; the clerk decides."""

from __future__ import annotations

from govledger.domain.model import Task, TaskKind
from govledger.domain.rollover import find_counterparts, past_year_named


def _task(task_id: int, text: str, *lead: str, carried_from: str | None = None) -> Task:
    return Task(
        id=task_id,
        uuid=f"u{task_id}",
        plan_id=1,
        parent_id=None,
        position=task_id,
        kind=TaskKind.REQUIREMENT,
        text=text,
        lead_units=lead,
        carried_from=carried_from,
    )


def test_counterparts_pair_like_texts_one_to_one() -> None:
    old = [
        _task(1, "加强政策解读，做好重要政策文件的图文解读和视频解读", "办公室"),
        _task(2, "按时发布政府信息公开工作年度报告", "信息中心"),
        _task(3, "规范依申请公开答复文书格式", "法制科"),
    ]
    new = [
        _task(11, "加强政策解读，做好重要政策文件的图文解读和视频解读工作", "办公室"),
        _task(12, "按时发布政府信息公开工作年度报告", "信息中心", carried_from="x"),
        _task(13, "推进基层政务公开标准化规范化", "法制科"),
    ]
    found = find_counterparts(old, new)
    assert {old_id: c.task_id for old_id, c in found.items()} == {1: 11}  # 12 continues one


def test_different_units_need_a_closer_text() -> None:
    old = [_task(1, "做好政府网站信息内容建设和日常监测工作", "信息中心")]
    reworded = [_task(11, "做好政府网站信息内容建设和常态化监测", "财务科")]
    same = [_task(11, "做好政府网站信息内容建设和日常监测工作", "财务科")]
    assert find_counterparts(old, reworded) == {}
    assert find_counterparts(old, same)[1].task_id == 11


def test_a_limit_naming_a_past_year() -> None:
    assert past_year_named("2026年11月20日前", 2027) == 2026
    assert past_year_named("2025年底前完成，2026年持续推进", 2027) == 2026
    assert past_year_named("2027年6月底前", 2027) is None
    assert past_year_named("11月底前", 2027) is None
