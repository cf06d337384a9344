"""Ages: "a 12-year-old boy", "aged 65", "Smith, 47, said", "in his 70s".

An age is a claim with unit ``years`` and measure ``age`` (records.md,
version 2). It is read before the time expressions are looked at, because the
times component takes "12-year" of "12-year-old" for a duration.

Conventions: a decade of life is a range, "in his 70s" 70 to 79; "early",
"mid" and "late" split it in three, X0-X3, X4-X6 and X7-X9 ("in her
mid-40s" is 44 to 46). "Smith, 47," needs a name before the first comma that is no
place ("Paris, 12," is none); the small model tags many surnames as
organisations, so those count as names and a comma or
a closing bracket after the number.
"""

from __future__ import annotations

import re

from ...lang.en import numbers
from .sentence import HYPHENS, Figure, Sentence

AGE_UNIT = "years"
AGE_MEASURE = "age"
_MAX_AGE = 120
_DECADE = re.compile(r"^(?:(?P<part>mid|early|late)-)?(?P<tens>[1-9]0)s$")
_PART = {"early": (0, 3), "mid": (4, 6), "late": (7, 9)}
STARTERS = frozenset(numbers.UNITS_WORDS) | frozenset(numbers.TENS_WORDS)


def may_start(w: str) -> bool:
    """The cheap test first, as every token of a sentence comes here: a digit, a number word, or "mid-40s"."""
    return w[:1].isdigit() or w in STARTERS or w[-2:-1].isdigit()
# places and days: "Paris, 12," and "On Monday, 5," are no ages
_NOT_A_PERSON = frozenset({"GPE", "LOC", "FAC", "DATE", "TIME", "EVENT"})


def _count(s: Sentence, k: int, limit: float = _MAX_AGE) -> float | None:
    """A whole number above 0 and up to ``limit`` written in one token, digits or a word."""
    w = s.word(k)
    if w.isdigit() or (w[:1].isdigit() and "," in w and w.replace(",", "").isdigit()):
        v = float(w.replace(",", ""))  # "a 1,000-year-old tree"
    elif w in numbers.UNITS_WORDS or w in numbers.TENS_WORDS:
        v = float(numbers.UNITS_WORDS.get(w, numbers.TENS_WORDS.get(w, 0)))
    else:
        return None
    return v if 0 < v <= limit else None


def _age(start: int, end: int, core_end: int, value: float, high: float | None = None) -> Figure:
    fig = Figure(start=start, end=end, core_start=start, core_end=core_end, value=value, unit=AGE_UNIT)
    fig.measure = AGE_MEASURE
    if high is not None:
        fig.high_value, fig.range_sep = high, "to"
    return fig


def _compound(s: Sentence, i: int, value: float) -> Figure | None:
    """ "12-year-old", "five-year-old", "47 years old"."""
    if s.word(i + 1) in HYPHENS and s.word(i + 2) in ("year", "years") and s.word(i + 3) in HYPHENS and s.word(i + 4) == "old":
        return _age(i, i + 5, i + 1, value)
    if s.word(i + 1) in ("year", "years") and s.word(i + 2) == "old":
        return _age(i, i + 3, i + 1, value)
    return None


def _after_cue(s: Sentence, i: int, value: float) -> Figure | None:
    """ "aged 65", "ages 5 to 11", "at the age of 81"."""
    before = i - 2 if s.word(i - 1) in numbers.AGE_CUE_FILLERS else i - 1  # "aged just 17"
    cue = s.word(before) in numbers.AGE_CUES or (s.word(before) == "of" and s.word(before - 1) in ("age", "ages"))
    if not cue and not (s.word(i - 1) == "between" and s.word(i - 2) in numbers.AGE_CUES):
        return _after_turning(s, i, value)
    if s.word(i + 1) in ("to", "and", *HYPHENS):
        high = _count(s, i + 2)
        if high is not None and high > value:
            return _age(i, i + 3, i + 1, value, high)
    return _age(i, i + 1, i + 1, value)


def _after_turning(s: Sentence, i: int, value: float) -> Figure | None:
    """ "who turns 40 in November", "she turned 18 on Monday": a birthday, when nothing the number
    could count or measure follows it ("turned 40 pages", "turned 3% higher")."""
    if s.word(i - 1) not in numbers.AGE_TURN_VERBS or value != int(value) or not s.word(i).isdigit():
        return None
    nxt = s.toks[i + 1] if i + 1 < len(s) else None
    if nxt is not None and nxt.lower_ in ("next", "last", "this"):
        return _age(i, i + 1, i + 1, value)  # "turns 30 next month"
    if nxt is not None and (nxt.pos_ in ("NOUN", "PROPN", "NUM", "ADJ", "SYM") or nxt.lower_ in numbers.SCALE_WORDS):
        return None
    return _age(i, i + 1, i + 1, value)


def _after_name(s: Sentence, i: int, value: float) -> Figure | None:
    """ "Smith, 47, said": a person's name, a comma, the age, a comma."""
    if not s.word(i).isdigit() or s.word(i - 1) != "," or s.word(i + 1) not in (",", ")"):
        return None
    name = s.toks[i - 2] if i >= 2 else None
    if name is not None and name.pos_ == "NOUN" and name.lower_ in numbers.AGE_PERSON_NOUNS:
        return _age(i, i + 1, i + 1, value)  # "The minister, 54, resigned"
    if name is None or name.pos_ != "PROPN" or name.ent_type_ in _NOT_A_PERSON:
        return None

    return _age(i, i + 1, i + 1, value)


def _decade(s: Sentence, i: int) -> Figure | None:
    """ "in his 70s", "in her early 30s", "in their mid-40s"."""
    m = _DECADE.match(s.word(i))
    if m is None:
        return None
    part = m["part"]
    k = i - 1
    if part is None and s.word(k) in _PART:
        part, k = s.word(k), k - 1
    if s.word(k) not in ("his", "her", "their") or s.word(k - 1) != "in":
        return None
    tens = float(m["tens"])
    lo, hi = _PART[part] if part else (0, 9)
    fig = _age(i, i + 1, i + 1, tens + lo, tens + hi)
    return fig


def _scaled_age(s: Sentence, i: int) -> Figure | None:
    """ "4.5 billion years old", "13.8 billion years old": the age of a thing, with a scale word."""
    scale = numbers.SCALE_WORDS.get(s.word(i + 1))
    if scale is None or s.word(i + 2) not in ("year", "years") or s.word(i + 3) != "old":
        return None
    try:
        value = float(s.word(i).replace(",", ""))
    except ValueError:
        return None
    return _age(i, i + 4, i + 2, value * scale)


def read_age(s: Sentence, i: int) -> tuple[Figure, int] | None:
    """The age starting at token i, and where reading goes on, else None."""
    if not may_start(s.words[i]):
        return None
    fig = _decade(s, i) or _scaled_age(s, i)
    if fig is None:
        value = _count(s, i, limit=10_000)  # "a 200-year-old church" is an age too, a person's is not
        if value is None:
            return None
        fig = _compound(s, i, value)
        if fig is None and value <= _MAX_AGE:
            fig = _after_cue(s, i, value) or _after_name(s, i, value)
    if fig is None:
        return None
    return fig, fig.end
