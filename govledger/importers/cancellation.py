"""Stopping a plan read that nobody waits for any more (issue 19).

The import dialog reads a plan on a worker thread; when the clerk closes the dialog or
starts another read, that read should stop at once rather than parse a 50 000-row
workbook to the end. The reader's long loops call ``checkpoint()``; a worker runs the
read inside ``cancellable(event)`` and sets the event to stop it. The token lives in
a context variable, so the readers' signatures stay as they are and a read started
without a token (the CLI, tests) never stops.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

_stop: ContextVar[threading.Event | None] = ContextVar("govledger_read_stop", default=None)


class ReadCancelled(Exception):
    """The read was stopped by its caller; nothing was read, nothing is reported."""


@contextmanager
def cancellable(stop: threading.Event) -> Iterator[None]:
    """Run a read that stops at its next checkpoint once ``stop`` is set."""
    token = _stop.set(stop)
    try:
        yield
    finally:
        _stop.reset(token)


def checkpoint() -> None:
    """Raise ReadCancelled when the current read has been asked to stop."""
    stop = _stop.get()
    if stop is not None and stop.is_set():
        raise ReadCancelled()
