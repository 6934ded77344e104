"""Issue 21: an empty ledger opens on a welcome page, not an empty tree."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from govledger.store import Ledger
from govledger.ui.main_window import MainWindow
from govledger.ui.welcome_page import demo_ledger_path

pytestmark = pytest.mark.both_stores  # a ledger file and a server ledger (issue 24)


def _window(qtbot, session, settings) -> MainWindow:
    window = MainWindow(session, settings)
    qtbot.addWidget(window)
    window.show()
    return window


def test_an_empty_ledger_shows_what_to_do_and_where_things_are(qtbot, session, settings) -> None:
    window = _window(qtbot, session, settings)
    welcome = window.welcome
    assert welcome is not None and window.pages.currentWidget() is welcome
    assert session.ledger.location in welcome.where.text()  # (and backups: the test below)

    opened: list[object] = []
    window.import_plan = lambda: opened.append("import")  # what the action would open
    window.window_actions.import_plan.triggered.disconnect()
    window.window_actions.import_plan.triggered.connect(lambda: window.import_plan())
    qtbot.mouseClick(welcome.import_button, Qt.MouseButton.LeftButton)
    assert opened == ["import"]

    # a plan arrives (imported, or made blank): the tree takes the page's place
    session.perform("new", lambda: session.ledger.create_plan("2027年政务公开工作要点", 2027))
    assert window.pages.currentWidget() is window.splitter
    session.undo_stack.undo()
    assert window.pages.currentWidget() is welcome


def test_the_page_says_where_the_ledger_and_its_backups_are(qtbot, session, settings) -> None:
    window = _window(qtbot, session, settings)
    said = window.welcome.where.text()
    ledger = session.ledger
    if ledger.is_server:  # the server's address; never this PC's folder of copies
        assert ledger.location in said and "IT administrator" in said
        assert str(ledger.path.parent) not in said
    else:
        assert str(ledger.path) in said and str(ledger.path.parent / "backups") in said


def test_a_ledger_with_a_plan_never_builds_the_page(qtbot, session, settings, small_plan) -> None:
    window = _window(qtbot, session, settings)
    assert window.welcome is None and window.pages.currentWidget() is window.splitter


def test_the_demo_is_a_ledger_of_its_own_in_a_second_window(qtbot, session, settings) -> None:
    window = _window(qtbot, session, settings)
    started: list[list[str]] = []
    window.welcome.launch = started.append
    qtbot.mouseClick(window.welcome.demo_button, Qt.MouseButton.LeftButton)
    demo = demo_ledger_path(session.ledger.path)  # a server ledger's: beside this PC's copies
    assert started and started[0][-2:] == ["--db", str(demo)]
    with Ledger.open(demo, read_only=True) as ledger:
        [plan] = ledger.plans()
        assert ledger.requirement_count(plan.id) > 20
    assert session.ledger.plans() == []  # the clerk's own ledger is untouched
    qtbot.mouseClick(window.welcome.demo_button, Qt.MouseButton.LeftButton)  # built once
    with Ledger.open(demo, read_only=True) as ledger:
        assert len(ledger.plans()) == 1
