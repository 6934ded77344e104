"""佐证材料: the evidence tab of the detail panel, for the selected requirement.

Files come in by drag-and-drop from Explorer, by 添加文件…, or by Ctrl+V after
copying them in Explorer; screenshots by Ctrl+V (the clipboard image becomes
截图-YYYYMMDD-HHMMSS.png); web pages by 添加网页链接… or by dropping a link from the
browser. New evidence hangs on the requirement or on one of its progress entries
(the 附于 combo). Every change — attach, rename the description, remove — is one
undoable step through the session; a removed file stays in the store until no record
refers to it, so undo brings it back whole.

Stored files are named by their hash, so 打开 copies one to a temporary folder under
its original name (made safe for Windows) and opens that copy with the system's
application.
"""

from __future__ import annotations

import tempfile
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QIODevice,
    QMargins,
    QMimeData,
    QModelIndex,
    QSize,
    Qt,
    QUrl,
)
from PySide6.QtGui import (
    QAction,
    QDesktopServices,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QGuiApplication,
    QImage,
    QKeySequence,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from govledger.domain.changes import ChangeSet
from govledger.domain.model import Evidence, EvidenceKind
from govledger.ui.appearance import style_hint
from govledger.ui.evidence_attach import AttachOutcome, EvidenceAttacher
from govledger.ui.evidence_fetch import EvidenceFetcher
from govledger.ui.evidence_link_dialog import LinkDialog, looks_like_web_address
from govledger.ui.evidence_model import EvidenceListModel
from govledger.ui.evidence_thumbnails import Thumbnails
from govledger.ui.session import LedgerSession

PREVIEW_SIZE = 150
OPEN_FOLDER = "govledger-evidence"  # under the system temp folder
DROP_STYLE = "QListView#evidenceList { border: 2px dashed #B01E23; }"


def screenshot_name(now: datetime | None = None) -> str:
    return f"截图-{(now or datetime.now()):%Y%m%d-%H%M%S}.png"


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


class EvidencePanel(QWidget):
    def __init__(self, session: LedgerSession, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.thumbnails = Thumbnails(
            session.ledger.evidence_folder, copies=session.ledger.is_server
        )
        self.model = EvidenceListModel(session, self.thumbnails, self)
        self.attacher = EvidenceAttacher(session, self)
        self.attacher.finished.connect(self._attach_finished)
        self.fetcher = EvidenceFetcher(session, self)
        self.fetcher.arrived.connect(self._files_arrived)
        self.open_folder = Path(tempfile.gettempdir()) / OPEN_FOLDER
        self.setAcceptDrops(True)
        self.writable = True  # False: another unit's requirement (access_rules.py)

        self.target_combo = QComboBox(self)
        self.target_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.target_combo.setMinimumContentsLength(16)
        self.add_file_button = QPushButton(self.tr("Add files…"), self)
        self.paste_button = QPushButton(self.tr("Paste screenshot"), self)
        self.link_button = QPushButton(self.tr("Add web link…"), self)
        self.list = QListView(self)
        self.list.setObjectName("evidenceList")
        self.list.setModel(self.model)
        self.list.setIconSize(QSize(self.thumbnails.size, self.thumbnails.size))
        self.list.setSpacing(2)
        self.list.setWordWrap(True)
        self.list.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.list.setAlternatingRowColors(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.EditKeyPressed)
        self.list.doubleClicked.connect(lambda index: self.open_evidence(self._at(index)))
        self.hint = QLabel(self.tr("Drop files here, or press Ctrl+V to paste a screenshot."))
        style_hint(self.hint)
        self.hint.setWordWrap(True)
        self.preview = QLabel(self)
        self.preview.setFixedSize(PREVIEW_SIZE + 8, PREVIEW_SIZE * 3 // 4 + 8)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setStyleSheet("background: #FFFFFF; border: 1px solid #D0D0D0;")
        self.info = QLabel(self)
        self.info.setWordWrap(True)
        self.info.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.info.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.open_button = QPushButton(self.tr("Open"), self)
        self.rename_button = QPushButton(self.tr("Rename description"), self)
        self.remove_button = QPushButton(self.tr("Remove"), self)

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Attach to"), self))
        top.addWidget(self.target_combo, 1)
        adders = QHBoxLayout()
        for button in (self.add_file_button, self.paste_button, self.link_button):
            adders.addWidget(button)
        adders.addStretch(1)
        details = QHBoxLayout()
        details.addWidget(self.preview)
        details.addWidget(self.info, 1)
        actions = QHBoxLayout()
        actions.addStretch(1)
        for button in (self.open_button, self.rename_button, self.remove_button):
            actions.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 6, 4, 4)
        layout.addLayout(top)
        layout.addLayout(adders)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.hint)
        layout.addLayout(details)
        layout.addLayout(actions)

        self.add_file_button.clicked.connect(self.choose_files)
        self.paste_button.clicked.connect(self.paste)
        self.link_button.clicked.connect(lambda: self.add_link())
        self.open_button.clicked.connect(lambda: self.open_evidence(self.current_evidence()))
        self.rename_button.clicked.connect(self.rename_current)
        self.remove_button.clicked.connect(self.remove_selected)
        self.list.selectionModel().currentChanged.connect(lambda *_: self._show_current())
        self.list.selectionModel().selectionChanged.connect(lambda *_: self.update_buttons())
        self._shortcut(QKeySequence.StandardKey.Paste, self.paste, self)
        self._shortcut(QKeySequence.StandardKey.Delete, self.remove_selected, self.list)
        self._shortcut(QKeySequence(Qt.Key.Key_Return), self.open_current, self.list)
        session.changed.connect(self.refresh)
        self.load(None)

    def _shortcut(self, keys, slot, widget: QWidget) -> None:
        action = QAction(self)
        action.setShortcut(keys)
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        widget.addAction(action)

    # ------------------------------------------------------------ loading
    @property
    def task_id(self) -> int | None:
        return self.model.task_id

    def load(self, task_id: int | None) -> None:
        self.model.load(task_id)
        self.fetcher.fetch_pictures(self.model.items)
        self._fill_targets()
        self.setEnabled(task_id is not None)
        if self.model.rowCount():
            self.list.setCurrentIndex(self.model.index(0))
        self._show_current()

    def refresh(self, changes: ChangeSet) -> None:
        if not self.model.concerns(changes):
            return
        current = self.current_evidence()
        target = self.target_combo.currentData()
        self.model.load(self.model.task_id)
        self.fetcher.fetch_pictures(self.model.items)
        self._fill_targets(target)
        # Select what just arrived (an attach, or an undone removal), else what was selected.
        arrived = changes.evidence_added()
        wanted = [*reversed(arrived), current.id if current else -1]
        row = next((r for r in map(self.model.row_of, wanted) if r >= 0), 0)
        if self.model.rowCount():
            self.list.setCurrentIndex(self.model.index(row))
        self._show_current()

    def _fill_targets(self, keep: int | None = None) -> None:
        self.target_combo.clear()
        self.target_combo.addItem(self.tr("This requirement"), None)
        for entry in self.model.progress.values():
            text = " ".join(entry.text.split())
            label = text if len(text) <= 24 else text[:23] + "…"
            self.target_combo.addItem(
                self.tr("Progress {date}: {text}").format(date=entry.date.isoformat(), text=label),
                entry.id,
            )
            self.target_combo.setItemData(
                self.target_combo.count() - 1, entry.text, Qt.ItemDataRole.ToolTipRole
            )
        self.target_combo.setCurrentIndex(max(0, self.target_combo.findData(keep)))

    @property
    def progress_id(self) -> int | None:
        """The progress entry new evidence hangs on (None: the requirement itself)."""
        return self.target_combo.currentData()

    # ------------------------------------------------------------ adding
    def choose_files(self) -> None:
        names, _filter = QFileDialog.getOpenFileNames(self, self.tr("Add evidence files"))
        if names:
            self.attach_files([Path(name) for name in names])

    def attach_files(self, paths: list[Path]) -> bool:
        if self.task_id is None or not paths:
            return False
        return self.attacher.attach_files(self.task_id, paths, self.progress_id)

    def attach_image(self, image: QImage, name: str | None = None) -> bool:
        if self.task_id is None or image.isNull():
            return False
        task_id, progress_id, data = self.task_id, self.progress_id, png_bytes(image)
        name = name or screenshot_name()
        ledger = self.session.ledger
        changes = self.session.perform(
            self.tr("Paste screenshot"),
            lambda: ledger.attach_bytes(task_id, data, name, progress_id=progress_id),
        )
        return changes is not None

    def add_link(self, url: str = "") -> None:
        dialog = LinkDialog(self, url)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.attach_link(*dialog.values()))
        dialog.open()

    def attach_link(self, url: str, title: str = "", captured_on=None, note: str = "") -> bool:
        if self.task_id is None:
            return False
        task_id, progress_id, ledger = self.task_id, self.progress_id, self.session.ledger
        changes = self.session.perform(
            self.tr("Add web link"),
            lambda: ledger.attach_link(
                task_id,
                url,
                title=title,
                captured_on=captured_on,
                note=note,
                progress_id=progress_id,
            ),
        )
        return changes is not None

    def paste(self) -> bool:
        return self.handle_mime(QGuiApplication.clipboard().mimeData(), pasted=True)

    def handle_mime(self, mime: QMimeData | None, *, pasted: bool = False) -> bool:
        """Attach what a drop or the clipboard carries: files, an image, or web links."""
        if mime is None or self.task_id is None:
            return False
        urls = mime.urls() if mime.hasUrls() else []
        files = [Path(url.toLocalFile()) for url in urls if url.isLocalFile()]
        if files:
            return self.attach_files(files)
        if mime.hasImage():
            return self.attach_image(QImage(mime.imageData()))
        links = [url.toString() for url in urls if url.scheme() in ("http", "https")]
        if links:
            return all([self.attach_link(link) for link in links])
        text = mime.text().strip() if mime.hasText() else ""
        if pasted and looks_like_web_address(text):
            self.add_link(text)  # let the clerk give the page a title first
            return True
        return False

    def _attach_finished(self, outcome: AttachOutcome) -> None:
        notes = []
        if outcome.skipped:
            notes.append(
                self.tr("Not files (folders are not attached): {names}").format(
                    names="、".join(outcome.skipped)
                )
            )
        if outcome.error:
            notes.append(outcome.error)
        if outcome.cancelled and self.session.ledger.is_server:
            notes.append(self.tr("Uploading was cancelled; nothing of that file was recorded."))
        elif outcome.cancelled:
            notes.append(self.tr("Copying was cancelled; nothing of that file was kept."))
        self.hint.setText(
            "\n".join(notes) or self.tr("Drop files here, or press Ctrl+V to paste a screenshot.")
        )

    def shutdown(self) -> None:
        """The window closes: stop uploads and downloads, wait for their threads."""
        self.attacher.shutdown()
        self.fetcher.close()

    def _files_arrived(self, hashes: set[str]) -> None:
        self.model.files_arrived(hashes)
        current = self.current_evidence()
        if current is not None and current.sha256 in hashes:
            self._show_current()

    # ------------------------------------------------------------ drag and drop
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        mime = event.mimeData()
        if self.task_id is not None and (mime.hasUrls() or mime.hasImage()):
            event.acceptProposedAction()
            self.list.setStyleSheet(DROP_STYLE)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        event.acceptProposedAction()

    def dragLeaveEvent(self, event) -> None:
        self.list.setStyleSheet("")

    def dropEvent(self, event: QDropEvent) -> None:
        self.list.setStyleSheet("")
        if self.handle_mime(event.mimeData()):
            event.acceptProposedAction()

    # ------------------------------------------------------------ the list
    def _at(self, index: QModelIndex) -> Evidence | None:
        return index.data(EvidenceListModel.EvidenceRole) if index.isValid() else None

    def current_evidence(self) -> Evidence | None:
        return self._at(self.list.currentIndex())

    def selected_evidence(self) -> list[Evidence]:
        rows = sorted(index.row() for index in self.list.selectionModel().selectedIndexes())
        chosen = [self.model.evidence_at(row) for row in rows]
        current = self.current_evidence()
        return chosen or ([current] if current is not None else [])

    def _show_current(self) -> None:
        evidence = self.current_evidence()
        self.update_buttons()
        self.preview.setVisible(evidence is not None)
        if evidence is None:
            self.preview.clear()
            self.info.setText("")
            return
        frame = self.preview.contentsRect().size()  # landscape: the picture must fit it
        picture = self.thumbnails.picture(evidence, box=frame.shrunkBy(QMargins(4, 4, 4, 4)))
        self.preview.setPixmap(picture or self.thumbnails.icon(evidence, PREVIEW_SIZE // 2))
        lines = [f"<b>{_html(evidence.label)}</b>", _html(self.model.details(evidence))]
        self.info.setText("<br>".join(lines))

    def update_buttons(self) -> None:
        has = self.current_evidence() is not None
        self.open_button.setEnabled(has)
        for button in (self.rename_button, self.remove_button):
            button.setEnabled(has and self.writable)

    def rename_current(self) -> None:
        index = self.list.currentIndex()
        if index.isValid():
            self.list.edit(index)

    def remove_selected(self) -> int:
        removed = 0
        ledger = self.session.ledger
        for evidence in self.selected_evidence():
            evidence_id = evidence.id
            changes = self.session.perform(
                self.tr("Remove evidence “{name}”").format(name=evidence.label),
                lambda evidence_id=evidence_id: ledger.detach_evidence(evidence_id),
            )
            removed += changes is not None
        return removed

    def open_current(self) -> None:
        self.open_evidence(self.current_evidence())

    def open_evidence(self, evidence: Evidence | None) -> Path | None:
        """Open with the system application; returns the copy opened (None for links,
        and for a server ledger's file that must be downloaded first)."""
        if evidence is None:
            return None
        if evidence.kind is EvidenceKind.LINK:
            QDesktopServices.openUrl(QUrl(evidence.url))
            return None
        return self.fetcher.open_file(evidence, self.open_folder)


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
