"""Evidence files report their progress while they travel (issue 24): the copy into
this PC's store, the upload to a server ledger and a colleague's download each call
progress(bytes done, total) and stop when it returns False, leaving the ledger as it
was. The callback is a plain function: the window turns it into a progress bar."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from govledger.messages import Cancelled
from govledger.store import Ledger
from govledger.store.evidence_store import CHUNK, EvidenceStore

SIZE = 2 * CHUNK + 12345  # three pieces on a server


def sample(folder: Path, name: str = "政务公开专栏截图.png", seed: int = 7) -> Path:
    path = folder / name
    path.write_bytes(bytes((seed * i) % 251 for i in range(256)) * (SIZE // 256) + b"x" * 57)
    return path


def server_pieces(ledger: Ledger, sha256: str) -> int:
    return ledger._db.execute(
        "SELECT count(*) FROM evidence_chunks WHERE sha256 = ?", [sha256]
    ).fetchone()[0]


def colleague(ledger: Ledger, folder: Path) -> Ledger:
    """The same server ledger opened on another PC: no copies of anything yet."""
    return Ledger.open(ledger._db.url, cache_folder=folder)


def test_copy_upload_and_download_report_bytes_up_to_the_size(
    ledger: Ledger, plan_tree, tmp_path: Path
) -> None:
    source = sample(tmp_path)
    size = source.stat().st_size
    copied: list[tuple[int, int]] = []
    stored = EvidenceStore(ledger.evidence_folder).add_file(
        source, lambda done, total: copied.append((done, total)) or True
    )
    assert [total for _, total in copied] == [size] * len(copied)
    assert [done for done, _ in copied] == [CHUNK, 2 * CHUNK, size]

    sent: list[tuple[int, int]] = []
    ledger.publish_evidence(stored, source.name, lambda *args: sent.append(args) or True)
    ledger.attach_stored(plan_tree["r1"], stored, source.name)
    [evidence] = ledger.evidence_for(plan_tree["r1"])
    assert evidence.sha256 == hashlib.sha256(source.read_bytes()).hexdigest() == stored.sha256
    if not ledger.is_server:
        assert sent == []  # beside a ledger file the copy is all there is
        assert ledger.fetch_evidence(stored.sha256, source.name).read_bytes() == source.read_bytes()
        return
    assert sent == [(CHUNK, size), (2 * CHUNK, size), (size, size)]
    assert server_pieces(ledger, stored.sha256) == 3

    with colleague(ledger, tmp_path / "other-pc") as other:
        assert not other.has_local_evidence(stored.sha256)
        received: list[tuple[int, int]] = []
        path = other.fetch_evidence(
            stored.sha256, source.name, lambda *args: received.append(args) or True
        )
        assert received == [(CHUNK, size), (2 * CHUNK, size), (size, size)]
        assert path.read_bytes() == source.read_bytes()
        assert other.has_local_evidence(stored.sha256)


@pytest.fixture
def server_ledger(pg_server, tmp_path: Path):
    with Ledger.open(pg_server.new_database(), cache_folder=tmp_path / "cache") as opened:
        yield opened


def test_a_cancelled_upload_leaves_no_piece_on_the_server(
    server_ledger: Ledger, tmp_path: Path
) -> None:
    source = sample(tmp_path)
    stored = EvidenceStore(server_ledger.evidence_folder).add_file(source)
    with pytest.raises(Cancelled):
        server_ledger.publish_evidence(stored, source.name, lambda done, _total: done < CHUNK)
    assert not server_ledger.evidence.contains(stored.sha256)
    assert server_pieces(server_ledger, stored.sha256) == 0
    assert list(server_ledger.evidence.stored_hashes()) == []
    # the next attempt starts afresh and completes
    server_ledger.publish_evidence(stored, source.name)
    assert server_ledger.evidence.verify(stored.sha256) is None


def test_pieces_of_an_unfinished_upload_do_not_mix_into_the_file(
    server_ledger: Ledger, pg_server, tmp_path: Path
) -> None:
    """However they got there (an older client, a hand-made repair): pieces of a file
    never marked complete are replaced, not kept."""
    source = sample(tmp_path)
    stored = EvidenceStore(server_ledger.evidence_folder).add_file(source)
    database = pg_server.database_of(server_ledger._db.url)
    sha = stored.sha256
    pg_server.admin(
        f"""INSERT INTO evidence_blobs (sha256, size, complete) VALUES ('{sha}', {SIZE}, 0);
            INSERT INTO evidence_chunks (sha256, seq, data)
            VALUES ('{sha}', 0, '\\x00'::bytea), ('{sha}', 5, '\\x01'::bytea)""",
        database,
    )
    server_ledger.publish_evidence(stored, source.name)
    assert server_pieces(server_ledger, stored.sha256) == 3
    assert server_ledger.evidence.verify(stored.sha256) is None


def test_a_cancelled_download_leaves_no_copy(server_ledger: Ledger, tmp_path: Path) -> None:
    source = sample(tmp_path)
    stored = server_ledger.evidence.add_file(source)
    with colleague(server_ledger, tmp_path / "other-pc") as other:
        with pytest.raises(Cancelled):
            other.fetch_evidence(stored.sha256, source.name, lambda done, _total: done < CHUNK)
        assert not other.has_local_evidence(stored.sha256)
        assert list((tmp_path / "other-pc").rglob("*.part")) == []
        assert other.fetch_evidence(stored.sha256, source.name).read_bytes() == source.read_bytes()
