"""Hedges and intervals: what "about", "at least", "X to Y" make of a figure.

Pre-hedges ("at least", "nearly") and post-hedges ("or more", "-plus") mark a
figure approx, lower or upper; a second number joined by "to", "-", "and" or
"or" makes a range. :func:`interval` turns the figure into the value, low,
high and bound of the record, by the conventions of the package docstring.
"""

from __future__ import annotations

from ...lang.en import change, hedges, numbers, units
from ...lang.en.numbers import SCALE_WORDS
from ..numbers import split_numeral
from .change import is_path
from .guards import calibre_noun_after
from .number import read_number, read_unit
from .sentence import HYPHENS, Figure, Sentence, match_seq, match_seq_ending

SCORE_UNIT = "score"
"""The unit of a score or tally ("won 3-1", "approved 218-212"): its value is the first side's number."""

APPROX_BAND = 0.10
"""Half-width of the band given to an ``approx`` figure, as a share of its value."""


# -- ranges -------------------------------------------------------------------------------


def _may_range(s: Sentence, fig: Figure, end: int, sep: str) -> bool:
    """Whether ``sep`` after the figure may join a second number into a range."""
    if sep not in hedges.RANGE_WORDS:
        return False
    if sep == "and" and s.word(fig.start - 1) != "between":
        hedge = match_seq_ending(s.words, fig.start, hedges.PRE_HEDGES, hedges.PRE_HEDGE_MAX, 0)
        if hedge is None or s.word(fig.start - 1 - len(hedge[0])) != "between":
            return False
    if sep == "to" and s.word(fig.start - 1) == "from" and is_path(s.toks[fig.start - 1]):
        return False  # "rose from 379 to 2,500": two figures, a trajectory
    if sep == "to" and fig.unit == "times":
        return False  # "more than doubled to $35.1 billion": the multiple, then the level reached
    if sep == "to" and _close_percent_pair(s, fig, end):
        return True  # "grow by 10% to 12% a year": two near shares of one change, a range
    if sep == "to":
        before = s.toks[fig.start - 1] if fig.start > 0 else None
        if before is not None and (
            before.lemma_.lower() in change.INCREASE_VERBS | change.DECREASE_VERBS and before.pos_ in ("VERB", "AUX")
            or before.lower_ == "by"
            or (before.lower_ in ("up", "down") and before.tag_ == "RB")
        ):
            return False  # "fell 232.90 points to 6038.30": a change, then the level it reached
    if sep == "or" and (fig.unit is not None or fig.value != int(fig.value)):
        return False
    return True


_PERCENT_SIGNS = ("%", "percent", "pct")
_SHARE_UNITS = ("percent", "percentage_point", "basis_point")


def _close_percent_pair(s: Sentence, fig: Figure, end: int) -> bool:
    """ "by 10% to 12%", "up 3% to 4%": both sides written as percentages, the second above the first
    and within half of it again. A change then the level it reached is far apart ("rose 0.3% to 4.2%")
    or says where it came from ("rose 2% to 3% from 1%")."""
    if fig.unit != "percent" or fig.value <= 0 or end + 1 >= len(s):
        return False
    k = end + 1
    second = split_numeral(s.texts[k])
    if second is None:
        return False
    value2, suffix = second
    if suffix == "%":
        after = k + 1
    elif not suffix and s.word(k + 1) in _PERCENT_SIGNS:
        after = k + 2
    elif not suffix and (s.word(k + 1), s.word(k + 2)) == ("per", "cent"):
        after = k + 3
    else:
        return False
    return fig.value < value2 <= 1.5 * fig.value and s.word(after) != "from"


def _score_kind(s: Sentence, fig: Figure, end: int, k: int, second: Figure) -> str | None:
    """ "score" for a hyphenated pair that is a score or a tally ("won 3-1", "approved 218-212"),
    "phone" for a phone number ("555-1234"), else None (a range, "15-20")."""
    if s.word(end) not in HYPHENS:
        return None
    if not s.texts[k][:1].isdigit() or second.unit == "fraction":
        return None  # "$275 billion - half of what ...": a dash before a share, scores are in digits
    if (
        not s.toks[end - 1].whitespace_
        and not s.toks[end].whitespace_
        and len(s.texts[fig.core_start]) >= 3
        and len(s.texts[k]) >= 4
        and s.texts[fig.core_start].isdigit()
        and s.texts[k].isdigit()
    ):
        return "phone"
    if fig.has_scale or second.has_scale or fig.unit is not None:
        return None  # "lost 2-3m customers", "won $2-3bn": amounts, a range; a score has no scale
    cued = s.word(fig.start - 1) in numbers.SCORE_CUES or s.word(fig.start - 2) in numbers.SCORE_CUES
    after = second.core_end + (1 if s.word(second.core_end) in ("home", "away") else 0)
    result_after = s.word(after) in numbers.RESULT_NOUNS and not (
        after + 1 < len(s) and s.toks[after + 1].pos_ == "NOUN"
    )  # "a 1-1 draw", "a 2-3 home defeat"; "a 10-15 win rate" names a rate
    if not (cued or result_after or second.value < fig.value):
        return None
    whole = fig.value == int(fig.value) and second.value == int(second.value)
    return "score" if whole else "blocked"


def _hyphen_chain(s: Sentence, k: int) -> bool:
    """Whether a tight hyphen then digits follow token k-1, the second number of a hyphened pair."""
    return (
        k + 1 < len(s)
        and s.word(k) in HYPHENS
        and not s.toks[k - 1].whitespace_
        and not s.toks[k].whitespace_
        and s.texts[k + 1][:1].isdigit()
    )


def _names_a_thing(s: Sentence, fig: Figure, end: int, k: int) -> bool:
    """A hyphened pair that names, no range: "7-Eleven" (a number word capitalised mid-sentence) or a
    model and its variant, "737-800", "777-300" (a number of no round value, then a round hundred)."""
    if s.toks[end - 1].whitespace_ or s.toks[end].whitespace_:
        return False
    second = s.texts[k]
    if second[:1].isupper() and second.lower() in numbers.CARDINAL_WORDS:
        return True
    first = s.texts[fig.core_start]
    if not (len(first) == 3 and first.isdigit() and len(second) == 3 and second.isdigit()):
        return False
    return int(first) % 10 != 0 and int(second) % 100 == 0


def _counts_time(word: str) -> bool:
    """Whether a word inside a time expression is the count of its unit ("50" of "50 years ago")."""
    return word[:1].isdigit() or word in numbers.CARDINAL_WORDS


def read_range(s: Sentence, fig: Figure, end: int) -> int:
    """Read "X to Y", "X-Y", "between X and Y", "X or Y" into ``fig``; return the new end.

    A score sets ``range_sep`` to "score" (the caller keeps it, unit ``score``), a phone number
    to "phone" and a duration the
    times component holds to "blocked": the caller drops the figure.
    """
    sep = s.word(end)
    if not _may_range(s, fig, end, sep):
        return end
    k = end + 1
    if k < len(s) and s.texts[k] in units.CURRENCY_PREFIX:
        k += 1
    # "between about 12 and about 20"
    hit = match_seq(s.words, k, hedges.PRE_HEDGES, hedges.PRE_HEDGE_MAX)
    if hit is not None and hit[1] == hedges.APPROX:
        k += len(hit[0])
    if k >= len(s):
        return end
    if s.is_blocked(k):
        if sep in ("and", "to", "-", "\u2013") and s.word(fig.start - 1) in ("between", "from"):
            fig.range_sep = "blocked"  # "between 60 and 90 days": one duration
        elif sep in ("or", "to", "-", "\u2013") and fig.unit is None and not fig.has_scale and _counts_time(s.word(k)):
            fig.range_sep = "blocked"  # "40 or 50 years ago", "two to three weeks": the first end of a time's count
        return end
    second = read_number(s, k)
    if second is None:
        return end
    if sep in HYPHENS and _names_a_thing(s, fig, end, k):
        fig.range_sep = "blocked"
        return second.core_end
    metres = second.suffix == "m" and (fig.unit == "m" or calibre_noun_after(s, second.core_end))
    if second.suffix == "m" and not metres:
        second.value *= 1e6  # "between 2m and 2.5m": millions, unless metres ("2-3m high")
        second.has_scale = True
    end2, value2 = second.core_end, second.value
    if second.vague or fig.vague:
        return end
    if sep in HYPHENS and _hyphen_chain(s, end2):
        fig.range_sep = "phone"  # "1-800-273-8255", "2024-03-05": three digit groups, a number to dial or a date
        while _hyphen_chain(s, end2):
            end2 += 2
        return end2
    kind = _score_kind(s, fig, end, k, second)
    if kind is not None:
        fig.range_sep = kind
        return end2
    if sep in HYPHENS and (s.toks[end - 1].whitespace_ or s.toks[end].whitespace_):
        # "10 - 12" with spaces reads as a minus or a dash, keep it only when tight
        if not (s.toks[end - 1].whitespace_ and s.toks[end].whitespace_):
            return end
    if value2 < fig.value and not second.has_scale:
        return end
    if sep == "to" and fig.value > 0 and value2 / fig.value > 10 and not second.has_scale:
        return end  # "X to Y" ranges in news are tight; a far bigger Y is a level reached
    # the second number lends the range only a unit written after it
    second.unit = None
    end2 = read_unit(s, end2, second)
    if metres and second.unit is None:
        second.unit = "m"
    # share the scale and the unit: "between 12 and 20 million", "15-20%"
    if second.has_scale and not fig.has_scale and fig.value < value2:
        scale = second.value / value2 if value2 else 1
        if scale == 1:
            for w in s.words[k:end2]:
                if w in SCALE_WORDS:
                    scale *= SCALE_WORDS[w]
        if scale == 1 and (plain := split_numeral(s.texts[k])) is not None and plain[0]:
            scale = second.value / plain[0]  # "$2-3bn": the scale glued to the second number
        fig.value *= scale
    unit = fig.unit or second.unit
    if fig.unit and second.unit and fig.unit != second.unit:
        return end
    if sep == "to" and fig.unit in _SHARE_UNITS and second.unit is None and not second.has_scale and second.money_sub is None:
        return end  # "weakened 1.2% to 3.74 per dollar": a share, then a bare level reached
    if fig.value > second.value:
        return end  # "5 to 3 million": a range never runs downwards (low <= high)
    fig.unit = unit
    if second.money_sub:
        fig.money_sub = second.money_sub
    fig.high_value = second.value
    fig.range_sep = sep
    return end2


def shared_unit(s: Sentence, k: int) -> str | None:
    """The unit of the next figure in "fell by 1.5 and 3 percent", which the first shares."""
    if k >= len(s) or s.is_blocked(k):
        return None
    probe = read_number(s, k)
    if probe is None or probe.vague:
        return None
    probe.unit = None  # only a unit written after the number is shared
    read_unit(s, probe.core_end, probe)
    if probe.money_sub is not None:
        return None  # "5 and 10 cents": the value would need the subunit too
    return probe.unit if probe.unit in ("percent", "percentage_point", "point") else None


# -- hedges -------------------------------------------------------------------------------


def read_post_hedge(s: Sentence, fig: Figure, end: int) -> int:
    """Read "or more", "-plus", "or so" after the figure into its hedges; return the new end."""
    hit = match_seq(s.words, end, hedges.POST_HEDGES, hedges.POST_HEDGE_MAX)
    after = s.word(end + len(hit[0])) if hit is not None else ""
    if hit is not None and (after in ("than", "of") or after[:1].isdigit() or after in numbers.CARDINAL_WORDS):
        hit = None  # "678 points or more than 7.3%", "5 at least 3 times": the next figure's hedge
    if hit is not None and fig.high_value is None:
        fig.hedges.append(hit[1])
        end += len(hit[0])
    return end


def read_pre_hedges(s: Sentence, fig: Figure) -> int:
    """Read the stacked hedges before the figure ("at least more than 1,000"); return its new start."""
    start = fig.start
    while True:
        hit = match_seq_ending(s.words, start, hedges.PRE_HEDGES, hedges.PRE_HEDGE_MAX, 0)
        if hit is None:
            break
        key, kind = hit
        if key == ("some",) and fig.vague:
            break
        if len(key) == 1 and s.tag(start - 1) == "RP":
            break  # "complained over two raids": a verb's particle, not a hedge
        if key == ("up", "to") and _level_reached(s, fig, start - 2):
            break  # "revised up to 3.1% from 2.9%": a level reached, no bound
        if key in (("over",), ("within",)) and _after_counted_noun(s, start - 2):
            break  # "3,404 km over 21 stages", "27 goals over 24 games": spread across, no bound
        if key == ("near",) and (s.tag(start - 1).startswith("VB") or s.tag(start - 2) == "MD"):
            kind = hedges.UPPER  # "the toll neared 500", "will near 500": a verb of approach, at most that
        fig.hedges.append(kind)
        start -= len(key)
    prep = s.word(start - 1)
    if not fig.hedges and prep in hedges.AFTER_VERB_HEDGES and not fig.vague and _passing(s, start - 1):
        fig.hedges.append(hedges.AFTER_VERB_HEDGES[prep])  # "weakened past 155": a level passed
        start -= 1
    verb = s.word(start - 1)
    if not fig.hedges and verb in hedges.VERB_HEDGES and s.tag(start - 1).startswith("VB") and not fig.vague:
        fig.hedges.append(hedges.VERB_HEDGES[verb])  # "has exceeded 300": a bound, the verb outside the text
    elif not fig.hedges and verb in hedges.LEVEL_VERB_HEDGES and s.tag(start - 1).startswith("VB") and (fig.unit or fig.has_scale):
        fig.hedges.append(hedges.LEVEL_VERB_HEDGES[verb])  # "has passed $34 trillion": a level passed
    return start


def _passing(s: Sentence, k: int) -> bool:
    """Whether "past" or "beyond" at token k says a verb took the figure there: right after the verb
    ("climbed past 3,000") or as the verb's preposition after its object ("taking the total past 50,000")."""
    if s.tag(k - 1).startswith("VB"):
        return True
    tok = s.toks[k]
    return tok.tag_ == "IN" and tok.head.pos_ in ("VERB", "AUX") and tok.head.i < tok.i


def _level_reached(s: Sentence, fig: Figure, up: int) -> bool:
    """Whether "up to" before the figure says where a revision or a change took it: after a verb of
    revision ("was revised up to 3.1%"), or before the level it started from ("up to 3.1% from 2.9%")."""
    if s.word(up - 1) in hedges.UP_TO_LEVEL_VERBS:
        return True
    k = fig.end
    return s.word(k) == "from" and k + 1 < len(s) and (s.texts[k + 1][:1].isdigit() or s.texts[k + 1] in units.CURRENCY_PREFIX)


def _after_counted_noun(s: Sentence, k: int) -> bool:
    """Whether token k is a noun or unit a number counts ("3,404 km", "27 goals"): a preposition after it
    spreads the figure before it over the next, it bounds nothing."""
    if k < 1 or s.tag(k) not in ("NN", "NNS"):
        return False
    return s.texts[k - 1][:1].isdigit() or any(c.dep_ == "nummod" for c in s.toks[k].children)


# -- intervals ----------------------------------------------------------------------------


def _round(x: float) -> float:
    return float(round(x, 6))


def interval(fig: Figure, approx_band: float = APPROX_BAND) -> tuple[float, float | None, float | None, str]:
    """value, low, high, bound for a figure, by the conventions of the package docstring."""
    if fig.high_value is not None:
        low, high = fig.value, fig.high_value
        return _round((low + high) / 2), _round(low), _round(high), "range"
    v = fig.value
    kinds = set(fig.hedges)
    if fig.vague or hedges.LOWER in kinds:
        return _round(v), _round(v), None, "lower"
    if hedges.UPPER in kinds:
        return _round(v), None, _round(v), "upper"
    if hedges.APPROX in kinds:
        a, b = sorted((v * (1 - approx_band), v * (1 + approx_band)))
        return _round(v), _round(a), _round(b), "approx"
    return _round(v), _round(v), _round(v), "exact"
