"""Evidence files of a server ledger: on the server, with copies on this PC (issue 24).

The server keeps each file once under its SHA-256, as the evidence folder beside a
ledger file does, in 1 MiB ``bytea`` pieces (``evidence_chunks``; no large objects,
which GaussDB lacks). ``evidence_blobs.complete`` is set in the same transaction as
the last piece, so a cut-off upload never looks stored. Uploads take no writer lock:
pieces are keyed by content, so two clerks sending the same file cannot clash.

This PC keeps copies in the same ``ab/<sha256>`` layout as a local evidence folder,
so thumbnails, packs and "open" read files exactly as they do for a ledger file; a
copy is fetched (and checked against its hash) the first time it is asked for.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from govledger.store.evidence_store import (
    CHUNK,
    EvidenceCancelled,
    EvidenceStore,
    ProgressCallback,
    StoredFile,
    _sha256,
)


class ServerEvidenceStore(EvidenceStore):
    def __init__(self, db: Any, cache_root: Path):
        super().__init__(cache_root)
        self.db = db

    # -- on the server
    def contains(self, sha256: str) -> bool:
        return self._on_server(sha256) is not None

    def _on_server(self, sha256: str) -> int | None:
        """The stored size of a complete file on the server, None when it is not there."""
        row = self.db.execute(
            "SELECT size FROM evidence_blobs WHERE sha256 = ? AND complete = 1", [sha256]
        ).fetchone()
        return None if row is None else int(row[0])

    def add_file(self, source: Path, progress: ProgressCallback | None = None) -> StoredFile:
        stored = super().add_file(source)  # the local copy: a local disk, quick
        self.publish(stored.sha256, progress)
        return stored

    def add_bytes(self, data: bytes) -> StoredFile:
        stored = super().add_bytes(data)
        self.publish(stored.sha256)
        return stored

    def add_stream(self, stream: Any, total: int) -> StoredFile:
        stored = super().add_stream(stream, total)
        self.publish(stored.sha256)
        return stored

    def publish(self, sha256: str, progress: ProgressCallback | None = None) -> bool:
        """Send the local copy to the server unless it has the file already; False
        when neither has it. progress(sent, total) is called after each piece;
        returning False cancels: the transaction holding the pieces sent so far is
        rolled back, so the server is left as it was."""
        if self.contains(sha256):
            return True
        local = super().path_for(sha256)
        if not local.is_file():
            return False
        total = local.stat().st_size
        with self.db.atomic() if self.db.in_transaction else self.db.unlocked_transaction():
            self.db.execute(
                "INSERT INTO evidence_blobs (sha256, size, complete) VALUES (?, ?, 0) "
                "ON CONFLICT (sha256) DO NOTHING",
                [sha256, total],
            )
            # The row is ours until commit: a colleague sending the same file waits
            # above, then finds it complete here and sends nothing.
            complete = self.db.execute(
                "SELECT complete FROM evidence_blobs WHERE sha256 = ? FOR UPDATE", [sha256]
            ).fetchone()[0]
            if complete:
                return True
            # Pieces of an upload never completed must not mix with these (this code
            # commits none: the pieces and "complete" go in one transaction).
            self.db.execute("DELETE FROM evidence_chunks WHERE sha256 = ?", [sha256])
            sent = 0
            with local.open("rb") as handle:
                for seq, piece in enumerate(iter(lambda: handle.read(CHUNK), b"")):
                    self.db.execute(
                        "INSERT INTO evidence_chunks (sha256, seq, data) VALUES (?, ?, ?) "
                        "ON CONFLICT (sha256, seq) DO NOTHING",
                        [sha256, seq, piece],
                    )
                    sent += len(piece)
                    if progress is not None and progress(sent, total) is False:
                        raise EvidenceCancelled()
            self.db.execute("UPDATE evidence_blobs SET complete = 1 WHERE sha256 = ?", [sha256])
        return True

    def _pieces(self, sha256: str) -> Iterator[bytes]:
        """The file's pieces in order, one query each (a file may be larger than memory)."""
        count = self.db.execute(
            "SELECT count(*) FROM evidence_chunks WHERE sha256 = ?", [sha256]
        ).fetchone()[0]
        for seq in range(count):
            row = self.db.execute(
                "SELECT data FROM evidence_chunks WHERE sha256 = ? AND seq = ?", [sha256, seq]
            ).fetchone()
            if row is None:
                return
            yield bytes(row[0])

    # -- the local copies
    def has_local_copy(self, sha256: str) -> bool:
        return super().path_for(sha256).is_file()

    def path_for(self, sha256: str) -> Path:
        """The local copy, fetched from the server first when this PC has none."""
        return self.fetch(sha256)

    def fetch(self, sha256: str, progress: ProgressCallback | None = None) -> Path:
        """The local copy, downloaded first when this PC has none (it may still be
        absent: not on the server, or altered there). progress(received, total)
        returning False cancels and leaves no copy."""
        local = super().path_for(sha256)
        if not local.is_file():
            self._fetch(sha256, local, progress)
        return local

    def _fetch(self, sha256: str, local: Path, progress: ProgressCallback | None) -> None:
        total = self._on_server(sha256)
        if total is None:
            return
        local.parent.mkdir(parents=True, exist_ok=True)
        temporary = local.with_name(f"{local.name}.{os.urandom(4).hex()}.part")
        digest = _sha256()
        received = 0
        try:
            with temporary.open("wb") as out:
                for piece in self._pieces(sha256):
                    out.write(piece)
                    digest.update(piece)
                    received += len(piece)
                    if progress is not None and progress(received, total) is False:
                        raise EvidenceCancelled()
            if digest.hexdigest() == sha256:  # else: no copy, and verify() says altered
                temporary.replace(local)
        finally:
            temporary.unlink(missing_ok=True)

    def verify(self, sha256: str) -> str | None:
        """Checked on the server, piece by piece: what every clerk would get."""
        size = self._on_server(sha256)
        if size is None:
            return "missing"
        digest = _sha256()
        read = 0
        for piece in self._pieces(sha256):
            digest.update(piece)
            read += len(piece)
        return None if digest.hexdigest() == sha256 and read == size else "altered"

    def stored_hashes(self) -> Iterator[str]:
        for (sha256,) in self.db.execute(
            "SELECT sha256 FROM evidence_blobs WHERE complete = 1"
        ).fetchall():
            yield sha256

    def remove_unreferenced(self, referenced: set[str]) -> int:
        """Only this PC's copies: on the server a file not yet referenced may be one a
        colleague is attaching right now, so server files are never collected here."""
        removed = 0
        for sha256 in list(super().stored_hashes()):
            if sha256 not in referenced:
                super().path_for(sha256).unlink(missing_ok=True)
                removed += 1
        return removed
