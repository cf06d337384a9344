"""Calendar dates: full dates, months, weekdays, years, decades and numeric dates.

Each handler also decides whether its match is a date at all: "May" the modal
verb, "June Carter" the name, "the Russell 2000" and "2000 people" are none.
"""

from __future__ import annotations

import datetime as dt
import re

from .anchor import _apply_mod, _date, _iv, _resolve_day, _resolve_month, _weekday_date, _wire_date
from .model import Result, _Ctx
from ...lang.en.calendar import (
    MAY_MONTH_LEAD,
    MONTH_ABBR,
    MONTH_LEAD,
    MONTHS,
    NAMED_DAY_PREFIX,
    PARTS_OF_DAY,
    WEEKDAYS,
    YEAR_LEADS,
)


def _month_no(word: str) -> int:
    key = word.lower().rstrip(".")
    return MONTHS.get(key) or MONTH_ABBR[key]


def _day_no(word: str) -> int:
    return int(re.match(r"\d+", word).group())


def _h_full_date(m: re.Match[str], ctx: _Ctx) -> Result:
    month, day = _month_no(m["mon"]), _day_no(m["day"])
    if m["year"]:
        try:
            d = dt.date(int(m["year"]), month, day)
        except ValueError:
            return None
        return "DATE", _date(d), (d, d)
    if m["wd"] and ctx.anchor is not None:
        # "Wednesday, March 26": the year whose date falls on that weekday.
        wd = WEEKDAYS[m["wd"].lower()]
        for y in (ctx.anchor.year, ctx.anchor.year - 1, ctx.anchor.year + 1):
            try:
                d = dt.date(y, month, day)
            except ValueError:
                continue
            if d.weekday() == wd:
                return "DATE", _date(d), (d, d)
    found = _resolve_day(month, day, m, ctx)
    if found is None:
        return None
    return "DATE", found[0], found[1]


def _h_month_year(m: re.Match[str], ctx: _Ctx) -> Result:
    month = _month_no(m["mon"])
    if m["yref"]:
        if ctx.anchor is None:
            return "DATE", f"XXXX-{month:02d}", None
        year = ctx.anchor.year + {"this": 0, "last": -1, "next": 1}[m["yref"].split()[0].lower()]
    else:
        year = int(m["year"])
    value = f"{year}-{month:02d}"
    return "DATE", value, _apply_mod(m["mod"], _iv(value))


_MAY_CONTEXT = re.compile(MAY_MONTH_LEAD, re.I)


# Words after which a capitalised month name is a month even before a capitalised word ("in June Russia...").
_DATE_LEAD = re.compile(MONTH_LEAD, re.I)


def _h_month(m: re.Match[str], ctx: _Ctx) -> Result:
    word = m["mon"]
    before = ctx.text[max(0, m.start() - 20) : m.start()]
    if word.lower() in ("may", "march") and not m["rel"] and not m["mod"]:
        # "May" is mostly a modal verb, "March" a noun ("the March on Rome"):
        # take them as months only after a word that introduces a date.
        if not _MAY_CONTEXT.search(before) or ctx.hints.tag(m.start()) == "MD":
            return None
    if re.search(r"\b(?:the|a)\s+$", before, re.I) and not m["mod"] and not m["rel"]:
        return None  # "the March", "a May wedding"
    if not m["mod"] and not m["rel"] and re.match(r"[ \t]+[A-Z][a-z]", ctx.text[m.end() : m.end() + 3]) \
            and not _DATE_LEAD.search(before):
        return None  # a first name: "June Carter said", "April Ryan asked"
    value, iv = _resolve_month(_month_no(word), m, ctx, (m["rel"] or "").lower() or None)
    return "DATE", value, _apply_mod(m["mod"], iv)


def _h_wire(m: re.Match[str], ctx: _Ctx) -> Result:
    wd, day = WEEKDAYS[m["wd"].lower()], _day_no(m["day"])
    d = _wire_date(wd, day, m, ctx)
    if d is None:
        return "DATE", f"XXXX-XX-{day:02d}", None
    return "DATE", _date(d), (d, d)


_NAMED_DAY = re.compile(NAMED_DAY_PREFIX)


def _h_weekday(m: re.Match[str], ctx: _Ctx) -> Result:
    if not m["rel"] and _NAMED_DAY.search(ctx.text, max(0, m.start() - 20), m.start()):
        return None
    wd = WEEKDAYS[m["wd"].lower()]
    rel = (m["rel"] or "").lower() or None
    pod = PARTS_OF_DAY.get((m["pod"] or "").lower())
    d = _weekday_date(wd, m, ctx, rel)
    if d is None:
        value = f"XXXX-WXX-{wd + 1}"
        return ("TIME", f"{value}T{pod}", None) if pod else ("DATE", value, None)
    if pod:
        return "TIME", f"{_date(d)}T{pod}", (d, d)
    return "DATE", _date(d), (d, d)


def _h_year(m: re.Match[str], ctx: _Ctx) -> Result:
    year = m["year"]
    after = ctx.text[m.end() : m.end() + 12]
    before = ctx.text[max(0, m.start() - 12) : m.start()]
    if re.match(r"\s*(?:%|percent|per cent|[a-z]*(?:metres|meters|km|kg|tonnes|troops|people|soldiers))", after, re.I):
        return None
    if re.search(r"(?:[$€£#¥]|\b(?:No|no|Nos|Section|section|Article|article|Resolution|Flight|Route|Boeing|Airbus|Model|Room|Rule|Bill|HR|SB|Windows|Office)\.?)\s*$", before):
        return None
    prev = re.search(r"([A-Z][\w&.]*)\s+$", before)
    if prev and not m["mod"] and prev.group(1).lower().rstrip(".") not in YEAR_LEADS and re.match(r"[ \t]+[A-Z]", after):
        return None  # inside a name: "the Russell 2000 Index", "Windows 2000 Server" (not "WWDC 2005")
    if not m["mod"]:
        tag = ctx.hints.tag(m.start())
        nxt = ctx.text[m.end() : m.end() + 30]
        ent = ctx.hints.entity(m.start())
        if ent in ("CARDINAL", "MONEY", "QUANTITY", "PERCENT") and not re.search(r"\b(?:in|since|by|of|until|from|to)\s*$", before):
            return None
        if ent in ("ORG", "PRODUCT", "FAC", "LAW"):
            return None  # "the Russell 2000 index", "Windows 2000"
        if tag is not None and tag != "CD":
            return None
        if re.match(r"\s+[a-z]+s\b", nxt) and ent != "DATE" and not re.search(r"\b(?:in|since|by|until|from|of)\s*$", before):
            return None  # "2000 people": a count, not a year
    iv = _iv(year)
    return "DATE", year, _apply_mod(m["mod"], iv)


def _h_decade(m: re.Match[str], ctx: _Ctx) -> Result:
    digits = m["dec"]
    if len(digits) == 1:  # "the '80s", "the 80s": the last century but one
        century = "19" if ctx.anchor is None or int(digits) * 10 > ctx.anchor.year % 100 else "20"
        digits = century + digits
    value = digits[:3]
    return "DATE", value, _apply_mod(m["mod"], _iv(value))


def _h_iso(m: re.Match[str], ctx: _Ctx) -> Result:
    try:
        d = dt.date(int(m["y"]), int(m["m"]), int(m["d"]))
    except ValueError:
        return None
    return "DATE", _date(d), (d, d)


def _h_slash(m: re.Match[str], ctx: _Ctx) -> Result:
    a, b, y = int(m["a"]), int(m["b"]), int(m["y"])
    if y < 100:
        y += 2000 if y < 50 else 1900
    month, day = (a, b) if a <= 12 else (b, a)  # US order unless impossible
    try:
        d = dt.date(y, month, day)
    except ValueError:
        return None
    return "DATE", _date(d), (d, d)


def _h_short_year(m: re.Match[str], ctx: _Ctx) -> Result:
    yy = int(m["yy"])
    now = (ctx.anchor or dt.date.today()).year
    year = 2000 + yy if 2000 + yy <= now else 1900 + yy  # "since '82": the latest such year not ahead
    return "DATE", str(year), _iv(str(year))
