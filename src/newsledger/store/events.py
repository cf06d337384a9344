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


def _sentence_of(*, only_unkeyed: bool) -> Any:
    # The event's sentence, cut from its article's text by the database: Python's slice
    # text[start:end] (SQL counts characters from 1, as Python counts code points from 0).
    s, e = events.c.sentence_start, events.c.sentence_end
    cut = sa.func.substr(articles.c.text, s + 1, e - s)
    when = [s.is_not(None), e.is_not(None), e > s]
    if only_unkeyed:
        when.append(events.c.event_key.is_(None))
    return sa.case((sa.and_(*when), cut), else_="")


@dataclass
class Fold:
    """One event while the reports are folded: its first report's row, and who tells it."""

    head: Any
    articles: list[str]
    outlets: list[str]


def fold(conn: Connection, flt: EventFilter = EventFilter()) -> list[Fold]:
    """Every event the filter keeps, earliest first, from the indexed columns alone (no record is decoded)."""
    stmt = _where(sa.select(
        events.c.id, events.c.article_id, events.c.event_key, events.c.event_type, events.c.text,
        _sentence_of(only_unkeyed=True).label("sentence"), events.c.place_lat, events.c.place_lon,
        articles.c.outlet, articles.c.original_id,
    ).join(articles, articles.c.id == events.c.article_id), flt)
    stmt = stmt.order_by(articles.c.published, articles.c.seq, events.c.ord)
    groups: dict[str, Fold] = {}
    for row in conn.execute(stmt):
        origin = row.original_id or row.article_id
        # no day or no place: only the copies of one report, by the event's own words, are one event
        key = row.event_key or f"{origin}|{row.event_type}|{row.text}|{row.sentence.strip()}"
        group = groups.get(key)
        if group is None:
            group = groups[key] = Fold(row, [], [])
        if row.article_id not in group.articles:
            group.articles.append(row.article_id)
        if row.outlet and row.outlet not in group.outlets:
            group.outlets.append(row.outlet)
    return list(groups.values())


_CHUNK = 500


def _claim_values(conn: Connection, records: dict[int, tuple[str, EventRecord]]) -> dict[int, dict[str, Any]]:
    """dead / injured / arrested / size of each event (by events.id): (value, low, high) of the claim at each span."""
    wanted = {i: (a, r.counts) for i, (a, r) in records.items() if r.counts is not None}
    out: dict[int, dict[str, Any]] = {i: {} for i in records}
    ids = sorted({a for a, _ in wanted.values()})
    claims = RECORD_TABLES["claim"]
    at: dict[tuple[str, int | None, int | None], tuple[Any, Any, Any]] = {}
    for i in range(0, len(ids), _CHUNK):
        stmt = (sa.select(claims.c.article_id, claims.c.span_start, claims.c.span_end, claims.c.value, claims.c.low,
                          claims.c.high).where(claims.c.article_id.in_(ids[i:i + _CHUNK])).order_by(claims.c.id))
        for row in conn.execute(stmt):
            at.setdefault((row.article_id, row.span_start, row.span_end), (row.value, row.low, row.high))
    for i, (article_id, counts) in wanted.items():
        for slot in ("dead", "injured", "arrested", "size"):
            span = getattr(counts, slot)
            if span is not None and (article_id, span[0], span[1]) in at:
                out[i][slot] = at[(article_id, span[0], span[1])]
    return out


def _heads(conn: Connection, ids: list[int]) -> dict[int, Any]:
    stmt_cols = (events.c.id, events.c.record, _sentence_of(only_unkeyed=False).label("sentence"),
                 articles.c.published, articles.c.title, articles.c.url)
    out = {}
    for i in range(0, len(ids), _CHUNK):
        stmt = sa.select(*stmt_cols).join(articles, articles.c.id == events.c.article_id)
        for row in conn.execute(stmt.where(events.c.id.in_(ids[i:i + _CHUNK]))):
            out[row.id] = row
    return out


def read_events(conn: Connection, folds: list[Fold]) -> list[Event]:
    """The events of these folds (from :func:`fold`), their records and claim values read in a few queries."""
    rows = _heads(conn, [f.head.id for f in folds])
    records: dict[int, tuple[str, EventRecord]] = {}
    for f in folds:
        data = rows[f.head.id].record
        record = record_from_dict(data if not isinstance(data, str) else json.loads(data))
        assert isinstance(record, EventRecord)
        records[f.head.id] = (f.head.article_id, record)
    values = _claim_values(conn, records)
    out = []
    for f in folds:
        row = rows[f.head.id]
        out.append(Event(records[f.head.id][1], f.head.article_id, _iso(row.published), row.title, row.url,
                         f.head.outlet, (row.sentence or "").strip(), list(f.articles), list(f.outlets),
                         claim_values=values[f.head.id]))
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
    found = [f for f in folds if f.head.place_lat is not None and f.head.place_lon is not None]
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
