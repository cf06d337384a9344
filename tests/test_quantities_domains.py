"""Figures in business, sport, science and politics news (tests/fixtures_news_figures.py).

Each sentence of the set is its own test: given the sentence (published 2025-03-27), when the
pipeline reads it, then every figure a reader marks is a claim over it with its value, unit and
interval, and no other claim stands outside the numbers left unjudged. The shapes the reader does
not yet handle are listed in OPEN, strict: a fix makes their test pass and fail the xfail.
The focused tests below pin the rules added for these domains, each in several shapes.
"""

from __future__ import annotations

import pytest

from conftest import run_pipeline
from fixtures_news_figures import CASES, assert_right

# Sentences whose figures the reader misses or misreads today, with the reason.
OPEN = {
    "Boeing delivered 44 of its 737 Max jets in May.": "a model number before a capitalised name that the parse hangs on a plural",
    "Life expectancy at birth fell to 76.4 years in 2021.": "a decimal count of years is a duration of the times component",
}


def _case_id(case) -> str:
    return f"{case.domain}:{case.text[:48]}"


@pytest.mark.parametrize("case", CASES, ids=_case_id)
def test_news_sentence_figures(nlp, case):
    if case.text in OPEN:
        pytest.xfail(OPEN[case.text])
    assert_right(case, run_pipeline(nlp, case.text)._.claims)


def test_open_cases_are_in_the_set():
    assert set(OPEN) <= {c.text for c in CASES}


def _claims(nlp, text):
    return {c.text: c.quantity for c in run_pipeline(nlp, text)._.claims}


# -- stopwatch readings -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expr", "seconds"),
    [
        ("The Jamaican won the final in 9.58 seconds.", "9.58 seconds", 9.58),
        ("Her winning time was 10.72sec, a championship record.", "10.72sec", 10.72),
        ("He clocked 1:43.5 to take the title.", "1:43.5", 103.5),
        ("The Ethiopian won the marathon in 2:05:12.", "2:05:12", 7512),
        ("The Dutchman finished 0.4 seconds ahead of his team-mate.", "0.4 seconds", 0.4),
        ("Kipchoge crossed the line in 2hr 1min 9sec.", "2hr 1min 9sec", 7269),
        ("The swimmer won in 3min 29.5sec.", "3min 29.5sec", 209.5),
    ],
)
def test_a_stopwatch_reading_is_a_figure_in_seconds(nlp, text, expr, seconds):
    q = _claims(nlp, text)[expr]
    assert (q.value, q.unit, q.bound) == (seconds, "second", "exact")


@pytest.mark.parametrize(
    "text",
    [
        "The meeting starts at 10:30:00 on Monday.",
        "The shop opened two seconds early.",
        "There were 30 seconds left on the clock.",
        "The flight takes 2hr from London.",
    ],
)
def test_clock_times_and_whole_seconds_are_no_readings(nlp, text):
    assert not any(q.unit == "second" for q in _claims(nlp, text).values())


# -- multiples ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expr", "value"),
    [
        ("The shares trade at 14.5 times earnings.", "14.5 times", 14.5),
        ("The new plant is three times its predecessor's size.", "three times", 3),
    ],
)
def test_multiples_have_unit_times(nlp, text, expr, value):
    q = _claims(nlp, text)[expr]
    assert (q.value, q.unit) == (value, "times")


def test_a_count_of_occasions_is_no_multiple(nlp):
    q = _claims(nlp, "The club has won the cup 12 times.")["12"]
    assert q.unit is None


# -- units and hedges ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expr", "value", "unit"),
    [
        ("The index added 15.6 pts to close at 7,890.", "15.6 pts", 15.6, "point"),
        ("The Celtics won by 11 pts.", "11 pts", 11, "point"),
        ("Warming must be kept below 1.5C.", "below 1.5C", 1.5, "degree_c"),
        ("The patient's temperature reached 103F.", "103F", 103, "degree_f"),
    ],
)
def test_short_units_and_units_before_a_full_stop(nlp, text, expr, value, unit):
    q = _claims(nlp, text)[expr]
    assert (q.value, q.unit) == (value, unit)


@pytest.mark.parametrize(
    ("text", "expr", "value"),
    [
        ("The asteroid will pass within 3.2 million km of Earth.", "within 3.2 million km", 3.2e6),
        ("The challenger pulled to within 5 points of the leader.", "within 5 points", 5),
    ],
)
def test_within_is_an_upper_bound(nlp, text, expr, value):
    q = _claims(nlp, text)[expr]
    assert (q.value, q.bound, q.high, q.low) == (value, "upper", value, None)


@pytest.mark.parametrize(
    ("text", "expr", "value"),
    [
        ("The national debt has passed $34 trillion.", "$34 trillion", 34e12),
        ("Global warming crossed 1.5C for the first time last year.", "1.5C", 1.5),
        ("Brent breached $100 a barrel in March.", "$100", 100),
    ],
)
def test_a_level_passed_is_a_lower_bound(nlp, text, expr, value):
    q = _claims(nlp, text)[expr]
    assert (q.value, q.bound, q.low, q.high) == (value, "lower", value, None)


def test_a_count_passed_stays_exact(nlp):
    q = _claims(nlp, "The Senate passed 12 bills before the recess.")["12"]
    assert q.bound == "exact"


@pytest.mark.parametrize(
    ("text", "expr", "value"),
    [
        ("The Tour covers 3,404 km over 21 stages.", "21", 21),
        ("She scored 27 goals over 24 games.", "24", 24),
    ],
)
def test_over_after_a_counted_noun_spreads_it(nlp, text, expr, value):
    q = _claims(nlp, text)[expr]
    assert (q.value, q.bound) == (value, "exact")


def test_over_after_a_verb_is_still_a_lower_bound(nlp):
    q = _claims(nlp, "The company has over 1,000 stores.")["over 1,000"]
    assert q.bound == "lower"


@pytest.mark.parametrize(
    ("text", "expr", "value"),
    [
        ("The death rate fell to 30 per 100,000 people.", "30 per 100,000", 30),
        ("Infant mortality is 4.2 per 1,000 live births.", "4.2 per 1,000", 4.2),
    ],
)
def test_the_base_of_a_rate_is_no_count_of_its_own(nlp, text, expr, value):
    found = _claims(nlp, text)
    assert found[expr].value == value
    assert len(found) == 1, list(found)


# -- names that hold numbers --------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The 7-Eleven chain opened a store in Leeds.",
        "The airline flies 737-800 and A330-300 jets.",
        "Passengers boarded a 777-300 in Doha.",
    ],
)
def test_hyphened_names_are_no_ranges(nlp, text):
    assert not any(q.bound == "range" for q in _claims(nlp, text).values())


def test_a_round_hyphened_pair_is_still_a_range(nlp):
    q = _claims(nlp, "The firm will hire 200-300 engineers.")["200-300"]
    assert (q.low, q.high) == (200, 300)


@pytest.mark.parametrize(
    ("text", "expr", "value"),
    [
        ("A magnitude-7.8 earthquake hit the region.", "magnitude-7.8", 7.8),
        ("A magnitude-6 quake shook the island.", "magnitude-6", 6),
    ],
)
def test_a_hyphened_magnitude_is_a_figure(nlp, text, expr, value):
    assert _claims(nlp, text)[expr].value == value


def test_models_hyphened_to_capitals_stay_names(nlp):
    assert _claims(nlp, "The F-16 and the Su-27 flew over COVID-19 wards.") == {}


@pytest.mark.parametrize(
    ("text", "expr", "value"),
    [
        ("Curry made nine three-pointers.", "nine", 9),
        ("The dealer sold 40 two-seaters last month.", "40", 40),
    ],
)
def test_a_number_hyphened_to_a_plural_names_a_kind(nlp, text, expr, value):
    found = _claims(nlp, text)
    assert found == {expr: found[expr]} and found[expr].value == value


def test_a_tally_after_a_possessive_name_counts(nlp):
    found = _claims(nlp, "Biden won 306 electoral votes to Trump's 232.")
    assert found["232"].value == 232


# -- metres and ages ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expr", "value"),
    [
        ("The tree is 30m tall.", "30m", 30),
        ("The crater is 20m wide and 5m deep.", "20m", 20),
        ("He clocked 1:43.5 in the 800m.", "800m", 800),
        ("The waves were between 2m and 3m high.", "between 2m and 3m", 2.5),
        ("Waves of 2-3m high battered the coast.", "2-3m", 2.5),
    ],
)
def test_a_glued_m_of_a_size_or_a_race_is_metres(nlp, text, expr, value):
    q = {k.rstrip("."): v for k, v in _claims(nlp, text).items()}[expr]
    assert (q.value, q.unit) == (value, "m")


def test_a_glued_m_of_people_is_still_million(nlp):
    q = _claims(nlp, "The region has 2.5m people.")["2.5m"]
    assert (q.value, q.unit) == (2.5e6, None)


@pytest.mark.parametrize(
    ("text", "expr", "value"),
    [
        ("The midfielder, aged just 17, scored twice.", "17", 17),
        ("The minister, 54, resigned on Friday.", "54", 54),
        ("The striker, 31, signed a new deal.", "31", 31),
        ("The Earth is 4.5 billion years old.", "4.5 billion years old", 4.5e9),
        ("The 1,000-year-old oak was felled.", "1,000-year-old", 1000),
    ],
)
def test_ages_of_people_and_things(nlp, text, expr, value):
    q = _claims(nlp, text)[expr]
    assert (q.value, q.unit) == (value, "years")



@pytest.mark.parametrize(
    ("text", "expr", "bound"),
    [
        ("They have won just one of their last 10 games.", "just one", "exact"),
        ("At least one of the victims was a child.", "At least one", "lower"),
        ("Only one of the 12 jurors voted to acquit.", "Only one", "exact"),
    ],
)
def test_one_of_limited_to_a_count_is_a_figure(nlp, text, expr, bound):
    q = _claims(nlp, text)[expr]
    assert (q.value, q.bound) == (1, bound)


@pytest.mark.parametrize(
    "text",
    [
        "One of the reasons is the cost.",
        "The Cessna was the only one of the five without his name on it.",
        "Price is only one of many reasons to switch.",
    ],
)
def test_one_of_naming_one_thing_is_no_figure(nlp, text):
    assert not any(k.lower().endswith("one") for k in _claims(nlp, text)), _claims(nlp, text)


# -- scores and tallies -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expr", "first"),
    [
        ("Leeds won 3-1 at Elland Road.", "3-1", 3),
        ("The Chiefs sealed a 24-17 victory.", "24-17", 24),
        ("The Lakers beat the Celtics 112-104 on Tuesday.", "112-104", 112),
        ("The bill was approved 218-212 in the House.", "218-212", 218),
        ("The court ruled 6-3 against the state.", "6-3", 6),
    ],
)
def test_a_score_or_tally_is_one_claim_of_the_first_side(nlp, text, expr, first):
    found = _claims(nlp, text)
    assert list(found) == [expr]
    q = found[expr]
    assert (q.value, q.unit, q.bound, q.low, q.high) == (first, "score", "exact", first, first)


@pytest.mark.parametrize(
    "text",
    ["For details call 555-1234 today.", "The 2024-25 season starts in August.", "The airline flies 737-800 jets."],
)
def test_phone_numbers_seasons_and_variants_are_no_scores(nlp, text):
    assert not any(q.unit == "score" for q in _claims(nlp, text).values())


@pytest.mark.parametrize(
    ("text", "expr", "low", "high"),
    [
        ("The population is between 2m and 2.5m.", "between 2m and 2.5m", 2e6, 2.5e6),
        ("The firm lost between 1.5m and 2m customers.", "between 1.5m and 2m", 1.5e6, 2e6),
        ("The firm lost 2-3m customers.", "2-3m", 2e6, 3e6),
    ],
)
def test_a_range_of_glued_millions(nlp, text, expr, low, high):
    q = _claims(nlp, text)[expr]
    assert (q.bound, q.low, q.high) == ("range", low, high)


def test_a_rising_hyphened_pair_stays_a_range(nlp):
    q = _claims(nlp, "Forecasters expect 15-20 named storms.")["15-20"]
    assert (q.bound, q.low, q.high) == ("range", 15, 20)
