"""Backups: verified copies, rotation, restore, recovery of a damaged ledger."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest

from govledger.cli import main
from govledger.domain.draft import DraftTask, PlanDraft
from govledger.domain.model import TaskKind
from govledger.messages import GovLedgerError
from govledger.store import Ledger, LedgerOpenError
from govledger.store.backups import Backups, set_aside
from govledger.store.file_location import _mount_type

pytestmark = pytest.mark.file_ledger  # backups are files beside a ledger file


def test_take_writes_a_verified_ledger_copy(ledger: Ledger, plan_tree: dict) -> None:
    path = ledger.take_backup("manual")
    assert path.parent == ledger.path.parent / "backups"
    [info] = ledger.backups.list()
    assert (info.path, info.reason, info.plans, info.tasks, info.ok) == (path, "manual", 1, 4, True)


def test_daily_backup_only_when_the_last_is_a_day_old(ledger: Ledger) -> None:
    now = datetime(2026, 3, 2, 9, 0)
    assert ledger.take_daily_backup(now) is not None
    assert ledger.take_daily_backup(now + timedelta(hours=20)) is None
    assert ledger.take_daily_backup(now + timedelta(hours=25)) is not None


def test_rotation_keeps_days_weeks_months(tmp_path: Path) -> None:
    ledger_path = tmp_path / "ledger.sqlite"
    backups = Backups(ledger_path)
    backups.folder.mkdir()
    now = datetime(2026, 11, 23, 12, 0)
    stamps = [now - timedelta(hours=h) for h in range(0, 24 * 800, 6)]  # every 6 h, 800 days
    for stamp in stamps:
        (backups.folder / f"ledger-{stamp:%Y%m%d-%H%M%S}-daily.sqlite").write_bytes(b"")
    backups.prune(now)
    kept = [taken for _path, taken, _reason in backups.files()]
    last_day = [t for t in kept if now - t < timedelta(days=1)]
    assert len(last_day) == 4  # everything of the last day
    week = [t for t in kept if timedelta(days=1) <= now - t < timedelta(days=7)]
    assert len(week) == len({t.date() for t in week}) == 7  # the newest of each day
    assert all(now - t < timedelta(days=731) for t in kept)  # nothing past two years
    months = {(t.year, t.month) for t in kept if now - t >= timedelta(days=61)}
    assert len(kept) < 4 + 7 + 10 + 25 and len(months) >= 21


def test_import_takes_a_backup_first(ledger: Ledger) -> None:
    draft = PlanDraft(title="方案", year=2021, roots=[DraftTask(TaskKind.REQUIREMENT, "要求", "1")])
    ledger.import_draft(draft)
    assert ledger.backups.list() == []  # an empty ledger has nothing to lose
    ledger.import_draft(draft)
    [info] = ledger.backups.list()
    assert info.reason == "import" and info.plans == 1  # the ledger as it was before


def test_restore_backs_up_current_then_replaces(ledger: Ledger, plan_tree: dict) -> None:
    backup = ledger.take_backup("manual")
    ledger.delete_plan(plan_tree["plan"])
    assert ledger.plans() == []
    ledger.restore(backup)
    assert [p.id for p in ledger.plans()] == [plan_tree["plan"]]
    assert len(ledger.search("台账")) == 2
    reasons = [info.reason for info in ledger.backups.list()]
    assert "before_restore" in reasons
    before = next(i for i in ledger.backups.list() if i.reason == "before_restore")
    assert before.plans == 0


def test_restore_refuses_a_bad_backup(ledger: Ledger, plan_tree: dict, tmp_path: Path) -> None:
    bad = tmp_path / "bad.sqlite"
    bad.write_bytes(b"garbage" * 100)
    with pytest.raises(GovLedgerError, match="damaged or not a ledger backup"):
        ledger.restore(bad)
    assert len(ledger.plans()) == 1


def test_damaged_ledger_is_set_aside_and_recovered_by_cli(tmp_path: Path, capsys) -> None:
    path = tmp_path / "ledger.sqlite"
    with Ledger.open(path) as ledger:
        ledger.create_plan("重要方案", 2021)
        ledger.take_backup("manual")
    damaged = b"\x00" * 4096
    path.write_bytes(damaged)
    with pytest.raises(LedgerOpenError):
        Ledger.open(path)
    assert main(["--db", str(path), "restore", "--latest"]) == 0
    with Ledger.open(path) as ledger:
        assert [p.title for p in ledger.plans()] == ["重要方案"]
    [aside] = tmp_path.glob("ledger.damaged-*.sqlite")
    assert aside.read_bytes() == damaged  # never overwritten
    assert "moved" in capsys.readouterr().out


def test_set_aside_never_overwrites(tmp_path: Path) -> None:
    now = datetime(2026, 1, 1, 8, 0)
    first, second = tmp_path / "ledger.sqlite", None
    first.write_bytes(b"one")
    moved_one = set_aside(first, now)
    first.write_bytes(b"two")
    second = set_aside(first, now)
    assert moved_one != second
    assert (moved_one.read_bytes(), second.read_bytes()) == (b"one", b"two")


def test_cli_restore_list_and_file(tmp_path: Path, capsys) -> None:
    path = tmp_path / "ledger.sqlite"
    with Ledger.open(path) as ledger:
        plan = ledger.create_plan("方案", 2021).first_created("plans")
        backup = ledger.take_backup("manual")
        ledger.rename_plan(plan, "改过的方案")
    assert main(["--db", str(path), "restore", "--list"]) == 0
    assert "manual" in capsys.readouterr().out
    assert main(["--db", str(path), "restore", str(backup)]) == 0
    with Ledger.open(path) as ledger:
        assert ledger.plans()[0].title == "方案"


def test_network_mounts_are_recognised() -> None:
    mounts = (
        "/dev/vda / ext4 rw 0 0\n"
        "//server/share /mnt/office cifs rw 0 0\n"
        "server:/export /mnt/nfs nfs4 rw 0 0\n"
    )
    assert _mount_type(Path("/mnt/office/台账/ledger.sqlite"), mounts) == "cifs"
    assert _mount_type(Path("/mnt/nfs/x"), mounts) == "nfs4"
    assert _mount_type(Path("/home/clerk/ledger.sqlite"), mounts) == "ext4"
    assert _mount_type(Path("/mnt/officeX/ledger.sqlite"), mounts) == "ext4"


def test_ledger_on_local_disk_uses_wal(ledger: Ledger) -> None:
    assert not ledger.on_network
