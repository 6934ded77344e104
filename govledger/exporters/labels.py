"""Words printed in exported documents, looked up in the shared message table.

Documents take an explicit language (default Chinese) instead of following the
clerk's locale: a 台账 handed to the leadership is Chinese even when Windows is English.
"""

from __future__ import annotations

import re
from datetime import date

from govledger.domain.model import Status
from govledger.messages import message_in

DEFAULT_LANGUAGE = "zh"

# Characters XML 1.0 (hence .docx/.xlsx) cannot hold: pasted text sometimes carries them.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def doc_text(key: str, lang: str = DEFAULT_LANGUAGE, /, **kwargs: object) -> str:
    return message_in(lang, "doc." + key, **kwargs)


def clean(text: str) -> str:
    """User text made safe for XML-based formats (control characters dropped)."""
    return _NOT_XML.sub("", text) if text else ""


def date_label(day: date | None, lang: str = DEFAULT_LANGUAGE) -> str:
    if day is None:
        return ""
    return doc_text("date", lang, y=day.year, m=day.month, d=day.day)


_STATUS_KEYS = {
    Status.NOT_STARTED: "status.not_started",
    Status.IN_PROGRESS: "status.in_progress",
    Status.DONE: "status.done",
    Status.OVERDUE: "status.overdue",
    Status.NOT_APPLICABLE: "status.not_applicable",
}

# The order statuses are listed in (legends, validation lists, counts).
STATUS_ORDER = (
    Status.DONE,
    Status.IN_PROGRESS,
    Status.NOT_STARTED,
    Status.OVERDUE,
    Status.NOT_APPLICABLE,
)


def status_label(status: Status, lang: str = DEFAULT_LANGUAGE) -> str:
    return doc_text(_STATUS_KEYS[status], lang)
