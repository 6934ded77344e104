"""导入方案: read a plan from a file or pasted text, review and fix it, save it.

Parsing runs in a worker thread with a busy bar (a large .docx takes a while).
Nothing reaches the ledger until 保存为新方案, and then as one undoable step; a file
the importers refuse shows its one-line reason here and writes nothing.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from govledger.domain.changes import ChangeSet
from govledger.domain.draft import PlanDraft
from govledger.ui.appearance import style_error
from govledger.ui.draft_preview import DraftPreview
from govledger.ui.paste_box import PasteBox
from govledger.ui.scroll_form import ScrollForm
from govledger.ui.session import LedgerSession
from govledger.ui.settings import AppSettings
from govledger.ui.window_geometry import fit_to_screen

if TYPE_CHECKING:
    from govledger.store import Ledger

# Above this many tasks a plan is saved by a worker, with progress and Cancel.
BACKGROUND_SAVE_TASKS = 2000


class _ParseSignals(QObject):
    parsed = Signal(int, object)  # request number, PlanDraft
    failed = Signal(int, str)
    stopped = Signal(int)  # the read was cancelled before it finished


class _ParseJob(QRunnable):
    def __init__(
        self, number: int, signals: _ParseSignals, path: Path | None, text: str, html: str = ""
    ):
        super().__init__()
        self.number, self.signals, self.path, self.text = number, signals, path, text
        self.html = html  # a pasted table as HTML, read before its plain text
        self.stop = threading.Event()  # set when nobody waits for this read any more

    def run(self) -> None:
        from govledger.importers import PlanImportError, load_plan, parse_plan_text
        from govledger.importers.cancellation import ReadCancelled, cancellable

        try:
            with cancellable(self.stop):
                if self.path is not None:
                    draft = load_plan(self.path)
                elif self.html:
                    draft = self._parse_html()
                else:
                    draft = parse_plan_text(self.text)
        except ReadCancelled:
            self.signals.stopped.emit(self.number)
            return
        except PlanImportError as exc:
            self.signals.failed.emit(self.number, str(exc))
            return
        except Exception as exc:  # the pasted-text reader has no file to blame
            self.signals.failed.emit(self.number, f"{type(exc).__name__}: {exc}")
            return
        self.signals.parsed.emit(self.number, draft)

    def _parse_html(self) -> PlanDraft:
        from govledger.importers import PlanImportError, parse_plan_html, parse_plan_text

        try:
            return parse_plan_html(self.html)
        except PlanImportError as exc:
            if exc.key != "import.no_plan":
                raise
            return parse_plan_text(self.text)  # a table with no header the text reader may place


class ImportDialog(QDialog):
    imported = Signal(int)  # the new plan's id

    def __init__(
        self, session: LedgerSession, settings: AppSettings, parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.session = session
        self.settings = settings
        self.draft: PlanDraft | None = None
        self.plan_id: int | None = None
        self._request = 0
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._reading: _ParseJob | None = None
        self._signals = _ParseSignals(self)
        self._signals.parsed.connect(self._parsed)
        self._signals.failed.connect(self._failed)
        self._signals.stopped.connect(self._stopped)
        self.setWindowTitle(self.tr("Import plan"))

        # --- source: a file or pasted text
        self.path_edit = QLineEdit(self)
        self.path_edit.setReadOnly(True)
        self.path_edit.setPlaceholderText(
            self.tr("A plan document: Word, Excel, WPS, PDF, a saved web page or text")
        )
        browse = QPushButton(self.tr("Choose file…"), self)
        browse.clicked.connect(self.choose_file)
        file_page = QWidget(self)
        file_row = QHBoxLayout(file_page)
        file_row.addWidget(self.path_edit, 1)
        file_row.addWidget(browse)
        self.paste_edit = PasteBox(self)
        self.paste_edit.setPlaceholderText(self.tr("Paste the plan's text here, then press Read"))
        read = QPushButton(self.tr("Read text"), self)
        read.clicked.connect(self.read_pasted)
        self.paste_button = QPushButton(self.tr("Paste and read"), self)
        self.paste_button.clicked.connect(self.paste_and_read)
        paste_page = QWidget(self)
        paste_row = QHBoxLayout(paste_page)
        paste_row.addWidget(self.paste_edit, 1)
        paste_buttons = QVBoxLayout()
        paste_buttons.addStretch(1)
        paste_buttons.addWidget(self.paste_button)
        paste_buttons.addWidget(read)
        paste_row.addLayout(paste_buttons)
        self.source_tabs = QTabWidget(self)
        self.source_tabs.addTab(file_page, self.tr("From a file"))
        self.source_tabs.addTab(paste_page, self.tr("Paste text"))
        self.paste_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 12)
        self.source_tabs.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        # Only the chosen page's height counts: the file row does not keep the paste
        # box's room, which the review below needs on a short screen (issue 23).
        self.source_tabs.currentChanged.connect(self._fit_source_page)
        self._fit_source_page(self.source_tabs.currentIndex())

        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.setMaximumHeight(6)
        self.busy.hide()
        self.error_label = QLabel(self)
        style_error(self.error_label)
        self.error_label.setWordWrap(True)
        self.error_label.hide()

        # --- the plan's own fields
        self.title_edit = QLineEdit(self)
        self.year_spin = QSpinBox(self)
        self.year_spin.setRange(2000, 2100)
        self.year_spin.setValue(date.today().year)
        self.year_spin.setMinimumWidth(self.fontMetrics().horizontalAdvance("20000") + 36)
        self.organization_edit = QLineEdit(settings.organization, self)
        self.number_edit = QLineEdit(self)
        fields = QFormLayout()
        fields.addRow(self.tr("Title"), self.title_edit)
        plan_row = QHBoxLayout()
        plan_row.addWidget(self.year_spin)
        plan_row.addWidget(QLabel(self.tr("Organization"), self))
        plan_row.addWidget(self.organization_edit, 2)
        plan_row.addWidget(QLabel(self.tr("Document number"), self))
        plan_row.addWidget(self.number_edit, 1)
        fields.addRow(self.tr("Year"), plan_row)

        # --- the preview: the tree to review and edit, what needs review, what is left out
        self.preview = DraftPreview(self)
        self.model, self.tree = self.preview.model, self.preview.tree

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("Save as new plan"))
        self.save_button.setEnabled(False)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        review = QVBoxLayout()
        review.addWidget(self.source_tabs)
        review.addWidget(self.busy)
        review.addWidget(self.error_label)
        review.addLayout(fields)
        review.addWidget(self.preview, 1)
        layout = QVBoxLayout(self)
        # On a short screen the review scrolls; 保存为新方案/取消 stay below it.
        layout.addWidget(ScrollForm(review, self), 1)
        layout.addWidget(self.buttons)
        fit_to_screen(self, (1180, 700))

    def _fit_source_page(self, current: int) -> None:
        for index in range(self.source_tabs.count()):
            policy = (
                QSizePolicy.Policy.Preferred if index == current else QSizePolicy.Policy.Ignored
            )
            self.source_tabs.widget(index).setSizePolicy(policy, policy)
        self.source_tabs.updateGeometry()

    # ------------------------------------------------------------ reading
    def choose_file(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Import plan"),
            "",
            self.tr(
                "Plan documents (*.docx *.xlsx *.pdf *.doc *.wps *.xls *.et *.html *.htm *.mht"
                " *.mhtml *.txt);;All files (*)"
            ),
        )
        if name:
            self.load_file(Path(name))

    def load_file(self, path: Path) -> None:
        self.path_edit.setText(str(path))
        self.source_tabs.setCurrentIndex(0)
        self._start(path, "")

    def parse_text(self, text: str, html: str = "") -> None:
        if text.strip() or html:
            self._start(None, text, html)

    def read_pasted(self) -> None:
        """Read the paste box: the clipboard's table as HTML when it brought one, else text."""
        self.parse_text(self.paste_edit.toPlainText(), self.paste_edit.structured_html())

    def paste_and_read(self) -> None:
        self.paste_edit.clear()
        self.paste_edit.paste()  # through PasteBox.insertFromMimeData: HTML kept
        self.read_pasted()

    def _start(self, path: Path | None, text: str, html: str = "") -> None:
        self._request += 1
        self.error_label.hide()
        self.busy.show()
        self.save_button.setEnabled(False)
        self.stop_reading()  # the read before this one is not wanted any more
        self._reading = _ParseJob(self._request, self._signals, path, text, html)
        self._reading.setAutoDelete(False)  # kept to be stopped; released with the next
        self._pool.start(self._reading)

    def stop_reading(self) -> None:
        """Stop the read under way (the dialog closed, or another read replaced it)."""
        if self._reading is not None:
            self._reading.stop.set()

    def _stopped(self, number: int) -> None:
        if number == self._request:
            self.busy.hide()

    def done(self, result: int) -> None:
        self.stop_reading()  # a 50 000-row workbook is not read on after the dialog closed
        super().done(result)

    def wait_until_parsed(self, msecs: int = 30000) -> None:
        """For tests and scripts: let the worker finish and deliver its result."""
        from PySide6.QtCore import QCoreApplication

        self._pool.waitForDone(msecs)
        QCoreApplication.processEvents()

    def _parsed(self, number: int, draft: PlanDraft) -> None:
        if number != self._request:
            return  # an older read finished after a newer one was asked for
        self.busy.hide()
        self.show_draft(draft)

    def show_draft(self, draft: PlanDraft) -> None:
        """Show draft for review, as a finished read does (scripts and tests call it too)."""
        self.error_label.hide()
        self.draft = draft
        self.title_edit.setText(draft.title or draft.source_name)
        if draft.year:
            self.year_spin.setValue(draft.year)
        if draft.organization:
            self.organization_edit.setText(draft.organization)
        self.number_edit.setText(draft.document_number)
        self.preview.set_draft(draft)
        self.save_button.setEnabled(True)

    def _failed(self, number: int, text: str) -> None:
        if number != self._request:
            return
        self.busy.hide()
        self.error_label.setText(text)
        self.error_label.show()
        # The plan read before is not this document's: showing it under the error
        # invites saving the wrong plan.
        self.draft = None
        self.preview.clear()
        self.title_edit.clear()
        self.number_edit.clear()
        self.save_button.setEnabled(False)

    # ------------------------------------------------------------ reviewing
    def _relevel(self, operation) -> None:
        index = self.tree.currentIndex()
        if not index.isValid():
            return
        moved = operation(index)
        self.tree.expandAll()
        if moved is not None and moved.isValid():
            self.tree.setCurrentIndex(moved)

    # ------------------------------------------------------------ saving
    def save(self) -> bool:
        """Save the reviewed draft as a new plan; True when it was saved (or is saving).

        A large plan is written by a worker on its own connection, with progress and a
        Cancel that rolls everything back (issue 19): the window never freezes on it.
        """
        if self.draft is None:
            return False
        draft = self.draft
        draft.title = self.title_edit.text().strip() or draft.title
        draft.year = self.year_spin.value()
        draft.organization = self.organization_edit.text().strip()
        draft.document_number = self.number_edit.text().strip()
        undo_text = self.tr("Import plan “{title}”").format(title=draft.title)
        ledger = self.session.ledger
        if not ledger.read_only and sum(1 for _ in draft.walk()) > BACKGROUND_SAVE_TASKS:
            self._save_in_background(undo_text, draft, ledger.opener())
            return True
        changes = self.session.perform(undo_text, lambda: ledger.import_draft(draft))
        return changes is not None and self._saved(changes)

    def _saved(self, changes: ChangeSet) -> bool:
        self.plan_id = changes.created_plan
        if self.plan_id is not None:
            self.imported.emit(self.plan_id)
        self.accept()
        return True

    def _save_in_background(
        self, undo_text: str, draft: PlanDraft, open_ledger: Callable[[], Ledger]
    ) -> None:
        from govledger.ui.file_job import FileJob, progress_dialog, run_with_dialog

        def write(job: FileJob) -> ChangeSet:
            with open_ledger() as own:  # a worker writes through its own connection
                return own.import_draft(draft, progress=job.report)

        self.save_button.setEnabled(False)
        self.save_job = FileJob(write, self)
        self.save_job.succeeded.connect(
            lambda changes: self._saved_in_background(undo_text, changes)
        )
        self.save_job.failed.connect(self._save_failed)
        self.save_job.cancelled.connect(
            lambda: self._save_failed(self.tr("Saving was cancelled; the ledger is unchanged."))
        )
        dialog = progress_dialog(
            self, self.tr("Import plan"), self.tr("Saving the plan…"), self.tr("Cancel")
        )
        run_with_dialog(
            self.save_job,
            dialog,
            lambda done, total: self.tr("Saving the plan: {done} of {total} tasks").format(
                done=done, total=total
            ),
        )

    def _saved_in_background(self, undo_text: str, changes: ChangeSet) -> None:
        self.session.record(undo_text, changes)  # undoable like any edit
        self._saved(changes)

    def _save_failed(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()
        self.save_button.setEnabled(self.draft is not None)

    def wait_until_saved(self, msecs: int = 60000) -> None:
        """For tests and scripts: let a background save finish and deliver its result."""
        from PySide6.QtCore import QCoreApplication

        job = getattr(self, "save_job", None)
        if job is not None:
            job.wait(msecs)
        QCoreApplication.processEvents()
