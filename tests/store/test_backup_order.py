"""Issue 19, item 7: a backup dated in the future does not win.

A backup dated a year ahead (another PC's clock, a copied folder) was picked by
`restore --latest` and stopped the daily backups until that date. Backups carry a
sequence number and are ordered by it; one dated in the future is listed as such.
"""

from __future__ import annotations

import shutil
from datetime import datetime, timedelta
from pathlib import Path

from govledger.cli import main
from govledger.store import Ledger
from govledger.store.backups import Backups
from tests.store.safety_helpers import assert_ledger_whole, fill_ledger

NOW = datetime.now().replace(microsecond=0)
A_YEAR_AHEAD = NOW + timedelta(days=365)


def test_backups_are_ordered_by_their_sequence_not_their_date(tmp_path: Path) -> None:
    with Ledger.open(tmp_path / "ledger.sqlite") as ledger:
        first = ledger.take_backup("manual", NOW - timedelta(days=3))
        ahead = ledger.take_backup("manual", A_YEAR_AHEAD)  # a wrong clock
        later = ledger.take_backup("manual", NOW - timedelta(days=2))
        assert [path for path, _taken, _reason in ledger.backups.files()] == [later, ahead, first]
        assert later.name.endswith("-manual-s3.sqlite")


def test_a_backup_from_the_future_is_listed_as_such_and_not_preferred(
    tmp_path: Path, capsys
) -> None:
    path = tmp_path / "ledger.sqlite"
    expected = fill_ledger(path)
    with Ledger.open(path) as ledger:
        good = ledger.take_backup("manual")
        ledger.create_plan("改过之后的方案", 2027)
        # The PC's clock ran a year ahead when the changed ledger was backed up.
        ahead = ledger.take_backup("daily", A_YEAR_AHEAD)
        infos = ledger.backups.list()
    assert [(info.path, info.in_future) for info in infos] == [(ahead, True), (good, False)]
    assert main(["--db", str(path), "restore", "--list"]) == 0
    listed = capsys.readouterr().out.splitlines()
    assert "(dated in the future)" in listed[0] and "(dated in the future)" not in listed[1]
    assert main(["--db", str(path), "restore", "--latest"]) == 0
    assert_ledger_whole(path, expected)  # the good backup, not the one from the future


def test_future_mark_in_chinese(tmp_path: Path, monkeypatch, capsys) -> None:
    path = tmp_path / "ledger.sqlite"
    fill_ledger(path)
    with Ledger.open(path) as ledger:
        ledger.take_backup("manual", A_YEAR_AHEAD)
    monkeypatch.setenv("GOVLEDGER_LANG", "zh")
    assert main(["--db", str(path), "restore", "--list"]) == 0
    assert "（日期在未来）" in capsys.readouterr().out


def test_only_a_backup_from_the_future_is_used_with_a_note(tmp_path: Path, capsys) -> None:
    path = tmp_path / "ledger.sqlite"
    expected = fill_ledger(path)
    with Ledger.open(path) as ledger:
        ledger.take_backup("manual", A_YEAR_AHEAD)
        ledger.create_plan("改过之后的方案", 2027)
    assert main(["--db", str(path), "restore", "--latest"]) == 0
    assert "dated in the future" in capsys.readouterr().err
    assert_ledger_whole(path, expected)


def test_daily_backups_continue_past_a_backup_from_the_future(tmp_path: Path) -> None:
    with Ledger.open(tmp_path / "ledger.sqlite") as ledger:
        ledger.create_plan("方案", 2026)
        ledger.take_backup("manual", A_YEAR_AHEAD)
        ledger.take_backup("daily", NOW - timedelta(days=2))
        taken = ledger.take_daily_backup(NOW)
        assert taken is not None
        assert ledger.take_daily_backup(NOW + timedelta(hours=1)) is None
        assert ledger.backups.latest_good(NOW).path == taken
        assert ledger.backups.prune(NOW) == []  # the one from the future is kept, too


def test_old_backup_names_are_still_read(tmp_path: Path) -> None:
    path = tmp_path / "ledger.sqlite"
    expected = fill_ledger(path)
    with Ledger.open(path) as ledger:
        numbered = ledger.take_backup("manual")
    old_name = numbered.with_name(f"ledger-{NOW - timedelta(days=1):%Y%m%d-%H%M%S}-daily.sqlite")
    shutil.move(numbered, old_name)
    [info] = Backups(path).list()
    assert (info.path, info.reason, info.sequence, info.ok) == (old_name, "daily", 0, True)
    with Ledger.open(path) as ledger:
        assert ledger.take_backup("manual").name.endswith("-manual-s1.sqlite")
        assert ledger.backups.files()[1][0] == old_name  # numbered ones are newer
    assert_ledger_whole(path, expected)
