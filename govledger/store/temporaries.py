"""Removing the temporary files govledger itself left behind when it was killed.

Every file govledger writes goes to a temporary name first and is renamed when
complete (see database.copy_database, exporters/atomic.py, evidence_store). A
killed process leaves those temporaries behind, and an interrupted 200 MB attach
leaves 200 MB in ``evidence/tmp/`` (issue 19, item 9). When a ledger is opened for
writing, they are removed — only files with govledger's own temporary names, in the
ledger's own folders, and only when they are older than this process (less a
minute, so a file another running govledger is still writing is left alone).
"""

from __future__ import annotations

import logging
import re
import time
from pathlib import Path

log = logging.getLogger("govledger")

PROCESS_STARTED = time.time()  # this module is loaded when the store is
STILL_WRITING = 60  # seconds: a live writer touches its temporary more often

# "<name>.partial" (and SQLite's journals of it), ".<stem>.<random><suffix>.part"
# (exporters/atomic.py), ".<stem>.part-<8 hex><suffix>" (the evidence pack).
_TEMPORARY = re.compile(
    r"^(?:.+\.partial(?:-journal|-wal|-shm)?|\..+\.part|\..+\.part-[0-9a-f]{8}(?:\.\w+)?)$"
)
_INCOMING = re.compile(r"^incoming-[0-9a-f]{16}$")  # evidence_store's copies in progress


def clean_temporaries(ledger_path: Path) -> list[Path]:
    """Remove govledger's stale temporaries beside the ledger; returns what went."""
    folder = Path(ledger_path).parent
    before = PROCESS_STARTED - STILL_WRITING
    removed = []
    for place, pattern in (
        (folder, _TEMPORARY),
        (folder / "backups", _TEMPORARY),
        (folder / "evidence" / "tmp", _INCOMING),
    ):
        for path in _stale(place, pattern, before):
            try:
                path.unlink()
            except OSError:
                continue  # held open by a running program: next time
            removed.append(path)
    if removed:
        log.info("removed %d temporary files left by an interrupted run", len(removed))
    return removed


def _stale(folder: Path, pattern: re.Pattern[str], before: float) -> list[Path]:
    if not folder.is_dir():
        return []
    found = []
    for path in folder.iterdir():
        try:
            if pattern.match(path.name) and path.is_file() and path.stat().st_mtime < before:
                found.append(path)
        except OSError:
            continue
    return found
