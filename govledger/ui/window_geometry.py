"""Where the main window opens: on a screen, and whole on it.

The first start sizes the window to the screen's free area (the taskbar left out)
with room for the title bar and borders, so a 1366×768 office screen shows the
status bar. A saved position that is on no screen any more (a second monitor
unplugged, a laptop undocked) is replaced by the default.
"""

from __future__ import annotations

from PySide6.QtCore import QMargins, QRect, QSize

PREFERRED = QSize(1280, 760)
# Title bar and borders of a Windows 10/11 window at 100 %; the frame is not known
# before the window is shown, so the default leaves this much room around it.
FRAME = QMargins(8, 31, 8, 8)
# A window counts as reachable when this much of its title bar is on some screen.
GRIP = QSize(120, 20)


def default_geometry(available: QRect) -> QRect:
    """The window's client rectangle (what setGeometry takes), centred in available."""
    room = available.marginsRemoved(FRAME)
    size = PREFERRED.boundedTo(room.size())
    client = QRect(0, 0, size.width(), size.height())
    client.moveCenter(room.center())
    return client


def reachable(frame: QRect, screens: list[QRect]) -> bool:
    """True when enough of the title bar is on one of the screens to drag the window."""
    title_bar = QRect(frame.left(), frame.top(), frame.width(), FRAME.top())
    for screen in screens:
        shared = title_bar.intersected(screen)
        if shared.width() >= GRIP.width() and shared.height() >= GRIP.height():
            return True
    return False
