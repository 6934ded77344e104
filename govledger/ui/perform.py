"""The one call the 回头看 / exchange widgets need to change a ledger.

``perform(text, operation)`` runs one Ledger mutation as an undoable step named
``text`` and returns its ChangeSet, or None when the ledger refused (the caller
has shown why). It is LedgerSession.perform's signature, so the main window
passes ``session.perform``; tests pass a plain function.
"""

from __future__ import annotations

from collections.abc import Callable

from govledger.domain.changes import ChangeSet

Operation = Callable[[], ChangeSet]
Perform = Callable[[str, Operation], ChangeSet | None]
