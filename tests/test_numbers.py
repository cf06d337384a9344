"""The number reader: numerals and English number words, round-tripped by hypothesis."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsledger.nlp.numbers import is_numeral, parse_numeral, split_numeral, words_to_number

_ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
         "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]  # fmt: skip
_TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def _below_thousand(n: int, hyphen: bool, use_and: bool) -> list[str]:
    """Spell 1..999 the way spaCy would tokenise it ("twenty - one" with a hyphen)."""
    words: list[str] = []
    hundreds, rest = divmod(n, 100)
    if hundreds:
        words += [_ONES[hundreds], "hundred"]
        if rest and use_and:
            words.append("and")
    if rest >= 20:
        tens, ones = divmod(rest, 10)
        words.append(_TENS[tens])
        if ones:
            words += (["-", _ONES[ones]] if hyphen else [_ONES[ones]])
    elif rest:
        words.append(_ONES[rest])
    return words


def spell(n: int, hyphen: bool = True, use_and: bool = False) -> list[str]:
    """English words for 0 <= n < 10**12, written independently of the parser under test."""
    if n == 0:
        return ["zero"]
    words: list[str] = []
    for scale, name in ((10**9, "billion"), (10**6, "million"), (10**3, "thousand")):
        chunk, n = divmod(n, scale)
        if chunk:
            words += _below_thousand(chunk, hyphen, use_and) + [name]
    if n:
        words += _below_thousand(n, hyphen, use_and)
    return words


@given(st.integers(min_value=0, max_value=10**12 - 1), st.booleans(), st.booleans())
def test_spelled_numbers_read_back(n, hyphen, use_and):
    assert words_to_number(spell(n, hyphen, use_and)) == n


@given(st.integers(min_value=0, max_value=10**15))
def test_numerals_with_thousands_commas_read_back(n):
    assert parse_numeral(f"{n:,}") == (float(n), "")
    assert parse_numeral(str(n)) == (float(n), "")


@given(st.integers(min_value=0, max_value=10**9), st.integers(min_value=0, max_value=99))
def test_decimals_and_signs_read_back(whole, cents):
    text = f"{whole:,}.{cents:02d}"
    assert parse_numeral(text)[0] == pytest.approx(whole + cents / 100)
    assert parse_numeral("-" + text)[0] == pytest.approx(-(whole + cents / 100))


@pytest.mark.parametrize(
    ("words", "value"),
    [
        ("four thousand", 4000),
        ("a dozen", 12),
        ("two dozen", 24),
        ("a hundred", 100),
        ("a million", 1_000_000),
        ("half a million", 500_000),
        ("1.5 million", 1_500_000),
        ("one hundred and five", 105),
        ("twenty - one", 21),
        ("three hundred thousand", 300_000),
    ],
)
def test_number_words(words, value):
    assert words_to_number(words.split()) == value


@pytest.mark.parametrize("words", ["a", "and", "the three", "one and", "million people", ""])
def test_not_numbers_give_none(words):
    assert words_to_number(words.split()) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("15bn", (15e9, "")),
        ("1.5m", (1.5e6, "")),
        ("20k", (20_000.0, "")),
        ("500km", (500.0, "km")),
        ("737s", (737.0, "s")),
        ("-1.3", (-1.3, "")),
        ("\u22124", (-4.0, "")),
    ],
)
def test_numerals_with_suffixes(text, expected):
    assert parse_numeral(text) == expected


def test_split_numeral_keeps_the_suffix_unscaled():
    assert split_numeral("240m") == (240.0, "m")
    assert parse_numeral("240m") == (240e6, "")


@pytest.mark.parametrize("text", ["A320", "F-16", "1,2", "12:30", "", "abc", "1.2.3"])
def test_non_numerals(text):
    assert parse_numeral(text) is None
    assert not is_numeral(text)
