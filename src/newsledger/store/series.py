"""Series in the store: rebuilt from the claims that carry their key, and read back.

A series is a function of its claims (reconcile/series.py decides, this
module only reads and writes): on ingest only the series whose keys the new
claims carry are rebuilt, in the batch's transaction; ``newsledger reconcile``
rebuilds them all. Either way, the same claims give the same rows.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from ..errors import StoreError
from ..records import SeriesRecord, record_from_dict
from ..reconcile.facts import to_date
from ..reconcile.series import build_series, claim_in, who
from ..reconcile.series_keys import SeriesKey, article_series_keys
from .queries import like_pattern
from .rows import record_dict
from .schema import articles, claims, series, series_estimates, series_flags, series_members

_CHUNK = 500


def _claims_of(conn: Connection, keys: list[str]) -> dict[str, list[Any]]:
    stmt = (
        sa.select(
            claims.c.id, claims.c.article_id, claims.c.span_start, claims.c.span_end, claims.c.text,
            claims.c.value, claims.c.low, claims.c.high, claims.c.bound, claims.c.time_kind, claims.c.time_start,
            claims.c.time_end, claims.c.time_basis, claims.c.source_entity, claims.c.source_name, claims.c.same_as,
            claims.c.sentence, claims.c.series_key, claims.c.part, articles.c.outlet, articles.c.published,
        )
        .join(articles, articles.c.id == claims.c.article_id)
        .where(claims.c.series_key.in_(keys))
    )
    found: dict[str, list[Any]] = {}
    for row in conn.execute(stmt):
        found.setdefault(row.series_key, []).append(claim_in(row._mapping))
    return found


def rebuild(conn: Connection, keys: Iterable[str]) -> int:
    """Rebuild the series of these keys from their claims; the number rebuilt."""
    keys = sorted({k for k in keys if k})
    n = 0
    for i in range(0, len(keys), _CHUNK):
        chunk = keys[i:i + _CHUNK]
        found = _claims_of(conn, chunk)
        built = [build_series(SeriesKey.from_text(k), found[k]) for k in chunk if found.get(k)]
        _delete(conn, sa.select(series.c.id).where(series.c.key.in_(chunk)))
        _insert(conn, built)
        n += len(built)
    return n


def rekey(conn: Connection) -> int:
    """Read every claim's series key again from its article's records (claims stored
    before the series existed have none; a new rule gives others another); the
    number of claims whose key changed."""
    from .schema import entities

    changed = 0
    ids = [r[0] for r in conn.execute(sa.select(articles.c.id).order_by(articles.c.seq))]
    for i in range(0, len(ids), _CHUNK):
        chunk = ids[i:i + _CHUNK]
        by_article: dict[str, dict[str, list[Any]]] = {}
        for table, kind in ((claims, "claim"), (entities, "entity")):
            cols = [table.c.article_id, table.c.record] + ([table.c.id, table.c.series_key] if kind == "claim" else [])
            for row in conn.execute(sa.select(*cols).where(table.c.article_id.in_(chunk)).order_by(table.c.ord)):
                record = row.record if not isinstance(row.record, str) else json.loads(row.record)
                by_article.setdefault(row.article_id, {}).setdefault(kind, []).append((row, record_from_dict(record)))
        heads = {
            r.id: record_from_dict(r.record if not isinstance(r.record, str) else json.loads(r.record))
            for r in conn.execute(sa.select(articles.c.id, articles.c.record).where(articles.c.id.in_(chunk)))
        }
        for article_id, found in by_article.items():
            rows = found.get("claim", [])
            if not rows or article_id not in heads:
                continue
            keys = article_series_keys(heads[article_id], [r for _, r in rows] + [r for _, r in found.get("entity", [])])
            for row, claim in rows:
                new = keys.get(id(claim))
                if new != row.series_key:
                    conn.execute(claims.update().where(claims.c.id == row.id).values(series_key=new))
                    changed += 1
    return changed


def rebuild_all(conn: Connection) -> int:
    """Every series again, from every claim's key."""
    for table in (series_flags, series_estimates, series_members, series):
        conn.execute(table.delete())
    keys = [r[0] for r in conn.execute(sa.select(claims.c.series_key).where(claims.c.series_key.is_not(None)).distinct())]
    return rebuild(conn, keys)


def _delete(conn: Connection, ids: Any) -> None:
    ids = [r[0] for r in conn.execute(ids)]
    for i in range(0, len(ids), _CHUNK):
        chunk = ids[i:i + _CHUNK]
        for table in (series_flags, series_estimates, series_members):
            conn.execute(table.delete().where(table.c.series_id.in_(chunk)))
        conn.execute(series.delete().where(series.c.id.in_(chunk)))


def _insert(conn: Connection, built: list[SeriesRecord]) -> None:
    if not built:
        return
    srows, mrows, erows, frows = [], [], [], []
    for s in built:
        dates = [m.as_of for m in s.members if m.as_of]
        srows.append({
            "id": s.id, "key": s.key, "label": s.label, "measure_class": s.measure_class, "subject": s.subject,
            "place": s.place, "unit": s.unit, "per": s.per, "n_members": len(s.members),
            "n_sources": len({who(m) for m in s.members}),
            "first_date": to_date(min(dates)) if dates else None, "last_date": to_date(max(dates)) if dates else None,
            "n_flags": len(s.flags), "flag_kinds": ",".join(sorted({f.kind for f in s.flags})) or None,
            "record": record_dict(s),
        })
        for i, m in enumerate(s.members):
            mrows.append({
                "series_id": s.id, "ord": i, "claim_id": m.claim_id, "article_id": m.article_id,
                "as_of": to_date(m.as_of), "as_of_basis": m.as_of_basis, "source": m.source, "outlet": m.outlet,
                "value": m.value, "low": m.low, "high": m.high, "bound": m.bound,
            })
        for e in s.estimate:
            erows.append({"series_id": s.id, "date": to_date(e.date), "low": e.low, "best": e.best, "high": e.high,
                          "sources": e.sources})
        for i, f in enumerate(s.flags):
            frows.append({"series_id": s.id, "ord": i, "kind": f.kind, "members": list(f.members), "note": f.note})
    for table, rows in ((series, srows), (series_members, mrows), (series_estimates, erows), (series_flags, frows)):
        if rows:
            conn.execute(table.insert(), rows)


@dataclass(frozen=True)
class SeriesFilter:
    """The filters of ``newsledger series``; all optional, combined with AND."""

    about: str | None = None
    """A case-insensitive substring of the label (subject, place, class)."""
    measure_class: str | None = None
    since: dt.date | None = None
    until: dt.date | None = None
    flagged: bool = False


def find_series(conn: Connection, flt: SeriesFilter, *, limit: int | None = None,
                offset: int = 0) -> list[dict[str, Any]]:
    """Series rows, those with most members first."""
    stmt = sa.select(
        series.c.id, series.c.label, series.c.measure_class, series.c.subject, series.c.place, series.c.unit,
        series.c.per, series.c.n_members, series.c.n_sources, series.c.first_date, series.c.last_date,
        series.c.n_flags, series.c.flag_kinds,
    )
    if flt.about:
        pattern = like_pattern(flt.about.strip())
        stmt = stmt.where(sa.or_(series.c.label.ilike(pattern, escape="\\"), series.c.key.ilike(pattern, escape="\\")))
    if flt.measure_class:
        stmt = stmt.where(series.c.measure_class == flt.measure_class)
    if flt.since:
        stmt = stmt.where(series.c.last_date >= flt.since)
    if flt.until:
        stmt = stmt.where(series.c.first_date <= flt.until)
    if flt.flagged:
        stmt = stmt.where(series.c.n_flags > 0)
    stmt = stmt.order_by(series.c.n_members.desc(), series.c.label, series.c.id).limit(limit).offset(offset or None)
    out = []
    for r in conn.execute(stmt):
        row = dict(r._mapping)
        for k in ("first_date", "last_date"):
            if isinstance(row[k], (dt.date, dt.datetime)):
                row[k] = row[k].isoformat()[:10]
        out.append(row)
    return out


def get_series(conn: Connection, ident: str) -> SeriesRecord:
    """One series by id or a unique id prefix."""
    rows = conn.execute(
        sa.select(series.c.id, series.c.record).where(series.c.id.like(like_pattern(ident.strip())[1:], escape="\\")).limit(2)
    ).all()
    if len(rows) != 1:
        raise StoreError(
            f"no series {ident!r}" if not rows else f"{ident!r} names more than one series: give more of its id"
        )
    record = rows[0].record
    if isinstance(record, str):
        record = json.loads(record)
    out = record_from_dict(record)
    assert isinstance(out, SeriesRecord)
    return out
