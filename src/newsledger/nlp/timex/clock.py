"""Clock times ("10:30 GMT", "3 p.m.", "noon"): a time of day whose date find_timexes fills in."""

from __future__ import annotations

import re

from .model import Result, _Ctx


def _clock(hour: int, minute: int, ampm: str | None) -> tuple[int, int] | None:
    if ampm:
        a = ampm.lower().replace(".", "").strip()
        if not 1 <= hour <= 12:
            return None
        if a == "pm" and hour != 12:
            hour += 12
        if a == "am" and hour == 12:
            hour = 0
    if not (0 <= hour <= 24 and 0 <= minute < 60):
        return None
    return hour, minute


def _h_clock(m: re.Match[str], ctx: _Ctx) -> Result:
    hour = int(m["h"])
    minute = int(m["mi"] or 0)
    hm = _clock(hour, minute, m["ap"])
    if hm is None:
        return None
    if not m["ap"] and not m["tz"] and not m["mi"]:
        return None
    if not m["ap"] and not m["tz"]:
        # "10:30" alone could be a score or a ratio; take it only with "at".
        before = ctx.text[max(0, m.start() - 6) : m.start()].lower()
        if not re.search(r"\b(?:at|by|until|from|before|after)\s+$", before):
            return None
    zone = "Z" if m["tz"] and m["tz"].upper() in ("UTC", "GMT", "Z") else ""
    clock = f"T{hm[0]:02d}:{hm[1]:02d}{zone}"
    return "TIME", clock, None  # the day is filled in by find_timexes


def _h_noon(m: re.Match[str], ctx: _Ctx) -> Result:
    word = m.group().lower()
    return "TIME", "T12:00" if word == "noon" else "T24:00", None
