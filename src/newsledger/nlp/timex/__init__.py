"""A grammar of English news time expressions, normalised to TimeML TIMEX3.

:func:`find_timexes` scans a text with a fixed set of compiled patterns (built
once, at import), keeps the longest non-overlapping matches, and resolves each
against an anchor date (the publication date) into a TimeML value and an
inclusive calendar interval. It is pure Python; the spaCy component
(:mod:`newsledger.nlp.times`) feeds it tense and part-of-speech hints through a
:class:`Hints` object, and it runs without them too.

Conventions (TimeML where it speaks, documented choices where it does not):

- Spans are the expression alone: a leading preposition ("in", "since",
  "until") and a hedge ("at least") stay outside; "early", "late", "mid" stay
  inside because they change the interval ("late February": value 2025-02,
  interval the 21st to the month's end; early = days 1-10, mid = 11-20).
- A wire-copy weekday with a day number, "Wednesday (26) at night", is the
  timex "Wednesday (26)": the part of day does not move the calendar date.
  "Friday morning" (no number) is a TIME, 2010-07-16TMO.
- "Thursday (27)": the date with that day of the month and weekday nearest
  the anchor, searched over the 14 months before it and the next one, with
  the tense preference below. A bare weekday ("on Thursday") is the latest
  such day up to the anchor (the anchor's own weekday is the anchor) unless
  its clause speaks of the future ("will meet on Friday": the next one).
- A bare quarter ("the third quarter") is the latest one of that number
  that has begun, unless the clause is future; a report in the first two
  weeks of a quarter speaks of last year's quarter of that number.
- Underspecified names take the candidate that :func:`timecal.pick` chooses:
  past tense the latest begun, future tense the next, otherwise the nearest
  with a past preference. Without an anchor they stay underspecified
  (``XXXX-11``, ``XXXX-WXX-4``, ``XXXX-XX-27``) with a null interval.
- "now", "currently", "so far", "to date": PRESENT_REF, interval the anchor
  day. "recently": PAST_REF and "soon", "the future": FUTURE_REF, with a null
  interval (they name no calendar span).
- "the day", "the next day", "two days later", a clock time: counted from
  the day the text is speaking of, i.e. the nearest day-precise timex in
  the sentence, else the last one in the 600 characters before, else the
  anchor.
- Seasons are meteorological (summer = June to August); see timecal.
- Durations are ISO periods (P30D, P5Y, PT30M); a decade is P10Y as MEANTIME
  writes it. "the past three months" also gets the interval it covers,
  ending at the anchor. Sets ("every day", "annually", "2,500 a month") have
  a period value and a null interval.

The grammar is a package, its words in :mod:`newsledger.lang.en.calendar` and
:mod:`newsledger.lang.en.numbers`: :mod:`.grammar` (the rule table) with its handlers in :mod:`.dates`, :mod:`.relative`,
:mod:`.periods`, :mod:`.durations` and :mod:`.clock`, all resolving through
:mod:`.anchor`; :mod:`.scan` runs the table and :mod:`.references` settles
what an expression takes from its neighbours.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from .. import timecal
from ..timecal import Interval
from .anchor import _iv
from .model import _REFDAY, _REFPERIOD, Handler, Hints, Result, Timex, _Ctx
from .references import REFERENCE_REACH, _period_a_year_before, _reference_day
from .scan import _COMPILED, _matches

__all__ = ["REFERENCE_REACH", "Handler", "Hints", "Result", "Timex", "find_timexes"]

# find_timexes stays here, reading _COMPILED from this namespace, so that a test
# can swap in the rule table without triggers and compare with a whole-text scan.


def find_timexes(
    text: str, anchor: dt.date | None, hints: Hints | None = None, *, reference_reach: int = REFERENCE_REACH
) -> list[Timex]:
    """Time expressions of ``text`` in text order, resolved against ``anchor``; "that day" and
    "the same period" look back at most ``reference_reach`` characters for what they refer to."""
    ctx = _Ctx(text, anchor, hints or Hints())
    found: list[tuple[int, int, int, str, str, Interval | None]] = []
    cache: dict[Any, Any] = {}  # the triggers' hits and windows over this text (scan._matches)
    for rank, (_, pattern, handler, trigger) in enumerate(_COMPILED):
        for m in _matches(pattern, trigger, text, cache):
            if m.end() <= m.start():
                continue
            try:
                result = handler(m, ctx)
            except (ValueError, KeyError, IndexError, TypeError):  # odd text must never stop a document
                result = None
            if result is None:
                continue
            start, end = m.start(), m.end()
            while end > start and text[end - 1] in " ,-":
                end -= 1
            found.append((start, end, rank, *result))
    # Longest first, then earliest, then the rule listed first.
    found.sort(key=lambda f: (-(f[1] - f[0]), f[0], f[2]))
    taken: list[tuple[int, int, int, str, str, Interval | None]] = []
    used = bytearray(len(text) + 1)
    for f in found:
        if any(used[f[0] : f[1]]):
            continue
        used[f[0] : f[1]] = b"\x01" * (f[1] - f[0])
        taken.append(f)
    taken.sort(key=lambda f: f[0])
    out: list[Timex] = []
    for i, (start, end, rank, ttype, value, iv) in enumerate(taken):
        if (ttype == "TIME" and value.startswith("T")) or value.startswith(_REFDAY):
            day = _reference_day(text, taken, i, anchor, reference_reach)
            clock, offset, unit = value, 0, "D"
            if value.startswith(_REFDAY):
                clock, offset, unit = "", int(value[len(_REFDAY) : -1] or 0), value[-1]
            if day is None:
                value = {"D": "XXXX-XX-XX", "M": "XXXX-XX", "Y": "XXXX"}[unit] + clock
            else:
                day = timecal.shift(day, unit, offset)
                value = {"D": day.isoformat(), "M": f"{day.year}-{day.month:02d}", "Y": str(day.year)}[unit] + clock
                iv = _iv(value) if unit != "D" else (day, day)
            taken[i] = (start, end, rank, ttype, value, iv)  # later references may build on this day
        elif value == _REFPERIOD:
            value, iv = _period_a_year_before(text, taken, i, anchor, reference_reach)
            taken[i] = (start, end, rank, ttype, value, iv)
        out.append(Timex(start, end, text[start:end], ttype, value, iv[0] if iv else None, iv[1] if iv else None))
    return out
