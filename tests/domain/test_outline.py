from __future__ import annotations

import pytest

from govledger.domain.outline import (
    Style,
    cn_to_int,
    int_to_cn,
    numbering_level,
    parse_numbering,
    split_numbered_items,
    strip_numbering,
)


@pytest.mark.parametrize(
    ("text", "value"),
    [("一", 1), ("十", 10), ("十四", 14), ("二十", 20), ("二十一", 21), ("一百零一", 101),
     ("一百一十", 110), ("两", 2), ("二〇二一", 2021), ("一千零一", 1001)],
)  # fmt: skip
def test_chinese_numerals_both_ways(text: str, value: int) -> None:
    assert cn_to_int(text) == value
    if "两" not in text and "〇" not in text:
        assert int_to_cn(value) == text


def test_bad_numerals_raise() -> None:
    with pytest.raises(ValueError):
        cn_to_int("十a")
    with pytest.raises(ValueError):
        int_to_cn(0)


@pytest.mark.parametrize(
    ("text", "style", "value", "bare", "label", "rest"),
    [
        ("一、做好各类规划主动公开。", Style.CN_COMMA, 1, "一", "一", "做好各类规划主动公开。"),
        ("十四、狠抓任务落实。", Style.CN_COMMA, 14, "十四", "十四", "狠抓任务落实。"),
        ("（一）持续推进", Style.CN_PAREN, 1, "一", "（一）", "持续推进"),
        ("(二) 加强", Style.CN_PAREN, 2, "二", "（二）", "加强"),
        ("1. 主动公开", Style.ARABIC, 1, "1", "1", "主动公开"),
        ("10、各级", Style.ARABIC, 10, "10", "10", "各级"),
        ("3．做好", Style.ARABIC, 3, "3", "3", "做好"),
        ("22.正确适用", Style.ARABIC, 22, "22", "22", "正确适用"),
        ("2.2021年底前制定", Style.ARABIC, 2, "2", "2", "2021年底前制定"),
        ("（3）做好", Style.ARABIC_PAREN, 3, "3", "（3）", "做好"),
        ("3）做好", Style.ARABIC_PAREN, 3, "3", "（3）", "做好"),
        ("①加强", Style.CIRCLED, 1, "①", "①", "加强"),
        ("一是加强", Style.CN_SHI, 1, "一", "一", "加强"),
        ("第三条 为了", Style.ARTICLE, 3, "三", "第三条", "为了"),
        ("第二部分 主要任务", Style.CHAPTER, 2, "二", "第二部分", "主要任务"),
    ],
)
def test_numbering_is_recognised_and_stripped(
    text: str, style: Style, value: int, bare: str, label: str, rest: str
) -> None:
    numbering, remainder = parse_numbering(text)
    assert numbering is not None
    assert (numbering.style, numbering.value, numbering.bare, numbering.label) == (
        style,
        value,
        bare,
        label,
    )
    assert remainder == rest


@pytest.mark.parametrize(
    "text",
    ["2021年底前完成", "1.5亿元资金", "一、", "12345热线", "十四五规划", "各科室", "1+1+9部署"],
)
def test_things_that_are_not_numbering(text: str) -> None:
    assert parse_numbering(text)[0] is None
    assert strip_numbering(text) == text


def test_levels_follow_the_usual_outline() -> None:
    assert numbering_level("一、总体要求") == 1
    assert numbering_level("（一）加强") == 2
    assert numbering_level("1. 做好") == 3
    assert numbering_level("（1）做好") == 4
    assert numbering_level("做好") is None


def _split(text: str) -> list[tuple[str, str]]:
    return [(n.bare if n else "", body) for n, body in split_numbered_items(text)]


def test_split_items_on_separate_lines() -> None:
    assert _split("5. 甲。\n6. 乙。\n7. 丙。") == [("5", "甲。"), ("6", "乙。"), ("7", "丙。")]


def test_split_items_run_together_on_one_line() -> None:
    text = "5.主动公开负面清单。 6.及时公开落实举措。7.强化执法信息公开。"
    assert _split(text) == [
        ("5", "主动公开负面清单。"),
        ("6", "及时公开落实举措。"),
        ("7", "强化执法信息公开。"),
    ]


def test_split_does_not_cut_dates_decimals_or_counts() -> None:
    text = "3. 落实省委“1+1+9”部署，2021.10前完成，增长1.5倍；4. 下一条"
    first = "落实省委“1+1+9”部署，2021.10前完成，增长1.5倍；"
    assert _split(text) == [("3", first), ("4", "下一条")]
    assert _split("2. 2021年底前制定。3.其次") == [("2", "2021年底前制定。"), ("3", "其次")]


def test_split_only_takes_the_next_number() -> None:
    # sub-items 1. 2. inside requirement 3 stay in it
    assert _split("3. 做好以下工作：1.甲；2.乙。4. 丁") == [
        ("3", "做好以下工作：1.甲；2.乙。"),
        ("4", "丁"),
    ]
    assert _split("1. 甲。3. 乙") == [("1", "甲。3. 乙")]


def test_split_other_styles_and_unnumbered() -> None:
    assert _split("（1）甲；（2）乙") == [("1", "甲；"), ("2", "乙")]
    assert _split("①甲。②乙") == [("①", "甲。"), ("②", "乙")]
    assert _split("没有编号的要求。1.也不拆") == [("", "没有编号的要求。1.也不拆")]
