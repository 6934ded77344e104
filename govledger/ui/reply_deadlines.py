"""Reply limits of 依申请公开 requests on the deadline calendar: how their chips read.

The calendar shows them beside the plan's deadlines, in the same traffic-light
colours; a click opens the request in the register instead of the task tree.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QTreeWidgetItem

from govledger.domain import annual_report_format as fmt
from govledger.domain.applications import ApplicationDeadline
from govledger.ui.task_cells import alert_icon

if TYPE_CHECKING:
    from govledger.ui.calendar_view import CalendarView


def chip_text(deadline: ApplicationDeadline) -> str:
    application = deadline.application
    content = " ".join(application.content.split())
    text = QCoreApplication.translate("ReplyDeadlines", "Reply {number} {content}")
    return text.format(number=application.number, content=content)


def describe(deadline: ApplicationDeadline) -> str:
    application = deadline.application
    kind = fmt.label_of(fmt.APPLICANT_TYPES, application.applicant_type)
    due = QCoreApplication.translate("ReplyDeadlines", "Reply due {date}").format(
        date=deadline.due.isoformat()
    )
    if deadline.extended:
        due = QCoreApplication.translate("ReplyDeadlines", "Reply due {date} (extended)").format(
            date=deadline.due.isoformat()
        )
    lines = [
        QCoreApplication.translate(
            "ReplyDeadlines", "Information request {number} ({kind})"
        ).format(number=application.number, kind=kind),
        application.content,
        due,
    ]
    if application.replied_on is not None:
        replied = QCoreApplication.translate("ReplyDeadlines", "Replied on {date}")
        lines.append(replied.format(date=application.replied_on.isoformat()))
    else:
        step = QCoreApplication.translate("ReplyDeadlines", "Step: {step}")
        lines.append(step.format(step=fmt.label_of(fmt.STEPS, application.step)))
    return "\n".join(line for line in lines if line)


def add_agenda_group(view: CalendarView, today: date, last: date) -> None:
    """The agenda's group of requests awaiting a reply, late or due by its last day."""
    from govledger.ui.calendar_view import EntryRole

    replies = [
        deadline
        for deadline in view.session.ledger.application_deadlines(
            date.min, last, today=today, warning_days=view.warning_workdays
        )
        if deadline.application.replied_on is None
    ]
    if not replies:
        return
    title = QCoreApplication.translate(
        "ReplyDeadlines", "Replies to information requests ({count})"
    )
    group = view._group(title.format(count=len(replies)))
    for deadline in replies:
        item = QTreeWidgetItem(group, [f"{view.date_text(deadline.due)}  {chip_text(deadline)}"])
        item.setIcon(0, alert_icon(deadline.alert))
        item.setToolTip(0, describe(deadline))
        item.setData(0, EntryRole, deadline)
