"""Pinyin order for names (issue 24): the key both stores sort units with, and its table."""

from __future__ import annotations

import random
import re

from govledger.domain.pinyin_order import sort_key, sorted_by_pinyin
from govledger.paths import resource

UNITS = ["市教育局", "财政局", "办公室", "安全生产委员会", "市发展改革委"]


def test_units_sort_by_pinyin_not_by_code_point() -> None:
    assert sorted(UNITS)[-1] == "财政局"  # by code point: 财 is U+8D22, after 市 U+5E02
    assert sorted_by_pinyin(UNITS) == [
        "安全生产委员会",
        "办公室",
        "财政局",
        "市发展改革委",
        "市教育局",
    ]


def test_characters_follow_reading_then_tone() -> None:
    # 八 ba1, 拔 ba2, 把 ba3, 爸 ba4, 吧 ba5 (neutral tone last), then bai
    assert sorted_by_pinyin(["白", "吧", "爸", "把", "拔", "八"]) == [
        "八",
        "拔",
        "把",
        "爸",
        "吧",
        "白",
    ]
    # a shorter syllable first (lu before luan), ü after u (lü after luo)
    assert sorted_by_pinyin(["驴", "罗", "乱", "路"]) == ["路", "乱", "罗", "驴"]


def test_names_compare_character_by_character() -> None:
    assert sorted_by_pinyin(["市教育局", "市", "市发展改革委"]) == [
        "市",
        "市发展改革委",
        "市教育局",
    ]
    # one reading per character, as in a collation: 长 is read the same in every name
    assert sort_key("市长") < sort_key("市长办公室")


def test_characters_of_one_reading_keep_one_order() -> None:
    # 是 and 市 are both shi4: not equal, ordered by code point, whatever the input order
    assert sorted_by_pinyin(["是", "市", "事"]) == sorted(["是", "市", "事"])


def test_digits_then_latin_then_chinese() -> None:
    names = ["办公室", "B栋", "a组", "2号楼", "（筹）", "10号楼", "Zeta"]
    # punctuation, digits (digit by digit, as a collation compares), letters, then Chinese
    assert sorted_by_pinyin(names) == ["（筹）", "10号楼", "2号楼", "a组", "B栋", "Zeta", "办公室"]


def test_case_width_and_accents_only_break_ties() -> None:
    assert sorted_by_pinyin(["b", "A", "a", "B"]) == ["A", "a", "B", "b"]
    assert sorted_by_pinyin(["ｂ栋", "a栋", "c栋"]) == ["a栋", "ｂ栋", "c栋"]  # full-width b
    assert sorted_by_pinyin(["f", "é", "e"]) == ["e", "é", "f"]
    assert sort_key("１号楼")[0] == sort_key("1号楼")[0]


def test_characters_missing_from_the_table_come_last_by_code_point() -> None:
    rare = ["\U00020001局", "\U00020000局"]  # Extension B: not in the table
    assert sorted_by_pinyin([*rare, "座谈会", "1"]) == [
        "1",
        "座谈会",
        "\U00020000局",
        "\U00020001局",
    ]


def test_compatibility_ideographs_sort_as_their_unified_form() -> None:
    assert sort_key("\uf9ba")[0] == sort_key("了")[0]  # CJK COMPATIBILITY IDEOGRAPH-F9BA


def test_the_order_is_total_and_does_not_depend_on_the_input() -> None:
    names = [*UNITS, "办公室 ", "Office", "office", "", "局", "局各科室", "〇"]
    expected = sorted_by_pinyin(names)
    shuffled = list(names)
    for seed in range(20):
        random.Random(seed).shuffle(shuffled)
        assert sorted_by_pinyin(shuffled) == expected
    keys = [sort_key(name) for name in names]
    assert len(set(keys)) == len(names)  # distinct names never tie


# ---------------------------------------------------------------- the table
LINE = re.compile(r"^([a-zü]+)([1-5])\t(\S+)$")


def _table_lines() -> list[str]:
    text = resource("pinyin", "readings.txt").read_text(encoding="utf-8")
    return [line for line in text.splitlines() if line and not line.startswith("#")]


def test_the_table_says_where_it_comes_from() -> None:
    text = resource("pinyin", "readings.txt").read_text(encoding="utf-8")
    header = "\n".join(line for line in text.splitlines() if line.startswith("#"))
    assert "pypinyin" in header and "Unihan" in header and "MIT" in header


def test_the_table_is_well_formed_and_in_pinyin_order() -> None:
    lines = _table_lines()
    readings, seen = [], set()
    for line in lines:
        found = LINE.match(line)
        assert found, line
        letters, tone, characters = found.groups()
        readings.append((letters.replace("ü", "v"), int(tone)))
        assert list(characters) == sorted(set(characters)), f"{letters}{tone}: by code point"
        assert not seen & set(characters), "one reading per character"
        seen |= set(characters)
    assert readings == sorted(set(readings)), "readings in pinyin order, each once"
    unified = {chr(code) for code in range(0x4E00, 0xA000)}
    assert len(seen & unified) > 20_000  # the CJK Unified Ideographs, nearly all of them
    assert seen <= unified | {"〇"}
