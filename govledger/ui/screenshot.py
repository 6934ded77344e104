"""`govledger screenshot`: the main window rendered offscreen to a PNG, for docs and review.

On Windows it renders with the native platform into a window that is never shown
(cli.screenshot_platform): the offscreen platform finds no fonts there.

It uses a throwaway settings file, so the picture does not depend on (or change)
the clerk's own window layout, and opens the ledger read-only when it exists.
"""

from __future__ import annotations

import contextlib
import os
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QSettings,
    Qt,
    qFormatLogMessage,
    qInstallMessageHandler,
)
from PySide6.QtGui import QGuiApplication

from govledger.store import Ledger
from govledger.ui.app import make_application
from govledger.ui.settings import AppSettings

# What the offscreen platform says about every window it shows: true, and of no use
# to someone who asked for a PNG. Only this known text is dropped; any other Qt
# message still reaches stderr.
OFFSCREEN_NOISE = frozenset({"This plugin does not support propagateSizeHints()"})


@contextlib.contextmanager
def offscreen_noise_filtered() -> Iterator[None]:
    """While inside, Qt's messages go on as before except OFFSCREEN_NOISE."""

    def handler(mode, context, text: str) -> None:
        if text in OFFSCREEN_NOISE:
            return
        if previous is not None:
            previous(mode, context, text)
        else:  # Qt's default handler: the formatted message on stderr
            print(qFormatLogMessage(mode, context, text), file=sys.stderr)

    previous = qInstallMessageHandler(handler)
    try:
        yield
    finally:
        qInstallMessageHandler(previous)


def _settle(rounds: int = 5) -> None:
    for _ in range(rounds):
        QCoreApplication.processEvents()


def pick_requirement(ledger: Ledger, plan_id: int) -> int | None:
    """A requirement worth showing: one with progress notes, else the first one."""
    with_notes = ledger.progress_by_task(plan_id)
    first = None
    for _depth, task in ledger.tasks_with_depth(plan_id):
        if task.is_heading:
            continue
        if task.id in with_notes:
            return task.id
        first = first or task.id
    return first


def pick_requirement_with_evidence(ledger: Ledger, plan_id: int) -> int | None:
    """For the evidence view: the first requirement with the most kinds of evidence."""
    best, best_kinds = None, 0
    for task_id, items in ledger.evidence_by_task(plan_id).items():
        kinds = len({item.kind for item in items})
        if kinds > best_kinds or (kinds == best_kinds and best is not None and task_id < best):
            best, best_kinds = task_id, kinds
    return best if best is not None else pick_requirement(ledger, plan_id)


def build_window(
    ledger_path: Path,
    size: tuple[int, int],
    language: str | None,
    scratch: Path,
    view: str = "tree",
):
    """The main window on the ledger, laid out at size, a requirement selected."""
    from govledger.ui.main_window import MainWindow
    from govledger.ui.session import LedgerSession

    make_application(language=language)
    settings = AppSettings(QSettings(str(scratch / "settings.ini"), QSettings.Format.IniFormat))
    ledger = Ledger.open(ledger_path, read_only=ledger_path.exists())
    window = MainWindow(LedgerSession(ledger), settings)
    window.resize(*size)
    if QGuiApplication.platformName() != "offscreen":
        # A real platform (Windows, see cli.screenshot_platform): lay the window out and
        # paint it as if shown, but never put it on the screen.
        window.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
    window.show()
    window.model.wait_for_index()
    _settle()
    if window.model.plan_id is not None:
        window.tree.expandAll()
        pick = pick_requirement_with_evidence if view == "evidence" else pick_requirement
        chosen = pick(ledger, window.model.plan_id)
        if chosen is not None:
            window.select_task(chosen)
        if view == "evidence":
            window.detail.tabs.setCurrentWidget(window.detail.evidence)
    if view == "calendar":
        window.deadlines.show_calendar()
    _settle()
    return window


def render_screenshot(
    ledger_path: Path,
    output: Path,
    size: tuple[int, int] = (1366, 768),
    language: str | None = None,
    view: str = "tree",
) -> Path:
    message_language = os.environ.get("GOVLEDGER_LANG")
    with offscreen_noise_filtered(), tempfile.TemporaryDirectory() as scratch:
        window = build_window(ledger_path, size, language, Path(scratch), view)
        try:
            output.parent.mkdir(parents=True, exist_ok=True)
            if not window.grab().save(str(output)):
                raise OSError(f"cannot write {output}")
        finally:
            window.close()
            window.model.shutdown()
            window.session.close()
            window.deleteLater()
            _settle()
            # Leave a shared QApplication (tests, scripts) in the language it had.
            app = QCoreApplication.instance()
            for translator in getattr(app, "_govledger_translators", []):
                app.removeTranslator(translator)
            if message_language is None:
                os.environ.pop("GOVLEDGER_LANG", None)
            else:
                os.environ["GOVLEDGER_LANG"] = message_language
    return output
