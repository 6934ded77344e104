"""The report's prose parts: a list of parts beside the text of the one chosen.

A part the clerk has not edited shows the ledger's draft (marked so in the list);
the first edit saves it, and from then on the saved text is the report's. Text is
saved when the clerk leaves the editor or picks another part — one undoable step
per save — and "Use the ledger's draft" goes back to the draft (also undoable).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from govledger.domain import annual_report_format as fmt
from govledger.exporters.annual_report_data import ProsePart
from govledger.ui.appearance import style_hint
from govledger.ui.session import LedgerSession

EDITED_PARTS = ("preamble", "overview", "problems", *fmt.OTHER_PARTS)


class ProseEditor(QWidget):
    def __init__(
        self, session: LedgerSession, year: Callable[[], int], parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.session = session
        self.year = year
        self.parts: dict[str, ProsePart] = {}
        self.current: str | None = None
        self.list = QListWidget(self)
        self.list.currentItemChanged.connect(lambda item, _previous: self._chosen(item))
        self.editor = QPlainTextEdit(self)
        self.editor.installEventFilter(self)
        self.state = QLabel(self)
        style_hint(self.state)
        self.state.setWordWrap(True)
        self.draft_button = QPushButton(self.tr("Use the ledger's draft"), self)
        self.draft_button.setAutoDefault(False)
        self.draft_button.clicked.connect(lambda: self.use_draft())
        hint = QLabel(
            self.tr(
                "One paragraph per line. A line starting with （一） or 1. prints as a "
                "heading up to its first 。; text in 〔…〕 is highlighted for filling in."
            ),
            self,
        )
        hint.setWordWrap(True)
        style_hint(hint)
        bottom = QHBoxLayout()
        bottom.addWidget(self.state, 1)
        bottom.addWidget(self.draft_button)
        right = QVBoxLayout()
        right.addWidget(hint)
        right.addWidget(self.editor, 1)
        right.addLayout(bottom)
        layout = QHBoxLayout(self)
        layout.addWidget(self.list)
        layout.addLayout(right, 1)

    def part_title(self, key: str) -> str:
        if key == "preamble":
            return self.tr("Opening paragraph")
        if key in fmt.OTHER_PARTS:
            return f"{fmt.SECTION_TITLES['other'][:2]}{fmt.OTHER_PARTS[key]}"
        return fmt.SECTION_TITLES[key]

    def load(self, parts: dict[str, ProsePart]) -> None:
        """Show the parts (after a save, an undo or another year); keeps the part chosen."""
        self.parts = parts
        keep = self.current or EDITED_PARTS[0]
        self.list.blockSignals(True)
        self.list.clear()
        for key in EDITED_PARTS:
            item = QListWidgetItem(self._item_text(key), self.list)
            item.setData(Qt.ItemDataRole.UserRole, key)
        self.list.blockSignals(False)
        # As wide as the longest part's title: 六's run to 25 characters.
        longest = max(
            self.fontMetrics().horizontalAdvance(self._item_text(k)) for k in EDITED_PARTS
        )
        self.list.setFixedWidth(longest + 2 * self.list.frameWidth() + 24)
        self.current = None
        self._show(keep)

    def _item_text(self, key: str) -> str:
        title = self.part_title(key)
        return self.tr("{title} (draft)").format(title=title) if self.parts[key].drafted else title

    def _chosen(self, item: QListWidgetItem | None) -> None:
        # Read the key first: saving the part left reloads the list, deleting its items.
        key = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        self.flush()
        if key is not None:
            self._show(key)

    def _show(self, key: str) -> None:
        self.current = key
        row = EDITED_PARTS.index(key)
        if self.list.currentRow() != row:
            self.list.blockSignals(True)
            self.list.setCurrentRow(row)
            self.list.blockSignals(False)
        part = self.parts[key]
        if self.editor.toPlainText() != part.text:
            self.editor.setPlainText(part.text)
        self.state.setText(
            self.tr("Drafted from the ledger; your first edit is saved as the report's text.")
            if part.drafted
            else self.tr("Saved text (edited).")
        )
        self.draft_button.setEnabled(not part.drafted)

    def flush(self) -> bool:
        """Save the part being edited if its text changed; True when a save happened."""
        key = self.current
        if key is None or key not in self.parts:
            return False
        text = self.editor.toPlainText()
        if text == self.parts[key].text:
            return False
        year = self.year()
        changes = self.session.perform(
            self.tr("Edit report text “{part}”").format(part=self.part_title(key)),
            lambda: self.session.ledger.set_report_text(year, key, text),
        )
        return changes is not None

    def use_draft(self) -> None:
        key, year = self.current, self.year()
        if key is None:
            return
        self.session.perform(
            self.tr("Use the ledger's draft for “{part}”").format(part=self.part_title(key)),
            lambda: self.session.ledger.set_report_text(year, key, None),
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.editor and event.type() == QEvent.Type.FocusOut:
            self.flush()
        return super().eventFilter(watched, event)
