"""Issue 21: menus with unique Alt+letter keys in both languages; a title that says it once."""

from __future__ import annotations

import re

import pytest
from PySide6.QtWidgets import QMenu

from govledger.ui.appearance import install_translations
from govledger.ui.main_window import MainWindow

pytestmark = pytest.mark.both_stores  # a ledger file and a server ledger (issue 24)


def _mnemonic(text: str) -> str | None:
    match = re.search(r"&([^&\s])", text.replace("&&", ""))
    return match.group(1).upper() if match else None


def _duplicates(texts: list[str]) -> list[str]:
    seen: dict[str, str] = {}
    clashes = []
    for text in texts:
        letter = _mnemonic(text)
        if letter is None:
            continue
        if letter in seen:
            clashes.append(f"{seen[letter]!r} and {text!r} both use Alt+{letter}")
        seen[letter] = text
    return clashes


@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_no_menu_repeats_a_mnemonic(qapp, qtbot, session, settings, small_plan, language) -> None:
    translators = install_translations(qapp, language)
    try:
        window = MainWindow(session, settings)
        qtbot.addWidget(window)
        bar = window.menuBar()
        menus = [action.menu() for action in bar.actions() if isinstance(action.menu(), QMenu)]
        assert len(menus) >= 5
        problems = _duplicates([action.text() for action in bar.actions()])
        for menu in menus:
            items = [a.text() for a in menu.actions() if not a.isSeparator()]
            problems += [f"{menu.title()}: {p}" for p in _duplicates(items)]
        assert problems == []
        if language == "zh_CN":
            assert any("文件" in menu.title() for menu in menus)
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)


def test_the_title_names_the_plan_and_the_program_once(qtbot, session, settings, small_plan):
    ledger = session.ledger
    other = ledger.create_plan("测试单位2022年政务公开工作要点分工方案", 2022).first_created(
        "plans"
    )
    window = MainWindow(session, settings)
    qtbot.addWidget(window)
    window.set_plan(small_plan["plan"])
    title = window.windowTitle()
    assert title.count("测试单位2021年政务公开工作要点分工方案") == 1
    assert title.count("govledger") == 1
    window.set_plan(other)
    assert window.windowTitle().count("2022年") == 1 and "2021年" not in window.windowTitle()


@pytest.mark.file_ledger  # a ledger file opened read-only (a server's role: test_access_rules)
def test_read_only_stays_in_the_title_when_the_plan_changes(
    qtbot, ledger_path, settings, small_plan, session
):
    from govledger.store import Ledger
    from govledger.ui.session import LedgerSession

    session.ledger.create_plan("第二个方案", 2022)
    reader = LedgerSession(Ledger.open(ledger_path, read_only=True))
    try:
        window = MainWindow(reader, settings)
        qtbot.addWidget(window)
        window.show_safety_notices(None, None)
        window.show_safety_notices(None, None)
        assert window.windowTitle().count("(read-only)") == 1
        window.set_plan(small_plan["plan"])
        assert window.windowTitle().count("(read-only)") == 1
    finally:
        reader.close()


@pytest.mark.parametrize(
    ("screen", "taskbar"), [((1366, 768), 40), ((1920, 1080), 40), ((1093, 614), 48)]
)
def test_the_default_window_fits_the_screen_with_frame_and_taskbar(screen, taskbar) -> None:
    from PySide6.QtCore import QRect

    from govledger.ui.window_geometry import FRAME, default_geometry

    available = QRect(0, 0, screen[0], screen[1] - taskbar)
    client = default_geometry(available)
    frame = client.marginsAdded(FRAME)
    assert available.contains(frame)
    assert client.width() == min(1280, screen[0] - 16)


def test_a_window_saved_on_a_lost_monitor_comes_back(qtbot, session, settings, small_plan):
    from PySide6.QtCore import QRect
    from PySide6.QtGui import QGuiApplication

    from govledger.ui.window_geometry import reachable

    window = MainWindow(session, settings)
    qtbot.addWidget(window)
    window.setGeometry(QRect(5000, 3000, 900, 600))  # where a second monitor used to be
    settings.save_window_state(window.saveGeometry(), window.saveState(), b"")
    again = MainWindow(session, settings)
    qtbot.addWidget(again)
    again.restore_state()
    screens = [screen.availableGeometry() for screen in QGuiApplication.screens()]
    assert reachable(again.frameGeometry(), screens)
    assert not reachable(QRect(5000, 3000, 900, 600), screens)
