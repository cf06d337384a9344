"""Ages are claims: unit "years", measure "age"; calendar numbers are still none."""

from __future__ import annotations

import pytest

from conftest import run_pipeline


def _claims(nlp, text: str):
    return run_pipeline(nlp, text)._.claims


@pytest.mark.parametrize(
    ("text", "expr", "value", "low", "high", "bound"),
    [
        ("A 12-year-old boy was hit by a car in Leeds.", "12-year-old", 12, 12, 12, "exact"),
        ("The 34-year-old striker scored twice.", "34-year-old", 34, 34, 34, "exact"),
        ("A five-year-old girl was rescued from the rubble.", "five-year-old", 5, 5, 5, "exact"),
        ("The minister is 71 years old.", "71 years old", 71, 71, 71, "exact"),
        ("The driver, aged 65, was unhurt.", "65", 65, 65, 65, "exact"),
        ("She died at the age of 81.", "81", 81, 81, 81, "exact"),
        ("Jane Smith, 47, said the plan would fail.", "47", 47, 47, 47, "exact"),
        ("Slepian, 52, an obstetrician, was shot at home.", "52", 52, 52, 52, "exact"),
        ("Children aged 5 to 11 will get the vaccine.", "5 to 11", 8, 5, 11, "range"),
        ("The victim was in his 70s.", "70s", 74.5, 70, 79, "range"),
        ("The suspect, in her early 30s, fled on foot.", "30s", 31.5, 30, 33, "range"),
        ("The man, in his mid-40s, was arrested.", "mid-40s", 45, 44, 46, "range"),
        ("The 300-year-old church burned down.", "300-year-old", 300, 300, 300, "exact"),
    ],
)
def test_ages(nlp, text, expr, value, low, high, bound):
    found = [c for c in _claims(nlp, text) if c.text == expr]
    assert len(found) == 1, [c.text for c in _claims(nlp, text)]
    c = found[0]
    assert (c.quantity.unit, c.measure, c.quantity.change) == ("years", "age", None)
    assert (c.quantity.value, c.quantity.low, c.quantity.high, c.quantity.bound) == (value, low, high, bound)


def test_the_noun_an_age_belongs_to_is_its_subject(nlp):
    (c,) = _claims(nlp, "A 12-year-old boy was hit by a car.")
    assert c.subject is not None and "boy" in c.subject


@pytest.mark.parametrize(
    "text",
    [
        "The company was founded in 1998.",
        "In Paris, 12 people died and in Lyon, 9.",
        "Paris, 12, was the worst hit of the districts.",
        "On Monday, 5, and on Tuesday, 8, cases were found.",
        "The talks lasted 30 years.",
        "He served a 12-year term.",
    ],
)
def test_no_age_without_an_age_cue(nlp, text):
    assert not [c for c in _claims(nlp, text) if c.measure == "age"]
