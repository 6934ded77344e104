"""Compare years: the sample plan imported twice, a few requirements edited."""

from __future__ import annotations

from pathlib import Path

from govledger.domain.year_compare import Change
from govledger.importers import load_plan
from govledger.store import Ledger
from govledger.ui.compare_years import COLOURS, CompareYearsDialog
from tests.ui.exchange_fixtures import shoot


def test_two_years_side_by_side(qtbot, tmp_path: Path, samples_dir: Path) -> None:
    sample = samples_dir / "jiangmen-hrss-2021.docx"
    with Ledger.open(tmp_path / "ledger.sqlite") as ledger:
        old = ledger.import_draft(load_plan(sample)).first_created("plans")
        draft = load_plan(sample)
        requirements = [task for _path, task in draft.requirements()]
        requirements[2].text = requirements[2].text.replace("预算", "预算执行情况")
        requirements[5].text = "建立常态化政务公开工作机制，定期通报各科室落实情况。"
        requirements[8].deadline_text = "6月底前"
        new = ledger.import_draft(draft, year=2022).first_created("plans")

        dialog = CompareYearsDialog(ledger)
        qtbot.addWidget(dialog)
        dialog.show()
        assert (dialog.old_combo.plan_id(), dialog.new_combo.plan_id()) == (old, new)
        kinds = [pair.change for pair in dialog.shown]
        assert kinds.count(Change.NEW) == 1 and kinds.count(Change.DROPPED) == 1
        assert kinds.count(Change.CHANGED) == 2 and Change.UNCHANGED not in kinds
        assert dialog.table.rowCount() == 4

        changed_row = kinds.index(Change.CHANGED)
        assert dialog.table.item(changed_row, 0).background().color() == COLOURS[Change.CHANGED]
        dialog.table.setCurrentCell(changed_row, 1)
        html = dialog.diff.toHtml()
        assert "执行情况" in html and "#1b7f2a" in html
        dropped_row = kinds.index(Change.DROPPED)
        assert dialog.table.item(dropped_row, 2).text() == ""
        shoot(dialog, "compare_years")

        dialog.show_unchanged.setChecked(True)
        assert dialog.table.rowCount() == 31  # 29 matched + 1 new + 1 dropped
        dialog.new_combo.setCurrentIndex(dialog.new_combo.findData(old))
        assert dialog.table.rowCount() == 0  # the same plan twice: nothing to compare
