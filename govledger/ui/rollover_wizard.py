"""The 回头看 wizard: last year's unfinished requirements, one decision each.

Pages: choose the two plans → decide per requirement (continue it in the new plan's
matching requirement / carry it over as a new one / close with a reason / 不适用
with a reason) → summary, where "Apply" runs the whole review as one
undoable step → done, with the 回头看 report to save.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from govledger.domain.changes import ChangeSet
from govledger.domain.model import Task
from govledger.domain.rollover import (
    Counterpart,
    Decision,
    ReviewChoice,
    RolloverReview,
    past_year_named,
)
from govledger.store import Ledger
from govledger.ui.labels import status_name
from govledger.ui.perform import Perform
from govledger.ui.window_geometry import fit_to_screen
from govledger.ui.year_plans import PlanCombo, default_pair

JOIN = "join"  # the combo's data for CARRY_OVER into the counterpart


def decision_name(decision: Decision) -> str:
    return {
        Decision.CARRY_OVER: QCoreApplication.translate("Rollover", "Carry over as new"),
        Decision.CLOSE: QCoreApplication.translate("Rollover", "Close (give a reason)"),
        Decision.NOT_APPLICABLE: QCoreApplication.translate("Rollover", "Not applicable (reason)"),
    }[decision]


class RolloverWizard(QWizard):
    def __init__(
        self,
        ledger: Ledger,
        perform: Perform,
        parent: QWidget | None = None,
        today: date | None = None,
    ):
        super().__init__(parent)
        self.ledger = ledger
        self.perform = perform
        self.today = today or date.today()
        self.review: RolloverReview | None = None  # set once applied
        self.setWindowTitle(self.tr("Review last year's plan (回头看)"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage)
        self.plans_page = PlansPage(self)
        self.decisions_page = DecisionsPage(self)
        self.summary_page = SummaryPage(self)
        self.done_page = DonePage(self)
        for page in (self.plans_page, self.decisions_page, self.summary_page, self.done_page):
            self.addPage(page)
        fit_to_screen(self, (980, 640))

    @property
    def from_plan_id(self) -> int | None:
        return self.plans_page.from_combo.plan_id()

    @property
    def to_plan_id(self) -> int | None:
        return self.plans_page.to_combo.plan_id()

    def apply(self) -> bool:
        """Run the review as one undoable step; False when the ledger refused."""
        choices = self.decisions_page.choices()
        source, target = self.from_plan_id, self.to_plan_id
        assert source is not None and target is not None
        described: list[RolloverReview] = []

        def operation() -> ChangeSet:
            # described first: the report tells the statuses as they were reviewed
            described.append(self.ledger.describe_review(source, target, choices, self.today))
            return self.ledger.apply_review(source, target, choices, on=self.today)

        if self.perform(self.tr("Review of last year's plan"), operation) is None:
            return False
        self.review = described[0]
        return True

    def save_report(self, path: Path | str) -> Path:
        assert self.review is not None
        from govledger.exporters.rollover_report import write_rollover_report  # python-docx: slow

        return write_rollover_report(self.review, path)


class PlansPage(QWizardPage):
    def __init__(self, wizard: RolloverWizard):
        super().__init__(wizard)
        self._wizard = wizard
        self.setTitle(self.tr("Which plans?"))
        self.setSubTitle(
            self.tr(
                "Last year's plan is reviewed; what is carried over goes into this year's plan."
            )
        )
        plans = wizard.ledger.plans()
        last_year, this_year = default_pair(plans)
        self.from_combo = PlanCombo(plans, last_year, self)
        self.to_combo = PlanCombo(plans, this_year, self)
        self.count_label = QLabel(self)
        layout = QFormLayout(self)
        layout.addRow(self.tr("Last year's plan"), self.from_combo)
        layout.addRow(self.tr("This year's plan"), self.to_combo)
        layout.addRow("", self.count_label)
        for combo in (self.from_combo, self.to_combo):
            # signal to signal: Qt emits it, no Python emit (see PySide6 6.12's emit leak)
            combo.currentIndexChanged.connect(self.completeChanged)
            combo.currentIndexChanged.connect(self._show_count)
        self._show_count()

    def _show_count(self) -> None:
        wizard = self._wizard
        source, target = self.from_combo.plan_id(), self.to_combo.plan_id()
        if source is None or target is None or source == target:
            self.count_label.setText(self.tr("Choose two different plans."))
        else:
            count = len(wizard.ledger.review_candidates(source, target, wizard.today))
            self.count_label.setText(
                self.tr("{count} requirements of last year's plan are still open.").format(
                    count=count
                )
            )

    def isComplete(self) -> bool:
        source, target = self.from_combo.plan_id(), self.to_combo.plan_id()
        return source is not None and target is not None and source != target


class DecisionsPage(QWizardPage):
    NUMBER, TEXT, UNITS, STATUS, COUNTERPART, DECISION, REASON = range(7)

    def __init__(self, wizard: RolloverWizard):
        super().__init__(wizard)
        self._wizard = wizard
        self.setTitle(self.tr("Decide for each open requirement"))
        self.setSubTitle(
            self.tr(
                "Continue it in this year's matching requirement or carry it over as a new one "
                "(either way with its progress and evidence), close it, or mark it not "
                "applicable. Closing and not applicable need a reason."
            )
        )
        self.tasks: list[Task] = []
        self.counterparts: dict[int, Counterpart] = {}
        self.past_years: dict[int, int] = {}  # task id -> the past year its limit names
        self.table = QTableWidget(0, 7, self)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("No."),
                self.tr("Requirement"),
                self.tr("Units"),
                self.tr("Status"),
                self.tr("In this year's plan"),
                self.tr("Decision"),
                self.tr("Reason"),
            ]
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(self.TEXT, QHeaderView.ResizeMode.Stretch)
        header.sectionResized.connect(lambda *_: self.table.resizeRowsToContents())
        for column, width in (
            (self.NUMBER, 40),
            (self.UNITS, 110),
            (self.STATUS, 64),
            (self.COUNTERPART, 180),
        ):
            self.table.setColumnWidth(column, width)
        self.table.setColumnWidth(self.DECISION, 170)
        self.table.setColumnWidth(self.REASON, 140)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.itemChanged.connect(self.completeChanged)
        self.hint = QLabel(self)
        carry_all = QPushButton(self.tr("Carry all over"), self)
        carry_all.clicked.connect(lambda: self.set_all(Decision.CARRY_OVER))
        buttons = QHBoxLayout()
        buttons.addWidget(self.hint, 1)
        buttons.addWidget(carry_all)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

    def initializePage(self) -> None:
        wizard = self._wizard
        assert wizard.from_plan_id is not None
        assert wizard.to_plan_id is not None
        self.tasks = wizard.ledger.review_candidates(
            wizard.from_plan_id, wizard.to_plan_id, wizard.today
        )
        self.counterparts = wizard.ledger.review_counterparts(
            wizard.from_plan_id, wizard.to_plan_id, wizard.today
        )
        new_year = wizard.ledger.plan(wizard.to_plan_id).year
        self.past_years = {
            task.id: year
            for task in self.tasks
            if (year := past_year_named(task.deadline_text, new_year)) is not None
        }
        self.table.blockSignals(True)
        self.table.setRowCount(len(self.tasks))
        for row, task in enumerate(self.tasks):
            status = wizard.ledger.effective_status(task, wizard.today)
            for column, text in (
                (self.NUMBER, task.number),
                (self.TEXT, task.text),
                (self.UNITS, task.units_text or "、".join(task.units)),
                (self.STATUS, status_name(status)),
                (self.COUNTERPART, self._counterpart_text(task)),
            ):
                item = QTableWidgetItem(text)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                item.setToolTip(text)
                self.table.setItem(row, column, item)
            combo = QComboBox()
            counterpart = self.counterparts.get(task.id)
            if counterpart is not None:
                number = counterpart.number or self.tr("the matching one")
                combo.addItem(self.tr("Continue in No. {number}").format(number=number), JOIN)
            for decision in Decision:
                combo.addItem(decision_name(decision), str(decision))
            combo.currentIndexChanged.connect(self.completeChanged)
            # In a box of its own, so a tall row does not stretch the combo to its height.
            holder = QWidget(self.table)
            holder_layout = QVBoxLayout(holder)
            holder_layout.setContentsMargins(2, 0, 2, 0)
            holder_layout.addWidget(combo, 0, Qt.AlignmentFlag.AlignVCenter)
            self.table.setCellWidget(row, self.DECISION, holder)
            self.table.setItem(row, self.REASON, QTableWidgetItem(""))
        self.table.blockSignals(False)
        # Row heights follow the wrapped texts, so measure again once the columns have
        # their final widths (the page is laid out after it is initialised).
        QTimer.singleShot(0, self.table.resizeRowsToContents)

    def _counterpart_text(self, task: Task) -> str:
        """The matching requirement of this year's plan, and the limit to set anew."""
        lines = []
        counterpart = self.counterparts.get(task.id)
        if counterpart is not None:
            lines.append(counterpart.label)
        if task.id in self.past_years:
            lines.append(
                self.tr("⚠ Its time limit names {year}: set it anew when carried over").format(
                    year=self.past_years[task.id]
                )
            )
        return "\n".join(lines) or "—"

    def decision_combo(self, row: int) -> QComboBox:
        combo = self.table.cellWidget(row, self.DECISION).findChild(QComboBox)
        assert isinstance(combo, QComboBox)
        return combo

    def set_decision(self, row: int, decision: Decision, reason: str = "") -> None:
        combo = self.decision_combo(row)
        combo.setCurrentIndex(combo.findData(str(decision)))
        self.table.item(row, self.REASON).setText(reason)

    def continue_in_counterpart(self, row: int) -> bool:
        """Choose the matching requirement for this row; False when there is none."""
        combo = self.decision_combo(row)
        index = combo.findData(JOIN)
        if index >= 0:
            combo.setCurrentIndex(index)
        return index >= 0

    def set_all(self, decision: Decision) -> None:
        """Carry all over: into the matching requirement where there is one."""
        for row in range(self.table.rowCount()):
            if decision is Decision.CARRY_OVER and self.continue_in_counterpart(row):
                continue
            self.decision_combo(row).setCurrentIndex(
                self.decision_combo(row).findData(str(decision))
            )

    def choices(self) -> list[ReviewChoice]:
        found = []
        for row, task in enumerate(self.tasks):
            data = self.decision_combo(row).currentData()
            reason = self.table.item(row, self.REASON).text().strip()
            if data == JOIN:
                counterpart = self.counterparts[task.id].task_id
                found.append(ReviewChoice(task.id, Decision.CARRY_OVER, reason, counterpart))
            else:
                found.append(ReviewChoice(task.id, Decision(data), reason))
        return found

    def isComplete(self) -> bool:
        missing = sum(1 for c in self.choices() if c.needs_reason and not c.reason)
        if not self.tasks:
            self.hint.setText(self.tr("Nothing is open in last year's plan: nothing to review."))
        elif missing:
            self.hint.setText(
                self.tr("{count} decisions still need a reason.").format(count=missing)
            )
        else:
            self.hint.setText("")
        return missing == 0


class SummaryPage(QWizardPage):
    def __init__(self, wizard: RolloverWizard):
        super().__init__(wizard)
        self._wizard = wizard
        self.setTitle(self.tr("Summary"))
        self.setSubTitle(
            self.tr("Apply makes all these changes in one step; Undo takes them back.")
        )
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("Apply"))
        self.text = QPlainTextEdit(self)
        self.text.setReadOnly(True)
        QVBoxLayout(self).addWidget(self.text)

    def initializePage(self) -> None:
        page = self._wizard.decisions_page
        choices = page.choices()
        tasks = {task.id: task for task in page.tasks}
        lines = []
        joined = [c for c in choices if c.counterpart_id is not None]
        lines.append(
            self.tr("Continue in this year's matching requirement: {count}").format(
                count=len(joined)
            )
        )
        for choice in joined:
            task = tasks[choice.task_id]
            lines.append(f"    {task.number} {task.text} → {page.counterparts[task.id].label}")
        for decision in Decision:
            chosen = [c for c in choices if c.decision is decision and c.counterpart_id is None]
            lines.append(f"{decision_name(decision)}: {len(chosen)}")
            for choice in chosen:
                task = tasks[choice.task_id]
                reason = f" — {choice.reason}" if choice.reason else ""
                flag = ""
                if decision is Decision.CARRY_OVER and task.id in page.past_years:
                    flag = "  " + self.tr("(time limit to set anew)")
                lines.append(f"    {task.number} {task.text}{reason}{flag}")
        self.text.setPlainText("\n".join(lines))

    def validatePage(self) -> bool:
        return self._wizard.apply()


class DonePage(QWizardPage):
    def __init__(self, wizard: RolloverWizard):
        super().__init__(wizard)
        self._wizard = wizard
        self.setTitle(self.tr("Review applied"))
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        save = QPushButton(self.tr("Save the 回头看 report…"), self)
        save.clicked.connect(self.choose_report_file)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(save, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)

    def initializePage(self) -> None:
        review = self._wizard.review
        assert review is not None
        text = self.tr(
            "Reviewed {total} requirements: {carried} carried over into this year's plan, "
            "{closed} closed, {na} not applicable. Undo takes the review back."
        ).format(
            total=len(review.items),
            carried=len(review.with_decision(Decision.CARRY_OVER)),
            closed=len(review.with_decision(Decision.CLOSE)),
            na=len(review.with_decision(Decision.NOT_APPLICABLE)),
        )
        page = self._wizard.decisions_page
        stale = [
            c
            for c in page.choices()
            if c.decision is Decision.CARRY_OVER
            and c.counterpart_id is None
            and c.task_id in page.past_years
        ]
        if stale:
            text += "\n\n" + self.tr(
                "{count} carried-over requirements have a time limit that names last year: "
                "they keep that date (shown overdue) until you set a new one."
            ).format(count=len(stale))
        self.label.setText(text)

    def choose_report_file(self) -> None:
        review = self._wizard.review
        assert review is not None
        suggested = f"{review.from_year}年政务公开工作要点回头看报告.docx"
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save the 回头看 report"), suggested, self.tr("Word document (*.docx)")
        )
        if not path:
            return
        try:
            saved = self._wizard.save_report(path)
        except OSError as exc:
            QMessageBox.warning(self, self.windowTitle(), str(exc))
            return
        QMessageBox.information(
            self, self.windowTitle(), self.tr("Saved to {path}").format(path=saved)
        )
