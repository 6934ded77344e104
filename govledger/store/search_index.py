"""Full-text search over task text, units, progress notes and evidence names.

FTS5's trigram tokenizer cannot match queries shorter than three characters, yet
the words clerks search for are mostly two characters (台账, 解读, 年报). So every
CJK character is indexed as a token of its own, and a query becomes a phrase of
its characters: "台账" matches only where 台 is directly followed by 账. Latin words
and numbers stay whole tokens.

Each indexed record owns one FTS row whose rowid encodes the record (see
_rowid), so re-indexing a record is a delete and an insert by rowid.

A server ledger has no FTS5 (and rarely zhparser or pg_bigm): there each record owns
one ``search_text`` row of its fields case-folded in Python, and a query is each term
case-folded and escaped, ANDed as ``LIKE '%term%'`` (issue 24). Two-character words
are found on both stores, and hits come back in the same order.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from govledger.domain.model import SearchHit
from govledger.store.connection import LedgerDatabase, SqliteDatabase


@cache
def _cjk_run() -> re.Pattern[str]:
    """Compiled on first use: compiling it at import took 1.5 ms of every start."""
    return re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f]+")


_SOURCES = {"task": 0, "progress": 1, "evidence": 2}


def segment(text: str) -> str:
    """Text as the index stores it: CJK characters separated by spaces."""
    # One substitution per run of CJK characters, not per character: indexing speed.
    return _cjk_run().sub(lambda run: " " + " ".join(run.group()) + " ", text)


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
    db: LedgerDatabase,
    *,
    task_ids: Iterable[int] = (),
    progress_ids: Iterable[int] = (),
    evidence_ids: Iterable[int] = (),
) -> None:
    """Bring the index rows of these records up to date (deleted records drop out)."""
    store = _store_text if db.dialect.is_server else _store
    units = db.dialect.string_agg("u.name", " ")
    for task_id in task_ids:
        row = db.execute(
            f"""SELECT t.number, t.text, t.units_text, t.deadline_text, t.note,
                       (SELECT {units} FROM task_units tu
                        JOIN units u ON u.id = tu.unit_id WHERE tu.task_id = t.id)
                FROM tasks t WHERE t.id = ?""",
            [task_id],
        ).fetchone()
        store(db, "task", task_id, row)
    for progress_id in progress_ids:
        row = db.execute(
            "SELECT text, unit, author FROM progress_entries WHERE id = ?", [progress_id]
        ).fetchone()
        store(db, "progress", progress_id, row)
    for evidence_id in evidence_ids:
        row = db.execute(
            "SELECT original_name, note, url, title FROM evidence WHERE id = ?", [evidence_id]
        ).fetchone()
        store(db, "evidence", evidence_id, row)


def _store(
    db: LedgerDatabase, source: str, record_id: int, row: tuple[str | None, ...] | None
) -> None:
    rowid = _rowid(source, record_id)
    db.execute("DELETE FROM search_index WHERE rowid = ?", [rowid])
    if row is not None:
        body = segment(" ".join(part for part in row if part))
        db.execute("INSERT INTO search_index (rowid, body) VALUES (?, ?)", [rowid, body])


def _store_text(
    db: LedgerDatabase, source: str, record_id: int, row: tuple[str | None, ...] | None
) -> None:
    if row is None:
        db.execute(
            "DELETE FROM search_text WHERE source = ? AND record_id = ?",
            [_SOURCES[source], record_id],
        )
        return
    db.execute(
        "INSERT INTO search_text (source, record_id, body) VALUES (?, ?, ?) "
        "ON CONFLICT (source, record_id) DO UPDATE SET body = excluded.body",
        [_SOURCES[source], record_id, _folded(row)],
    )


def _folded(row: Iterable[str | None]) -> str:
    """A record's searchable text on a server: its fields, case-folded in Python (a
    server's lower() folds by its locale, SQLite's only ASCII)."""
    return " ".join(part for part in row if part).casefold()


def escape_like(term: str) -> str:
    """term matched literally inside ``LIKE ? ESCAPE '\\'`` (a clerk may search for 100%)."""
    return term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def rebuild(db: LedgerDatabase) -> None:
    """Re-index everything in three statements (after a restore or a bulk load)."""
    if db.dialect.is_server:
        _rebuild_text(db)
        return
    # A connection-local SQL function: the rows never travel through Python one by one.
    assert isinstance(db, SqliteDatabase)
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


def _rebuild_text(db: LedgerDatabase) -> None:
    """rebuild() on a server: the bodies are folded in Python, sent in batches."""
    units = db.dialect.string_agg("u.name", " ")
    sources = {
        "task": f"""SELECT t.id, t.number, t.text, t.units_text, t.deadline_text, t.note,
                           (SELECT {units} FROM task_units tu JOIN units u ON u.id = tu.unit_id
                            WHERE tu.task_id = t.id) FROM tasks t""",
        "progress": "SELECT id, text, unit, author FROM progress_entries",
        "evidence": "SELECT id, original_name, note, url, title FROM evidence",
    }
    db.execute("DELETE FROM search_text")
    for source, sql in sources.items():
        rows = [
            {"source": _SOURCES[source], "record_id": record_id, "body": _folded(fields)}
            for record_id, *fields in db.execute(sql).fetchall()
        ]
        if rows:
            db.upsert_rows("search_text", rows, ("source", "record_id"))


def _joined(*columns: str) -> str:
    """SQL joining columns with spaces (concat_ws needs SQLite 3.44)."""
    return " || ' ' || ".join(f"coalesce({column}, '')" for column in columns)


def search(
    db: LedgerDatabase, query: str, *, plan_id: int | None = None, limit: int = 500
) -> list[SearchHit]:
    """Hits in document order of their plan and task, one per matching record.

    The index rows are resolved to their records with joins, ordered and limited in
    SQL, so a common word over a hundred thousand tasks costs one query, not one per hit.
    """
    if db.dialect.is_server:
        rows = _text_hits(db, query, plan_id, limit)
    else:
        rows = _index_hits(db, query, plan_id, limit)
    hits = []
    # The record's id last: several notes of one task come in one order on both stores.
    for task_id, hit_plan_id, source, text, units_text, _record_id in rows:
        if source == "task":
            in_text = _contains_all(text, query)
            field = "text" if in_text else "units"
            source_text = text if in_text else units_text
        else:
            field, source_text = source, text
        hits.append(SearchHit(task_id, hit_plan_id, field, snippet(source_text, query)))
    return hits


def _index_hits(
    db: LedgerDatabase, query: str, plan_id: int | None, limit: int
) -> list[tuple[int, int, str, str, str, int]]:
    expression = match_expression(query)
    if expression is None:
        return []
    plan_filter = "" if plan_id is None else "AND t.plan_id = :plan"
    rows = db.execute(
        f"""WITH hits(rowid) AS (SELECT rowid FROM search_index WHERE search_index MATCH :query)
            SELECT t.id, t.plan_id, 'task', t.text, t.units_text, t.id FROM hits
            JOIN tasks t ON t.id = hits.rowid / 4
            WHERE hits.rowid % 4 = 0 {plan_filter}
            UNION ALL
            SELECT t.id, t.plan_id, 'progress', p.text, '', p.id FROM hits
            JOIN progress_entries p ON p.id = hits.rowid / 4 JOIN tasks t ON t.id = p.task_id
            WHERE hits.rowid % 4 = 1 {plan_filter}
            UNION ALL
            SELECT t.id, t.plan_id, 'evidence',
                   e.original_name || ' ' || e.note || ' ' || e.title || ' ' || e.url, '', e.id
                   FROM hits
            JOIN evidence e ON e.id = hits.rowid / 4 JOIN tasks t ON t.id = e.task_id
            WHERE hits.rowid % 4 = 2 {plan_filter}
            ORDER BY 2, 1, 3, 6
            LIMIT :limit""",
        {"query": expression, "plan": plan_id, "limit": limit},
    )
    return rows.fetchall()


def _text_hits(
    db: LedgerDatabase, query: str, plan_id: int | None, limit: int
) -> list[tuple[int, int, str, str, str, int]]:
    """_index_hits on a server: the same rows in the same order, found with LIKE
    (empty text is NULL there: concat() reads it as '', and the cursor the NULLs)."""
    terms = [term.casefold() for term in query.split()]
    if not terms:
        return []
    matches = " AND ".join("body LIKE ? ESCAPE '\\'" for _ in terms)
    plan_filter = "" if plan_id is None else "AND t.plan_id = ?"
    plan_parameters = [] if plan_id is None else [plan_id]
    rows = db.execute(
        f"""WITH hits(source, record_id) AS (
                SELECT source, record_id FROM search_text WHERE {matches})
            SELECT t.id, t.plan_id, 'task', t.text, t.units_text, t.id FROM hits
            JOIN tasks t ON t.id = hits.record_id
            WHERE hits.source = 0 {plan_filter}
            UNION ALL
            SELECT t.id, t.plan_id, 'progress', p.text, NULL, p.id FROM hits
            JOIN progress_entries p ON p.id = hits.record_id JOIN tasks t ON t.id = p.task_id
            WHERE hits.source = 1 {plan_filter}
            UNION ALL
            SELECT t.id, t.plan_id, 'evidence',
                   concat(e.original_name, ' ', e.note, ' ', e.title, ' ', e.url), NULL, e.id
                   FROM hits
            JOIN evidence e ON e.id = hits.record_id JOIN tasks t ON t.id = e.task_id
            WHERE hits.source = 2 {plan_filter}
            ORDER BY 2, 1, 3, 6
            LIMIT ?""",
        [f"%{escape_like(term)}%" for term in terms] + plan_parameters * 3 + [limit],
    )
    return rows.fetchall()


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
