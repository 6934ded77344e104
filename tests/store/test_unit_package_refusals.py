"""A truncated, altered or hostile .govpkg is rejected whole; the ledger stays as it was."""

from __future__ import annotations

import hashlib
import json
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from govledger.domain.model import TaskKind
from govledger.messages import GovLedgerError
from govledger.store import Ledger
from govledger.store.package_format import PackageError
from tests.store.test_unit_packages import snapshot

UNIT = "法制科"


@pytest.fixture
def package(tmp_path: Path) -> Path:
    """A 法制科 package with one requirement, a progress entry and an evidence file."""
    with Ledger.open(tmp_path / "unit" / "ledger.sqlite") as ledger:
        plan = ledger.create_plan("2022年分工方案", 2022).first_created("plans")
        heading = ledger.add_task(plan, "一、强化政策解读", kind=TaskKind.HEADING)
        task = ledger.add_task(
            plan, "做好重大政策解读", parent_id=heading.first_created("tasks"), lead_units=[UNIT]
        ).first_created("tasks")
        ledger.add_progress(task, "召开新闻发布会")
        ledger.attach_bytes(task, b"screenshot " * 500, "截图.png")
        return ledger.export_package(plan, UNIT, tmp_path / "unit.govpkg").path


@pytest.fixture
def office(tmp_path: Path):
    with Ledger.open(tmp_path / "office" / "ledger.sqlite") as ledger:
        ledger.create_plan("办公室已有的方案", 2022)
        yield ledger


def rewrite(source: Path, target: Path, change: Callable[[dict[str, bytes]], None]) -> Path:
    """Copy a zip, letting change() edit its members (name -> bytes)."""
    with zipfile.ZipFile(source) as archive:
        members = {name: archive.read(name) for name in archive.namelist()}
    change(members)
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return target


def edit_json(members: dict[str, bytes], name: str, edit: Callable[[dict], None]) -> None:
    document = json.loads(members[name])
    edit(document)
    members[name] = json.dumps(document, ensure_ascii=False).encode("utf-8")


def evidence_member(members: dict[str, bytes]) -> str:
    return next(name for name in members if name.startswith("evidence/"))


def altered_text(members: dict[str, bytes]) -> None:
    members["records.json"] = members["records.json"].replace(
        "做好重大政策解读".encode(), "做好一般政策解读".encode()
    )


def altered_evidence(members: dict[str, bytes]) -> None:
    members[evidence_member(members)] = b"another picture"


def missing_evidence(members: dict[str, bytes]) -> None:
    del members[evidence_member(members)]


def unlisted_member(members: dict[str, bytes]) -> None:
    members["evidence/../../evil.bat"] = b"del *.*"


def manifest_other_unit(members: dict[str, bytes]) -> None:
    edit_json(members, "manifest.json", lambda m: m.update(unit="办公室"))


def manifest_wrong_hash(members: dict[str, bytes]) -> None:
    edit_json(
        members,
        "manifest.json",
        lambda m: m["members"]["tombstones.json"].update(sha256="0" * 64),
    )


def manifest_newer(members: dict[str, bytes]) -> None:
    edit_json(members, "manifest.json", lambda m: m.update(format_version=99))


def manifest_missing(members: dict[str, bytes]) -> None:
    del members["manifest.json"]


def records_malformed(members: dict[str, bytes]) -> None:
    """Well hashed but nonsense: a status the ledger does not know."""
    edit_json(
        members,
        "records.json",
        lambda doc: doc["tasks"][1]["fields"].update(status="差不多了"),
    )
    data = members["records.json"]
    edit_json(
        members,
        "manifest.json",
        lambda m: m["members"]["records.json"].update(
            sha256=hashlib.sha256(data).hexdigest(), size=len(data)
        ),
    )


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (altered_text, "records.json"),
        (altered_evidence, "evidence/"),
        (missing_evidence, "evidence/"),
        (unlisted_member, "evil.bat"),
        (manifest_other_unit, "manifest.json"),
        (manifest_wrong_hash, "tombstones.json"),
        (manifest_newer, "99"),
        (manifest_missing, "manifest.json"),
        (records_malformed, "status"),
    ],
)
def test_altered_package_is_rejected_whole(
    office: Ledger, package: Path, tmp_path: Path, change, expected: str
) -> None:
    bad = rewrite(package, tmp_path / "bad.govpkg", change)
    before = snapshot(office)
    with pytest.raises(PackageError) as refused:
        office.import_package(bad)
    text = str(refused.value)
    assert "\n" not in text and str(bad) in text and expected in text
    assert snapshot(office) == before
    assert not list(office.evidence.stored_hashes())


def test_truncated_package_is_rejected(office: Ledger, package: Path, tmp_path: Path) -> None:
    data = package.read_bytes()
    for cut in (len(data) // 2, len(data) - 10, 100):
        bad = tmp_path / f"cut-{cut}.govpkg"
        bad.write_bytes(data[:cut])
        before = snapshot(office)
        with pytest.raises(PackageError):
            office.import_package(bad)
        assert snapshot(office) == before


def test_not_a_package_is_rejected(office: Ledger, tmp_path: Path, samples_dir: Path) -> None:
    text_file = tmp_path / "notes.govpkg"
    text_file.write_text("这不是数据包", encoding="utf-8")
    for bad in (text_file, samples_dir / "dongguan-2021.docx", tmp_path / "missing.govpkg"):
        with pytest.raises(PackageError):
            office.import_package(bad)


def test_zip_bomb_is_rejected_before_unpacking(
    office: Ledger, package: Path, tmp_path: Path
) -> None:
    def bomb(members: dict[str, bytes]) -> None:
        members["evidence/" + "a" * 64] = bytes(64 * 1024 * 1024)  # 64 MiB of zeros

    bad = rewrite(package, tmp_path / "bomb.govpkg", bomb)
    assert bad.stat().st_size < 1024 * 1024
    with pytest.raises(PackageError) as refused:
        office.import_package(bad)
    assert "bomb" in str(refused.value)


def test_own_package_is_refused(tmp_path: Path) -> None:
    with Ledger.open(tmp_path / "unit" / "ledger.sqlite") as ledger:
        plan = ledger.create_plan("2022年分工方案", 2022).first_created("plans")
        ledger.add_task(plan, "做好重大政策解读", lead_units=[UNIT])
        path = ledger.export_package(plan, UNIT, tmp_path / "own.govpkg").path
        with pytest.raises(PackageError):
            ledger.import_package(path)


def test_unit_without_requirements_cannot_export(office: Ledger, tmp_path: Path) -> None:
    plan = office.latest_plan()
    with pytest.raises(GovLedgerError):
        office.export_package(plan.id, "不存在的科室", tmp_path / "empty.govpkg")
    assert not (tmp_path / "empty.govpkg").exists()
