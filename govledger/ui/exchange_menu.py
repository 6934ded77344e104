"""The 回头看 / exchange menu: review last year, compare years, unit packages, conflicts.

A QMenu the main window adds to its menu bar; it needs only the open ledger, the
session's perform() and the plan on screen:

    menu = ExchangeMenu(self, lambda: self.session.ledger, self.session.perform,
                        lambda: self.model.plan_id)
    self.menuBar().addMenu(menu)

Each action opens its window non-modally (``open``) and returns it, so tests can
drive it without a blocking exec().
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMenu, QWidget

from govledger.domain.changes import ChangeSet
from govledger.messages import GovLedgerError
from govledger.store import Ledger
from govledger.ui.perform import Perform

if TYPE_CHECKING:
    from govledger.domain.sync import MergeSummary
    from govledger.ui.compare_years import CompareYearsDialog
    from govledger.ui.conflict_dialog import MergeConflictDialog
    from govledger.ui.rollover_wizard import RolloverWizard

PACKAGE_FILTER = "govledger (*.govpkg)"


class ExchangeMenu(QMenu):
    def __init__(
        self,
        parent: QWidget,
        ledger: Callable[[], Ledger],
        perform: Perform,
        current_plan: Callable[[], int | None],
    ):
        super().__init__(parent)
        self.setTitle(self.tr("&Review && exchange"))
        self.window = parent
        self.ledger = ledger
        self.perform = perform
        self.current_plan = current_plan
        self.review_action = self.addAction(
            self.tr("&Review last year's plan (回头看)…"), self.review_last_year
        )
        self.compare_action = self.addAction(self.tr("&Compare years…"), self.compare_years)
        self.addSeparator()
        self.export_action = self.addAction(
            self.tr("&Export a unit's package…"), self.choose_and_export
        )
        self.import_action = self.addAction(
            self.tr("&Import a unit's package…"), self.choose_and_import
        )
        self.conflicts_action = self.addAction(self.tr("Merge co&nflicts…"), self.show_conflicts)
        self.aboutToShow.connect(self._update)

    def _update(self) -> None:
        ledger = self.ledger()
        has_two = len(ledger.plans()) >= 2
        self.review_action.setEnabled(has_two)
        self.compare_action.setEnabled(has_two)
        self.export_action.setEnabled(self._plan_id() is not None)
        count = len(ledger.sync_conflicts())
        self.conflicts_action.setEnabled(count > 0)
        self.conflicts_action.setText(self.tr("Merge co&nflicts ({count})…").format(count=count))

    def _plan_id(self) -> int | None:
        plan_id = self.current_plan()
        if plan_id is None:
            latest = self.ledger().latest_plan()
            plan_id = latest.id if latest else None
        return plan_id

    # ------------------------------------------------------------ 回头看, compare
    # The dialogs are imported when first opened: they are not needed to start the app.
    def review_last_year(self) -> RolloverWizard:
        from govledger.ui.rollover_wizard import RolloverWizard

        wizard = RolloverWizard(self.ledger(), self.perform, self.window)
        wizard.open()
        return wizard

    def compare_years(self) -> CompareYearsDialog:
        from govledger.ui.compare_years import CompareYearsDialog

        dialog = CompareYearsDialog(self.ledger(), self.window)
        dialog.open()
        return dialog

    def show_conflicts(self) -> MergeConflictDialog:
        from govledger.ui.conflict_dialog import MergeConflictDialog

        dialog = MergeConflictDialog(self.ledger(), self.perform, self.window)
        dialog.open()
        return dialog

    # ------------------------------------------------------------ packages
    def choose_and_export(self) -> Path | None:
        from PySide6.QtWidgets import QFileDialog, QInputDialog  # not needed at start-up

        plan_id = self._plan_id()
        if plan_id is None:
            return None
        ledger = self.ledger()
        units = ledger.units_given_work(plan_id)  # members, never "局各科室" itself
        unit, chosen = QInputDialog.getItem(
            self.window,
            self.tr("Export a unit's package"),
            self.tr("Unit whose requirements, progress and evidence to export:"),
            units,
            0,
            False,
        )
        if not chosen:
            return None
        plan = ledger.plan(plan_id)
        suggested = f"{unit}-{plan.year}.govpkg"
        path, _filter = QFileDialog.getSaveFileName(
            self.window, self.tr("Export a unit's package"), suggested, PACKAGE_FILTER
        )
        return self.export_package(plan_id, unit, Path(path)) if path else None

    def export_package(self, plan_id: int, unit: str, path: Path) -> Path | None:
        try:
            result = self.ledger().export_package(plan_id, unit, path)
        except (GovLedgerError, OSError) as exc:
            self.tell(str(exc), warning=True)
            return None
        self.tell(
            self.tr(
                "Exported {unit}'s package: {requirements} requirements, {files} evidence files."
            ).format(unit=unit, requirements=result.requirements, files=result.files)
        )
        return result.path

    def choose_and_import(self) -> MergeSummary | None:
        from PySide6.QtWidgets import QFileDialog  # not needed at start-up

        path, _filter = QFileDialog.getOpenFileName(
            self.window, self.tr("Import a unit's package"), "", PACKAGE_FILTER
        )
        return self.import_package(Path(path)) if path else None

    def import_package(self, path: Path) -> MergeSummary | None:
        """Check the package whole, ask first when it deletes many records, then merge it
        as one undoable step; open the conflicts when it left some."""
        ledger = self.ledger()
        try:
            preview, many = ledger.preview_package(path)
        except GovLedgerError as exc:
            self.tell(str(exc), warning=True)
            return None
        if many and not self.confirm(
            self.tr("This package deletes {count} records of {unit} here. Merge it anyway?").format(
                count=preview.deleted, unit=preview.unit
            )
        ):
            return None
        merged: list[MergeSummary] = []

        def operation() -> ChangeSet:
            result = ledger.import_package(path, confirm_deletions=many)
            merged.append(result.summary)
            return result.changes

        text = self.tr("Merge {unit}'s package").format(unit=preview.unit)
        if self.perform(text, operation) is None:
            return None
        summary = merged[0]
        self.tell(
            self.tr(
                "Merged {unit}'s package: {added} added, {updated} updated, {merged} merged "
                "field by field, {deleted} deleted, {conflicts} conflicts."
            ).format(
                unit=summary.unit,
                added=summary.added,
                updated=summary.updated,
                merged=summary.merged,
                deleted=summary.deleted,
                conflicts=summary.conflicts,
            )
        )
        if summary.conflicts:
            self.show_conflicts()
        return summary

    # ------------------------------------------------------------ asking (tests replace these)
    def confirm(self, text: str) -> bool:
        from PySide6.QtWidgets import QMessageBox  # not needed at start-up

        answer = QMessageBox.question(self.window, self.tr("Import a unit's package"), text)
        return answer == QMessageBox.StandardButton.Yes

    def tell(self, text: str, *, warning: bool = False) -> None:
        from PySide6.QtWidgets import QMessageBox  # not needed at start-up

        show = QMessageBox.warning if warning else QMessageBox.information
        show(self.window, self.window.windowTitle(), text)
