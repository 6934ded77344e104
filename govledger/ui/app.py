"""Starting the desktop application: `govledger` with no subcommand."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication, QMessageBox

from govledger.messages import GovLedgerError
from govledger.ui.appearance import apply_appearance, choose_language, install_translations
from govledger.ui.settings import APPLICATION_NAME, ORGANIZATION_NAME, AppSettings


def make_application(argv: list[str] | None = None, language: str | None = None) -> QApplication:
    """The QApplication with name, look and translations (reused if one exists)."""
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv[:1])
    app.setOrganizationName(ORGANIZATION_NAME)
    app.setApplicationName(APPLICATION_NAME)
    app.setApplicationDisplayName("govledger")
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


def open_main_window(db_path: Path | None, settings: AppSettings):  # -> MainWindow | None
    from govledger.store import Ledger
    from govledger.ui.main_window import MainWindow
    from govledger.ui.session import LedgerSession

    path = resolve_ledger_path(db_path, settings)
    try:
        ledger = Ledger.open(path)
    except GovLedgerError as exc:
        QMessageBox.critical(None, "govledger", str(exc))
        return None
    window = MainWindow(LedgerSession(ledger), settings)
    return window


def run_app(db_path: Path | None = None) -> int:
    app = make_application()
    settings = AppSettings()
    window = open_main_window(db_path, settings)
    if window is None:
        return 1
    window.restore_state()
    window.show()
    code = app.exec()
    # A background index load may still be reading: let it finish before the ledger
    # and the interpreter go away under it.
    window.model.shutdown()
    window.session.close()
    return code
