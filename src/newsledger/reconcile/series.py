"""One series from its claims: members, the estimate per date, and the flags.

Plain Python over plain values: the store gives every claim that carries one
series key (copies included), this module decides. The result depends only
on that set of claims, never on the order they were stored in, so ingesting
one at a time, all at once or in any order gives the same series.

Members. Republished copies of one report are one piece of evidence: a claim
and the copies that point to it (``same_as``) are one member, shown by its
earliest report (published date, then article id), with every outlet and
article that carried it.

As-of date. A total holds up to its time's end; a point figure on its day; a
per-period figure for its period (as of its end). A claim with no time takes
its article's publication date, marked ``published_fallback``.

Estimate, per date that has members (UCDP's low / best / high):
- low is the highest lower bound among the members (a member's low, else its
  value): every source allows at least that much;
- high is the highest upper bound (a member's high, else its value; an open
  "more than" has none and leaves it to the others);
- best is the median of the members' values (a range's midpoint);
- then low is kept at or below best and high at or above it, so that
  low <= best <= high always holds.

Comparing two figures. An open bound reads as news uses it, within half again
of its number: "more than 1,000" is 1,000 to 1,500, "almost 2,500" is about
1,667 to 2,500 (news says "more than 1,000" of 1,100, not of 3,000). An
approximate figure keeps the interval its hedge gave, else 10% either side.

Flags:
- ``disagreement``: two sources, as-of dates within a week, intervals apart;
- ``revision``: one source, the same as-of date, a later report, another figure;
- ``regression``: a total that falls by more than its intervals allow between
  two dates more than a week apart (a force present may shrink: not flagged);
- ``internal``: one report whose figures for the same date are apart (its
  credited headline against its body, or two sentences);
- ``definition``: members that say they count different things ("including
  the missing and captured" against "killed or wounded").
A series that only rises raises no flag.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import statistics
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from ..lang.en import series as words
from ..records.series import Estimate, Flag, SeriesMember, SeriesRecord
from .series_keys import SeriesKey

COMPARABLE_DAYS = 7
"""As-of dates this close are one moment for disagreement; farther apart, a total may change."""
OPEN_REACH = 1.5
"""How far an open bound reaches when compared: "more than X" as X to 1.5X."""
APPROX_REACH = 0.1


@dataclass(frozen=True)
class ClaimIn:
    """One stored claim, as a series needs it."""

    claim_id: int
    article_id: str
    span: tuple[int, int] | None
    text: str | None
    value: float | None
    low: float | None
    high: float | None
    bound: str
    time_kind: str | None
    time_start: str | None
    time_end: str | None
    time_basis: str | None
    source: str | None
    outlet: str | None
    published: str | None
    same_as: int | None = None
    sentence: str | None = None
    part: str = "text"


def series_id(key: str) -> str:
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:12]


def _as_of(c: ClaimIn) -> tuple[str | None, tuple[str | None, str | None] | None, str | None]:
    basis = c.time_basis or "text"
    if c.time_kind == "period":
        return c.time_end or c.time_start, (c.time_start, c.time_end), basis
    if c.time_kind == "as_of":
        return c.time_end or c.published, None, basis if c.time_end else "published_fallback"
    if c.time_kind == "point":
        return c.time_start or c.time_end, None, basis
    return c.published, None, "published_fallback"


def _rep(claims: list[ClaimIn]) -> ClaimIn:
    return min(claims, key=lambda c: (c.published or "9999", c.article_id, c.span or (0, 0)))


def members_of(claims: Iterable[ClaimIn]) -> list[SeriesMember]:
    """The members: each claim with its copies, oldest first."""
    by_id = {c.claim_id: c for c in claims}
    groups: dict[int, list[ClaimIn]] = {}
    for c in by_id.values():
        root = c.same_as if c.same_as in by_id else c.claim_id
        groups.setdefault(root, []).append(c)
    out = []
    for group in groups.values():
        rep = _rep(group)
        as_of, period, basis = _as_of(rep)
        out.append(SeriesMember(
            article_id=rep.article_id, span=rep.span, value=rep.value, low=rep.low, high=rep.high, bound=rep.bound,
            as_of=as_of, period=period, source=rep.source, outlet=rep.outlet, published=rep.published,
            as_of_basis=basis, text=rep.text, claim_id=rep.claim_id,
            outlets=tuple(sorted({c.outlet for c in group if c.outlet})),
            articles=tuple(sorted({c.article_id for c in group})), part=rep.part,
        ))
    out.sort(key=lambda m: (m.as_of or "9999", m.published or "9999", m.article_id, m.span or (0, 0)))
    return out


def _best(m: SeriesMember) -> float | None:
    if m.value is not None:
        return m.value
    if m.low is not None and m.high is not None:
        return (m.low + m.high) / 2
    return m.low if m.low is not None else m.high


def estimates(members: list[SeriesMember]) -> list[Estimate]:
    """Low / best / high per date (see the module docstring for the rule)."""
    by_date: dict[str, list[SeriesMember]] = {}
    for m in members:
        if m.as_of is not None and _best(m) is not None:
            by_date.setdefault(m.as_of, []).append(m)
    out = []
    for date in sorted(by_date):
        ms = by_date[date]
        bests = [_best(m) for m in ms]
        best = float(statistics.median(bests))  # type: ignore[arg-type]
        lows = [m.low if m.low is not None else _best(m) for m in ms]
        highs = [m.high if m.high is not None else m.value for m in ms]
        low = max(v for v in lows if v is not None)
        known_highs = [v for v in highs if v is not None]
        high = max(known_highs) if known_highs else max(bests)  # type: ignore[type-var]
        low, high = min(low, best), max(high, best)
        sources = len({who(m) for m in ms})
        out.append(Estimate(date, float(low), best, float(high), sources))
    return out


def who(m: SeriesMember) -> str:
    """Who stands behind a member: its source, else the outlet that asserts it (copies are one member)."""
    return m.source or f"outlet:{m.outlet or m.article_id}"


def _soft(m: SeriesMember) -> tuple[float, float] | None:
    """The interval a figure allows, open bounds read as news uses them."""
    v = _best(m)
    if v is None:
        return None
    if m.bound == "lower":
        lo = m.low if m.low is not None else v
        if _vague(m.text):
            return lo, float("inf")
        return lo, lo * OPEN_REACH if lo >= 0 else lo / OPEN_REACH
    if m.bound == "upper":
        hi = m.high if m.high is not None else v
        return (hi / OPEN_REACH if hi >= 0 else hi * OPEN_REACH), hi
    if m.bound in ("range", "approx") and m.low is not None and m.high is not None:
        return m.low, m.high
    if m.bound == "approx":
        return v * (1 - APPROX_REACH), v * (1 + APPROX_REACH)
    return v, v


def _vague(text: str | None) -> bool:
    """ "thousands", "several hundred": an amount the text leaves open."""
    found = re.findall(r"[a-z]+", (text or "").lower())
    return any(w in words.VAGUE_AMOUNT_WORDS for w in found) and not re.search(r"\d", text or "")


def _apart(a: SeriesMember, b: SeriesMember) -> bool:
    sa, sb = _soft(a), _soft(b)
    return sa is not None and sb is not None and (sa[1] < sb[0] or sb[1] < sa[0])


def _day(m: SeriesMember) -> dt.date | None:
    try:
        return dt.date.fromisoformat((m.as_of or "")[:10])
    except ValueError:
        return None


def _fig(m: SeriesMember) -> str:
    who = m.source or m.outlet or "the outlet"
    where = " (credited headline)" if m.part == "origin_title" else ""
    return f"{m.text or _best(m)} by {who}{where} as of {m.as_of or '?'}"


def _definition(sentence: str | None) -> frozenset[str]:
    """What a casualty figure says it includes, where its sentence says so."""
    text = (sentence or "").lower()
    cue = next((text.index(c) for c in words.DEFINITION_CUES if c in text), None)
    scope = text[cue:] if cue is not None else text
    found = {part for part, names in words.DEFINITION_PARTS.items() if any(re.search(rf"\b{n}\b", scope) for n in names)}
    return frozenset(found) if cue is not None or len(found) > 1 else frozenset()


def flags(members: list[SeriesMember], key: SeriesKey, sentences: dict[int, str | None]) -> list[Flag]:
    """The flags of a series (see the module docstring)."""
    out: list[Flag] = []
    days = [_day(m) for m in members]
    # internal: one report, one date, figures apart
    by_article: dict[str, list[int]] = {}
    for i, m in enumerate(members):
        for a in m.articles or (m.article_id,):
            by_article.setdefault(a, []).append(i)
    seen_pairs: set[tuple[int, int]] = set()
    for article, idx in sorted(by_article.items()):
        for x in range(len(idx)):
            for y in range(x + 1, len(idx)):
                i, j = idx[x], idx[y]
                if (i, j) in seen_pairs or not _apart(members[i], members[j]):
                    continue
                if days[i] and days[j] and abs((days[i] - days[j]).days) > COMPARABLE_DAYS:
                    continue
                seen_pairs.add((i, j))
                out.append(Flag("internal", (i, j), f"one report ({article}) gives {_fig(members[i])} and {_fig(members[j])}"))
    # disagreement and revision: members within a week of each other (sorted by date, so a window)
    order = sorted(range(len(members)), key=lambda i: (days[i] or dt.date.max, i))
    for x, i in enumerate(order):
        if days[i] is None:
            continue
        for j in order[x + 1:]:
            if days[j] is None or (days[j] - days[i]).days > COMPARABLE_DAYS:
                break
            a, b = members[i], members[j]
            if (min(i, j), max(i, j)) in seen_pairs or not _apart(a, b):
                continue
            pair = (min(i, j), max(i, j))
            if who(a) != who(b):
                out.append(Flag("disagreement", pair, f"{_fig(a)} against {_fig(b)}"))
            elif a.published != b.published and abs((days[j] - days[i]).days) <= 1:
                first, then = (a, b) if (a.published or "") <= (b.published or "") else (b, a)
                out.append(Flag("revision", pair, f"{who(a)} gave {first.text} on {first.published}, then {then.text} on {then.published}"))
    # regression: a total that falls between dates more than a week apart
    if key.per == "total" and key.measure_class not in ("present", "other"):
        running: tuple[int, float] | None = None  # the member with the highest floor so far
        for x, i in enumerate(order):
            if days[i] is None:
                continue
            soft = _soft(members[i])
            if soft is None:
                continue
            if running is not None:
                j, floor = running
                if soft[1] < floor and days[j] is not None and (days[i] - days[j]).days > COMPARABLE_DAYS:
                    out.append(Flag("regression", (j, i), f"the total falls from {_fig(members[j])} to {_fig(members[i])}"))
            if running is None or soft[0] > running[1]:
                running = (i, soft[0])
    # definition: members that say they count different things
    defs = {i: _definition(sentences.get(m.claim_id or -1)) for i, m in enumerate(members)}
    named = {d for d in defs.values() if d}
    if len(named) > 1:
        idx = tuple(i for i, d in defs.items() if d)
        parts = "; ".join(sorted(" + ".join(sorted(d)) for d in named))
        out.append(Flag("definition", idx, f"members count different things under one name: {parts}"))
    return out


def build_series(key: SeriesKey, claims: Iterable[ClaimIn]) -> SeriesRecord:
    """The series of one key from every claim that carries it."""
    claims = list(claims)
    members = members_of(claims)
    sentences = {c.claim_id: c.sentence for c in claims}
    return SeriesRecord(
        id=series_id(key.text()),
        label=key.label,
        measure_class=key.measure_class,
        subject=key.subject,
        place=key.place,
        unit=None if key.unit == "count" else key.unit,
        members=tuple(members),
        estimate=tuple(estimates(members)),
        flags=tuple(flags(members, key, sentences)),
        per=key.per,
        key=key.text(),
    )


def claim_in(row: Any) -> ClaimIn:
    """A ClaimIn from a mapping of stored columns (see store/series.py)."""
    def iso(v: Any) -> str | None:
        return v.isoformat() if isinstance(v, (dt.date, dt.datetime)) else (str(v)[:10] if v else None)

    span = (row["span_start"], row["span_end"]) if row["span_start"] is not None else None
    return ClaimIn(
        claim_id=int(row["id"]), article_id=row["article_id"], span=span, text=row["text"], value=row["value"],
        low=row["low"], high=row["high"], bound=row["bound"] or "exact", time_kind=row["time_kind"],
        time_start=iso(row["time_start"]), time_end=iso(row["time_end"]), time_basis=row["time_basis"],
        source=row["source_entity"] or row["source_name"], outlet=row["outlet"], published=iso(row["published"]),
        same_as=row["same_as"], sentence=row["sentence"], part=row.get("part") or "text",
    )
