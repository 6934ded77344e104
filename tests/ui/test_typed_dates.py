"""Issue 21: a whole date typed into a date field lands as that date, in every form
clerks use; a date typed without a year falls in the plan's year."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt

from govledger.ui.progress_log import ProgressLog
from govledger.ui.typed_date_edit import TypedDateEdit

pytestmark = pytest.mark.both_stores  # a ledger file and a server ledger (issue 24)

FORMS = [
    ("2020-10-12", date(2020, 10, 12)),
    ("2020/10/12", date(2020, 10, 12)),
    ("2020.10.12", date(2020, 10, 12)),
    ("20201012", date(2020, 10, 12)),
    ("2020年10月12日", date(2020, 10, 12)),
    ("10月12日", date(2021, 10, 12)),  # small_plan is a 2021 plan
]


def _type(qtbot, edit: TypedDateEdit, text: str) -> None:
    edit.setFocus()
    edit.lineEdit().selectAll()  # Ctrl+A
    if text.isascii():
        qtbot.keyClicks(edit, text)
    else:  # Chinese comes through the input method as inserted text
        edit.lineEdit().insert(text)
    qtbot.keyClick(edit, Qt.Key.Key_Return)


@pytest.mark.parametrize(("typed", "expected"), FORMS)
def test_a_typed_progress_date_is_the_date_typed(
    qtbot, session, small_plan, typed: str, expected: date
) -> None:
    log = ProgressLog(session)
    qtbot.addWidget(log)
    log.show()
    log.load(small_plan["r1"])
    _type(qtbot, log.date_edit, typed)
    assert log.date_edit.date().toPython() == expected
    assert log.date_edit.text() == expected.isoformat()  # shown as understood
    log.text_edit.setPlainText("已公开")
    assert log.add_entry()
    [entry] = session.ledger.progress_entries(small_plan["r1"])
    assert entry.date == expected


def test_half_typed_text_keeps_the_date_the_field_had(qtbot) -> None:
    edit = TypedDateEdit(QDate(2026, 3, 5))
    qtbot.addWidget(edit)
    edit.show()
    _type(qtbot, edit, "2020-1")
    edit.clearFocus()
    assert edit.date().toPython() == date(2026, 3, 5)
    assert edit.text() == "2026-03-05"


def test_the_field_says_how_it_read_a_typed_date(qtbot) -> None:
    edit = TypedDateEdit(QDate(2026, 3, 5))
    qtbot.addWidget(edit)
    edit.show()
    edit.set_default_year(2027)
    edit.setFocus()
    edit.lineEdit().selectAll()
    edit.lineEdit().insert("1月4日")
    assert edit.toolTip() == "Understood as 2027-01-04"


def test_the_arrows_still_step_one_section(qtbot) -> None:
    edit = TypedDateEdit(QDate(2026, 3, 5))
    qtbot.addWidget(edit)
    edit.show()
    edit.setFocus()
    edit.setCurrentSection(TypedDateEdit.Section.DaySection)
    qtbot.keyClick(edit, Qt.Key.Key_Up)
    assert edit.date().toPython() == date(2026, 3, 6)
