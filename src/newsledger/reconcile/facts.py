"""What an article states, and whether two similar articles tell one report.

Reports from one template (daily bulletins, weekly market notes) share most
of their words and so most of their shingles: similarity alone cannot tell
a republished copy from the next day's report. What can is what they say: a
copy repeats the figures and dates of its original, or some of them when
cut short; an update gives another figure for the same thing (52 killed,
not 40), or names other dates.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass
from typing import Any

from . import signatures

DATE_TYPES = ("DATE", "TIME")


@dataclass(frozen=True)
class Facts:
    """What an article states, as far as telling a copy from an update needs."""

    figures: dict[str, frozenset[tuple[Any, ...]]]
    """By measure (lowercased): the (value, unit) of each claim; (low, high) stand in for a missing value."""
    dates: tuple[tuple[str, dt.date | None, dt.date | None], ...]
    """(text as written, lowercased; start; end) of each date or time it names."""
    values: frozenset[str] = frozenset()
    """Its figures whatever they count (signatures.figure_key), as the figure keys see them."""
    names: frozenset[str] = frozenset()
    """The people, places and organisations it names (lowercased, canonical where known)."""


class FactsOf:
    """Gathers one article's facts, from stored rows or from its records alike."""

    def __init__(self) -> None:
        self.figures: dict[str, set[tuple[Any, ...]]] = {}
        self.dates: list[tuple[str, dt.date | None, dt.date | None]] = []
        self.values: set[str] = set()
        self.names: set[str] = set()

    def claim(self, value: Any, low: Any, high: Any, unit: str | None, measure: str | None) -> None:
        # Not the change (see signatures.figure_key): "71 villages still cut off" read
        # as a decrease in one wording must not make its translation an update.
        figure: Any = value if value is not None else (low, high)
        if figure != (None, None):
            self.figures.setdefault(measure_key(measure), set()).add((figure, (unit or "").lower() or None))
        if value is not None:
            self.values.add(signatures.figure_key(value, unit))

    def time(self, text: str | None, timex_type: str | None, value: str | None, start: Any, end: Any) -> None:
        # "now" is the publication date over again, not a date the report names.
        if timex_type in DATE_TYPES and value != "PRESENT_REF":
            self.dates.append((" ".join((text or "").lower().split()), to_date(start), to_date(end)))

    def entity(self, text: str | None, canonical: str | None) -> None:
        name = " ".join((canonical or text or "").lower().split())
        if name:
            self.names.add(name)

    def facts(self) -> Facts:
        return Facts(
            {m: frozenset(v) for m, v in self.figures.items()},
            tuple(self.dates),
            frozenset(self.values),
            frozenset(self.names),
        )


def facts_to_json(facts: Facts) -> dict[str, Any]:
    """Facts as article_minhash.facts stores them."""
    return {
        "figures": {m: [[list(f[0]) if isinstance(f[0], tuple) else f[0], f[1]] for f in v]
                    for m, v in facts.figures.items()},
        "dates": [[t, s.isoformat() if s else None, e.isoformat() if e else None] for t, s, e in facts.dates],
        "values": sorted(facts.values),
        "names": sorted(facts.names),
    }


def facts_from_json(data: Any) -> Facts:
    """Facts back from article_minhash.facts (JSON text on SQLite, jsonb on PostgreSQL)."""
    if isinstance(data, str):
        data = json.loads(data)
    return Facts(
        {m: frozenset((tuple(f[0]) if isinstance(f[0], list) else f[0], f[1]) for f in v)
         for m, v in data["figures"].items()},
        tuple((t, to_date(s), to_date(e)) for t, s, e in data["dates"]),
        frozenset(data["values"]),
        frozenset(data["names"]),
    )


def facts_of_rows(rows: dict[str, list[dict[str, Any]]]) -> dict[str, Facts]:
    """The facts of new articles from the rows just written (what store.links.load_facts would read back)."""
    found: dict[str, FactsOf] = {}
    for r in rows.get("claim", ()):
        found.setdefault(r["article_id"], FactsOf()).claim(r["value"], r["low"], r["high"], r["unit"], r["measure"])
    for r in rows.get("time", ()):
        found.setdefault(r["article_id"], FactsOf()).time(r["text"], r["timex_type"], r["value"], r["start"], r["end"])
    for r in rows.get("entity", ()):
        found.setdefault(r["article_id"], FactsOf()).entity(r["text"], r["canonical"])
    return {a: f.facts() for a, f in found.items()}


def measure_key(text: str | None) -> str:
    """A measure as facts compare it: lowercased, its spacing collapsed."""
    return " ".join((text or "").lower().split())


_CONTENT_WORD = re.compile(r"[^\W\d_]{4,}", re.UNICODE)


def content_words(text: str) -> frozenset[str]:
    """The words of four letters or more of a text, lowercased: the vocabulary of its story."""
    return frozenset(_CONTENT_WORD.findall(text.lower()))


def word_overlap(a: frozenset[str], b: frozenset[str]) -> float:
    """Share of the smaller vocabulary found in the other (1.0 for a copy cut short)."""
    if not a or not b:
        return 0.0
    return len(a & b) / min(len(a), len(b))


def _unmatched_dates(a: tuple, b: tuple) -> tuple[list, list]:
    """The dates of each side that the other does not name, matched one to one.

    The same words ("on Sunday", "yesterday") in a copy published a day later
    may resolve to another day, so words are matched first; then the rest by
    resolved interval, since a re-edit may reword a date ("Monday" for "Monday
    morning"). One to one: the day-1 bulletin's "tomorrow" must not stand for
    the day-2 bulletin's "Tuesday" once it has matched day 2's own "tomorrow".
    """
    left, right = list(a), list(b)
    for key in (lambda d: d[0] or None, lambda d: (d[1], d[2]) if (d[1], d[2]) != (None, None) else None):
        rest = []
        for x in left:
            k = key(x)
            hit = next((i for i, y in enumerate(right) if k is not None and key(y) == k), None)
            if hit is None:
                rest.append(x)
            else:
                right.pop(hit)
        left = rest
    return left, right


def conflict(a: Facts, b: Facts) -> str | None:
    """Why two near-identical articles are different reports ('figures', 'dates'), or None.

    Figures conflict when, for a measure both give (a named one), each states
    a figure the other does not; dates when each names a date the other does not. A copy
    cut short states a subset of its original's; a credit line or a
    background figure on one side only, or a measure worded otherwise by a
    re-edit or a translation, is still the same report.
    """
    # A figure whose measure is unknown may count anything: nothing to compare it with.
    for measure in (a.figures.keys() & b.figures.keys()) - {""}:
        mine, theirs = a.figures[measure], b.figures[measure]
        if mine - theirs and theirs - mine:
            return "figures"
    only_a, only_b = _unmatched_dates(a.dates, b.dates)
    if only_a and only_b:
        return "dates"
    return None


# A translated or rewritten copy is confirmed on what it states, since its
# phrasing differs: at least this many figures in common, most of the figures
# of the shorter of the two, and much of its vocabulary. The last keeps apart
# two stories about one town that happen to share their numbers: a
# translation back keeps most content words of the story (about half or more
# of them in benchmarks/copies.py), another story shares its names and a few
# common words (under 0.3 there).
FACT_MIN_FIGURES = 3
FACT_SHARE = 0.8
FACT_MIN_WORDS = 0.35


def same_report(a: Facts, b: Facts, overlap: float) -> bool:
    """Whether two articles that share few word sequences tell the same report (a translation, a rewrite).

    They must not conflict, must share at least FACT_MIN_FIGURES figures and
    FACT_SHARE of the figures of the one with fewer, must share FACT_MIN_WORDS
    of their vocabulary (``overlap``, see word_overlap), and, when both name
    people, places or organisations, must name at least one alike.
    """
    if overlap < FACT_MIN_WORDS or conflict(a, b) is not None:
        return False
    shared = a.values & b.values
    if len(shared) < FACT_MIN_FIGURES or len(shared) < FACT_SHARE * min(len(a.values), len(b.values)):
        return False
    return not (a.names and b.names and not a.names & b.names)



def to_date(value: Any) -> dt.date | None:
    """An ISO date string (as JSON and SQLite give it) or a date, to a date; None for anything else."""
    # The store converts its rows with this one too (store may ask reconcile, not the reverse).
    if isinstance(value, dt.date):
        return value
    if not isinstance(value, str) or len(value) < 10:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None
