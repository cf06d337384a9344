"""Stored events, filtered, and folded across reports: the same event told by several reports is one event.

Each stored event carries ``event_key`` (records/event.py): its type, day,
place and sides. Events that share a key are one event; so are the copies of
one report (``articles.original_id``), which share the event's words even
where it has no day or place. One event comes back as one row: the earliest
report's record, the articles and outlets that tell it, and their number.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from ..records import EventRecord, record_from_dict
from .schema import RECORD_TABLES, articles

events = RECORD_TABLES["event"]


@dataclass(frozen=True)
class EventFilter:
    """What ``newsledger events`` and the event exports select."""

    event_type: str | None = None
    acled: str | None = None
    """An ACLED sub-event type, or an event type ("Battles"), matched without case."""
    country: str | None = None
    """ISO 3166-1 alpha-3: the event's place, actor or recipient is of it."""
    since: dt.date | None = None
    until: dt.date | None = None


@dataclass
class Event:
    """One event across the reports that tell it."""

    record: EventRecord
    """The earliest report's record."""
    article_id: str
    published: str | None
    title: str | None
    url: str | None
    outlet: str | None
    sentence: str
    articles: list[str] = field(default_factory=list)
    outlets: list[str] = field(default_factory=list)
    claim_values: dict[str, tuple[float | None, float | None, float | None]] = field(default_factory=dict)
    """dead / injured / arrested / size: (value, low, high) of the claim that gives each."""

    @property
    def n_sources(self) -> int:
        return len(self.articles)


def _iso(value: Any) -> str | None:
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()[:10]
    return value


def _where(stmt: Any, flt: EventFilter) -> Any:
    if flt.event_type:
        stmt = stmt.where(events.c.event_type == flt.event_type.upper())
    if flt.acled:
        wanted = flt.acled.strip().lower()
        stmt = stmt.where(sa.or_(sa.func.lower(events.c.acled_sub_event_type) == wanted,
                                 sa.func.lower(events.c.acled_event_type) == wanted))
    if flt.country:
        code = flt.country.strip().upper()
        stmt = stmt.where(sa.or_(events.c.place_country == code, events.c.actor_country == code,
                                 events.c.recipient_country == code))
    day = sa.func.coalesce(events.c.time_start, articles.c.published)
    if flt.since:
        stmt = stmt.where(sa.func.coalesce(events.c.time_end, articles.c.published) >= flt.since)
    if flt.until:
        stmt = stmt.where(day <= flt.until)
    return stmt


_CHUNK = 500


def _sentence_of() -> Any:
    # The event's sentence, cut from its article's text by the database: Python's slice
    # text[start:end] (SQL counts characters from 1, as Python counts code points from 0).
    s, e = events.c.sentence_start, events.c.sentence_end
    return sa.case((sa.and_(s.is_not(None), e.is_not(None), e > s), sa.func.substr(articles.c.text, s + 1, e - s)),
                   else_="")


@dataclass(slots=True)
class Fold:
    """One event while the reports are folded: its first report's event row, and who tells it."""

    id: int
    """events.id of the first report's record."""
    article_id: str
    outlet: str | None
    placed: bool
    """Whether it has a place with coordinates (a map can draw it)."""
    articles: list[str]
    outlets: list[str]


def _words(conn: Connection, flt: EventFilter | None, event_id: int | None = None) -> dict[int, tuple[str | None, str]]:
    # The trigger and the sentence of each event the filter keeps that has no key (or of one event), by events.id.
    stmt = sa.select(events.c.id, events.c.text, _sentence_of()).join(articles, articles.c.id == events.c.article_id)
    stmt = _where(stmt.where(events.c.event_key.is_(None)), flt) if flt is not None else stmt.where(
        events.c.id == event_id)
    return {id_: (text, sentence or "") for id_, text, sentence in conn.execute(stmt)}


def fold(conn: Connection, flt: EventFilter = EventFilter()) -> list[Fold]:
    """Every event the filter keeps, earliest first.

    Read from columns that ix_articles_order and ix_events_fold cover (the
    page folds every event of the store on each request, so no record is
    decoded and no article row is read); only an event with no key has its
    words and sentence looked up.
    """
    stmt = _where(sa.select(
        events.c.id, events.c.article_id, events.c.event_key, events.c.event_type, events.c.place_lat,
        events.c.place_lon, articles.c.outlet, articles.c.original_id,
    ).join(articles, articles.c.id == events.c.article_id), flt)
    words = _words(conn, flt)
    groups: dict[str, Fold] = {}
    # Streamed, not fetched first: the rows are many and only the folds are kept.
    for id_, article_id, key, event_type, lat, lon, outlet, original_id in conn.execute(
            stmt.order_by(articles.c.published, articles.c.seq, events.c.ord)):
        if key is None:
            # no day or no place: only the copies of one report, by the event's own words, are one event
            # (an event an ingest committed between the two reads is looked up on its own)
            text, sentence = words[id_] if id_ in words else _words(conn, None, id_)[id_]
            key = f"{original_id or article_id}|{event_type}|{text}|{sentence.strip()}"
        group = groups.get(key)
        if group is None:
            groups[key] = Fold(id_, article_id, outlet, lat is not None and lon is not None, [article_id],
                               [outlet] if outlet else [])
            continue
        if article_id not in group.articles:
            group.articles.append(article_id)
        if outlet and outlet not in group.outlets:
            group.outlets.append(outlet)
    return list(groups.values())


SLOTS = ("dead", "injured", "arrested", "size")


def claim_values(conn: Connection, wanted: dict[Any, tuple[str, dict[str, Any]]]) -> dict[Any, dict[str, Any]]:
    """For each key, (article id, {slot: the claim's span}): {slot: (value, low, high) of the claim at that span},
    read in one query per 500 articles."""
    out: dict[Any, dict[str, Any]] = {k: {} for k in wanted}
    ids = sorted({a for a, spans in wanted.values() if spans})
    claims = RECORD_TABLES["claim"]
    at: dict[tuple[str, int | None, int | None], tuple[Any, Any, Any]] = {}
    for i in range(0, len(ids), _CHUNK):
        stmt = (sa.select(claims.c.article_id, claims.c.span_start, claims.c.span_end, claims.c.value, claims.c.low,
                          claims.c.high).where(claims.c.article_id.in_(ids[i:i + _CHUNK])).order_by(claims.c.id))
        for row in conn.execute(stmt):
            at.setdefault((row.article_id, row.span_start, row.span_end), (row.value, row.low, row.high))
    for k, (article_id, spans) in wanted.items():
        for slot, span in spans.items():
            if span and len(span) == 2 and (article_id, span[0], span[1]) in at:
                out[k][slot] = at[(article_id, span[0], span[1])]
    return out


def _heads(conn: Connection, ids: list[int]) -> dict[int, Any]:
    stmt_cols = (events.c.id, events.c.record, _sentence_of().label("sentence"),
                 articles.c.published, articles.c.title, articles.c.url)
    out = {}
    for i in range(0, len(ids), _CHUNK):
        stmt = sa.select(*stmt_cols).join(articles, articles.c.id == events.c.article_id)
        for row in conn.execute(stmt.where(events.c.id.in_(ids[i:i + _CHUNK]))):
            out[row.id] = row
    return out


def read_events(conn: Connection, folds: list[Fold]) -> list[Event]:
    """The events of these folds (from :func:`fold`), their records and claim values read in a few queries."""
    rows = _heads(conn, [f.id for f in folds])
    records: dict[int, tuple[str, EventRecord]] = {}
    for f in folds:
        data = rows[f.id].record
        record = record_from_dict(data if not isinstance(data, str) else json.loads(data))
        assert isinstance(record, EventRecord)
        records[f.id] = (f.article_id, record)
    values = claim_values(conn, {
        i: (a, {} if r.counts is None else {k: getattr(r.counts, k) for k in SLOTS if getattr(r.counts, k)})
        for i, (a, r) in records.items()
    })
    out = []
    for f in folds:
        row = rows[f.id]
        out.append(Event(records[f.id][1], f.article_id, _iso(row.published), row.title, row.url,
                         f.outlet, (row.sentence or "").strip(), list(f.articles), list(f.outlets),
                         claim_values=values[f.id]))
    return out


def find_events(conn: Connection, flt: EventFilter = EventFilter(), *, limit: int | None = None,
                offset: int = 0) -> list[Event]:
    """The events of the store, one per event however many reports tell it, earliest first.

    ``offset`` events are skipped and at most ``limit`` given; every report of
    each one is counted whatever the window. Only the window's records are read.
    """
    folds = fold(conn, flt)
    return read_events(conn, folds[offset:None if limit is None else offset + limit])


def placed(folds: list[Fold], limit: int) -> tuple[list[Fold], int]:
    """The latest ``limit`` of these events that have a place with coordinates (earliest first),
    and how many have one: what a map draws."""
    found = [f for f in folds if f.placed]
    return (found[-limit:] if limit > 0 else []), len(found)


def event_rows(found: list[Event]) -> Iterator[dict[str, Any]]:
    """The rows ``newsledger events`` prints: one per event."""
    for ev in found:
        r = ev.record
        yield {
            "article_id": ev.article_id,
            "event": r.text,
            "event_type": r.event_type,
            "mode": r.mode,
            "acled": None if r.acled is None else r.acled.sub_event_type,
            "actor": None if r.actor is None else (r.actor.entity or r.actor.name),
            "actor_country": None if r.actor is None else r.actor.country,
            "recipient": None if r.recipient is None else (r.recipient.entity or r.recipient.name),
            "recipient_country": None if r.recipient is None else r.recipient.country,
            "place": None if r.place is None else (r.place.name or r.place.text),
            "place_country": None if r.place is None else r.place.country,
            "start": None if r.time is None else r.time.start,
            "end": None if r.time is None else r.time.end,
            "modality": r.modality,
            "source": None if r.source is None else (r.source.entity or r.source.name),
            "n_sources": ev.n_sources,
            "published": ev.published,
        }
