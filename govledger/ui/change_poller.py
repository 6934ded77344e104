"""Other clerks' changes, shown within seconds: the window polls the ledger's change counter.

Several clerks may edit one ledger at once (a shared server store; on SQLite, any
other connection to the file). Every commit moves the ledger's change counter
(store/change_feed.py). A timer on the GUI thread looks at it; when it moved past what
this window knows, the ChangeSets behind it are announced through the session's
``changed`` signal — the same path as the clerk's own edits, so the tree, the detail
panel, the calendar and the register refresh as they do after an edit, keeping the
selection, the scroll position and text being typed. They are never put on the
clerk's undo stack: undo is for one's own steps.

The window's own writes move the counter too; the session tells the poller their
counters (``own``) so they are not announced a second time.

On a server ledger the same look (one query, ``Ledger.activity``) also asks whether
a colleague runs a whole-ledger job (an import, a rollover): ``job_changed`` says
when one begins or ends; and whether a newer govledger upgraded the ledger's schema
meanwhile: ``upgraded`` says so once, and the window stops polling, since this
program no longer knows how the ledger is kept. ``refused``: the server no longer
lets this login read the ledger (IT removed its rights).
"""

from __future__ import annotations

from contextlib import suppress
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from govledger.domain.changes import ChangeSet
from govledger.domain.jobs import LedgerActivity, RunningJob
from govledger.messages import GovLedgerError

if TYPE_CHECKING:
    from govledger.ui.session import LedgerSession

POLL_MS = 1500  # other clerks' changes show within two looks: well under three seconds


class ChangePoller(QObject):
    job_changed = Signal(object)  # RunningJob | None: a colleague's job began, or ended
    upgraded = Signal(str)  # a newer govledger upgraded the server ledger: what to do
    refused = Signal(str)  # the server no longer lets this login read the ledger: why

    def __init__(self, session: LedgerSession):
        super().__init__(session)
        self.session = session
        self.known = 0  # the counter of the last change this window has shown
        self._own: set[int] = set()  # counters of own writes past `known`: not replayed
        self.job: RunningJob | None = None  # a colleague's whole-ledger job, as last seen
        self.timer = QTimer(self, interval=POLL_MS)
        self.timer.timeout.connect(self.poll)

    def start(self) -> None:
        """Show changes made from now on (what the window reads now is current)."""
        self.catch_up()
        self.look()
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def catch_up(self) -> None:
        """The window is about to read everything again: nothing before now to replay."""
        self._own.clear()
        ledger = self.session.ledger
        # Busy: the next look replays what came meanwhile, which is harmless.
        with suppress(GovLedgerError):
            if ledger.is_open:
                self.known = ledger.change_counter()

    def own(self, changes: ChangeSet) -> None:
        """A ChangeSet this window wrote (an edit, undo, redo): already shown."""
        if not self.timer.isActive() or changes.counter is None or changes.counter <= self.known:
            return  # not polling (start() catches up), or nothing past what is known
        if changes.counter == self.known + 1 and not self._own:
            self.known = changes.counter  # nobody wrote in between: nothing to fetch
        else:
            self._own.add(changes.counter)

    def poll(self) -> bool:
        """Announce what others committed since the last look; True when there was some."""
        ledger = self.session.ledger
        if not ledger.is_open:
            self.stop()
            return False
        activity = self.look()
        if activity is None or activity.counter == self.known:
            return False
        try:
            latest, changes = ledger.changes_since(self.known)
        except GovLedgerError:
            return False  # busy or unreadable for a moment: look again next time
        # Known before announcing: a view that writes while refreshing (a form saving
        # what was typed) counts its own change from here.
        self.known = latest
        own, self._own = self._own, {c for c in self._own if c > latest}
        others = [c for c in changes if c.counter not in own or c.ledger_replaced]
        for change in others:
            if not ledger.is_open:
                break
            self.session.changed.emit(change)
        return bool(others)

    def look(self) -> LedgerActivity | None:
        """One look at the ledger; says when a colleague's job begins or ends, and when
        the ledger was upgraded past this program. None when it cannot be read just now
        (busy, the server unreachable for a moment): the next look tries again."""
        ledger = self.session.ledger
        try:
            activity = ledger.activity()
        except GovLedgerError as exc:
            if exc.key == "server.refused":  # IT took the rights away: no use looking again
                self.stop()
                self.refused.emit(str(exc))
            return None
        if activity.job != self.job:
            self.job = activity.job
            self.job_changed.emit(activity.job)
        if activity.upgraded:
            self.stop()
            self.upgraded.emit(activity.upgrade_message())
            return None
        return activity
