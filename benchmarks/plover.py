"""Reader of the PLOVER gold standard records (PLOVER_GSR_CAMEO.txt) for newsledger's benchmarks.

The file is one JSON list. Its first record documents the file (``event ==
"DOCUMENT"``) and is skipped; every other record is one coded sentence with:

- ``text``: the sentence (edited wire copy, circa 2000);
- ``date``: always the placeholder ``2000-01-01`` (the readme says so);
- ``source`` / ``target``: lists of actors ``{actorText, code, sector}``;
- ``event`` (PLOVER type: ASSAULT, PROTEST, ...) and ``eventText``;
- optional counts as strings: ``dead``, ``injured`` and ``size``
  ("156", "1", but also "Thousands", "Tens of thousands", "group", "scores");
- optional ``mode``, ``context``, ``eventLoc``, ``comment`` and
  ``textInfo.markup`` (the sentence with SRC/TAR/EVT/LOC brackets).

Several records can share one sentence (one per coded event), so
:func:`sentences` groups them by text.

``python benchmarks/plover.py --events [--json]`` extracts every sentence and
scores newsledger's event records by PLOVER category (:func:`score_events`).

Reads ../shared/eval at run time; nothing of the data is copied into the repo.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("NEWSLEDGER_SHARED", ROOT.parent / "shared"))
PLOVER_FILE = SHARED / "eval" / "plover" / "PLOVER_GSR_CAMEO.txt"


class PloverError(Exception):
    """The PLOVER file is not the JSON list of records this reader expects."""


@dataclass(frozen=True)
class Actor:
    """A source or target actor as coded: its text, country/ethnicity code and sector."""

    text: str
    code: str | None
    sector: str | None


@dataclass(frozen=True)
class Count:
    """A coded count: the string as given and its number where it is one."""

    raw: str
    value: float | None
    """The number for digit strings ("156", "1,000"); None for "Thousands", "group", ..."""


@dataclass(frozen=True)
class PloverRecord:
    """One coded event in one sentence."""

    id: str
    date: str | None
    text: str
    event: str
    event_text: str | None
    sources: tuple[Actor, ...]
    targets: tuple[Actor, ...]
    dead: Count | None
    injured: Count | None
    size: Count | None
    mode: str | None
    event_loc: str | None
    markup: str | None
    comment: str | None


_NUMBER_RE = re.compile(r"^\d{1,3}(?:,\d{3})*(?:\.\d+)?$|^\d+(?:\.\d+)?$")


def _count(value: object) -> Count | None:
    if value is None or value == "":
        return None
    raw = str(value).strip()
    number = float(raw.replace(",", "")) if _NUMBER_RE.match(raw) else None
    return Count(raw, number)


def _actors(value: object) -> tuple[Actor, ...]:
    if not isinstance(value, list):
        return ()
    out = []
    for actor in value:
        if isinstance(actor, dict):
            out.append(Actor(str(actor.get("actorText", "")), actor.get("code"), actor.get("sector")))
    return tuple(out)


def read_records(path: Path = PLOVER_FILE) -> list[PloverRecord]:
    """Every coded sentence record in file order, DOCUMENT records skipped."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise PloverError(f"{path}: cannot read the PLOVER records ({exc})") from exc
    if not isinstance(data, list):
        raise PloverError(f"{path}: expected a JSON list of records")
    records = []
    for item in data:
        if not isinstance(item, dict) or item.get("event") == "DOCUMENT" or not item.get("text"):
            continue
        markup = item.get("textInfo", {}).get("markup") if isinstance(item.get("textInfo"), dict) else None
        records.append(
            PloverRecord(
                id=str(item.get("id", "")),
                date=item.get("date"),
                text=str(item["text"]),
                event=str(item.get("event", "")),
                event_text=item.get("eventText"),
                sources=_actors(item.get("source")),
                targets=_actors(item.get("target")),
                dead=_count(item.get("dead")),
                injured=_count(item.get("injured")),
                size=_count(item.get("size")),
                mode=item.get("mode"),
                event_loc=item.get("eventLoc"),
                markup=markup,
                comment=item.get("comment"),
            )
        )
    return records


def sentences(records: Iterable[PloverRecord]) -> dict[str, list[PloverRecord]]:
    """Records grouped by sentence text, in first-seen order."""
    grouped: dict[str, list[PloverRecord]] = {}
    for record in records:
        grouped.setdefault(record.text, []).append(record)
    return grouped


# -- events: newsledger's event records scored against the coded events --------
# The gold file is coded with PLOVER 0.5's category names; these are their names
# in the current codebook (records.md lists those).
CATEGORY_NAMES = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE", "FIGHT": "ASSAULT"}


def category(record: PloverRecord) -> str:
    return CATEGORY_NAMES.get(record.event, record.event)


def _codes(actors: tuple[Actor, ...]) -> set[str]:
    import pycountry

    return {a.code.upper() for a in actors if a.code and pycountry.countries.get(alpha_3=a.code.upper())}


def _loc_name(value: object) -> str | None:
    if isinstance(value, dict):
        value = value.get("name")
    return str(value).strip().lower() if value else None


def _place_names(place: object) -> set[str]:
    """What a gold ``eventLoc`` may equal: the place's words ("the town of Samarra" and its name
    after the kind word), its gazetteer name, and that name without diacritics ("Sāmarrā’")."""
    import unicodedata

    if place is None:
        return set()
    out = set()
    for x in (getattr(place, "name", None), getattr(place, "text", None)):
        if not x:
            continue
        x = x.lower()
        bare = "".join(ch for ch in unicodedata.normalize("NFKD", x) if not unicodedata.combining(ch))
        out |= {x, bare, bare.replace("’", "").replace("'", "").strip()}
        if " of " in x:
            out.add(x.rsplit(" of ", 1)[1])
    return out


def score_events(records: Iterable[PloverRecord], got: dict[str, tuple[list, list]]) -> dict[str, dict[str, float]]:
    """Event figures on the gold: ``got`` maps a sentence to (event records, claim records) extracted from it.

    Per PLOVER category (and ``all``):

    - ``type_recall``: gold events for which the sentence has an event of that category;
    - ``type_precision``: extracted events whose category is one the sentence's gold codes;
    - ``actor_country`` / ``recipient_country``: of gold events of a found category whose
      actor (recipient) is coded with a country, the fraction whose matched event's actor
      (recipient) has one of those countries;
    - ``place``: of gold events with an ``eventLoc`` and a found category, the fraction whose
      event's place has that name (its words, the name after "the town of", or its gazetteer
      name with or without diacritics);
    - ``counts``: of numeric gold dead and injured counts of found events, the fraction that
      the matched event links to a claim of that value (value, low or high).
    """
    tallies: dict[str, dict[str, list[int]]] = {}

    def tally(cat: str, key: str, ok: bool) -> None:
        for c in (cat, "all"):
            t = tallies.setdefault(c, {}).setdefault(key, [0, 0])
            t[0] += 1
            t[1] += int(ok)

    for text, recs in sentences(records).items():
        events, claims = got.get(text, ([], []))
        gold_cats = {category(r) for r in recs}
        for e in events:
            tally(e.event_type, "type_precision", e.event_type in gold_cats)
        by_span = {tuple(c.span): c for c in claims}
        for r in recs:
            cat = category(r)
            same = [e for e in events if e.event_type == cat]
            tally(cat, "type_recall", bool(same))
            if not same:
                continue
            ev = same[0]
            for key, actors, party in (("actor_country", r.sources, ev.actor), ("recipient_country", r.targets, ev.recipient)):
                codes = _codes(actors)
                if codes:
                    tally(cat, key, party is not None and (party.country or "") in codes)
            loc = _loc_name(r.event_loc)
            if loc:
                tally(cat, "place", loc in _place_names(ev.place))
            for slot in ("dead", "injured"):
                count = getattr(r, slot)
                if count is None or count.value is None:
                    continue
                span = getattr(ev.counts, slot) if ev.counts is not None else None
                claim = by_span.get(tuple(span)) if span else None
                q = claim.quantity if claim is not None else None
                tally(cat, "counts", q is not None and count.value in (q.value, q.low, q.high))
    return {
        cat: {key: (ok / n if n else 0.0) for key, (n, ok) in figures.items()} | {"n": float(figures.get("type_recall", [0])[0])}
        for cat, figures in sorted(tallies.items())
    }


def event_figures(records: Iterable[PloverRecord], got: dict[str, tuple[list, list]]) -> dict[str, float]:
    """:func:`score_events` as one flat dict, the names benchmarks/accuracy.py floors: ``type_recall``
    (all categories), ``ASSAULT_type_recall`` (one category), ``gold_events`` / ``gold_ASSAULT`` (counts)."""
    flat: dict[str, float] = {}
    for cat, row in score_events(records, got).items():
        prefix = "" if cat == "all" else f"{cat}_"
        for key, value in row.items():
            if key == "n":
                flat["gold_events" if cat == "all" else f"gold_{cat}"] = value
            else:
                flat[prefix + key] = value
    return flat


def extract_events(records: list[PloverRecord], extractor: object = None) -> dict[str, tuple[list, list]]:
    """Each gold sentence through newsledger's extractor: its event and claim records."""
    import datetime as dt

    from newsledger.extract import Extractor
    from newsledger.ingest.article import RawArticle

    extractor = extractor or Extractor(today=dt.date.today())
    texts = list(sentences(records))
    raws = [RawArticle(text=t, id=f"p{i}", published="2000-01-01") for i, t in enumerate(texts)]
    out: dict[str, tuple[list, list]] = {}
    for text, recs in zip(texts, extractor.process(raws)):  # type: ignore[attr-defined]
        out[text] = ([r for r in recs if r.TYPE == "event"], [r for r in recs if r.TYPE == "claim"])
    return out


if __name__ == "__main__":
    import sys

    recs = read_records()
    if "--events" in sys.argv:
        figures = score_events(recs, extract_events(recs))
        if "--json" in sys.argv:
            print(json.dumps(figures, indent=1, sort_keys=True))
        else:
            keys = ("n", "type_recall", "type_precision", "actor_country", "recipient_country", "place", "counts")
            print(f"{'category':<11}" + "".join(f"{k:>18}" for k in keys))
            for cat, row in figures.items():
                print(f"{cat:<11}" + "".join(f"{row[k]:>18.3f}" if k in row else f"{'-':>18}" for k in keys))
        raise SystemExit(0)
    print(
        f"{len(recs)} records, {len(sentences(recs))} distinct sentences, "
        f"{sum(r.dead is not None for r in recs)} with dead, {sum(r.injured is not None for r in recs)} with injured, "
        f"{sum(r.size is not None for r in recs)} with size"
    )
