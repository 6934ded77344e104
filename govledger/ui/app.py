"""Starting the desktop application: `govledger` with no subcommand."""

from __future__ import annotations

import os
import signal
import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from govledger.ui.appearance import apply_appearance, choose_language, install_translations
from govledger.ui.gui_gc import collect_on_gui_thread
from govledger.ui.settings import APPLICATION_NAME, ORGANIZATION_NAME, AppSettings


def make_application(argv: list[str] | None = None, language: str | None = None) -> QApplication:
    """The QApplication with name, look and translations (reused if one exists)."""
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv[:1])
    app.setOrganizationName(ORGANIZATION_NAME)
    app.setApplicationName(APPLICATION_NAME)
    app.setApplicationDisplayName("govledger")
    collect_on_gui_thread(app)  # never in a worker thread: see gui_gc.py
    apply_appearance(app)
    chosen = language or choose_language(AppSettings().language)
    app._govledger_translators = install_translations(app, chosen)  # keep them alive
    # Messages from the store and importers (shown in dialogs) follow the same language.
    os.environ["GOVLEDGER_LANG"] = "zh" if chosen == "zh_CN" else "en"
    return app


def resolve_ledger_path(db_path: Path | None, settings: AppSettings) -> Path:
    if db_path is not None:
        return Path(db_path)
    if settings.data_folder is not None:
        from govledger.paths import LEDGER_FILE_NAME

        return settings.data_folder / LEDGER_FILE_NAME
    from govledger.paths import default_ledger_path

    return default_ledger_path()


def open_main_window(db_path: Path | None, settings: AppSettings, prompter=None):
    """The main window on the ledger (locked for this process), or None if not opened."""
    from govledger.ui.ledger_opening import QtPrompter, open_ledger_for_window
    from govledger.ui.main_window import MainWindow
    from govledger.ui.session import LedgerSession

    path = resolve_ledger_path(db_path, settings)
    opened = open_ledger_for_window(path, prompter or QtPrompter())
    if opened is None:
        return None
    window = MainWindow(LedgerSession(opened.ledger), settings)
    window.ledger_lock = opened.lock
    window.show_safety_notices(opened.recovered_from, opened.set_aside_as)
    return window


def open_server_window(url: str, password: str | None, settings: AppSettings, prompter=None):
    """The main window on a server ledger (no lock: many clerks are the point), or None
    when it cannot be opened; the clerk is told why in one message."""
    from govledger.messages import GovLedgerError
    from govledger.ui.ledger_opening import QtPrompter, open_server
    from govledger.ui.main_window import MainWindow
    from govledger.ui.session import LedgerSession

    try:
        ledger = open_server(url, password or "")
    except GovLedgerError as exc:
        (prompter or QtPrompter()).error(str(exc))
        return None
    return MainWindow(LedgerSession(ledger), settings)


def quit_on_terminate(app: QApplication) -> None:
    """SIGTERM (a Linux logout, `kill`) quits like the window's close: lock released.

    Python runs signal handlers only between bytecodes, and Qt's event loop is native
    code, so a timer wakes the interpreter twice a second to notice the signal.
    """
    if not hasattr(signal, "SIGTERM") or sys.platform == "win32":
        return  # Windows ends sessions through window messages, which Qt handles
    # Queued: a signal that comes before the event loop runs still ends it at once.
    signal.signal(signal.SIGTERM, lambda _number, _frame: QTimer.singleShot(0, app.quit))
    timer = QTimer(app)
    timer.timeout.connect(lambda: None)
    timer.start(500)


def run_app(db_path: Path | str | None = None, *, password: str | None = None) -> int:
    """db_path: a ledger file, a server ledger's URL (str), or None for the default."""
    app = make_application()
    quit_on_terminate(app)
    from govledger.paths import default_data_dir
    from govledger.ui.crash_handling import install_crash_handlers
    from govledger.ui.ledger_safety import schedule_daily_backup, schedule_damage_check

    install_crash_handlers(default_data_dir() / "logs")
    settings = AppSettings()
    if isinstance(db_path, str):
        window = open_server_window(db_path, password, settings)
    else:
        window = open_main_window(db_path, settings)
    if window is None:
        return 1
    # Windows shutdown or logoff ends the event loop; everything is already saved, so
    # closing needs no questions — only a clean release of the ledger and its lock.
    app.aboutToQuit.connect(window.shut_down)
    app.commitDataRequest.connect(window.commit_for_session_end)
    window.restore_state()
    window.show()
    schedule_daily_backup(window.session.ledger)
    schedule_damage_check(window)
    window.deadlines.show_startup_summary()  # non-modal; the clerk can switch it off
    return app.exec()
