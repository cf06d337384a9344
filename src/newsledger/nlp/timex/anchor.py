"""Resolving an underspecified month, day or weekday against the anchor (the publication date).

Where the text leaves the year or the week open, the candidate is the one
:func:`timecal.pick` prefers for the clause's tense (past: the latest begun,
future: the next, otherwise the nearest with a past preference), unless a
"last", "next" or "this" settles it.
"""

from __future__ import annotations

import datetime as dt
import re

from ...lang.en.calendar import BACKWARD_WORDS, FORWARD_WORDS
from .. import timecal
from ..timecal import Interval
from .model import _Ctx


def _iv(value: str) -> Interval | None:
    return timecal.interval_of(value)


def _date(day: dt.date) -> str:
    return day.isoformat()


def _tense(m: re.Match[str], ctx: _Ctx) -> str | None:
    return ctx.hints.tense(m.start(), m.end())


def _resolve_month(month: int, m: re.Match[str], ctx: _Ctx, rel: str | None = None) -> tuple[str, Interval | None]:
    anchor = ctx.anchor
    if anchor is None:
        return f"XXXX-{month:02d}", None
    years = range(anchor.year - 2, anchor.year + 3)
    cands = [timecal.month_interval(y, month) for y in years]
    if rel in BACKWARD_WORDS:
        cands = [c for c in cands if c[1] < anchor.replace(day=1)]
        i = len(cands) - 1
    elif rel in FORWARD_WORDS:
        cands = [c for c in cands if c[0] > anchor]
        i = 0
    elif rel == "this":
        cands = [timecal.month_interval(anchor.year, month)]
        i = 0
    else:
        i = timecal.pick(cands, anchor, _tense(m, ctx))
    iv = cands[i]
    return f"{iv[0].year}-{month:02d}", iv


def _resolve_day(month: int, day: int, m: re.Match[str], ctx: _Ctx) -> tuple[str, Interval | None] | None:
    anchor = ctx.anchor
    if anchor is None:
        return f"XXXX-{month:02d}-{day:02d}", None
    cands = []
    for y in range(anchor.year - 1, anchor.year + 2):
        try:
            d = dt.date(y, month, day)
        except ValueError:
            continue
        cands.append((d, d))
    if not cands:
        return None
    d = cands[timecal.pick(cands, anchor, _tense(m, ctx))][0]
    return _date(d), (d, d)


def _weekday_date(weekday: int, m: re.Match[str], ctx: _Ctx, rel: str | None) -> dt.date | None:
    anchor = ctx.anchor
    if anchor is None:
        return None
    delta = weekday - anchor.weekday()
    if rel == "last":
        return anchor + dt.timedelta(days=delta - 7 if delta >= 0 else delta)
    if rel in FORWARD_WORDS:
        return anchor + dt.timedelta(days=delta + 7 if delta <= 0 else delta)
    if rel == "this":
        return anchor + dt.timedelta(days=delta)  # the same ISO week
    past = anchor + dt.timedelta(days=delta - 7 if delta > 0 else delta)
    future = anchor + dt.timedelta(days=delta + 7 if delta < 0 else delta)
    # A bare weekday in news is mostly the past days of the week: past unless the clause is future.
    i = timecal.pick([(past, past), (future, future)], anchor, _tense(m, ctx) or "past")
    return past if i == 0 else future


def _wire_date(weekday: int, day: int, m: re.Match[str], ctx: _Ctx) -> dt.date | None:
    """The date with this weekday and day of month nearest the anchor (past preferred)."""
    anchor = ctx.anchor
    if anchor is None:
        return None
    cands = []
    for k in range(-14, 2):
        first = timecal.add_months(anchor.replace(day=1), k)
        if day <= timecal.last_day(first.year, first.month):
            d = first.replace(day=day)
            if d.weekday() == weekday:
                cands.append((d, d))
    if not cands:
        return None
    return cands[timecal.pick(cands, anchor, _tense(m, ctx))][0]


def _apply_mod(mod: str | None, iv: Interval | None) -> Interval | None:
    if not mod or iv is None:
        return iv
    mod = mod.lower().rstrip("- ")
    part = {"early": "early", "the beginning of": "early", "the start of": "early",
            "mid": "mid", "the middle of": "mid", "late": "late", "the end of": "late"}.get(mod)
    return timecal.part_of(iv, part) if part else iv
