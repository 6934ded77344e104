"""年度报告: the year's three tables, its prose and its cross-checks, ready to export.

Tables show as they print. Typing a figure of table 二 or 四 enters it; typing one of
table 三 stores an adjustment to the register's count (shaded blue, the register's
count in its tooltip; the context menu gives a reason or goes back to the register).
Every cross-check runs again after each change; failing cells turn red with a
tooltip naming the rule, and the list below the tables names every failing cell.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from govledger.domain.changes import ChangeSet
from govledger.domain.report_checks import TABLE2, TABLE3, TABLE4, CheckFailure, check_tables
from govledger.exporters.annual_report_data import build_annual_report
from govledger.exporters.annual_report_layout import (
    active_layout,
    application_layout,
    review_layout,
)
from govledger.messages import GovLedgerError
from govledger.ui.appearance import style_hint
from govledger.ui.report_grid import CellMark, ReportGrid
from govledger.ui.report_prose import ProseEditor
from govledger.ui.session import LedgerSession
from govledger.ui.window_geometry import fit_to_screen

FailureRole = Qt.ItemDataRole.UserRole


class ReportEditor(QDialog):
    def __init__(
        self,
        session: LedgerSession,
        parent: QWidget | None = None,
        *,
        year: int | None = None,
        plan_id: int | None = None,
        today: Callable[[], date] = date.today,
    ):
        super().__init__(parent)
        self.setObjectName("reportEditor")
        self.session = session
        self.today = today
        self.plan_id = plan_id
        self.year = year or today().year - 1
        self.failures: list[CheckFailure] = []
        self.failures_box: QMessageBox | None = None  # the question asked before an export
        self.setWindowTitle(self.tr("Yearly disclosure report (政府信息公开工作年度报告)"))
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.year_combo = QComboBox(self)
        self.organization_edit = QLineEdit(self)
        self.organization_edit.setPlaceholderText(self.tr("organisation, as in the title"))
        self.organization_edit.editingFinished.connect(self.save_organization)
        self.word_button = QPushButton(self.tr("Export &Word…"), self)
        self.excel_button = QPushButton(self.tr("Export E&xcel…"), self)
        # A window of tables and text: Enter belongs to the cell or the text being
        # edited, never to a button (a QDialog would otherwise press the first one).
        for button in (self.word_button, self.excel_button):
            button.setAutoDefault(False)
        self.word_button.clicked.connect(lambda: self.choose_and_export(".docx"))
        self.excel_button.clicked.connect(lambda: self.choose_and_export(".xlsx"))
        self.grids = {TABLE2: ReportGrid(self), TABLE3: ReportGrid(self), TABLE4: ReportGrid(self)}
        for table, grid in self.grids.items():
            grid.figure_edited.connect(
                lambda row, column, text, table=table: self.figure_edited(table, row, column, text)
            )
        self.grids[TABLE3].adjustment_menu.connect(self.show_adjustment_menu)
        self.prose = ProseEditor(session, lambda: self.year, self)
        self.tabs = QTabWidget(self)
        for grid in self.grids.values():
            self.tabs.addTab(grid, "")
        self.tabs.addTab(self.prose, self.tr("Text (一, 五, 六)"))
        self.checks = QListWidget(self)
        self.checks.setObjectName("reportChecks")
        self.checks.setMaximumHeight(self.fontMetrics().lineSpacing() * 6 + 12)
        self.checks.itemDoubleClicked.connect(self._go_to_check)
        self.status = QLabel(self)
        style_hint(self.status)

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Year"), self))
        top.addWidget(self.year_combo)
        top.addSpacing(12)
        top.addWidget(QLabel(self.tr("Organisation"), self))
        top.addWidget(self.organization_edit, 1)
        top.addWidget(self.word_button)
        top.addWidget(self.excel_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(QLabel(self.tr("Cross-checks"), self))
        layout.addWidget(self.checks)
        layout.addWidget(self.status)
        self._fill_years()
        self.year_combo.currentIndexChanged.connect(lambda _i: self._year_chosen())
        session.changed.connect(self._on_changed)
        self.refresh()
        fit_to_screen(self, (1000, 820))

    # ------------------------------------------------------------ reading
    def _fill_years(self) -> None:
        years = set(self.session.ledger.report_years()) | {self.year, self.today().year - 1}
        self.year_combo.blockSignals(True)
        self.year_combo.clear()
        for year in sorted(years, reverse=True):
            self.year_combo.addItem(str(year), year)
        self.year_combo.setCurrentIndex(self.year_combo.findData(self.year))
        self.year_combo.blockSignals(False)

    def _year_chosen(self) -> None:
        self.prose.flush()
        self.year = self.year_combo.currentData()
        self.plan_id = None  # each year's report follows its own plan
        self.refresh()

    def refresh(self) -> None:
        """Everything: tables, checks and prose (drafts read the plan)."""
        report = build_annual_report(
            self.session.ledger, self.year, plan_id=self.plan_id, today=self.today()
        )
        self.organization_edit.setText(report.organization)
        self.prose.load(report.parts)
        self.placeholders = [self.prose.part_title(k) for k in report.open_placeholders()]
        self.placeholders = [p for p in self.placeholders if p]
        self.refresh_tables()

    def refresh_tables(self) -> None:
        ledger = self.session.ledger
        applications = ledger.application_table(self.year)
        active = ledger.report_table(self.year, TABLE2)
        review = ledger.report_table(self.year, TABLE4)
        self.failures = check_tables(applications, active, review)
        marks: dict[str, dict[tuple[str, str], CellMark]] = {t: {} for t in self.grids}
        for (row, column), adjustment in applications.adjustments.items():
            computed = applications.value(row, column) - adjustment.delta
            if adjustment.note:
                text = self.tr(
                    "The register counts {count}; adjusted by {delta:+d} because: {reason}"
                ).format(count=computed, delta=adjustment.delta, reason=adjustment.note)
            else:
                text = self.tr("The register counts {count}; adjusted by {delta:+d}").format(
                    count=computed, delta=adjustment.delta
                )
            marks[TABLE3][(row, column)] = CellMark(adjusted=text)
        for failure in self.failures:
            old = marks[failure.table].get(failure.cell, CellMark())
            marks[failure.table][failure.cell] = CellMark(old.adjusted, failure.text())
        layouts = {
            TABLE2: active_layout(active),
            TABLE3: application_layout(applications),
            TABLE4: review_layout(review),
        }
        titles = {
            TABLE2: self.tr("Table 2 · proactive disclosure"),
            TABLE3: self.tr("Table 3 · requests"),
            TABLE4: self.tr("Table 4 · review and litigation"),
        }
        for index, (table, grid) in enumerate(self.grids.items()):
            grid.show_layout(layouts[table], marks[table])
            failing = sum(1 for f in self.failures if f.table == table)
            title = titles[table] + (f"  ⚠ {failing}" if failing else "")
            self.tabs.setTabText(index, title)
        self._fill_checks()

    def _fill_checks(self) -> None:
        self.checks.clear()
        for failure in self.failures:
            item = QListWidgetItem("✗ " + failure.text(), self.checks)
            item.setForeground(QBrush(QColor("#A4262C")))
            item.setData(FailureRole, failure)
        for title in self.placeholders:
            QListWidgetItem(
                self.tr("“{part}” still has 〔…〕 to fill in").format(part=title), self.checks
            )
        if not self.failures:
            item = QListWidgetItem(self.tr("✓ Every cross-check of the tables holds."))
            item.setForeground(QBrush(QColor("#1E6B1E")))
            self.checks.insertItem(0, item)

    def _go_to_check(self, item: QListWidgetItem) -> None:
        failure = item.data(FailureRole)
        if failure is None:
            return
        grid = self.grids[failure.table]
        self.tabs.setCurrentWidget(grid)
        cell = grid.item_for(*failure.cell)
        if cell is not None:
            grid.setCurrentItem(cell)
            grid.scrollToItem(cell)

    def _on_changed(self, changes: ChangeSet) -> None:
        if changes.report_texts_changed:
            self.refresh()
        elif changes.report_inputs_changed:
            self.refresh_tables()

    # ------------------------------------------------------------ editing
    def figure_edited(self, table: str, row: str, column: str, text: str) -> None:
        ledger, year = self.session.ledger, self.year
        if table == TABLE3:
            try:
                value = int(
                    text.strip().translate(str.maketrans("０１２３４５６７８９", "0123456789"))
                )
            except ValueError:
                self._refuse(
                    self.tr("A whole number (a count) is needed here, not “{text}”."), text
                )
                return
            adjustment = ledger.application_table(year).adjustment(row, column)
            reason = adjustment.note if adjustment else ""  # a new figure keeps its reason
            self.session.perform(
                self.tr("Adjust table 3"),
                lambda: ledger.set_report_value(year, row, column, value, reason),
            )
        else:
            self.session.perform(
                self.tr("Enter a report figure"),
                lambda: ledger.set_report_figure(year, table, row, column, text),
            )
        self.refresh_tables()  # a refused figure goes back to what is stored

    def _refuse(self, text: str, typed: str) -> None:
        QMessageBox.warning(self, self.windowTitle(), text.format(text=typed))
        self.refresh_tables()

    def show_adjustment_menu(self, row: str, column: str, position: QPoint) -> QMenu:
        adjustment = self.session.ledger.application_table(self.year).adjustment(row, column)
        menu = QMenu(self)
        reason = menu.addAction(self.tr("Reason for the adjustment…"))
        reason.setEnabled(adjustment is not None)
        reason.triggered.connect(lambda: self.ask_reason(row, column))
        back = menu.addAction(self.tr("Use the register's count"))
        back.setEnabled(adjustment is not None)
        back.triggered.connect(lambda: self.remove_adjustment(row, column))
        menu.popup(position)
        return menu

    def ask_reason(self, row: str, column: str, reason: str | None = None) -> None:
        ledger, year = self.session.ledger, self.year
        adjustment = ledger.application_table(year).adjustment(row, column)
        if adjustment is None:
            return
        if reason is None:
            reason, ok = QInputDialog.getText(
                self, self.tr("Reason for the adjustment"), self.tr("Reason"), text=adjustment.note
            )
            if not ok:
                return
        self.session.perform(
            self.tr("Reason for an adjustment"),
            lambda: ledger.set_report_adjustment(year, row, column, adjustment.delta, reason),
        )

    def remove_adjustment(self, row: str, column: str) -> None:
        ledger, year = self.session.ledger, self.year
        self.session.perform(
            self.tr("Use the register's count"),
            lambda: ledger.set_report_adjustment(year, row, column, 0),
        )

    def save_organization(self) -> None:
        ledger, year = self.session.ledger, self.year
        text = self.organization_edit.text().strip()
        shown = self.prose.parts.get("organization")
        if shown is not None and text == shown.text.strip():
            return
        self.session.perform(
            self.tr("Edit the report's organisation"),
            lambda: ledger.set_report_text(year, "organization", text),
        )

    # ------------------------------------------------------------ export
    def choose_and_export(self, suffix: str) -> Path | None:
        if not self.confirm_despite_failures():
            return None
        name = self.tr("{year} government information disclosure report").format(year=self.year)
        filters = "Word (*.docx)" if suffix == ".docx" else "Excel (*.xlsx)"
        path, _filter = QFileDialog.getSaveFileName(self, self.tr("Export"), name + suffix, filters)
        return self.export_to(Path(path)) if path else None

    def confirm_despite_failures(self) -> bool:
        """Before an export: a report whose figures do not add up is sent only on purpose."""
        if not self.failures:
            return True
        lines = "\n".join(f"• {failure.text()}" for failure in self.failures[:5])
        more = len(self.failures) - 5
        if more > 0:
            lines += "\n" + self.tr("… and {count} more").format(count=more)
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.windowTitle(),
            self.tr("{count} cross-checks of the statistics fail:").format(count=len(self.failures))
            + "\n\n"
            + lines
            + "\n\n"
            + self.tr(
                "A report filed with figures that do not add up has to be corrected "
                "later. Export it anyway?"
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Export anyway"))
        box.button(QMessageBox.StandardButton.No).setText(self.tr("Go back and correct"))
        box.setDefaultButton(QMessageBox.StandardButton.No)
        self.failures_box = box  # for tests: the question being asked
        try:
            return box.exec() == QMessageBox.StandardButton.Yes
        finally:
            self.failures_box = None
            box.deleteLater()

    def export_to(self, path: Path) -> Path | None:
        from govledger.exporters.annual_report_docx import export_annual_report_docx
        from govledger.exporters.annual_report_xlsx import export_annual_report_xlsx

        self.prose.flush()
        write = (
            export_annual_report_xlsx
            if path.suffix.lower() == ".xlsx"
            else export_annual_report_docx
        )
        if path.suffix.lower() not in (".xlsx", ".docx"):
            path = path.with_suffix(".docx")
        try:
            written = write(self.session.ledger, self.year, path, plan_id=self.plan_id)
        except GovLedgerError as exc:
            QMessageBox.warning(self, self.windowTitle(), str(exc))
            return None
        self.status.setText(self.tr("Saved to {path}").format(path=written))
        return written

    def closeEvent(self, event) -> None:
        self.prose.flush()
        super().closeEvent(event)

    def done(self, result: int) -> None:
        self.prose.flush()
        super().done(result)
