"""The import dialog's paste box: shows the pasted text, keeps the clipboard's HTML table.

A table copied from a browser, Word or WPS reaches the clipboard twice: as HTML,
where merged cells are still cells, and as plain text, where they are gone. The
box shows the text (the clerk can read and fix it) and keeps the HTML for the
importer when it holds a plan table (one with a header row) — but only while the
box still holds exactly what was pasted; once the clerk types into it, the text is
what they mean.
"""

from __future__ import annotations

from PySide6.QtCore import QMimeData
from PySide6.QtGui import QTextDocumentFragment
from PySide6.QtWidgets import QPlainTextEdit


class PasteBox(QPlainTextEdit):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._html = ""
        self._html_shown_as = ""  # the box's text right after the HTML was pasted

    def insertFromMimeData(self, source: QMimeData) -> None:
        html = source.html() if source.hasHtml() else ""
        if html and not source.hasText():  # some programs offer HTML alone
            self.insertPlainText(QTextDocumentFragment.fromHtml(html).toPlainText())
        else:
            super().insertFromMimeData(source)
        self._html, self._html_shown_as = "", ""
        if html and self.toPlainText().strip() == self._pasted_text(source, html).strip():
            from govledger.importers.html_plan import has_plan_table

            if has_plan_table(html):  # formatted paragraphs, a header-less table: text
                self._html, self._html_shown_as = html, self.toPlainText()

    @staticmethod
    def _pasted_text(source: QMimeData, html: str) -> str:
        if source.hasText():
            return source.text()
        return QTextDocumentFragment.fromHtml(html).toPlainText()

    def structured_html(self) -> str:
        """The pasted HTML holding a table, while the box shows just what was pasted; else ""."""
        return self._html if self._html and self.toPlainText() == self._html_shown_as else ""
