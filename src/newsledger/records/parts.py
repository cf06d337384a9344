"""The parts records nest: a quantity, a source, when a figure holds, where a place is."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from .base import Bound, GeoPrecision, Span, TimeBasis, TimeKind


@dataclass(frozen=True)
class Quantity:
    """A number as the text gives it, with the interval its hedge allows."""

    value: float | None
    """The number written, normalised; the midpoint for a range."""
    low: float | None = None
    """Lowest value the text allows, None for an open side."""
    high: float | None = None
    """Highest value the text allows, None for an open side."""
    bound: Bound = "exact"
    """exact, approx, lower, upper or range."""
    unit: str | None = None
    """percent, USD, km, mm, times, fraction, ...; None for plain counts."""
    change: Literal["increase", "decrease"] | None = None
    """Set where the figure is a change ("up 19 cents"); the value stays positive."""


@dataclass(frozen=True)
class Source:
    """Who a claim or statement is attributed to."""

    name: str
    """As written where the attribution is made ("Seoul", "he")."""
    entity: str | None
    """The canonical actor the name refers to ("South Korea")."""
    span: Span | None
    """Where the name stands; None when carried over from an earlier sentence."""
    cue: str | None
    """The reporting word or phrase ("said", "according to")."""
    via: str | None = None
    """The medium that relays the source ("according to The War Zone", "told CNN"), or None (v2)."""


@dataclass(frozen=True)
class ClaimTime:
    """When a figure holds."""

    start: str | None
    end: str | None
    text: str | None
    """The time expression as written."""
    kind: TimeKind
    """point, period (a figure for that span) or as_of (a running total up to end)."""
    basis: TimeBasis | None = None
    """Where the dates come from: text, statement or published (v2)."""


@dataclass(frozen=True)
class Geo:
    """Where a place is, as the offline gazetteer resolves it (v2)."""

    name: str
    """The canonical name ("Kharkiv")."""
    country: str | None
    """ISO 3166-1 alpha-3."""
    admin1: str | None = None
    """The first-level region ("Kharkiv Oblast")."""
    lat: float | None = None
    lon: float | None = None
    precision: GeoPrecision = "place"
    """place, admin1 or country: the level that lat/lon are of."""
    geonameid: int | None = None
    """The GeoNames id where the gazetteer gives one."""
