"""Ranges against changes: "from X to Y" is one range, unless a change runs along it."""

from __future__ import annotations

import pytest

from conftest import run_pipeline


def _claims(nlp, text: str):
    return {c.text: c for c in run_pipeline(nlp, text)._.claims}


@pytest.mark.parametrize(
    ("text", "expr", "low", "high", "unit"),
    [
        ("The death toll could range from 8,000 to 9,000.", "8,000 to 9,000", 8000, 9000, None),
        ("Fees run from 5 to 7 per cent of the loan.", "5 to 7 per cent", 5, 7, "percent"),
        ("The fines run from $500 to $2,000.", "$500 to $2,000", 500, 2000, "USD"),
        ("Temperatures will be from 10 to 15 degrees.", "10 to 15 degrees", 10, 15, "degree"),
        ("Between 10 and 15 people were hurt in the crush.", "Between 10 and 15", 10, 15, None),
        ("Police said 10-15 people were arrested.", "10-15", 10, 15, None),
        ("Officials expect 10 to 15 new cases a day.", "10 to 15", 10, 15, None),
    ],
)
def test_ranges(nlp, text, expr, low, high, unit):
    found = _claims(nlp, text)
    assert expr in found, list(found)
    q = found[expr].quantity
    assert (q.bound, q.low, q.high, q.unit) == ("range", low, high, unit)
    assert q.value == pytest.approx((low + high) / 2)


@pytest.mark.parametrize(
    ("text", "first", "second", "change", "unit"),
    [
        ("Sales rose from 240 to 273.", "240", "273", "increase", None),
        ("The number of jobs fell from 1,200 to 950.", "1,200", "950", "decrease", None),
        ("Profits jumped from $2 billion to $3.1 billion.", "$2 billion", "$3.1 billion", "increase", "USD"),
        ("Rates will rise from 5 to 7 per cent.", "5", "7 per cent", "increase", "percent"),
        ("Its stake was cut from 20 to 15 percent.", "20", "15 percent", "decrease", "percent"),
        # a path without a word of change has two figures and no direction
        ("Turnout went from 45 to 60 percent.", "45", "60 percent", None, "percent"),
    ],
)
def test_a_change_from_x_to_y_is_two_figures_with_the_change_on_the_later(nlp, text, first, second, change, unit):
    found = _claims(nlp, text)
    a, b = found[first].quantity, found[second].quantity
    assert a.bound == b.bound == "exact"
    assert (a.change, b.change) == (None, change)
    assert a.unit == b.unit == unit
