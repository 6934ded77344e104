"""The .govpkg file: one zip a 科室 hands to the 办公室 (or back) on a USB stick.

Members: ``manifest.json`` (format, source ledger, unit, plan, and the SHA-256 and
size of every other member), ``records.json`` (travelling records per table and
the sender's sync knowledge), ``tombstones.json`` (deletions) and
``evidence/<sha256>`` (evidence files, named by their content).

A package is read whole and checked before anything is written: a bad zip, a
member whose hash or size differs from the manifest, a missing or unlisted member,
a newer format, sizes that look like a zip bomb, or a malformed record rejects it
with one PackageError naming the file — the ledger is never half-merged.
"""

from __future__ import annotations

import hashlib
import json
import os
import struct
import zipfile
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any, cast

from govledger.messages import GovLedgerError, message, os_error_text
from govledger.store.sync_records import SHA256_TEXT, TABLES, record_problem

FORMAT = "govledger.unit-package"
FORMAT_VERSION = 1
SUFFIX = ".govpkg"
MANIFEST, RECORDS, TOMBSTONES = "manifest.json", "records.json", "tombstones.json"
EVIDENCE_DIR = "evidence/"
MANIFEST_OWN = ("format", "format_version", "members")  # the rest is the header

# Generous for real offices (a year's screenshots and scans), small enough that a
# crafted file cannot fill the disk or the memory.
MAX_MEMBERS = 100_000
MAX_TOTAL_SIZE = 8 * 1024**3
MAX_JSON_SIZE = 256 * 1024**2
MAX_RATIO = 100  # uncompressed / compressed, for members over RATIO_FLOOR
RATIO_FLOOR = 1024**2
CHUNK = 1024 * 1024


# What a zip with flipped bits raises from zipfile: a broken deflate stream
# (zlib.error), a garbled header (struct.error), a bad CRC or a cut-off member, and
# a flag or version byte that now asks for a feature zipfile lacks (NotImplementedError:
# "zip file version 23.5", "compressed patched data") or a password (RuntimeError).
UNREADABLE_ZIP = (
    zipfile.BadZipFile,
    zipfile.LargeZipFile,
    zlib.error,
    struct.error,
    EOFError,
    OSError,
    ValueError,
    NotImplementedError,
    RuntimeError,
)

# The same, read again while storing evidence; OSError left out there, as a full
# disk while storing is not the package's fault.
BROKEN_MEMBER = (
    zipfile.BadZipFile,
    zlib.error,
    struct.error,
    EOFError,
    NotImplementedError,
    RuntimeError,
)


class PackageError(GovLedgerError):
    """The package cannot be used; nothing has been written."""

    def __init__(self, path: Path, why: str, **kwargs: object) -> None:
        super().__init__("sync.bad_package", path=path, detail=message(f"sync.why_{why}", **kwargs))


@dataclass
class Package:
    path: Path
    manifest: dict[str, Any]
    records: dict[str, list[dict[str, Any]]]
    sync_base: list[dict[str, Any]]
    tombstones: list[dict[str, Any]]
    evidence_hashes: set[str] = field(default_factory=set)

    # The manifest is JSON; _check_manifest has made sure these are strings.
    @property
    def source_ledger_id(self) -> str:
        return cast(str, self.manifest["source_ledger_id"])

    @property
    def unit(self) -> str:
        return cast(str, self.manifest["unit"])

    @property
    def plan_uuid(self) -> str:
        return cast(str, self.manifest["plan"]["uuid"])

    @contextmanager
    def evidence_file(self, sha256: str) -> Iterator[IO[bytes]]:
        with zipfile.ZipFile(self.path) as archive, archive.open(EVIDENCE_DIR + sha256) as member:
            yield member


# ---------------------------------------------------------------- writing
def write_package(
    target: Path,
    header: dict[str, Any],
    records_document: dict[str, Any],
    tombstones: list[dict[str, Any]],
    evidence_files: dict[str, Path],
) -> Path:
    """Write the zip under a temporary name and rename it, so a cut-off write never
    leaves something that looks like a package."""
    target = Path(target)
    temporary = target.with_name(target.name + ".partial")
    members: dict[str, dict[str, Any]] = {}
    try:
        with zipfile.ZipFile(temporary, "w", zipfile.ZIP_DEFLATED) as archive:
            # The header is repeated inside the hashed records, so an edited manifest
            # (another unit, another plan) shows as altered too.
            records_document = {**records_document, "header": header}
            for name, document in ((RECORDS, records_document), (TOMBSTONES, tombstones)):
                data = json.dumps(document, ensure_ascii=False, indent=1).encode("utf-8")
                archive.writestr(name, data)
                members[name] = {"sha256": hashlib.sha256(data).hexdigest(), "size": len(data)}
            for sha256, source in sorted(evidence_files.items()):
                # Evidence is mostly images and PDFs, already compressed.
                archive.write(source, EVIDENCE_DIR + sha256, compress_type=zipfile.ZIP_STORED)
                members[EVIDENCE_DIR + sha256] = {"sha256": sha256, "size": source.stat().st_size}
            manifest = {"format": FORMAT, "format_version": FORMAT_VERSION, **header}
            manifest["members"] = members
            archive.writestr(MANIFEST, json.dumps(manifest, ensure_ascii=False, indent=1))
        os.replace(temporary, target)
    except OSError as exc:
        temporary.unlink(missing_ok=True)
        raise GovLedgerError("sync.cannot_write", path=target, detail=os_error_text(exc)) from exc
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    return target


# ---------------------------------------------------------------- reading
def read_package(path: Path) -> Package:
    path = Path(path)
    try:
        with zipfile.ZipFile(path) as archive:
            return _read(path, archive)
    except PackageError:
        raise
    except FileNotFoundError:
        raise PackageError(path, "missing_file") from None
    except UNREADABLE_ZIP as exc:
        # CRC errors and cut-off members surface here, while hashing.
        raise PackageError(path, "not_zip", detail=str(exc) or type(exc).__name__) from None


def _read(path: Path, archive: zipfile.ZipFile) -> Package:
    infos = archive.infolist()
    names = [info.filename for info in infos]
    if len(infos) > MAX_MEMBERS or len(set(names)) != len(names):
        raise PackageError(path, "members")
    if sum(info.file_size for info in infos) > MAX_TOTAL_SIZE:
        raise PackageError(path, "too_large")
    for info in infos:
        if info.file_size > RATIO_FLOOR and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            raise PackageError(path, "too_large")
    if MANIFEST not in names:
        raise PackageError(path, "missing_member", member=MANIFEST)
    manifest = _json_member(path, archive, MANIFEST)
    listed = _check_manifest(path, manifest)
    for name in names:
        if name != MANIFEST and name not in listed:
            raise PackageError(path, "unlisted_member", member=name)
    sizes = {info.filename: info.file_size for info in infos}
    for name, expected in listed.items():
        if name not in sizes:
            raise PackageError(path, "missing_member", member=name)
        if sizes[name] != expected["size"] or _member_hash(archive, name) != expected["sha256"]:
            raise PackageError(path, "altered_member", member=name)
    document = _json_member(path, archive, RECORDS)
    tombstones = _json_member(path, archive, TOMBSTONES)
    if not isinstance(document, dict) or document.get("header") != {
        key: value for key, value in manifest.items() if key not in MANIFEST_OWN
    }:
        raise PackageError(path, "altered_member", member=MANIFEST)
    evidence = {name[len(EVIDENCE_DIR) :] for name in listed if name.startswith(EVIDENCE_DIR)}
    package = Package(
        path=path,
        manifest=manifest,
        # JSON as read, their shape checked by _check_records below
        records={table: cast(list[dict[str, Any]], document.get(table)) for table in TABLES},
        sync_base=cast(list[dict[str, Any]], document.get("sync_base")),
        tombstones=tombstones,
        evidence_hashes=evidence,
    )
    _check_records(package)
    return package


def _json_member(path: Path, archive: zipfile.ZipFile, name: str) -> Any:
    with archive.open(name) as member:
        data = member.read(MAX_JSON_SIZE + 1)
    if len(data) > MAX_JSON_SIZE:
        raise PackageError(path, "too_large")
    try:
        return json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise PackageError(path, "malformed", detail=name) from None


def _member_hash(archive: zipfile.ZipFile, name: str) -> str:
    digest = hashlib.sha256()
    with archive.open(name) as member:
        for chunk in iter(lambda: member.read(CHUNK), b""):
            digest.update(chunk)
    return digest.hexdigest()


def _check_manifest(path: Path, manifest: Any) -> dict[str, dict[str, Any]]:
    """The members the manifest lists (name -> sha256, size), once it is known good."""
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise PackageError(path, "not_package")
    version = manifest.get("format_version")
    if not isinstance(version, int) or version < 1:
        raise PackageError(path, "malformed", detail=MANIFEST)
    if version > FORMAT_VERSION:
        raise PackageError(path, "newer", found=version, supported=FORMAT_VERSION)
    plan = manifest.get("plan")
    members = manifest.get("members")
    if not (  # in the if itself, so that members is known to be a dict below
        isinstance(manifest.get("source_ledger_id"), str)
        and isinstance(manifest.get("unit"), str)
        and isinstance(plan, dict)
        and isinstance(plan.get("uuid"), str)
        and isinstance(members, dict)
        and RECORDS in members
        and TOMBSTONES in members
    ):
        raise PackageError(path, "malformed", detail=MANIFEST)
    for name, entry in members.items():
        named_right = name in (RECORDS, TOMBSTONES) or (
            name.startswith(EVIDENCE_DIR) and SHA256_TEXT.match(name[len(EVIDENCE_DIR) :])
        )
        if not (
            named_right
            and isinstance(entry, dict)
            and isinstance(entry.get("sha256"), str)
            and isinstance(entry.get("size"), int)
            and (not name.startswith(EVIDENCE_DIR) or entry["sha256"] == name[len(EVIDENCE_DIR) :])
        ):
            raise PackageError(path, "malformed", detail=f"{MANIFEST}: {name}")
    return members


def _check_records(package: Package) -> None:
    path = package.path
    for table in TABLES:
        rows = package.records[table]
        if not isinstance(rows, list):
            raise PackageError(path, "malformed", detail=f"{RECORDS}: {table}")
        for record in rows:
            problem = record_problem(table, record)
            if problem:
                raise PackageError(path, "malformed", detail=f"{RECORDS}: {problem}")
            fields = record["fields"]
            if table == "tasks" and fields["plan"] != package.plan_uuid:
                raise PackageError(path, "malformed", detail=f"{RECORDS}: {record['uuid']}")
            is_file = table == "evidence" and fields["kind"] == "file"
            if is_file and fields["sha256"] not in package.evidence_hashes:
                raise PackageError(path, "missing_member", member=EVIDENCE_DIR + fields["sha256"])
    if not isinstance(package.sync_base, list) or not all(
        isinstance(entry, dict)
        and isinstance(entry.get("peer"), str)
        and entry.get("table") in TABLES
        and isinstance(entry.get("uuid"), str)
        and isinstance(entry.get("remote_revision"), int)
        and isinstance(entry.get("local_revision"), int)
        and isinstance(entry.get("hash"), str)
        for entry in package.sync_base
    ):
        raise PackageError(path, "malformed", detail=f"{RECORDS}: sync_base")
    if not isinstance(package.tombstones, list) or not all(
        isinstance(entry, dict)
        and entry.get("table") in TABLES
        and isinstance(entry.get("uuid"), str)
        and isinstance(entry.get("revision"), int)
        for entry in package.tombstones
    ):
        raise PackageError(path, "malformed", detail=TOMBSTONES)
    plans = package.records["plans"]
    if len(plans) != 1 or plans[0]["uuid"] != package.plan_uuid:
        raise PackageError(path, "malformed", detail=f"{RECORDS}: plans")
