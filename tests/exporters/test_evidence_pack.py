"""The evidence pack (佐证材料包): what an inspection team opens, folder or zip."""

from __future__ import annotations

import errno
import hashlib
import zipfile
from collections.abc import Iterator
from datetime import date
from io import BytesIO
from pathlib import Path
from urllib.parse import unquote

import pytest
from openpyxl import load_workbook
from openpyxl.worksheet.worksheet import Worksheet

from govledger.demo import build_demo
from govledger.domain.model import EvidenceKind, Status, TaskKind
from govledger.domain.safe_file_names import MAX_PATH, utf16_length
from govledger.exporters import evidence_pack
from govledger.exporters.evidence_index import HEADER_ROW, LACKS_EVIDENCE, STATE_REMARKS
from govledger.exporters.evidence_layout import INDEX_NAME, EvidenceState
from govledger.exporters.evidence_pack import PackCancelled, export_evidence_pack
from govledger.messages import GovLedgerError
from govledger.store import Ledger

TODAY = date(2026, 6, 1)


@pytest.fixture
def ledger(tmp_path: Path) -> Iterator[Ledger]:
    with Ledger.open(tmp_path / "ledger" / "ledger.sqlite") as opened:
        yield opened


@pytest.fixture
def demo(ledger: Ledger) -> int:
    return build_demo(ledger, today=TODAY)


@pytest.fixture
def small_plan(ledger: Ledger) -> dict[str, int]:
    plan = ledger.create_plan("测试方案", 2026).first_created("plans")
    heading = ledger.add_task(
        plan, "一、做好政务公开台账工作。", kind=TaskKind.HEADING, number="一"
    ).first_created("tasks")
    r1 = ledger.add_task(
        plan, '=HYPERLINK("http://x")建立台账', parent_id=heading, number="1"
    ).first_created("tasks")
    r2 = ledger.add_task(plan, "发布年度报告", parent_id=heading, number="2").first_created("tasks")
    return {"plan": plan, "heading": heading, "r1": r1, "r2": r2}


def index_rows(sheet: Worksheet) -> list[list]:
    return [list(row) for row in sheet.iter_rows(min_row=HEADER_ROW + 1)]


def file_targets(sheet: Worksheet) -> dict[str, str]:
    """Evidence name -> decoded relative path, from the 佐证材料 column's hyperlinks."""
    return {
        row[8].value: unquote(row[8].hyperlink.target)
        for row in index_rows(sheet)
        if row[8].hyperlink is not None and row[9].value == "文件"
    }


def test_demo_pack_folder_is_browsable_and_indexed(
    ledger: Ledger, demo: int, tmp_path: Path
) -> None:
    target = tmp_path / "佐证材料包"
    result = export_evidence_pack(ledger, demo, target, today=TODAY)
    evidence = [e for items in ledger.evidence_by_task(demo).values() for e in items]
    files = [e for e in evidence if e.kind is EvidenceKind.FILE]
    assert (result.files, result.links, result.missing) == (len(files), 6, [])

    written = sorted(p.relative_to(target).as_posix() for p in target.rglob("*") if p.is_file())
    assert INDEX_NAME in written
    first = "01 一、做好各类规划主动公开/1 主动公开“十四五”规划纲要、各项规划、政策解读等相关信息"
    assert f"{first}/网站截图-1.png" in written
    assert sum(name.endswith(".url") for name in written) == 6
    assert len(written) == len(evidence) + 1
    # Explorer sorts names; the zero-padded heading numbers keep the plan's order.
    tops = sorted({name.split("/")[0] for name in written if "/" in name})
    assert [name[3:5] for name in tops] == ["一、", "五、", "七、", "九、", "十一", "十三"]

    sheet = load_workbook(target / INDEX_NAME).active
    rows = [row for row in index_rows(sheet) if row[0].value is not None]
    assert [row[1].value for row in rows] == [str(n) for n in range(1, 31)]  # every requirement
    by_number = {row[1].value: row for row in rows}
    assert by_number["1"][2].value == "一、做好各类规划主动公开。"
    assert by_number["1"][6].value == "已完成" and by_number["1"][7].value == 2
    flagged = {ledger.task(t).number for t in ledger.done_without_evidence(demo)}
    assert flagged == {row[1].value for row in rows if row[13].value == LACKS_EVIDENCE}
    for name, relative in file_targets(sheet).items():
        assert (target / relative).is_file(), name
        assert (target / relative).read_bytes()[:4] == b"\x89PNG"
    shortcut = next(target.rglob("*.url")).read_text(encoding="ascii")
    assert shortcut == "[InternetShortcut]\nURL=https://www.jiangmen.gov.cn/\n"
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]  # no temp left


def test_demo_pack_as_zip(ledger: Ledger, demo: int, tmp_path: Path) -> None:
    target = tmp_path / "佐证材料包.zip"
    export_evidence_pack(ledger, demo, target, today=TODAY)
    with zipfile.ZipFile(target) as archive:
        assert archive.testzip() is None
        names = set(archive.namelist())
        sheet = load_workbook(BytesIO(archive.read(INDEX_NAME))).active
        for relative in file_targets(sheet).values():
            assert relative in names
            assert archive.read(relative)[:4] == b"\x89PNG"
    assert [p.name for p in tmp_path.iterdir() if p.suffix == ".zip"] == [target.name]


def test_awkward_names_become_safe_and_stay_under_max_path(
    ledger: Ledger, small_plan: dict, tmp_path: Path
) -> None:
    r1 = small_plan["r1"]
    long_name = "关于进一步做好政务公开工作的通知" * 19 + ".pdf"  # 300+ characters
    for name, content in (
        ("CON.pdf", b"con"),
        ("aux", b"aux"),
        (long_name, b"long"),
        ("江门市政府信息公开专栏截图（2026年5月）.png", b"zh"),
        ("会议纪要.docx", b"first"),
        ("会议纪要.docx", b"second"),
        ('问"答"?.txt', b"qa"),
    ):
        ledger.attach_bytes(r1, content, name)
    deep = tmp_path / ("很深的文件夹" * 12)
    deep.mkdir()
    target = deep / "佐证材料包"
    export_evidence_pack(ledger, small_plan["plan"], target, today=TODAY)
    files = [p for p in target.rglob("*") if p.is_file() and p.name != INDEX_NAME]
    names = {p.name for p in files}
    assert {"CON_.pdf", "aux_", "会议纪要.docx", "会议纪要(2).docx", "问＂答＂？.txt"} <= names
    assert "江门市政府信息公开专栏截图（2026年5月）.png" in names
    [long] = [n for n in names if n.startswith("关于进一步")]
    assert long.endswith("….pdf")
    lengths = [utf16_length(str(p.absolute())) for p in target.rglob("*")]
    assert max(lengths) < MAX_PATH, (max(lengths), utf16_length(str(target)))
    contents = {p.name: p.read_bytes() for p in files}
    assert (contents["会议纪要.docx"], contents["会议纪要(2).docx"]) == (b"first", b"second")


def test_user_text_is_never_a_formula(ledger: Ledger, small_plan: dict, tmp_path: Path) -> None:
    ledger.attach_link(small_plan["r1"], "https://www.gov.cn/", title="=1+1", note="@SUM(A1)\x07")
    export_evidence_pack(ledger, small_plan["plan"], tmp_path / "pack", today=TODAY)
    sheet = load_workbook(tmp_path / "pack" / INDEX_NAME).active
    row = index_rows(sheet)[0]
    assert row[3].value == '=HYPERLINK("http://x")建立台账' and row[3].data_type == "s"
    assert row[8].value == "=1+1" and row[8].data_type == "s"
    assert row[12].value.startswith("@SUM(A1)")  # the bell character is dropped


def test_evidence_on_a_progress_entry_shows_its_date(
    ledger: Ledger, small_plan: dict, tmp_path: Path
) -> None:
    entry = ledger.add_progress(small_plan["r2"], "召开专题会议", on=date(2026, 3, 5))
    ledger.attach_bytes(
        small_plan["r2"],
        b"minutes",
        "会议纪要.pdf",
        progress_id=entry.first_created("progress_entries"),
    )
    export_evidence_pack(ledger, small_plan["plan"], tmp_path / "pack", today=TODAY)
    sheet = load_workbook(tmp_path / "pack" / INDEX_NAME).active
    row = next(r for r in index_rows(sheet) if r[8].value == "会议纪要.pdf")
    assert row[11].value == "2026-03-05 召开专题会议"


def test_missing_and_altered_files_are_listed_not_fatal(
    ledger: Ledger, small_plan: dict, tmp_path: Path
) -> None:
    ledger.attach_bytes(small_plan["r1"], b"gone", "丢失的截图.png")
    ledger.attach_bytes(small_plan["r1"], b"original", "被改动的文件.pdf")
    ledger.update_task(small_plan["r2"], status=Status.DONE)
    ledger.evidence_path(hashlib.sha256(b"gone").hexdigest()).unlink()
    ledger.evidence_path(hashlib.sha256(b"original").hexdigest()).write_bytes(b"tampered")
    result = export_evidence_pack(ledger, small_plan["plan"], tmp_path / "pack", today=TODAY)
    assert (result.missing, result.altered) == (["丢失的截图.png"], ["被改动的文件.pdf"])
    sheet = load_workbook(tmp_path / "pack" / INDEX_NAME).active
    remarks = {row[8].value: row[13].value for row in index_rows(sheet)}
    assert remarks["丢失的截图.png"] == STATE_REMARKS[EvidenceState.MISSING]
    assert remarks["被改动的文件.pdf"] == STATE_REMARKS[EvidenceState.ALTERED]
    assert remarks[None] == LACKS_EVIDENCE  # r2: done, nothing attached
    assert "丢失的截图.png" not in file_targets(sheet)
    assert not list((tmp_path / "pack").rglob("丢失的截图.png"))


def _fail_on_second_copy(monkeypatch) -> None:
    real = evidence_pack._copy_hashing
    calls = []

    def copy(*args):
        calls.append(1)
        if len(calls) == 2:
            raise OSError(errno.ENOSPC, "No space left on device")
        return real(*args)

    monkeypatch.setattr(evidence_pack, "_copy_hashing", copy)


@pytest.mark.parametrize("name", ["pack", "pack.zip"])
def test_a_failure_midway_leaves_the_old_pack_untouched(
    ledger: Ledger, demo: int, tmp_path: Path, monkeypatch, name: str
) -> None:
    target = tmp_path / name
    export_evidence_pack(ledger, demo, target, today=TODAY)
    before = sorted(p.read_bytes() for p in tmp_path.rglob("*") if p.is_file())
    _fail_on_second_copy(monkeypatch)
    with pytest.raises(GovLedgerError) as failure:
        export_evidence_pack(ledger, demo, target, today=TODAY)
    assert "\n" not in str(failure.value) and name in str(failure.value)
    assert "No space left" in str(failure.value)
    assert sorted(p.read_bytes() for p in tmp_path.rglob("*") if p.is_file()) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(["ledger", name])


def test_a_failure_on_a_new_target_leaves_nothing(
    ledger: Ledger, demo: int, tmp_path: Path, monkeypatch
) -> None:
    _fail_on_second_copy(monkeypatch)
    with pytest.raises(GovLedgerError):
        export_evidence_pack(ledger, demo, tmp_path / "new.zip", today=TODAY)
    assert [p.name for p in tmp_path.iterdir()] == ["ledger"]


def test_cancel_leaves_nothing(ledger: Ledger, demo: int, tmp_path: Path) -> None:
    seen: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> bool:
        seen.append((done, total))
        return len(seen) < 3

    with pytest.raises(PackCancelled):
        export_evidence_pack(ledger, demo, tmp_path / "pack", progress=progress, today=TODAY)
    assert len(seen) == 3 and seen[0][0] < seen[0][1]
    assert [p.name for p in tmp_path.iterdir()] == ["ledger"]


def test_a_folder_that_is_not_a_pack_is_never_replaced(
    ledger: Ledger, demo: int, tmp_path: Path
) -> None:
    desktop = tmp_path / "桌面"
    desktop.mkdir()
    (desktop / "重要文件.docx").write_bytes(b"keep me")
    with pytest.raises(GovLedgerError, match="not an evidence pack"):
        export_evidence_pack(ledger, demo, desktop, today=TODAY)
    assert [p.name for p in desktop.iterdir()] == ["重要文件.docx"]
    with pytest.raises(GovLedgerError, match="does not exist"):
        export_evidence_pack(ledger, demo, tmp_path / "nowhere" / "pack.zip", today=TODAY)
    empty = tmp_path / "empty"
    empty.mkdir()
    export_evidence_pack(ledger, demo, empty, today=TODAY)  # an empty folder is fine
    assert (empty / INDEX_NAME).is_file()


def test_a_colleague_s_files_come_from_the_server(pg_server, tmp_path: Path) -> None:
    """On a server ledger the pack holds files this PC never had: they are fetched."""
    url = pg_server.new_database()
    with Ledger.open(url, cache_folder=tmp_path / "colleague") as colleague:
        plan = colleague.create_plan("测试方案", 2026).first_created("plans")
        task = colleague.add_task(plan, "发布年度报告", number="1").first_created("tasks")
        colleague.attach_bytes(task, b"the colleague's scan", "扫描件.pdf")
    sha = hashlib.sha256(b"the colleague's scan").hexdigest()
    with Ledger.open(url, cache_folder=tmp_path / "mine") as mine:
        assert not mine.has_local_evidence(sha)
        result = export_evidence_pack(mine, plan, tmp_path / "pack.zip", today=TODAY)
    assert (result.files, result.missing, result.altered) == (1, [], [])
    with zipfile.ZipFile(tmp_path / "pack.zip") as pack:
        [name] = [n for n in pack.namelist() if n.endswith("扫描件.pdf")]
        assert pack.read(name) == b"the colleague's scan"
