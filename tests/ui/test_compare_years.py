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
        requirements[8].units_text = "局办公室（牵头），各科室"
        requirements[9].deadline_text = "6月底前"  # blank last year: not by itself a change
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


def test_the_printout_has_the_windows_rows(qtbot, tmp_path: Path, samples_dir: Path) -> None:
    import docx
    import openpyxl

    sample = samples_dir / "jiangmen-hrss-2021.docx"
    with Ledger.open(tmp_path / "ledger.sqlite") as ledger:
        ledger.import_draft(load_plan(sample))
        draft = load_plan(sample)
        requirements = [task for _path, task in draft.requirements()]
        requirements[2].text += "，并在门户网站专栏同步公开解读材料"  # extended: 有变化
        requirements[5].text = "建立常态化政务公开工作机制，定期通报各科室落实情况。"
        ledger.import_draft(draft, year=2022)
        dialog = CompareYearsDialog(ledger)
        qtbot.addWidget(dialog)
        shown = [
            (
                dialog.table.item(r, 0).text(),
                dialog.table.item(r, 1).text(),
                dialog.table.item(r, 2).text(),
            )
            for r in range(dialog.table.rowCount())
        ]
        assert len(shown) == 3  # one extended, one new, one dropped

        saved = dialog.export(tmp_path / "对比.xlsx")
        sheet = openpyxl.load_workbook(saved).active
        rows = [tuple(c or "" for c in row) for row in sheet.iter_rows(min_row=4, values_only=True)]
        assert [row[1:] for row in rows] == [row[1:] for row in shown]
        assert [row[0] for row in rows] == ["有变化", "新增", "已删去"]

        document = docx.Document(str(dialog.export(tmp_path / "对比.docx")))
        table = document.tables[0]
        assert [c.text for c in table.rows[0].cells] == ["变化", "上年度", "本年度"]
        printed = [tuple(c.text for c in row.cells) for row in table.rows[1:]]
        assert [row[1:] for row in printed] == [row[1:] for row in shown]
        assert "2021年与2022年" in document.paragraphs[0].text

        before = sorted(p.name for p in tmp_path.iterdir())
        from govledger.exporters.year_compare_sheet import write_comparison
        from govledger.messages import GovLedgerError

        plans = dialog.compared_plans()
        try:
            write_comparison(plans, tmp_path / "对比.pdf")
        except GovLedgerError as exc:
            assert ".pdf" in str(exc)
        else:
            raise AssertionError("a .pdf comparison was written")
        assert sorted(p.name for p in tmp_path.iterdir()) == before
