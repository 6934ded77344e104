"""Issue 19, items 5 and 7 in the window: damage found after the first paint, an
emptied ledger recovered instead of started anew, backups from the future marked."""

from __future__ import annotations

import shutil
from datetime import datetime, timedelta
from pathlib import Path

from govledger.store import Ledger
from govledger.ui.app import open_main_window
from govledger.ui.ledger_opening import open_ledger_for_window
from govledger.ui.ledger_safety import schedule_damage_check
from govledger.ui.restore_dialog import RestoreDialog
from tests.store.safety_helpers import assert_ledger_whole, fill_ledger
from tests.store.test_damaged_ledger import zero_late_pages
from tests.ui.test_busy_ledger_gui import RecordingPrompter


def filled_with_backup(path: Path) -> tuple[dict[str, int], Path]:
    expected = fill_ledger(path)
    with Ledger.open(path) as ledger:
        backup = ledger.take_backup("manual")
    return expected, backup


def test_zeroed_pages_are_found_after_the_first_paint_and_restored(
    qtbot, ledger_path: Path, settings
) -> None:
    expected, backup = filled_with_backup(ledger_path)
    damaged = zero_late_pages(ledger_path)  # opens without complaint
    window = open_main_window(ledger_path, settings, RecordingPrompter())
    qtbot.addWidget(window)
    check = schedule_damage_check(window)
    with qtbot.waitSignal(check.checked, timeout=10_000) as found:
        pass
    assert "malformed" in found.args[0] or "page" in found.args[0]
    assert not window.notice_label.isHidden()
    assert "damaged" in window.notice_label.text()
    assert not window.damage_box.isHidden()
    window.damage_box.close()

    dialog = RestoreDialog(window.session, window)
    qtbot.addWidget(dialog)
    dialog.table.selectRow([info.path for info in dialog.backups].index(backup))
    assert dialog.restore_selected(confirm=False)
    [aside] = ledger_path.parent.glob("ledger.damaged-*.sqlite")
    assert aside.read_bytes() == damaged
    assert window.session.ledger.quick_check() is None
    window.shut_down()
    assert_ledger_whole(ledger_path, expected)


def test_a_sound_ledger_raises_no_alarm(qtbot, ledger_path: Path, settings) -> None:
    fill_ledger(ledger_path)
    window = open_main_window(ledger_path, settings, RecordingPrompter())
    qtbot.addWidget(window)
    check = schedule_damage_check(window)
    with qtbot.waitSignal(check.checked, timeout=10_000) as found:
        pass
    assert found.args == [""]
    assert "damaged" not in window.notice_label.text()
    assert getattr(window, "damage_box", None) is None
    window.shut_down()


def test_an_emptied_ledger_is_recovered_not_started_anew(qapp, ledger_path: Path) -> None:
    expected, _backup = filled_with_backup(ledger_path)
    ledger_path.write_bytes(b"")
    prompter = RecordingPrompter()
    opened = open_ledger_for_window(ledger_path, prompter)
    assert prompter.asked == ["recover"]
    assert opened is not None and opened.set_aside_as.read_bytes() == b""
    opened.ledger.close()
    opened.lock.release()
    assert_ledger_whole(ledger_path, expected)


def test_backups_dated_in_the_future_are_marked_in_the_dialog(
    qtbot, ledger_path: Path, settings
) -> None:
    fill_ledger(ledger_path)
    window = open_main_window(ledger_path, settings, RecordingPrompter())
    qtbot.addWidget(window)
    ledger = window.session.ledger
    ahead = ledger.take_backup("manual", datetime.now() + timedelta(days=365))
    today = ledger.take_backup("manual")
    dialog = RestoreDialog(window.session, window)
    qtbot.addWidget(dialog)
    made_at = {
        info.path: dialog.table.item(row, 0).text() for row, info in enumerate(dialog.backups)
    }
    assert made_at[ahead].endswith("(dated in the future)")
    assert "future" not in made_at[today]
    window.shut_down()


def test_restoring_a_backup_from_another_folder_warns_of_missing_evidence(
    qtbot, tmp_path: Path, ledger_path: Path, settings
) -> None:
    _expected, backup = filled_with_backup(tmp_path / "old_pc" / "ledger.sqlite")
    window = open_main_window(ledger_path, settings, RecordingPrompter())
    qtbot.addWidget(window)
    copied = ledger_path.parent / "backups" / backup.name  # a backups folder copied over
    copied.parent.mkdir()
    shutil.copy(backup, copied)
    dialog = RestoreDialog(window.session, window)
    qtbot.addWidget(dialog)
    dialog.table.selectRow([info.path for info in dialog.backups].index(copied))
    assert dialog.restore_selected(confirm=False)
    assert "3 evidence file(s)" in dialog.evidence_warning.text()
    assert len(window.session.ledger.plans()) == 3
    window.shut_down()
