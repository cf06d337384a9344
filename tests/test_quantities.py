"""Figures as claims: values, hedges as intervals, units, change, measure and time.

Unless a test says otherwise the article is published on Thursday 2025-03-27.
Sentences are news English written for these tests; the seed report is read
from ../shared at test time.
"""

from __future__ import annotations

import datetime as dt

import pytest

from newsledger.nlp.quantities import APPROX_BAND, extract_claims
from newsledger.records import ClaimRecord, TimeRecord
from conftest import PUB, run_pipeline


def run(nlp, text: str, published: dt.date | None = PUB, times: list[TimeRecord] | None = None):
    """The doc after the pipes up to newsledger_quantities (optionally with hand-made times)."""
    return run_pipeline(nlp, text, published, article_id="q", until="newsledger_quantities", times=times)


def claims(nlp, text: str, **kw) -> list[ClaimRecord]:
    return run(nlp, text, **kw)._.claims


def by_text(nlp, text: str, **kw) -> dict[str, ClaimRecord]:
    return {c.text: c for c in claims(nlp, text, **kw)}


def one(nlp, text: str, expr: str, **kw) -> ClaimRecord:
    found = by_text(nlp, text, **kw)
    assert expr in found, f"{expr!r} not among claims {sorted(found)} of {text!r}"
    return found[expr]


def q(claim: ClaimRecord) -> tuple:
    x = claim.quantity
    return (x.value, x.low, x.high, x.bound, x.unit, x.change)


# -- the seed report, end to end ------------------------------------------------------


@pytest.fixture(scope="module")
def seed_claims(extractor, seed_text):
    from newsledger.ingest.article import RawArticle

    (records,) = list(extractor.process([RawArticle(text=seed_text, published="2025-03-27")]))
    article = records[0]
    found = [r for r in records if r.TYPE == "claim"]
    return article, found


def _find(found, text):
    hits = [c for c in found if c.text == text]
    assert hits, f"{text!r} not among {[c.text for c in found]}"
    return hits[0]


def test_seed_injured_until_february_26_is_a_lower_bound_as_of_that_day(seed_claims):
    _, found = seed_claims
    c = _find(found, "at least 3,600")
    assert (c.quantity.low, c.quantity.high, c.quantity.bound) == (3600, None, "lower")
    assert "injured" in c.measure
    assert c.time is not None and c.time.kind == "as_of" and c.time.end == "2025-02-26"


def test_seed_almost_2500_in_november_is_an_upper_bound_for_november_2024(seed_claims):
    _, found = seed_claims
    c = _find(found, "almost 2,500")
    assert (c.quantity.low, c.quantity.high, c.quantity.bound) == (None, 2500, "upper")
    assert c.measure == "drone attacks"
    assert c.time is not None and (c.time.kind, c.time.start, c.time.end) == ("period", "2024-11-01", "2024-11-30")
    early = _find(found, "only 379")
    assert early.quantity.bound == "exact" and early.quantity.value == 379
    assert early.time is not None and (early.time.start, early.time.end) == ("2024-05-01", "2024-05-31")


def test_seed_other_figures(seed_claims):
    _, found = seed_claims
    troops = _find(found, "approximately 11,000")
    assert troops.quantity.bound == "approx" and troops.quantity.value == 11000
    assert troops.measure == "troops" and troops.subject == "North Korean troops sent to Russia"
    assert troops.time is not None and troops.time.kind == "as_of" and troops.time.end == "2025-03-27"
    four = _find(found, "About four thousand")
    assert (four.quantity.value, four.quantity.bound) == (4000, "approx") and four.measure == "killed or injured"
    pieces = _find(found, "about 220")
    assert (pieces.quantity.value, pieces.quantity.bound, pieces.measure) == (220, "approx", "pieces")
    soldiers = _find(found, "about 400")
    assert soldiers.quantity.bound == "approx" and "soldiers" in soldiers.measure and "killed" in soldiers.measure
    assert soldiers.time is not None and soldiers.time.end == "2025-02-26"
    people = _find(found, "at least 21")
    assert (people.quantity.low, people.quantity.bound, people.measure) == (21, "lower", "people injured")
    assert people.time is not None and (people.time.kind, people.time.start) == ("point", "2025-03-26")
    boxes = _find(found, "thousands")
    assert (boxes.quantity.low, boxes.quantity.bound, boxes.measure) == (2000, "lower", "ammunition containers")
    first = _find(found, "at least more than 1,000")
    assert first.quantity.bound == "lower" and first.measure == "soldiers"


def test_seed_has_no_day_number_year_or_calibre_claims(seed_claims):
    article, found = seed_claims
    # the credited headline's figure stands in the headline, not in the text (records v2 `part`)
    headline = [c for c in found if c.part == "origin_title"]
    assert [(c.text, article.origin_title[c.span[0]:c.span[1]]) for c in headline] == [
        ("more than three thousand", "more than three thousand")
    ]
    found = [c for c in found if c.part == "text"]
    texts = [c.text for c in found]
    for c in found:
        assert article.text[c.span[0] : c.span[1]] == c.text
        s0, s1 = c.sentence_span
        assert s0 <= c.span[0] < c.span[1] <= s1
        digits = "".join(ch for ch in c.text if ch.isdigit())
        assert digits not in ("27", "26", "25", "2024", "170", "240", "30"), c.text
    assert texts == [c.text for c in sorted(found, key=lambda c: c.span)]
    assert len(found) == 10, texts  # the credit line is cut from the text, its figure read as the headline's


# -- hedges as intervals ---------------------------------------------------------------

HEDGES = [
    ("at least", "lower"), ("more than", "lower"), ("over", "lower"), ("upwards of", "lower"),
    ("in excess of", "lower"), ("almost", "upper"), ("nearly", "upper"), ("up to", "upper"),
    ("under", "upper"), ("less than", "upper"), ("fewer than", "upper"), ("at most", "upper"),
    ("no more than", "upper"), ("as many as", "upper"), ("about", "approx"), ("approximately", "approx"),
    ("around", "approx"), ("roughly", "approx"), ("some", "approx"), ("an estimated", "approx"),
    ("only", "exact"), ("exactly", "exact"),
]  # fmt: skip


@pytest.mark.parametrize(("hedge", "bound"), HEDGES)
def test_hedge_sets_bound_and_interval(nlp, hedge, bound):
    text = f"Officials said {hedge} 500 people attended the rally in the capital."
    c = one(nlp, text, f"{hedge} 500")
    value, low, high, got, unit, change = q(c)
    assert (value, got, unit, change) == (500, bound, None, None)
    expected = {
        "lower": (500, None),
        "upper": (None, 500),
        "exact": (500, 500),
        "approx": (500 * (1 - APPROX_BAND), 500 * (1 + APPROX_BAND)),
    }[bound]
    assert (low, high) == pytest.approx(expected)
    assert c.measure == "people"


@pytest.mark.parametrize(
    ("text", "expr", "bound"),
    [
        ("The storm destroyed 1,000 or more homes, the agency said.", "1,000 or more", "lower"),
        ("Winds felled 300 or so trees.", "300 or so", "approx"),
        ("The ferry carried 50 or fewer passengers.", "50 or fewer", "upper"),
        ("A crowd of 1,000-plus gathered outside the court.", "1,000-plus", "lower"),
        ("Police said 40-odd people were arrested.", "40-odd", "approx"),
        ("Some 300 families were displaced by the floods.", "Some 300", "approx"),
        ("North Korea sent at least more than 1,000 soldiers, Seoul said.", "at least more than 1,000", "lower"),
    ],
)
def test_post_and_stacked_hedges(nlp, text, expr, bound):
    assert one(nlp, text, expr).quantity.bound == bound


@pytest.mark.parametrize(
    ("text", "expr", "low", "high", "unit"),
    [
        ("The company will cut between 2,000 and 3,000 jobs.", "between 2,000 and 3,000", 2000, 3000, None),
        ("Exports jumped 15-20% in the first half.", "15-20%", 15, 20, "percent"),
        ("The repairs will cost $12 million to $20 million.", "$12 million to $20 million", 12e6, 20e6, "USD"),
        ("The fund needs between 12 and 20 million euros.", "between 12 and 20 million euros", 12e6, 20e6, "EUR"),
        ("Two or three villages were hit.", "Two or three", 2, 3, None),
    ],
)
def test_ranges_have_midpoint_and_both_ends(nlp, text, expr, low, high, unit):
    c = one(nlp, text, expr)
    assert c.quantity.bound == "range" and c.quantity.unit == unit
    assert (c.quantity.low, c.quantity.high, c.quantity.value) == pytest.approx((low, high, (low + high) / 2))


def test_from_x_to_y_is_two_figures_each_with_its_own_time(nlp):
    text = "The number of migrants crossing the Channel rose from 28,000 in 2021 to 45,000 in 2022."
    found = by_text(nlp, text)
    a, b = found["28,000"], found["45,000"]
    assert a.quantity.bound == b.quantity.bound == "exact"
    assert a.measure == b.measure == "migrants"
    assert a.time is not None and (a.time.start, a.time.end, a.time.kind) == ("2021-01-01", "2021-12-31", "period")
    assert b.time is not None and (b.time.start, b.time.end) == ("2022-01-01", "2022-12-31")


# -- vague amounts, fractions, multipliers ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "expr", "low", "bound"),
    [
        ("Dozens of people were wounded in the attack.", "Dozens", 24, "lower"),
        ("Hundreds of families fled the fighting.", "Hundreds", 200, "lower"),
        ("Thousands of Iraqi Kurds demonstrated on Sunday.", "Thousands", 2000, "lower"),
        ("Tens of thousands of students marched.", "Tens of thousands", 20000, "lower"),
        ("Hundreds of thousands of people blocked streets.", "Hundreds of thousands", 200000, "lower"),
        ("Scores of refugees were tortured, the group said.", "Scores", 40, "lower"),
        ("A dozen soldiers were hurt.", "A dozen", 12, "exact"),
        ("Two dozen houses burned.", "Two dozen", 24, "exact"),
    ],
)
def test_vague_amounts_are_open_intervals(nlp, text, expr, low, bound):
    c = one(nlp, text, expr)
    assert (c.quantity.value, c.quantity.low, c.quantity.bound) == (low, low, bound)
    if bound == "lower":
        assert c.quantity.high is None


@pytest.mark.parametrize(
    ("text", "expr", "value", "unit", "change"),
    [
        ("About a third of the budget goes to defence.", "About a third", 0.333, "fraction", None),
        ("Half of the respondents said they would vote.", "Half", 0.5, "fraction", None),
        ("One in five adults smokes, the survey found.", "One in five", 0.2, "fraction", None),
        ("Police say 1 in 10 drivers was speeding.", "1 in 10", 0.1, "fraction", None),
        ("The currency lost three quarters of its value.", "three quarters", 0.75, "fraction", "decrease"),
        ("Prices have risen fourfold since 2020.", "fourfold", 4, "times", "increase"),
        ("Sales doubled last year.", "doubled", 2, "times", "increase"),
        ("The deficit was halved in two years.", "halved", 0.5, "times", "decrease"),
        ("Attacks were three times as frequent as in 2023.", "three times", 3, "times", None),
    ],
)
def test_fractions_and_multipliers(nlp, text, expr, value, unit, change):
    c = one(nlp, text, expr)
    assert (c.quantity.value, c.quantity.unit, c.quantity.change) == (pytest.approx(value, abs=1e-3), unit, change)


# -- units and change ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expr", "value", "unit", "change", "measure"),
    [
        ("Shares fell 3.2% to $41.50 in early trading.", "3.2%", 3.2, "percent", "decrease", "shares"),
        ("Shares fell 3.2% to $41.50 in early trading.", "$41.50", 41.5, "USD", None, "shares"),
        ("Revenue rose 12 percent to 1.2 billion euros.", "12 percent", 12, "percent", "increase", "revenue"),
        ("Revenue rose 12 percent to 1.2 billion euros.", "1.2 billion euros", 1.2e9, "EUR", None, "revenue"),
        ("Unemployment was 4.1% in May.", "4.1%", 4.1, "percent", None, "unemployment"),
        ("The dollar was up 19 cents at $1.25.", "19 cents", 0.19, "USD", "increase", "dollar"),
        ("The pound was down 12 pence against the euro.", "12 pence", 0.12, "GBP", "decrease", "pound"),
        ("Inflation eased to 2.4 percent, down 0.3 percentage points.", "0.3 percentage points", 0.3, "percentage_point", "decrease", "inflation"),
        ("Growth was -1.3% in the quarter.", "-1.3%", -1.3, "percent", None, "growth"),
        ("The deal is worth $15bn.", "$15bn", 15e9, "USD", None, "deal"),
        ("Airbus won a US$40 billion order.", "US$40 billion", 40e9, "USD", None, "order"),
        ("The bank injected €3 million into the fund.", "€3 million", 3e6, "EUR", None, None),
        ("The council approved GBP 20m in aid.", "GBP 20m", 20e6, "GBP", None, None),
        ("The state set aside Rs 500 crore for roads.", "Rs 500 crore", 5e9, "INR", None, None),
        ("India set aside Rs.500 crore for relief.", "Rs.500 crore", 5e9, "INR", None, None),
        ("The fund set aside US$1.2bn for relief.", "US$1.2bn", 1.2e9, "USD", None, None),
        ("They paid 15 billion dollars for the firm.", "15 billion dollars", 15e9, "USD", None, None),
        ("Rainfall of 155 mm was recorded.", "155 mm", 155, "mm", None, "rainfall"),
        ("Winds of up to 120 km/h battered the coast.", "up to 120 km/h", 120, "km/h", None, "winds"),
        ("Oil output reached 1.5m barrels a day.", "1.5m barrels a day", 1.5e6, "barrel/day", None, "oil output"),
        ("The convoy drove 300 kilometres north.", "300 kilometres", 300, "km", None, None),
        ("The Dow lost 340 points on Friday.", "340 points", 340, "point", "decrease", "Dow"),
        ("A 5% rise in prices was recorded.", "5%", 5, "percent", "increase", None),
        ("The index closed 2% higher.", "2%", 2, "percent", "increase", "index"),
        ("Profits dropped by 1.5 million pounds.", "1.5 million pounds", 1.5e6, "GBP", "decrease", "profits"),
    ],
)
def test_units_change_and_measure(nlp, text, expr, value, unit, change, measure):
    c = one(nlp, text, expr)
    assert c.quantity.value == pytest.approx(value)
    assert (c.quantity.unit, c.quantity.change) == (unit, change)
    if measure is not None:
        assert c.measure == measure


# -- what is counted -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expr", "measure"),
    [
        ("The blast killed at least 12 people and wounded dozens, police said.", "at least 12", "people killed"),
        ("The blast killed at least 12 people and wounded dozens, police said.", "dozens", "wounded"),
        ("Police arrested 12 protesters and detained 30 others.", "12", "protesters arrested"),
        ("Some 300 families were displaced by the floods.", "Some 300", "families displaced"),
        ("More than 40,000 people have died since October 7.", "More than 40,000", "people died"),
        ("About 200 of them were killed or wounded in the fighting.", "About 200", "killed or wounded"),
        ("Two Iraqi youths were killed and five others wounded.", "Two", "youths killed"),
        ("The death toll rose to 45 on Friday.", "45", "death toll"),
        ("Russia launched 120 drone attacks overnight.", "120", "drone attacks"),
        ("Israeli soldiers arrested more than 100 Palestinians on Saturday.", "more than 100", "Palestinians arrested"),
        # A second figure's own participle, and a second clause with its own subject.
        ("At least 18 civilians were killed and about 70 wounded when shells hit a market.", "about 70", "wounded"),
        ("Five people died and 30 were injured in the crash.", "30", "injured"),
        ("Gunmen killed or wounded 50 villagers.", "50", "villagers killed or wounded"),
    ],
)
def test_measure(nlp, text, expr, measure):
    assert one(nlp, text, expr).measure == measure


def test_subject_is_the_fuller_phrase_without_figure_or_time(nlp):
    c = one(nlp, "The 2,000 Chechen fighters sent to Kursk in January have all returned.", "2,000")
    assert c.measure == "fighters"
    assert c.subject == "Chechen fighters sent to Kursk"
    c = one(nlp, "Moscow has deployed about 5,000 Chechen fighters trained in Grozny since 2023.", "about 5,000")
    assert c.subject == "Chechen fighters trained in Grozny"


# -- not claims ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Leaders will meet in Paris on Thursday (27) to discuss the war.",
        "The attack came on Wednesday (26) at night.",
        "The law was passed in 2024 and amended on February 26.",
        "The meeting starts at 3 p.m. on 12 March.",
        "It was the 21st attack this year and the third this week.",
        "The Boeing 737 and the A320 were grounded.",
        "F-16 jets flew over the G7 summit.",
        "The COVID-19 rules under Section 427 and Resolution 2231 expired.",
        "The army fired 155mm shells and 9mm rounds.",
        "Pyongyang sent 170mm self-propelled howitzers and 240m rocket launchers.",
        "For details call 555-1234 or see page 12.",
        "The truce falls far short of a ceasefire of 30 days.",
        "Apple unveiled iOS 4 alongside the new iPhone.",
        "The plan has parts (1) a truce and (2) talks.",
        "The two companies signed the deal; one of them is based in Seoul.",
        "Markets fell to their lowest level since '82.",
        "For tips call +44 20 7946 0958 today.",
        "Photo 2 of 10 shows the damage.",
        "Vol. 3 of the report came out.",
        "The G20 and the P5+1 met in Vienna.",
        "The Su-27 and MiG-29 jets were scrambled.",
    ],
)
def test_calendar_numbers_names_and_calibres_are_not_claims(nlp, text):
    assert claims(nlp, text) == [], [c.text for c in claims(nlp, text)]


def test_a_name_and_a_count_in_one_sentence(nlp):
    found = by_text(nlp, "Ryanair ordered 22 Boeing 737 jets and Boeing's 787 had 60 buyers, on Thursday (27).")
    assert set(found) == {"22", "60"}
    assert found["22"].measure == "jets"


def test_a_model_number_stays_a_name_across_the_document(nlp):
    text = "Boeing 777 sales rose. Qatar will buy 20 of the larger 777 planes."
    assert [c.text for c in claims(nlp, text)] == ["20"]


def test_rainfall_in_mm_is_a_claim_but_a_calibre_is_not(nlp):
    found = by_text(nlp, "Troops fired 155mm shells as rainfall of 155 mm flooded the trenches.")
    assert list(found) == ["155 mm"] and found["155 mm"].quantity.unit == "mm"


# -- time linking -----------------------------------------------------------------------------------


def _time(text: str, expr: str, value: str, start: str | None, end: str | None, kind: str = "DATE") -> TimeRecord:
    i = text.index(expr)
    return TimeRecord("q", (i, i + len(expr)), expr, kind, value, start, end)


def test_each_figure_takes_the_time_of_its_own_clause(nlp):
    text = (
        "A lawmaker who visited Kyiv in late February said about 400 soldiers were killed "
        "and at least 3,600 injured until February 26."
    )
    times = [
        _time(text, "late February", "2025-02", "2025-02-21", "2025-02-28"),
        _time(text, "February 26", "2025-02-26", "2025-02-26", "2025-02-26"),
    ]
    found = by_text(nlp, text, times=times)
    for expr in ("about 400", "at least 3,600"):
        t = found[expr].time
        assert t is not None and (t.kind, t.start, t.end, t.text) == ("as_of", None, "2025-02-26", "February 26")


def test_since_gives_a_running_total_to_publication(nlp):
    text = "At least 50 journalists have been killed since March 2024."
    times = [_time(text, "March 2024", "2024-03", "2024-03-01", "2024-03-31")]
    t = one(nlp, text, "At least 50", times=times).time
    assert t is not None and (t.kind, t.start, t.end) == ("as_of", "2024-03-01", "2025-03-27")


def test_so_far_without_a_time_record_is_as_of_publication(nlp):
    t = one(nlp, "Officials say 7,000 houses have been rebuilt so far.", "7,000", times=[]).time
    assert t is not None and (t.kind, t.end, t.text) == ("as_of", "2025-03-27", "so far")


def test_a_single_day_is_a_point_and_a_month_a_period(nlp):
    text = "On March 3 police arrested 40 people; in February they had arrested 25."
    times = [
        _time(text, "March 3", "2025-03-03", "2025-03-03", "2025-03-03"),
        _time(text, "February", "2025-02", "2025-02-01", "2025-02-28"),
    ]
    found = by_text(nlp, text, times=times)
    assert found["40"].time.kind == "point" and found["40"].time.start == "2025-03-03"
    assert found["25"].time.kind == "period" and found["25"].time.end == "2025-02-28"


def test_no_time_in_the_sentence_gives_none(nlp):
    assert one(nlp, "About 220 pieces of artillery were sent.", "About 220", times=[]).time is None


# -- robustness ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   \n\n ",
        "$$$ 1,2,3 --- % %% 12:30:45 1/2/3 ++5",
        "9" * 400 + " people",
        "between and to - or 5 - - 6 to",
        "\u2212\u2212 4 \u2013 \u2014 half a of the",
    ],
)
def test_odd_input_never_crashes_and_keeps_values_finite(nlp, text):
    for c in claims(nlp, text):
        assert c.quantity.value is not None and abs(c.quantity.value) < float("inf")
        assert text[c.span[0] : c.span[1]] == c.text


def test_bad_time_records_are_ignored(nlp):
    text = "Some 300 families were displaced."
    bad = [TimeRecord("q", (500, 900), "x", "DATE", "2025", None, None), TimeRecord("q", (3, 2), "", "DATE", "X", None, None)]
    assert [c.text for c in claims(nlp, text, times=bad)] == ["Some 300"]


def test_extract_claims_runs_on_a_doc_without_times_or_published(nlp):
    doc = nlp.make_doc("Rebels freed 12 hostages.")
    for _name, proc in nlp.pipeline:
        if _name.startswith("newsledger_"):
            continue
        doc = proc(doc)
    found = extract_claims(doc)
    assert [(c.text, c.measure, c.time) for c in found] == [("12", "hostages freed", None)]


@pytest.mark.parametrize(
    ("text", "expr", "bound", "unit", "change", "measure"),
    [
        ("Guerrillas blew up three power lines near the city.", "three", "exact", None, None, "power lines"),
        ("Lebanon complained over two Israeli air raids.", "two", "exact", None, None, "air raids"),
        ("Doctors delivered $50,000 worth of goods to the clinic.", "$50,000", "exact", "USD", None, "goods"),
        ("He is accused of misusing up to US $50 million in public funds.", "up to US $50 million", "upper", "USD", None, None),
        ("Some 30,000 jobs, which make up 20 to 25 percent of the workforce, will go.", "20 to 25 percent", "range", "percent", None, None),
    ],
)
def test_particles_are_not_hedges_or_directions(nlp, text, expr, bound, unit, change, measure):
    c = one(nlp, text, expr)
    assert (c.quantity.bound, c.quantity.unit, c.quantity.change) == (bound, unit, change)
    if measure is not None:
        assert c.measure == measure


@pytest.mark.parametrize(
    ("text", "expr", "unit", "measure"),
    [
        ("The airliner has a 79-metre wingspan.", "79-metre", "m", "wingspan"),
        ("A 10-km stretch of road was closed.", "10-km", "km", "stretch"),
        ("The Nasdaq Composite lost 1.71% on Monday.", "1.71%", "percent", "Nasdaq Composite"),
    ],
)
def test_hyphenated_units_and_named_measures(nlp, text, expr, unit, measure):
    c = one(nlp, text, expr)
    assert (c.quantity.unit, c.measure) == (unit, measure)


def test_hyphenated_calibre_is_not_a_claim(nlp):
    assert claims(nlp, "Troops fired 155-mm howitzers at the town.") == []


@pytest.mark.parametrize(
    ("text", "expr", "value", "unit", "change", "measure"),
    [
        ("Temperatures fell to minus 5 degrees overnight.", "minus 5 degrees", -5, "degree", None, None),
        ("Forecasters expect 30C heat in the south.", "30C", 30, "degree_c", None, None),
        ("The pipe is 10in across.", "10in", 10, "inch", None, None),  # "5ft 10in" is one height: test_quantities_fresh
        ("The bank raised rates by 25 basis points.", "25 basis points", 25, "basis_point", "increase", "rates"),
        ("The council cut spending by 5% this year.", "5%", 5, "percent", "decrease", "spending"),
        ("Over 1m people have fled the region.", "Over 1m", 1e6, None, None, "people"),
        ("Ukraine said it shot down 30 drones overnight.", "30", 30, None, None, "drones shot"),
    ],
)
def test_signs_glued_units_transitive_change_and_misparses(nlp, text, expr, value, unit, change, measure):
    c = one(nlp, text, expr)
    assert (c.quantity.value, c.quantity.unit, c.quantity.change) == (value, unit, change)
    if measure is not None:
        assert c.measure == measure


@pytest.mark.parametrize(
    ("text", "expr", "time_text"),
    [
        ("Production rose to 10.5 million tonnes, up from 9.8 million tonnes in 2023.", "9.8 million tonnes", "2023"),
        ("Production rose to 10.5 million tonnes, up from 9.8 million tonnes in 2023.", "10.5 million tonnes", None),
        ("Turnout was 67.3%, compared with 71% in 2019.", "71%", "2019"),
        ("Turnout was 67.3%, compared with 71% in 2019.", "67.3%", None),
    ],
)
def test_a_time_right_after_a_figure_is_that_figures_alone(nlp, text, expr, time_text):
    t = one(nlp, text, expr).time
    assert (t.text if t else None) == time_text


def test_since_is_shared_by_conjoined_figures(nlp):
    text = "The virus has infected 1,203 people and killed 45 since January, health officials said Tuesday."
    found = by_text(nlp, text)
    for expr in ("1,203", "45"):
        t = found[expr].time
        assert t is not None and (t.kind, t.start, t.end) == ("as_of", "2025-01-01", "2025-03-27")
    assert found["1,203"].measure == "people infected"


def test_downed_is_no_direction(nlp):
    found = by_text(nlp, "Kyiv says it downed 84 of 117 drones launched overnight.")
    assert {c.quantity.change for c in found.values()} == {None}


@pytest.mark.parametrize(
    ("text", "expr", "unit", "change"),
    [
        ("Exxon and Chevron fell by 1.5 and 3 percent, respectively.", "1.5", "percent", "decrease"),
        ("Exxon and Chevron fell by 1.5 and 3 percent, respectively.", "3 percent", "percent", "decrease"),
        ("The jet has a range of 8,000 nautical miles.", "8,000 nautical miles", "nautical_mile", None),
        ("Police arrested 5 and 10 people on two days.", "5", None, None),
    ],
)
def test_a_unit_shared_by_two_numbers(nlp, text, expr, unit, change):
    c = one(nlp, text, expr)
    assert (c.quantity.unit, c.quantity.change) == (unit, change)


def test_a_level_of_x_measures_what_the_clause_is_about(nlp):
    c = one(nlp, "The DAX gained 71.35 points to a level of 5,783.23 on Monday.", "5,783.23")
    assert c.measure == "DAX" and c.quantity.change is None


def test_an_object_shared_by_two_casualty_verbs(nlp):
    c = one(nlp, "Rebels shelled the town, killing or wounding 50, sources said.", "50")
    assert c.measure == "killed or wounded"


@pytest.mark.parametrize(
    "text",
    [
        "Officials said 5 to 3 million people had fled.",
        "Between 12 and 2 million dollars went missing.",
        "Estimates ran from 900 to 1 thousand homes.",
    ],
)
def test_a_range_never_runs_downwards(nlp, text):
    for claim in claims(nlp, text):
        low, high = claim.quantity.low, claim.quantity.high
        assert low is None or high is None or low <= high, (claim.text, claim.quantity)
