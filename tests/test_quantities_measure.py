"""Every claim whose counted noun, unit word or money verb is in the sentence has a measure."""

from __future__ import annotations

import pytest

from conftest import run_pipeline


def _one(nlp, text: str, expr: str):
    found = {c.text: c for c in run_pipeline(nlp, text)._.claims}
    assert expr in found, list(found)
    return found[expr]


@pytest.mark.parametrize(
    ("text", "expr", "measure"),
    [
        # the noun the figure modifies
        ("The bank held the 4.25% rate for a third month.", "4.25%", "rate"),
        ("The $310 million cost was covered by the state.", "$310 million", "cost"),
        ("The $5 billion deal closed on Monday.", "$5 billion", "deal"),
        # the unit word when nothing else is counted
        ("The wildfire burned 12,400 acres.", "12,400 acres", "acres"),
        ("The Lakers scored 98 points.", "98 points", "points"),
        ("Several hundred thousand barrels were spilled.", "Several hundred thousand barrels", "barrels"),
        # a change noun: what changed when named, else the change itself
        ("A 5% rise in sales lifted the shares.", "5%", "sales"),
        ("The 2.5% increase surprised analysts.", "2.5%", "increase"),
        # money by the verb it completes
        ("The government will spend $2 billion on schools.", "$2 billion", "spending"),
        ("He paid $40,000 for the car.", "$40,000", "payment"),
        ("The plan would save 120 million pounds a year.", "120 million pounds", "savings"),
        ("The pipeline will cost C$7.4 billion.", "C$7.4 billion", "cost"),
        ("Microsoft agreed to buy the studio for $7.5 billion.", "$7.5 billion", "price"),
        ("The state borrowed $4 billion last year.", "$4 billion", "borrowing"),
        ("The fund invested $200 million in startups.", "$200 million", "investment"),
        # a multiplier verb's subject
        ("Sales of the drug doubled last year.", "doubled", "sales"),
        # a level verb's subject
        ("The quake measured 6.4 on the Richter scale.", "6.4", "quake"),
        ("Unemployment stood at 4.1%.", "4.1%", "unemployment"),
    ],
)
def test_measure(nlp, text, expr, measure):
    assert _one(nlp, text, expr).measure == measure


def test_money_raised_is_no_rise(nlp):
    c = _one(nlp, "The charity raised 120,000 pounds for the hospital.", "120,000 pounds")
    assert (c.measure, c.quantity.change) == ("funds raised", None)
    # a price raised by an amount is still a rise
    c = _one(nlp, "The airline raised fares by $20.", "$20")
    assert c.quantity.change == "increase"


def test_a_sentence_final_abbreviation_is_read(nlp):
    # the tokenizer keeps the full stop on the abbreviation; the claim's text ends before it
    c = _one(nlp, "The club sold the striker for £60m.", "£60m")
    assert (c.quantity.value, c.quantity.unit, c.measure) == (60e6, "GBP", "price")
    c = _one(nlp, "Wind gusts reached 120 km/h.", "120 km/h")
    assert (c.quantity.unit, c.measure) == ("km/h", "wind gusts")


@pytest.mark.parametrize(
    ("text", "expr", "value", "unit", "measure"),
    [
        # sport
        ("Bolt ran the 100m in 9.58 seconds.", "100m", 100, "m", None),
        ("She won the 400m hurdles in Rome.", "400m", 400, "m", None),
        ("The club raised £1.5m from fans.", "£1.5m", 1.5e6, "GBP", "funds raised"),
        ("The Lakers built a 10-point lead.", "10", 10, None, "lead"),
        ("The party holds a 5-seat majority.", "5", 5, None, "majority"),
        ("He signed a $120 million, five-year deal.", "$120 million", 120e6, "USD", "deal"),
        # science
        ("Carbon dioxide reached 420 parts per million.", "420 parts per million", 420, "ppm", "carbon dioxide"),
        ("The galaxy is 13 billion light-years away.", "13 billion light-years", 13e9, "light_year", "galaxy"),
        ("Each chip has 5-nanometre transistors.", "5-nanometre", 5, "nm", "transistors"),
        ("The sample held 30 micrograms of lead.", "30 micrograms", 30, "ug", "lead"),
        ("The plant produces 600 megawatts.", "600 megawatts", 600, "MW", "megawatts"),
        ("About 1 in 10,000 people carry the gene.", "About 1 in 10,000", 0.0001, "fraction", "people"),
        ("The drug cut deaths by a third.", "a third", 0.333, "fraction", "deaths"),
        ("Funding was cut in half.", "half", 0.5, "fraction", None),
    ],
)
def test_sport_and_science_shapes(nlp, text, expr, value, unit, measure):
    c = _one(nlp, text, expr)
    assert c.quantity.value == pytest.approx(value)
    assert c.quantity.unit == unit
    if measure is not None:  # None: no claim made here about the measure
        assert c.measure == measure


@pytest.mark.parametrize(
    ("text", "expr", "measure"),
    [
        ("The company expects to cut 4,300 jobs in France, 3,700 in Germany and 1,600 in the UK.", "3,700", "jobs"),
        ("The company expects to cut 4,300 jobs in France, 3,700 in Germany and 1,600 in the UK.", "1,600", "jobs"),
        ("At present the airline has 91 aircraft and 230 on order.", "230", "aircraft"),
    ],
)
def test_a_figure_in_a_list_counts_what_the_one_before_counts(nlp, text, expr, measure):
    assert _one(nlp, text, expr).measure == measure


def test_a_new_clause_does_not_inherit_the_measure(nlp):
    c = _one(nlp, "Sales of the car rose 16% while 20% of buyers were new.", "20%")
    assert c.measure == "buyers"


@pytest.mark.parametrize(
    ("text", "expr", "measure"),
    [
        # the verb's object stands at the figure's level
        ("The Reserve Bank of India held its repo rate at 6.5% for an eighth straight meeting.", "6.5%", "rate"),
        ("Police put the crowd at 800,000.", "800,000", "crowd"),
        ("The heatwave pushed temperatures above 45C in Seville.", "above 45C", "temperatures"),
        ("The latest shelling brought the death toll to 227.", "227", "death toll"),
        # the preposition hung on the object
        ("Analysts estimated the damage at $2 billion.", "$2 billion", "damage"),
        # no object: a common-noun subject stands at it
        ("Inflation slowed to 4.4% in September.", "4.4%", "inflation"),
        ("In the capital, inflation cooled to 3.1% last month.", "3.1%", "inflation"),
    ],
)
def test_what_a_verb_puts_at_a_level(nlp, text, expr, measure):
    # given a figure after "at", "to", "above" on a verb, when it is read, then the verb's object
    # (or its common-noun subject) is what stands at that level
    assert _one(nlp, text, expr).measure == measure


@pytest.mark.parametrize(
    ("text", "expr"),
    [
        # a name or a pronoun as subject acts: it is not what the figure measures
        ("Smith spoke to 300 at the rally.", "300"),
        ("She came back at 6-4 in the second set.", "6-4"),
    ],
)
def test_a_named_or_pronoun_subject_is_not_put_at_a_level(nlp, text, expr):
    claim = _one(nlp, text, expr)
    assert claim.measure not in ("smith", "Smith", "she", "She")
