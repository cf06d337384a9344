"""The public records of newsledger (record contract, version 1).

Every record is a frozen dataclass. ``to_dict`` gives the JSON form that
``docs/records.md`` describes; ``record_from_dict`` reads it back. Fields may be
added over time; the ones named in the contract are never renamed or dropped.

Spans are ``(start, end)`` Python string offsets (end exclusive) into the
``text`` of the article record. Dates are ISO ``YYYY-MM-DD`` strings and
intervals are inclusive on both ends.
"""

from __future__ import annotations

import dataclasses
import hashlib
import types
import typing
from dataclasses import dataclass
from typing import Any, ClassVar, Literal

Span = tuple[int, int]

Bound = Literal["exact", "approx", "lower", "upper", "range"]
TimeKind = Literal["point", "period", "as_of"]
TimexType = Literal["DATE", "TIME", "DURATION", "SET"]
TimeBasis = Literal["text", "statement", "published"]
GeoPrecision = Literal["place", "admin1", "country"]


def article_id_for(text: str) -> str:
    """The stable id of an article that was given none: a hash of its cleaned text."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def _plain(value: Any) -> Any:
    """JSON-ready form of a field value (tuples become lists, records dicts)."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    return value


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


@dataclass(frozen=True)
class Record:
    """Base of every record: its type tag and the article it belongs to."""

    TYPE: ClassVar[str] = ""

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"type": self.TYPE}
        for f in dataclasses.fields(self):
            out[f.name] = _plain(getattr(self, f.name))
        return out


@dataclass(frozen=True)
class ArticleRecord(Record):
    """One article after cleaning: every span of its records points into ``text``."""

    TYPE: ClassVar[str] = "article"
    article_id: str
    id: str
    text: str
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    language: str | None = None
    published: str | None = None
    published_source: Literal["given", "metadata", "inferred"] | None = None
    origin_outlet: str | None = None
    """The outlet a credit line names ("originally published in ... on CNN Brazil")."""
    path: str | None = None
    """The file the article was read from, where there is one."""
    line: int | None = None
    """The line of a JSONL input, where there is one."""


@dataclass(frozen=True)
class TimeRecord(Record):
    """A time expression, normalised to a TimeML value and a calendar interval."""

    TYPE: ClassVar[str] = "time"
    article_id: str
    span: Span
    text: str
    timex_type: TimexType
    value: str
    start: str | None = None
    end: str | None = None


@dataclass(frozen=True)
class ClaimRecord(Record):
    """A quantity asserted in the text, with what it counts, when, and who says so."""

    TYPE: ClassVar[str] = "claim"
    article_id: str
    span: Span
    text: str
    sentence_span: Span
    quantity: Quantity
    measure: str | None = None
    subject: str | None = None
    source: Source | None = None
    time: ClaimTime | None = None
    statement_date: str | None = None


@dataclass(frozen=True)
class EntityRecord(Record):
    """A person, organisation or place mention with its canonical actor."""

    TYPE: ClassVar[str] = "entity"
    article_id: str
    span: Span
    text: str
    label: str
    canonical: str | None = None
    country: str | None = None
    geo: Geo | None = None
    """Where a place entity (GPE, LOC, FAC) is; None where unresolved or not a place (v2)."""


@dataclass(frozen=True)
class StatementRecord(Record):
    """Who said what: a quotation or reported speech and its source."""

    TYPE: ClassVar[str] = "statement"
    article_id: str
    span: Span
    text: str
    source: Source | None
    cue: str | None
    direct: bool


@dataclass(frozen=True)
class ErrorRecord(Record):
    """An input that could not be read or processed, and why."""

    TYPE: ClassVar[str] = "error"
    article_id: str | None
    message: str
    path: str | None = None
    line: int | None = None


RECORD_TYPES: dict[str, type[Record]] = {
    cls.TYPE: cls
    for cls in (ArticleRecord, TimeRecord, ClaimRecord, EntityRecord, StatementRecord, ErrorRecord)
}


def _decode(tp: Any, value: Any) -> Any:
    """``value`` (a JSON form) as the type hint ``tp`` says: nested records and spans
    come back as dataclasses and tuples, read from the hints alone, so a new nested
    field needs no reader of its own."""
    if value is None:
        return None
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        options = [a for a in typing.get_args(tp) if a is not type(None)]
        for option in options:
            if dataclasses.is_dataclass(option) and isinstance(value, dict):
                return _decode(option, value)
            if typing.get_origin(option) in (tuple, list) and isinstance(value, (list, tuple)):
                return _decode(option, value)
        return value
    if origin is tuple:
        args = typing.get_args(tp)
        if len(args) == 2 and args[1] is Ellipsis:
            return tuple(_decode(args[0], v) for v in value)
        return tuple(_decode(a, v) for a, v in zip(args, value))
    if origin is list:
        (arg,) = typing.get_args(tp) or (Any,)
        return [_decode(arg, v) for v in value]
    if dataclasses.is_dataclass(tp) and isinstance(value, dict):
        hints = _hints(tp)
        names = {f.name for f in dataclasses.fields(tp) if f.init}
        return tp(**{k: _decode(hints[k], v) for k, v in value.items() if k in names})
    if tp is int and isinstance(value, float) and value.is_integer():
        return int(value)
    return value


_HINTS: dict[type, dict[str, Any]] = {}


def _hints(cls: type) -> dict[str, Any]:
    hints = _HINTS.get(cls)
    if hints is None:
        hints = _HINTS[cls] = typing.get_type_hints(cls)
    return hints


def record_from_dict(data: dict[str, Any]) -> Record:
    """Rebuild a record from its ``to_dict`` form (unknown keys are ignored)."""
    return _decode(RECORD_TYPES[data["type"]], {k: v for k, v in data.items() if k != "type"})


__all__ = [
    "ArticleRecord",
    "Bound",
    "ClaimRecord",
    "ClaimTime",
    "EntityRecord",
    "ErrorRecord",
    "Geo",
    "Quantity",
    "RECORD_TYPES",
    "Record",
    "Source",
    "Span",
    "StatementRecord",
    "TimeRecord",
    "article_id_for",
    "record_from_dict",
]
