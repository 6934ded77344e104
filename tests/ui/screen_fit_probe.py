"""Build every window and dialog on a ledger and report how each fits its screen (issue 23).

Run in a fresh process, because QT_SCALE_FACTOR and the offscreen screen's size are
read when the QApplication is created:

    QT_QPA_PLATFORM=offscreen:configfile=screen.json QT_SCALE_FACTOR=1.5 \
        python tests/ui/screen_fit_probe.py LEDGER OUT.json [--shots DIR]

For each window it prints the client and frame rectangles, the screen's available
rectangle, the button boxes' rectangles inside the window, and for the main window
the width of the requirement text column. With --shots each window is saved as a PNG.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QRect, QSettings
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QApplication,
    QDialogButtonBox,
    QPushButton,
    QStatusBar,
    QToolBar,
    QWidget,
    QWizard,
)

from govledger.store import Ledger
from govledger.ui.app import make_application
from govledger.ui.labels import Column
from govledger.ui.screenshot import offscreen_noise_filtered
from govledger.ui.settings import AppSettings


def rect(r: QRect) -> list[int]:
    return [r.x(), r.y(), r.width(), r.height()]


def settle(rounds: int = 8) -> None:
    for _ in range(rounds):
        QCoreApplication.processEvents()


def reachable_parts(window: QWidget, available: QRect) -> list[dict]:
    """What must be on screen: button boxes, wizard buttons, status and tool bars.

    "inside" is true when the part lies whole in the window and on the screen's
    available area (not under the taskbar, not off the edge).
    """
    parts: list[QWidget] = []
    parts += window.findChildren(QDialogButtonBox)
    parts += window.findChildren(QStatusBar)
    parts += window.findChildren(QToolBar)
    # Buttons in rows of their own (not in a list or a scrolled form, where one scrolls to them)
    for button in window.findChildren(QPushButton):
        ancestor = button.parentWidget()
        while ancestor is not None and not isinstance(ancestor, QAbstractScrollArea | QToolBar):
            ancestor = ancestor.parentWidget()
        if ancestor is None:
            parts.append(button)
    if isinstance(window, QWizard):
        for which in (QWizard.WizardButton.NextButton, QWizard.WizardButton.CancelButton):
            button = window.button(which)
            if button is not None:
                parts.append(button)
    found = []
    for part in parts:
        if part.window() is not window or not part.isVisibleTo(window):
            continue
        local = QRect(part.mapTo(window, part.rect().topLeft()), part.size())
        on_screen = QRect(part.mapToGlobal(part.rect().topLeft()), part.size())
        found.append(
            {
                "kind": type(part).__name__,
                "name": part.objectName(),
                "rect": rect(local),
                "inside": window.rect().contains(local) and available.contains(on_screen),
            }
        )
    return found


def measure(name: str, window: QWidget, shots: Path | None) -> dict:
    screen = window.screen() or QGuiApplication.primaryScreen()
    available = screen.availableGeometry()
    entry = {
        "name": name,
        "client": rect(window.geometry()),
        "frame": rect(window.frameGeometry()),
        "available": rect(available),
        "minimum": [window.minimumSizeHint().width(), window.minimumSizeHint().height()],
        "parts": reachable_parts(window, available),
    }
    tree = getattr(window, "tree", None)
    if tree is not None and name.startswith("main"):
        header = tree.header()
        entry["text_width"] = tree.columnWidth(Column.TEXT)
        entry["text_minimum"] = tree.columns.text_minimum()
        entry["tree_width"] = tree.viewport().width()
        entry["hidden_columns"] = [c for c in range(header.count()) if header.isSectionHidden(c)]
        detail = window.detail
        entry["detail"] = rect(QRect(detail.mapTo(window, detail.rect().topLeft()), detail.size()))
    if shots is not None:
        window.grab().save(str(shots / f"{name}.png"))
    return entry


def shown(window: QWidget) -> QWidget:
    window.show()
    settle()
    return window


def windows(ledger_path: Path, scratch: Path) -> Iterator[tuple[str, Callable[[], QWidget]]]:
    """(name, build) for every top-level window; build returns it shown."""
    from govledger.ui.main_window import MainWindow
    from govledger.ui.session import LedgerSession

    settings = AppSettings(QSettings(str(scratch / "settings.ini"), QSettings.Format.IniFormat))
    ledger = Ledger.open(ledger_path)
    if not ledger.applications():
        ledger.add_application(
            received_on=date(2026, 3, 2),
            channel="online",
            applicant_type="natural_person",
            content="申请公开2025年度本局政府信息公开工作年度报告所列的依申请公开办理情况",
        )
    session = LedgerSession(ledger)
    window = MainWindow(session, settings)
    window.show()
    window.model.wait_for_index()
    settle()
    window.tree.expandAll()
    plan_id = window.model.plan_id
    task_id = next(t.id for _d, t in ledger.tasks_with_depth(plan_id) if not t.is_heading)
    window.select_task(task_id)
    settle()
    application = ledger.applications()[0]

    def main() -> QWidget:
        return window

    def main_maximized() -> QWidget:
        window.showMaximized()
        settle()
        return window

    def dialog(make: Callable[[], QWidget]) -> Callable[[], QWidget]:
        return lambda: shown(make())

    from govledger.ui import (
        application_dialog,
        application_register,
        application_steps,
        compare_years,
        conflict_dialog,
        event_dialog,
        evidence_link_dialog,
        export_dialog,
        holiday_editor,
        holiday_notice_dialog,
        import_dialog,
        new_plan_dialog,
        print_preview,
        reminder_summary,
        report_editor,
        restore_dialog,
        rollover_wizard,
        server_dialog,
        settings_dialog,
        unit_directory_dialog,
    )

    task = ledger.task(task_id)
    perform = window.window_actions.exchange_menu.perform
    yield "main", main
    yield "import", dialog(lambda: import_dialog.ImportDialog(session, settings, window))
    yield (
        "application_register",
        dialog(lambda: application_register.ApplicationRegisterWindow(session, window)),
    )
    yield (
        "application_new",
        dialog(lambda: application_dialog.ApplicationDialog(session, None, window)),
    )
    yield (
        "application_edit",
        dialog(lambda: application_dialog.ApplicationDialog(session, application, window)),
    )
    yield (
        "application_advance",
        dialog(lambda: application_steps.AdvanceDialog(session, application, window)),
    )
    yield (
        "application_extend",
        dialog(lambda: application_steps.ExtendDialog(session, application, window)),
    )
    yield (
        "report_editor",
        dialog(lambda: report_editor.ReportEditor(session, window, year=2026, plan_id=plan_id)),
    )
    export = export_dialog.ExportDialog(session, plan_id, settings.warning_days, window)
    yield "export", dialog(lambda: export)
    yield (
        "print_preview",
        dialog(lambda: print_preview.preview_dialog(export.printable_html(), "台账", window)),
    )
    yield "compare_years", dialog(lambda: compare_years.CompareYearsDialog(ledger, window))
    yield (
        "conflicts",
        dialog(lambda: conflict_dialog.MergeConflictDialog(ledger, perform, window)),
    )
    yield (
        "rollover",
        dialog(lambda: rollover_wizard.RolloverWizard(ledger, perform, window)),
    )
    yield "holidays", dialog(lambda: holiday_editor.HolidayEditor(session, 2027, window))
    yield (
        "holiday_notice",
        dialog(lambda: holiday_notice_dialog.HolidayNoticeDialog(session, 2027, window)),
    )
    yield "restore", dialog(lambda: restore_dialog.RestoreDialog(session, window))
    yield (
        "reminders",
        dialog(
            lambda: reminder_summary.ReminderSummaryDialog(
                window.deadlines.summary(), window, show_at_start=True
            )
        ),
    )
    yield "settings", dialog(lambda: settings_dialog.SettingsDialog(settings, ledger, window))
    yield "new_plan", dialog(lambda: new_plan_dialog.NewPlanDialog(session, settings, window))
    yield "units", dialog(lambda: unit_directory_dialog.UnitDirectoryDialog(session, window))
    yield "event", dialog(lambda: event_dialog.EventDialog(session, task, window))
    yield "link", dialog(lambda: evidence_link_dialog.LinkDialog(window))
    yield (
        "server",
        dialog(lambda: server_dialog.ServerDialog(lambda _url, _password: None, settings, window)),
    )
    yield "main_maximized", main_maximized

    def calendar() -> QWidget:  # the main window with its 时限日历 tab
        window.showNormal()
        window.place_on_screen()
        window.deadlines.show_calendar()
        settle()
        return window

    yield "calendar", calendar


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("ledger", type=Path)
    parser.add_argument("output", type=Path)
    parser.add_argument("--shots", type=Path)
    parser.add_argument("--lang", default="zh_CN")
    parser.add_argument("--only", nargs="*")
    args = parser.parse_args(argv)
    make_application(language=args.lang)
    noise = offscreen_noise_filtered()
    noise.__enter__()
    QSettings.setPath(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(args.output.parent)
    )
    if args.shots is not None:
        args.shots.mkdir(parents=True, exist_ok=True)
    results = []
    for name, build in windows(args.ledger, args.output.parent):
        if args.only and name not in args.only and name != "main":
            continue
        widget = build()
        results.append(measure(name, widget, args.shots))
        if name not in ("main", "main_maximized", "calendar"):
            widget.close()
            widget.deleteLater()
            settle()
    args.output.write_text(json.dumps(results, ensure_ascii=False, indent=1), encoding="utf-8")
    QApplication.instance().closeAllWindows()
    return 0


if __name__ == "__main__":
    sys.exit(main())
