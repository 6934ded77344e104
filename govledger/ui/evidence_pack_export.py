"""文件 → 导出佐证材料包…: the evidence pack from the window, with progress and Cancel.

The pack is planned on the GUI thread (it reads the ledger) and written by a FileJob
(it only copies files), so a pack of several gigabytes of video does not freeze the
window. Failures and refusals — a folder that is not a pack, a full disk — reach the
clerk as the same one-line messages the command line prints; nothing half-written
is left behind either way (evidence_pack.py).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QStandardPaths, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from govledger.exporters.evidence_layout import path_budget, plan_pack
from govledger.exporters.evidence_pack import (
    PackResult,
    check_target,
    is_zip_target,
    write_pack,
)
from govledger.messages import GovLedgerError
from govledger.ui.file_job import FileJob, megabytes, progress_dialog, run_with_dialog
from govledger.ui.session import LedgerSession


class EvidencePackExporter(QObject):
    finished = Signal(object)  # PackResult, or None when it failed or was cancelled

    def __init__(self, session: LedgerSession, parent: QWidget):
        super().__init__(parent)
        self.session = session
        self.widget = parent
        self.job: FileJob | None = None
        self.show_result = True  # tests turn the closing message box off

    def choose_and_export(self, plan_id: int | None) -> bool:
        if plan_id is None:
            self.session.failed.emit(self.tr("Open the plan first."))
            return False
        target = self.ask_target(plan_id)
        return target is not None and self.export(plan_id, target)

    def ask_target(self, plan_id: int) -> Path | None:
        plan = self.session.ledger.plan(plan_id)
        documents = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        suggested = Path(documents) / f"{plan.year}年佐证材料包.zip"
        as_zip, as_folder = self.tr("Zip archive (*.zip)"), self.tr("Folder")
        name, chosen = QFileDialog.getSaveFileName(
            self.widget,
            self.tr("Export evidence pack"),
            str(suggested),
            f"{as_zip};;{as_folder} (*)",
        )
        if not name:
            return None
        target = Path(name)
        if chosen.startswith(as_folder) and is_zip_target(target):
            target = target.with_suffix("")  # a folder was asked for
        elif chosen == as_zip and not is_zip_target(target):
            target = target.with_name(target.name + ".zip")
        return target

    def export(self, plan_id: int, target: Path) -> bool:
        if self.job is not None:
            return False
        try:
            check_target(target)
            pack = plan_pack(
                self.session.ledger, plan_id, path_budget(target, is_zip_target(target))
            )
        except GovLedgerError as exc:
            self._failed(str(exc))
            return False
        opener = self.session.ledger.opener(read_only=True)

        def write(job: FileJob) -> PackResult:
            # On its own connection: a server ledger's files are downloaded as needed.
            with opener() as own:
                return write_pack(pack, target, job.report, locate=own.fetch_evidence)

        self.job = FileJob(write, self)
        self.job.succeeded.connect(self._succeeded)
        self.job.failed.connect(self._failed)
        self.job.cancelled.connect(self._cancelled)
        self.job.finished.connect(self._job_ended)
        label = self.tr("Writing the evidence pack…")
        dialog = progress_dialog(
            self.widget, self.tr("Export evidence pack"), label, self.tr("Cancel")
        )
        run_with_dialog(
            self.job, dialog, lambda done, total: f"{label}\n{megabytes(done)} / {megabytes(total)}"
        )
        return True

    def _job_ended(self) -> None:
        self.job = None

    def _succeeded(self, result: PackResult) -> None:
        self.finished.emit(result)
        if not self.show_result:
            return
        text = self.tr(
            "The evidence pack is at {path}: {files} files and {links} web links, "
            "indexed in 佐证材料索引.xlsx."
        ).format(path=result.path, files=result.files, links=result.links)
        if result.missing:
            text += "\n\n" + self.tr("Missing files, listed in the index: {names}").format(
                names="、".join(result.missing)
            )
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Evidence pack written"), text)
        box.setParent(self.widget, box.windowFlags())
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        show = box.addButton(self.tr("Show in folder"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(QMessageBox.StandardButton.Ok)
        folder = result.path if result.path.is_dir() else result.path.parent
        show.clicked.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder))))
        box.open()

    def _failed(self, text: str) -> None:
        self.session.failed.emit(text)
        self.finished.emit(None)

    def _cancelled(self) -> None:
        self.finished.emit(None)
