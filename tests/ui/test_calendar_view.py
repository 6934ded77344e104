"""The deadline calendar: due items on their days in their colours, navigation, selection,
marking an occurrence done (and undoing it), and the holiday editor moving a due date."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from govledger.demo import build_demo
from govledger.domain.deadline_parser import parse
from govledger.domain.model import Status
from govledger.domain.status_rules import Alert, alert
from govledger.ui.calendar_view import CalendarView, TaskRole
from govledger.ui.holiday_editor import HolidayEditor
from govledger.ui.month_grid import CHIP_BAR

pytestmark = pytest.mark.both_stores  # the views must not care which store it is

TODAY = date(2024, 2, 8)  # a Thursday; the Spring Festival holiday runs 10–17 February


def add(session, plan_id: int, text: str, deadline_text: str, year: int = 2024, **fields) -> int:
    deadline = parse(deadline_text, year)
    return session.ledger.add_task(
        plan_id,
        text,
        deadline_text=deadline_text,
        due=deadline.due,
        recurrence=deadline.recurrence,
        deadline_rule=deadline.rule,
        lead_units=fields.pop("lead_units", ["办公室"]),
        **fields,
    ).first_created("tasks")


@pytest.fixture
def plan_2024(session) -> dict[str, int]:
    ledger = session.ledger
    plan = ledger.create_plan("2024年政务公开工作要点分工方案", 2024).first_created("plans")
    ids = {"plan": plan}
    ids["late"] = add(session, plan, "按时发布年度报告", "2月6日前", number="1")
    ids["soon"] = add(session, plan, "做好政策解读", "2月19日前", number="2")  # 3 working days
    ids["done"] = add(session, plan, "更新公开目录", "2月7日前", number="3", status=Status.DONE)
    skipped = Status.NOT_APPLICABLE
    ids["na"] = add(session, plan, "不适用的要求", "2月20日前", number="4", status=skipped)
    ids["later"] = add(session, plan, "半年总结", "2月29日前", number="5")
    ids["monthly"] = add(session, plan, "报送工作信息", "每月10日前", number="6")
    return ids


@pytest.fixture
def view(qtbot, session, plan_2024) -> CalendarView:
    widget = CalendarView(session, today=lambda: TODAY)
    qtbot.addWidget(widget)
    widget.resize(1300, 760)
    widget.set_plan(plan_2024["plan"])
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def children(item):
    return [item.child(index) for index in range(item.childCount())]


def painted_colour(view: CalendarView, task_id: int):
    """The colour of the bar down the left edge of the task's chip, as painted."""
    image = view.grid.grab().toImage()
    for rect, entry in view.grid.chip_rects():
        if entry.task.id == task_id:
            return image.pixelColor(rect.left() + 2, rect.center().y()), entry
    raise AssertionError(f"no chip for task {task_id}")


def test_due_items_on_their_days_in_their_colours(view, plan_2024) -> None:
    grid = view.grid
    assert (grid.year, grid.month) == (2024, 2)
    on = lambda day: [e.task.id for e in grid.entries_on(date(2024, 2, day))]  # noqa: E731
    assert on(6) == [plan_2024["late"]]
    assert on(19) == [plan_2024["soon"]]
    assert on(7) == [plan_2024["done"]]
    assert on(20) == [plan_2024["na"]]
    assert on(29) == [plan_2024["later"]]
    # 10 February is the first day of the Spring Festival: the monthly report is due on the 9th
    assert on(9) == [plan_2024["monthly"]]
    assert on(10) == []
    expected = {
        "late": Alert.OVERDUE,
        "soon": Alert.DUE_SOON,
        "done": Alert.DONE,
        "na": Alert.NOT_APPLICABLE,
        "later": Alert.NONE,
    }
    for key, light in expected.items():
        colour, entry = painted_colour(view, plan_2024[key])
        assert entry.alert is light, key
        assert colour == CHIP_BAR[light], key
    assert grid.special_days[date(2024, 2, 12)].name == "春节"
    assert grid.special_days[date(2024, 2, 18)].is_workday  # a make-up Sunday: 班
    assert grid.describe(grid.entries_on(date(2024, 2, 19))[0]).count("\n") >= 2


def test_month_navigation(qtbot, view, plan_2024) -> None:
    qtbot.mouseClick(view.next_button, Qt.MouseButton.LeftButton)
    assert (view.grid.year, view.grid.month) == (2024, 3)
    assert [e.task.id for e in view.grid.entries_on(date(2024, 3, 8))] == [plan_2024["monthly"]]
    assert "3" in view.month_label.text()
    qtbot.mouseClick(view.previous_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(view.previous_button, Qt.MouseButton.LeftButton)
    assert (view.grid.year, view.grid.month) == (2024, 1)
    qtbot.mouseClick(view.today_button, Qt.MouseButton.LeftButton)
    assert (view.grid.year, view.grid.month) == (2024, 2)
    view.show_month(2024, 12)
    view.next_month()
    assert (view.grid.year, view.grid.month) == (2025, 1)


def test_clicking_a_chip_selects_its_requirement(qtbot, view, plan_2024) -> None:
    view.grid.grab()  # paint, so chip positions are known
    [(rect, _entry)] = [
        (rect, entry)
        for rect, entry in view.grid.chip_rects()
        if entry.task.id == plan_2024["soon"]
    ]
    with qtbot.waitSignal(view.task_selected) as caught:
        qtbot.mouseClick(view.grid, Qt.MouseButton.LeftButton, pos=rect.center())
    assert caught.args == [plan_2024["soon"]]


def test_agenda_lists_overdue_and_the_next_days(qtbot, view, plan_2024) -> None:
    groups = [view.agenda.topLevelItem(i) for i in range(view.agenda.topLevelItemCount())]
    overdue = [item.data(0, TaskRole) for item in children(groups[0])]
    assert plan_2024["late"] in overdue
    assert plan_2024["monthly"] in overdue  # January's report was not marked done
    coming = [item.data(0, TaskRole) for item in children(groups[1])]
    assert coming[:1] == [plan_2024["monthly"]]  # due Friday 9 February
    assert plan_2024["soon"] in coming
    with qtbot.waitSignal(view.task_selected) as caught:
        view._agenda_clicked(groups[1].child(0))
    assert caught.args == [plan_2024["monthly"]]


def test_mark_an_occurrence_done_and_undo(qtbot, view, session, plan_2024) -> None:
    [entry] = view.grid.entries_on(date(2024, 2, 9))
    assert entry.alert is Alert.DUE_SOON
    menu = view.entry_menu(entry)
    [action] = [a for a in menu.actions() if a.text() == "Mark this deadline done"]
    action.trigger()
    [entry] = view.grid.entries_on(date(2024, 2, 9))
    assert entry.alert is Alert.DONE
    assert session.undo_stack.count() == 1
    session.undo_stack.undo()
    [entry] = view.grid.entries_on(date(2024, 2, 9))
    assert entry.alert is Alert.DUE_SOON
    session.undo_stack.redo()
    [entry] = view.grid.entries_on(date(2024, 2, 9))
    assert entry.alert is Alert.DONE
    undo_menu = view.entry_menu(entry)
    [undo_action] = [a for a in undo_menu.actions() if a.text() == "Mark not done"]
    undo_action.trigger()
    assert view.grid.entries_on(date(2024, 2, 9))[0].alert is Alert.DUE_SOON


def test_holiday_editor_enters_a_2027_holiday_and_a_due_date_moves(
    qtbot, session, monkeypatch
) -> None:
    ledger = session.ledger
    plan = ledger.create_plan("2027年分工方案", 2027).first_created("plans")
    task_id = add(session, plan, "政策文件印发后及时公开", "文件印发后3个工作日内", year=2027)
    ledger.record_event(task_id, date(2027, 9, 29))
    view = CalendarView(session, today=lambda: date(2027, 9, 29))
    qtbot.addWidget(view)
    view.set_plan(plan)
    view.show_month(2027, 10)
    view.show()
    due = lambda: [d for d in range(1, 32) if view.grid.entries_on(date(2027, 10, d))]  # noqa: E731
    assert due() == [4]  # no 2027 schedule yet: Thu 30 Sep, Fri 1 Oct, Mon 4 Oct

    editor = HolidayEditor(session, 2027)
    qtbot.addWidget(editor)
    assert editor.entry_row.isEnabled()
    editor.first_edit.setDate(date(2027, 10, 1))
    editor.last_edit.setDate(date(2027, 10, 7))
    editor.kind_combo.setCurrentIndex(0)  # day off
    editor.name_combo.setCurrentText("国庆节")
    qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    assert editor.table.rowCount() == 7
    assert due() == [11]  # Thu 30 Sep, Fri 8 Oct, Mon 11 Oct
    assert view.grid.special_days[date(2027, 10, 1)].name == "国庆节"
    session.undo_stack.undo()
    assert editor.table.rowCount() == 0
    assert due() == [4]


def test_holiday_editor_built_in_year_is_read_only(qtbot, session) -> None:
    editor = HolidayEditor(session, 2024)
    qtbot.addWidget(editor)
    assert not editor.entry_row.isEnabled()
    assert editor.table.rowCount() > 20
    kinds = {editor.table.item(row, 2).text() for row in range(editor.table.rowCount())}
    assert kinds == {"Day off", "Make-up workday"}


def test_demo_ledger_items_on_the_right_days_in_the_right_colours(qtbot, session) -> None:
    today = date(2026, 11, 23)
    plan_id = build_demo(session.ledger, today)
    view = CalendarView(session, today=lambda: today, warning_workdays=5)
    qtbot.addWidget(view)
    view.resize(1300, 760)
    view.set_plan(plan_id)
    view.show()
    calendar = session.ledger.working_calendar()
    shown = 0
    for task in session.ledger.tasks(plan_id):
        if task.is_heading or task.due is None or (task.due.year, task.due.month) != (2026, 11):
            continue
        [entry] = [e for e in view.grid.entries_on(task.due) if e.task.id == task.id]
        assert entry.alert is alert(task.status, task.due, today, 5, calendar.is_workday)
        shown += 1
    assert shown >= 5
    lights = {e.alert for day in view.grid.entries.values() for e in day}
    assert {Alert.OVERDUE, Alert.DUE_SOON, Alert.DONE} <= lights


def test_more_line_when_a_day_is_full(qtbot, session) -> None:
    plan = session.ledger.create_plan("方案", 2024).first_created("plans")
    ids = [add(session, plan, f"要求{n}", "3月15日前", number=str(n)) for n in range(12)]
    view = CalendarView(session, today=lambda: TODAY)
    qtbot.addWidget(view)
    view.resize(900, 600)
    view.set_plan(plan)
    view.show_month(2024, 3)
    view.show()
    view.grid.grab()
    visible = [e.task.id for _rect, e in view.grid.chip_rects()]
    assert 0 < len(visible) < 12
    assert set(visible) <= set(ids)
