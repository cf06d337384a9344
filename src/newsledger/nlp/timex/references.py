"""The day or period an expression takes from its neighbours: "at 10:30", "the day", "the same period last year"."""

from __future__ import annotations

import datetime as dt
import re

from ..timecal import Interval
from .anchor import _iv


# A timex that a clock time can take its day from (a full date or a weekday).
_DAY_VALUE = re.compile(r"^\d{4}-\d\d-\d\d")
_SENTENCE_END = re.compile(r"[.!?]\s|\n")
# A calendar period with its year: what "the same period last year" can shift back.
_PERIOD_VALUE = re.compile(r"^(\d{4})(-(?:\d\d(?:-\d\d)?|Q[1-4]|H[12]|W\d\d|SP|SU|FA|WI))$")
# How far back a clock time or "the day" looks for the day it belongs to.
REFERENCE_REACH = 600


def _period_a_year_before(
    text: str, taken: list, i: int, anchor: dt.date | None, reach: int = REFERENCE_REACH
) -> tuple[str, Interval | None]:
    """ "The same period last year": the period the text last named, a year earlier.

    The nearest earlier dated period of the same sentence or the
    ``REFERENCE_REACH`` characters before ("sales rose in the first quarter
    from the same period last year": 2024-Q1); else the year before the anchor.
    """
    start = taken[i][0]
    for j in range(i - 1, -1, -1):
        s, e, _, _, value, iv = taken[j]
        if start - e > reach:
            break
        m = _PERIOD_VALUE.match(value)
        if m and iv:
            shifted = f"{int(m.group(1)) - 1}{m.group(2)}"
            return shifted, _iv(shifted)
    if anchor is None:
        return "XXXX", None
    year = str(anchor.year - 1)
    return year, _iv(year)


def _reference_day(text: str, taken: list, i: int, anchor: dt.date | None, reach: int = REFERENCE_REACH) -> dt.date | None:
    """The day a clock time or "the day" speaks of.

    The nearest day-precise timex in the same sentence; else the last one in
    the ``REFERENCE_REACH`` characters before; else the anchor. Only the
    neighbourhood is searched, so that a long text stays linear.
    """
    start, end = taken[i][0], taken[i][1]
    floor = max(0, start - reach)
    lo = start
    while lo > floor and not _SENTENCE_END.match(text, lo - 1):
        lo -= 1
    m = _SENTENCE_END.search(text, end, min(len(text), end + reach))
    hi = m.start() if m else min(len(text), end + reach)
    best = None
    previous = None
    for j in range(i - 1, -1, -1):  # backwards: the nearest earlier ones first
        s, e, _, _, value, iv = taken[j]
        if e < floor:
            break
        if iv and iv[0] == iv[1] and _DAY_VALUE.match(value):
            if s >= lo:
                best = best or (start - s, iv[0])
            elif previous is None:
                previous = iv[0]
    for j in range(i + 1, len(taken)):
        s, e, _, _, value, iv = taken[j]
        if e > hi:
            break
        if iv and iv[0] == iv[1] and _DAY_VALUE.match(value):
            if best is None or s - end < best[0]:
                best = (s - end, iv[0])
            break
    if best:
        return best[1]
    return previous or anchor
