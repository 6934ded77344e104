"""Evidence names made safe for Windows folders and zip packs."""

from __future__ import annotations

import pytest

from govledger.domain.safe_file_names import (
    MAX_NAME,
    UniqueNames,
    is_safe_file_name,
    safe_file_name,
    shortened,
    utf16_length,
)


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("CON.pdf", "CON_.pdf"),
        ("con", "con_"),
        ("Nul.txt", "Nul_.txt"),
        ("aux.tar.gz", "aux_.tar.gz"),
        ("COM1.docx", "COM1_.docx"),
        ("lpt9.png", "lpt9_.png"),
        ("COM¹.txt", "COM¹_.txt"),
        ("CON .pdf", "CON_.pdf"),  # Windows ignores the space: still the device
        ("CONSOLE.pdf", "CONSOLE.pdf"),  # not reserved: only the exact device names
        ("COM10.pdf", "COM10.pdf"),
        ("LPT0.pdf", "LPT0.pdf"),
    ],
)
def test_reserved_device_names_are_renamed(name: str, expected: str) -> None:
    assert safe_file_name(name) == expected


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ('关于"十四五"规划?的通知.pdf', "关于＂十四五＂规划？的通知.pdf"),
        ("a<b>c:d|e*f.png", "a＜b＞c：d｜e＊f.png"),
        ("前/后\\中.docx", "前／后＼中.docx"),
        ("tab\there\x00\x1f\x7f.txt", "tabhere.txt"),
        ("报告. . .", "报告"),
        ("  截图 .png", "截图.png"),
        ("trailing dots...", "trailing dots"),
        ("...", "未命名"),
        ("", "未命名"),
        ("\x01\x02", "未命名"),
    ],
)
def test_forbidden_characters_and_trailing_dots(name: str, expected: str) -> None:
    assert safe_file_name(name) == expected


def test_chinese_names_are_kept_intact() -> None:
    name = "江门市人力资源和社会保障局2021年政务公开工作要点（印发稿）.docx"
    assert safe_file_name(name) == name
    assert is_safe_file_name(name)


def test_long_names_keep_the_extension_and_cut_the_stem() -> None:
    name = "政务公开" * 100 + ".pdf"
    safe = safe_file_name(name)
    assert utf16_length(safe) == MAX_NAME
    assert safe.endswith("…" + ".pdf") and safe.startswith("政务公开政务公开")
    assert utf16_length(safe_file_name("a" * 300 + ".xlsx", 40)) == 40


def test_lengths_count_utf16_units_as_windows_does() -> None:
    emoji = "😀" * 100 + ".png"
    safe = safe_file_name(emoji, 50)
    assert utf16_length(safe) <= 50 and safe.endswith(".png")
    assert "\ud83d" not in safe  # never half an emoji


def test_a_long_fake_extension_is_part_of_the_name() -> None:
    assert safe_file_name("报告.这不是扩展名但很长很长很长很长很长很长", 12).endswith("…")
    assert safe_file_name("x" * 50 + ".abcdefghij", 12) == "x" * 11 + "…"


def test_shortened_marks_the_cut() -> None:
    assert shortened("一二三四五", 10) == "一二三四五"
    assert shortened("一二三四五", 4) == "一二三…"


def test_duplicates_in_one_folder_are_numbered_ignoring_case() -> None:
    names = UniqueNames()
    assert names.claim("名称.pdf") == "名称.pdf"
    assert names.claim("名称.pdf") == "名称(2).pdf"
    assert names.claim("名称.PDF".lower()) == "名称(3).pdf"
    assert names.claim("README") == "README"
    assert names.claim("readme") == "readme(2)"
    assert names.claim("CON.pdf") == "CON_.pdf"
    assert names.claim("con_.pdf") == "con_(2).pdf"


def test_numbered_duplicates_still_fit_the_limit() -> None:
    names = UniqueNames()
    long = "很长的名字" * 40 + ".pdf"
    first, second = names.claim(long, 60), names.claim(long, 60)
    assert first != second
    assert second.endswith("(2).pdf") and utf16_length(second) <= 60
