"""What a file really is, checked before any parser sees it.

The content decides, not the extension: a .txt renamed .docx, a cut-off download,
an old binary .doc/.wps/.et (converted, see conversion.py) or a password-protected
workbook each get one clear message.
Zip archives are inspected from their directory first (entry count, declared
sizes, compression ratios — zip bombs) and their XML parts are refused if they
declare a DOCTYPE or ENTITY (billion laughs), all before python-docx or openpyxl
parse anything.
"""

from __future__ import annotations

import zipfile
import zlib
from pathlib import Path

from govledger.importers.errors import PlanImportError
from govledger.messages import os_error_text

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGICS = (b"PK\x03\x04", b"PK\x05\x06")

MAX_TEXT_BYTES = 20 * 1024 * 1024
MAX_ZIP_ENTRIES = 5000
MAX_ENTRY_BYTES = 100 * 1024 * 1024
MAX_TOTAL_BYTES = 250 * 1024 * 1024
MAX_RATIO = 100  # real .docx/.xlsx XML compresses 5–30x
RATIO_FLOOR_BYTES = 2 * 1024 * 1024  # tiny entries may compress absurdly well; that is harmless

# Storage names inside an OLE compound file, as UTF-16LE in its directory.
_ENCRYPTED_MARKERS = ("EncryptedPackage".encode("utf-16-le"), "EncryptionInfo".encode("utf-16-le"))
_WORD_STREAM = "WordDocument".encode("utf-16-le")
_SHEET_STREAMS = ("Workbook".encode("utf-16-le"), "Book".encode("utf-16-le"))
_XML_DECLARATIONS = [
    needle.encode(encoding)
    for needle in ("<!DOCTYPE", "<!ENTITY")
    for encoding in ("ascii", "utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be")
]
_XML_SUFFIXES = (".xml", ".rels", ".vml")
_OFFICE_SUFFIXES = {
    ".docx": "Word (.docx)",
    ".docm": "Word (.docx)",
    ".dotx": "Word (.docx)",
    ".xlsx": "Excel (.xlsx)",
    ".xlsm": "Excel (.xlsx)",
    ".xltx": "Excel (.xlsx)",
}
_OLE_SCAN_BYTES = 16 * 1024 * 1024


def sniff(path: Path, name: str) -> str:
    """'docx', 'xlsx', 'pdf', 'doc' (old Word/WPS text), 'xls' (old Excel/WPS sheet),
    'html', 'mht' or 'text' — or PlanImportError saying why the file cannot be read."""
    try:
        size = path.stat().st_size
        with path.open("rb") as handle:
            head = handle.read(8)
    except OSError as exc:
        raise PlanImportError("import.unreadable", name=name, detail=os_error_text(exc)) from exc
    if size == 0:
        raise PlanImportError("import.empty", name=name)
    if head.startswith(OLE_MAGIC):
        return ole_kind(path, name)
    if head.startswith(b"%PDF"):
        return "pdf"
    if head.startswith(ZIP_MAGICS):
        return check_zip(path, name)
    expected = _OFFICE_SUFFIXES.get(path.suffix.lower())
    if expected:
        raise PlanImportError("import.renamed", name=name, expected=expected)
    if head.startswith(b"{\\rtf"):
        raise PlanImportError("import.old_binary", name=name)
    if size > MAX_TEXT_BYTES:
        raise PlanImportError("import.too_large", name=name, detail=f"{size} bytes")
    return web_page_kind(path) or "text"


_HTML_STARTS = (
    "<!doctype html", "<html", "<head", "<body", "<meta", "<title", "<style", "<table",
    "<div", "<p>", "<p ",
)  # fmt: skip


def web_page_kind(path: Path) -> str | None:
    """'html' or 'mht' when the text is a saved web page (whatever its extension), else None."""
    with path.open("rb") as handle:
        data = handle.read(4096)
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        head = data.decode("utf-16", errors="ignore")
    else:
        head = data.decode("latin-1")  # enough to see ASCII markup and MIME headers
    head = head.lstrip("\ufeff\xef\xbb\xbf \t\r\n").lower()
    first_line = head.split("\n", 1)[0]
    if ":" in first_line and "mime-version:" in head and "multipart/" in head:
        return "mht"  # saved by IE/Word/WPS: MIME headers, then the parts
    if head.startswith(_HTML_STARTS) or (head.startswith("version:") and "starthtml:" in head):
        return "html"
    if head.startswith(("<?xml", "<!--")) and "<html" in head:
        return "html"
    return None


def ole_kind(path: Path, name: str) -> str:
    """'doc' or 'xls' for an old Word/WPS or Excel/WPS file; refused when encrypted.

    Encrypted .docx/.xlsx are OLE containers too (EncryptionInfo, EncryptedPackage);
    a password-protected .doc says so in its FIB. The directory's stream names tell
    a text document (WordDocument) from a workbook (Workbook, Book); the extension
    decides only when neither is found.
    """
    with path.open("rb") as handle:
        data = handle.read(_OLE_SCAN_BYTES)
    if any(marker in data for marker in _ENCRYPTED_MARKERS) or _word_fib_encrypted(data):
        raise PlanImportError("import.encrypted", name=name)
    if _WORD_STREAM in data:
        return "doc"
    if any(stream in data for stream in _SHEET_STREAMS):
        return "xls"
    suffix = path.suffix.lower()
    if suffix in (".doc", ".dot", ".wps", ".wpt"):
        return "doc"
    if suffix in (".xls", ".xlt", ".et", ".ett"):
        return "xls"
    raise PlanImportError("import.old_binary", name=name)


def _word_fib_encrypted(data: bytes) -> bool:
    """The fEncrypted flag of a Word 97+ file's FIB.

    The WordDocument stream starts on a 512-byte sector with the FIB, whose first
    word is wIdent 0xA5EC; bit 0x0100 of the flags at offset 10 is fEncrypted.
    """
    for offset in range(512, len(data) - 12, 512):
        if data[offset : offset + 2] == b"\xec\xa5":
            flags = int.from_bytes(data[offset + 10 : offset + 12], "little")
            return bool(flags & 0x0100)
    return False


def check_zip(path: Path, name: str) -> str:
    """'docx' or 'xlsx' after the zip-bomb and XML-declaration checks."""
    try:
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
            _check_sizes(infos, name)
            names = {info.filename for info in infos}
            if "word/document.xml" in names:
                kind = "docx"
            elif "xl/workbook.xml" in names:
                kind = "xlsx"
            else:
                raise PlanImportError("import.not_office", name=name)
            for info in infos:
                if info.filename.lower().endswith(_XML_SUFFIXES):
                    _refuse_declarations(archive, info, name)
            return kind
    except PlanImportError:
        raise
    except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError, ValueError) as exc:
        raise PlanImportError("import.damaged", name=name, detail=exc) from exc
    except OSError as exc:
        raise PlanImportError("import.unreadable", name=name, detail=os_error_text(exc)) from exc


def _check_sizes(infos: list[zipfile.ZipInfo], name: str) -> None:
    if len(infos) > MAX_ZIP_ENTRIES:
        raise PlanImportError("import.too_large", name=name, detail=f"{len(infos)} entries")
    total = 0
    for info in infos:
        total += info.file_size
        if info.file_size > MAX_ENTRY_BYTES or total > MAX_TOTAL_BYTES:
            detail = f"{info.filename}: {info.file_size} bytes"
            raise PlanImportError("import.too_large", name=name, detail=detail)
        ratio = info.file_size / max(info.compress_size, 1)
        if info.file_size > RATIO_FLOOR_BYTES and ratio > MAX_RATIO:
            detail = f"{info.filename}: {ratio:.0f}:1"
            raise PlanImportError("import.too_large", name=name, detail=detail)


def _refuse_declarations(archive: zipfile.ZipFile, info: zipfile.ZipInfo, name: str) -> None:
    """Stream the part (never more than its declared size) looking for <!DOCTYPE / <!ENTITY."""
    overlap = max(len(needle) for needle in _XML_DECLARATIONS) - 1
    tail = b""
    with archive.open(info) as part:
        while chunk := part.read(256 * 1024):
            window = tail + chunk
            if any(needle in window for needle in _XML_DECLARATIONS):
                raise PlanImportError("import.unsafe_xml", name=name, part=info.filename)
            tail = window[-overlap:]


def read_text(path: Path, name: str) -> str:
    """A text file's content: UTF-8 (with or without BOM), UTF-16 with BOM, or GB18030."""
    data = path.read_bytes()
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise PlanImportError("import.binary", name=name) from exc
    if b"\x00" in data[:8192]:
        raise PlanImportError("import.binary", name=name)
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise PlanImportError("import.binary", name=name)
