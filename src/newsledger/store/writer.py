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
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine

from ..records import ArticleRecord, ClaimRecord, ErrorRecord, Record
from . import dedup
from .engine import lock_for_write
from .rows import article_row, error_row, record_row, to_date
from .schema import RECORD_TABLES, article_minhash, articles, claim_articles, claims, errors, lsh_bands


# Caps on the LSH lookup per new article (see _link_copies).
MAX_BAND_HITS = 400
MAX_CANDIDATES = 64


@dataclass(frozen=True)
class Group:
    """The records of one input (its article first, or a lone error) and its input hash."""

    records: list[Record]
    input_hash: str | None = None
    signature: dedup.Signature | None = None


@dataclass
class WriteResult:
    """What one batch did."""

    added: list[str] = field(default_factory=list)
    skipped: int = 0
    failed: int = 0
    copies: int = 0
    errors: list[str] = field(default_factory=list)


def _insert(conn: Connection, table: sa.Table):
    """A dialect INSERT that supports ON CONFLICT DO NOTHING."""
    if conn.dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert
    else:
        from sqlalchemy.dialects.sqlite import insert
    return insert(table)


def prepare_groups(groups: Iterable[tuple[list[Record], str | None]]) -> list[Group]:
    """Groups with their MinHash signatures, computed outside the write lock."""
    out = []
    for records, input_hash in groups:
        head = records[0] if records else None
        sig = dedup.signature(head.text) if isinstance(head, ArticleRecord) else None
        out.append(Group(records, input_hash, sig))
    return out


def write_batch(engine: Engine, groups: list[Group], run_id: int | None = None) -> WriteResult:
    """Write a batch in one transaction; if it fails, write article by article.

    A group that cannot be stored even alone becomes an error row: one bad
    article never aborts the others.
    """
    try:
        with engine.begin() as conn:
            return _write(conn, groups, run_id)
    except (sa.exc.SQLAlchemyError, ValueError, TypeError, OverflowError):
        if len(groups) == 1:
            raise
    result = WriteResult()
    for group in groups:
        try:
            with engine.begin() as conn:
                one = _write(conn, [group], run_id)
        except (sa.exc.SQLAlchemyError, ValueError, TypeError, OverflowError) as exc:
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
    return result


def _write(conn: Connection, groups: list[Group], run_id: int | None) -> WriteResult:
    lock_for_write(conn)
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
        conn.execute(_insert(conn, errors).on_conflict_do_nothing(index_elements=["key"]), error_rows)
    if not wanted:
        return result

    arows = []
    for group in wanted.values():
        head = group.records[0]
        body = [r for r in group.records[1:] if r.TYPE in RECORD_TABLES]
        arows.append(article_row(head, input_hash=group.input_hash, n_records=len(body), run_id=run_id, now=now))
    stmt = (
        _insert(conn, articles)
        .on_conflict_do_nothing(index_elements=["id"])
        .returning(articles.c.id, articles.c.seq)
    )
    inserted: dict[str, int] = {}
    for row in arows:
        # One statement per article: RETURNING with ON CONFLICT over executemany
        # does not say which rows were skipped on every backend.
        got = conn.execute(stmt, row).first()
        if got is not None:
            inserted[got.id] = got.seq
    result.skipped += len(wanted) - len(inserted)

    rows: dict[str, list[dict[str, Any]]] = {t: [] for t in RECORD_TABLES}
    for article_id in inserted:
        group = wanted[article_id]
        head = group.records[0]
        for ord_, rec in enumerate(group.records[1:]):
            if rec.TYPE in RECORD_TABLES:
                rows[rec.TYPE].append(record_row(rec, article_id, ord_, head.text))
    for type_, table_rows in rows.items():
        if not table_rows:
            continue
        table = RECORD_TABLES[type_]
        if table is claims:
            ids = conn.execute(
                sa.insert(claims).returning(claims.c.id, sort_by_parameter_order=True), table_rows
            ).scalars().all()
            conn.execute(
                sa.insert(claim_articles),
                [{"claim_id": cid, "article_id": r["article_id"]} for cid, r in zip(ids, table_rows)],
            )
        else:
            conn.execute(sa.insert(table), table_rows)

    for article_id, seq in inserted.items():
        if _link_copies(conn, wanted[article_id], seq):
            result.copies += 1
    result.added = list(inserted)
    return result


# -- republished copies ------------------------------------------------------
def _order_key(published: dt.date | None, seq: int) -> tuple[dt.date, int]:
    # Earliest copy: by publication date (unknown dates last), then ingest order.
    return (published or dt.date.max, seq)


def _link_copies(conn: Connection, group: Group, seq: int) -> bool:
    """Record the article's signature and join it to the copies it matches; True if any."""
    head: ArticleRecord = group.records[0]  # type: ignore[assignment]
    sig = group.signature
    if sig is None:
        return False
    pairs = list(enumerate(sig.keys))
    # A bounded number of band hits is enough: any one true copy places the
    # article in its group, and a cap keeps a huge group of near-identical
    # reports (templated bulletins) from making each insert cost O(group).
    hits = conn.execute(
        sa.select(lsh_bands.c.article_id)
        .where(sa.tuple_(lsh_bands.c.band, lsh_bands.c.key).in_(pairs))
        .limit(MAX_BAND_HITS)
    ).scalars().all()
    cand_ids = list(dict.fromkeys(hits))[:MAX_CANDIDATES]
    candidates = (
        conn.execute(
            sa.select(article_minhash.c.article_id, article_minhash.c.signature).where(
                article_minhash.c.article_id.in_(cand_ids)
            )
        ).all()
        if cand_ids
        else []
    )
    conn.execute(sa.insert(article_minhash), {"article_id": head.id, "signature": sig.to_bytes()})
    conn.execute(
        _insert(conn, lsh_bands).on_conflict_do_nothing(),
        [{"band": b, "key": k, "article_id": head.id} for b, k in pairs],
    )
    best: dict[str, float] = {}
    for cand in candidates:
        if cand.article_id == head.id:
            continue
        sim = dedup.similarity(sig.values, dedup.from_bytes(cand.signature))
        if sim >= dedup.THRESHOLD:
            best[cand.article_id] = sim
    if not best:
        return False
    roots = set(
        conn.execute(sa.select(articles.c.original_id).where(articles.c.id.in_(list(best)))).scalars()
    )
    root_rows = conn.execute(
        sa.select(articles.c.id, articles.c.published, articles.c.seq).where(articles.c.id.in_(list(roots)))
    ).all()
    earliest_root = min(root_rows, key=lambda m: _order_key(m.published, m.seq))
    if len(roots) == 1 and _order_key(earliest_root.published, earliest_root.seq) < _order_key(
        to_date(head.published), seq
    ):
        # The usual case: a later copy joins one group whose original stays.
        conn.execute(sa.update(articles).where(articles.c.id == head.id).values(original_id=earliest_root.id))
        _set_similarities(conn, earliest_root.id, [head.id])
        relink_claims(conn, earliest_root.id, [head.id])
        return True
    # The new article is earlier than the group's original, or joins groups:
    # the earliest of all becomes the original of every member.
    members = conn.execute(
        sa.select(articles.c.id, articles.c.published, articles.c.seq).where(
            sa.or_(articles.c.original_id.in_(list(roots)), articles.c.id == head.id)
        )
    ).all()
    earliest = min(members, key=lambda m: _order_key(m.published, m.seq)).id
    ids = [m.id for m in members]
    conn.execute(sa.update(articles).where(articles.c.id.in_(ids)).values(original_id=earliest))
    _set_similarities(conn, earliest, ids)
    relink_claims(conn, earliest)
    return True


def _set_similarities(conn: Connection, original_id: str, ids: list[str]) -> None:
    """copy_similarity: each copy's estimated Jaccard similarity to its group's original."""
    sigs = {
        r.article_id: dedup.from_bytes(r.signature)
        for r in conn.execute(
            sa.select(article_minhash.c.article_id, article_minhash.c.signature).where(
                article_minhash.c.article_id.in_([original_id, *ids])
            )
        )
    }
    base = sigs.get(original_id)
    values = [
        {"aid": a, "sim": None if a == original_id or base is None or a not in sigs else dedup.similarity(base, sigs[a])}
        for a in ids
    ]
    if values:
        conn.execute(
            sa.update(articles).where(articles.c.id == sa.bindparam("aid")).values(copy_similarity=sa.bindparam("sim")),
            values,
        )


def _claim_key(row: Any) -> tuple:
    return (row.value, row.unit, row.change)


def relink_claims(conn: Connection, original_id: str, copies: list[str] | None = None) -> None:
    """Point each copy's claims at the matching claims of the earliest copy.

    A copy's claim matches an original claim with the same value, unit and
    change, preferring the same measure (case-insensitive); each original
    claim is matched at most once per copy, in text order. claim_articles then
    lists, for each original claim, every article that carries it. ``copies``
    limits the work to those copies (a new copy joining a group); by default
    every member of the group is relinked.
    """
    if copies is None:
        copies = list(conn.execute(sa.select(articles.c.id).where(articles.c.original_id == original_id)).scalars())
        # The original's own claims point nowhere else.
        conn.execute(sa.update(claims).where(claims.c.article_id == original_id).values(same_as=None))
    copies = [a for a in copies if a != original_id]
    if not copies:
        return
    cols = (claims.c.id, claims.c.article_id, claims.c.value, claims.c.unit, claims.c.change, claims.c.measure)
    rows = conn.execute(
        sa.select(*cols).where(claims.c.article_id.in_(copies)).order_by(claims.c.article_id, claims.c.ord)
    ).all()
    originals = conn.execute(sa.select(*cols).where(claims.c.article_id == original_id).order_by(claims.c.ord)).all()
    links: list[dict[str, Any]] = [{"claim_id": r.id, "article_id": r.article_id} for r in rows]
    same_as: dict[int, int | None] = {r.id: None for r in rows}
    by_article: dict[str, list[Any]] = {}
    for r in rows:
        by_article.setdefault(r.article_id, []).append(r)
    for article_id, copy_claims in by_article.items():
        free = list(originals)
        for strict in (True, False):
            for c in copy_claims:
                if same_as[c.id] is not None or c.value is None:
                    continue
                for o in free:
                    if _claim_key(o) != _claim_key(c):
                        continue
                    if strict and (o.measure or "").lower() != (c.measure or "").lower():
                        continue
                    same_as[c.id] = o.id
                    free.remove(o)
                    links.append({"claim_id": o.id, "article_id": article_id})
                    break
    conn.execute(sa.delete(claim_articles).where(claim_articles.c.article_id.in_(copies)))
    if links:
        conn.execute(_insert(conn, claim_articles).on_conflict_do_nothing(), links)
    if rows:
        conn.execute(
            sa.update(claims).where(claims.c.id == sa.bindparam("cid")).values(same_as=sa.bindparam("target")),
            [{"cid": cid, "target": target} for cid, target in same_as.items()],
        )
