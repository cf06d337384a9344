"""What the grammar finds (:class:`Timex`), what it is told (:class:`Hints`), and what a handler sees.

A handler gets a match and a :class:`_Ctx` and returns a :data:`Result`:
(type, TimeML value, interval), or None when the match is no time expression.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass

from ..timecal import Interval


@dataclass(frozen=True)
class Timex:
    """One time expression found in a text."""

    start: int
    end: int
    text: str
    timex_type: str
    value: str
    begin: dt.date | None
    last: dt.date | None


class Hints:
    """What the text alone does not say; the spaCy component knows better.

    ``tense(start, end)`` is "past", "future" or None for the clause an
    expression stands in; ``tag(start)`` the Penn tag of the token at a
    character offset; ``prev_tag(start)`` that of the token before it.
    """

    def tense(self, start: int, end: int) -> str | None:
        return None

    def tag(self, start: int) -> str | None:
        return None

    def prev_tag(self, start: int) -> str | None:
        return None

    def entity(self, start: int) -> str | None:
        return None


@dataclass
class _Ctx:
    text: str
    anchor: dt.date | None
    hints: Hints


Result = tuple[str, str, Interval | None] | None
# Placeholder value of "the day", "that day": the day the text is speaking of, settled in find_timexes.
_REFDAY = "REFDAY"
# Placeholder of "the same period last year": the period the text speaks of, a year back.
_REFPERIOD = "REFPERIOD"
Handler = Callable[[re.Match[str], _Ctx], Result]
