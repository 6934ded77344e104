"""Full-text search over task text, units, progress notes and evidence names.

FTS5's trigram tokenizer cannot match queries shorter than three characters, yet
the words clerks search for are mostly two characters (台账, 解读, 年报). So every
CJK character is indexed as a token of its own, and a query becomes a phrase of
its characters: "台账" matches only where 台 is directly followed by 账. Latin words
and numbers stay whole tokens.

Each indexed record owns one FTS row whose rowid encodes the record (see
_rowid), so re-indexing a record is a delete and an insert by rowid.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import sqlite_utils

from govledger.domain.model import SearchHit

_CJK_RUN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f]+")
_SOURCES = {"task": 0, "progress": 1, "evidence": 2}
_SOURCE_BY_CODE = {code: name for name, code in _SOURCES.items()}


def segment(text: str) -> str:
    """Text as the index stores it: CJK characters separated by spaces."""
    # One substitution per run of CJK characters, not per character: indexing speed.
    return _CJK_RUN.sub(lambda run: " " + " ".join(run.group()) + " ", text)


def match_expression(query: str) -> str | None:
    """An FTS5 MATCH expression: each whitespace-separated term as a phrase, ANDed."""
    phrases = []
    for term in query.split():
        tokens = re.findall(r"\w+", segment(term))
        if tokens:
            phrases.append('"' + " ".join(tokens) + '"')
    return " AND ".join(phrases) or None


def _rowid(source: str, record_id: int) -> int:
    return record_id * 4 + _SOURCES[source]


def reindex(
    db: sqlite_utils.Database,
    *,
    task_ids: Iterable[int] = (),
    progress_ids: Iterable[int] = (),
    evidence_ids: Iterable[int] = (),
) -> None:
    """Bring the index rows of these records up to date (deleted records drop out)."""
    for task_id in task_ids:
        row = db.execute(
            """SELECT t.number, t.text, t.units_text, t.deadline_text, t.note,
                      (SELECT group_concat(u.name, ' ') FROM task_units tu
                       JOIN units u ON u.id = tu.unit_id WHERE tu.task_id = t.id)
               FROM tasks t WHERE t.id = ?""",
            [task_id],
        ).fetchone()
        _store(db, _rowid("task", task_id), row)
    for progress_id in progress_ids:
        row = db.execute(
            "SELECT text, unit, author FROM progress_entries WHERE id = ?", [progress_id]
        ).fetchone()
        _store(db, _rowid("progress", progress_id), row)
    for evidence_id in evidence_ids:
        row = db.execute(
            "SELECT original_name, note, url, title FROM evidence WHERE id = ?", [evidence_id]
        ).fetchone()
        _store(db, _rowid("evidence", evidence_id), row)


def _store(db: sqlite_utils.Database, rowid: int, row: tuple | None) -> None:
    db.execute("DELETE FROM search_index WHERE rowid = ?", [rowid])
    if row is not None:
        body = segment(" ".join(part for part in row if part))
        db.execute("INSERT INTO search_index (rowid, body) VALUES (?, ?)", [rowid, body])


def rebuild(db: sqlite_utils.Database) -> None:
    """Re-index everything in three statements (after a restore or a bulk load)."""
    # A connection-local SQL function: the rows never travel through Python one by one.
    db.conn.create_function("gl_segment", 1, lambda text: segment(text or ""), deterministic=True)
    db.execute("DELETE FROM search_index")
    db.execute(
        f"""INSERT INTO search_index (rowid, body)
            SELECT t.id * 4, gl_segment({
            _joined("t.number", "t.text", "t.units_text", "t.deadline_text", "t.note")
        }
                   || ' ' || coalesce((SELECT group_concat(u.name, ' ') FROM task_units tu
                                       JOIN units u ON u.id = tu.unit_id
                                       WHERE tu.task_id = t.id), ''))
            FROM tasks t"""
    )
    db.execute(
        f"""INSERT INTO search_index (rowid, body)
            SELECT id * 4 + 1, gl_segment({_joined("text", "unit", "author")})
            FROM progress_entries"""
    )
    db.execute(
        f"""INSERT INTO search_index (rowid, body)
            SELECT id * 4 + 2, gl_segment({_joined("original_name", "note", "url", "title")})
            FROM evidence"""
    )


def _joined(*columns: str) -> str:
    """SQL joining columns with spaces (concat_ws needs SQLite 3.44)."""
    return " || ' ' || ".join(f"coalesce({column}, '')" for column in columns)


def search(
    db: sqlite_utils.Database, query: str, *, plan_id: int | None = None, limit: int = 500
) -> list[SearchHit]:
    """Hits in document order of their plan and task, one per matching record."""
    expression = match_expression(query)
    if expression is None:
        return []
    rowids = [
        row[0]
        for row in db.execute(
            "SELECT rowid FROM search_index WHERE search_index MATCH ?", [expression]
        )
    ]
    hits: list[SearchHit] = []
    for rowid in rowids:
        source, record_id = _SOURCE_BY_CODE[rowid % 4], rowid // 4
        hit = _hit(db, source, record_id, query)
        if hit and (plan_id is None or hit.plan_id == plan_id):
            hits.append(hit)
    hits.sort(key=lambda hit: (hit.plan_id, hit.task_id, hit.field))
    return hits[:limit]


def _hit(db: sqlite_utils.Database, source: str, record_id: int, query: str) -> SearchHit | None:
    if source == "task":
        row = db.execute(
            "SELECT id, plan_id, text, units_text FROM tasks WHERE id = ?", [record_id]
        ).fetchone()
        if row is None:
            return None
        task_id, plan_id, text, units_text = row
        in_text = _contains_all(text, query)
        return SearchHit(
            task_id,
            plan_id,
            "text" if in_text else "units",
            snippet(text if in_text else units_text, query),
        )
    table, columns = {
        "progress": ("progress_entries", "p.text"),
        "evidence": (
            "evidence",
            "p.original_name || ' ' || p.note || ' ' || p.title || ' ' || p.url",
        ),
    }[source]
    row = db.execute(
        f"SELECT p.task_id, t.plan_id, {columns} FROM {table} p "
        "JOIN tasks t ON t.id = p.task_id WHERE p.id = ?",
        [record_id],
    ).fetchone()
    if row is None:
        return None
    return SearchHit(row[0], row[1], source, snippet(row[2], query))


def _contains_all(text: str, query: str) -> bool:
    folded = text.casefold()
    return all(term.casefold() in folded for term in query.split())


def snippet(text: str, query: str, width: int = 40) -> str:
    """A short excerpt of text around the first query term."""
    terms = query.split()
    start = text.casefold().find(terms[0].casefold()) if terms else -1
    if start < 0 or len(text) <= width:
        return text[:width] + ("…" if len(text) > width else "")
    begin = max(0, start - width // 3)
    end = min(len(text), begin + width)
    return ("…" if begin else "") + text[begin:end] + ("…" if end < len(text) else "")
