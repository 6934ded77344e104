"""Next year's holidays: the calendar and the banner say a year has no schedule, and the
clerk enters it by pasting the State Council notice, checked on a month grid first."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from govledger.ui.calendar_view import CalendarView
from govledger.ui.holiday_editor import HolidayEditor
from govledger.ui.main_window import MainWindow

pytestmark = pytest.mark.both_stores  # a ledger file and a server ledger (issue 24)

NOTICES = Path(__file__).parents[1] / "data" / "holiday_notices"
# A 2027 notice in the published form (dates made up: the real one is not out yet).
NOTICE_2027 = """国务院办公厅关于2027年部分节假日安排的通知
各省、自治区、直辖市人民政府，国务院各部委、各直属机构：
一、元旦：1月1日（周五）至3日（周日）放假，共3天。
二、春节：2月5日（周五）至12日（周五）放假调休，共8天。2月14日（周日）上班。
三、劳动节：4月30日（周五）至5月5日（周三）放假调休，共6天。4月25日（周日）、5月8日（周六）上班。
国务院办公厅
2026年11月10日
"""


def paste(qtbot, editor: HolidayEditor, text: str):
    dialog = editor.read_notice()
    qtbot.addWidget(dialog)
    dialog.text_edit.setPlainText(text)
    return dialog


def test_paste_check_on_the_grid_and_save_as_one_undoable_step(qtbot, session) -> None:
    editor = HolidayEditor(session, 2027)
    qtbot.addWidget(editor)
    assert editor.table.rowCount() == 0
    dialog = paste(qtbot, editor, NOTICE_2027)
    assert not dialog.problems_label.isVisibleTo(dialog)
    assert "2027" in dialog.summary_label.text()
    assert dialog.festival_list.count() == 3
    # Choosing a festival shows its month, with its days off and make-up workdays marked.
    dialog.festival_list.setCurrentRow(1)
    assert (dialog.grid.year, dialog.grid.month) == (2027, 2)
    special = dialog.grid.special_days
    assert not special[date(2027, 2, 5)].is_workday and special[date(2027, 2, 5)].name == "春节"
    assert special[date(2027, 2, 14)].is_workday
    dialog.festival_list.setCurrentRow(2)
    assert dialog.grid.month == 4  # 4月30日至5月5日 starts in April
    dialog.text_edit.appendPlainText("")  # a correction keeps the festival in view
    assert dialog.festival_list.currentRow() == 2 and dialog.grid.month == 4
    assert dialog.save_button.isEnabled()
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()

    entered = session.ledger.holidays()
    assert entered[date(2027, 5, 5)] == (False, "劳动节")
    assert entered[date(2027, 5, 8)] == (True, "劳动节")
    assert len(entered) == 3 + 8 + 1 + 6 + 2
    assert editor.year == 2027 and editor.table.rowCount() == len(entered)
    assert "entered here" in editor.source_label.text()
    assert session.ledger.working_calendar().add_workdays(date(2027, 2, 4), 1) == date(2027, 2, 14)

    # A corrected paste replaces the year, it does not mix with the first one.
    spring = "2月5日（周五）至12日（周五）放假调休，共8天"
    corrected = NOTICE_2027.replace(spring, "2月6日至11日放假")
    dialog = paste(qtbot, editor, corrected)
    assert "replaces the 20 days" in dialog.summary_label.text()
    dialog.save()
    entered = session.ledger.holidays()
    assert date(2027, 2, 5) not in entered and date(2027, 2, 6) in entered
    session.undo_stack.undo()
    assert date(2027, 2, 5) in session.ledger.holidays()
    session.undo_stack.undo()
    assert session.ledger.holidays() == {}
    assert editor.table.rowCount() == 0


def test_unreadable_lines_are_shown_and_a_built_in_year_is_not_saved(qtbot, session) -> None:
    editor = HolidayEditor(session, 2027)
    qtbot.addWidget(editor)
    dialog = paste(qtbot, editor, NOTICE_2027 + "四、端午节：另行通知。\n")
    assert dialog.problems_label.isVisibleTo(dialog)
    assert "四、端午节：另行通知。" in dialog.problems_label.text()
    assert dialog.save_button.isEnabled()  # what was read can still be saved

    dialog = paste(qtbot, editor, (NOTICES / "2026.txt").read_text(encoding="utf-8"))
    assert "2026" in dialog.problems_label.text()
    assert not dialog.save_button.isEnabled()
    dialog = paste(qtbot, editor, "一、元旦：1月1日放假。")  # no title: the editor's year
    assert dialog.notice.year == 2027


@pytest.fixture
def plan_2027(session) -> int:
    ledger = session.ledger
    plan = ledger.create_plan("2027年政务公开工作要点分工方案", 2027).first_created("plans")
    ledger.add_task(plan, "按时发布年度报告", due=date(2027, 2, 10), number="1")
    return plan


def test_calendar_says_a_year_has_no_schedule_and_offers_the_editor(
    qtbot, session, plan_2027
) -> None:
    view = CalendarView(session, today=lambda: date(2026, 12, 4))
    qtbot.addWidget(view)
    view.set_plan(plan_2027)
    view.show()
    qtbot.waitExposed(view)
    notice = view.schedule_notice
    assert notice.isVisible()  # the plan's year, though the month shown is December 2026
    assert "2027" in notice.label.text()
    with qtbot.waitSignal(view.holidays_requested) as requested:
        notice.button.click()
    assert requested.args == [2027]

    session.perform(
        "enter",
        lambda: session.ledger.enter_notice_year(2027, [(date(2027, 2, 6), False, "春节")]),
    )
    assert not notice.isVisible()
    view.show_month(2028, 1)  # the month shown counts too
    assert notice.isVisible() and "2028" in notice.label.text()


def test_banner_says_the_plans_year_has_no_schedule(qtbot, session, settings, plan_2027) -> None:
    window = MainWindow(session, settings)
    qtbot.addWidget(window)
    window.show()
    window.model.wait_for_index()
    window.deadlines.set_today(lambda: date(2026, 12, 4))
    features = window.deadlines
    notice = features.banner.schedule_notice
    assert features.banner_bar.isVisible() and notice.isVisible()
    assert "2027" in notice.label.text()
    notice.button.click()
    editor = features.holiday_editor
    assert editor.isVisible() and editor.year == 2027
    dialog = paste(qtbot, editor, NOTICE_2027)
    dialog.save()
    features.refresh_banner()
    assert not notice.isVisible()
