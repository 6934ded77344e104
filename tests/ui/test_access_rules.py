"""A unit clerk's window on a shared server ledger (issue 24): it says who they are,
keeps the administrator's actions and other units' requirements read-only, and lets
them fill in their own unit's work."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from govledger.domain.model import TaskKind
from govledger.store import Ledger
from govledger.ui.main_window import MainWindow
from govledger.ui.session import LedgerSession


@pytest.fixture
def clerk_window(qtbot, pg_server, settings, tmp_path: Path, monkeypatch):
    monkeypatch.setenv("GOVLEDGER_DATA", str(tmp_path / "data"))
    url = pg_server.new_database()
    with Ledger.open(url, cache_folder=tmp_path / "owner") as owner:
        plan = owner.create_plan("2021年政务公开工作要点", 2021).first_created("plans")
        heading = owner.add_task(plan, "一、总体要求", kind=TaskKind.HEADING).first_created("tasks")
        ids = {
            key: owner.add_task(plan, text, parent_id=heading, lead_units=[lead]).first_created(
                "tasks"
            )
            for key, text, lead in (
                ("mine", "建立台账", "办公室"),
                ("theirs", "政策解读", "法制科"),
            )
        }
        owner.install_roles()
        pg_server.admin("DROP ROLE IF EXISTS gui_clerk")
        pg_server.admin("CREATE ROLE gui_clerk LOGIN")
        owner.add_clerk("gui_clerk", ["办公室"])
    clerk_url = pg_server.as_login(url, "gui_clerk")
    session = LedgerSession(Ledger.open(clerk_url, cache_folder=tmp_path / "clerk"))
    window = MainWindow(session, settings)
    qtbot.addWidget(window)
    window.show()
    yield window, ids, url
    window.shut_down()


def test_the_clerk_sees_their_role_and_no_admin_actions(clerk_window) -> None:
    window, _ids, _owner = clerk_window
    label = window.access_rules.role_label
    assert label.isVisible() and label.text() == "Role: 办公室 clerk"
    actions = window.window_actions
    for action in (actions.import_plan, actions.new_plan, actions.units, actions.add):
        assert not action.isEnabled()
        assert "administrator" in action.toolTip()
    actions.exchange_menu.aboutToShow.emit()  # the menu opening enables nothing of it
    assert not actions.exchange_menu.review_action.isEnabled()


def test_another_units_requirement_is_read_only(qtbot, clerk_window) -> None:
    window, ids, _owner = clerk_window
    assert window.select_task(ids["theirs"])
    form = window.detail.form
    assert not form.status_combo.isEnabled()
    assert "办公室" in form.status_combo.toolTip()
    assert form.text_edit.isReadOnly()
    window.detail.tabs.setCurrentIndex(window.detail.PROGRESS_TAB)
    log = window.detail.progress
    assert not log.add_button.isEnabled() and log.text_edit.isReadOnly()
    window.detail.tabs.setCurrentIndex(window.detail.EVIDENCE_TAB)
    panel = window.detail.evidence
    assert not panel.add_file_button.isEnabled() and not panel.paste_button.isEnabled()
    assert "办公室" in panel.add_file_button.toolTip()


def test_the_clerk_fills_in_their_own_requirement(qtbot, clerk_window) -> None:
    window, ids, _owner = clerk_window
    assert window.select_task(ids["mine"])
    form = window.detail.form
    assert form.status_combo.isEnabled() and form.progress_spin.isEnabled()
    assert form.text_edit.isReadOnly()  # the requirement itself is the administrator's
    done = form.status_combo.findData("已完成")
    form.status_combo.setCurrentIndex(done)
    form.status_combo.activated.emit(done)
    assert window.session.ledger.task(ids["mine"]).progress == 100
    window.detail.tabs.setCurrentIndex(window.detail.PROGRESS_TAB)
    log = window.detail.progress
    assert log.add_button.isEnabled()
    log.text_edit.setPlainText("已建立台账")
    qtbot.mouseClick(log.add_button, Qt.MouseButton.LeftButton)
    ledger = window.session.ledger
    assert [entry.text for entry in ledger.progress_entries(ids["mine"])] == ["已建立台账"]
    window.select_task(ids["theirs"])  # moving on keeps the rule of each requirement
    assert not form.status_combo.isEnabled()
    assert not log.add_button.isEnabled()
    window.select_task(ids["mine"])
    assert log.add_button.isEnabled() and form.status_combo.isEnabled()


def test_units_it_gives_the_clerk_apply_at_once_and_a_removal_is_told(
    qtbot, clerk_window, tmp_path: Path
) -> None:
    window, ids, owner_url = clerk_window
    assert window.select_task(ids["theirs"])
    form = window.detail.form
    assert not form.status_combo.isEnabled()
    with Ledger.open(owner_url, cache_folder=tmp_path / "it") as owner:
        owner.add_clerk("gui_clerk", ["办公室", "法制科"])  # govledger server add-clerk
        label = window.access_rules.role_label
        qtbot.waitUntil(lambda: "法制科" in label.text(), timeout=3000)
        assert form.status_combo.isEnabled()  # the requirement shown is now the clerk's too
        assert window.window_actions.import_plan.isEnabled() is False  # still a clerk
        owner.add_admin("gui_clerk")  # the window's actions were set up for a clerk
        notice = window.statusBar().notice_label
        qtbot.waitUntil(notice.isVisible, timeout=3000)
        assert "reopen" in notice.text() and label.text() == "Role: administrator"
        assert not window.window_actions.import_plan.isEnabled()  # until reopened
        owner.remove_access("gui_clerk")  # govledger server remove
        qtbot.waitUntil(lambda: "reopen" not in notice.text(), timeout=3000)
        # taken away: the login may not even read the ledger now, and is told
        assert "no longer" in notice.text() and "gui_clerk" not in notice.text()
        assert not window.session.poller.timer.isActive()
        assert "gui_clerk" not in [a.login for a in owner.access_list()]


def test_a_ledger_file_shows_no_role(qtbot, session, settings) -> None:
    window = MainWindow(session, settings)
    qtbot.addWidget(window)
    assert not window.access_rules.role_label.text()
    assert window.window_actions.import_plan.isEnabled()
