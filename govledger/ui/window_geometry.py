"""Where windows open: on a screen, and whole on it.

The first start sizes the main window to the screen's free area (the taskbar left
out) with room for the title bar and borders, so a 1366×768 office screen shows the
status bar. A saved position that is on no screen any more (a second monitor
unplugged, a laptop undocked) is replaced by the default.

Dialogs take their size from the same place (fit_to_screen): the size they would
like, or less on a small or scaled screen — 1366×768 at 150 % leaves 911×464
logical pixels above a taskbar (issue 23).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QMargins, QRect, QSize
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QSplitter, QWidget

if TYPE_CHECKING:
    from govledger.ui.main_window import MainWindow
    from govledger.ui.settings import AppSettings

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


def room_on(screen: QScreen) -> QSize:
    """The largest client size a window can have whole on screen, frame included."""
    return screen.availableGeometry().marginsRemoved(FRAME).size()


def screen_of(window: QWidget) -> QScreen:
    """The screen a window is on, or will open on: its parent's for a dialog not yet shown."""
    parent = window.parentWidget()
    if not window.isVisible() and parent is not None:
        return parent.window().screen() or QGuiApplication.primaryScreen()
    return window.screen() or QGuiApplication.primaryScreen()


def fit_to_screen(window: QWidget, preferred: QSize | tuple[int, int]) -> QSize:
    """Size a dialog to preferred, or to its screen's free room when that is smaller.

    Call it at the end of the dialog's __init__ in place of resize(). The dialog's
    own minimum size must fit the smallest room (911×464 less the frame): tall
    forms scroll, so the buttons below them stay on screen.
    """
    if isinstance(preferred, tuple):
        preferred = QSize(*preferred)
    size = preferred.boundedTo(room_on(screen_of(window)))
    window.resize(size)
    return window.size()


def reachable(frame: QRect, screens: list[QRect]) -> bool:
    """True when enough of the title bar is on one of the screens to drag the window."""
    title_bar = QRect(frame.left(), frame.top(), frame.width(), FRAME.top())
    for screen in screens:
        shared = title_bar.intersected(screen)
        if shared.width() >= GRIP.width() and shared.height() >= GRIP.height():
            return True
    return False


def place_on_screen(window: MainWindow, splitter: QSplitter, detail_width: int) -> None:
    """The default size and place on the window's screen; the detail panel at its width."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    geometry = default_geometry(screen.availableGeometry())
    window.setGeometry(geometry)
    detail = min(detail_width, geometry.width() // 2)  # the tree takes the rest
    splitter.setSizes([geometry.width() - detail, detail])


def restore_window(window: MainWindow, settings: AppSettings) -> None:
    """What the clerk left: column widths, wrapped rows, window place, splitter."""
    header = settings.view_header("tree")
    if header is not None:
        window.tree.header().restoreState(header)
    if window.tree.columns is not None:  # hidden for room last time is not the clerk's choice
        window.tree.columns.restore(settings.hidden_columns("tree"))
    window.tree.set_wrap_rows(settings.wrap_rows)
    window.window_actions.wrap_rows.setChecked(settings.wrap_rows)
    geometry, state, splitter = settings.window_state()
    if geometry is not None:
        window.restoreGeometry(geometry)
        screens = [screen.availableGeometry() for screen in QGuiApplication.screens()]
        if not reachable(window.frameGeometry(), screens):  # its monitor is gone
            window.place_on_screen()
    if state is not None:
        window.restoreState(state)
    if splitter is not None:
        window.splitter.restoreState(splitter)


def save_window(window: MainWindow, settings: AppSettings) -> None:
    settings.save_view_header("tree", window.tree.header().saveState())
    if window.tree.columns is not None:
        settings.save_hidden_columns("tree", sorted(window.tree.columns.clerk_hidden))
    settings.save_window_state(
        window.saveGeometry(), window.saveState(), window.splitter.saveState()
    )
    settings.sync()
