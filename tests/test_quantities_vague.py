"""Vague magnitudes, number words with hyphens, negatives and fractions."""

from __future__ import annotations

import pytest

from conftest import run_pipeline


def _by_text(nlp, text: str):
    return {c.text: c for c in run_pipeline(nlp, text)._.claims}


def _one(nlp, text: str, expr: str):
    found = _by_text(nlp, text)
    assert expr in found, list(found)
    return found[expr]


@pytest.mark.parametrize(
    ("text", "expr", "low", "bound", "unit"),
    [
        ("The project will cost tens of millions of dollars.", "tens of millions", 20e6, "lower", "USD"),
        ("Refugees walked hundreds of miles to the border.", "hundreds", 200, "lower", "mile"),
        ("Several hundred protesters gathered outside parliament.", "Several hundred", 300, "lower", None),
        ("A few thousand fans stayed after the match.", "A few thousand", 2000, "lower", None),
        ("Several hundred thousand barrels were spilled.", "Several hundred thousand barrels", 300_000, "lower", "barrel"),
        ("Many thousands of voters stayed at home.", "Many thousands", 2000, "lower", None),
        ("Dozens of people were injured in the crush.", "Dozens", 24, "lower", None),
        ("Scores of homes were destroyed by the flood.", "Scores", 40, "lower", None),
        ("Hundreds of thousands of people fled the city.", "Hundreds of thousands", 200_000, "lower", None),
        ("Several dozen employees worked in the office.", "Several dozen", 36, "lower", None),
    ],
)
def test_vague_magnitudes_are_open_intervals(nlp, text, expr, low, bound, unit):
    q = _one(nlp, text, expr).quantity
    assert (q.value, q.low, q.high, q.bound, q.unit) == (low, low, None, bound, unit)


def test_a_couple_of_hundred_is_about_two_hundred(nlp):
    q = _one(nlp, "A couple of hundred miners walked out.", "A couple of hundred").quantity
    assert (q.value, q.bound) == (200, "approx") and q.low < 200 < q.high


@pytest.mark.parametrize(
    ("text", "expr", "value"),
    [
        ("The crowd numbered four-thousand-100.", "four-thousand-100", 4100),
        ("About 15-thousand people attended the rally.", "About 15-thousand", 15_000),
        ("The firm lost 1.2mn customers.", "1.2mn", 1.2e6),
        ("The lab won a grant of $3.5bn.", "$3.5bn", 3.5e9),
        ("Two-and-a-half million people voted.", "Two-and-a-half million", 2.5e6),
        ("The region has two and a half million residents.", "two and a half million", 2.5e6),
        ("A quarter of a million people marched.", "A quarter of a million", 250_000),
        ("The quake left 2½ million people homeless.", "2½ million", 2.5e6),
        ("The hikers walked 2 1/2 miles.", "2 1/2 miles", 2.5),
        ("The wall will be paid for, one-hundred percent.", "one-hundred percent", 100),
    ],
)
def test_hyphenated_and_mixed_number_words(nlp, text, expr, value):
    assert _one(nlp, text, expr).quantity.value == pytest.approx(value)


@pytest.mark.parametrize(
    ("text", "expr", "value", "unit"),
    [
        ("Temperatures on the moon fall to minus 130 degrees.", "minus 130 degrees", -130, "degree"),
        ("The economy grew -1.3% in the quarter.", "-1.3%", -1.3, "percent"),
        ("It was \u22125C in Moscow on Sunday.", "\u22125C", -5, "degree_c"),
        ("The index ended at -0.4 percent.", "-0.4 percent", -0.4, "percent"),
    ],
)
def test_negatives_keep_their_sign(nlp, text, expr, value, unit):
    c = _one(nlp, text, expr)
    assert (c.quantity.value, c.quantity.unit, c.quantity.change) == (value, unit, None)


@pytest.mark.parametrize(
    ("text", "expr", "value", "unit"),
    [
        ("The crack is 1/16 of an inch wide.", "1/16 of an inch", 0.0625, "inch"),
        ("About \u2153 of voters are undecided.", "About \u2153", 0.333, "fraction"),
        ("Three-quarters of the staff quit.", "Three-quarters", 0.75, "fraction"),
        ("Two thirds of members backed the deal.", "Two thirds", 0.667, "fraction"),
        ("Nearly 3/4 of the land is forest.", "Nearly 3/4", 0.75, "fraction"),
        ("The runway is a third of a mile long.", "a third of a mile", 0.333, "mile"),
    ],
)
def test_fractions(nlp, text, expr, value, unit):
    c = _one(nlp, text, expr)
    assert c.quantity.value == pytest.approx(value, abs=1e-3)
    assert c.quantity.unit == unit


@pytest.mark.parametrize(
    "text",
    [
        # a date written with a slash is no claim
        "The hearing was moved to 3/27.",
        "The attacks of 9/11 changed the city.",
        # the count of a time is the time's, even as the first of two
        "It happened 40 or 50 years ago.",
        "Talks could take two to three weeks.",
        "After a decade and a half of war, the town was empty.",
        # quarters of a year, years said aloud
        "Losses will go on through the first two quarters of 1990.",
        "The promise to halve unemployment by the year two thousand was dropped.",
        "The Soviet Union invaded Afghanistan in nineteen seventy-nine.",
        # an idiom, no multiple
        "He doubled down on his claim.",
    ],
)
def test_dates_and_idioms_are_no_claims(nlp, text):
    assert _by_text(nlp, text) == {}


@pytest.mark.parametrize(
    ("text", "expr", "value"),
    [
        ("Six in 10 Republicans said no candidate should be chosen.", "Six in 10", 0.6),
        ("Nine out of 10 dentists agree.", "Nine out of 10", 0.9),
        ("One in five adults smokes.", "One in five", 0.2),
        ("The fund raised $2.3 million, more than three-quarters from small donors.", "more than three-quarters", 0.75),
    ],
)
def test_shares_are_fractions(nlp, text, expr, value):
    c = _one(nlp, text, expr)
    assert (c.quantity.value, c.quantity.unit) == (pytest.approx(value), "fraction")


def test_a_count_then_in_and_a_year_is_no_share(nlp):
    found = _by_text(nlp, "He scored 2 in 2020 and 5 in 2021.")
    assert all(c.quantity.unit != "fraction" for c in found.values())


@pytest.mark.parametrize(
    ("text", "expr", "low"),
    [
        ("Energy companies invest billions each year.", "billions", 2e9),
        ("Sanders says millions lost their homes.", "millions", 2e6),
    ],
)
def test_millions_alone_as_a_noun_is_a_vague_amount(nlp, text, expr, low):
    q = _one(nlp, text, expr).quantity
    assert (q.low, q.bound, q.change) == (low, "lower", None)


def test_a_count_in_a_hyphenated_modifier_is_no_back_reference(nlp):
    c = _one(nlp, "The White House released the nine-page plan on Tuesday.", "nine")
    assert c.quantity.value == 9
    assert _by_text(nlp, "The two companies signed the deal.") == {}
