"""Reading numbers as news writes them: digits, number words, scale words.

Pure functions over strings, no spaCy: the quantities component feeds them the
token texts it has grouped. Everything here returns None for what it cannot
read rather than raising, so a strange token never stops a document.

- ``parse_numeral("3,600")`` is ``(3600.0, "")``; ``parse_numeral("15bn")`` is
  ``(15e9, "")`` (a scale suffix is applied); ``parse_numeral("500km")`` is
  ``(500.0, "km")`` (any other suffix is handed back for the caller to judge).
- ``words_to_number(["four", "thousand"])`` is ``4000.0``; it reads "twenty -
  one" (spaCy splits the hyphen), "one hundred and five", "a dozen", "two
  dozen", "half a million", "a hundred".
"""

from __future__ import annotations

import re

from ..lang.en.numbers import (
    AND_A_FRACTIONS,
    DOZEN,
    NUMBER_WORDS,
    SCALE_ABBREVIATIONS,
    SCALE_WORDS,
    SLASH_DENOMINATORS,
    TENS_WORDS,
    UNITS_WORDS,
    VULGAR_FRACTIONS,
)

_NUMERAL = re.compile(
    r"""^(?P<sign>[-+\u2212]?)
        (?P<num>(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|\.\d+)
        (?P<suffix>[A-Za-z%\u00b0/][A-Za-z0-9/\u00b2\u00b3]*)?$""",
    re.VERBOSE,
)


_VULGAR = re.compile("^(?P<sign>[-+\u2212]?)(?P<whole>\\d*)(?P<frac>[" + "".join(VULGAR_FRACTIONS) + "])(?P<suffix>[A-Za-z%]*)$")
_SLASH = re.compile(r"^(?P<num>\d{1,2})/(?P<den>\d{1,3})$")


def slash_fraction(text: str) -> float | None:
    """ "1/16" as 0.0625, "3/4" as 0.75: a proper fraction with a usual denominator, else None."""
    match = _SLASH.match(text)
    if match is None:
        return None
    num, den = int(match["num"]), int(match["den"])
    if den not in SLASH_DENOMINATORS or not 0 < num < den:
        return None
    return num / den


def split_numeral(text: str) -> tuple[float, str] | None:
    """A digit numeral and whatever is glued after it, unscaled: "240m" is (240.0, "m").

    A fraction character counts as digits: "2½" is 2.5 and "⅓" 0.333.
    """
    text = text.strip()
    if text and (text[-1] in VULGAR_FRACTIONS or any(c in VULGAR_FRACTIONS for c in text[:3])):
        vulgar = _VULGAR.match(text)
        if vulgar is not None:
            value = float(vulgar["whole"] or 0) + VULGAR_FRACTIONS[vulgar["frac"]]
            return (-value if vulgar["sign"] in ("-", "\u2212") else value), vulgar["suffix"]
    match = _NUMERAL.match(text)
    if match is None:
        return None
    try:
        value = float(match["num"].replace(",", ""))
    except ValueError:
        return None
    if match["sign"] in ("-", "\u2212"):
        value = -value
    return value, match["suffix"] or ""


def parse_numeral(text: str) -> tuple[float, str] | None:
    """A digit numeral (signs, thousands commas, decimals, a glued suffix) as (value, suffix).

    A glued scale abbreviation is applied ("15bn" is 15e9, suffix ""); any other
    suffix ("km", "%", "s" of "737s") is returned for the caller to judge.
    """
    split = split_numeral(text)
    if split is None:
        return None
    value, suffix = split
    scale = SCALE_ABBREVIATIONS.get(suffix.lower())
    if scale is None and suffix.lower() in SCALE_WORDS:
        scale = SCALE_WORDS[suffix.lower()]
    if scale is not None:
        return value * scale, ""
    return value, suffix


def is_numeral(text: str) -> bool:
    """Whether the text is a digit numeral with no suffix ("1,000", "-1.3", "41.50")."""
    parsed = parse_numeral(text)
    return parsed is not None and parsed[1] == ""


def words_to_number(words: list[str]) -> float | None:
    """The value of a run of English number words, or None when it is not one.

    Reads cardinal words up to trillions, "and" inside them, "a"/"an" standing
    for one before a scale word, "dozen" and "score" as multipliers, "half"
    before "a"/"an" + scale ("half a million"), and digit numerals mixed in
    ("1.5 million", "2 dozen").
    """
    tokens = [w.lower() for w in words if w not in ("-", "\u2010", "\u2011")]
    if not tokens:
        return None
    if tokens[0] == "half" and len(tokens) >= 3 and tokens[1] in ("a", "an"):
        rest = words_to_number(["one", *tokens[2:]])
        return None if rest is None else rest / 2
    total = 0.0  # closed groups (after thousand, million, ...)
    current: float | None = None  # the group being built
    seen_number = False
    skip = 0
    for i, word in enumerate(tokens):
        if skip:
            skip -= 1
            continue
        if word in ("a", "an"):
            # "a dozen", "a hundred", "a million": only before a multiplier word.
            if i + 1 < len(tokens) and (tokens[i + 1] in SCALE_WORDS or tokens[i + 1] in DOZEN):
                current = (current or 0) + 1
                continue
            return None
        if word == "and":
            if not seen_number or i + 1 >= len(tokens):
                return None
            if tokens[i + 1 : i + 2] == ["a"] and i + 2 < len(tokens) and tokens[i + 2] in AND_A_FRACTIONS:
                # "two and a half million": the fraction joins the group before the scale
                if current is None:
                    return None
                current += AND_A_FRACTIONS[tokens[i + 2]]
                skip = 2
            continue
        numeral = parse_numeral(word)
        if numeral is not None:
            if numeral[1] or current is not None:
                return None
            current = numeral[0]
            seen_number = True
        elif word in UNITS_WORDS:
            current = (current or 0) + UNITS_WORDS[word]
            seen_number = True
        elif word in TENS_WORDS:
            current = (current or 0) + TENS_WORDS[word]
            seen_number = True
        elif word in DOZEN:
            current = (current if current is not None else 1) * DOZEN[word]
            seen_number = True
        elif word in SCALE_WORDS:
            scale = SCALE_WORDS[word]
            base = current if current is not None else (1 if not seen_number else None)
            if base is None:
                # "thousand million" style: multiply the running total.
                total *= scale
                continue
            if scale == 100:
                current = base * scale
            else:
                total += base * scale
                current = None
            seen_number = True
        else:
            return None
    if not seen_number:
        return None
    return total + (current or 0)


__all__ = [
    "DOZEN",
    "NUMBER_WORDS",
    "SCALE_ABBREVIATIONS",
    "SCALE_WORDS",
    "TENS_WORDS",
    "UNITS_WORDS",
    "is_numeral",
    "parse_numeral",
    "slash_fraction",
    "split_numeral",
    "words_to_number",
]
