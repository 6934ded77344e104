"""Live views: another clerk's changes to the open ledger appear in the window within
seconds, without a restart — and the clerk keeps the selected row, the scroll position
and what is being typed in the detail form. Another clerk's changes are not the clerk's
to undo. The second clerk is a second Ledger connection to the same file."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QLineEdit, QMessageBox

from govledger.domain.model import Status
from govledger.store import Ledger
from govledger.ui.labels import Column, status_name
from govledger.ui.main_window import MainWindow
from govledger.ui.progress_log import TEXT
from govledger.ui.session import LedgerSession

SHOWN_WITHIN_MS = 3000  # the promise to the clerks: within three seconds
MANY = 60  # requirements under the first heading: enough for the tree to scroll


@pytest.fixture
def plan(session: LedgerSession, small_plan: dict[str, int]) -> dict[str, int]:
    ids = dict(small_plan)
    for number in range(5, 5 + MANY):
        ids[f"r{number}"] = session.ledger.add_task(
            ids["plan"], f"第{number}项要求：做好公开工作", parent_id=ids["h1"], number=str(number)
        ).first_created("tasks")
    return ids


@pytest.fixture
def window(qtbot, session: LedgerSession, settings, plan) -> MainWindow:
    window = MainWindow(session, settings)
    qtbot.addWidget(window)
    window.resize(1200, 700)
    window.show()
    window.tree.expandAll()
    return window


@pytest.fixture
def other(ledger_path: Path) -> Iterator[Ledger]:
    """The other clerk, on their own connection."""
    with Ledger.open(ledger_path) as opened:
        yield opened


def cell(window: MainWindow, task_id: int, column: Column) -> str:
    index = window.model.index_for_task(task_id, column)
    return str(window.model.data(index)) if index.isValid() else ""


def tree_texts(window: MainWindow) -> list[str]:
    texts: list[str] = []

    def visit(parent: QModelIndex) -> None:
        for row in range(window.proxy.rowCount(parent)):
            index = window.proxy.index(row, Column.TEXT, parent)
            texts.append(str(index.data()))
            visit(index.siblingAtColumn(0))

    visit(QModelIndex())
    return texts


def scrolled_to_middle(window: MainWindow, plan: dict[str, int]) -> int:
    """Select a requirement half-way down and scroll so it is in view; the scroll value."""
    assert window.select_task(plan["r30"])
    bar = window.tree.verticalScrollBar()
    assert bar.maximum() > 0  # the tree does scroll
    bar.setValue(bar.maximum() // 2)
    return bar.value()


def test_a_requirement_added_elsewhere_appears(
    qtbot, window: MainWindow, session: LedgerSession, other: Ledger, plan
) -> None:
    scroll = scrolled_to_middle(window, plan)
    new_task = other.add_task(plan["plan"], "其他人新增的要求", parent_id=plan["h2"]).created_task
    assert new_task is not None

    qtbot.waitUntil(lambda: "其他人新增的要求" in tree_texts(window), timeout=SHOWN_WITHIN_MS)
    assert window.current_task_id() == plan["r30"]
    assert window.tree.verticalScrollBar().value() == scroll
    assert window.detail.task is not None and window.detail.task.id == plan["r30"]
    assert session.undo_stack.count() == 0  # not the clerk's step to undo
    assert window.model.plan_index.counts(window.model.today)[None].total == 4 + MANY + 1


def test_a_status_and_a_rename_elsewhere_appear(
    qtbot, window: MainWindow, session: LedgerSession, other: Ledger, plan
) -> None:
    scroll = scrolled_to_middle(window, plan)
    other.update_task(plan["r31"], status=Status.DONE)
    other.update_task(plan["r32"], text="其他人改过的要求")
    other.update_task(plan["r30"], status=Status.IN_PROGRESS)  # the selected one

    qtbot.waitUntil(
        lambda: cell(window, plan["r32"], Column.TEXT) == "其他人改过的要求",
        timeout=SHOWN_WITHIN_MS,
    )
    assert cell(window, plan["r31"], Column.STATUS) == status_name(Status.DONE)
    assert cell(window, plan["r30"], Column.STATUS) == status_name(Status.IN_PROGRESS)
    assert window.current_task_id() == plan["r30"]
    assert window.tree.selectionModel().isRowSelected(
        window.tree.currentIndex().row(), window.tree.currentIndex().parent()
    )
    assert window.tree.verticalScrollBar().value() == scroll
    form = window.detail.form
    assert form.status_combo.currentData() == str(Status.IN_PROGRESS)  # the form follows
    assert not window.detail.changed_notice.isVisibleTo(window)  # nothing typed: no notice
    assert session.undo_stack.count() == 0


def test_a_unit_renamed_elsewhere_is_renamed_in_the_tree(
    qtbot, window: MainWindow, session: LedgerSession, other: Ledger, plan
) -> None:
    assert window.select_task(plan["r2"])
    (office,) = [unit.id for unit in other.units() if unit.name == "办公室"]
    other.rename_unit(office, "党政办公室")
    qtbot.waitUntil(
        lambda: cell(window, plan["r1"], Column.LEAD) == "党政办公室", timeout=SHOWN_WITHIN_MS
    )
    assert cell(window, plan["r2"], Column.CO) == "党政办公室"
    assert window.detail.form.co_picker.units() == ["党政办公室"]  # the form shown follows
    assert window.current_task_id() == plan["r2"]
    assert session.undo_stack.count() == 0


def test_typing_in_the_form_survives_changes_elsewhere(
    qtbot, window: MainWindow, session: LedgerSession, other: Ledger, plan
) -> None:
    r1 = plan["r1"]
    assert window.select_task(r1)
    form = window.detail.form
    form.text_edit.setFocus()
    form.text_edit.selectAll()
    form.text_edit.insertPlainText("正在输入的新要求")  # as an input method commits it
    typed = form.text_edit.toPlainText()
    assert typed == "正在输入的新要求"

    # Another requirement changes: nothing here moves.
    other.update_task(plan["r2"], text="别处改的第二项")
    qtbot.waitUntil(
        lambda: cell(window, plan["r2"], Column.TEXT) == "别处改的第二项",
        timeout=SHOWN_WITHIN_MS,
    )
    assert form.text_edit.toPlainText() == typed

    # The same requirement changes underneath: the typing stays, a quiet notice says so.
    other.update_task(r1, status=Status.DONE, text="别处改的第一项")
    qtbot.waitUntil(
        lambda: form.status_combo.currentData() == str(Status.DONE), timeout=SHOWN_WITHIN_MS
    )
    assert form.text_edit.toPlainText() == typed
    assert window.detail.changed_notice.isVisibleTo(window)
    assert cell(window, r1, Column.TEXT) == "别处改的第一项"  # the tree shows what is stored
    assert window.current_task_id() == r1
    assert session.undo_stack.count() == 0
    with Ledger.open(session.ledger.path, read_only=True) as reread:
        assert reread.task(r1).text == "别处改的第一项"  # typed, not saved by the refresh

    # Saved by the clerk (leaving the field): the clerk's own step, and the notice goes.
    form.commit_text()
    assert session.ledger.task(r1).text == typed
    assert session.undo_stack.count() == 1
    assert not window.detail.changed_notice.isVisibleTo(window)
    assert session.poller.poll() is False  # the clerk's own change is not announced again


def test_a_progress_note_being_edited_survives_a_note_added_elsewhere(
    qtbot, window: MainWindow, session: LedgerSession, other: Ledger, plan
) -> None:
    r1 = plan["r1"]
    session.ledger.add_progress(r1, "已建立台账", on=date(2021, 3, 1))
    assert window.select_task(r1)
    window.detail.tabs.setCurrentIndex(window.detail.PROGRESS_TAB)
    log = window.detail.progress
    assert log.model.rowCount() == 1
    index = log.model.index(0, TEXT)
    log.table.setCurrentIndex(index)
    log.table.edit(index)
    editor = log.table.indexWidget(index)
    assert isinstance(editor, QLineEdit)
    editor.setText("已建立台账并按月更新")  # being typed, not committed

    other.add_progress(r1, "其他人补充的情况", on=date(2021, 3, 2))
    qtbot.waitUntil(lambda: session.poller.known == other.change_counter(), timeout=SHOWN_WITHIN_MS)
    assert log.table.indexWidget(index) is editor and editor.text() == "已建立台账并按月更新"

    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the clerk finishes the cell
    qtbot.waitUntil(lambda: log.model.rowCount() == 2, timeout=SHOWN_WITHIN_MS)
    assert sorted(entry.text for entry in log.model.entries) == [
        "其他人补充的情况",
        "已建立台账并按月更新",
    ]
    assert session.undo_stack.count() == 1  # the clerk's own edit only


def test_own_changes_are_not_announced_twice(
    qtbot, window: MainWindow, session: LedgerSession, other: Ledger, plan
) -> None:
    seen: list[object] = []
    session.changed.connect(seen.append)
    session.perform("mine", lambda: session.ledger.update_task(plan["r3"], number="3a"))
    other.update_task(plan["r4"], number="4a")  # between two of the clerk's own
    session.perform("mine again", lambda: session.ledger.update_task(plan["r3"], number="3b"))
    session.undo_stack.undo()
    assert len(seen) == 3
    session.poller.timer.stop()  # looked at by hand below, not by the clock
    assert session.poller.poll() is True
    assert len(seen) == 4 and seen[-1].tasks_changed() == {plan["r4"]}  # type: ignore[attr-defined]
    assert session.poller.poll() is False
    assert cell(window, plan["r4"], Column.NUMBER) == "4a"
    assert session.undo_stack.count() == 2 and session.undo_stack.index() == 1


def test_the_timer_stops_with_the_ledger(window: MainWindow, session: LedgerSession) -> None:
    assert session.poller.timer.isActive()
    session.ledger.close()
    assert session.poller.poll() is False
    assert not session.poller.timer.isActive()


@pytest.mark.parametrize("ui_store", ["postgresql"])  # a ledger file's jobs hold its lock file
def test_a_colleague_s_import_is_told_while_it_runs(
    qtbot, window: MainWindow, session: LedgerSession
) -> None:
    notice = window.job_notice
    assert not notice.isVisible()
    with session.ledger.opener()() as colleague:
        with colleague.whole_ledger_job("import"):
            qtbot.waitUntil(notice.isVisible, timeout=SHOWN_WITHIN_MS)
            job = session.ledger.activity().job
            assert job is not None
            assert job.who() in notice.text() and job.what() in notice.text()
        qtbot.waitUntil(lambda: not notice.isVisible(), timeout=SHOWN_WITHIN_MS)
    said = window.statusBar().currentMessage()
    assert job.who() in said and job.what() in said  # "… has finished importing a plan."


@pytest.mark.parametrize("ui_store", ["postgresql"])  # a ledger file is upgraded only when opened
def test_an_upgrade_by_a_newer_govledger_is_told_and_polling_stops(
    qtbot, window: MainWindow, session: LedgerSession, pg_server
) -> None:
    from govledger.store.server_schema import LATEST_SERVER_VERSION

    database = pg_server.database_of(session.ledger._db.url)
    pg_server.admin(
        f"UPDATE meta SET value = '{LATEST_SERVER_VERSION + 1}' WHERE key = 'schema_version';"
        "UPDATE meta SET value = '9.9' WHERE key = 'written_by'",
        database,
    )
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "upgradedBox") is not None, timeout=3000)
    box = window.findChild(QMessageBox, "upgradedBox")
    assert "9.9" in box.text() and box.isVisible()
    notice = window.statusBar().notice_label
    assert notice.isVisible() and "9.9" in notice.toolTip()
    assert not session.poller.timer.isActive()  # this program no longer knows the ledger
    box.button(QMessageBox.StandardButton.Ok).click()
    assert not box.isVisible()
