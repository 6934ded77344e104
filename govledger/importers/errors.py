"""The one error every importer raises: one line naming the file and the problem."""

from __future__ import annotations

from govledger.messages import GovLedgerError


class PlanImportError(GovLedgerError):
    """A plan could not be imported. ``str()`` is one line for the clerk.

    ``key`` and ``kwargs`` are the message-table entry, for callers that want to
    show the text in another language or react to one kind of failure.
    """

    def __init__(self, key: str, /, name: str, **kwargs: object) -> None:
        # Details come from parsers and the OS; keep the message on one line.
        flat = {k: " ".join(str(v).split()) for k, v in kwargs.items()}
        super().__init__(key, name=name, **flat)
        self.name = name
        self.details = flat

    def for_file(self, name: str) -> PlanImportError:
        """The same error naming the file as the caller knows it."""
        return PlanImportError(self.key, name=name, **self.details)
