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


def _select(flt: EventFilter) -> Any:
    stmt = sa.select(
        events.c.article_id, events.c.ord, events.c.event_key, events.c.record, events.c.sentence_start,
        events.c.sentence_end, articles.c.published, articles.c.title, articles.c.url, articles.c.outlet,
        articles.c.original_id, articles.c.seq,
    ).join(articles, articles.c.id == events.c.article_id)
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
    return stmt.order_by(articles.c.published, articles.c.seq, events.c.ord)


def _claim_values(conn: Connection, article_id: str, record: EventRecord) -> dict[str, tuple[Any, Any, Any]]:
    out: dict[str, tuple[Any, Any, Any]] = {}
    if record.counts is None:
        return out
    claims = RECORD_TABLES["claim"]
    for slot in ("dead", "injured", "arrested", "size"):
        span = getattr(record.counts, slot)
        if span is None:
            continue
        row = conn.execute(
            sa.select(claims.c.value, claims.c.low, claims.c.high)
            .where(claims.c.article_id == article_id, claims.c.span_start == span[0], claims.c.span_end == span[1])
            .limit(1)
        ).first()
        if row is not None:
            out[slot] = (row.value, row.low, row.high)
    return out


def _sentence(conn: Connection, texts: dict[str, str], row: Any) -> str:
    text = texts.get(row.article_id)
    if text is None:
        text = texts[row.article_id] = conn.execute(sa.select(articles.c.text).where(articles.c.id == row.article_id)).scalar() or ""
    if row.sentence_start is None or row.sentence_end is None:
        return ""
    return text[row.sentence_start : row.sentence_end]


def find_events(conn: Connection, flt: EventFilter = EventFilter(), *, limit: int | None = None) -> list[Event]:
    """The events of the store, one per event however many reports tell it, earliest first."""
    groups: dict[str, Event] = {}
    texts: dict[str, str] = {}
    for row in conn.execute(_select(flt)).all():
        data = row.record if not isinstance(row.record, str) else json.loads(row.record)
        record = record_from_dict(data)
        assert isinstance(record, EventRecord)
        origin = row.original_id or row.article_id
        sentence = _sentence(conn, texts, row)
        # no day or no place: only the copies of one report, by the event's own words, are one event
        key = row.event_key or f"{origin}|{record.event_type}|{record.text}|{sentence.strip()}"
        group = groups.get(key)
        if group is None:
            group = groups[key] = Event(
                record, row.article_id, _iso(row.published), row.title, row.url, row.outlet, sentence.strip(),
                claim_values=_claim_values(conn, row.article_id, record),
            )
            if limit is not None and len(groups) > limit:
                del groups[key]
                break
        if row.article_id not in group.articles:
            group.articles.append(row.article_id)
        if row.outlet and row.outlet not in group.outlets:
            group.outlets.append(row.outlet)
    return list(groups.values())


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
