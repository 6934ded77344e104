"""导出台账: write the Word or Excel 台账, the PDF summary or the report draft, or preview
and print them.

The export runs in a worker thread on its own read-only connection (a big plan
takes seconds to lay out as PDF), so the window stays responsive; the file is
written under a temporary name and renamed, as every exporter does.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from govledger.domain.pinyin_order import sorted_by_pinyin
from govledger.store import Ledger
from govledger.ui.background_read import BackgroundRead
from govledger.ui.session import LedgerSession
from govledger.ui.window_geometry import fit_to_screen


@dataclass(frozen=True)
class ExportKind:
    key: str
    label: str
    suffix: str
    filters: bool  # takes the unit / overdue-only options
    printable: str | None  # "ledger" or "summary": what the print preview shows


def export_kinds() -> list[ExportKind]:
    return [
        ExportKind(
            "docx",
            QCoreApplication.translate("ExportDialog", "Word ledger (台账, .docx)"),
            ".docx",
            True,
            "ledger",
        ),
        ExportKind(
            "xlsx",
            QCoreApplication.translate("ExportDialog", "Excel ledger (台账, .xlsx)"),
            ".xlsx",
            True,
            "ledger",
        ),
        ExportKind(
            "pdf",
            QCoreApplication.translate("ExportDialog", "PDF summary with charts (.pdf)"),
            ".pdf",
            False,
            "summary",
        ),
        ExportKind(
            "report",
            QCoreApplication.translate(
                "ExportDialog", "Yearly report draft: 工作要点落实情况 (.docx)"
            ),
            ".docx",
            False,
            None,
        ),
    ]


def run_export(
    ledger: Ledger,
    kind: str,
    plan_id: int,
    target: Path,
    *,
    unit: str | None,
    overdue_only: bool,
    today: date,
    warning_days: int,
    shown: set[int] | None = None,
) -> Path:
    """One export, as the CLI's `govledger export` does it (``shown``: only the
    requirements the window's filters show)."""
    from govledger import exporters

    if kind == "docx":
        return exporters.export_docx_ledger(
            ledger, plan_id, target, today=today, unit=unit, overdue_only=overdue_only, shown=shown
        )
    if kind == "xlsx":
        return exporters.export_xlsx_ledger(
            ledger, plan_id, target, today=today, unit=unit, overdue_only=overdue_only, shown=shown
        )
    if kind == "pdf":
        return exporters.export_pdf_summary(
            ledger, plan_id, target, today=today, warning_days=warning_days
        )
    return exporters.export_report_draft(ledger, plan_id, target, today=today)


class ExportDialog(QDialog):
    def __init__(
        self,
        session: LedgerSession,
        plan_id: int,
        warning_days: int,
        parent: QWidget | None = None,
        today: Callable[[], date] = date.today,
        shown: set[int] | None = None,
    ):
        super().__init__(parent)
        self.window_shown = shown  # the window's filtered rows, when a filter is on
        self.session, self.plan_id, self.warning_days, self.today = (
            session,
            plan_id,
            warning_days,
            today,
        )
        self.plan = session.ledger.plan(plan_id)
        self.setWindowTitle(self.tr("Export and print"))
        self.kinds = export_kinds()
        self.last_path: Path | None = None

        self.kind_combo = QComboBox(self)
        for kind in self.kinds:
            self.kind_combo.addItem(kind.label, kind.key)
        self.unit_combo = QComboBox(self)
        self.unit_combo.addItem(self.tr("All units"), None)
        plan_units = sorted_by_pinyin({u for t in session.ledger.tasks(plan_id) for u in t.units})
        for name in plan_units:
            self.unit_combo.addItem(name, name)
        self.overdue_box = QCheckBox(self.tr("Overdue requirements only"), self)
        self.shown_box = QCheckBox(self)
        if shown is not None:
            count = len(shown)
            self.shown_box.setText(
                self.tr("Only what the window shows now ({count} requirements)").format(count=count)
            )
            self.shown_box.setChecked(True)  # print what the clerk sees
        else:
            self.shown_box.hide()
        self.path_edit = QLineEdit(self)
        browse = QPushButton(self.tr("Browse…"), self)
        browse.clicked.connect(self.browse)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(browse)

        form = QFormLayout()
        form.addRow(self.tr("Plan"), QLabel(self.plan.title, self))
        form.addRow(self.tr("Document"), self.kind_combo)
        form.addRow(self.tr("Unit"), self.unit_combo)
        form.addRow("", self.overdue_box)
        form.addRow("", self.shown_box)
        form.addRow(self.tr("Save as"), path_row)

        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)  # no steps to count: a busy indicator
        self.busy.hide()
        self.result_label = QLabel(self)
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_folder_button = QPushButton(self.tr("Open folder"), self)
        self.open_folder_button.clicked.connect(self.open_folder)
        self.open_folder_button.hide()

        buttons = QDialogButtonBox(self)
        self.export_button = buttons.addButton(
            self.tr("Export"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.preview_button = buttons.addButton(
            self.tr("Print preview…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.export_button.clicked.connect(self.export)
        self.preview_button.clicked.connect(self.print_preview)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.busy)
        result_row = QHBoxLayout()
        result_row.addWidget(self.result_label, 1)
        result_row.addWidget(self.open_folder_button)
        layout.addLayout(result_row)
        layout.addWidget(buttons)

        self.reader = BackgroundRead(self)
        self.reader.done.connect(self._exported)
        self.reader.failed.connect(self._failed)
        self.kind_combo.currentIndexChanged.connect(self._kind_changed)
        self._kind_changed()
        fit_to_screen(self, (640, self.sizeHint().height()))

    # ------------------------------------------------------------ choices
    def kind(self) -> ExportKind:
        return self.kinds[self.kind_combo.currentIndex()]

    def unit(self) -> str | None:
        return self.unit_combo.currentData() if self.kind().filters else None

    def overdue_only(self) -> bool:
        return self.kind().filters and self.overdue_box.isChecked()

    def shown(self) -> set[int] | None:
        """The window's filtered rows, when the clerk prints what the window shows."""
        if self.window_shown is None or not self.kind().filters:
            return None
        return self.window_shown if self.shown_box.isChecked() else None

    def _kind_changed(self) -> None:
        kind = self.kind()
        self.unit_combo.setEnabled(kind.filters)
        self.overdue_box.setEnabled(kind.filters)
        self.shown_box.setEnabled(kind.filters)
        self.preview_button.setEnabled(kind.printable is not None)
        self.path_edit.setText(str(self._default_path(kind)))

    def _default_path(self, kind: ExportKind) -> Path:
        folder = Path(self.path_edit.text()).parent if self.path_edit.text() else Path.home()
        names = {
            "docx": "台账",
            "xlsx": "台账",
            "pdf": "落实情况汇总",
            "report": "年报要点落实情况",
        }
        stem = f"{self.plan.title}-{names[kind.key]}"
        return folder / (stem.replace("/", "_").replace("\\", "_") + kind.suffix)

    def browse(self) -> None:
        kind = self.kind()
        chosen, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save as"), self.path_edit.text(), f"*{kind.suffix}"
        )
        if chosen:
            self.path_edit.setText(chosen if chosen.endswith(kind.suffix) else chosen + kind.suffix)

    # ------------------------------------------------------------ export
    def export(self) -> None:
        target = Path(self.path_edit.text().strip())
        if not self.path_edit.text().strip():
            return
        kind, unit, overdue, shown = self.kind().key, self.unit(), self.overdue_only(), self.shown()
        plan_id, today, warning = self.plan_id, self.today(), self.warning_days
        self.export_button.setEnabled(False)
        self.busy.show()
        self.open_folder_button.hide()
        self.result_label.setText(self.tr("Writing {name}…").format(name=target.name))
        self.reader.request(
            self.session.ledger.opener(read_only=True),
            lambda ledger: run_export(
                ledger,
                kind,
                plan_id,
                target,
                unit=unit,
                overdue_only=overdue,
                today=today,
                warning_days=warning,
                shown=shown,
            ),
        )

    def _exported(self, path: Path) -> None:
        self.busy.hide()
        self.export_button.setEnabled(True)
        self.last_path = Path(path)
        self.result_label.setText(self.tr("Saved to {path}").format(path=path))
        self.open_folder_button.show()

    def _failed(self, text: str) -> None:
        self.busy.hide()
        self.export_button.setEnabled(True)
        self.result_label.setText("")
        QMessageBox.warning(self, self.windowTitle(), text)

    def open_folder(self) -> None:
        if self.last_path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.last_path.parent)))

    def wait(self) -> None:
        """Tests: let a running export finish."""
        self.reader.wait()

    # ------------------------------------------------------------ print
    def printable_html(self) -> str:
        from govledger.exporters.ledger_html import ledger_html, summary_html
        from govledger.exporters.ledger_rows import build_ledger_table

        table = build_ledger_table(
            self.session.ledger,
            self.plan_id,
            today=self.today(),
            unit=self.unit(),
            overdue_only=self.overdue_only(),
            warning_days=self.warning_days,
            shown=self.shown(),
        )
        if self.kind().printable == "summary":
            return summary_html(table, self.warning_days)
        return ledger_html(table)

    def print_preview(self) -> None:
        from govledger.ui.print_preview import preview_dialog

        dialog = preview_dialog(self.printable_html(), self.plan.title, self)
        dialog.open()

    def done(self, result: int) -> None:
        self.reader.close()
        super().done(result)


def open_export(window) -> ExportDialog | None:  # window: MainWindow
    """文件 → 导出与打印: the dialog for the window's current plan."""
    if window.model.plan_id is None:
        return None
    dialog = ExportDialog(
        window.session,
        window.model.plan_id,
        window.settings.warning_days,
        window,
        shown=_shown_in(window),
    )
    dialog.open()
    return dialog


def _shown_in(window) -> set[int] | None:
    """What the tree shows when a filter (只看本单位, status, search…) is on."""
    proxy, tasks = window.proxy, window.model.plan_index.tasks
    if not proxy.active or proxy.shown is None:
        return None
    return {task_id for task_id in proxy.shown if not tasks[task_id].is_heading}


def open_print_preview(window) -> None:
    """文件 → 打印预览: the 台账 of the window's current plan, straight to the preview."""
    if window.model.plan_id is not None:
        ExportDialog(
            window.session,
            window.model.plan_id,
            window.settings.warning_days,
            window,
            shown=_shown_in(window),
        ).print_preview()
