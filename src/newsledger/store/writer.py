"""Writing record lists into the store: atomic batches, idempotent, copy-aware.

One call of :func:`write_batch` is one transaction: every article in it is
written with all its records, or none is, so a killed ingest leaves only
complete articles behind. Articles already stored (same id) are skipped with
``ON CONFLICT DO NOTHING``, which is also what makes two concurrent ingests
safe. Writers take the store's write lock first (SQLite: ``BEGIN IMMEDIATE``;
PostgreSQL: an advisory transaction lock), so copy linking sees every article
committed before it.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine

from ..records import ArticleRecord, ErrorRecord
from ..reconcile.claims import CLAIM_KEY_COLS, ClaimKey
from ..reconcile.facts import facts_of_rows
from ..reconcile.series_keys import article_series_keys, part_text
from . import dialects
from . import series as series_store
from .groups import Group, WriteResult, prepare_groups
from .links import CopyLinker
from .rows import article_row, error_row, record_row
from .schema import RECORD_TABLES, articles, claim_articles, claims, errors

__all__ = ["Group", "WriteResult", "prepare_groups", "write_batch"]


def _db_errors() -> tuple[type[BaseException], ...]:
    # COPY goes through psycopg directly, so its errors are not wrapped by SQLAlchemy.
    found: list[type[BaseException]] = [sa.exc.SQLAlchemyError, ValueError, TypeError, OverflowError]
    try:
        import psycopg

        found.append(psycopg.Error)
    except ImportError:  # pragma: no cover - psycopg is a dependency
        pass
    return tuple(found)


_DB_ERRORS = _db_errors()


def write_batch(engine: Engine, groups: list[Group], run_id: int | None = None) -> WriteResult:
    """Write a batch in one transaction; if it fails, write article by article.

    A group that cannot be stored even alone becomes an error row: one bad
    article never aborts the others.
    """
    try:
        with engine.begin() as conn:
            return _write(conn, groups, run_id)
    except _DB_ERRORS:
        pass  # find the article the database refused; the others go in
    result = WriteResult()
    for group in groups:
        try:
            with engine.begin() as conn:
                one = _write(conn, [group], run_id)
        except _DB_ERRORS as exc:
            head = group.records[0]
            article_id = getattr(head, "id", None) or getattr(head, "article_id", None)
            message = f"{getattr(head, 'path', None) or article_id}: cannot store ({type(exc).__name__}: {exc})"
            err = ErrorRecord(article_id, message[:2000], getattr(head, "path", None), getattr(head, "line", None))
            with engine.begin() as conn:
                _write(conn, [Group([err])], run_id)
            one = WriteResult(failed=1, errors=[message])
        result.errors += one.errors
        result.added += one.added
        result.skipped += one.skipped
        result.failed += one.failed
        result.copies += one.copies
        result.updates += one.updates
    return result


def _write(conn: Connection, groups: list[Group], run_id: int | None) -> WriteResult:
    dialect = dialects.of(conn)
    dialect.lock_for_write(conn)
    now = dt.datetime.now(dt.timezone.utc)
    result = WriteResult()
    error_rows: list[dict[str, Any]] = []
    wanted: dict[str, Group] = {}
    for group in groups:
        for rec in group.records:
            if isinstance(rec, ErrorRecord):
                error_rows.append(error_row(rec, run_id, now))
                result.errors.append(rec.message)
        head = group.records[0] if group.records else None
        if isinstance(head, ArticleRecord):
            if head.id in wanted:
                result.skipped += 1
            else:
                wanted[head.id] = group
        else:
            result.failed += 1
    if error_rows:
        conn.execute(dialect.insert(errors).on_conflict_do_nothing(index_elements=["key"]), error_rows)
    if not wanted:
        return result

    arows = []
    for group in wanted.values():
        head = group.records[0]
        body = [r for r in group.records[1:] if r.TYPE in RECORD_TABLES]
        arows.append(article_row(head, input_hash=group.input_hash, n_records=len(body), run_id=run_id, now=now))
    # One multi-row INSERT; rows that hit an existing id are skipped and not
    # returned, which is how a concurrent or repeated ingest learns they exist.
    stmt = (
        dialect.insert(articles)
        .on_conflict_do_nothing(index_elements=["id"])
        .returning(articles.c.id, articles.c.seq)
    )
    inserted = {r.id: r.seq for r in conn.execute(stmt, arows)}
    result.skipped += len(wanted) - len(inserted)

    rows: dict[str, list[dict[str, Any]]] = {t: [] for t in RECORD_TABLES}
    for article_id in wanted:
        if article_id not in inserted:
            continue
        group = wanted[article_id]
        head = group.records[0]
        keys = article_series_keys(head, group.records)
        for ord_, rec in enumerate(group.records[1:]):
            if rec.TYPE in RECORD_TABLES:
                row = record_row(rec, article_id, ord_, part_text(head, rec))
                if rec.TYPE == "claim":
                    row["series_key"] = keys.get(id(rec))
                rows[rec.TYPE].append(row)
    new_claims: dict[str, list[ClaimKey]] = {}
    for type_, table_rows in rows.items():
        if not table_rows:
            continue
        table = RECORD_TABLES[type_]
        if table is claims:
            links = []
            for cid, r in zip(dialect.new_ids(conn, claims, len(table_rows)), table_rows):
                r["id"] = cid
                links.append({"claim_id": cid, "article_id": r["article_id"]})
                new_claims.setdefault(r["article_id"], []).append(ClaimKey(*(r[c] for c in CLAIM_KEY_COLS)))
            dialect.bulk_insert(conn, claims, table_rows)
            dialect.bulk_insert(conn, claim_articles, links)
        else:
            dialect.bulk_insert(conn, table, table_rows)

    linker = CopyLinker(conn, new_claims, facts_of_rows(rows))
    linker.prefetch([wanted[a] for a in wanted if a in inserted])
    for article_id in wanted:
        if article_id in inserted and linker.link(wanted[article_id], inserted[article_id]):
            result.copies += 1
    linker.flush()
    # Only the series the new claims carry change; copies count once in them, so
    # they are rebuilt after the copy links are in.
    # A series is derived data: a failure to rebuild one must never cost the
    # articles of the batch (`reconcile` rebuilds it later), so it runs in a savepoint.
    keys = {r["series_key"] for r in rows["claim"] if r.get("series_key")}
    if keys:
        try:
            with conn.begin_nested():
                series_store.rebuild(conn, keys)
        except _DB_ERRORS + (KeyError, IndexError, AttributeError) as exc:
            result.errors.append(f"series not updated ({type(exc).__name__}: {exc}); run `newsledger reconcile`")
    result.updates = len(linker.updated)
    result.added = [a for a in wanted if a in inserted]
    return result
