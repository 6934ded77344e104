"""The merge-conflict dialog: both versions shown, a choice per record, applied as one step."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox

from govledger.domain.model import TaskKind
from govledger.domain.sync import Keep
from govledger.store import Ledger
from govledger.ui.conflict_dialog import DIFFERS, MERGES, MergeConflictDialog
from tests.ui.exchange_fixtures import Recorder, shoot

UNIT = "法制科"


def by_text(ledger: Ledger, text: str):
    [task] = [t for t in ledger.tasks(ledger.latest_plan().id) if t.text == text]
    return task


@pytest.fixture
def office(qapp, tmp_path: Path):
    """The office ledger after merging a 法制科 package with three conflicts."""
    office = Ledger.open(tmp_path / "office" / "ledger.sqlite")
    plan = office.create_plan("2022年政务公开工作要点分工方案", 2022).first_created("plans")
    heading = office.add_task(plan, "一、强化政策解读", kind=TaskKind.HEADING).first_created(
        "tasks"
    )
    for text in ("做好重大政策解读", "规范依申请公开答复", "编制政策问答"):
        office.add_task(plan, text, parent_id=heading, lead_units=[UNIT])
    with Ledger.open(tmp_path / "unit" / "ledger.sqlite") as unit:
        unit.import_package(office.export_package(plan, UNIT, tmp_path / "a.govpkg").path)
        for text, ours, theirs in (
            ("做好重大政策解读", "办公室：请补充发布会照片", "法制科：已召开发布会"),
            ("规范依申请公开答复", "办公室意见", "法制科意见"),
        ):
            office.update_task(by_text(office, text).id, note=ours)
            unit.update_task(by_text(unit, text).id, note=theirs, progress=60)
        office.delete_task(by_text(office, "编制政策问答").id)
        unit.add_progress(by_text(unit, "编制政策问答").id, "问答初稿已完成", on=date(2022, 3, 2))
        package = unit.export_package(unit.latest_plan().id, UNIT, tmp_path / "b.govpkg").path
    assert office.import_package(package).summary.conflicts == 3
    yield office
    office.close()


def test_choose_each_way_and_apply(qtbot, office: Ledger) -> None:
    perform = Recorder()
    dialog = MergeConflictDialog(office, perform)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.list.count() == 3
    assert not dialog.apply_button.isEnabled()

    dialog.list.setCurrentRow(0)
    first = dialog.conflicts[0]
    rows = {dialog.table.item(r, 0).text(): r for r in range(dialog.table.rowCount())}
    note_row = rows["Note"]
    assert dialog.table.item(note_row, 1).text() == "办公室：请补充发布会照片"
    assert dialog.table.item(note_row, 2).text() == "法制科：已召开发布会"
    assert dialog.table.item(note_row, 1).background().color() == DIFFERS
    assert note_row == 0  # the field to choose comes first
    assert dialog.table.item(rows["Text"], 1).background().color() != DIFFERS
    # progress changed in the package only: merged by itself, not asked
    assert dialog.table.item(rows["Progress %"], 1).background().color() == MERGES
    assert "changed there only" in dialog.table.item(rows["Progress %"], 3).text()
    qtbot.mouseClick(dialog.keep_remote, Qt.MouseButton.LeftButton)
    assert dialog.choices == {first.id: {"note": Keep.REMOTE}}
    assert dialog.apply_button.isEnabled()

    dialog.list.setCurrentRow(1)
    assert not dialog.keep_local.isChecked() and not dialog.keep_remote.isChecked()
    combo = dialog.table.cellWidget(0, 3)  # the note's own choice, in the table
    assert isinstance(combo, QComboBox) and combo.currentData() is None
    combo.setCurrentIndex(combo.findData(str(Keep.LOCAL)))
    assert dialog.keep_local.isChecked()  # every field both changed: ours
    assert "[ours]" in dialog.list.item(1).text()
    shoot(dialog, "merge_conflict_fields")
    dialog.list.setCurrentRow(2)
    assert "(deleted in this ledger)" in dialog.table.item(0, 1).text()
    assert "1" in dialog.heading.text()  # one record below comes back with it
    shoot(dialog, "merge_conflicts")

    assert dialog.apply()
    [(_text, changes)] = perform.done
    assert changes.action == "resolve_conflicts"
    assert dialog.list.count() == 1  # the undecided one waits
    assert by_text(office, "做好重大政策解读").note == "法制科：已召开发布会"
    kept = by_text(office, "规范依申请公开答复")
    assert (kept.note, kept.progress) == ("办公室意见", 60)  # ours, and the unit's 60 %

    dialog.choose(dialog.conflicts[0].id, Keep.REMOTE)
    with qtbot.waitSignal(dialog.accepted):
        dialog.apply()  # the last one: the dialog closes
    revived = by_text(office, "编制政策问答")
    assert [e.text for e in office.progress_entries(revived.id)] == ["问答初稿已完成"]
    assert office.sync_conflicts() == []


def test_empty_dialog_says_so(qtbot, tmp_path: Path) -> None:
    with Ledger.open(tmp_path / "ledger.sqlite") as ledger:
        dialog = MergeConflictDialog(ledger, Recorder())
        qtbot.addWidget(dialog)
        assert dialog.list.count() == 0
        assert not dialog.apply_button.isEnabled()
        assert dialog.heading.text()
