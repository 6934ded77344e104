"""The list of one requirement's evidence (佐证材料), for the evidence panel.

Each row shows a thumbnail or type badge, the description (the clerk's note, else
the file name or link title) and a line of details: file name, size, date, and the
progress entry it belongs to. Editing a row renames its description — one undoable
step through the session; clearing it shows the file name again.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QWidget

from govledger.domain.changes import ChangeSet
from govledger.domain.model import Evidence, EvidenceKind, ProgressEntry
from govledger.ui.evidence_thumbnails import Thumbnails
from govledger.ui.file_job import megabytes
from govledger.ui.session import LedgerSession
from govledger.ui.stale_edit_dialog import Outcome, save_edit

AnyIndex = QModelIndex | QPersistentModelIndex


class EvidenceListModel(QAbstractListModel):
    EvidenceRole = Qt.ItemDataRole.UserRole + 1
    DetailRole = Qt.ItemDataRole.UserRole + 2

    def __init__(self, session: LedgerSession, thumbnails: Thumbnails, parent=None):
        super().__init__(parent)
        self.session = session
        self.thumbnails = thumbnails
        self.task_id: int | None = None
        self.items: list[Evidence] = []
        self.progress: dict[int, ProgressEntry] = {}

    def load(self, task_id: int | None) -> None:
        self.beginResetModel()
        self.task_id = task_id
        ledger = self.session.ledger
        self.items = ledger.evidence_for(task_id) if task_id is not None else []
        entries = ledger.progress_entries(task_id) if task_id is not None else []
        self.progress = {entry.id: entry for entry in entries}
        self.endResetModel()

    def concerns(self, changes: ChangeSet) -> bool:
        """Does the change touch this requirement's evidence or progress entries?"""
        if self.task_id is None:
            return False
        return self.task_id in changes.evidence_of_tasks() or bool(
            {e.id for e in self.items} & changes.evidence_changed()
        )

    def files_arrived(self, hashes: set[str]) -> None:
        """Redraw the rows whose files were just downloaded (a server ledger's)."""
        self.thumbnails.forget(hashes)
        for row, evidence in enumerate(self.items):
            if evidence.sha256 in hashes:
                index = self.index(row)
                self.dataChanged.emit(index, index, [Qt.ItemDataRole.DecorationRole])

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.items)

    def evidence_at(self, row: int) -> Evidence:
        return self.items[row]

    def row_of(self, evidence_id: int) -> int:
        return next((row for row, e in enumerate(self.items) if e.id == evidence_id), -1)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.items):
            return None
        evidence = self.items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{evidence.label}\n{self.details(evidence)}"
        if role == Qt.ItemDataRole.EditRole:
            return evidence.label
        if role == Qt.ItemDataRole.DecorationRole:
            return self.thumbnails.icon(evidence)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(evidence)
        if role == self.EvidenceRole:
            return evidence
        if role == self.DetailRole:
            return self.details(evidence)
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        return super().flags(index) | Qt.ItemFlag.ItemIsEditable

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        evidence = self.items[index.row()]
        text = " ".join(str(value).split())
        fallback = evidence.title or evidence.original_name or evidence.url
        note = "" if text == fallback else text
        if note == evidence.note:
            return False
        evidence_id, ledger = evidence.id, self.session.ledger
        parent = self.parent()
        # The cell's editor is gone once this returns: no "keep typing", only a choice.
        outcome = save_edit(
            self.session,
            parent if isinstance(parent, QWidget) else None,
            self.tr("Rename evidence"),
            lambda expected: ledger.update_evidence(
                evidence_id, expected_revision=expected, note=note
            ),
            evidence.revision,
            can_cancel=False,
        )
        return outcome is Outcome.SAVED

    # ------------------------------------------------------------ texts
    def details(self, evidence: Evidence) -> str:
        if evidence.kind is EvidenceKind.LINK:
            parts = [evidence.url]
            if evidence.captured_on:
                parts.append(
                    self.tr("captured {date}").format(date=evidence.captured_on.isoformat())
                )
        else:
            # the name is the first line already unless the clerk wrote a description
            parts = [evidence.original_name] if evidence.note else []
            parts.append(megabytes(evidence.size))
            if evidence.added_at:
                parts.append(evidence.added_at.date().isoformat())
        entry = self.progress.get(evidence.progress_id) if evidence.progress_id else None
        if entry is not None:
            parts.append(self.tr("progress {date}").format(date=entry.date.isoformat()))
        if (
            evidence.kind is EvidenceKind.FILE
            and not self.thumbnails.copies  # a server's file may just not be here yet
            and not self.thumbnails.stored_path(evidence.sha256).is_file()
        ):
            parts.append(self.tr("file missing"))
        return " · ".join(parts)

    def tooltip(self, evidence: Evidence) -> str:
        lines = [evidence.label]
        if evidence.kind is EvidenceKind.LINK:
            lines.append(evidence.url)
        else:
            lines.append(self.tr("File: {name}").format(name=evidence.original_name))
        entry = self.progress.get(evidence.progress_id) if evidence.progress_id else None
        if entry is not None:
            lines.append(
                self.tr("Belongs to the progress note of {date}: {text}").format(
                    date=entry.date.isoformat(), text=entry.text[:40]
                )
            )
        lines.append(self.tr("Double-click to open; F2 renames the description."))
        return "\n".join(lines)
