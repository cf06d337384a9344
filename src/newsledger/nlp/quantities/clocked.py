"""Measured times: a race won "in 2:03:45", a sprint "in 9.58 seconds", "clocked 1:43.5".

A stopwatch reading is a figure, unit ``second`` and value in seconds, though its words look
like a duration's: the times component keeps "30 seconds" as a DURATION, and a count of whole
seconds stays its own ("two seconds left"). What makes a reading is a decimal count of seconds
("9.58 seconds", "10.72sec", "9.58s") or the colon shapes no clock shows: hours, minutes and
seconds ("2:03:45", not after "at"), minutes with seconds to a decimal ("1:43.5"), and two or
three glued parts in that order ("2hr 1min 9sec", "3min 29.5sec"; one part alone is a duration).
"""

from __future__ import annotations

import re

from ...lang.en import calendar, units
from .sentence import Figure, Sentence

_DECIMAL = re.compile(r"^\d+\.\d+$")
_GLUED = re.compile(r"^(\d+\.\d+)(s|sec|secs)$")
_HMS = re.compile(r"^(\d{1,2}):([0-5]\d):([0-5]\d(?:\.\d+)?)$")
_MS_DECIMAL = re.compile(r"^(\d{1,2}):([0-5]\d\.\d+)$")
# "2hr 1min 9sec", "3min 29.5sec": glued parts of a time, hours, minutes, seconds in that order
_PARTS = (
    (re.compile(r"^(\d+)(?:h|hr|hrs)$"), 3600),
    (re.compile(r"^(\d+)(?:min|mins)$"), 60),
    (re.compile(r"^(\d+(?:\.\d+)?)(?:s|sec|secs)$"), 1),
)
# "at 10:30:15", "until 23:59:59": a clock time, the times component's
_CLOCK_BEFORE = frozenset({"at", "until", "till", "by", "from", "before", "after", "since"})


def _reading(start: int, end: int, value: float) -> Figure:
    return Figure(start=start, end=end, core_start=start, core_end=end, value=round(value, 6), unit=units.SECOND_UNIT)


def read_clocked(s: Sentence, i: int) -> Figure | None:
    """The measured time starting at token i, else None (a cheap test on its text first)."""
    text = s.texts[i]
    if not text[:1].isdigit():
        return None
    if ":" in text:
        if (m := _MS_DECIMAL.match(text)) is not None:
            return _reading(i, i + 1, int(m[1]) * 60 + float(m[2]))
        m = _HMS.match(text)
        if m is None or s.word(i - 1) in _CLOCK_BEFORE or s.word(i + 1) in calendar.CLOCK_WORDS:
            return None
        return _reading(i, i + 1, int(m[1]) * 3600 + int(m[2]) * 60 + float(m[3]))
    if (parts := _glued_parts(s, i)) is not None:
        return parts
    if "." not in text:
        return None
    if (m := _GLUED.match(text)) is not None:
        return _reading(i, i + 1, float(m[1]))
    if _DECIMAL.match(text) and s.word(i + 1) in units.SECOND_WORDS and s.word(i + 1) != "s":
        return _reading(i, i + 2, float(text))
    return None


def _glued_parts(s: Sentence, i: int) -> Figure | None:
    """ "2hr 1min 9sec": hours, minutes and seconds glued to their digits, two parts at least."""
    k, total, parts, level = i, 0.0, 0, 0
    while k < len(s) and level < len(_PARTS):
        for step, (pattern, factor) in enumerate(_PARTS[level:], start=level):
            m = pattern.match(s.texts[k])
            if m is not None:
                total += float(m[1]) * factor
                parts, level, k = parts + 1, step + 1, k + 1
                break
        else:
            break
    return _reading(i, k, total) if parts >= 2 else None
