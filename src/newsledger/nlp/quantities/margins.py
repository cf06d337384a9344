"""Race margins and split race times: "six seconds ahead of", "by almost two seconds", "9 minutes 12.5 seconds".

A count of whole seconds is a duration to the times component ("30 seconds left"), and a duration
is no figure. A margin in a race is one: the gap between two finishers, measured like the times
themselves, unit ``second`` ("two minutes clear" is 120). What makes a margin is the word after it
that places one finisher against another ("ahead", "clear", "behind", "quicker", "off" a record)
or a "by" that hangs on a verb of winning or breaking ("won by 14 seconds", "broke the record by
two seconds"); "delayed by 30 seconds" stays a duration.

A height in feet and inches ("6ft 4in", "5 feet 10 inches") is one figure in feet, as a race
time in hours, minutes and seconds is one in seconds: the inches are no figure of their own.

A race time written out in words of unit ("9 minutes 12.5 seconds", "1 hour 58 minutes 3.2 seconds")
is a stopwatch reading, as "2:03:45" is (:mod:`.clocked`), when its seconds carry a decimal: whole
minutes and seconds ("the clip lasts 1 minute 30 seconds") may be any duration.
"""

from __future__ import annotations

import re

from ...lang.en import units
from ...lang.en.numbers import CARDINAL_WORDS
from ..numbers import words_to_number
from .sentence import Figure, Sentence

_FACTOR = {"second": 1, "seconds": 1, "sec": 1, "secs": 1, "minute": 60, "minutes": 60, "min": 60, "mins": 60}
_PARTS = {"hour": 3600, "hours": 3600, "hr": 3600, "hrs": 3600, **_FACTOR}


def _count(s: Sentence, i: int) -> tuple[float, int] | None:
    """A whole count in one token ("14", "six") or "a"/"one" before a singular unit; (value, next)."""
    w = s.word(i)
    if w.isdigit():
        return float(w), i + 1
    if w in ("a", "an") and s.word(i + 1) in ("second", "minute") and s.word(i - 1) != "of":
        # "five thousandths of a second ahead": the unit of a fraction before it, no count
        return 1.0, i + 1
    if w in CARDINAL_WORDS and (v := words_to_number([w])) is not None:
        return v, i + 1
    return None


def _by_a_win(s: Sentence, i: int) -> bool:
    """Whether the word before token i is a "by" of a verb of winning, leading or breaking a mark."""
    k = i - 1
    while k >= 0 and s.toks[k].pos_ == "ADV" and i - k <= 3:
        k -= 1  # "by almost two seconds", "by just over a second"
    while k >= 0 and s.word(k) in ("than", "more", "less", "over", "under") and i - k <= 4:
        k -= 1
    if s.word(k) != "by":
        return False
    head = s.toks[k].head
    return head.pos_ in ("VERB", "NOUN") and head.lemma_.lower() in units.MARGIN_VERBS


def read_margin(s: Sentence, i: int) -> Figure | None:
    """The race margin starting at token i ("six seconds ahead", "a second clear"), else None."""
    hit = _count(s, i)
    if hit is None:
        return None
    value, k = hit
    unit = s.word(k)
    if unit not in _FACTOR:
        return None
    after = s.word(k + 1)
    if after not in units.MARGIN_WORDS and not _by_a_win(s, i):
        return None
    total = value * _FACTOR[unit]
    return Figure(start=i, end=k + 1, core_start=i, core_end=k + 1, value=total, unit=units.SECOND_UNIT)


def read_split_time(s: Sentence, i: int) -> Figure | None:
    """ "9 minutes 12.5 seconds": a race time in words of unit, two parts at least, in falling
    order, the last seconds with a decimal."""
    k, total, parts, last = i, 0.0, 0, None
    while k + 1 < len(s):
        text = s.texts[k]
        try:
            value = float(text)
        except ValueError:
            break
        factor = _PARTS.get(s.word(k + 1))
        if factor is None or (last is not None and factor >= last):
            break
        total += value * factor
        parts, last, k = parts + 1, factor, k + 2
        if factor == 1:
            if "." not in text:
                return None
            break
    if parts < 2 or last != 1:
        return None
    return Figure(start=i, end=k, core_start=i, core_end=k, value=round(total, 6), unit=units.SECOND_UNIT)


_FEET = re.compile(r"^(\d+)(?:ft|'|feet)?$")
_INCHES = re.compile(r"^(\d+(?:\.\d+)?)(?:in|ins|\"|inches)?$")


def _part(s: Sentence, k: int, pattern: re.Pattern, words: tuple[str, ...]) -> tuple[float, int] | None:
    """A number of one unit at token k, glued ("6ft") or spaced ("6 feet"); (value, next token)."""
    m = pattern.match(s.texts[k]) if k < len(s) else None
    if m is None:
        return None
    if m[0] != m[1]:
        return float(m[1]), k + 1  # the unit glued
    if s.word(k + 1) in words:
        return float(m[1]), k + 2
    return None


def read_feet_inches(s: Sentence, i: int) -> Figure | None:
    """ "6ft 4in", "5 feet 10 inches": one height in feet, the inches under 12."""
    feet = _part(s, i, _FEET, ("ft", "feet", "foot"))
    if feet is None:
        return None
    inches = _part(s, feet[1], _INCHES, ("in", "ins", "inch", "inches"))
    if inches is None or not inches[0] < 12:
        return None
    value = round(feet[0] + inches[0] / 12, 4)
    return Figure(start=i, end=inches[1], core_start=i, core_end=inches[1], value=value, unit="ft")

