"""The plan-wide 序号 of every requirement, and the document's own label.

The same 序号 is used in the tree, the preview and every printout, so it must be
unique across the plan. Two cases (DESIGN.md section 3, ``number``):

- the document numbers its duties across the whole plan (a 序号 column 1…N, or
  1. … N. running on through the sections): that serial is kept, gaps included
  (the outline builder warns on a gap), and no label is needed;
- the numbering restarts per section (一是、二是; （一）… under each 一、; 1. again
  under each heading), uses words (一是) or is missing on some duties: each
  requirement gets its position 1…N and keeps the document's own numbering as
  printed in ``label``.

The outline builder sets ``label`` to the printed numbering of every requirement
that had one; this module decides which case the plan is and clears or keeps it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from govledger.domain.draft import DraftTask

_SERIAL_LABEL = re.compile(r"(\d{1,4})[.．、]?")


def _serial_value(task: DraftTask) -> int | None:
    """The plan-wide serial this requirement carries, or None."""
    if task.label:
        match = _SERIAL_LABEL.fullmatch(task.label)
        return int(match.group(1)) if match else None
    # no label: a 序号 the document gave and an earlier pass already kept
    return int(task.number) if task.number.isascii() and task.number.isdigit() else None


def is_plan_wide_serial(requirements: Sequence[DraftTask]) -> bool:
    """Every requirement numbered by the document in Arabic digits, always rising."""
    previous = 0
    for task in requirements:
        value = _serial_value(task)
        if value is None or value <= previous:
            return False  # unnumbered, numbered in words, or restarted per section
        previous = value
    return bool(requirements) and any(task.label for task in requirements)


def assign_plan_numbers(requirements: Sequence[DraftTask]) -> None:
    """Keep the document's serial or number 1…N with labels (see the module notes).

    ``requirements`` are the included ones in document order; calling it again (the
    preview does, after the clerk includes or excludes a task) gives the same result.
    """
    if is_plan_wide_serial(requirements):
        for task in requirements:
            task.number, task.label = str(_serial_value(task)), ""
        return
    if all(not task.label for task in requirements):
        kept = [_serial_value(task) for task in requirements]
        if all(kept) and kept == sorted(set(kept)):  # type: ignore[type-var]
            return  # an earlier pass kept the document's serial
    for position, task in enumerate(requirements, start=1):
        task.number = str(position)
