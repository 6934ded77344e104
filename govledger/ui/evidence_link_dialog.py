"""添加网页链接: a web page as evidence — its address, a title, the day it was captured."""

from __future__ import annotations

from datetime import date
from urllib.parse import urlparse

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from govledger.ui.appearance import style_hint
from govledger.ui.typed_date_edit import TypedDateEdit


def looks_like_web_address(text: str) -> bool:
    parsed = urlparse(text.strip())
    return parsed.scheme in ("http", "https") and bool(parsed.netloc)


class LinkDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, url: str = ""):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add web link"))
        self.url_edit = QLineEdit(url, self)
        self.url_edit.setPlaceholderText("https://www.gov.cn/…")
        self.title_edit = QLineEdit(self)
        self.title_edit.setPlaceholderText(self.tr("e.g. the column page on the portal"))
        self.date_edit = TypedDateEdit(QDate.currentDate(), self)
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.note_edit = QLineEdit(self)
        self.hint = QLabel(self.tr("The address must start with http:// or https://"), self)
        style_hint(self.hint)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Web address"), self.url_edit)
        form.addRow(self.tr("Title"), self.title_edit)
        form.addRow(self.tr("Date captured"), self.date_edit)
        form.addRow(self.tr("Description"), self.note_edit)
        form.addRow("", self.hint)
        form.addRow(self.buttons)
        self.url_edit.textChanged.connect(self._validate)
        self.setMinimumWidth(480)
        self._validate()

    def _validate(self) -> None:
        ok = looks_like_web_address(self.url_edit.text())
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)
        self.hint.setVisible(bool(self.url_edit.text().strip()) and not ok)

    def values(self) -> tuple[str, str, date, str]:
        """(url, title, captured_on, note) as entered."""
        return (
            self.url_edit.text().strip(),
            self.title_edit.text().strip(),
            self.date_edit.date().toPython(),
            self.note_edit.text().strip(),
        )
