"""Translated names for the things the tree and panels show: columns, statuses, roles."""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import QCoreApplication

from govledger.domain.model import Status


def _tr(text: str) -> str:
    return QCoreApplication.translate("Labels", text)


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
        Column.NUMBER: _tr("No."),
        Column.TEXT: _tr("Task / requirement"),
        Column.LEAD: _tr("Lead units"),
        Column.CO: _tr("Cooperating"),
        Column.DEADLINE: _tr("Time limit"),
        Column.DUE: _tr("Due date"),
        Column.STATUS: _tr("Status"),
        Column.PROGRESS: _tr("Progress"),
        Column.EVIDENCE: _tr("Evidence"),
    }[column]


def status_name(status: Status) -> str:
    return {
        Status.NOT_STARTED: _tr("Not started"),
        Status.IN_PROGRESS: _tr("In progress"),
        Status.DONE: _tr("Done"),
        Status.OVERDUE: _tr("Overdue"),
        Status.NOT_APPLICABLE: _tr("N/A"),
    }[status]


def unit_role_name(role: str) -> str:
    return {
        "any": _tr("Lead or cooperating"),
        "lead": _tr("Lead only"),
        "co": _tr("Cooperating only"),
    }[role]


def recurrence_name(recurrence: str | None) -> str:
    return {
        "continuous": _tr("all year / ongoing"),
        "yearly": _tr("every year"),
        "quarterly": _tr("every quarter"),
        "monthly": _tr("every month"),
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
