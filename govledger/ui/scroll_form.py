"""A dialog's form that scrolls when the screen is short, so its buttons stay on screen.

1366×768 at 150 % leaves a dialog about 425 logical pixels (issue 23): a tall form
goes in a ScrollForm and the dialog's button box below it, outside, where the clerk
always reaches it. On a screen with room the form shows whole and nothing scrolls.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QFrame, QLayout, QScrollArea, QWidget

# The least height the form keeps: a few rows, then it scrolls.
MIN_ROWS = 6


class ScrollForm(QScrollArea):
    """content (a layout) in a frameless area that scrolls up and down, not sideways."""

    def __init__(self, content: QLayout, parent: QWidget | None = None):
        super().__init__(parent)
        page = QWidget(self)
        content.setContentsMargins(0, 0, 0, 0)
        page.setLayout(content)
        self.setWidget(page)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)

    def _bar_width(self) -> int:
        return self.verticalScrollBar().sizeHint().width()

    def minimumSizeHint(self) -> QSize:
        """As wide as the form needs (it never scrolls sideways on a fitting screen), short."""
        page = self.widget().minimumSizeHint()
        height = min(page.height(), self.fontMetrics().lineSpacing() * MIN_ROWS)
        return QSize(page.width() + self._bar_width(), height)

    def sizeHint(self) -> QSize:
        """The whole form: a dialog sized from its hint shows it all when the screen allows."""
        page = self.widget().sizeHint()
        return QSize(page.width() + self._bar_width(), page.height())
