"""Reading one figure, hedges and all, left to right through a sentence.

A figure is read as

    [hedges] [currency] NUMBER [scale] [unit] [post-hedge] [to|-|and NUMBER ...]

in that order: the sign and currency before the number, the number
(:mod:`.number`), a unit glued to it or written after it, a range and hedges
(:mod:`.hedges`); the guards (:mod:`.guards`) drop what is no figure, and each
step says where reading goes on.
"""

from __future__ import annotations

import math
from collections.abc import Iterator

from ...lang.en import numbers, units
from ..numbers import split_numeral
from . import ages, guards
from .clocked import read_clocked
from .margins import read_feet_inches, read_margin, read_split_time
from .hedges import SCORE_UNIT, read_post_hedge, read_pre_hedges, read_range, shared_unit
from .number import MEASURE_PREFIXES, NUMBER_SIGNS, NUMBER_STARTERS
from .number import fraction_alone, read_fraction, read_number, read_unit
from .sentence import HYPHENS, Figure, Sentence, glued


def figures(s: Sentence) -> Iterator[Figure]:
    """The figures of a sentence, in one pass."""
    i = 0
    n = len(s)
    while i < n:
        if not s.is_blocked(i) and not _may_open(s, i):
            i += 1  # what read_at would say of it, without its steps
            continue
        fig, nxt = read_at(s, i)
        if fig is not None:
            yield fig
            i = max(nxt, i + 1)
        else:
            i = max(nxt, i + 1) if nxt > i else i + 1


_LEAD_TEXTS = frozenset({"$", "US", "U.S."}) | frozenset(units.CURRENCY_PREFIX) | frozenset(units.CURRENCY_CODES)
_OPEN_WORDS = ages.STARTERS | NUMBER_STARTERS | frozenset({"minus"})


def _may_open(s: Sentence, i: int) -> bool:
    """Whether a figure may start at token i outside a time expression: an age's or a number's
    first word (``ages.may_start``, ``number.may_start``), or what :func:`_lead` reads before a
    number (a sign, a currency). Most words of a sentence are none of these, and the readers need
    not see them; the tests of both starts are written out here, as every word comes by."""
    w = s.words[i]
    first = w[:1]
    return (
        first.isdigit()
        or w in _OPEN_WORDS
        or first in NUMBER_SIGNS
        or w[-2:-1].isdigit()
        or i in s.glued_currency
        or w.endswith("fold")
        or s.texts[i] in _LEAD_TEXTS
        or w.startswith(MEASURE_PREFIXES)
    )


def _lead(s: Sentence, i: int) -> tuple[int, str | None, float] | None:
    """Where the number starts after a sign and currency at token i, the currency and the sign."""
    cur = None
    k = i
    sign = 1.0
    if s.words[k] == "minus" and k + 1 < len(s) and (split_numeral(s.texts[k + 1]) is not None or s.words[k + 1] in numbers.CARDINAL_WORDS):
        # "minus 5 degrees", "at minus nine"; "plus or minus 3 points" is a margin, no sign
        sign = 1.0 if s.word(k - 1) == "or" and s.word(k - 2) == "plus" else -1.0
        k += 1
    if s.texts[k] == "$" and k + 1 in s.glued_currency and not s.toks[k].whitespace_:
        k += 1  # "$US3.2 billion", "$A400 million"
    if k in s.glued_currency:
        cur = s.glued_currency[k][0]
    elif s.texts[k] in units.CURRENCY_PREFIX:
        cur = units.CURRENCY_PREFIX[s.texts[k]]
        k += 1
    elif s.texts[k] in units.CURRENCY_CODES and k + 1 < len(s) and split_numeral(s.texts[k + 1]) is not None:
        cur = units.CODE_ALIASES.get(s.texts[k], s.texts[k])
        k += 1
    if k >= len(s):
        return None
    if cur is None and s.texts[k] in ("US", "U.S.") and k + 1 < len(s) and s.texts[k + 1] == "$":
        cur = "USD"  # "US $50 million"
        k += 2
    if k >= len(s):
        return None
    if cur is not None and s.texts[k] in units.CURRENCY_PREFIX:
        k += 1  # "US $": a code then a symbol
    return k, cur, sign


def _glued_unit(s: Sentence, fig: Figure, cur: str | None) -> tuple[int, int | None]:
    """Settle a unit glued to the number; (the figure's end, or where to go on if it is a calibre)."""
    end = fig.core_end
    # "m" glued to digits: million after a currency, else metres before a weapon
    if fig.suffix == "m":
        if cur is None and (
            guards.calibre_noun_after(s, end)
            or guards.race_distance(s, fig, end)
            or guards.field_mark(s, fig, end)
            or guards.size_of_a_thing(s, fig, end)
        ):
            fig.glued_suffix = "m"
        else:
            fig.value *= 1e6
            fig.has_scale = True
    elif fig.suffix:
        fig.glued_suffix = fig.suffix
        if fig.suffix in units.UNITS:
            fig.unit = units.UNITS[fig.suffix]
    after = end  # the token after a glued or hyphenated unit
    if not fig.suffix and end < len(s) and glued(s.toks[end - 1]):
        if s.word(end) in units.CALIBRE_UNITS:
            fig.glued_suffix = s.word(end)  # "170 mm" split by the tokenizer from "170mm"
            after = end + 1
        elif (
            s.word(end) in HYPHENS
            and end + 1 < len(s)
            and glued(s.toks[end])
            and s.word(end + 1) in units.UNITS
            and s.word(end + 1) not in ("%", "point", "points", "degree", "degrees")
        ):
            # "a 79-metre wingspan", "155-mm howitzers": a hyphenated unit
            fig.glued_suffix = s.word(end + 1)
            after = end + 2
    if fig.glued_suffix and guards.is_calibre(s, fig, after if not fig.suffix else end):
        return end, max(after, end + 1)
    if after > end and fig.unit is None:
        fig.unit = units.UNITS.get(fig.glued_suffix, fig.unit)
        end = after
    if fig.glued_suffix == "m" and fig.suffix == "m":
        fig.unit = "m"  # "a 100m-long barrier": metres
    return end, None


def _unit_after(s: Sentence, fig: Figure, end: int, cur: str | None) -> int:
    """Read the unit written after the number (or settle it against the currency before)."""
    if fig.unit is None or fig.unit == cur:
        before = fig.unit
        end = read_unit(s, end, fig)
        if cur is not None and fig.unit != before and fig.unit not in units.CURRENCY_CODES and fig.unit not in units.CURRENCY_WORDS.values():
            fig.unit = cur if fig.unit is None else fig.unit
        if cur is not None and fig.money_sub is not None:
            fig.unit = cur
    # vague "thousands of dollars"
    if fig.vague and s.word(end) == "of" and s.word(end + 1) in units.CURRENCY_WORDS:
        fig.unit = units.CURRENCY_WORDS[s.word(end + 1)]
    elif fig.vague and s.word(end) == "of" and _plain_unit(s.word(end + 1)):
        fig.unit = units.UNITS[s.word(end + 1)]  # "hundreds of miles"
    return end


def _rate_base(s: Sentence, k: int) -> bool:
    """A round base of a rate after "per": "100,000", "1,000", "10,000" (a power of ten from 100)."""
    if k >= len(s) or not s.texts[k][:1].isdigit():
        return False
    digits = s.texts[k].replace(",", "")
    return digits.isdigit() and len(digits) >= 3 and digits.strip("0") == "1"


def _plain_unit(word: str) -> bool:
    """A unit written out in full ("miles", "tonnes"), not a short form or a sign that may be something else."""
    return word in units.UNITS and len(word) > 3 and word.isalpha() and word not in ("point", "points", "degree", "degrees")


def _number_and_unit(s: Sentence, i: int) -> tuple[Figure | None, int]:
    """The figure's number with its sign, currency and unit, before any range or hedge."""
    lead = _lead(s, i)
    if lead is None:
        return None, i + 1
    k, cur, sign = lead
    fig = read_number(s, k)
    if fig is None:
        return None, i + 1
    fig.value *= sign
    if not math.isfinite(fig.value):
        return None, fig.core_end  # a run of digits too long for a float
    fig.start = i
    fig.unit = fig.unit or cur
    end, calibre_skip = _glued_unit(s, fig, cur)
    if calibre_skip is not None:
        return None, calibre_skip
    return fig, _unit_after(s, fig, end, cur)


def _not_a_count(s: Sentence, fig: Figure, end: int) -> int | None:
    """Where to go on when the number is a duration, an age, a back reference or a model name."""
    if guards.is_duration_or_age(s, fig, end) or guards.is_back_reference(s, fig):
        return end
    if guards.is_model_name(s, fig, end):
        # "the 787 Dreamliner", "737-800": a model, not a count; skip its variant too
        if end + 1 < len(s) and s.words[end] in HYPHENS and not s.toks[end - 1].whitespace_:
            end += 2
        return end
    if guards.is_age_compound(s, end) or guards.names_a_kind(s, fig, end):
        return end
    return None


def read_at(s: Sentence, i: int) -> tuple[Figure | None, int]:
    """The figure starting at token i (or None) and where to go on."""
    w = s.words[i]
    if w[:1].isdigit() and (clocked := read_clocked(s, i)) is not None:
        # "in 9.58 seconds", "2:03:45": a stopwatch reading, even where the times component saw a duration
        clocked.end = read_post_hedge(s, clocked, clocked.end)
        clocked.start = read_pre_hedges(s, clocked)
        return clocked, clocked.end
    if (w[:1].isdigit() or w in numbers.CARDINAL_WORDS or w in ("a", "an")) and (
        (timed := read_split_time(s, i)) is not None
        or (timed := read_margin(s, i)) is not None
        or (timed := read_feet_inches(s, i)) is not None
    ):
        # "9 minutes 12.5 seconds", "six seconds ahead", "6ft 4in": figures in two units, or that the
        # times component holds for durations
        timed.end = read_post_hedge(s, timed, timed.end)
        timed.start = read_pre_hedges(s, timed)
        return timed, timed.end
    if (w[:1].isdigit() or w in ages.STARTERS or w[-2:-1].isdigit()) and (age := ages.read_age(s, i)) is not None:
        return age  # before the times: "12-year" of "12-year-old" is a duration to them
    fraction = read_fraction(s, i) if s.is_blocked(i) else None
    if s.is_blocked(i) and not (
        fraction is not None
        and (
            s.word(fraction.core_end) == "of"
            or s.word(i - 1) in numbers.FRACTION_HEDGES
            or fraction_alone(s, i, fraction.core_end)
            or fraction.unit == "percentage_point"  # "a quarter-point cut": no quarter of a year
        )
    ):
        # a time expression; but "three quarters of its value" and "three-quarters said"
        # are fractions even where a time reader took "three quarters" for a duration
        return None, i + 1
    fig, end = _number_and_unit(s, i)
    if fig is None:
        return None, end
    skip = _not_a_count(s, fig, end)
    if skip is not None:
        return None, skip
    # multiplier: "three times as many", "3.5 times earnings" (a count of occasions is whole)
    if fig.unit is None and s.word(end) == "times" and (
        s.word(end + 1) in numbers.TIMES_FOLLOWERS
        or s.tag(end + 1) in ("JJR", "RBR")
        or s.word(end + 2) == "than"
        or fig.value != int(fig.value)
    ):  # "100 times fainter than", "five times faster": a comparative after "times" makes it a multiple
        fig.unit = "times"
        end += 1
    elif fig.unit is None and s.word(end) in HYPHENS and s.word(end + 1) == "fold" and glued(s.toks[end - 1]):
        fig.unit = "times"  # "a 45-fold increase": spaCy splits the digits from "-fold"
        end += 2
    end = read_range(s, fig, end)
    if s.word(end) == "per" and _rate_base(s, end + 1):
        end += 2  # "30 per 100,000 people": the base of a rate is part of the figure, no count of its own
    if fig.unit is None and fig.high_value is None and (
        s.word(end) in ("and", "or") or (s.word(end) == "to" and s.word(fig.start - 1) == "from")
    ):  # "fell by 1.5 and 3 percent", "rose from 5 to 7 per cent": the unit is shared
        fig.unit = shared_unit(s, end + 1)
    if fig.range_sep in ("phone", "blocked"):
        return None, end
    if fig.range_sep == "score":
        # "won 3-1", "a 24-17 victory", "approved 218-212": a result, one claim of the first side's
        # number, the second kept in its text; "the 2024-25 season" is years
        if guards.in_time_expression(s, fig) or guards.year(s, fig):
            return None, end  # spaCy's own date reading is no guard here: it takes "30-29" for a date
        fig.end, fig.unit = end, SCORE_UNIT
        return fig, end
    if fig.high_value is not None and guards.is_duration_or_age(s, fig, end):
        return None, end  # "between 60 and 90 days"
    fig.end = end = read_post_hedge(s, fig, end)
    start = read_pre_hedges(s, fig)
    if fig.range_sep == "and" and s.word(start - 1) == "between":
        start -= 1
    elif fig.range_sep == "and":
        # "X and Y" with no "between" is two figures, not a range
        return _unrange(s, fig)
    fig.start = start
    return _guarded(s, fig, end)


def _guarded(s: Sentence, fig: Figure, end: int) -> tuple[Figure | None, int]:
    """The figure, unless a guard drops a single number read whole."""
    if fig.vague or fig.high_value is not None:
        return fig, end
    run = guards.digit_run(s, fig)
    if run > fig.core_end:
        return None, run  # "+44 20 7946 0958": a phone number or a code
    if guards.is_calendar(s, fig) or guards.is_identifier(s, fig):
        skip_to = fig.core_end
        if s.word(skip_to) == "of" and skip_to + 1 < len(s) and s.texts[skip_to + 1].isdigit():
            skip_to += 2  # "Photo 2 of 10", "Vol. 3 of 5": a place in a series
        return None, skip_to
    return fig, end


def _unrange(s: Sentence, fig: Figure) -> tuple[Figure | None, int]:
    fig.high_value = None
    fig.range_sep = None
    fig.end = fig.core_end
    if guards.is_calendar(s, fig) or guards.is_identifier(s, fig):
        return None, fig.core_end
    return fig, fig.core_end
