"""The reads the pages need beyond ``store.queries`` and ``store.series``, on SQLAlchemy Core.

``list_articles`` has no filters and ``find_claims`` no offset; the article
search, the overview's counts and latest events, and the filter choices are
written here with bound parameters only (a filter value is never part of the
SQL text).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from ..safe_text import visible
from ..store.queries import like_pattern as like, plain
from ..store.events import claim_values, event_rows
from ..store.schema import RECORD_TABLES, articles, claims, series

events = RECORD_TABLES["event"]

# The tables the overview counts, in the order it shows them.
COUNTED = (
    ("articles", articles), ("claims", claims), ("times", RECORD_TABLES["time"]),
    ("entities", RECORD_TABLES["entity"]), ("statements", RECORD_TABLES["statement"]), ("events", events),
    ("series", series),
)


def _row(mapping: Any) -> dict[str, Any]:
    return {k: plain(v) for k, v in mapping.items()}


def counts(conn: Connection) -> dict[str, int]:
    out = {name: conn.execute(sa.select(sa.func.count()).select_from(t)).scalar_one() for name, t in COUNTED}
    out["flagged series"] = conn.execute(
        sa.select(sa.func.count()).select_from(series).where(series.c.n_flags > 0)
    ).scalar_one()
    return out


def search_articles(
    conn: Connection,
    *,
    words: Sequence[str] = (),
    outlet: str | None = None,
    since: dt.date | None = None,
    until: dt.date | None = None,
    limit: int,
    offset: int = 0,
) -> list[dict[str, Any]]:
    """Articles newest first; each word in the title or the text, the outlet (or the one it credits)
    containing ``outlet``, published within [since, until]."""
    n_claims = (
        sa.select(sa.func.count()).select_from(claims).where(claims.c.article_id == articles.c.id).scalar_subquery()
    )
    stmt = sa.select(
        articles.c.id, articles.c.published, articles.c.outlet, articles.c.origin_outlet, articles.c.title,
        n_claims.label("claims"), articles.c.n_records.label("records"),
        sa.case((articles.c.original_id != articles.c.id, articles.c.original_id), else_=None).label("copy_of"),
        articles.c.url,
    )
    for word in words:
        pattern = like(word)
        stmt = stmt.where(sa.or_(articles.c.title.ilike(pattern, escape="\\"),
                                 articles.c.text.ilike(pattern, escape="\\")))
    if outlet:
        pattern = like(outlet)
        stmt = stmt.where(sa.or_(articles.c.outlet.ilike(pattern, escape="\\"),
                                 articles.c.origin_outlet.ilike(pattern, escape="\\")))
    if since:
        stmt = stmt.where(articles.c.published >= since)
    if until:
        stmt = stmt.where(articles.c.published <= until)
    stmt = stmt.order_by(articles.c.published.desc().nulls_last(), articles.c.seq.desc()).limit(limit).offset(offset)
    return [_row(r._mapping) for r in conn.execute(stmt)]


def outlets(conn: Connection, limit: int = 500) -> list[str]:
    """The outlets of the store, for the search form's suggestions."""
    stmt = (sa.select(articles.c.outlet).where(articles.c.outlet.is_not(None)).distinct()
            .order_by(articles.c.outlet).limit(limit))
    return [r[0] for r in conn.execute(stmt)]


def latest_events(conn: Connection, limit: int) -> list[dict[str, Any]]:
    """The events last reported, one row per report's event (the overview's list), in the
    shape of :func:`event_row`; ``newsledger events`` and the events page fold them across reports."""
    stmt = sa.select(
        events.c.article_id, articles.c.published, articles.c.outlet, events.c.span_start,
        events.c.text.label("event"), events.c.event_type, events.c.mode, events.c.acled_sub_event_type.label("acled"),
        sa.func.coalesce(events.c.actor_entity, events.c.actor_name).label("actor"), events.c.actor_country,
        sa.func.coalesce(events.c.recipient_entity, events.c.recipient_name).label("recipient"),
        events.c.recipient_country,
        sa.func.coalesce(events.c.place_name, events.c.place_text).label("place"), events.c.place_country,
        events.c.place_lat.label("lat"), events.c.place_lon.label("lon"), events.c.time_start.label("start"),
        events.c.time_end.label("end"), events.c.modality,
        sa.func.coalesce(events.c.source_entity, events.c.source_name).label("source"),
    ).join(articles, articles.c.id == events.c.article_id)
    stmt = stmt.order_by(articles.c.published.desc().nulls_last(), articles.c.seq.desc(), events.c.ord).limit(limit)
    return [{**_row(r._mapping), "n_sources": 1} for r in conn.execute(stmt)]


def event_row(event: Any) -> dict[str, Any]:
    """One row of ``store.events.find_events`` as ``newsledger events`` prints it, with where it stands
    in its article and on a map."""
    row = next(event_rows([event]))
    r = event.record
    row["span_start"] = r.span[0] if r.span else None
    row["lat"] = None if r.place is None else r.place.lat
    row["lon"] = None if r.place is None else r.place.lon
    row["articles"] = list(event.articles)
    row["outlets"] = list(event.outlets)
    return row


def markers(conn: Connection, folds: list[Any]) -> list[dict[str, Any]]:
    """The events of these folds (``store.events.fold``, placed ones) as the events map draws them: where,
    what, and the counts a marker's size comes from; read from columns, with no record decoded."""
    rec = events.c.record
    cols = (
        events.c.id, events.c.article_id, events.c.span_start, rec[("part",)].label("part"), events.c.text,
        events.c.event_type, events.c.mode, sa.func.coalesce(events.c.place_name, events.c.place_text).label("place"),
        events.c.place_country, events.c.place_lat, events.c.place_lon, events.c.time_start, events.c.time_end,
        rec[("counts", "dead")].label("dead"), rec[("counts", "injured")].label("injured"), articles.c.published,
    )
    rows: dict[int, Any] = {}
    ids = [f.id for f in folds]
    for i in range(0, len(ids), 500):
        stmt = (sa.select(*cols).join(articles, articles.c.id == events.c.article_id)
                .where(events.c.id.in_(ids[i:i + 500])))
        rows.update((r.id, r) for r in conn.execute(stmt))
    values = claim_values(conn, {
        r.id: (r.article_id, {k: v for k, v in (("dead", r.dead), ("injured", r.injured)) if v}) for r in rows.values()
    })
    out = []
    for f in folds:
        r = rows[f.id]
        start, end = plain(r.time_start), plain(r.time_end)
        dead, injured = values[r.id].get("dead"), values[r.id].get("injured")
        m = {
            "lat": r.place_lat, "lon": r.place_lon, "type": r.event_type, "mode": r.mode, "text": r.text,
            "place": r.place, "country": r.place_country,
            "when": (start if start == end else "–".join(filter(None, (start, end)))) or plain(r.published),
            "reports": len(f.articles),
            "dead": None if dead is None else dead[0],
            "injured": None if injured is None else injured[0],
            "href": f"/articles/{r.article_id}" + ("" if r.span_start is None else
                                                   "#" + _anchor(r.part or "text", r.span_start)),
        }
        # Control characters made visible before the JSON is written: made visible after, in the JSON
        # text, they would be JSON escapes ("\u202e") that the browser's JSON.parse turns back into them.
        out.append({k: visible(v) if isinstance(v, str) else v for k, v in m.items()})
    return out


def event_choices(conn: Connection, limit: int = 300) -> dict[str, list[str]]:
    """The event types, ACLED sub-event types and countries present, for the events filters."""
    types = conn.execute(
        sa.select(events.c.event_type).where(events.c.event_type.is_not(None)).distinct()
        .order_by(events.c.event_type).limit(limit)
    ).scalars().all()
    countries = conn.execute(
        sa.select(events.c.place_country).where(events.c.place_country.is_not(None)).distinct()
        .order_by(events.c.place_country).limit(limit)
    ).scalars().all()
    acled = conn.execute(
        sa.select(events.c.acled_sub_event_type).where(events.c.acled_sub_event_type.is_not(None)).distinct()
        .order_by(events.c.acled_sub_event_type).limit(limit)
    ).scalars().all()
    return {"types": list(types), "acled": list(acled), "countries": list(countries)}


def _anchor(part: str, start: int) -> str:
    # The id the article page gives a record's highlight (highlight.py): span-N, or title-span-N in a headline.
    return ("span" if part == "text" else part.replace("_", "-") + "-span") + f"-{start}"


def claim_anchors(conn: Connection, ids: Sequence[int]) -> dict[int, str]:
    """Where each claim stands on its article's page (the anchor ``span-START``, or a headline's)."""
    if not ids:
        return {}
    stmt = sa.select(claims.c.id, claims.c.part, claims.c.span_start).where(claims.c.id.in_(list(ids)))
    out = {}
    for r in conn.execute(stmt):
        if r.span_start is not None:
            part = r.part or "text"
            out[r.id] = _anchor(part, r.span_start)
    return out
