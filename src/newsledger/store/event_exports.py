"""Stored events shaped as ACLED, UCDP GED or PLOVER records: one row per event, with its number of sources.

- **ACLED**: the columns ACLED users load, for the events ACLED codes
  (``acled`` set). ``fatalities`` follows ACLED's conservative rule: the
  lowest figure the dead claim allows ("at least 12" is 12, "12 to 15" 12).
  ``time_precision`` is 1 for a day, 2 for a week or less, 3 for longer;
  ``geo_precision`` 1 for a town, 3 for a region or country. ``inter1`` and
  ``inter2`` are ACLED's interaction codes from the parties' sectors.
- **UCDP GED**: the violent events (ASSAULT), ``best``/``low``/``high`` from
  the hedged death claim, ``date_prec`` (1 a day ... 5 a year) and
  ``where_prec`` (1 a place, 4 a region, 6 a country) as UCDP defines them.
- **PLOVER**: the JSON records PLOVER tools read (``actor``/``recipient``
  lists, ``event``, ``mode``, ``context``, ``eventText``, ``text``, counts).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

from .events import Event

ACLED_COLUMNS = (
    "event_date", "time_precision", "event_type", "sub_event_type", "actor1", "inter1", "actor2", "inter2",
    "iso", "country", "admin1", "location", "latitude", "longitude", "geo_precision", "source", "notes",
    "fatalities", "n_sources",
)  # fmt: skip
UCDP_COLUMNS = (
    "date_start", "date_end", "date_prec", "where_prec", "latitude", "longitude", "adm_1", "country",
    "side_a", "side_b", "best", "low", "high", "source_article", "source_date", "source_headline", "n_sources",
)  # fmt: skip
SHAPES = ("acled", "ucdp", "plover")

# ACLED's interaction codes by sector: 1 state forces, 2 rebels, 5 rioters, 6 protesters, 7 civilians, 8 other.
_INTER = {"MIL": 1, "GOV": 1, "COP": 1, "REB": 2, "CVL": 7}


def _days(start: str | None, end: str | None) -> int | None:
    try:
        return (dt.date.fromisoformat(end) - dt.date.fromisoformat(start)).days + 1  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return None


def _country_name(alpha3: str | None) -> tuple[int | None, str | None]:
    if not alpha3:
        return None, None
    import pycountry

    c = pycountry.countries.get(alpha_3=alpha3)
    if c is None:
        return None, alpha3
    return int(c.numeric), getattr(c, "common_name", None) or c.name


def _who(party: Any) -> str | None:
    return None if party is None else (party.entity or party.name)


def _inter(party: Any, event_type: str | None) -> int | None:
    if party is None:
        return None
    if event_type == "Protests" and party.sector in {None, "CVL"}:
        return 6
    if event_type == "Riots" and party.sector in {None, "CVL"}:
        return 5
    return _INTER.get(party.sector or "", 8)


def _lowest(ev: Event, slot: str) -> float | None:
    got = ev.claim_values.get(slot)
    if got is None:
        return None
    value, low, _high = got
    return low if low is not None else value


def acled_rows(found: list[Event]) -> Iterator[dict[str, Any]]:
    for ev in found:
        r = ev.record
        if r.acled is None:
            continue
        start = r.time.start if r.time else ev.published
        end = r.time.end if r.time else ev.published
        days = _days(start, end)
        iso, country = _country_name(r.place.country if r.place else None)
        dead = _lowest(ev, "dead")
        yield {
            "event_date": start,
            "time_precision": 1 if days == 1 else 2 if days is not None and days <= 7 else 3,
            "event_type": r.acled.event_type,
            "sub_event_type": r.acled.sub_event_type,
            "actor1": _who(r.actor),
            "inter1": _inter(r.actor, r.acled.event_type),
            "actor2": _who(r.recipient),
            "inter2": _inter(r.recipient, None),
            "iso": iso,
            "country": country,
            "admin1": r.place.admin1 if r.place else None,
            "location": (r.place.name or r.place.text) if r.place else None,
            "latitude": r.place.lat if r.place else None,
            "longitude": r.place.lon if r.place else None,
            "geo_precision": None if r.place is None else (1 if r.place.precision == "place" else 3),
            "source": "; ".join(ev.outlets) or (r.source.entity or r.source.name if r.source else None),
            "notes": ev.sentence,
            "fatalities": int(dead) if dead is not None else 0,
            "n_sources": ev.n_sources,
        }


def _date_prec(days: int | None) -> int | None:
    if days is None:
        return None
    return 1 if days == 1 else 2 if days <= 6 else 3 if days <= 7 else 4 if days <= 31 else 5


def ucdp_rows(found: list[Event]) -> Iterator[dict[str, Any]]:
    for ev in found:
        r = ev.record
        if r.event_type != "ASSAULT":
            continue
        start = r.time.start if r.time else None
        end = r.time.end if r.time else None
        _, country = _country_name(r.place.country if r.place else None)
        value, low, high = ev.claim_values.get("dead", (None, None, None))
        yield {
            "date_start": start,
            "date_end": end,
            "date_prec": _date_prec(_days(start, end)),
            "where_prec": None if r.place is None else {"place": 1, "admin1": 4, "country": 6}.get(r.place.precision or "", 6),
            "latitude": r.place.lat if r.place else None,
            "longitude": r.place.lon if r.place else None,
            "adm_1": r.place.admin1 if r.place else None,
            "country": country,
            "side_a": _who(r.actor),
            "side_b": _who(r.recipient),
            "best": value,
            "low": low if low is not None else value,
            "high": high if high is not None else value,
            "source_article": ev.url or ev.article_id,
            "source_date": ev.published,
            "source_headline": ev.title,
            "n_sources": ev.n_sources,
        }


def _plover_party(party: Any) -> list[dict[str, Any]]:
    if party is None:
        return []
    return [{"actorText": party.name, "entity": party.entity, "code": party.country, "sector": party.sector}]


def plover_rows(found: list[Event]) -> Iterator[dict[str, Any]]:
    for n, ev in enumerate(found, 1):
        r = ev.record
        row: dict[str, Any] = {
            "id": f"NEWSLEDGER-{ev.article_id}-{n:05d}",
            "date": r.time.start if r.time and r.time.start == r.time.end else ev.published,
            "actor": _plover_party(r.actor),
            "recipient": _plover_party(r.recipient),
            "event": r.event_type,
            "mode": r.mode or "",
            "context": list(r.context),
            "eventText": r.text,
            "text": ev.sentence,
            "eventLoc": None if r.place is None else {
                "text": r.place.text, "name": r.place.name, "country": r.place.country, "admin1": r.place.admin1,
                "lat": r.place.lat, "lon": r.place.lon, "precision": r.place.precision,
            },
            "modality": r.modality,
            "language": "en",
            "publication": "; ".join(ev.outlets) or None,
            "n_sources": ev.n_sources,
            "articles": ev.articles,
        }
        for slot in ("dead", "injured", "size"):
            got = ev.claim_values.get(slot)
            if got is not None and got[0] is not None:
                row[slot] = f"{got[0]:g}"
        yield row


def shaped_rows(found: list[Event], shape: str) -> Iterator[dict[str, Any]]:
    if shape == "acled":
        return acled_rows(found)
    if shape == "ucdp":
        return ucdp_rows(found)
    if shape == "plover":
        return plover_rows(found)
    raise ValueError(shape)


def header(shape: str) -> tuple[str, ...] | None:
    """The CSV columns of a shape, so that an export of no events still has its header."""
    return {"acled": ACLED_COLUMNS, "ucdp": UCDP_COLUMNS}.get(shape)
