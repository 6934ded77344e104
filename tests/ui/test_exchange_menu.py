"""The 回头看 / exchange menu wired to a window: each action, packages in and out."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMainWindow

from govledger.domain.model import TaskKind
from govledger.store import Ledger
from govledger.ui.compare_years import CompareYearsDialog
from govledger.ui.conflict_dialog import MergeConflictDialog
from govledger.ui.exchange_menu import ExchangeMenu
from govledger.ui.rollover_wizard import RolloverWizard
from tests.ui.exchange_fixtures import Recorder, shoot, two_year_ledger

UNIT = "法制科"


class Host(QMainWindow):
    """Stands in for the main window: a ledger, a perform(), the plan on screen."""

    def __init__(self, ledger: Ledger):
        super().__init__()
        self.setWindowTitle("govledger")
        self.perform = Recorder()
        self.menu = ExchangeMenu(self, lambda: ledger, self.perform, lambda: None)
        self.menuBar().addMenu(self.menu)
        self.told: list[str] = []
        self.menu.tell = lambda text, warning=False: self.told.append(text)
        self.answers: list[bool] = []
        self.menu.confirm = lambda text: self.answers.pop(0)


@pytest.fixture
def office(qapp, tmp_path: Path):
    ledger, _ids = two_year_ledger(tmp_path / "office" / "ledger.sqlite")
    yield ledger
    ledger.close()


def test_actions_open_their_windows(qtbot, office: Ledger) -> None:
    host = Host(office)
    qtbot.addWidget(host)
    host.show()
    host.menu.aboutToShow.emit()
    host.menu.adjustSize()
    shoot(host.menu, "exchange_menu")
    assert host.menu.review_action.isEnabled() and host.menu.compare_action.isEnabled()
    assert not host.menu.conflicts_action.isEnabled()
    for opened, kind in (
        (host.menu.review_last_year(), RolloverWizard),
        (host.menu.compare_years(), CompareYearsDialog),
        (host.menu.show_conflicts(), MergeConflictDialog),
    ):
        assert isinstance(opened, kind) and opened.isVisible()
        opened.close()


def test_package_out_and_back_with_a_conflict(qtbot, office: Ledger, tmp_path: Path) -> None:
    host = Host(office)
    qtbot.addWidget(host)
    plan = office.latest_plan().id
    heading = office.add_task(plan, "一、强化政策解读", kind=TaskKind.HEADING).first_created(
        "tasks"
    )
    task = office.add_task(plan, "做好重大政策解读", parent_id=heading, lead_units=[UNIT])
    task_id = task.first_created("tasks")
    package = host.menu.export_package(plan, UNIT, tmp_path / "to-unit.govpkg")
    assert package is not None and "1 requirements" in host.told[-1]

    with Ledger.open(tmp_path / "unit" / "ledger.sqlite") as unit:
        unit_host = Host(unit)
        qtbot.addWidget(unit_host)
        summary = unit_host.menu.import_package(package)
        assert summary is not None and summary.added == 3
        [copy] = [t for t in unit.tasks(unit.latest_plan().id) if not t.is_heading]
        unit.update_task(copy.id, note="法制科：已解读")
        unit.add_progress(copy.id, "召开发布会", on=date(2022, 3, 1))
        back = unit.export_package(unit.latest_plan().id, UNIT, tmp_path / "back.govpkg").path

    office.update_task(task_id, note="办公室：请补充")
    summary = host.menu.import_package(back)
    assert summary is not None and (summary.added, summary.conflicts) == (1, 1)
    [(_text, changes)] = host.perform.done
    assert changes.action == "merge_package"
    dialogs = host.findChildren(MergeConflictDialog)
    assert dialogs and dialogs[-1].isVisible()  # opened by itself


def test_many_deletions_ask_first_and_bad_files_warn(qtbot, office: Ledger, tmp_path: Path) -> None:
    host = Host(office)
    qtbot.addWidget(host)
    plan = office.latest_plan().id
    ids = [
        office.add_task(plan, f"第{n}项", lead_units=[UNIT]).first_created("tasks")
        for n in range(1, 9)
    ]
    with Ledger.open(tmp_path / "unit" / "ledger.sqlite") as unit:
        unit.import_package(office.export_package(plan, UNIT, tmp_path / "a.govpkg").path)
        unit_plan = unit.latest_plan().id
        keep = unit.add_task(unit_plan, "留下的一项", lead_units=[UNIT])
        assert keep.first_created("tasks")
        for task in unit.tasks(unit_plan):
            if task.text.startswith("第"):
                unit.delete_task(task.id)
        back = unit.export_package(unit_plan, UNIT, tmp_path / "b.govpkg").path

    host.answers = [False]
    assert host.menu.import_package(back) is None
    assert host.perform.done == [] and all(office.task(i) for i in ids)
    host.answers = [True]
    summary = host.menu.import_package(back)
    assert summary is not None and summary.deleted == 8

    bad = tmp_path / "bad.govpkg"
    bad.write_bytes(b"not a zip")
    assert host.menu.import_package(bad) is None
    assert str(bad) in host.told[-1]
