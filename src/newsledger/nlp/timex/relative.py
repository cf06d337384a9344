"""Expressions counted from the anchor or from the day the text speaks of.

"yesterday", "now", "last month", "three years ago", "two days later", "the
weekend". Those counted from the day in question get a ``_REFDAY`` value that
:func:`find_timexes` settles once it knows that day.
"""

from __future__ import annotations

import datetime as dt
import re

from .. import timecal
from .anchor import _apply_mod, _date, _iv, _tense
from .counts import _number
from .model import _REFDAY, Result, _Ctx
from ...lang.en.calendar import PARTS_OF_DAY, RELATIVE_DAYS, SEASONS, TIME_REFERENCES


def _h_rel_day(m: re.Match[str], ctx: _Ctx) -> Result:
    word = " ".join(m["word"].lower().split())
    pod = PARTS_OF_DAY.get((m["pod"] or "").lower())
    if word == "tonight":
        pod = "NI"
    if word == "last night":
        word, pod = "yesterday", "NI"
    if word == "this":
        word = "today"
    if ctx.anchor is None:
        return ("TIME" if pod else "DATE"), "XXXX-XX-XX" + (f"T{pod}" if pod else ""), None
    d = ctx.anchor + dt.timedelta(days=RELATIVE_DAYS[word])
    if pod:
        return "TIME", f"{_date(d)}T{pod}", (d, d)
    return "DATE", _date(d), (d, d)


def _h_ref(m: re.Match[str], ctx: _Ctx) -> Result:
    word = " ".join(m["word"].lower().split())
    after = ctx.text[m.end() : m.end() + 12].lower()
    if word == "current" and re.match(r"\s+(?:account|affairs|events|s\b)", after):
        return None
    if word == "the past" and re.match(r"\s+(?:\d|[a-z]+\s+(?:days?|weeks?|months?|years?|decades?))", after):
        return None
    if word in ("the past", "the future") and re.match(r"[ \t]+(?:of|for)\b|[ \t]+(?!and\b|or\b|but\b)[a-z]+\b(?![ \t]+(?:and|or|but)\b)", after) \
            and not re.match(r"[ \t]+(?:is|was|has|had|will|would|may|might|can|could|should|as|when|that|where|because)\b", after):
        return None  # "the past president", "the future of Ukraine": no time named
    value = TIME_REFERENCES[word]
    # Only the present is a calendar span (the publication day); past and future are open-ended.
    iv = (ctx.anchor, ctx.anchor) if value == "PRESENT_REF" and ctx.anchor else None
    return "DATE", value, iv


def _h_rel_unit(m: re.Match[str], ctx: _Ctx) -> Result:
    rel = m["rel"].lower()
    unit = m["unit"].lower()
    a = ctx.anchor
    if rel == "the" and not m["lead"]:
        return None  # "the year" alone names no particular year
    step = {"this": 0, "current": 0, "the": 0, "last": -1, "past": -1, "previous": -1,
            "next": 1, "coming": 1, "following": 1}[rel]
    if m["the"] and rel == "past" and unit in ("week", "month", "year", "decade") and not m["lead"]:
        # "the past year" is the year up to now (a duration), "last year" the calendar year.
        n = 10 if unit == "decade" else 1
        code = {"week": "W", "month": "M", "year": "Y", "decade": "Y"}[unit]
        iv = (timecal.shift(a, code, -n), a) if a else None
        return "DURATION", f"P{n}{code}", iv
    if unit in SEASONS:
        season = SEASONS[unit]
        if a is None:
            return "DATE", f"XXXX-{season}", None
        cands = [(y, _iv(f"{y}-{season}")) for y in range(a.year - 2, a.year + 2)]
        current = [c for c in cands if c[1][0] <= a <= c[1][1]]
        if step == 0:
            pool = [c for c in cands if c[1][0] <= a] if not current else current
            y = pool[-1][0] if pool else a.year
        elif step < 0:
            y = [c for c in cands if c[1][1] < a][-1][0]
        else:
            y = [c for c in cands if c[1][0] > a][0][0]
        value = f"{y}-{season}"
        return "DATE", value, _apply_mod(m["lead"], _iv(value))
    if a is None:
        blank = {"week": "XXXX-WXX", "weekend": "XXXX-WXX-WE", "month": "XXXX-XX", "year": "XXXX",
                 "quarter": "XXXX-QX", "decade": "XXX", "century": "XX"}[unit]
        return "DATE", blank, None
    if unit == "week" or unit == "weekend":
        d = a + dt.timedelta(weeks=step)
        value = timecal.week_value(d) + ("-WE" if unit == "weekend" else "")
    elif unit == "month":
        d = timecal.add_months(a, step)
        value = f"{d.year}-{d.month:02d}"
    elif unit == "year":
        value = str(a.year + step)
    elif unit == "quarter":
        q = a.year * 4 + timecal.quarter_of(a) - 1 + step
        value = f"{q // 4}-Q{q % 4 + 1}"
    elif unit == "decade":
        value = str(a.year // 10 + step)
    else:
        return None
    iv = _iv(value)
    lead = (m["lead"] or "").lower()
    if iv and lead in ("earlier", "earlier in", "so far", "so far this"):
        iv = (iv[0], min(iv[1], a))
    elif iv and lead in ("later", "later in"):
        iv = (max(iv[0], a), iv[1])
    else:
        iv = _apply_mod(lead or None, iv)
    return "DATE", value, iv


def _h_ago(m: re.Match[str], ctx: _Ctx) -> Result:
    if m["n"] is None and not re.search(r"s\s+ago$", m.group(), re.I):
        return None  # "day ago" without a count is no expression
    n = _number(m["n"]) if m["n"] else None
    unit = m["unit"].lower().rstrip("s")
    a = ctx.anchor
    if n is None or not float(n).is_integer() or unit not in ("day", "week", "month", "year", "decade"):
        return "DATE", "PAST_REF", None
    n = int(n) * (10 if unit == "decade" else 1)
    code = {"day": "D", "week": "W", "month": "M", "year": "Y", "decade": "Y"}[unit]
    if a is None:
        return "DATE", "PAST_REF", None
    d = timecal.shift(a, code, -n)
    if code in ("D", "W"):
        return "DATE", _date(d), (d, d)
    if code == "M":
        value = f"{d.year}-{d.month:02d}"
    else:
        value = str(d.year)
    return "DATE", value, _iv(value)


def _h_day_offset(m: re.Match[str], ctx: _Ctx) -> Result:
    if m["which"]:
        days = -1 if m["which"].lower() in ("previous", "preceding") else 1
    elif m["ba"]:
        days = -1 if m["ba"].lower() == "before" else 1
    else:
        n = _number(m["n"])
        if n is None or not float(n).is_integer():
            return None
        unit = m["unit"].lower()
        days = int(n) * (7 if unit.startswith("week") else 1)
        if (m["dir"] or m["dir2"]).lower() in ("earlier", "before"):
            days = -days
        if unit.startswith(("month", "year")):
            return "DATE", f"{_REFDAY}{days:+d}{unit[0].upper()}", None
    return "DATE", f"{_REFDAY}{days:+d}D", None


def _h_weekend(m: re.Match[str], ctx: _Ctx) -> Result:
    a = ctx.anchor
    if a is None:
        return "DATE", "XXXX-WXX-WE", None
    saturday = a + dt.timedelta(days=5 - a.weekday())
    cands = [(saturday + dt.timedelta(weeks=k), saturday + dt.timedelta(weeks=k, days=1)) for k in (-1, 0)]
    iv = cands[timecal.pick(cands, a, _tense(m, ctx) or "past")]
    return "DATE", timecal.week_value(iv[0]) + "-WE", iv
