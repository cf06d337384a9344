"""The event record: who did what to whom, where and when, coded as PLOVER and ACLED (v2).

Every field points back to words of the article: the trigger (``span``), the
actor's and recipient's names, the place's words, the time expression, and the
claims that give the counts. ``event_key`` is read off the record alone (type,
day, place and the two sides), so two reports of one event share it and the
store can fold them into one event with its number of sources, as copies of
one report fold their claims.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar, Literal

from .base import GeoPrecision, Part, Record, Span
from .kind import Column, Display, Kind, attr, interval, span_part
from .parts import Source

PloverType = Literal[
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
]
Modality = Literal["asserted", "denied", "possible", "planned"]


@dataclass(frozen=True)
class Acled:
    """ACLED's coding of the event, with ACLED's own names."""

    event_type: str
    """"Battles", "Explosions/Remote violence", "Violence against civilians", "Protests",
    "Riots" or "Strategic developments"."""
    sub_event_type: str
    """One of the 25 sub-event types ("Air/drone strike", "Peaceful protest", ...)."""


@dataclass(frozen=True)
class Party:
    """The actor or the recipient of an event."""

    name: str
    """As written ("Russian forces", "Moscow")."""
    entity: str | None
    """The canonical actor, as in entity records ("Russia")."""
    country: str | None
    """ISO 3166-1 alpha-3."""
    sector: str | None
    """GOV, MIL, REB, COP, CVL, MED, BUS, ... where the text shows it."""
    span: Span | None


@dataclass(frozen=True)
class EventPlace:
    """Where the event happened, as written and as the gazetteer resolves it."""

    text: str
    span: Span | None
    """Where the words stand; None for a dateline's place carried to the event."""
    name: str | None
    country: str | None
    admin1: str | None = None
    lat: float | None = None
    lon: float | None = None
    precision: GeoPrecision | None = None
    """place, admin1 or country: the level lat/lon are of."""


@dataclass(frozen=True)
class EventTime:
    """When the event happened."""

    start: str | None
    end: str | None
    text: str | None
    basis: Literal["text", "statement", "published"] | None = None


@dataclass(frozen=True)
class Counts:
    """The claims that count the event's dead, injured, arrested and crowd: each the claim's span."""

    dead: Span | None = None
    injured: Span | None = None
    arrested: Span | None = None
    size: Span | None = None


@dataclass(frozen=True)
class EventRecord(Record):
    """One event: a PLOVER category over a trigger of the text, with its roles."""

    TYPE: ClassVar[str] = "event"
    article_id: str
    span: Span
    text: str
    sentence_span: Span
    event_type: PloverType
    mode: str | None = None
    context: tuple[str, ...] = ()
    acled: Acled | None = None
    actor: Party | None = None
    recipient: Party | None = None
    place: EventPlace | None = None
    time: EventTime | None = None
    counts: Counts | None = None
    modality: Modality = "asserted"
    source: Source | None = None
    part: Part = "text"
    """Which text of the article ``span`` points into (v2)."""


def _side(party: Party | None) -> str:
    if party is None:
        return ""
    return (party.entity or party.country or party.name).lower()


def event_key(event: Any, _text: str = "") -> str | None:
    """What two reports of one event share: type, day, place and the two sides.

    None where the event has no day or no place: "an attack" with neither is
    one report's, and folding such events would merge unrelated ones.
    """
    t, p = event.time, event.place
    day = t.start if t is not None and t.start and t.start == t.end else None
    where = None if p is None else (p.name or p.text)
    if day is None or not where:
        return None
    sides = "|".join(sorted((_side(event.actor), _side(event.recipient))))
    return f"{event.event_type}|{day}|{where.lower()}|{sides}"


def _cells(e: EventRecord) -> tuple[str, ...]:
    def who(p: Party | None) -> str:
        return "" if p is None else (p.entity or p.name) + (f" ({p.country})" if p.country else "")

    where = "" if e.place is None else (e.place.name or e.place.text)
    if e.place is not None and e.place.country and e.place.country not in where:
        where += f", {e.place.country}"
    sub = "" if e.acled is None else e.acled.sub_event_type
    return (
        e.text,
        e.event_type + (f"/{e.mode}" if e.mode else ""),
        sub,
        who(e.actor),
        who(e.recipient),
        where,
        "" if e.time is None else interval(e.time.start, e.time.end),
        e.modality,
    )


KIND = Kind(
    EventRecord,
    doc_attr="events",
    table="events",
    columns=(
        Column("sentence_start", "int", span_part("sentence_span", 0)),
        Column("sentence_end", "int", span_part("sentence_span", 1)),
        Column("event_type", "text", attr("event_type")),
        Column("mode", "text", attr("mode")),
        Column("acled_event_type", "text", attr("acled", "event_type")),
        Column("acled_sub_event_type", "text", attr("acled", "sub_event_type")),
        Column("actor_name", "text", attr("actor", "name")),
        Column("actor_entity", "text", attr("actor", "entity")),
        Column("actor_country", "text", attr("actor", "country")),
        Column("actor_sector", "text", attr("actor", "sector")),
        Column("recipient_name", "text", attr("recipient", "name")),
        Column("recipient_entity", "text", attr("recipient", "entity")),
        Column("recipient_country", "text", attr("recipient", "country")),
        Column("recipient_sector", "text", attr("recipient", "sector")),
        Column("place_text", "text", attr("place", "text")),
        Column("place_name", "text", attr("place", "name")),
        Column("place_country", "text", attr("place", "country")),
        Column("place_admin1", "text", attr("place", "admin1")),
        Column("place_lat", "float", attr("place", "lat")),
        Column("place_lon", "float", attr("place", "lon")),
        Column("place_precision", "text", attr("place", "precision")),
        Column("time_start", "date", attr("time", "start")),
        Column("time_end", "date", attr("time", "end")),
        Column("time_text", "text", attr("time", "text")),
        Column("modality", "text", attr("modality")),
        Column("source_name", "text", attr("source", "name")),
        Column("source_entity", "text", attr("source", "entity")),
        # The link between reports of one event (see event_key).
        Column("event_key", "text", event_key),
    ),
    indexes=(
        ("ix_events_article", ("article_id", "ord")),
        ("ix_events_type", ("event_type",)),
        ("ix_events_acled", ("acled_sub_event_type",)),
        ("ix_events_place_country", ("place_country",)),
        ("ix_events_actor_country", ("actor_country",)),
        ("ix_events_time", ("time_start", "time_end")),
        ("ix_events_key", ("event_key",)),
        # Covers the events page's fold (migration 0008): the key and whether there are coordinates.
        ("ix_events_fold", ("article_id", "ord", "event_key", "event_type", "place_lat", "place_lon")),
    ),
    display=Display(
        "events", ("event", "type", "ACLED", "actor", "recipient", "place", "when", "modality"), _cells,
        fold=True, order=4,
    ),
)
