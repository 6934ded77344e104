"""Issue 19, item 2 in the window: a busy ledger is never "recovered" from a backup.

Opening a WAL ledger from a network folder while another program reads it used to
be reported as damaged, and the recovery then replaced 3 plans with a backup of 1.
"""

from __future__ import annotations

from pathlib import Path

from govledger.store import Ledger, database, ledger
from govledger.ui.ledger_opening import open_ledger_for_window
from tests.store.safety_helpers import assert_ledger_whole, fill_ledger, held_by_another_process


class RecordingPrompter:
    """Accepts every question, and records what was asked and shown."""

    def __init__(self) -> None:
        self.asked: list[str] = []
        self.errors: list[str] = []

    def open_read_only(self, owner) -> bool:
        self.asked.append("read_only")
        return True

    def take_over_stale(self, owner) -> str:
        self.asked.append("stale")
        return "take_over"

    def recover_damaged(self, path, error, backup) -> bool:
        self.asked.append("recover")
        return True

    def error(self, text: str) -> None:
        self.errors.append(text)


def test_busy_network_ledger_is_left_alone_and_the_clerk_told(
    qapp, ledger_path: Path, monkeypatch
) -> None:
    expected = fill_ledger(ledger_path, wal=True)
    with Ledger.open(ledger_path) as opened:
        opened.take_backup("manual")
        opened.create_plan("备份之后的方案", 2027)
    expected["plans"] += 1
    monkeypatch.setattr(ledger, "is_network_path", lambda _folder: True)
    monkeypatch.setattr(database, "BUSY_TIMEOUT_MS", 300)
    prompter = RecordingPrompter()
    with held_by_another_process(ledger_path, "BEGIN; SELECT count(*) FROM plans"):
        assert open_ledger_for_window(ledger_path, prompter) is None
    assert prompter.asked == []  # no recovery was offered
    [shown] = prompter.errors
    assert "in use by another program" in shown and "damaged" not in shown
    assert list(ledger_path.parent.glob("ledger.damaged-*")) == []
    assert_ledger_whole(ledger_path, expected, ("备份之后的方案",))
    # Once the reader is gone the same ledger opens, in the rollback journal.
    opened = open_ledger_for_window(ledger_path, RecordingPrompter())
    assert opened is not None and opened.ledger.on_network
    assert len(opened.ledger.plans()) == 4
    opened.ledger.close()
    opened.lock.release()
