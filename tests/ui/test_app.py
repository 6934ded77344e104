"""Starting the application: icon, fonts, language choice, and no display."""

from __future__ import annotations

import sys

from PySide6.QtCore import QLocale

from govledger.cli import main
from govledger.ui.appearance import app_icon, choose_language, cjk_family, icon_path


def test_the_app_icon_is_bundled_and_loads(qapp):
    assert icon_path("govledger.svg") is not None
    assert icon_path("govledger-256.png") is not None
    icon = app_icon()
    assert not icon.isNull()
    assert {(size.width(), size.height()) for size in icon.availableSizes()} == {
        (16, 16),
        (32, 32),
        (48, 48),
        (256, 256),
    }
    assert not icon.pixmap(64, 64).isNull()


def test_a_cjk_font_is_found_here(qapp):
    # fonts-noto-cjk / fonts-wqy are installed by .ci/run; Windows has Microsoft YaHei UI
    assert cjk_family() is not None


def test_language_follows_the_setting_then_the_system(monkeypatch):
    monkeypatch.delenv("GOVLEDGER_LANG")  # it would win over both (tests/test_language_rule.py)
    assert choose_language("en") == "en"
    assert choose_language("zh_CN") == "zh_CN"
    system = choose_language("system")
    english = QLocale.system().language() == QLocale.Language.English
    assert system == ("en" if english else "zh_CN")


def test_without_a_display_the_gui_start_says_so(monkeypatch, capsys):
    for name in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr(sys, "platform", "linux")
    assert main([]) == 1
    assert "govledger --help" in capsys.readouterr().err
