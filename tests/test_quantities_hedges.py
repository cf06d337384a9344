"""Hedges to bounds: words before a figure (and verbs it completes) that make it a lower or upper bound."""

from __future__ import annotations

import pytest

from conftest import run_pipeline


def _claim(nlp, text: str, number: str):
    found = [c for c in run_pipeline(nlp, text)._.claims if number in c.text]
    assert len(found) == 1, [c.text for c in run_pipeline(nlp, text)._.claims]
    return found[0]


@pytest.mark.parametrize(
    ("text", "number", "bound"),
    [
        # upper: the true figure is at most this
        ("The death toll is approaching 500, officials said.", "500", "upper"),
        ("The number of displaced is nearing 20,000.", "20,000", "upper"),
        ("Losses from the fraud may be as high as $2 billion.", "$2 billion", "upper"),
        ("As many as 300 people were evacuated from the coast.", "300", "upper"),
        ("Up to 40 homes were damaged by the storm.", "40", "upper"),
        ("Nearly 60 people died in the floods.", "60", "upper"),
        ("Almost 2,000 troops arrived at the border.", "2,000", "upper"),
        ("Just under 900 votes were cast in the by-election.", "900", "upper"),
        ("Fewer than 20 people attended the rally.", "20", "upper"),
        ("Less than 5% of the budget went to health.", "5%", "upper"),
        # lower: the true figure is at least this
        ("The number of cases has already exceeded 300.", "300", "lower"),
        ("Sales of the phone topped $5 billion.", "$5 billion", "lower"),
        ("Damage was in excess of $1 million.", "$1 million", "lower"),
        ("Upwards of 5,000 people marched in the capital.", "5,000", "lower"),
        ("No fewer than 12 ministers resigned.", "12", "lower"),
        ("The bill needs 60 or more senators.", "60", "lower"),
        ("More than 100 protesters were arrested.", "100", "lower"),
        ("Over 3,000 jobs will go at the plant.", "3,000", "lower"),
        ("At least 45 people were killed in the blast.", "45", "lower"),
        # "as few as 3": the figure may be as low as 3, its least value
        ("As few as 3 patients responded to the drug.", "3", "lower"),
        # approx: a band around the figure
        ("An estimated 3,000 fans attended the match.", "3,000", "approx"),
        ("Some 3,000 people attended the funeral.", "3,000", "approx"),
        ("Roughly 40% of voters agreed.", "40%", "approx"),
        ("Around 200 people gathered outside parliament.", "200", "approx"),
        ("About 70 people were injured.", "70", "approx"),
        ("Approximately 12,000 people live on the island.", "12,000", "approx"),
    ],
)
def test_hedge_gives_the_bound(nlp, text, number, bound):
    c = _claim(nlp, text, number)
    assert c.quantity.bound == bound
    q = c.quantity
    if bound == "upper":
        assert (q.low, q.high) == (None, q.value)
    elif bound == "lower":
        assert (q.low, q.high) == (q.value, None)
    else:
        assert q.low < q.value < q.high


@pytest.mark.parametrize(
    ("text", "expr"),
    [
        ("The toll has exceeded 300.", "300"),
        ("Sales topped $5 billion.", "$5 billion"),
        ("The count is approaching 500.", "500"),
    ],
)
def test_a_verb_hedge_stays_out_of_the_claim_text(nlp, text, expr):
    assert [c.text for c in run_pipeline(nlp, text)._.claims] == [expr]


def test_a_verb_is_a_hedge_only_before_its_figure(nlp):
    # "exceeded expectations by 300": the figure is the margin, no bound
    c = _claim(nlp, "The firm exceeded forecasts by 300 units.", "300")
    assert c.quantity.bound == "exact"


@pytest.mark.parametrize(
    ("text", "number", "bound"),
    [
        ("The repairs will cost in the region of $4 million.", "$4 million", "approx"),
        ("The new line cost in the order of £2 billion.", "£2 billion", "approx"),
        ("The mine is c. 2,000 metres deep.", "2,000", "approx"),
        ("Slightly more than 40% of voters backed him.", "40%", "lower"),
        ("The tower is a little over 300 metres tall.", "300", "lower"),
        ("Barely 200 people turned up.", "200", "upper"),
        ("Slightly less than half of the budget was spent.", "half", "upper"),
        # after the figure
        ("The toll stood at 300 and counting.", "300", "lower"),
        ("Tickets cost $50 and up.", "$50", "lower"),
        ("The fare is $12 tops.", "$12", "upper"),
        ("It will take 500 at least.", "500", "lower"),
        ("Fees rose 3% or higher.", "3%", "lower"),
    ],
)
def test_more_hedges(nlp, text, number, bound):
    assert _claim(nlp, text, number).quantity.bound == bound


def test_a_hedge_after_a_figure_that_opens_the_next_is_the_next_ones(nlp):
    claims = {c.text: c for c in run_pipeline(nlp, "Rebels killed 5 soldiers and wounded 12, at least 3 of them badly.")._.claims}
    assert claims["12"].quantity.bound == "exact"
    assert claims["at least 3"].quantity.bound == "lower"
