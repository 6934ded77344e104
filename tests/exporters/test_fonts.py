"""Finding Chinese fonts reportlab can embed, and failing loudly when there are none."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from govledger.exporters import fonts
from govledger.messages import GovLedgerError


def _system_font(name: str) -> Path | None:
    index = fonts.font_file_index(fonts.default_font_dirs())
    return index.get(name)


def test_fonts_are_found_on_this_machine() -> None:
    found = fonts.cjk_fonts()
    assert found.body and found.heading and found.title
    assert found.covers(found.body, "政务公开工作台账")
    assert all(path.exists() for path in found.files.values())


def test_registration_is_cached() -> None:
    assert fonts.cjk_fonts() is fonts.cjk_fonts()


def test_no_font_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(GovLedgerError) as raised:
        fonts.cjk_fonts([tmp_path])
    assert raised.value.key == "export.no_fonts"


def test_cff_flavoured_collections_are_skipped(tmp_path: Path) -> None:
    """Noto CJK .ttc files have PostScript outlines reportlab cannot embed."""
    noto = Path("/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc")
    if not noto.exists():
        pytest.skip("Noto CJK not installed")
    shutil.copy(noto, tmp_path / "wqy-microhei.ttc")  # even under a preferred name
    with pytest.raises(GovLedgerError):
        fonts.cjk_fonts([tmp_path])


def test_a_bundled_fonts_folder_is_used(tmp_path: Path) -> None:
    source = _system_font("wqy-microhei.ttc") or _system_font("simhei.ttf")
    if source is None:
        pytest.skip("no TrueType Chinese font on this machine")
    bundle = tmp_path / "fonts"
    bundle.mkdir()
    shutil.copy(source, bundle / source.name)
    found = fonts.cjk_fonts([bundle])
    assert found.files[found.body].parent == bundle


def test_preference_order_body_fangsong_before_heiti(tmp_path: Path) -> None:
    """Files are chosen by the documented order, whatever folder holds them."""
    source = _system_font("wqy-microhei.ttc")
    if source is None:
        pytest.skip("WenQuanYi Micro Hei not installed")
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    # Pretend one copy is 仿宋 and another 黑体: body must take simfang, heading simhei.
    shutil.copy(source, tmp_path / "a" / "simhei.ttf")
    shutil.copy(source, tmp_path / "b" / "simfang.ttf")
    found = fonts.cjk_fonts([tmp_path / "a", tmp_path / "b"])
    assert found.files[found.body].name == "simfang.ttf"
    assert found.files[found.heading].name == "simhei.ttf"


def test_font_for_falls_back_per_character() -> None:
    found = fonts.cjk_fonts()
    assert found.font_for("中", found.body) == found.body
    assert found.font_for("\U0001f600", found.body) == found.body  # nobody has it: unchanged
