"""Compare years: two plans side by side, what is new, changed or dropped this year.

Rows come in this year's order with dropped requirements after them, coloured by
kind of change. The selected changed row shows its character diff below: words
taken out struck through in red, words put in underlined in green.
"""

from __future__ import annotations

from datetime import date
from html import escape
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from govledger.domain.year_compare import Change, ComparedPair, CompareItem, YearComparison
from govledger.messages import GovLedgerError
from govledger.store import Ledger
from govledger.ui.window_geometry import fit_to_screen
from govledger.ui.year_plans import PlanCombo, default_pair

if TYPE_CHECKING:
    from govledger.exporters.year_compare_sheet import ComparedPlans

COLOURS = {
    Change.NEW: QColor("#dff3df"),
    Change.CHANGED: QColor("#fff1c2"),
    Change.DROPPED: QColor("#f8dcdc"),
}


def change_name(change: Change) -> str:
    return {
        Change.NEW: QCoreApplication.translate("CompareYears", "New"),
        Change.CHANGED: QCoreApplication.translate("CompareYears", "Changed"),
        Change.DROPPED: QCoreApplication.translate("CompareYears", "Dropped"),
        Change.UNCHANGED: QCoreApplication.translate("CompareYears", "Unchanged"),
    }[change]


def diff_html(pair: ComparedPair) -> str:
    parts = []
    for segment in pair.diff:
        if segment.op in ("delete", "replace"):
            parts.append(f'<s style="color:#b00020">{escape(segment.old)}</s>')
        if segment.op in ("insert", "replace"):
            parts.append(f'<u style="color:#1b7f2a">{escape(segment.new)}</u>')
        if segment.op == "equal":
            parts.append(escape(segment.old))
    return "".join(parts)


class CompareYearsDialog(QDialog):
    KIND, OLD, NEW = range(3)

    def __init__(
        self,
        ledger: Ledger,
        parent: QWidget | None = None,
        old_plan_id: int | None = None,
        new_plan_id: int | None = None,
    ):
        super().__init__(parent)
        self.ledger = ledger
        self.comparison = YearComparison()
        self.shown: list[ComparedPair] = []
        self.setWindowTitle(self.tr("Compare years"))
        plans = ledger.plans()
        last_year, this_year = default_pair(plans)
        self.old_combo = PlanCombo(plans, old_plan_id or last_year, self)
        self.new_combo = PlanCombo(plans, new_plan_id or this_year, self)
        self.show_unchanged = QCheckBox(self.tr("Show unchanged"), self)
        self.counts = QLabel(self)
        self.saved = QLabel(self)  # where the last export went
        choose = QFormLayout()
        choose.addRow(self.tr("Last year's plan"), self.old_combo)
        choose.addRow(self.tr("This year's plan"), self.new_combo)

        self.table = QTableWidget(0, 3, self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Change"), self.tr("Last year"), self.tr("This year")]
        )
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(self.KIND, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(self.OLD, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(self.NEW, QHeaderView.ResizeMode.Stretch)
        self.table.currentCellChanged.connect(lambda row, *_: self._show_diff(row))
        # Wrapped rows are as tall as their text at the columns' width, which is only
        # known once laid out and changes with the window.
        header.sectionResized.connect(lambda *_: self.table.resizeRowsToContents())
        self.diff = QTextBrowser(self)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.table)
        splitter.addWidget(self.diff)
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 1)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        self.export_button = buttons.addButton(
            self.tr("&Export…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.export_button.setToolTip(
            self.tr("Save these rows as a Word or Excel table, as shown here")
        )
        self.export_button.clicked.connect(lambda: self.export())
        options = QHBoxLayout()
        options.addWidget(self.counts, 1)
        options.addWidget(self.saved)
        options.addWidget(self.show_unchanged)
        layout = QVBoxLayout(self)
        layout.addLayout(choose)
        layout.addLayout(options)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)

        for combo in (self.old_combo, self.new_combo):
            combo.currentIndexChanged.connect(self.compare)
        self.show_unchanged.toggled.connect(self._fill)
        fit_to_screen(self, (1100, 680))
        self.compare()

    def compare(self) -> None:
        old, new = self.old_combo.plan_id(), self.new_combo.plan_id()
        if old is None or new is None or old == new:
            self.comparison = YearComparison()
            self.counts.setText(self.tr("Choose two different plans."))
        else:
            self.comparison = self.ledger.compare_plans(old, new)
            counts = self.comparison.counts()
            self.counts.setText(
                self.tr(
                    "New {new} · changed {changed} · dropped {dropped} · unchanged {same}"
                ).format(
                    new=counts[Change.NEW],
                    changed=counts[Change.CHANGED],
                    dropped=counts[Change.DROPPED],
                    same=counts[Change.UNCHANGED],
                )
            )
        self._fill()

    def compared_plans(self) -> ComparedPlans | None:
        """The printout of what the window shows now, or None without two plans."""
        from govledger.exporters.year_compare_sheet import ComparedPlans

        old, new = self.old_combo.plan_id(), self.new_combo.plan_id()
        if old is None or new is None or old == new:
            return None
        old_plan, new_plan = self.ledger.plan(old), self.ledger.plan(new)
        return ComparedPlans(
            old_title=old_plan.title,
            old_year=old_plan.year,
            new_title=new_plan.title,
            new_year=new_plan.year,
            pairs=list(self.shown),
            counts=self.comparison.counts(),
            printed_on=date.today(),
        )

    def export(self, path: Path | None = None) -> Path | None:
        """Save the rows shown as .docx or .xlsx (asks where when path is None)."""
        from govledger.exporters.year_compare_sheet import write_comparison

        plans = self.compared_plans()
        if plans is None:
            return None
        if path is None:
            word, excel = self.tr("Word document (*.docx)"), self.tr("Excel workbook (*.xlsx)")
            suggested = Path.home() / f"{plans.old_year}-{plans.new_year}年度对比.docx"
            chosen, chosen_filter = QFileDialog.getSaveFileName(
                self, self.tr("Export the comparison"), str(suggested), f"{word};;{excel}"
            )
            if not chosen:
                return None
            path = Path(chosen)
            if path.suffix.lower() not in (".docx", ".xlsx"):
                path = path.with_suffix(".xlsx" if chosen_filter == excel else ".docx")
        try:
            saved = write_comparison(plans, path)
        except GovLedgerError as exc:
            QMessageBox.warning(self, self.windowTitle(), str(exc))
            return None
        self.saved.setText(self.tr("Saved {path}").format(path=saved))
        return saved

    def _fill(self) -> None:
        self.shown = self.comparison.shown(with_unchanged=self.show_unchanged.isChecked())
        self.table.setRowCount(len(self.shown))
        for row, pair in enumerate(self.shown):
            colour = COLOURS.get(pair.change)
            for column, text in (
                (self.KIND, change_name(pair.change)),
                (self.OLD, self._side(pair.old)),
                (self.NEW, self._side(pair.new)),
            ):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if colour is not None:
                    item.setBackground(QBrush(colour))
                self.table.setItem(row, column, item)
        self.table.resizeRowsToContents()
        self.diff.clear()

    @staticmethod
    def _side(item: CompareItem | None) -> str:
        return item.as_text() if item is not None else ""

    def _show_diff(self, row: int) -> None:
        if not 0 <= row < len(self.shown):
            self.diff.clear()
            return
        pair = self.shown[row]
        if pair.change is not Change.CHANGED:
            self.diff.setPlainText(self._side(pair.new or pair.old))
            return
        notes = ""
        if pair.changed_fields:
            labels = {
                "units_text": self.tr("units"),
                "deadline_text": self.tr("time limit"),
            }
            notes = (
                "<p>"
                + escape(
                    self.tr("Also changed: {fields}").format(
                        fields="、".join(labels[name] for name in pair.changed_fields)
                    )
                )
                + "</p>"
            )
        self.diff.setHtml(f"<p>{diff_html(pair)}</p>{notes}")
