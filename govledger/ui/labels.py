"""Translated names for the things the tree and panels show: columns, statuses, roles."""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import QCoreApplication

from govledger.domain.model import Status


class Column(IntEnum):
    NUMBER = 0
    TEXT = 1
    LEAD = 2
    CO = 3
    DEADLINE = 4
    DUE = 5
    STATUS = 6
    PROGRESS = 7
    EVIDENCE = 8


def column_title(column: Column) -> str:
    return {
        Column.NUMBER: QCoreApplication.translate("Labels", "No."),
        Column.TEXT: QCoreApplication.translate("Labels", "Task / requirement"),
        Column.LEAD: QCoreApplication.translate("Labels", "Lead units"),
        Column.CO: QCoreApplication.translate("Labels", "Cooperating"),
        Column.DEADLINE: QCoreApplication.translate("Labels", "Time limit"),
        Column.DUE: QCoreApplication.translate("Labels", "Due date"),
        Column.STATUS: QCoreApplication.translate("Labels", "Status"),
        Column.PROGRESS: QCoreApplication.translate("Labels", "Progress"),
        Column.EVIDENCE: QCoreApplication.translate("Labels", "Evidence"),
    }[column]


def status_name(status: Status) -> str:
    return {
        Status.NOT_STARTED: QCoreApplication.translate("Labels", "Not started"),
        Status.IN_PROGRESS: QCoreApplication.translate("Labels", "In progress"),
        Status.DONE: QCoreApplication.translate("Labels", "Done"),
        Status.OVERDUE: QCoreApplication.translate("Labels", "Overdue"),
        Status.NOT_APPLICABLE: QCoreApplication.translate("Labels", "N/A"),
    }[status]


def unit_role_name(role: str) -> str:
    return {
        "any": QCoreApplication.translate("Labels", "Lead or cooperating"),
        "lead": QCoreApplication.translate("Labels", "Lead only"),
        "co": QCoreApplication.translate("Labels", "Cooperating only"),
    }[role]


def recurrence_name(recurrence: str | None) -> str:
    return {
        "continuous": QCoreApplication.translate("Labels", "all year / ongoing"),
        "yearly": QCoreApplication.translate("Labels", "every year"),
        "quarterly": QCoreApplication.translate("Labels", "every quarter"),
        "monthly": QCoreApplication.translate("Labels", "every month"),
    }.get(recurrence or "", "")


UNIT_SEPARATOR = "、"


def join_units(names: tuple[str, ...] | list[str]) -> str:
    return UNIT_SEPARATOR.join(names)


def split_units(text: str) -> list[str]:
    """Unit names typed by the clerk, separated by 、 , ， ; ； or spaces."""
    for separator in ",，;；/ \u3000":
        text = text.replace(separator, UNIT_SEPARATOR)
    names: list[str] = []
    for name in text.split(UNIT_SEPARATOR):
        name = name.strip()
        if name and name not in names:
            names.append(name)
    return names


def workdays_phrase(left: int) -> str:
    """Working days to a deadline in words, the one way every view says it (the banner's
    warning window, the agenda, the tooltips and the register all count working days)."""
    if left < 0:
        return QCoreApplication.translate("Labels", "{count} working days overdue").format(
            count=-left
        )
    if left == 0:
        return QCoreApplication.translate("Labels", "Due today")
    return QCoreApplication.translate("Labels", "{count} working days left").format(count=left)
