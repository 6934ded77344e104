"""Writing an evidence pack (佐证材料包): a folder, or a .zip when the target ends in .zip.

All or nothing: the pack is built beside the target under a temporary name and moved
into place only when complete, so a full disk, a cancel or a crash leaves no half
pack and an existing pack of the same name as it was. A folder that is not an
earlier pack is never replaced. Missing evidence files are listed as missing in the
index rather than stopping the export; files whose content no longer matches their
hash are packed and marked as altered.

``export_evidence_pack`` reads the ledger; ``write_pack`` only touches files, so the
GUI can run it in a worker thread with a progress callback.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import secrets
import shutil
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from functools import partial
from pathlib import Path
from typing import BinaryIO
from urllib.parse import quote

from govledger.domain.model import EvidenceKind
from govledger.exporters.evidence_index import index_workbook
from govledger.exporters.evidence_layout import (
    INDEX_NAME,
    EvidenceState,
    PackPlan,
    path_budget,
    plan_pack,
)
from govledger.messages import Cancelled, GovLedgerError, os_error_text
from govledger.store.ledger import Ledger

CHUNK = 1024 * 1024
# progress(bytes_done, bytes_total) -> False to cancel
PackProgress = Callable[[int, int], bool]
# (sha256, original name) -> the stored file on this PC; a server ledger's downloads
# it first (Ledger.fetch_evidence). The path may not exist: the file is missing.
LocateFile = Callable[[str, str], Path]
# Already compressed: deflating them again costs time and saves nothing.
_STORED_SUFFIXES = {
    ".png", ".jpg", ".jpeg", ".gif", ".webp", ".pdf", ".zip", ".rar", ".7z",
    ".docx", ".xlsx", ".pptx", ".mp4", ".mp3", ".ofd",
}  # fmt: skip


class PackCancelled(Cancelled):
    def __init__(self) -> None:
        super().__init__("export.evidence_cancelled")


@dataclass(frozen=True)
class PackResult:
    path: Path
    files: int
    links: int
    missing: list[str]  # original names of evidence files not found in the store
    altered: list[str]


def is_zip_target(target: Path) -> bool:
    return target.suffix.lower() == ".zip"


def export_evidence_pack(
    ledger: Ledger,
    plan_id: int,
    target: Path | str,
    *,
    progress: PackProgress | None = None,
    today: date | None = None,
) -> PackResult:
    target = Path(target)
    check_target(target)
    pack = plan_pack(ledger, plan_id, path_budget(target, is_zip_target(target)), today)
    return write_pack(pack, target, progress, locate=ledger.fetch_evidence)


def check_target(target: Path) -> None:
    """Refuse, before any work, targets the pack must not replace."""
    if not target.parent.is_dir():
        raise GovLedgerError("export.evidence_no_folder", path=target, folder=target.parent)
    if is_zip_target(target):
        if target.is_dir():
            raise GovLedgerError("export.evidence_not_a_pack", path=target)
    elif target.is_file() or (
        target.is_dir() and any(target.iterdir()) and not (target / INDEX_NAME).is_file()
    ):
        raise GovLedgerError("export.evidence_not_a_pack", path=target)


def write_pack(
    pack: PackPlan,
    target: Path,
    progress: PackProgress | None = None,
    *,
    locate: LocateFile | None = None,
) -> PackResult:
    """Write the pack; locate finds each stored file (by default in the pack's evidence
    folder: a server ledger's must be given, on the thread's own connection)."""
    target = Path(target)
    check_target(target)
    as_zip = is_zip_target(target)
    temporary = target.parent / f".{target.stem}.part-{secrets.token_hex(4)}{target.suffix}"
    try:
        with _ZipSink(temporary) if as_zip else _FolderSink(temporary) as sink:
            _fill(pack, sink, progress, locate or partial(_stored_path, pack))
        _move_into_place(temporary, target)
    except BaseException as exc:
        _remove(temporary)
        if isinstance(exc, OSError):
            detail = os_error_text(exc)
            raise GovLedgerError("export.evidence_failed", path=target, detail=detail) from exc
        raise
    states = [(p.evidence.original_name, p.state) for p in pack.files()]
    return PackResult(
        target,
        files=sum(state != EvidenceState.MISSING for _name, state in states),
        links=sum(
            p.evidence.kind is EvidenceKind.LINK for r in pack.requirements for p in r.evidence
        ),
        missing=[name for name, state in states if state == EvidenceState.MISSING],
        altered=[name for name, state in states if state == EvidenceState.ALTERED],
    )


def internet_shortcut(url: str) -> bytes:
    """A Windows Internet shortcut (.url): double-click opens the page in the browser."""
    escaped = quote(url, safe=":/?#[]@!$&'()*+,;=%~-._")
    return f"[InternetShortcut]\r\nURL={escaped}\r\n".encode("ascii")


def _fill(pack: PackPlan, sink: _Sink, progress: PackProgress | None, locate: LocateFile) -> None:
    files = pack.files()
    # A missing file's size counts as done when it is found missing: the bar still ends full.
    total = sum(p.evidence.size for p in files) or 1
    done = 0

    def advance(count: int) -> None:
        nonlocal done
        done += count
        if progress is not None and progress(min(done, total), total) is False:
            raise PackCancelled()

    for requirement in pack.requirements:
        for packed in requirement.evidence:
            if packed.evidence.kind is EvidenceKind.LINK:
                sink.write_bytes(packed.relative_path, internet_shortcut(packed.evidence.url))
                continue
            source = locate(packed.evidence.sha256, packed.evidence.original_name)
            if not source.is_file():
                packed.state = EvidenceState.MISSING
                advance(packed.evidence.size)
                continue
            digest = sink.copy(packed.relative_path, source, advance)
            if digest != packed.evidence.sha256:
                packed.state = EvidenceState.ALTERED
    # The index goes in last: it records what copying found missing or altered.
    sink.write_bytes(INDEX_NAME, index_workbook(pack))
    if progress is not None:
        progress(total, total)


def _stored_path(pack: PackPlan, sha256: str, _name: str = "") -> Path:
    return pack.evidence_root / sha256[:2] / sha256


def _move_into_place(temporary: Path, target: Path) -> None:
    if not target.is_dir():
        os.replace(temporary, target)  # a file (zip) is replaced in one step
        return
    # An earlier pack folder: move it aside, move the new one in, then delete the old.
    aside = target.parent / f".{target.name}.old-{secrets.token_hex(4)}"
    target.rename(aside)
    try:
        temporary.rename(target)
    except BaseException:
        aside.rename(target)
        raise
    shutil.rmtree(aside, ignore_errors=True)


def _remove(path: Path) -> None:
    with contextlib.suppress(OSError):
        if path.is_dir():
            shutil.rmtree(path)
        else:
            path.unlink(missing_ok=True)


def _copy_hashing(source: Path, out: BinaryIO, advance: Callable[[int], None]) -> str:
    digest = hashlib.sha256()
    with source.open("rb") as handle:
        for chunk in iter(lambda: handle.read(CHUNK), b""):
            out.write(chunk)
            digest.update(chunk)
            advance(len(chunk))
    return digest.hexdigest()


class _Sink:
    def __enter__(self) -> _Sink:
        return self

    def __exit__(self, *exc_info: object) -> None:
        return None

    def write_bytes(self, relative: str, data: bytes) -> None:
        raise NotImplementedError

    def copy(self, relative: str, source: Path, advance: Callable[[int], None]) -> str:
        raise NotImplementedError


class _FolderSink(_Sink):
    def __init__(self, root: Path) -> None:
        self.root = root
        root.mkdir()

    def _path(self, relative: str) -> Path:
        path = self.root.joinpath(*relative.split("/"))
        path.parent.mkdir(parents=True, exist_ok=True)
        return path

    def write_bytes(self, relative: str, data: bytes) -> None:
        self._path(relative).write_bytes(data)

    def copy(self, relative: str, source: Path, advance: Callable[[int], None]) -> str:
        with self._path(relative).open("wb") as out:
            return _copy_hashing(source, out, advance)


class _ZipSink(_Sink):
    def __init__(self, path: Path) -> None:
        self.path = path
        self.archive = zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, allowZip64=True)
        self.stamp = datetime.now().timetuple()[:6]

    def __exit__(self, *exc_info: object) -> None:
        self.archive.close()
        if exc_info[0] is None:
            with self.path.open("rb+") as handle:
                os.fsync(handle.fileno())

    def _info(self, relative: str) -> zipfile.ZipInfo:
        info = zipfile.ZipInfo(relative, date_time=self.stamp)  # type: ignore[arg-type]
        stored = Path(relative).suffix.lower() in _STORED_SUFFIXES
        info.compress_type = zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED
        info.external_attr = 0o644 << 16
        return info

    def write_bytes(self, relative: str, data: bytes) -> None:
        self.archive.writestr(self._info(relative), data)

    def copy(self, relative: str, source: Path, advance: Callable[[int], None]) -> str:
        large = source.stat().st_size >= zipfile.ZIP64_LIMIT
        with self.archive.open(self._info(relative), "w", force_zip64=large) as out:
            return _copy_hashing(source, out, advance)
