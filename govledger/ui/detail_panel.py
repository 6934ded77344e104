"""The panel beside the tree: everything about the selected task.

A requirement gets three tabs — 基本信息 (the fields), 工作开展情况 (the progress
log) and 佐证材料 (the evidence panel, evidence_panel.py); a heading gets
its number and text and a summary of the requirements below it. Each page is
built the first time it is shown (the progress log and the evidence panel the first
time their tab is opened): the window starts with nothing selected, so it starts
faster, and a tab nobody looks at never reads anything.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QScrollArea, QStackedWidget, QTabWidget, QVBoxLayout, QWidget

from govledger.domain.changes import ChangeSet
from govledger.domain.model import Plan, Task
from govledger.messages import GovLedgerError
from govledger.ui.appearance import style_hint, style_title
from govledger.ui.session import LedgerSession

if TYPE_CHECKING:
    from PySide6.QtWidgets import QPlainTextEdit

    from govledger.ui.evidence_panel import EvidencePanel
    from govledger.ui.heading_form import HeadingForm
    from govledger.ui.progress_log import ProgressLog
    from govledger.ui.requirement_form import RequirementForm


class DetailPanel(QWidget):
    def __init__(self, session: LedgerSession, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.task: Task | None = None
        self.plan: Plan | None = None
        self.counts_source = None  # callable(task_id) -> TaskCounts | None, set by the window

        self.title = QLabel(self)
        style_title(self.title)
        self.title.setWordWrap(True)
        # Another clerk changed the record while this one was typing (unsaved_edits.py).
        self.changed_notice = QLabel(
            self.tr("Someone else just changed this item; what you typed is kept, not saved yet."),
            self,
        )
        style_hint(self.changed_notice)
        self.changed_notice.setWordWrap(True)
        self.changed_notice.hide()
        self.stack = QStackedWidget(self)
        self.empty_page = QLabel(
            self.tr("Select a task in the tree to see and edit its details."), self
        )
        self.empty_page.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_page.setWordWrap(True)
        style_hint(self.empty_page)
        self.stack.addWidget(self.empty_page)
        self._heading_form: HeadingForm | None = None
        self._form: RequirementForm | None = None
        self._tabs: QTabWidget | None = None  # the requirement's page
        self._progress: ProgressLog | None = None
        self.my_unit = ""  # settings' 我的单位: the default 填报单位 of a progress note
        self._evidence: EvidencePanel | None = None
        # What the user may change of the task shown (access_rules.py, server clerks).
        self.access_rules: Callable[[DetailPanel], None] | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 4, 4)
        layout.addWidget(self.title)
        layout.addWidget(self.changed_notice)
        layout.addWidget(self.stack, 1)
        session.changed.connect(self.refresh)
        self.show_task(None)

    def set_plan(self, plan: Plan | None) -> None:
        self.plan = plan

    # ------------------------------------------------------------ pages built when needed
    PROGRESS_TAB, EVIDENCE_TAB = 1, 2

    @property
    def heading_form(self) -> HeadingForm:
        if self._heading_form is None:
            from govledger.ui.heading_form import HeadingForm

            self._heading_form = HeadingForm(self.session, self)
            self.stack.addWidget(self._heading_form)
        return self._heading_form

    @property
    def form(self) -> RequirementForm:
        if self._form is None:
            self._build_requirement_page()
        assert self._form is not None
        return self._form

    @property
    def tabs(self) -> QTabWidget:
        if self._tabs is None:
            self._build_requirement_page()
        assert self._tabs is not None
        return self._tabs

    def _build_requirement_page(self) -> None:
        from govledger.ui.requirement_form import RequirementForm

        self._form = RequirementForm(self.session, self)
        form_scroll = QScrollArea(self)
        form_scroll.setWidgetResizable(True)
        form_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        form_page = QWidget(self)
        form_page_layout = QVBoxLayout(form_page)
        form_page_layout.setContentsMargins(4, 6, 4, 4)
        form_page_layout.addWidget(self._form)
        form_page_layout.addStretch(1)  # rows stay together at the top
        form_scroll.setWidget(form_page)
        self._tabs = QTabWidget(self)
        self._tabs.addTab(form_scroll, self.tr("Basic information"))
        self._tabs.addTab(QWidget(), self.tr("Work carried out"))  # built when opened
        self._tabs.addTab(QWidget(), self.tr("Evidence"))
        self._tabs.currentChanged.connect(self._tab_opened)
        self.stack.addWidget(self._tabs)

    def flush(
        self, *, add_pending_note: bool = False, interactive: bool = True, can_cancel: bool = False
    ) -> bool:
        """Save what is being typed in the task's fields and in the progress table.

        add_pending_note: also add a progress note typed but not yet added (the
        window is going away without a chance to ask, e.g. at session end).
        interactive, can_cancel: for a save refused because someone else saved first
        (stale_edit_dialog.save_edit). False when the clerk cancelled such a save: the
        typed text is still in the form, so the window must not go away.
        """
        kept = True
        if self._form is not None:
            kept &= self._form.flush(interactive=interactive, can_cancel=can_cancel)
        if self._heading_form is not None:
            kept &= self._heading_form.flush(interactive=interactive, can_cancel=can_cancel)
        if self._progress is not None:
            kept &= self._progress.flush(
                add_pending_note=add_pending_note, interactive=interactive, can_cancel=can_cancel
            )
        return kept

    def pending_note(self) -> str:
        """A progress note typed but not yet added, or ""."""
        return self._progress.pending_note() if self._progress is not None else ""

    def text_editor(self) -> QPlainTextEdit | None:
        """The text box of the task shown, if its page shows one."""
        page = self.stack.currentWidget()
        if page is self._tabs and self._form is not None and self._form.isVisible():
            return self._form.text_edit
        if page is self._heading_form and self._heading_form is not None:
            return self._heading_form.text_edit
        return None

    def pages_built(self) -> tuple[ProgressLog | None, EvidencePanel | None]:
        """The progress log and the evidence panel, where already built."""
        return self._progress, self._evidence

    @property
    def progress(self) -> ProgressLog:
        return self._build_progress() if self._progress is None else self._progress

    @property
    def evidence(self) -> EvidencePanel:
        return self._build_evidence() if self._evidence is None else self._evidence

    def set_my_unit(self, unit: str) -> None:
        """A note written in a unit's own ledger names that unit as its 填报单位, so it
        arrives at the office with it (the clerk can change it before adding)."""
        self.my_unit = unit
        if self._progress is not None:
            self._progress.default_unit = unit
            self._progress.unit_edit.setText(unit)

    def _build_progress(self) -> ProgressLog:
        from govledger.ui.progress_log import ProgressLog

        self._progress = ProgressLog(self.session, self)
        self._progress.default_unit = self.my_unit
        self._put_in_tab(self.PROGRESS_TAB, self._progress)
        self._progress.load(self._requirement_id())
        self._apply_access()
        return self._progress

    def _build_evidence(self) -> EvidencePanel:
        from govledger.ui.evidence_panel import EvidencePanel

        self._evidence = EvidencePanel(self.session, self)
        self._put_in_tab(self.EVIDENCE_TAB, self._evidence)
        self._evidence.load(self._requirement_id())
        self._apply_access()
        return self._evidence

    def _put_in_tab(self, index: int, page: QWidget) -> None:
        """Replace the tab's placeholder page with the real one, staying on it."""
        current = self.tabs.currentIndex()
        placeholder = self.tabs.widget(index)
        self.tabs.blockSignals(True)  # no _tab_opened while the tab is swapped
        self.tabs.insertTab(index, page, self.tabs.tabText(index))
        self.tabs.removeTab(index + 1)
        self.tabs.setCurrentIndex(current)
        self.tabs.blockSignals(False)
        placeholder.deleteLater()

    def _tab_opened(self, index: int) -> None:
        if index == self.PROGRESS_TAB and self._progress is None:
            self._build_progress()
        elif index == self.EVIDENCE_TAB and self._evidence is None:
            self._build_evidence()

    def _requirement_id(self) -> int | None:
        return self.task.id if self.task is not None and not self.task.is_heading else None

    def show_task(self, task_id: int | None) -> None:
        task = None
        if task_id is not None:
            try:
                task = self.session.ledger.task(task_id)
            except GovLedgerError:
                task = None
        # The notice stays while the same record still holds the typing it was about.
        noticed = self.changed_notice.isVisibleTo(self) and self._shown_id == task_id
        self._shown_id = task_id
        self.changed_notice.hide()
        self.task = task
        if task is None:
            self.flush()
            self.title.setText("")
            self.stack.setCurrentWidget(self.empty_page)
            if self._progress is not None:
                self._progress.load(None)
            if self._evidence is not None:
                self._evidence.load(None)
            return
        label = f"{task.number} {task.text}" if task.number else task.text
        self.title.setText(label if len(label) <= 80 else label[:78] + "…")
        self.title.setToolTip(task.text)
        if task.is_heading:
            self.flush()
            counts = self.counts_source(task.id) if self.counts_source else None
            changed = self.heading_form.load(task, counts)
            self.changed_notice.setVisible(changed or (noticed and self.heading_form.typing()))
            if self._evidence is not None:
                self._evidence.load(None)
            self.stack.setCurrentWidget(self.heading_form)
            self._apply_access()
            return
        units = [unit.name for unit in self.session.ledger.units()]
        path = self.session.ledger.path_of(task.id)
        changed = self.form.load(task, self.plan, path, units)
        self.changed_notice.setVisible(changed or (noticed and self.form.typing()))
        if self._progress is not None and self._progress.model.task_id != task.id:
            self._progress.load(task.id)
        if self._evidence is not None and self._evidence.task_id != task.id:
            self._evidence.load(task.id)
        self.stack.setCurrentWidget(self.tabs)
        self._apply_access()

    def _apply_access(self) -> None:
        if self.access_rules is not None:
            self.access_rules(self)

    def refresh(self, changes: ChangeSet) -> None:
        if self.task is None:
            return
        task_id = self.task.id
        touched = (
            task_id in changes.tasks_changed()
            or changes.units_changed
            or task_id in changes.work_of_tasks()
        )
        if touched:
            self.show_task(task_id)
        if self._progress is not None:
            self._progress.refresh(changes)
