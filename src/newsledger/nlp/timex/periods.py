"""Named parts of a year: quarters, halves, seasons and holidays.

Without a year they take the instance the clause's tense prefers; a bare
quarter leans to the past, since news reports on quarters that have ended.
"""

from __future__ import annotations

import datetime as dt
import re

from .. import timecal
from .anchor import _date, _iv, _tense
from .model import Result, _Ctx
from ...lang.en.calendar import (
    EASTER_HOLIDAYS,
    FIXED_HOLIDAYS,
    HOLIDAY_LEAD,
    HOLIDAY_DAY_ENDINGS,
    NTH_WEEKDAY_HOLIDAYS,
    ORDINALS,
    SEASONS,
    THANKSGIVING_HOLIDAYS,
)


def _h_quarter(m: re.Match[str], ctx: _Ctx) -> Result:
    q = ORDINALS[m["ord"].lower()]
    a = ctx.anchor
    year = None
    ref = (m["yref"] or "").lower()
    if m["year"]:
        year = int(m["year"])
    elif ref:
        if a is None:
            return "DATE", f"XXXX-Q{q}", None
        year = a.year + {"this": 0, "the": 0, "last": -1, "next": 1}[ref.split()[0]]
    if m["ord"].lower() == "last" and year is None:
        # "the last quarter": the one before the current one.
        if a is None:
            return "DATE", "XXXX-QX", None
        idx = a.year * 4 + timecal.quarter_of(a) - 2
        value = f"{idx // 4}-Q{idx % 4 + 1}"
        return "DATE", value, _iv(value)
    if year is None:
        if a is None:
            return "DATE", f"XXXX-Q{q}", None
        cands = [_iv(f"{y}-Q{q}") for y in range(a.year - 1, a.year + 2)]
        tense = _tense(m, ctx) or "past"
        i = timecal.pick(cands, a, tense)
        year = a.year - 1 + i
        if tense == "past" and cands[i][1] > a and cands[i][0] > a - dt.timedelta(days=14):
            year -= 1  # a report in the first days of a quarter speaks of the last one of that number
    value = f"{year}-Q{q}"
    return "DATE", value, _iv(value)


def _h_half(m: re.Match[str], ctx: _Ctx) -> Result:
    h = 1 if m["ord"].lower() in ("first", "1st") else 2
    a = ctx.anchor
    if m["year"]:
        year = int(m["year"])
    elif m["yref"] and a is not None:
        year = a.year + {"this": 0, "last": -1, "next": 1}[m["yref"].lower().split()[0]]
    elif a is not None and not m["yref"]:
        cands = [_iv(f"{y}-H{h}") for y in range(a.year - 1, a.year + 2)]
        year = a.year - 1 + timecal.pick(cands, a, _tense(m, ctx))
    else:
        return "DATE", f"XXXX-H{h}", None
    value = f"{year}-H{h}"
    return "DATE", value, _iv(value)


def _h_season(m: re.Match[str], ctx: _Ctx) -> Result:
    season = SEASONS[m["season"].lower()]
    if m["year"]:
        value = f"{m['year']}-{season}"
        return "DATE", value, _iv(value)
    a = ctx.anchor
    if a is None:
        return "DATE", f"XXXX-{season}", None
    years = list(range(a.year - 2, a.year + 2))
    cands = [_iv(f"{y}-{season}") for y in years]
    y = years[timecal.pick(cands, a, _tense(m, ctx))]
    value = f"{y}-{season}"
    return "DATE", value, _iv(value)


def _holiday_date(name: str, year: int) -> dt.date:
    """The date of a named holiday in a year (western Christian and US/European civic calendars)."""
    if name in FIXED_HOLIDAYS:
        return dt.date(year, *FIXED_HOLIDAYS[name])
    if name in EASTER_HOLIDAYS:
        return timecal.easter(year) + dt.timedelta(days=EASTER_HOLIDAYS[name])
    if name in THANKSGIVING_HOLIDAYS:
        thanksgiving = timecal.nth_weekday(year, 11, 3, 4)  # the fourth Thursday of November (US)
        return thanksgiving + dt.timedelta(days=THANKSGIVING_HOLIDAYS[name])
    if name in NTH_WEEKDAY_HOLIDAYS:
        return timecal.nth_weekday(year, *NTH_WEEKDAY_HOLIDAYS[name])
    raise KeyError(name)


# A bare holiday name is a time only where a date would stand: "since Christmas", "Christmas, ..." (not "Christmas tree").
_HOLIDAY_LEAD = re.compile(HOLIDAY_LEAD, re.I)


def _h_holiday(m: re.Match[str], ctx: _Ctx) -> Result:
    name = " ".join(m["name"].lower().replace("’", "'").split())
    rel = (m["rel"] or "").lower()
    after = ctx.text[m.end() : m.end() + 3]
    before = ctx.text[max(0, m.start() - 12) : m.start()]
    if not (m["year"] or rel or name.endswith(HOLIDAY_DAY_ENDINGS)
            or re.match(r"\s*(?:[,.;:!?)]|$)", after) or _HOLIDAY_LEAD.search(before)):
        return None
    if m["year"]:
        d = _holiday_date(name, int(m["year"]))
        return "DATE", _date(d), (d, d)
    a = ctx.anchor
    if a is None:
        return "DATE", "XXXX-XX-XX", None
    cands = [(d, d) for d in (_holiday_date(name, y) for y in range(a.year - 1, a.year + 2))]
    if rel == "last":
        i = max(j for j, c in enumerate(cands) if c[0] < a)
    elif rel == "next":
        i = min(j for j, c in enumerate(cands) if c[0] > a)
    elif rel == "this":
        i = 1
    else:
        i = timecal.pick(cands, a, _tense(m, ctx))
    d = cands[i][0]
    return "DATE", _date(d), (d, d)
