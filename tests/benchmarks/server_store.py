"""The server store against the file store in the same run (issue 24).

A 1 000-requirement plan is built on both stores through the Ledger API; opening it
(the tree's complete index, as the window loads it) and saving one status change are
timed on each, and the figures are the server's time as a ratio of the file's. The
queries each action sends are counted too: on a LAN every round trip costs, so an
action must send a fixed number of queries, not one per requirement.

The server is a throw-away PostgreSQL on a Unix socket (tests/pg_server.py), so the
ratio measures the store's own cost, not a network's.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

REQUIREMENTS = 1000


def _fill(ledger: Any) -> tuple[int, list[int]]:
    from govledger.domain.model import TaskKind

    plan = ledger.create_plan("基准方案", 2026).created_plan
    ids: list[int] = []
    for section in range(REQUIREMENTS // 50):
        heading = ledger.add_task(plan, f"第{section + 1}部分", kind=TaskKind.HEADING).created_task
        for item in range(50):
            ids.append(
                ledger.add_task(
                    plan,
                    f"做好第{section + 1}部分第{item + 1}项政务公开工作",
                    parent_id=heading,
                    lead_units=[f"科室{item % 12}"],
                    deadline_text="12月底前",
                ).created_task
            )
    return plan, ids


@contextmanager
def _counted(ledger: Any) -> Iterator[list[int]]:
    """Count the statements the ledger's connection sends while the block runs."""
    db = ledger._db
    original = db.execute
    count = [0]

    def execute(sql: str, parameters: Any = None) -> Any:
        count[0] += 1
        return original(sql, parameters)

    db.execute = execute
    try:
        yield count
    finally:
        del db.execute


def _actions(ledger: Any, plan: int, ids: list[int]) -> dict[str, Callable[[], object]]:
    from govledger.domain.model import Status
    from govledger.ui.plan_index import PlanIndex

    statuses = iter([Status.IN_PROGRESS, Status.NOT_STARTED] * 1000)
    middle = ids[len(ids) // 2]
    return {
        "open": lambda: PlanIndex.load_complete(ledger, plan),
        "save_status": lambda: ledger.update_task(middle, status=next(statuses)),
    }


def measure_server_store(
    folder: Path, repeat: int, median_ms: Callable[..., float]
) -> dict[str, float]:
    from govledger.store import Ledger
    from tests.pg_server import TestServer

    server = TestServer()
    server.start()
    figures: dict[str, float] = {}
    try:
        stores = {
            "file": Ledger.open(folder / "server-bench.sqlite"),
            "server": Ledger.open(server.new_database(), cache_folder=folder / "cache"),
        }
        times: dict[str, dict[str, float]] = {}
        for name, ledger in stores.items():
            plan, ids = _fill(ledger)
            actions = _actions(ledger, plan, ids)
            times[name] = {key: median_ms(action, repeat) for key, action in actions.items()}
            for key, action in actions.items():
                with _counted(ledger) as count:
                    action()
                figures[f"{name}_{key}_queries"] = count[0]
            ledger.close()
        for key in ("open", "save_status"):
            figures[f"server_{key}_ms"] = times["server"][key]
            figures[f"server_{key}_ratio"] = times["server"][key] / times["file"][key]
    finally:
        server.stop()
    return figures
