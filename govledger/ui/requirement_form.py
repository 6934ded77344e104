"""基本信息: the fields of one requirement, each committed as its own undoable step.

A field commits when the clerk finishes with it (Enter, leaving the field, picking a
value) — never per keystroke — and only if its value really changed. The time limit
is re-read live with the importers' deadline parser, so the clerk sees at once which
date a phrase like “10月底前” means.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSlider,
    QSpinBox,
    QWidget,
)

from govledger.domain.model import STORED_STATUSES, Plan, Task
from govledger.ui.appearance import style_hint
from govledger.ui.labels import recurrence_name, status_name
from govledger.ui.session import LedgerSession
from govledger.ui.stale_edit_dialog import Outcome, save_task_edit
from govledger.ui.typed_date_edit import TypedDateEdit
from govledger.ui.unit_picker import UnitPicker
from govledger.ui.unsaved_edits import typed_over

if TYPE_CHECKING:
    from govledger.domain.deadline_parser import Deadline


class RequirementForm(QWidget):
    def __init__(self, session: LedgerSession, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.task: Task | None = None
        self.plan: Plan | None = None
        self._loading = False
        self._resolving = False  # a save refused as stale is being decided

        self.path_label = QLabel(self)
        self.path_label.setWordWrap(True)
        style_hint(self.path_label, "pathLabel")
        self.number_edit = QLineEdit(self)
        self.number_edit.setMaximumWidth(self.fontMetrics().horizontalAdvance("0000000") + 16)
        # The plan's own numbering where 序号 is plan-wide (一是 restarting per section).
        self.label_hint = QLabel(self)
        style_hint(self.label_hint)
        self.text_edit = QPlainTextEdit(self)
        self.text_edit.setTabChangesFocus(True)
        lines = self.fontMetrics().lineSpacing()
        self.text_edit.setMinimumHeight(lines * 3 + 12)
        self.text_edit.setMaximumHeight(lines * 7 + 12)
        self.text_edit.installEventFilter(self)
        self.units_text_label = QLabel(self)
        self.units_text_label.setWordWrap(True)
        style_hint(self.units_text_label)
        self.lead_picker = UnitPicker(self)
        self.co_picker = UnitPicker(self)
        self.deadline_edit = QLineEdit(self)
        self.deadline_edit.setPlaceholderText(self.tr("e.g. 10月底前, 全年, 每季度"))
        self.deadline_hint = QLabel(self)
        style_hint(self.deadline_hint)
        self.deadline_hint.setWordWrap(True)
        self.due_edit = TypedDateEdit(parent=self)
        self.due_edit.setCalendarPopup(True)
        self.due_edit.setDisplayFormat("yyyy-MM-dd")
        self.no_due_box = QCheckBox(self.tr("No due date"), self)
        self.status_combo = QComboBox(self)
        for status in STORED_STATUSES:
            self.status_combo.addItem(status_name(status), str(status))
        self.progress_slider = QSlider(Qt.Orientation.Horizontal, self)
        self.progress_slider.setRange(0, 100)
        self.progress_slider.setPageStep(10)
        self.progress_spin = QSpinBox(self)
        self.progress_spin.setRange(0, 100)
        self.progress_spin.setSuffix("%")

        number_row = QHBoxLayout()
        number_row.addWidget(self.number_edit)
        number_row.addWidget(self.label_hint)
        number_row.addStretch(1)
        due_row = QHBoxLayout()
        due_row.addWidget(self.due_edit)
        due_row.addWidget(self.no_due_box)
        due_row.addStretch(1)
        progress_row = QHBoxLayout()
        progress_row.addWidget(self.progress_slider, 1)
        progress_row.addWidget(self.progress_spin)
        form = QFormLayout(self)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.path_label)
        form.addRow(self.tr("No."), number_row)
        form.addRow(self.tr("Requirement"), self.text_edit)
        form.addRow(self.tr("As written"), self.units_text_label)
        form.addRow(self.tr("Lead units"), self.lead_picker)
        form.addRow(self.tr("Cooperating"), self.co_picker)
        form.addRow(self.tr("Time limit"), self.deadline_edit)
        form.addRow("", self.deadline_hint)
        form.addRow(self.tr("Due date"), due_row)
        form.addRow(self.tr("Status"), self.status_combo)
        form.addRow(self.tr("Progress"), progress_row)

        # A date picked with the arrows or the calendar settles before it commits.
        self._due_timer = QTimer(self, singleShot=True, interval=700)
        self._due_timer.timeout.connect(self.commit_due)
        self._progress_timer = QTimer(self, singleShot=True, interval=700)
        self._progress_timer.timeout.connect(self.commit_progress)
        self.number_edit.editingFinished.connect(self.commit_number)
        self.lead_picker.committed.connect(
            lambda names: self._commit(self.tr("Change lead units"), lead_units=names)
        )
        self.co_picker.committed.connect(
            lambda names: self._commit(self.tr("Change cooperating units"), co_units=names)
        )
        self.deadline_edit.textEdited.connect(self._show_deadline_hint)
        self.deadline_edit.editingFinished.connect(self.commit_deadline)
        self.due_edit.dateChanged.connect(lambda _d: self._loading or self._due_timer.start())
        self.due_edit.editingFinished.connect(self.commit_due)
        self.no_due_box.toggled.connect(self._no_due_toggled)
        self.status_combo.activated.connect(lambda _i: self.commit_status())
        self.progress_slider.valueChanged.connect(self._slider_moved)
        self.progress_spin.valueChanged.connect(self._spin_changed)
        self.progress_slider.sliderReleased.connect(self.commit_progress)
        self.progress_spin.editingFinished.connect(self.commit_progress)

    def content_editors(self) -> list[QWidget]:
        """The fields saying what the requirement is (not how far its work is)."""
        return [
            self.number_edit,
            self.text_edit,
            self.lead_picker,
            self.co_picker,
            self.deadline_edit,
            self.due_edit,
            self.no_due_box,
        ]

    # ------------------------------------------------------------ showing
    def flush(self, *, interactive: bool = True, can_cancel: bool = False) -> bool:
        """Save everything typed or picked and not yet committed, as one undo step.

        Called before another task is shown and before the ledger closes (window close,
        quit, session end, SIGTERM): fields that commit on focus-out or after a pause
        would otherwise lose what the clerk typed. One commit, because committing
        refreshes the form from the ledger, which would reset the other fields.
        interactive and can_cancel: see stale_edit_dialog.save_edit. False when the
        clerk cancelled a save refused as stale: the form still holds what they typed.
        """
        pending = self._due_timer.isActive() or self._progress_timer.isActive()
        self._due_timer.stop()
        self._progress_timer.stop()
        task = self.task
        if task is None or self._loading:
            return True
        fields: dict[str, Any] = {}
        text = self.text_edit.toPlainText().strip()
        if text and text != task.text:
            fields["text"] = text
        number = self.number_edit.text().strip()
        if number != task.number:
            fields["number"] = number
        deadline = self.deadline_edit.text().strip()
        if deadline != task.deadline_text:
            fields["deadline_text"] = deadline
            parsed = self._parse(deadline)
            if parsed.understood or not deadline:
                fields.update(
                    due=parsed.due, recurrence=parsed.recurrence, deadline_rule=parsed.rule
                )
        for name, picker, stored in (
            ("lead_units", self.lead_picker, task.lead_units),
            ("co_units", self.co_picker, task.co_units),
        ):
            if picker.units() != list(stored):
                fields[name] = picker.units()
                picker.set_units(fields[name])  # committed here, not again on focus-out
        if pending and "due" not in fields:
            due = None if self.no_due_box.isChecked() else self.due_edit.date().toPython()
            if due != task.due:
                fields["due"] = due
        if pending and self.progress_spin.value() != task.progress:
            fields["progress"] = self.progress_spin.value()
        if not fields:
            return True
        outcome = self._save(
            self.tr("Save typed changes"), fields, interactive=interactive, can_cancel=can_cancel
        )
        return outcome is not Outcome.KEPT_TYPING

    def load(
        self, task: Task | None, plan: Plan | None, path: list[Task], units: list[str]
    ) -> bool:
        """Show task; True when typing not yet saved was kept over a record that changed
        underneath (another clerk's edit), for the panel to say so."""
        if task is None or self.task is None or task.id != self.task.id:
            self.flush()
            kept: set[str] = set()
        else:
            kept = self._typed_over(self.task, task)
        changed_underneath = bool(kept) and task != self.task
        self._loading = True
        try:
            self.task, self.plan = task, plan
            self.due_edit.set_default_year(plan.year if plan else None)  # for "10月12日"
            self._due_timer.stop()
            self._progress_timer.stop()
            if task is None:
                return False
            self.path_label.setText(" › ".join(h.text for h in path))
            self.path_label.setVisible(bool(path))
            if "number" not in kept:
                self.number_edit.setText(task.number)
            printed = self.tr("As printed: {label}").format(label=task.label)
            self.label_hint.setText(printed if task.label else "")
            self.label_hint.setVisible(bool(task.label))
            if "text" not in kept and self.text_edit.toPlainText() != task.text:
                self.text_edit.setPlainText(task.text)
            self.units_text_label.setText(task.units_text or "—")
            for name, picker, names in (
                ("lead_units", self.lead_picker, task.lead_units),
                ("co_units", self.co_picker, task.co_units),
            ):
                picker.set_directory(units)
                if name not in kept:
                    picker.set_units(names)
            if "deadline_text" not in kept:
                self.deadline_edit.setText(task.deadline_text)
                self._show_deadline_hint(task.deadline_text)
            self.no_due_box.setChecked(task.due is None)
            self.due_edit.setEnabled(task.due is not None)
            shown = task.due or date(plan.year if plan else date.today().year, 12, 31)
            self.due_edit.setDate(QDate(shown.year, shown.month, shown.day))
            self.status_combo.setCurrentIndex(max(0, self.status_combo.findData(str(task.status))))
            self.progress_slider.setValue(task.progress)
            self.progress_spin.setValue(task.progress)
        finally:
            self._loading = False
        return changed_underneath

    def _show_loaded(self) -> None:
        """The typed fields as the loaded record has them (the clerk took the saved
        version: the re-read that follows then replaces them)."""
        task = self.task
        if task is None:
            return
        self._loading = True
        try:
            self.number_edit.setText(task.number)
            self.text_edit.setPlainText(task.text)
            self.deadline_edit.setText(task.deadline_text)
            self.lead_picker.set_units(task.lead_units)
            self.co_picker.set_units(task.co_units)
        finally:
            self._loading = False

    def typing(self) -> bool:
        """Whether a field holds typing not yet saved."""
        return self.task is not None and bool(self._typed_over(self.task, self.task))

    def _typed_over(self, loaded: Task, stored: Task) -> set[str]:
        """The fields whose typing, not yet saved, a reload with stored would replace."""
        shown = {
            "number": (self.number_edit.text(), loaded.number, stored.number),
            "text": (self.text_edit.toPlainText(), loaded.text, stored.text),
            "deadline_text": (
                self.deadline_edit.text(),
                loaded.deadline_text,
                stored.deadline_text,
            ),
            "lead_units": (
                self.lead_picker.units(),
                list(loaded.lead_units),
                list(stored.lead_units),
            ),
            "co_units": (self.co_picker.units(), list(loaded.co_units), list(stored.co_units)),
        }
        return {name for name, values in shown.items() if typed_over(*values)}

    def _show_deadline_hint(self, text: str) -> None:
        if not text.strip():
            self.deadline_hint.setText(self.tr("No time limit written."))
            return
        parsed = self._parse(text)
        parts = []
        if parsed.due:
            parts.append(self.tr("due {date}").format(date=parsed.due.isoformat()))
        if parsed.recurrence:
            parts.append(recurrence_name(str(parsed.recurrence)))
        if parsed.rule:
            parts.append(self.tr("counted from an event"))
        if parsed.understood:
            self.deadline_hint.setText("→ " + "，".join(parts))
        else:
            self.deadline_hint.setText(
                self.tr("Not understood as a date; pick the due date below.")
            )

    def _parse(self, text: str) -> Deadline:
        from govledger.domain import deadline_parser  # its rules load on the first edit

        year = self.plan.year if self.plan else date.today().year
        issued = self.plan.issued_on if self.plan else None
        return deadline_parser.parse(text, year, issued)

    # ------------------------------------------------------------ committing
    def _commit(self, undo_text: str, /, **fields: Any) -> None:
        self._save(undo_text, fields)

    def _save(
        self,
        undo_text: str,
        fields: dict[str, Any],
        *,
        interactive: bool = True,
        can_cancel: bool = True,
    ) -> Outcome:
        """Save fields on the version of the task this form loaded (see save_edit)."""
        if self._loading or self._resolving or self.task is None:
            return Outcome.KEPT_TYPING if self._resolving else Outcome.SAVED
        self._resolving = True  # a field left for the dialog must not ask a second time
        try:
            return save_task_edit(
                self.session,
                self,
                self.task,
                undo_text,
                fields,
                interactive=interactive,
                can_cancel=can_cancel,
                drop_typing=self._show_loaded,
            )
        finally:
            self._resolving = False

    def commit_number(self) -> None:
        if self.task and self.number_edit.text().strip() != self.task.number:
            self._commit(self.tr("Edit number"), number=self.number_edit.text().strip())

    def commit_text(self) -> None:
        text = self.text_edit.toPlainText().strip()
        if self.task and text and text != self.task.text:
            self._commit(self.tr("Edit requirement text"), text=text)

    def commit_deadline(self) -> None:
        text = self.deadline_edit.text().strip()
        if self.task is None or text == self.task.deadline_text:
            return
        fields: dict[str, Any] = {"deadline_text": text}
        parsed = self._parse(text)
        if parsed.understood or not text:
            fields.update(due=parsed.due, recurrence=parsed.recurrence, deadline_rule=parsed.rule)
        self._commit(self.tr("Change time limit"), **fields)

    def commit_due(self) -> None:
        self._due_timer.stop()
        if self.task is None or self._loading:
            return
        due = None if self.no_due_box.isChecked() else self.due_edit.date().toPython()
        if due != self.task.due:
            self._commit(self.tr("Change due date"), due=due)

    def _no_due_toggled(self, checked: bool) -> None:
        self.due_edit.setEnabled(not checked)
        self.commit_due()

    def commit_status(self) -> None:
        value = self.status_combo.currentData()
        if self.task and value != str(self.task.status):
            self._commit(self.tr("Change status"), status=value)

    def _slider_moved(self, value: int) -> None:
        self.progress_spin.blockSignals(True)
        self.progress_spin.setValue(value)
        self.progress_spin.blockSignals(False)
        if not self._loading and not self.progress_slider.isSliderDown():
            self._progress_timer.start()  # keyboard or click on the groove

    def _spin_changed(self, value: int) -> None:
        self.progress_slider.blockSignals(True)
        self.progress_slider.setValue(value)
        self.progress_slider.blockSignals(False)
        if not self._loading:
            self._progress_timer.start()

    def commit_progress(self) -> None:
        self._progress_timer.stop()
        value = self.progress_spin.value()
        if self.task and not self._loading and value != self.task.progress:
            self._commit(self.tr("Change progress"), progress=value)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.text_edit and event.type() == QEvent.Type.FocusOut:
            self.commit_text()
        return super().eventFilter(watched, event)
