"""Figures as claims, as properties: whatever the number, it reads back from a news sentence.

Hypothesis writes the numbers (digits with commas, number words, hedged);
the sentences are news English written for these tests.
"""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from test_numbers import spell
from test_quantities import HEDGES, by_text, claims, one

_SETTINGS = settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
_TEMPLATES = (
    "Officials said {} people were evacuated from the area.",
    "The agency counted {} displaced families in the camps.",
    "Rebels released {} hostages on Sunday.",
)


@_SETTINGS
@given(st.integers(min_value=2, max_value=10**9), st.sampled_from(_TEMPLATES))
def test_comma_numerals_in_sentences_read_back(nlp, n, template):
    written = f"{n:,}"
    found = by_text(nlp, template.format(written))
    assert written in found, sorted(found)
    assert (found[written].quantity.value, found[written].quantity.bound) == (n, "exact")


@_SETTINGS
@given(st.integers(min_value=2, max_value=999_999), st.sampled_from(_TEMPLATES))
def test_spelled_numbers_in_sentences_read_back(nlp, n, template):
    # the hyphenated form is how news writes it ("twenty-one"); spell() gives "twenty - one"
    written = " ".join(spell(n)).replace(" - ", "-")
    values = [c.quantity.value for c in claims(nlp, template.format(written))]
    assert values == [n]


@_SETTINGS
@given(
    st.integers(min_value=2, max_value=99_999),
    st.sampled_from([h for h in HEDGES if h[1] != "exact"]),
)
def test_hedged_numbers_keep_value_and_bound(nlp, n, hedge):
    words, bound = hedge
    c = one(nlp, f"Police said {words} {n:,} protesters gathered.", f"{words} {n:,}")
    assert (c.quantity.value, c.quantity.bound) == (n, bound)
