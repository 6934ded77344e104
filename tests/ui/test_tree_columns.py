"""Issue 23: on a narrow tree the requirement text keeps its width; the other columns
hide first, come back when there is room, and the clerk can show or hide any of them."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMenu

from govledger.ui.labels import Column
from govledger.ui.main_window import MainWindow
from govledger.ui.tree_columns import HIDE_ORDER

pytestmark = pytest.mark.both_stores  # a ledger file and a server ledger (issue 24)


def _window(qtbot, session, settings, width: int) -> MainWindow:
    window = MainWindow(session, settings)
    qtbot.addWidget(window)
    window.restore_state()
    window.resize(width, 600)
    window.show()
    window.model.wait_for_index()
    qtbot.waitExposed(window)
    return window


def _shown(window: MainWindow) -> list[int]:
    return [c for c in range(len(Column)) if not window.tree.isColumnHidden(c)]


def test_a_narrow_tree_hides_other_columns_before_the_text_shrinks(
    qtbot, session, settings, small_plan
) -> None:
    window = _window(qtbot, session, settings, 780)
    tree = window.tree
    minimum = tree.columns.text_minimum()
    assert tree.columnWidth(Column.TEXT) >= minimum
    hidden = [c for c in range(len(Column)) if tree.isColumnHidden(c)]
    assert hidden and Column.TEXT not in hidden and Column.NUMBER not in hidden
    assert hidden == sorted(HIDE_ORDER[: len(hidden)])  # evidence and progress go first

    window.resize(1800, 600)  # room again: they come back
    qtbot.waitUntil(lambda: _shown(window) == list(range(len(Column))))
    assert tree.columnWidth(Column.TEXT) >= minimum


def test_the_clerk_brings_a_column_back_and_hides_one_for_good(
    qtbot, session, settings, small_plan
) -> None:
    window = _window(qtbot, session, settings, 780)
    tree = window.tree
    assert tree.isColumnHidden(Column.EVIDENCE)
    menu = QMenu()
    tree.columns.fill_menu(menu)
    titles = [action.text() for action in menu.actions()]
    assert len(titles) == len(Column) - 1  # every column but the text's
    evidence = next(a for a in menu.actions() if a.text() == titles[Column.EVIDENCE - 1])
    evidence.setChecked(True)  # the clerk wants 佐证 back
    assert not tree.isColumnHidden(Column.EVIDENCE)
    assert tree.columnWidth(Column.TEXT) >= tree.columns.text_minimum()  # others made room

    tree.columns.set_shown(Column.NUMBER, False)  # and unticks 序号
    window.close()
    again = _window(qtbot, session, settings, 1800)
    assert again.tree.isColumnHidden(Column.NUMBER)  # the clerk's choice is remembered
    assert not again.tree.isColumnHidden(Column.EVIDENCE)  # hidden for room is not
    assert settings.hidden_columns("tree") == [Column.NUMBER]
