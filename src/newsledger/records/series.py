"""The series record: one figure across reports, with its estimate and its flags (v2).

A series is built across articles by ``reconcile/series.py`` from a store, not
by a component from one Doc, so its kind has no Doc attribute and no table of
records of an article: the store keeps series in tables of their own
(``series``, ``series_members``, ``series_estimates``, ``series_flags``).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar, Literal

from .base import Record, Span
from .kind import Display, Kind, num

FlagKind = Literal["disagreement", "revision", "regression", "internal", "definition"]


@dataclass(frozen=True)
class SeriesMember:
    """One claim in a series: republished copies of it are one member with all their outlets."""

    article_id: str
    span: Span | None
    value: float | None
    low: float | None
    high: float | None
    bound: str
    as_of: str | None
    """The date the figure holds for."""
    period: tuple[str | None, str | None] | None
    """[start, end] for a figure per period, else None."""
    source: str | None
    """The canonical source entity (else its name as written); None where the outlet asserts it."""
    outlet: str | None
    published: str | None
    as_of_basis: str | None = None
    """text, statement or published (the claim's time basis); ``published_fallback`` where
    the claim has no time and the publication date stands in for one."""
    text: str | None = None
    """The figure as written."""
    claim_id: int | None = None
    outlets: tuple[str, ...] = ()
    """Every outlet that carried this figure (the copies of one report)."""
    articles: tuple[str, ...] = ()
    """Every article that carried it."""
    part: str = "text"
    """Where in its article the figure stands: ``text``, or ``origin_title`` for the credited headline."""


@dataclass(frozen=True)
class Estimate:
    """What the credible members allow on one date (UCDP-style low / best / high)."""

    date: str
    low: float
    best: float
    high: float
    sources: int
    """Independent sources among the members of that date (copies count once)."""


@dataclass(frozen=True)
class Flag:
    """Something a reader of the series should check, with the members it concerns."""

    kind: FlagKind
    members: tuple[int, ...]
    """Indexes into the series' members."""
    note: str


@dataclass(frozen=True)
class SeriesRecord(Record):
    """One quantity about one subject across reports."""

    TYPE: ClassVar[str] = "series"
    id: str
    label: str
    measure_class: str
    subject: str
    place: str | None
    unit: str | None
    members: tuple[SeriesMember, ...]
    estimate: tuple[Estimate, ...] = ()
    flags: tuple[Flag, ...] = ()
    per: str = "total"
    """``total``, or the period a per-period count covers (``day``, ``month``, ...)."""
    key: str | None = None
    """The grouping key the series was built from."""


def _cells(s: SeriesRecord) -> tuple[str, ...]:
    last = s.estimate[-1] if s.estimate else None
    latest = "" if last is None else f"{last.date}: {num(last.best)} [{num(last.low)}, {num(last.high)}]"
    return (s.id, s.label, str(len(s.members)), latest, ", ".join(sorted({f.kind for f in s.flags})))


KIND = Kind(
    SeriesRecord,
    display=Display("series", ("id", "series", "members", "latest estimate", "flags"), _cells, fold=True, order=5),
)
