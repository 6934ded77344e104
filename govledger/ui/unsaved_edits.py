"""Typed text that is not saved yet: when the window closes, and when the record changes.

Fields commit on focus-out or after a pause (DetailPanel.flush saves them without
asking), but a progress note is added only by its button: a note typed and not
added is the one thing worth a question before the window closes.

When another clerk changes the record a form shows, the form is loaded again; a
field holding typing not yet saved keeps it (``typed_over``) and the panel says the
record changed underneath, instead of replacing what the clerk typed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

if TYPE_CHECKING:
    from govledger.ui.detail_panel import DetailPanel

NOTE_PREVIEW = 200  # characters of the note quoted in the question


def typed_over(shown: Any, loaded: Any, stored: Any) -> bool:
    """True when a field shows typing not yet saved (it differs from the value last
    loaded into it) that loading the stored value would replace: keep it instead."""
    return bool(shown != loaded and shown != stored)


def ask_about_typed_note(parent: QWidget, detail: DetailPanel) -> bool:
    """Add, drop or keep editing a typed note; False when the clerk cancels the close."""
    note = detail.pending_note()
    if not note:
        return True
    quoted = note if len(note) <= NOTE_PREVIEW else note[:NOTE_PREVIEW] + "…"
    buttons = (
        QMessageBox.StandardButton.Yes
        | QMessageBox.StandardButton.No
        | QMessageBox.StandardButton.Cancel
    )
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("UnsavedEdits", "Unsaved progress note"),
        QCoreApplication.translate(
            "UnsavedEdits", "A progress note was typed but not added:\n\n{note}\n\nAdd it now?"
        ).format(note=quoted),
        buttons,
        QMessageBox.StandardButton.Yes,
    )
    if answer == QMessageBox.StandardButton.Cancel:
        return False
    add = answer == QMessageBox.StandardButton.Yes
    saved = detail.flush(add_pending_note=add, can_cancel=True)
    if not add:
        detail.progress.text_edit.clear()  # the clerk chose to drop it; quit must not add it
    return saved
