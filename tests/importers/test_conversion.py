"""Old .doc/.wps/.xls/.et files: converted by a Converter, then imported as .docx/.xlsx.

The seam is tested with fakes (a converter that writes a prepared .docx, COM
objects that record their calls, an ``soffice`` that never finishes); the
LibreOffice path is tested for real on the corpus's .doc/.wps/.et when soffice is
installed (.ci/run installs it).
"""

from __future__ import annotations

import contextlib
import os
import shutil
import struct
import sys
import types
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from govledger.importers import PlanImportError, load_plan
from govledger.importers.conversion import (
    ComConverter,
    ConversionFailed,
    LibreOfficeConverter,
    load_converted,
)
from tests.importers.documents import build_docx, build_xlsx, fake_ole

PLANS = Path(__file__).resolve().parents[1] / "data" / "plans"
HEADER = ["工作任务", "具体要求", "责任单位"]


def _plan_docx(path: Path) -> Path:
    return build_docx(
        path,
        before=["某局2023年政务公开工作要点"],
        header=HEADER,
        rows=[["一、公开财政信息", "1.公开部门预算。", "财务科"]],
    )


class FakeConverter:
    """Writes a prepared document as the conversion's result and records its calls."""

    def __init__(self, result: Path | None, name: str = "fake") -> None:
        self.result = result
        self.name = name
        self.calls: list[tuple[Path, str]] = []

    def convert(self, source: Path, target_suffix: str, out_dir: Path) -> Path:
        self.calls.append((source, target_suffix))
        if self.result is None:
            raise ConversionFailed("could not open the file")
        return Path(shutil.copyfile(self.result, out_dir / ("converted" + target_suffix)))


def _use(monkeypatch: pytest.MonkeyPatch, *converters: Any) -> None:
    monkeypatch.setattr(
        "govledger.importers.conversion.available_converters", lambda: list(converters)
    )


def _refused(path: Path) -> PlanImportError:
    with pytest.raises(PlanImportError) as caught:
        load_plan(path)
    text = str(caught.value)
    assert str(path) in text and "\n" not in text
    return caught.value


def test_a_converted_doc_imports_under_its_own_name(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    converter = FakeConverter(_plan_docx(tmp_path / "plan.docx"))
    _use(monkeypatch, converter)
    path = fake_ole(tmp_path / "旧方案.wps", ["WordDocument", "1Table"])
    draft = load_plan(path)
    assert draft.source_name == "旧方案.wps"
    assert [task.text for _p, task in draft.requirements()] == ["公开部门预算。"]
    source, suffix = converter.calls[0]
    assert suffix == ".docx" and source.suffix == ".doc"  # the converter gets a .doc


def test_an_old_workbook_becomes_xlsx(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    sheet = build_xlsx(tmp_path / "plan.xlsx", [HEADER, ["一、公开", "公开预算。", "财务科"]])
    converter = FakeConverter(sheet)
    _use(monkeypatch, converter)
    draft = load_plan(fake_ole(tmp_path / "任务.et", ["Workbook"]))
    assert [task.text for _p, task in draft.requirements()] == ["公开预算。"]
    assert converter.calls[0][1] == ".xlsx"


def test_the_next_converter_is_tried_when_one_fails(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    broken = FakeConverter(None, "Word/WPS")
    working = FakeConverter(_plan_docx(tmp_path / "p.docx"))
    _use(monkeypatch, broken, working)
    assert load_plan(fake_ole(tmp_path / "old.doc", ["WordDocument"])).source_name == "old.doc"
    assert broken.calls and working.calls


def test_every_converter_failing_is_one_line_naming_them(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _use(monkeypatch, FakeConverter(None, "Word/WPS"), FakeConverter(None, "LibreOffice"))
    error = _refused(fake_ole(tmp_path / "old.doc", ["WordDocument"]))
    assert error.key == "import.convert_failed"
    assert "Word/WPS: could not open the file" in str(error) and "LibreOffice" in str(error)


def test_no_converter_names_the_options(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _use(monkeypatch)
    monkeypatch.setenv("GOVLEDGER_LANG", "zh_CN")
    error = _refused(fake_ole(tmp_path / "旧方案.doc", ["WordDocument"]))
    assert error.key == "import.no_converter"
    assert "请在 Word 或 WPS 中另存为 .docx 后再导入" in str(error)
    monkeypatch.setenv("GOVLEDGER_LANG", "en")
    assert "save it as .docx in Word or WPS" in str(_refused(error_path := Path(error.name)))
    assert error_path.name == "旧方案.doc"


def test_an_encrypted_file_is_refused_before_any_conversion(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    converter = FakeConverter(_plan_docx(tmp_path / "plan.docx"))
    _use(monkeypatch, converter)
    locked = fake_ole(tmp_path / "locked.doc", ["EncryptionInfo", "EncryptedPackage"])
    assert _refused(locked).key == "import.encrypted"
    assert not converter.calls


def test_a_password_protected_word_97_file_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    converter = FakeConverter(_plan_docx(tmp_path / "plan.docx"))
    _use(monkeypatch, converter)
    path = fake_ole(tmp_path / "locked.doc", ["WordDocument", "1Table"])
    fib = bytearray(512)  # the WordDocument stream's first sector: its FIB
    struct.pack_into("<6H", fib, 0, 0xA5EC, 0x00C1, 0, 0x0804, 0, 0x0100)  # flags: fEncrypted
    path.write_bytes(path.read_bytes() + bytes(fib))
    assert _refused(path).key == "import.encrypted"
    assert not converter.calls


# --- LibreOffice ---------------------------------------------------------------------
@pytest.mark.skipif(sys.platform == "win32", reason="the stand-in soffice is a shell script")
def test_a_hanging_soffice_is_killed_with_its_children(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    child_pid = tmp_path / "child.pid"
    soffice = tmp_path / "soffice"
    soffice.write_text(f"#!/bin/sh\nsleep 300 &\necho $! > {child_pid}\nwait\n")
    soffice.chmod(0o755)
    _use(monkeypatch, LibreOfficeConverter(soffice, timeout=1))
    error = _refused(fake_ole(tmp_path / "old.doc", ["WordDocument"]))
    assert error.key == "import.convert_timeout"
    assert _finished(int(child_pid.read_text()))


def _finished(pid: int) -> bool:
    """True once pid is gone or a zombie (killed, waiting for its parent to reap it)."""
    import time

    for _attempt in range(100):
        try:
            state = Path(f"/proc/{pid}/stat").read_text().split(") ")[1][0]
        except (FileNotFoundError, IndexError):
            return True
        if state == "Z":
            return True
        time.sleep(0.05)
    return False


def test_soffice_is_called_headless_with_a_private_profile(tmp_path: Path) -> None:
    log = tmp_path / "args.txt"
    soffice = tmp_path / "soffice"
    # Writes its arguments, then a "converted" file where LibreOffice would.
    soffice.write_text(
        '#!/bin/sh\nprintf "%s\\n" "$@" > ' + str(log) + "\n"
        'for last; do :; done\nout=""\nprev=""\n'
        'for a; do [ "$prev" = "--outdir" ] && out="$a"; prev="$a"; done\n'
        'base=$(basename "$last" .doc)\ntouch "$out/$base.docx"\n'
    )
    soffice.chmod(0o755)
    if sys.platform == "win32":
        pytest.skip("the stand-in soffice is a shell script")
    source = tmp_path / "source.doc"
    source.write_bytes(b"x")
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    result = LibreOfficeConverter(soffice).convert(source, ".docx", out_dir)
    assert result == out_dir / "source.docx"
    args = log.read_text().splitlines()
    assert "--headless" in args and args[args.index("--convert-to") + 1] == "docx"
    assert f"-env:UserInstallation={(out_dir / 'lo-profile').as_uri()}" in args


REAL_SOFFICE = LibreOfficeConverter.find()
needs_soffice = pytest.mark.skipif(
    REAL_SOFFICE is None, reason="LibreOffice (soffice) is not installed; .ci/run installs it"
)


@needs_soffice
@pytest.mark.parametrize(
    ("corpus_name", "saved_as", "count"),
    [
        ("doc-merged-2022.doc", "交通运输局 工作要点.doc", 5),
        ("doc-wps-2023.wps", "财政局任务分工.wps", 4),
        ("doc-sheet-2024.et", "长岭镇任务清单.et", 3),
    ],
)
def test_libreoffice_converts_for_real(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, corpus_name: str, saved_as: str, count: int
) -> None:
    assert REAL_SOFFICE is not None
    _use(monkeypatch, REAL_SOFFICE)
    path = Path(shutil.copyfile(PLANS / corpus_name, tmp_path / saved_as))
    draft = load_plan(path)
    assert draft.source_name == saved_as
    assert len(list(draft.requirements())) == count
    assert not list(tmp_path.glob("*.docx")) and not list(tmp_path.glob("*.xlsx"))


@needs_soffice
def test_libreoffice_on_a_broken_doc_is_one_clear_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert REAL_SOFFICE is not None
    _use(monkeypatch, REAL_SOFFICE)
    error = _refused(fake_ole(tmp_path / "broken.doc", ["WordDocument", "1Table"]))
    assert error.key in ("import.convert_failed", "import.no_plan")


# --- Word / WPS through COM ------------------------------------------------------------
class FakeOfficeApp:
    """Records the COM calls govledger makes; SaveAs writes the prepared document."""

    def __init__(self, prepared: Path, log: list[str], other_documents: int = 0) -> None:
        self.prepared, self.log = prepared, log
        self.Documents = self.Workbooks = self
        self.Count = other_documents  # the clerk's own documents open in this Word

    # Method names are the COM objects' own.
    def Open(self, path: str, **options: object) -> FakeOfficeApp:
        self.log.append(f"Open {Path(path).suffix} ReadOnly={options.get('ReadOnly')}")
        return self

    def SaveAs2(self, path: str, FileFormat: int) -> None:
        self.log.append(f"SaveAs2 {FileFormat}")
        shutil.copyfile(self.prepared, path)

    def SaveAs(self, path: str, FileFormat: int) -> None:
        self.log.append(f"SaveAs {FileFormat}")
        shutil.copyfile(self.prepared, path)

    def Close(self, save: bool) -> None:
        self.log.append(f"Close save={save}")

    def Quit(self) -> None:
        self.log.append("Quit")


def _dispatcher(installed: dict[str, FakeOfficeApp], log: list[str]) -> Any:
    def dispatch(prog_id: str) -> FakeOfficeApp:
        log.append(f"Dispatch {prog_id}")
        if prog_id not in installed:
            raise OSError("Invalid class string")
        return installed[prog_id]

    return dispatch


def test_com_saves_as_docx_with_word(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    log: list[str] = []
    word = FakeOfficeApp(_plan_docx(tmp_path / "plan.docx"), log)
    _use(monkeypatch, ComConverter(_dispatcher({"Word.Application": word}, log)))
    draft = load_plan(fake_ole(tmp_path / "old.doc", ["WordDocument"]))
    assert [task.text for _p, task in draft.requirements()] == ["公开部门预算。"]
    assert log == [
        "Dispatch Word.Application",
        "Open .doc ReadOnly=True",
        "SaveAs2 16",
        "Close save=False",
        "Quit",
    ]


def test_com_leaves_the_clerks_open_word_running(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    log: list[str] = []
    word = FakeOfficeApp(_plan_docx(tmp_path / "plan.docx"), log, other_documents=2)
    entered: list[str] = []

    @contextlib.contextmanager
    def com_thread() -> Iterator[None]:
        entered.append("CoInitialize")
        yield
        entered.append("CoUninitialize")

    converter = ComConverter(_dispatcher({"Word.Application": word}, log), com_thread)
    _use(monkeypatch, converter)
    load_plan(fake_ole(tmp_path / "old.doc", ["WordDocument"]))
    assert "Quit" not in log and "Close save=False" in log
    assert entered == ["CoInitialize", "CoUninitialize"]


def test_com_is_found_through_pywin32_on_windows(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[str] = []
    pythoncom = types.SimpleNamespace(
        CoInitialize=lambda: calls.append("init"), CoUninitialize=lambda: calls.append("uninit")
    )
    client = types.SimpleNamespace(DispatchEx=lambda prog_id: calls.append(prog_id))
    monkeypatch.setattr(sys, "platform", "win32")
    monkeypatch.setitem(sys.modules, "pythoncom", pythoncom)
    monkeypatch.setitem(sys.modules, "win32com", types.SimpleNamespace(client=client))
    monkeypatch.setitem(sys.modules, "win32com.client", client)
    converter = ComConverter.find()
    assert converter is not None
    with converter.com_thread():
        converter.dispatch("Word.Application")
    assert calls == ["init", "Word.Application", "uninit"]


def test_com_falls_back_to_wps(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    log: list[str] = []
    sheet = build_xlsx(tmp_path / "plan.xlsx", [HEADER, ["一、公开", "公开预算。", "财务科"]])
    wps = FakeOfficeApp(sheet, log)
    _use(monkeypatch, ComConverter(_dispatcher({"KET.Application": wps}, log)))
    draft = load_plan(fake_ole(tmp_path / "old.et", ["Workbook"]))
    assert [task.text for _p, task in draft.requirements()] == ["公开预算。"]
    assert log[:3] == [
        "Dispatch Excel.Application",
        "Dispatch KET.Application",
        "Open .xls ReadOnly=True",
    ]
    assert "SaveAs 51" in log and log[-1] == "Quit"


def test_com_with_nothing_installed_fails_over(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    converter = ComConverter(_dispatcher({}, []))
    with pytest.raises(ConversionFailed, match=r"Word\.Application"):
        converter.convert(tmp_path / "old.doc", ".docx", tmp_path)
    fallback = FakeConverter(_plan_docx(tmp_path / "plan.docx"))
    path = fake_ole(tmp_path / "old.doc", ["WordDocument"])
    assert load_converted(path, "doc", converters=[converter, fallback]).requirements()


def test_com_is_not_offered_off_windows() -> None:
    if sys.platform == "win32":
        pytest.skip("on Windows it depends on pywin32/comtypes being installed")
    assert ComConverter.find() is None
    assert os.name == "posix"
