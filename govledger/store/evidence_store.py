"""Content-addressed evidence files in the ``evidence/`` folder beside the ledger.

A file is stored once under its SHA-256 (``evidence/ab/abcdef…``), whatever it was
called: two clerks attaching the same screenshot store it once, and a file's name can
never clash with another's or with Windows' reserved names. The original name lives
in the database. Files are copied to a temporary name while hashed, then renamed, so
a cut-off copy never looks like a stored file.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, TYPE_CHECKING

from govledger.messages import Cancelled, GovLedgerError, os_error_text

if TYPE_CHECKING:
    from hashlib import _Hash  # the type of hashlib.sha256(); hashlib is imported late

CHUNK = 1024 * 1024

# progress(copied_bytes, total_bytes) -> False to cancel
ProgressCallback = Callable[[int, int], bool]


def _sha256() -> _Hash:
    import hashlib  # loads OpenSSL where Python has it: not needed to open the window

    return hashlib.sha256()


class EvidenceCancelled(Cancelled):
    def __init__(self) -> None:
        super().__init__("evidence.cancelled")


@dataclass(frozen=True)
class StoredFile:
    sha256: str
    size: int


class EvidenceStore:
    def __init__(self, root: Path):
        self.root = Path(root)

    def path_for(self, sha256: str) -> Path:
        return self.root / sha256[:2] / sha256

    def contains(self, sha256: str) -> bool:
        return self.path_for(sha256).is_file()

    def has_local_copy(self, sha256: str) -> bool:
        """Whether reading the file needs no download (a server store's copies)."""
        return self.contains(sha256)

    def fetch(self, sha256: str, progress: ProgressCallback | None = None) -> Path:
        """The file on this PC (a server store downloads it first, with progress)."""
        return self.path_for(sha256)

    def publish(self, sha256: str, progress: ProgressCallback | None = None) -> bool:
        """Whether the file is stored where every user of the ledger finds it (beside a
        ledger file: in this folder; a server store sends a local copy up here)."""
        return self.contains(sha256)

    def add_file(self, source: Path, progress: ProgressCallback | None = None) -> StoredFile:
        source = Path(source)
        if not source.is_file():
            raise GovLedgerError("evidence.not_a_file", path=source)
        try:
            total = source.stat().st_size
            with source.open("rb") as handle:
                return self._store(iter(lambda: handle.read(CHUNK), b""), total, progress)
        except OSError as exc:
            raise GovLedgerError(
                "evidence.unreadable", path=source, detail=os_error_text(exc)
            ) from exc

    def add_bytes(self, data: bytes) -> StoredFile:
        return self._store([data], len(data), None)

    def add_stream(self, stream: IO[bytes], total: int) -> StoredFile:
        """Store what a binary stream holds (a member of a unit package), read in chunks."""
        return self._store(iter(lambda: stream.read(CHUNK), b""), total, None)

    def _store(
        self, chunks: Iterable[bytes], total: int, progress: ProgressCallback | None
    ) -> StoredFile:
        temp_dir = self.root / "tmp"
        temp_dir.mkdir(parents=True, exist_ok=True)
        temporary = temp_dir / f"incoming-{os.urandom(8).hex()}"
        digest = _sha256()
        copied = 0
        try:
            with temporary.open("wb") as out:
                for chunk in chunks:
                    out.write(chunk)
                    digest.update(chunk)
                    copied += len(chunk)
                    if progress is not None and progress(copied, total) is False:
                        raise EvidenceCancelled()
                out.flush()
                os.fsync(out.fileno())
            sha256 = digest.hexdigest()
            final = self.path_for(sha256)
            if final.is_file() and final.stat().st_size == copied:
                temporary.unlink()
            else:
                final.parent.mkdir(parents=True, exist_ok=True)
                temporary.replace(final)
        except BaseException:
            temporary.unlink(missing_ok=True)
            raise
        return StoredFile(sha256, copied)

    def verify(self, sha256: str) -> str | None:
        """None when the stored file is intact, else "missing", "altered" or "unreadable"."""
        path = self.path_for(sha256)
        if not path.is_file():
            return "missing"
        digest = _sha256()
        try:
            with path.open("rb") as handle:
                for chunk in iter(lambda: handle.read(CHUNK), b""):
                    digest.update(chunk)
        except OSError:  # locked by antivirus, no permission, bad sector
            return "unreadable"
        return None if digest.hexdigest() == sha256 else "altered"

    def stored_hashes(self) -> Iterator[str]:
        if not self.root.is_dir():
            return
        for shard in self.root.iterdir():
            if shard.is_dir() and len(shard.name) == 2:
                for file in shard.iterdir():
                    if file.is_file() and len(file.name) == 64:
                        yield file.name

    def remove_unreferenced(self, referenced: set[str]) -> int:
        """Delete stored files no record refers to; returns how many were removed."""
        removed = 0
        for sha256 in list(self.stored_hashes()):
            if sha256 not in referenced:
                self.path_for(sha256).unlink(missing_ok=True)
                removed += 1
        return removed
