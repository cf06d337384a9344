"""Figures in the fresh set of news sentences (tests/fixtures_news_figures_fresh.py), and the rules added for it.

Each sentence of the set is its own test, as in test_quantities_domains.py: given the sentence
(published 2025-03-27), when the pipeline reads it, then every figure a reader marks is a claim
over it with its value, unit and interval, and no other claim stands outside the numbers left
unjudged. The shapes not handled yet are in OPEN, strict: a fix makes the xfail fail.
The focused tests below pin each rule in several shapes, with the near misses it must leave alone.
"""

from __future__ import annotations

import pytest

from conftest import run_pipeline
from fixtures_news_figures import assert_right
from fixtures_news_figures_fresh import CASES
from fixtures_news_figures_unseen import CASES as UNSEEN

# Sentences whose figures the reader misses or misreads today, with the reason.
OPEN = {
    "Kenya plans to raise 346 billion shillings in new taxes in the year starting July, the treasury said.":
        "bare 'shillings' belong to several countries; the country is only named at the sentence start",
    "The Ethiopian, 23, lowered the world half marathon record to 57:31, cutting nine seconds off the previous best.":
        "minutes and seconds without a decimal ('57:31') look like a clock time",
}  # fmt: skip


# The second set (fixtures_news_figures_unseen.py), measured before the rules were tuned on it.
OPEN_UNSEEN = {
    "Joe Root made 262 and Harry Brook 317 as England declared on 823 for seven, their highest total since 1938.":
        "a number after a name with its verb elided reads as a model; 'N for M' wickets is no cricket total yet",
    "The 18-year-old scored twice in the first half and has now netted 11 times in 15 games.":
        "'scored twice' counts goals as occasions: no count is read from 'twice'",
    "Sprinter Noah Lyles won the 100m in 9.79 seconds, five thousandths of a second ahead of Kishane Thompson.":
        "a fraction of a second in words ('five thousandths of a second') is not read",
}  # fmt: skip


def _case_id(case) -> str:
    return f"{case.domain}:{case.text[:48]}"


def _params():
    for cases, open_ in ((CASES, OPEN), (UNSEEN, OPEN_UNSEEN)):
        for case in cases:
            marks = [pytest.mark.xfail(reason=open_[case.text], strict=True)] if case.text in open_ else []
            yield pytest.param(case, id=_case_id(case), marks=marks)


@pytest.mark.parametrize("case", list(_params()))
def test_fresh_news_sentence_figures(nlp, case):
    assert_right(case, run_pipeline(nlp, case.text)._.claims)


def test_open_cases_are_in_the_set():
    assert set(OPEN) <= {c.text for c in CASES}
    assert set(OPEN_UNSEEN) <= {c.text for c in UNSEEN}


def _claims(nlp, text):
    return {c.text: c.quantity for c in run_pipeline(nlp, text)._.claims}


def _one(nlp, text, expr):
    claims = _claims(nlp, text)
    assert expr in claims, claims
    return claims[expr]


# -- currencies named with their country ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expr", "value", "unit"),
    [
        ("The drugmaker paid 4.3 billion Swiss francs in cash.", "4.3 billion Swiss francs", 4.3e9, "CHF"),
        ("Charges will total 1.1 billion Swedish crowns this year.", "1.1 billion Swedish crowns", 1.1e9, "SEK"),
        ("The fund lost 250 million Norwegian crowns on the bet.", "250 million Norwegian crowns", 250e6, "NOK"),
        ("The levy raised 12 billion Kenyan shillings last year.", "12 billion Kenyan shillings", 12e9, "KES"),
        ("Each family will receive 1,500 zlotys a month.", "1,500 zlotys", 1500, "PLN"),
        ("The bank fined the lender 3.2 billion forints.", "3.2 billion forints", 3.2e9, "HUF"),
        ("Operating profit reached 10.4 trillion won in the quarter.", "10.4 trillion won", 10.4e12, "KRW"),
        ("The loonie traded at 73.45 U.S. cents on Friday.", "73.45 U.S. cents", 0.7345, "USD"),
    ],
)
def test_a_currency_named_with_its_country_or_scale_is_read(nlp, text, expr, value, unit):
    q = _one(nlp, text, expr)
    assert (q.value, q.unit) == (pytest.approx(value), unit)


@pytest.mark.parametrize(
    "text",
    ["The team that scored 3 won the cup on Sunday.", "Labour won 411 seats and the Tories 121."],
)
def test_won_after_a_bare_number_stays_a_verb(nlp, text):
    assert all(q.unit != "KRW" for q in _claims(nlp, text).values())


# -- hedges ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expr", "bound"),
    [
        ("The yen weakened past 155 per dollar on Monday.", "past 155", "lower"),
        ("The index climbed beyond 40,000 for the first time.", "beyond 40,000", "lower"),
        ("New cases took the total past 50,000 on Friday.", "past 50,000", "lower"),
        ("Temperatures should stay near 37C, doctors say.", "near 37C", "approx"),
        ("Unemployment is near 5% in most regions.", "near 5%", "approx"),
        ("The death toll will near 500 by the weekend, officials fear.", "near 500", "upper"),
    ],
)
def test_prepositions_of_passing_and_nearness_hedge(nlp, text, expr, bound):
    assert _one(nlp, text, expr).bound == bound


def test_past_with_no_verb_before_it_is_no_hedge(nlp):
    claims = _claims(nlp, "She voted in each of the past three elections, and 300 people came.")
    assert all(q.bound != "lower" for q in claims.values())


@pytest.mark.parametrize(
    ("text", "expr"),
    [
        ("Unemployment edged up to 4.1% in June.", "4.1%"),
        ("Inflation ticked up to 3.2% last month.", "3.2%"),
        ("The euro inched up to $1.10 in Asian trade.", "$1.10"),
    ],
)
def test_up_to_after_a_verb_of_a_small_move_is_the_level_reached(nlp, text, expr):
    assert _one(nlp, text, expr).bound == "exact"


def test_up_to_alone_is_still_a_bound(nlp):
    assert _one(nlp, "The plan puts up to 500 jobs at risk.", "up to 500").bound == "upper"


# -- ranges and the level a change reached -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expr", "low", "high"),
    [
        ("Sales are expected to grow by 10% to 12% a year.", "10% to 12%", 10, 12),
        ("Spending will rise 3% to 4% on last year.", "3% to 4%", 3, 4),
        ("Fees were raised by 5 per cent to 6 per cent.", "5 per cent to 6 per cent", 5, 6),
    ],
)
def test_two_near_shares_after_a_change_are_a_range(nlp, text, expr, low, high):
    q = _one(nlp, text, expr)
    assert (q.bound, q.low, q.high) == ("range", low, high)


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        ("Inflation rose 0.3% to 4.2% in May.", "0.3%", "4.2%"),
        ("The shekel weakened 1.2% to 3.74 per dollar.", "1.2%", "3.74"),
        ("The peso fell as much as 3% to 20.8 per dollar.", "as much as 3%", "20.8"),
        ("Revenue more than doubled to $35.1 billion.", "more than doubled", "$35.1 billion"),
        ("Profits tripled to £2bn in the year.", "tripled", "£2bn"),
    ],
)
def test_a_change_then_the_level_it_reached_are_two_figures(nlp, text, first, second):
    claims = _claims(nlp, text)
    assert first in claims and second in claims, claims
    assert claims[first].bound != "range"


@pytest.mark.parametrize(
    "text",
    ["Call 1-800-273-8255 for help.", "The filing is dated 2024-03-05 in the register.", "Dial 0-800-555-0199 now."],
)
def test_a_chain_of_hyphened_digit_groups_is_no_figure(nlp, text):
    assert _claims(nlp, text) == {}


# -- multipliers ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expr", "value", "bound"),
    [
        ("Cases rose to 58,000, a 45-fold increase on 2022.", "45-fold", 45, "exact"),
        ("It was a 10-fold rise in a decade.", "10-fold", 10, "exact"),
        ("Sea levels rose more than twice the rate of the 1990s.", "more than twice", 2, "lower"),
        ("The cells store nearly double the energy of today's.", "nearly double", 2, "upper"),
        ("Women were almost twice as likely to be affected.", "almost twice", 2, "upper"),
        ("The plant makes about triple the output it did.", "about triple", 3, "approx"),
    ],
)
def test_multiplier_words_are_times(nlp, text, expr, value, bound):
    q = _one(nlp, text, expr)
    assert (q.value, q.unit, q.bound) == (value, "times", bound)


@pytest.mark.parametrize(
    "text",
    [
        "He was arrested twice last year.",
        "The pills are taken twice a day.",
        "The hall doubles as a venue for concerts.",
        "She was twice as often late as on time.",
        "The new phone is twice as fast as the old one.",
        "It gives access at double the speed of its rival.",
    ],
)
def test_twice_as_a_count_of_occasions_or_a_bare_comparison_is_no_multiplier(nlp, text):
    assert all(q.unit != "times" for q in _claims(nlp, text).values())


# -- identifiers, ages, marks --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    ["Gauff, the world No 3, reached the final.", "Staff at No 10 were told on Friday.", "The Nr 7 bus was late."],
)
def test_a_capitalised_no_before_digits_is_a_rank_or_a_number(nlp, text):
    assert _claims(nlp, text) == {}


@pytest.mark.parametrize(
    ("text", "expr", "value"),
    [
        ("Kipchoge, who turns 40 in November, finished 10th.", "40", 40),
        ("She turned 18 on Monday and voted.", "18", 18),
        ("The senator, turning 65 next year, will retire.", "65", 65),
    ],
)
def test_the_age_a_person_turns_is_an_age(nlp, text, expr, value):
    q = _one(nlp, text, expr)
    assert (q.value, q.unit) == (value, "years")


@pytest.mark.parametrize("text", ["He turned 40 pages of the report.", "The index turned 3% higher on Friday."])
def test_turning_a_count_or_a_share_is_no_age(nlp, text):
    assert all(q.unit != "years" for q in _claims(nlp, text).values())


def test_between_the_ages_of_is_an_age_range(nlp):
    q = _one(nlp, "The study tracked adults between the ages of 50 and 75 for a decade.", "50 and 75")
    assert (q.low, q.high, q.unit) == (50, 75, "years")


@pytest.mark.parametrize(
    ("text", "expr", "value", "unit"),
    [
        ("The American threw the discus 74.35m to win.", "74.35m", 74.35, "m"),
        ("Duplantis cleared 6.26m in Paris.", "6.26m", 6.26, "m"),
        ("The Greek leapt 8.34m in the final round.", "8.34m", 8.34, "m"),
        ("The bank cleared 4.5m accounts overnight.", "4.5m", 4.5e6, None),
        ("The charity raised 4.5m for the appeal.", "4.5m", 4.5e6, None),
    ],
)
def test_a_glued_m_after_a_verb_of_throwing_or_jumping_is_metres(nlp, text, expr, value, unit):
    q = _one(nlp, text, expr)
    assert (q.value, q.unit) == (pytest.approx(value), unit)


# -- race margins and split times ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expr", "value", "bound"),
    [
        ("Hassan won the marathon, six seconds ahead of Assefa.", "six seconds", 6, "exact"),
        ("Kipyegon finished more than a second clear of Hull.", "more than a second", 1, "lower"),
        ("She broke her own record by almost two seconds.", "almost two seconds", 2, "upper"),
        ("The Dane finished two minutes behind the winner.", "two minutes", 120, "exact"),
        ("Pogacar won the stage by 14 seconds.", "14 seconds", 14, "exact"),
        ("The horse won in a time of 9 minutes 12.5 seconds.", "9 minutes 12.5 seconds", 552.5, "exact"),
        ("He finished in 1 hour 58 minutes 3.2 seconds.", "1 hour 58 minutes 3.2 seconds", 7083.2, "exact"),
    ],
)
def test_race_margins_and_split_times_are_figures_in_seconds(nlp, text, expr, value, bound):
    q = _one(nlp, text, expr)
    assert (q.value, q.unit, q.bound) == (pytest.approx(value), "second", bound)


@pytest.mark.parametrize(
    "text",
    [
        "The flight was delayed by 30 seconds.",
        "There were 30 seconds left on the clock.",
        "The clip lasts 1 minute 30 seconds.",
        "Wait two minutes before you stir.",
    ],
)
def test_durations_of_whole_seconds_stay_no_figures(nlp, text):
    assert all(q.unit != "second" for q in _claims(nlp, text).values())


@pytest.mark.parametrize(
    ("text", "expr", "value"),
    [
        ("The swimmer, who is 6ft 4in, won four golds.", "6ft 4in", 6.3333),
        ("He stands 5 feet 10 inches tall.", "5 feet 10 inches", 5.8333),
        ("The centre, at 7ft 1in, towers over the rest.", "7ft 1in", 7.0833),
    ],
)
def test_feet_and_inches_are_one_height_in_feet(nlp, text, expr, value):
    claims = _claims(nlp, text)
    assert (claims[expr].value, claims[expr].unit) == (pytest.approx(value), "ft")
    assert not any(q.unit == "inch" for q in claims.values())


def test_a_wall_in_feet_and_another_in_inches_stay_two(nlp):
    claims = _claims(nlp, "The wall is 6 feet high and 20 inches thick.")
    assert claims["6 feet"].unit == "ft" and claims["20 inches"].unit == "inch"


@pytest.mark.parametrize(
    ("text", "expr", "value"),
    [
        ("The central bank delivered a quarter-point cut on Thursday.", "a quarter-point", 0.25),
        ("The Fed raised rates by a half-point in May.", "a half-point", 0.5),
        ("Markets expect a quarter-point rise next month.", "a quarter-point", 0.25),
    ],
)
def test_a_hyphened_share_of_a_point_moving_a_rate_is_percentage_points(nlp, text, expr, value):
    q = _one(nlp, text, expr)
    assert (q.value, q.unit) == (value, "percentage_point")


def test_a_half_point_lead_is_no_rate(nlp):
    assert all(q.unit != "percentage_point" for q in _claims(nlp, "He let a half-point lead slip in the last round.").values())


@pytest.mark.parametrize(
    ("text", "expr", "value"),
    [
        ("Seventy districts were hit, and a quarter of the crops destroyed.", "a quarter", 0.25),
        ("Prices rose, and a third of households cut back.", "a third", 0.333),
    ],
)
def test_a_fraction_after_and_that_starts_a_clause_is_a_share(nlp, text, expr, value):
    assert _one(nlp, text, expr).value == pytest.approx(value)


def test_a_half_after_and_a_measure_still_belongs_to_the_measure(nlp):
    claims = _claims(nlp, "The country endured a decade and a half of war.")
    assert all(q.unit != "fraction" for q in claims.values())


@pytest.mark.parametrize(
    ("text", "expr", "value"),
    [
        ("The golfer, 29, earned $25 million in bonuses.", "29", 29),
        ("The sprinter, 22, ran the fastest time of the year.", "22", 22),
    ],
)
def test_an_athlete_noun_then_an_age_between_commas(nlp, text, expr, value):
    q = _one(nlp, text, expr)
    assert (q.value, q.unit) == (value, "years")


def test_a_margin_back_and_a_fraction_of_a_second_are_not_misread(nlp):
    claims = _claims(nlp, "Leclerc was 2.3 seconds behind, Hamilton a further 11 seconds back, and Lyles five thousandths of a second ahead.")
    assert claims["a further 11 seconds"].value == 11
    assert not any(q.unit == "second" and q.value == 1 for q in claims.values())


@pytest.mark.parametrize(
    ("text", "expr", "value"),
    [
        ("Spain won 4-2 on penalties after a 1-1 draw.", "1-1", 1),
        ("City slumped to a 2-3 home defeat on Saturday.", "2-3", 2),
        ("The sides played out a 0-0 stalemate.", "0-0", 0),
    ],
)
def test_a_pair_before_a_noun_of_result_is_a_score(nlp, text, expr, value):
    q = _one(nlp, text, expr)
    assert (q.value, q.unit) == (value, "score")


def test_a_pair_before_a_compound_of_result_is_no_score(nlp):
    assert _one(nlp, "Analysts expect a 10-15 win rate for the fund.", "10-15").unit != "score"


@pytest.mark.parametrize(
    ("text", "expr", "value"),
    [
        ("One in every four deaths was linked to smoking.", "One in every four", 0.25),
        ("About one in every 10 homes is empty.", "About one in every 10", 0.1),
    ],
)
def test_one_in_every_n_is_a_share(nlp, text, expr, value):
    q = _one(nlp, text, expr)
    assert (q.value, q.unit) == (value, "fraction")


@pytest.mark.parametrize(
    ("text", "expr", "unit"),
    [("The flat is 85 sq m in size.", "85 sq m", "m2"), ("The garden is 120 square metre plot.", "120 square metre", "m2")],
)
def test_square_metres_abbreviated(nlp, text, expr, unit):
    assert _one(nlp, text, expr).unit == unit


@pytest.mark.parametrize(
    ("text", "expr", "value"),
    [
        ("The telescope sees objects 100 times fainter than Hubble can.", "100 times", 100),
        ("The new drug is five times stronger.", "five times", 5),
    ],
)
def test_times_before_a_comparative_is_a_multiple(nlp, text, expr, value):
    q = _one(nlp, text, expr)
    assert (q.value, q.unit) == (value, "times")


@pytest.mark.parametrize(
    ("text", "expr", "value", "unit"),
    [
        ("The cyclone brought a storm surge of up to 5m.", "up to 5m", 5, "m"),
        ("Waves of 8m battered the coast on Sunday.", "8m", 8, "m"),
        ("The dam raised the river to a height of 12m.", "12m", 12, "m"),
        ("The appeal reached a total of 5m people.", "a total of 5m", 5e6, None),
        ("The swell of 5m viewers surprised the network.", "5m", 5e6, None),
    ],
)
def test_a_glued_m_after_a_noun_of_size_is_metres(nlp, text, expr, value, unit):
    q = _one(nlp, text, expr)
    assert (q.value, q.unit) == (value, unit)


@pytest.mark.parametrize(
    ("text", "expr"),
    [
        ("Downing Street said 30 staff were told.", "30"),
        ("The ship had 25 crew on board when it sank.", "25"),
        ("Boeing delivered 44 aircraft in May.", "44"),
        ("The airline will cut 1,500 personnel.", "1,500"),
    ],
)
def test_a_number_before_a_noun_whose_plural_is_its_singular_counts_it(nlp, text, expr):
    assert _one(nlp, text, expr).value > 1


def test_a_model_number_before_such_a_noun_stays_a_name(nlp):
    assert _claims(nlp, "The Boeing 737 aircraft was grounded.") == {}


@pytest.mark.parametrize(
    ("text", "expr", "value", "unit"),
    [
        ("The treasury plans to borrow KSh 1.2 trillion next year.", "KSh 1.2 trillion", 1.2e12, "KES"),
        ("The utility needs R254 billion in state support.", "R254 billion", 254e9, "ZAR"),
        ("The utility needs R3.5bn more.", "R3.5bn", 3.5e9, "ZAR"),
        ("The budget of N27.5 trillion was signed into law.", "N27.5 trillion", 27.5e12, "NGN"),
    ],
)
def test_a_currency_letter_with_a_scale(nlp, text, expr, value, unit):
    q = _one(nlp, text, expr)
    assert (q.value, q.unit) == (pytest.approx(value), unit)


@pytest.mark.parametrize("text", ["Nurses wore N95 masks on the ward.", "The R2 film was released on Friday."])
def test_a_letter_and_digits_with_no_scale_stay_a_name(nlp, text):
    assert _claims(nlp, text) == {}
