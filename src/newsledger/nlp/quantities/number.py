"""Reading a number: its value from the tokens, and the unit written after it.

:func:`read_number` tries each way news writes a number in turn (vague
plurals, "a dozen", "half a", shares, fractions, multipliers, digits, number
words) and builds the :class:`~.sentence.Figure` for the first that reads;
:func:`read_unit` then reads the unit after it. Hedges, ranges and the
currency before the number are the figure reader's.
"""

from __future__ import annotations

import re

from ...lang.en import calendar, numbers, units
from ...lang.en.numbers import CARDINAL_WORDS, DOZEN, SCALE_ABBREVIATIONS, SCALE_WORDS, TENS_WORDS, UNITS_WORDS
from ..numbers import slash_fraction, split_numeral, words_to_number
from .multipliers import read_multiplier as _multiplier
from .sentence import HYPHENS, Figure, Sentence, glued, match_seq

_ORDINAL = re.compile(r"^\d+(st|nd|rd|th)$", re.IGNORECASE)
_GLUED_RANGE = re.compile(r"^(\d[\d,]*(?:\.\d+)?)([a-zA-Z]*)[-\u2013]([$\u00a3\u20ac]?)(\d[\d,]*(?:\.\d+)?)(bn|mn|m|k|tn|billion|million|trillion)?$")
_SCALE_TAILS = frozenset({"bn", "mn", "m", "k", "tn", "billion", "million", "trillion"})
_PERCENT_OWNED = re.compile(r"^(\d+(?:\.\d+)?)%-(?:owned|held|controlled|funded|backed)$")
_PERCENT_PAIR = re.compile(r"^(\d+(?:\.\d+)?)%[-\u2013](\d+(?:\.\d+)?)$")
_SCALE_OR_DOZEN = frozenset(SCALE_WORDS) | frozenset(DOZEN)
_WORD_NUMBER = re.compile(r"^([A-Za-z]+)-(\d+(?:\.\d+)?)$")


def _number(i: int, end: int, value: float, **fields) -> Figure:
    return Figure(start=i, end=end, core_start=i, core_end=end, value=value, **fields)


# Words a number may start with; any other token must hold a digit or a
# fraction character. Checked first, because read_number sees every token.
NUMBER_STARTERS = (
    CARDINAL_WORDS
    | frozenset({"a", "an", "half"})
    | frozenset(key[0] for key in numbers.VAGUE_AMOUNTS)
    | frozenset(numbers.MULTIPLIER_VERBS)
    | frozenset(numbers.MULTIPLIER_WORDS)
)
NUMBER_SIGNS = frozenset("-+.\u2212") | frozenset(numbers.VULGAR_FRACTIONS)
MEASURE_PREFIXES = tuple(f"{w}-" for w in sorted(numbers.MEASURE_WORDS_HYPHENED))  # "magnitude-7.8"


def may_start(s: Sentence, i: int, w: str) -> bool:
    """Whether a number may start at token i, whose word (lower case) is ``w``."""
    return (
        w in NUMBER_STARTERS
        or w[:1].isdigit()
        or w[:1] in NUMBER_SIGNS
        or i in s.glued_currency
        or w.endswith("fold")
        or w.startswith(MEASURE_PREFIXES)
    )


def read_number(s: Sentence, i: int) -> Figure | None:
    """The number starting at token i, as a figure of its own tokens, or None."""
    w = s.words[i]
    if not w or not may_start(s, i, w):
        return None
    hit = match_seq(s.words, i, numbers.VAGUE_AMOUNTS, numbers.VAGUE_AMOUNT_MAX)
    if hit is not None:
        return _vague(s, i, hit)
    if w in ("a", "an") and s.word(i + 1) in _SCALE_OR_DOZEN:
        return _a_scale(s, i)
    if w in ("a", "half") and (half := _half_scale(s, i)) is not None:
        return half
    if w == "half" and s.word(i + 1) in ("a", "an") and (s.word(i + 2) in units.UNITS or s.word(i + 2) == "percentage"):
        return _number(i, i + 2, 0.5)  # "half a percent": the unit is read next
    if w == "half" and s.word(i + 1) in ("a", "an") and s.word(i + 2) in ("million", "billion", "trillion", "dozen"):
        value = words_to_number(s.words[i : i + 3])
        return _number(i, i + 3, value) if value is not None else None
    # the readers below may decline and leave the token to the next one
    for reader in (_share, read_fraction, _written_fraction, _multiplier):
        fig = reader(s, i)
        if fig is not None:
            return fig
    split = split_numeral(s.glued_currency[i][1] if i in s.glued_currency else s.texts[i])
    if split is None and s.texts[i].endswith(".") and s.texts[i][-2:-1].isalpha() and (i + 1 >= len(s) or s.toks[i + 1].is_space):
        split = split_numeral(s.texts[i][:-1])  # "limited to 1.5C.": the sentence's full stop kept on the unit
    if split is None and (m := _WORD_NUMBER.match(s.texts[i])) is not None and m[1].lower() in numbers.MEASURE_WORDS_HYPHENED:
        return _number(i, i + 1, float(m[2]))  # "a magnitude-7.8 earthquake": one token for the tokenizer
    if split is not None and s.toks[i].tag_ != "LS":
        return _digits(s, i, *split)
    if "%" in s.texts[i]:
        return _percent_pair(s, i)
    if "-" in s.texts[i]:
        return _glued_range(s, i)
    if w in CARDINAL_WORDS:
        return _number_words(s, i)
    return None


def _vague(s: Sentence, i: int, hit) -> Figure | None:
    """Vague plurals: "dozens", "hundreds of thousands"."""
    key, value = hit
    end = i + len(key)
    if key[0] in numbers.VAGUE_NEEDS_OF and len(key) == 1 and s.word(end) not in ("of", "more") and not _bare_plural_amount(s, i, key[0]):
        return None
    if key == ("hundreds",) and s.word(end) == "of" and s.word(end + 1) in ("thousands", "millions"):
        return None  # the longer key handles it
    if key[0] not in numbers.VAGUE_OPENERS and s.toks[i].tag_ not in ("NNS", "CD", "NNPS", "NNP", "NN"):
        return None
    if key[0] == "many" and key[1] == "tens" and s.word(i - 1) == "how":
        return None
    value = float(value)
    while s.word(end) in SCALE_WORDS and key[-1] in SCALE_WORDS:
        value *= SCALE_WORDS[s.word(end)]  # "several hundred thousand"
        end += 1
    if key in numbers.VAGUE_APPROX:
        fig = _number(i, end, value, has_scale=True)
        fig.hedges.append("approx")  # "a couple of hundred": about 200
        return fig
    return _number(i, end, value, vague=True)


def _bare_plural_amount(s: Sentence, i: int, word: str) -> bool:
    """ "invest billions each year", "millions lost their homes": the plural alone as a noun, no "of"."""
    tok = s.toks[i]
    return (
        word in ("millions", "billions")
        and tok.tag_ == "NNS"
        and tok.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj")
        and s.word(i - 1) not in ("the", "his", "her", "their", "its", "our", "your", "my", "of")
    )


def _a_scale(s: Sentence, i: int) -> Figure | None:
    """ "a dozen", "a hundred", "a million"; "a score" only before "of"."""
    if s.word(i + 1) == "score" and s.word(i + 2) != "of":
        return None
    end = i + 2
    while end < len(s) and s.words[end] in SCALE_WORDS:
        end += 1
    value = words_to_number(s.words[i:end])
    if value is not None and s.word(end) == "and" and s.word(end + 1) in CARDINAL_WORDS and s.word(i + 1) in SCALE_WORDS:
        tail = _number_words(s, end + 1)
        if tail is not None and tail.value < 100:
            value, end = value + tail.value, tail.core_end  # "a hundred and fifty jobs": 150
    return _number(i, end, value) if value is not None else None


def _half_scale(s: Sentence, i: int) -> Figure | None:
    """ "a half-dozen" 6, "a half million" 500,000, "more than half-dozen": half of a scale word."""
    k = i + 1 if s.words[i] == "a" else i
    if s.word(k) != "half":
        return None
    j = k + 2 if s.word(k + 1) in HYPHENS else k + 1
    scale = s.word(j)
    if scale not in _SCALE_OR_DOZEN or scale == "score" or (scale == "hundred" and k == i):
        return None
    factor = DOZEN.get(scale) or SCALE_WORDS[scale]
    return _number(i, j + 1, 0.5 * factor, has_scale=scale != "dozen")


def _share(s: Sentence, i: int) -> Figure | None:
    """ "one in five adults", "six in 10 voters", "nine out of 10", "one in every four": a share, written as a fraction."""
    if s.word(i + 1) == "in":
        step = 2
    elif s.word(i + 1) == "out" and s.word(i + 2) == "of":
        step = 3
    else:
        return None
    if s.word(i + step) == "every":
        step += 1  # "one in every four deaths"
    numerator = words_to_number([s.words[i]])
    if numerator is None or not numerator >= 1 or numerator != int(numerator):
        return None
    if numerator > 1 and not (s.words[i] in CARDINAL_WORDS or s.words[i].isdigit()):
        return None
    den = s.word(i + step)
    denominator = words_to_number([den]) if den and (den in CARDINAL_WORDS or den in SCALE_WORDS or den.replace(",", "").isdigit()) else None
    if not denominator or denominator <= numerator or (numerator > 1 and denominator > 1000):
        return None  # "scored 2 in 2020": a year, not a share
    return _number(i, i + step + 1, float(f"{numerator / denominator:.3g}"), unit="fraction")  # "1 in 10,000" is 0.0001


def read_fraction(s: Sentence, i: int) -> Figure | None:
    """Fractions: "a third of", "two thirds of", "half of", "three quarters of"."""
    w = s.words[i]
    if w == "half":
        if s.word(i - 1) in numbers.HALF_OF_A_PAIR or (s.word(i - 1) in ("a", "an") and s.word(i - 2) == "and"):
            return None  # "the first half", "a decade and a half of war"
        if s.word(i + 1) in numbers.FRACTION_FOLLOWERS or s.word(i - 1) in numbers.HALF_AFTER or fraction_alone(s, i, i + 1):
            return _number(i, i + 1, 0.5, unit="fraction")
        return None
    if w in ("a", "one") or w in UNITS_WORDS:
        if w == "a" and s.word(i - 1) == "and" and _measured_before_and(s, i - 2):
            return None  # "a decade and a half of": the half belongs to what comes before
        fw = s.word(i + 1)
        if s.word(i + 1) in HYPHENS:
            fw = s.word(i + 2)
            step = 3
        else:
            step = 2
        if (
            w in ("a", "one")
            and fw in ("quarter", "half")
            and s.word(i + 2) in HYPHENS
            and s.word(i + 3) == "point"
            and (s.word(i + 4) in numbers.POINT_MOVE_NOUNS or s.word(i - 1) == "by")
        ):
            # "a quarter-point cut", "a half-point rise": a rate moved by that share of a percentage point
            return _number(i, i + 4, numbers.FRACTION_WORDS[fw], unit="percentage_point")
        hedged = s.word(i - 1) in numbers.FRACTION_HEDGES
        alone = fw in numbers.FRACTION_WORDS and fraction_alone(s, i, i + step) and (step == 3 or fw not in ("quarter", "quarters"))
        if s.word(i + step) == "or" and s.word(i + step + 1) in ("more", "less") and s.word(i + step + 2) == "of":
            alone = True  # "a half or more of the voters"
        # "a two-thirds majority", "a one-fifth stake": a hyphened fraction before the noun it sizes
        modifier = (
            step == 3
            and i + 3 < len(s)
            and fw in numbers.FRACTION_WORDS
            and fw not in ("quarter", "quarters", "half")
            and s.toks[i + 3].pos_ == "NOUN"
        )
        if fw in numbers.FRACTION_WORDS and (s.word(i + step) in numbers.FRACTION_FOLLOWERS or (hedged and fw != "half") or alone or modifier):
            if fw in ("quarter", "quarters") and s.word(i + step) != "of" and not hedged and not alone:
                return None
            if fw in ("quarter", "quarters") and s.word(i - 1) in numbers.QUARTER_TIME_WORDS:
                return None  # "the first two quarters of 1990": a span of the year
            num = 1.0 if w in ("a", "one") else float(UNITS_WORDS[w])
            if num > 1 and not fw.endswith("s") and fw != "half":
                return None
            return _of_a_whole(s, _number(i, i + step, round(num * numbers.FRACTION_WORDS[fw], 3), unit="fraction"))
    return None


def _measured_before_and(s: Sentence, k: int) -> bool:
    """Whether token k, before "and a half", is a number or a unit it adds to ("a decade", "two hours", "three")."""
    w = s.word(k)
    return w[:1].isdigit() or w in CARDINAL_WORDS or w in calendar.DURATION_UNITS or w in units.UNITS or w in SCALE_WORDS


def fraction_alone(s: Sentence, start: int, end: int) -> bool:
    """A fraction that is a share by itself, with no "of": after a hedge or a word of change ("nearly
    half said", "down three-quarters from", "as high as three-quarters"), or as the subject of a verb
    ("three-quarters said", "half may be sold"). Not before a noun or a hyphen ("half price", "half-empty")."""
    if end >= len(s):
        return False
    nxt = s.toks[end]
    if nxt.text in HYPHENS or nxt.pos_ in ("NOUN", "PROPN", "ADJ", "NUM") or nxt.lower_ in ("a", "an", "the"):
        return False
    prev = s.word(start - 1)
    if prev in numbers.FRACTION_ALONE_AFTER or (prev == "as" and s.word(start - 2) in numbers.AS_HEDGE_WORDS):
        return True
    return s.toks[end - 1].dep_ in ("nsubj", "nsubjpass") and nxt.pos_ in ("VERB", "AUX")


def _of_a_whole(s: Sentence, fig: Figure) -> Figure:
    """ "a quarter of a million" is 250,000 and "a third of a mile" 0.333 mile; else the fraction stays one."""
    end = fig.core_end
    if s.word(end) != "of" or s.word(end + 1) not in ("a", "an"):
        return fig
    whole = s.word(end + 2)
    if whole in SCALE_WORDS and whole != "hundred":
        fig.value = fig.value * SCALE_WORDS[whole]
        fig.unit, fig.has_scale = None, True
    elif whole in units.UNITS and whole.isalpha() and len(whole) > 2:
        fig.value, fig.unit = round(fig.value, 4), units.UNITS[whole]
    elif (multi := match_seq(s.words, end + 2, units.MULTI_UNITS, units.MULTI_UNIT_MAX)) is not None:
        # "a quarter of a percentage point" is 0.25 percentage point
        fig.value, fig.unit = round(fig.value, 4), multi[1]
        fig.value = float(round(fig.value, 6))
        fig.end = fig.core_end = end + 2 + len(multi[0])
        return fig
    else:
        return fig
    fig.value = float(round(fig.value, 6))
    fig.end = fig.core_end = end + 3
    return fig


def _written_fraction(s: Sentence, i: int) -> Figure | None:
    """ "1/16 of an inch", "3/4 mile", "2 1/2 miles", "⅓ of voters": fractions in figures, not dates."""
    text = s.texts[i]
    if not text[:1].isdigit() and text not in numbers.VULGAR_FRACTIONS:
        return None
    value = slash_fraction(text) if "/" in text else None
    whole = 0.0
    if value is None and text.isdigit() and len(text) <= 3 and not glued(s.toks[i]):
        value = slash_fraction(s.texts[i + 1]) if i + 1 < len(s) else None
        if value is None:
            return None
        whole, first, i = float(text), i, i + 1  # "2 1/2 miles"
    else:
        first = i
    if value is None:
        if len(text) == 1 and text in numbers.VULGAR_FRACTIONS and s.word(i + 1) == "of":
            return _of_a_whole(s, _number(i, i + 1, round(numbers.VULGAR_FRACTIONS[text], 3), unit="fraction"))
        return None
    nxt = s.word(i + 1)
    if whole:
        return Figure(start=first, end=i + 1, core_start=first, core_end=i + 1, value=whole + value)
    if nxt == "of":
        return _of_a_whole(s, _number(i, i + 1, round(value, 4), unit="fraction"))
    if nxt in units.UNITS and nxt.isalpha() and len(nxt) > 2:
        return _number(i, i + 1, value)  # "3/4 mile": the unit is read next
    return None


def _digits(s: Sentence, i: int, value: float, suffix: str) -> Figure | None:
    """A digit numeral (a currency glued before it was read by the caller) and what is glued to it."""
    text = s.texts[i]
    if _ORDINAL.match(text):
        return None
    scale = False
    unit = None
    inner = ""
    if suffix:
        low = suffix.lower()
        if low in SCALE_ABBREVIATIONS and low != "m":
            value *= SCALE_ABBREVIATIONS[low]
            scale = True
        elif low in SCALE_WORDS:
            value *= SCALE_WORDS[low]  # "$23million", "2.2million": a space lost in the copy
            scale = True
        elif low == "percentage" and s.word(i + 1) in ("point", "points"):
            return _number(i, i + 2, value, unit="percentage_point")  # "5percentage points"
        elif low == "m":
            inner = "m"  # million or metre: settled by the caller
        elif low == units.PENCE_SUFFIX and value not in units.VIDEO_LINES:
            # "20p", "340p": pence, the currency settled with the sentence's
            end, value, _scaled, _inner = _scale_after(s, i + 1, value)
            return _number(i, end, value * units.SUBUNITS["pence"][0], money_sub="pence")
        elif suffix in ("C", "F"):
            unit = "degree_c" if suffix == "C" else "degree_f"  # "30C heat"
        elif len(suffix) == 1 and suffix.isupper() and low != "k":
            return None  # "3G", "4K" screens aside: a letter grade or generation, a name
        elif low in units.UNITS or low in calendar.DURATION_UNITS or low in ("hr", "h"):
            inner = low
        else:
            return None  # "737s", "150px", "1990s": a name or a decade
    end = i + 1
    if not inner:
        end, value, scaled, inner = _scale_after(s, end, value)
        scale = scale or scaled
    return _number(i, end, value, unit=unit, suffix=inner, has_scale=scale, has_comma="," in text)


def _glued_range(s: Sentence, i: int) -> Figure | None:
    """ "$2bn-$3bn", which the tokenizer keeps as one token after the "$": a range of scaled amounts."""
    m = _GLUED_RANGE.match(s.glued_currency[i][1] if i in s.glued_currency else s.texts[i])
    if m is None:
        return None
    money = bool(m[3]) or i in s.glued_currency or (i > 0 and s.texts[i - 1] in units.CURRENCY_PREFIX)
    end, tail = i + 1, m[5] or ""
    if not tail and money and glued(s.toks[i]) and s.word(i + 1).rstrip(".") in _SCALE_TAILS:
        end, tail = i + 2, s.word(i + 1).rstrip(".")  # "£1.5m-£2m", cut as "1.5m-£2" and "m."
    if not tail or (tail.lower() in ("m", "k") and not money):
        return None  # "a 2-3m wall": metres, not millions; "3-1" a score
    low, high = float(m[1].replace(",", "")), float(m[4].replace(",", ""))
    low_scale, high_scale = _scale_of(m[2]), _scale_of(tail)
    if high_scale is None or low_scale is None:
        return None
    low *= low_scale if m[2] else high_scale
    high *= high_scale
    if not low < high:
        return None
    fig = _number(i, end, low, has_scale=True)
    fig.high_value, fig.range_sep = high, "-"
    if m[3]:
        fig.unit = units.CURRENCY_PREFIX.get(m[3])
    return fig


def _scale_of(word: str) -> float | None:
    low = word.lower()
    return SCALE_WORDS.get(low) or SCALE_ABBREVIATIONS.get(low) if low else 1.0


def _percent_pair(s: Sentence, i: int) -> Figure | None:
    """ "58%-33%", which the tokenizer cuts as "58%-33" and "%": a range when it rises ("2%-3%"),
    else a split of opinion, of which the first share is read (a range never falls)."""
    owned = _PERCENT_OWNED.match(s.texts[i])
    if owned is not None:
        return _number(i, i + 1, float(owned[1]), unit="percent")  # "a 61%-owned unit": a share held
    m = _PERCENT_PAIR.match(s.texts[i])
    if m is None or s.word(i + 1) != "%" or not glued(s.toks[i]):
        return None
    value, second = float(m[1]), float(m[2])
    fig = _number(i, i + 2, value, unit="percent")
    if second > value:
        fig.high_value, fig.range_sep = second, "-"
    return fig


def _scale_after(s: Sentence, end: int, value: float) -> tuple[int, float, bool, str]:
    """Scale words right after a digit numeral ("1.5 million", "15 bn", "20k").

    Returns the new end, the value, whether a scale was applied and a glued
    "m" left for the caller to settle (million or metre).
    """
    prev = s.toks[end - 1]
    nw = s.word(end)
    if nw in HYPHENS and glued(prev) and s.word(end + 1) in SCALE_WORDS and glued(s.toks[end]):
        end += 1  # "15-thousand"
        nw = s.word(end)
    if nw in SCALE_WORDS:
        scale = 1.0
        while end < len(s) and s.words[end] in SCALE_WORDS:
            scale *= SCALE_WORDS[s.words[end]]
            end += 1
        return end, value * scale, True, ""
    if nw in DOZEN and nw == "dozen":
        return end + 1, value * 12, False, ""
    if nw in SCALE_ABBREVIATIONS and nw != "b" and (glued(prev) or nw in numbers.SPACED_SCALE_ABBREVIATIONS):
        if nw == "m":
            return end + 1, value, False, "m"
        return end + 1, value * SCALE_ABBREVIATIONS[nw], True, ""
    return end, value, False, ""


def _number_words(s: Sentence, i: int) -> Figure | None:
    """Number words, with "and" and hyphens inside ("one hundred and five", "twenty-one")."""
    w = s.words[i]
    tok = s.toks[i]
    if (
        w == "one"
        and s.word(i + 1) == "of"
        and (s.word(i - 1) in numbers.ONE_OF_LIMITERS or (s.word(i - 2), s.word(i - 1)) in numbers.ONE_OF_BOUNDS)
        and s.word(i - 2) != "the"
        and s.word(i + 2) not in numbers.ONE_OF_MANY
    ):
        # "just one of their last 10 games", "at least one of the victims": a count; "the only one
        # of the five" and "only one of many reasons" name one thing
        return _number(i, i + 1, 1.0)
    if (
        w == "one"
        and s.word(i + 1) not in SCALE_WORDS
        and not (s.word(i + 1) in HYPHENS and s.word(i + 2) in SCALE_WORDS)  # "one-hundred percent"
        and s.word(i + 1) not in DOZEN
        and (tok.tag_ != "CD" or tok.dep_ != "nummod" or s.word(i + 1) in ("of", "more", "another"))
    ):
        return None  # "one of the", "no one", "one that": a pronoun, not a count
    if (
        w == "one"
        and tok.ent_type_ not in ("CARDINAL", "QUANTITY", "MONEY", "PERCENT")
        and s.word(i + 1) not in SCALE_WORDS
        and not (s.word(i + 1) in HYPHENS and s.word(i + 2) in SCALE_WORDS)
    ):
        return None  # "one thing", "one side", "one shining moment": the tagger sees no count either
    if w == "one" and s.word(i - 1) == "at" and s.word(i + 1) == "point":
        return None  # "at one point": an idiom of time
    if w == "one" and s.word(i + 1) in HYPHENS and s.word(i + 2) in numbers.ONE_COMPOUNDS:
        return None  # "one-on-one talks", "a one-time gain": no count
    if w == "one" and (s.word(i + 2) in ("or", "after") and s.word(i + 3) in ("another", "the") or s.word(i + 2) == "only"):
        return None  # "one side or another", "one after another", "his one and only": an idiom, no count
    if s.word(i - 1) in numbers.YEAR_WORDS:
        return None  # "the year two thousand"
    if w in UNITS_WORDS and UNITS_WORDS[w] >= 10 and s.word(i + 1) in TENS_WORDS:
        return None  # "nineteen seventy-nine": a year said aloud
    if w in TENS_WORDS and UNITS_WORDS.get(s.word(i - 1), 0) >= 10:
        return None  # its "seventy-nine"
    if s.word(i - 1) in HYPHENS and s.word(i - 2) in TENS_WORDS:
        return None  # and its "nine"
    end = i + 1
    words = [w]
    while end < len(s):
        nw = s.words[end]
        if nw in CARDINAL_WORDS or nw in SCALE_WORDS or nw in DOZEN:
            if nw in DOZEN and nw == "score":
                break
            if nw in CARDINAL_WORDS and not _joins(words[-1], nw):
                break  # "nine three-pointers": two counts side by side, no number "nine three"
            words.append(nw)
            end += 1
        elif nw in HYPHENS and s.word(end + 1) in UNITS_WORDS and s.words[end - 1] in TENS_WORDS:
            words.append(s.words[end + 1])
            end += 2
        elif nw == "and" and s.words[end - 1] in SCALE_WORDS and s.word(end + 1) in CARDINAL_WORDS:
            words.append(nw)
            end += 1
        elif (half := _and_a_half(s, end)) is not None:
            words.extend(["and", "a", s.words[half - 1]])  # "two and a half million", "two-and-a-half"
            end = half
        elif nw in HYPHENS and glued(s.toks[end - 1]) and (parts := _hyphen_parts(s, end + 1)) is not None:
            words.extend(parts)  # "four-thousand-100": spaCy keeps "thousand-100" whole
            end += 2
        else:
            break
    value = words_to_number(words)
    if value is None:
        return None
    scale = any(x in SCALE_WORDS and x != "hundred" for x in words)
    return _number(i, end, value, has_scale=scale)


def _joins(prev: str, word: str) -> bool:
    """Whether a cardinal word goes on the number words before it: after a scale word or "and"
    ("two hundred five", "hundred and five"), or a unit after a tens word ("twenty one")."""
    if prev in SCALE_WORDS or prev in DOZEN or prev == "and":
        return True
    return prev in TENS_WORDS and 0 < UNITS_WORDS.get(word, 0) < 10


def _and_a_half(s: Sentence, k: int) -> int | None:
    """Where "and a half" (or "-and-a-half") starting at token k ends, else None."""
    j = k + 1 if s.word(k) in HYPHENS else k
    seq = []
    while j < len(s) and len(seq) < 3:
        if s.words[j] in HYPHENS:
            j += 1
            continue
        seq.append(s.words[j])
        j += 1
    if len(seq) == 3 and seq[0] == "and" and seq[1] == "a" and seq[2] in numbers.AND_A_FRACTIONS:
        return j
    return None


def _hyphen_parts(s: Sentence, k: int) -> list[str] | None:
    """The number words of a token spaCy left hyphenated ("thousand-100"), when all its parts are."""
    if k >= len(s):
        return None
    parts = [p for p in s.words[k].split("-") if p]
    if not parts or not all(p in SCALE_WORDS or p in CARDINAL_WORDS or p.isdigit() for p in parts):
        return None
    if len(parts) == 1 and parts[0] not in SCALE_WORDS:
        return None  # "twenty-one" is read above; a lone digit after a hyphen is a range or a score
    return parts


def read_unit(s: Sentence, i: int, fig: Figure) -> int:
    """Read a unit starting at token i into ``fig``; return the new end."""
    hit = match_seq(s.words, i, units.MULTI_UNITS, units.MULTI_UNIT_MAX)
    if hit is not None:
        fig.unit = hit[1]
        return i + len(hit[0])
    w = s.word(i)
    if not w:
        return i
    tok = s.toks[i]
    if w in units.CURRENCY_WORDS and tok.text[:1].isupper() and i + 1 < len(s) and s.toks[i + 1].pos_ == "PROPN" and s.texts[i + 1][:1].isupper():
        return i  # "8 Rand Paul": a name that starts with a currency's word
    if w in units.CURRENCY_WORDS and not (w in units.POUND_WORDS and s.word(i + 1) == "of"):
        fig.unit = units.CURRENCY_WORDS[w]
        end = i + 1
        if s.texts[end - 1] and s.word(end) == "sterling":
            end += 1
        return end
    if w in units.DOLLAR_QUALIFIERS and s.word(i + 1) in units.DOLLAR_WORDS:
        fig.unit = units.DOLLAR_QUALIFIER_CURRENCY.get(w, "USD")
        return i + 2
    if tok.text in units.CURRENCY_CODES:
        fig.unit = units.CODE_ALIASES.get(tok.text, tok.text)
        return i + 1
    if w in units.SCALED_ONLY_CURRENCY_WORDS and s.word(i - 1) in SCALE_WORDS and s.word(i - 1) != "hundred":
        fig.unit = units.SCALED_ONLY_CURRENCY_WORDS[w]  # "10.4 trillion won"
        return i + 1
    if w in units.SUBUNIT_QUALIFIERS and s.word(i + 1) in units.SUBUNITS:
        fig.unit = units.SUBUNIT_QUALIFIERS[w]  # "73.45 U.S. cents": the cents of that currency
        w, i = s.word(i + 1), i + 1
    if w in units.SUBUNITS:
        factor, _default = units.SUBUNITS[w]
        fig.value *= factor
        if fig.high_value is not None:
            fig.high_value *= factor
        fig.money_sub = w
        return i + 1
    if len(tok.text) == 1 and tok.text.isupper() and glued(s.toks[i - 1]):
        return i  # "3G": a generation, not grams
    if w in units.UNITS:
        # "m" alone after a number is read by the core; "in", "g", "ha" are too
        # ambiguous unless glued to the digits.
        if w in units.GLUED_ONLY_UNITS and not glued(s.toks[i - 1]):
            return i
        if w in ("point", "points") and s.word(i - 1) in ("percentage", "basis"):
            return i
        fig.unit = units.UNITS[w]
        return i + 1
    return i
