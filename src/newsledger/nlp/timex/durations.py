"""Durations ("three weeks", "the past five years", "for decades") and sets ("every day", "2,500 a month").

Both are ISO periods; a duration with a direction ("the past three months")
also gets the interval it covers, a set never has one.
"""

from __future__ import annotations

import re

from .. import timecal
from .counts import _number, _period
from .model import Result, _Ctx
from ...lang.en.calendar import BACKWARD_WORDS, PARTS_OF_DAY, UNIT_CODES, UNIT_FACTOR, WEEKDAYS
from ...lang.en.numbers import NOT_PLURALS


def _h_past_n(m: re.Match[str], ctx: _Ctx) -> Result:
    n = _number(m["n"])
    if m["n"].lower() in ("a", "an"):
        return None
    value = _period(n, m["unit"])
    a = ctx.anchor
    unit = m["unit"].lower().rstrip("s")
    code = UNIT_CODES.get("century" if unit == "centurie" else unit, "")
    iv = None
    if a is not None and n is not None and float(n).is_integer() and code == "TH" and n >= 24 and n % 24 == 0:
        # "the past 24 hours", "the previous 48 hours": whole days back from the anchor, as "the past two days"
        code, n, unit = "D", n // 24, "day"
    if a is not None and n is not None and float(n).is_integer() and code in ("D", "W", "M", "Q", "Y"):
        k = int(n) * UNIT_FACTOR.get(unit, 1)
        if m["rel"].lower() in BACKWARD_WORDS:
            iv = (timecal.shift(a, code, -k), a)
        else:
            iv = (a, timecal.shift(a, code, k))
    return "DURATION", value, iv


def _h_past_day(m: re.Match[str], ctx: _Ctx) -> Result:
    """"the past day" (the daily reports of a war: "over the past day, troops carried out 412 strikes"):
    the day up to the anchor, as "the past 24 hours"."""
    a = ctx.anchor
    return "DURATION", "P1D", ((timecal.shift(a, "D", -1), a) if a is not None else None)


def _is_rate(m: re.Match[str], ctx: _Ctx) -> bool:
    """Whether "a month" follows a count or a price, as in "2,500 attacks a month"."""
    before = ctx.text[max(0, m.start() - 40) : m.start()]
    if re.search(r"\b(?:once|twice|thrice|times)\s+$", before, re.I):
        return True
    tag = ctx.hints.prev_tag(m.start())
    if tag is not None:
        return tag in ("NNS", "CD", "NNPS") or (tag == "NN" and bool(re.search(r"\d\S*\s+\S+\s+$", before)))
    plural = re.search(r"\b([a-z]+s)\s+$", before)
    if plural and plural.group(1) not in NOT_PLURALS:
        return True
    return bool(re.search(r"\d[\d,.]*(?:\s*(?:million|billion|m|bn|k))?\s+$", before))


def _h_duration(m: re.Match[str], ctx: _Ctx) -> Result:
    word = m["n"]
    unit = m["unit"].lower().rstrip("s")
    low = word.lower()
    if low in ("a", "an", "one", "single", "1") and unit in ("quarter", "second"):
        return None  # "a quarter of its dealers", "a second attack"
    if low in ("a", "an") and ctx.text[m.start() - 1 : m.start()] == "-":
        return None
    n = _number(word)
    if low in ("a", "an") and "-" not in m.group() and _is_rate(m, ctx):
        return "SET", _period(1, unit), None
    if low in ("a", "an") and re.match(r"\s+(?:of|or\s+two)\b", ctx.text[m.end() : m.end() + 10]):
        return None
    if low.isdigit() and len(low) == 4 and m.group()[len(word)] == " " and unit == "year":
        return None  # "2009 year": a year, not a duration
    return "DURATION", _period(n, unit), None


def _h_vague_duration(m: re.Match[str], ctx: _Ctx) -> Result:
    unit = m["unit"].lower().rstrip("s")
    return "DURATION", _period(None, "year" if unit == "decade" else unit), None


def _h_set(m: re.Match[str], ctx: _Ctx) -> Result:
    word = m.group().lower()
    unit = (m["unit"] or "").lower().rstrip("s")
    if m["wd"]:
        return "SET", f"XXXX-WXX-{WEEKDAYS[m['wd'].lower()] + 1}", None
    if unit in PARTS_OF_DAY:
        return "SET", f"XXXX-XX-XXT{PARTS_OF_DAY[unit]}", None
    if unit:
        if unit == "other":
            return None
        n = 2 if (m["n"] or "").lower() == "other" else (_number(m["n"]) if m["n"] else 1)
        return "SET", _period(n, unit), None
    adverb = {"daily": "day", "nightly": "day", "weekly": "week", "monthly": "month", "quarterly": "quarter",
              "annually": "year", "annual": "year", "yearly": "year", "hourly": "hour", "biweekly": "fortnight",
              "fortnightly": "fortnight", "biannual": "year"}
    key = word.split()[-1]
    n = 0.5 if key == "biannual" else 1
    return "SET", _period(n, adverb[key]), None


def _h_plural_weekday(m: re.Match[str], ctx: _Ctx) -> Result:
    return "SET", f"XXXX-WXX-{WEEKDAYS[m['wd'].lower()] + 1}", None
