"""Old binary documents (.doc, .wps, .xls, .et) converted with what the PC already has.

govledger reads only .docx/.xlsx. An old file is converted into a temporary
.docx/.xlsx and that is imported with the normal importer (the draft keeps the
original file name). Converters are tried in order:

- ``ComConverter``: Word or WPS Writer (Excel or WPS Spreadsheets for workbooks)
  driven through COM on Windows, when ``win32com`` or ``comtypes`` is importable
  (neither is a dependency: a clerk's PC with pywin32 gets it for free);
- ``LibreOfficeConverter``: ``soffice --headless --convert-to``, found on PATH or in
  the usual Windows install folders, with a private profile (so it works while the
  clerk's own LibreOffice is open) and a time limit after which it is killed.

With none available the clerk is told to save the file as .docx/.xlsx in Word or WPS.
"""

from __future__ import annotations

import contextlib
import functools
import os
import shutil
import signal
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterator, Sequence
from contextlib import AbstractContextManager
from pathlib import Path
from typing import Any, Protocol

from govledger.domain.draft import PlanDraft
from govledger.importers.errors import PlanImportError

TIMEOUT_SECONDS = 120.0  # LibreOffice's first start with a fresh profile takes a while
# kind (from safety.sniff) -> (what the clerk has, the format it becomes)
TARGETS = {"doc": ("Word/WPS", ".docx"), "xls": ("Excel/WPS", ".xlsx")}
_SOURCE_SUFFIX = {"doc": ".doc", "xls": ".xls"}
WINDOWS_SOFFICE = (
    r"C:\Program Files\LibreOffice\program\soffice.exe",
    r"C:\Program Files (x86)\LibreOffice\program\soffice.exe",
)


class ConversionFailed(Exception):
    """A converter could not convert this file; ``str()`` says why, in a few words."""


class ConversionTimedOut(ConversionFailed):
    pass


class Converter(Protocol):
    name: str

    def convert(self, source: Path, target_suffix: str, out_dir: Path) -> Path:
        """Write source converted to target_suffix into out_dir; return the new file."""
        ...


# --- LibreOffice ---------------------------------------------------------------------
class LibreOfficeConverter:
    name = "LibreOffice"

    def __init__(self, soffice: Path, timeout: float = TIMEOUT_SECONDS) -> None:
        self.soffice = soffice
        self.timeout = timeout

    @classmethod
    def find(cls) -> LibreOfficeConverter | None:
        for name in ("soffice", "libreoffice"):
            found = shutil.which(name)
            if found:
                return cls(Path(found))
        if sys.platform == "win32":
            for candidate in WINDOWS_SOFFICE:
                if Path(candidate).is_file():
                    return cls(Path(candidate))
        return None

    def convert(self, source: Path, target_suffix: str, out_dir: Path) -> Path:
        profile = out_dir / "lo-profile"
        command = [
            str(self.soffice),
            f"-env:UserInstallation={profile.as_uri()}",
            "--headless",
            "--norestore",
            "--convert-to",
            target_suffix.lstrip("."),
            "--outdir",
            str(out_dir),
            str(source),
        ]
        _run_killing_on_timeout(command, self.timeout)
        result = out_dir / (source.stem + target_suffix)
        if not result.is_file():
            raise ConversionFailed(f"{self.name} wrote no {target_suffix}")
        return result


def _run_killing_on_timeout(command: list[str], timeout: float) -> None:
    """Run command; on timeout kill it with every process it started (soffice.bin)."""
    windows = sys.platform == "win32"
    process = subprocess.Popen(
        command,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=not windows,  # its own process group, killed as one
        creationflags=getattr(subprocess, "CREATE_NO_WINDOW", 0) if windows else 0,
    )
    try:
        process.wait(timeout=timeout)
    except subprocess.TimeoutExpired as exc:
        if sys.platform == "win32":  # /T: the whole tree (spelt out for mypy: no killpg there)
            subprocess.run(
                ["taskkill", "/F", "/T", "/PID", str(process.pid)],
                capture_output=True,
                check=False,
                creationflags=getattr(subprocess, "CREATE_NO_WINDOW", 0),
            )
        else:
            os.killpg(process.pid, signal.SIGKILL)
        process.wait()
        raise ConversionTimedOut(f"{timeout:g}") from exc


# --- Word / WPS through COM ----------------------------------------------------------
# ProgIDs tried in order; Word/Excel first, then WPS (KWPS/KET, older WPS/ET).
WRITER_PROG_IDS = ("Word.Application", "KWPS.Application", "WPS.Application")
SHEET_PROG_IDS = ("Excel.Application", "KET.Application", "ET.Application")
_WORD_DOCX = 16  # wdFormatXMLDocument
_EXCEL_XLSX = 51  # xlOpenXMLWorkbook


class ComConverter:
    """Word/WPS or Excel/WPS driven through COM (Windows only).

    ``dispatch(prog_id)`` starts the application (``win32com.client.DispatchEx``, a new
    process, or ``comtypes.client.CreateObject``); ``com_thread()`` is a context that
    initialises COM on the calling thread (imports run on a worker thread). Tests pass
    fakes. The application is quit only when it holds no other document: a clerk's
    open Word is never closed.
    """

    name = "Word/WPS"

    def __init__(
        self,
        dispatch: Callable[[str], Any],
        com_thread: Callable[[], AbstractContextManager[object]] = contextlib.nullcontext,
    ) -> None:
        self.dispatch = dispatch
        self.com_thread = com_thread

    @classmethod
    def find(cls) -> ComConverter | None:
        if sys.platform != "win32":
            return None
        try:
            import pythoncom
            from win32com.client import DispatchEx

            com = functools.partial(
                _com_initialised, pythoncom.CoInitialize, pythoncom.CoUninitialize
            )
            return cls(DispatchEx, com)
        except ImportError:
            pass
        try:
            import comtypes
            from comtypes.client import CreateObject

            com = functools.partial(
                _com_initialised, comtypes.CoInitialize, comtypes.CoUninitialize
            )
            return cls(CreateObject, com)
        except ImportError:
            return None

    def convert(self, source: Path, target_suffix: str, out_dir: Path) -> Path:
        result = out_dir / (source.stem + target_suffix)
        sheet = target_suffix == ".xlsx"
        errors: list[str] = []
        with self.com_thread():
            for prog_id in SHEET_PROG_IDS if sheet else WRITER_PROG_IDS:
                try:
                    app = self.dispatch(prog_id)
                except Exception as exc:  # not installed: try the next program
                    errors.append(f"{prog_id}: {exc}")
                    continue
                try:
                    _save_as(app, sheet, source, result)
                except Exception as exc:
                    errors.append(f"{prog_id}: {exc}")
                    continue
                finally:
                    with contextlib.suppress(Exception):  # gone already: nothing to close
                        if (app.Workbooks if sheet else app.Documents).Count == 0:
                            app.Quit()
                if result.is_file():
                    return result
                errors.append(f"{prog_id} wrote no {target_suffix}")
        raise ConversionFailed("; ".join(errors) or "no program")


def _save_as(app: Any, sheet: bool, source: Path, result: Path) -> None:
    app.Visible = False
    app.DisplayAlerts = False
    if sheet:
        book = app.Workbooks.Open(str(source), ReadOnly=True)
        try:
            book.SaveAs(str(result), FileFormat=_EXCEL_XLSX)
        finally:
            book.Close(False)
        return
    document = app.Documents.Open(
        str(source),
        ConfirmConversions=False,  # no "convert from…" dialog for a WPS file
        ReadOnly=True,
        AddToRecentFiles=False,
        PasswordDocument="",  # a locked file fails instead of asking
    )
    try:
        save = getattr(document, "SaveAs2", None) or document.SaveAs  # Word 2007: SaveAs
        save(str(result), FileFormat=_WORD_DOCX)
    finally:
        document.Close(False)


@contextlib.contextmanager
def _com_initialised(
    initialise: Callable[[], object], uninitialise: Callable[[], object]
) -> Iterator[None]:
    initialise()
    try:
        yield
    finally:
        uninitialise()


def available_converters() -> list[Converter]:
    """What this PC can convert with, best first."""
    found: list[Converter | None] = [ComConverter.find(), LibreOfficeConverter.find()]
    return [converter for converter in found if converter is not None]


# --- importing -----------------------------------------------------------------------
def load_converted(
    path: Path,
    kind: str,
    year: int | None = None,
    converters: Sequence[Converter] | None = None,
) -> PlanDraft:
    """Import an old 'doc' or 'xls' file (safety.sniff's kind) through a converted copy."""
    what, target = TARGETS[kind]
    converters = available_converters() if converters is None else converters
    if not converters:
        raise PlanImportError("import.no_converter", name=path.name, kind=what, target=target)
    failures: list[str] = []
    scratch = tempfile.TemporaryDirectory(prefix="govledger-convert-", ignore_cleanup_errors=True)
    with scratch as tmp:
        # An ASCII name with the extension converters expect: a .wps that is a Word
        # file, a name with characters soffice's command line would mangle.
        source = Path(tmp) / ("source" + _SOURCE_SUFFIX[kind])
        shutil.copyfile(path, source)
        for converter in converters:
            out_dir = Path(tmp) / f"out-{len(failures)}"
            out_dir.mkdir()
            try:
                converted = converter.convert(source, target, out_dir)
            except ConversionTimedOut as exc:
                if len(converters) == len(failures) + 1:
                    raise PlanImportError(
                        "import.convert_timeout", name=path.name, target=target, seconds=str(exc)
                    ) from exc
                failures.append(f"{converter.name}: timeout")
                continue
            except (ConversionFailed, OSError) as exc:
                failures.append(f"{converter.name}: {exc}")
                continue
            return _import_converted(converted, kind, year)
    detail = "; ".join(failures)
    raise PlanImportError("import.convert_failed", name=path.name, target=target, detail=detail)


def _import_converted(converted: Path, kind: str, year: int | None) -> PlanDraft:
    from govledger.importers.safety import check_zip

    check_zip(converted, converted.name)  # the converter's output is a document like any other
    if kind == "doc":
        from govledger.importers.docx_plan import load_docx

        return load_docx(converted, year)
    from govledger.importers.xlsx_plan import load_xlsx

    return load_xlsx(converted, year)
