"""Importing the store loads no feature's modules: the window opens without them.

The Ledger's feature mixins (register, report, review, exchange, calendar) import
their domain modules inside the methods that use them. A top-level import added to
a mixin would put them back into every start-up unnoticed; this test notices.
"""

from __future__ import annotations

import json
import subprocess
import sys

FEATURE_MODULES = {
    "govledger.domain.annual_report_format",
    "govledger.domain.applications",
    "govledger.domain.deadline_parser",
    "govledger.domain.deadline_state",
    "govledger.domain.draft",
    "govledger.domain.event_deadlines",
    "govledger.domain.holiday_schedule",
    "govledger.domain.outline",
    "govledger.domain.recurrence",
    "govledger.domain.reminders",
    "govledger.domain.report_checks",
    "govledger.domain.report_tables",
    "govledger.domain.rollover",
    "govledger.domain.sync",
    "govledger.domain.year_compare",
    "govledger.store.package_format",
    "govledger.store.sync_apply",
    "govledger.store.sync_merge",
    "govledger.store.sync_records",
    # sqlite-utils and what it brings (~65 ms): loaded by migrations that rebuild a
    # table, package merges and `export data` (store/toolkit.py), never at start-up.
    "govledger.store.data_export",
    "sqlite_utils",
    "click",
    "pluggy",
}


def test_importing_the_store_loads_no_feature_module() -> None:
    # A fresh interpreter: in this one the other tests have loaded everything.
    script = "import json, sys, govledger.store; print(json.dumps(sorted(sys.modules)))"
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, timeout=60
    )
    loaded = set(json.loads(result.stdout))
    assert "govledger.store.ledger" in loaded
    assert sorted(FEATURE_MODULES & loaded) == []


def test_opening_and_reading_a_ledger_loads_no_sqlite_utils(tmp_path) -> None:
    """The window's first reads, on a ledger of the current schema (no migration)."""
    script = (
        "import json, sys\n"
        "from govledger.store import Ledger\n"
        "with Ledger.open(sys.argv[1]) as ledger:\n"
        "    plan = ledger.create_plan('2026年政务公开工作要点', 2026).first_created('plans')\n"
        "with Ledger.open(sys.argv[1]) as ledger:\n"
        "    ledger.tasks(plan), ledger.counts(plan), ledger.stats(), ledger.search('公开')\n"
        "print(json.dumps(sorted(sys.modules)))"
    )
    result = subprocess.run(
        [sys.executable, "-c", script, str(tmp_path / "ledger.sqlite")],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    loaded = set(json.loads(result.stdout))
    assert "govledger.store.ledger" in loaded
    assert "sqlite_utils" not in loaded
