"""The statutory reply limit of a request, in working days across holidays and 调休."""

from __future__ import annotations

from datetime import date

from govledger.domain.applications import (
    Application,
    replied_late,
    reply_alert,
    reply_limit,
    workdays_left,
)
from govledger.domain.status_rules import Alert
from govledger.domain.working_days import WorkingCalendar


def request(received: date, **fields) -> Application:
    return Application(
        id=1, uuid="u", received_on=received, channel="online", applicant_type="natural_person",
        **fields,
    )  # fmt: skip


def test_national_day_2025_counts_the_make_up_sunday_and_saturday() -> None:
    # Wed 24 Sep: 28 Sep (Sun) and 11 Oct (Sat) are working days, 1–8 Oct are not.
    limit = reply_limit(request(date(2025, 9, 24)), WorkingCalendar())
    assert limit.due == date(2025, 10, 28)
    assert limit.extended_due is None and limit.final_due == limit.due
    # (Counting Monday–Friday only would give 22 October.)


def test_spring_festival_2025_and_one_extension() -> None:
    # Mon 20 Jan: 26 Jan (Sun) and 8 Feb (Sat) work, 28 Jan – 4 Feb are off.
    application = request(date(2025, 1, 20), extended_on=date(2025, 2, 14), extension_workdays=20)
    limit = reply_limit(application, WorkingCalendar())
    assert limit.due == date(2025, 2, 21)
    assert limit.extended_due == date(2025, 3, 21)
    assert limit.final_due == date(2025, 3, 21) and not limit.extension_late


def test_a_shorter_extension_and_one_decided_too_late() -> None:
    application = request(date(2025, 1, 20), extended_on=date(2025, 2, 24), extension_workdays=5)
    limit = reply_limit(application, WorkingCalendar())
    assert limit.extended_due == date(2025, 2, 28)
    assert limit.extension_late  # decided after 21 February


def test_holidays_the_clerk_entered_for_a_year_the_package_does_not_know() -> None:
    received = date(2027, 9, 24)  # beyond chinesecalendar: Monday–Friday by default
    assert reply_limit(request(received), WorkingCalendar()).due == date(2027, 10, 22)
    entered = {date(2027, 10, day): False for day in range(1, 8)}
    entered |= {date(2027, 9, 26): True, date(2027, 10, 9): True}  # make-up days
    assert reply_limit(request(received), WorkingCalendar(entered)).due == date(2027, 10, 27)


def test_a_corrected_application_restarts_the_limit() -> None:
    application = request(date(2025, 3, 3), corrected_on=date(2025, 3, 10))
    assert reply_limit(application, WorkingCalendar()).start == date(2025, 3, 10)
    assert reply_limit(application, WorkingCalendar()).due == date(2025, 4, 8)  # 清明 4 Apr off


def test_traffic_lights_follow_the_plan_rules() -> None:
    calendar = WorkingCalendar()
    application = request(date(2025, 9, 24))
    limit = reply_limit(application, calendar)  # due 28 Oct
    assert reply_alert(application, limit, date(2025, 10, 9), 5, calendar) is Alert.NONE
    assert reply_alert(application, limit, date(2025, 10, 22), 5, calendar) is Alert.DUE_SOON
    assert workdays_left(limit, date(2025, 10, 22), calendar) == 4
    assert reply_alert(application, limit, date(2025, 10, 29), 5, calendar) is Alert.OVERDUE
    replied = request(date(2025, 9, 24), replied_on=date(2025, 10, 30), outcome="disclosed")
    assert replied_late(replied, limit)
    assert reply_alert(replied, limit, date(2025, 11, 5), 5, calendar) is Alert.OVERDUE  # 超期答复
    on_time = request(date(2025, 9, 24), replied_on=date(2025, 10, 28), outcome="disclosed")
    assert reply_alert(on_time, limit, date(2025, 11, 5), 5, calendar) is Alert.DONE
