"""The four listings (articles, claims, series, events): their filters as FastAPI dependencies, and one page of each.

A page and its JSON twin take the same filters and give the same rows: the
page renders them, ``/api/...`` returns them.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import asdict, dataclass
from typing import Any

from fastapi import HTTPException, Query, Request
from sqlalchemy.engine import Connection

from ..errors import StoreError
from ..store.events import EventFilter, Fold, fold, placed, read_events
from ..store.queries import ClaimFilter, find_claims, resolve_article_id
from ..store.series import SeriesFilter, find_series
from . import data
from .params import MAX_WORDS, DateQuery, Page, Paging, TextQuery, date_range, text

MEASURE_CLASSES = (
    "deployed", "present", "killed", "injured", "killed_or_injured", "casualties", "missing", "captured",
    "displaced", "arrested", "attacks", "other",
)  # fmt: skip


def connection(request: Request) -> Iterator[Connection]:
    """A connection to the store for one request, given back when the answer is sent."""
    with request.app.state.store.engine.connect() as conn:
        yield conn


def _article_id(conn: Connection, given: str | None) -> str | None:
    if not given:
        return None
    try:
        return resolve_article_id(conn, given)
    except StoreError as exc:
        raise HTTPException(404, str(exc)) from None


@dataclass(frozen=True)
class ArticleFilters:
    q: str | None = None
    outlet: str | None = None
    since: str | None = None
    until: str | None = None


def article_filters(
    q: str | None = TextQuery(f"Words the title or text contains (all of them; at most {MAX_WORDS})."),
    outlet: str | None = TextQuery("The outlet (or the outlet it credits) contains this."),
    since: str | None = DateQuery("Published on or after YYYY-MM-DD."),
    until: str | None = DateQuery("Published on or before YYYY-MM-DD."),
) -> ArticleFilters:
    return ArticleFilters(text(q), text(outlet), text(since), text(until))


def articles_page(conn: Connection, f: ArticleFilters, paging: Paging) -> Page:
    since, until = date_range(f.since, f.until)
    words = (f.q or "").split()
    if len(words) > MAX_WORDS:
        raise HTTPException(400, f"give at most {MAX_WORDS} search words")
    rows = data.search_articles(conn, words=words, outlet=f.outlet, since=since, until=until,
                                limit=paging.fetch, offset=paging.offset)
    return Page.of(rows, paging)


@dataclass(frozen=True)
class ClaimFilters:
    about: str | None = None
    source: str | None = None
    measure: str | None = None
    since: str | None = None
    until: str | None = None
    article: str | None = None
    copies: bool = False


def claim_filters(
    about: str | None = TextQuery("Figure, measure, subject or source contains this (or a synonym)."),
    source: str | None = TextQuery("Source name or canonical entity contains this."),
    measure: str | None = TextQuery("Measure contains this."),
    since: str | None = DateQuery("Holds on or after YYYY-MM-DD."),
    until: str | None = DateQuery("Holds on or before YYYY-MM-DD."),
    article: str | None = Query(None, max_length=64, description="Only this article's claims (id or unique prefix)."),
    copies: bool = Query(False, description="Also list the claims of republished copies."),
) -> ClaimFilters:
    return ClaimFilters(text(about), text(source), text(measure), text(since), text(until), text(article), copies)


def claims_rows(conn: Connection, f: ClaimFilters, limit: int, offset: int = 0) -> list[dict[str, Any]]:
    since, until = date_range(f.since, f.until)
    article = _article_id(conn, f.article)
    flt = ClaimFilter(f.about, f.source, f.measure, since, until, article, f.copies or bool(article))
    return find_claims(conn, flt, limit=limit, offset=offset)


def claims_page(conn: Connection, f: ClaimFilters, paging: Paging) -> Page:
    # The store skips the rows before the page (OFFSET) and gives one more than a page, to know of a next.
    return Page.of(claims_rows(conn, f, paging.fetch, paging.offset), paging)


@dataclass(frozen=True)
class SeriesFilters:
    about: str | None = None
    measure_class: str | None = None
    since: str | None = None
    until: str | None = None
    flagged: bool = False


def series_filters(
    about: str | None = TextQuery("The series' subject, place or measure contains this."),
    measure_class: str | None = Query(None, max_length=40, description="One of " + ", ".join(MEASURE_CLASSES) + "."),
    since: str | None = DateQuery("Has a member on or after YYYY-MM-DD."),
    until: str | None = DateQuery("Has a member on or before YYYY-MM-DD."),
    flagged: bool = Query(False, description="Only series with a flag."),
) -> SeriesFilters:
    mc = text(measure_class)
    if mc is not None and mc not in MEASURE_CLASSES:
        raise HTTPException(400, f"measure_class: choose one of {', '.join(MEASURE_CLASSES)}")
    return SeriesFilters(text(about), mc, text(since), text(until), flagged)


def series_page(conn: Connection, f: SeriesFilters, paging: Paging) -> Page:
    since, until = date_range(f.since, f.until)
    flt = SeriesFilter(f.about, f.measure_class, since, until, f.flagged)
    return Page.of(find_series(conn, flt, limit=paging.fetch, offset=paging.offset), paging)


@dataclass(frozen=True)
class EventFilters:
    type: str | None = None
    acled: str | None = None
    country: str | None = None
    since: str | None = None
    until: str | None = None


def event_filters(
    type: str | None = Query(None, max_length=20, pattern=r"^[A-Za-z]*$", description="PLOVER category (ASSAULT, PROTEST, ...)."),  # noqa: A002
    acled: str | None = TextQuery('ACLED sub-event type ("Air/drone strike") or event type ("Battles").'),
    country: str | None = Query(None, max_length=3, pattern=r"^([A-Za-z]{3})?$",
                                description="ISO 3166-1 alpha-3 code of the place, actor or recipient."),
    since: str | None = DateQuery("Happened on or after YYYY-MM-DD."),
    until: str | None = DateQuery("Happened on or before YYYY-MM-DD."),
) -> EventFilters:
    return EventFilters(text(type), text(acled), text(country), text(since), text(until))


MAP_LIMIT = 500
"""Markers one events map draws at most: the latest events the filters keep (the page says when there are more)."""


def _event_filter(f: EventFilters) -> EventFilter:
    since, until = date_range(f.since, f.until)
    return EventFilter(f.type, f.acled, f.country, since, until)


def _events_window(conn: Connection, folds: list[Fold], paging: Paging) -> Page:
    window = folds[paging.offset:paging.offset + paging.fetch]
    return Page.of([data.event_row(e) for e in read_events(conn, window)], paging)


def events_page(conn: Connection, f: EventFilters, paging: Paging) -> Page:
    """Events as ``newsledger events`` lists them: one per event however many reports tell it, earliest first."""
    return _events_window(conn, fold(conn, _event_filter(f)), paging)


@dataclass(frozen=True)
class EventsMap:
    markers: list[dict[str, Any]]
    placed: int
    """Events the filters keep that have coordinates (more than the markers when the map is capped)."""


def events_view(conn: Connection, f: EventFilters, paging: Paging) -> tuple[Page, EventsMap]:
    """The events page: a page of the table, and the map of every event the same filters keep."""
    folds = fold(conn, _event_filter(f))
    shown, n_placed = placed(folds, MAP_LIMIT)
    return _events_window(conn, folds, paging), EventsMap(data.markers(conn, shown), n_placed)


def as_query(filters: Any) -> dict[str, Any]:
    """A filters object as the query parameters of a link."""
    return {k: ("1" if v is True else v) for k, v in asdict(filters).items()}
