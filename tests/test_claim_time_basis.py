"""When a figure holds, and where that time comes from (records v2: ``claim.time.basis``).

Every test runs the whole pipeline on an article published on Thursday
2025-03-27 (so "Monday" is 2025-03-24, "May" is May 2024). A time is written
here as (kind, start, end, basis), or None where nothing supports a date.
"""

from __future__ import annotations

import pytest

from conftest import run_pipeline

PUB = "2025-03-27"


def _time(nlp, text: str, expr: str):
    claims = {c.text: c for c in run_pipeline(nlp, text)._.claims}
    assert expr in claims, f"{expr!r} not among {sorted(claims)}"
    t = claims[expr].time
    return None if t is None else (t.kind, t.start, t.end, t.basis)


# -- 1. a time expression of the text: basis "text" ------------------------------------------

@pytest.mark.parametrize(
    ("text", "expr", "want"),
    [
        # economy: a figure for a month
        ("Unemployment rose to 4.2% in February.", "4.2%", ("period", "2025-02-01", "2025-02-28", "text")),
        # disaster: a day
        ("The storm killed 14 people on Sunday.", "14", ("point", "2025-03-23", "2025-03-23", "text")),
        # health: a count up to a date
        ("By March 1, 3,000 cases had been confirmed.", "3,000", ("as_of", None, "2025-03-01", "text")),
        # sport: a count since a date runs to publication, but the text says so
        ("City have scored 40 goals since January.", "40", ("as_of", "2025-01-01", PUB, "text")),
    ],
)
def test_a_time_expression_of_the_text_has_basis_text(nlp, text, expr, want):
    # Given a figure with a time expression of its own, when the article is read,
    # then the figure holds for that time, and the basis says the text gave it.
    assert _time(nlp, text, expr) == want


# -- 2. a present count with no date: the publication date, basis "published" ----------------

@pytest.mark.parametrize(
    ("text", "expr"),
    [
        # "so far", "to date", "now" say "up to the time of writing": the publication date
        ("About 600 drones have been shot down so far.", "About 600"),
        ("The appeal has raised $4 million to date.", "$4 million"),
        ("Some 40,000 people are now displaced.", "Some 40,000"),
        ("More than 1,200 soldiers have been killed or wounded.", "More than 1,200"),  # present perfect passive
        ("The army has deployed about 2,000 troops to the border.", "about 2,000"),  # present perfect active
        ("Some 40,000 people are displaced after the floods.", "Some 40,000"),  # present passive
        ("Twelve fishermen remain missing off the coast.", "Twelve"),  # present, no auxiliary
        ("The hospital is treating 35 patients for burns.", "35"),  # present progressive
        ("The league's clubs owe their players $80 million.", "$80 million"),  # present, economy
        # the sentence's date is the other figure's ("up from ... in 2023")
        ("Output is 9.8 million tonnes, up from 9.1 million tonnes in 2023.", "9.8 million tonnes"),
    ],
)
def test_a_present_count_with_no_date_holds_as_of_publication(nlp, text, expr):
    # Given a running count in the present or present perfect and no date (or
    # only "so far"), when the article is read, then it holds as of the publication date.
    assert _time(nlp, text, expr) == ("as_of", None, PUB, "published")


@pytest.mark.parametrize(
    ("text", "expr"),
    [
        ("A bomb killed 12 people in the market.", "12"),  # a past event
        ("Floodwaters swept away 300 homes.", "300"),
        ("The club sold 45,000 tickets.", "45,000"),
        ("Earthquake kills 300 in Turkey", "300"),  # a headline's present is a past event
        ("FIVE HURT IN BUS CRASH Police have closed the road.", "FIVE"),  # also one run into the text
        ("The fund could reach $2 billion.", "$2 billion"),  # a modal is no present fact
        ("If inflation tops 3%, the bank will raise rates.", "3%"),  # nor a condition
        ("Every year, floods kill about 500 people.", "about 500"),  # nor a habit
        ("The team is expected to sign 3 new players.", "3"),  # nor a plan
        ("Rangers recently counted 300 wolves in the park.", "300"),  # "recently" names no date
    ],
)
def test_a_past_future_or_conditional_figure_without_a_date_has_no_time(nlp, text, expr):
    # Given a figure of a past event, a plan, a condition or a habit, with no
    # date and no dated source, when the article is read, then its time stays null.
    assert _time(nlp, text, expr) is None


# -- 3. the date the source spoke: basis "statement" ------------------------------------------

def test_a_time_on_the_reporting_verb_is_the_statement_date(nlp):
    # Given "..., the ministry told reporters on Monday", when read, then the
    # figure's Monday is when the source spoke: basis statement.
    text = "At least 70 people were killed, the ministry told reporters on Monday."
    assert _time(nlp, text, "At least 70") == ("point", "2025-03-24", "2025-03-24", "statement")


@pytest.mark.parametrize(
    ("text", "expr", "day"),
    [
        ("Inflation is 3.2%, the statistics office said on Tuesday.", "3.2%", "2025-03-25"),
        ('"We have lost 300 men," the commander said on Friday.', "300", "2025-03-21"),
    ],
)
def test_a_present_count_reported_on_a_day_holds_as_of_that_day(nlp, text, expr, day):
    # Given a present figure and a dated reporting verb, then it holds as of that day.
    assert _time(nlp, text, expr) == ("as_of", None, day, "statement")


@pytest.mark.parametrize(
    ("text", "expr", "want"),
    [
        # a past event reported by the same source on a day named a sentence before
        (
            "The ministry told reporters on Monday that the attack had been repelled. It said about 70 were killed.",
            "about 70",
            ("point", "2025-03-24", "2025-03-24", "statement"),
        ),
        # a present count reported so: as of that day, not of publication
        (
            "The health ministry told reporters on Tuesday that the outbreak was slowing. "
            "It said 230 patients remain in hospital.",
            "230",
            ("as_of", None, "2025-03-25", "statement"),
        ),
    ],
)
def test_a_figure_with_no_date_takes_its_sources_statement_date(nlp, text, expr, want):
    # Given a figure with no time expression whose source spoke on a known day,
    # when read, then the figure takes that day, basis statement.
    assert _time(nlp, text, expr) == want


def test_a_modal_figure_takes_the_statement_date_not_another_clause(nlp):
    # Given "would cost" reported on Monday, then the estimate dates from Monday.
    text = "The plan would cost $5 billion, officials said on Monday."
    assert _time(nlp, text, "$5 billion") == ("point", "2025-03-24", "2025-03-24", "statement")


def test_a_time_of_the_figures_own_clause_beats_the_statement_date(nlp):
    # Given a reported figure with its own day, then its own day wins: text > statement.
    text = "The ministry said on Monday that 40 people died on Saturday."
    assert _time(nlp, text, "40") == ("point", "2025-03-22", "2025-03-22", "text")


# -- 4. a back-reference to an earlier time of the paragraph --------------------------------

@pytest.mark.parametrize(
    ("text", "expr", "want"),
    [
        (
            "Xi arrived in Moscow on March 20. During the visit, the two leaders signed 14 agreements.",
            "14",
            ("point", "2025-03-20", "2025-03-20", "text"),
        ),
        (
            "Sales rose 5% in the first quarter. Over the same period, costs rose 3%.",
            "3%",
            ("period", "2025-01-01", "2025-03-31", "text"),
        ),
        (
            "Prices jumped in 2008. At the time, about 900 banks were at risk.",
            "about 900",
            ("period", "2008-01-01", "2008-12-31", "text"),
        ),
        (
            "Heavy rains hit the region in May. In that period, 40 people died in landslides.",
            "40",
            ("period", "2024-05-01", "2024-05-31", "text"),
        ),
        (
            "United beat Leeds 3-1 on Saturday. In that match, the striker ran 12 kilometres.",
            "12 kilometres",
            ("point", "2025-03-22", "2025-03-22", "text"),
        ),
    ],
)
def test_a_back_reference_takes_the_earlier_time(nlp, text, expr, want):
    # Given "during the visit", "over the same period", "at the time" after a
    # dated sentence, when read, then the figure takes that earlier time.
    assert _time(nlp, text, expr) == want


@pytest.mark.parametrize(
    ("text", "expr", "want"),
    [
        # disaster: a count since the date before runs to publication
        ("The floods began on March 2. Since then, 40 people have died.", "40", ("as_of", "2025-03-02", PUB, "text")),
        # diplomacy: the same, through an event noun
        ("Xi visited Moscow on March 20. Since the visit, 14 deals have been signed.", "14", ("as_of", "2025-03-20", PUB, "text")),
        # conflict: a count up to the date before
        ("Fighting broke out on January 9. By then, 2,000 families had fled.", "2,000", ("as_of", None, "2025-01-09", "text")),
    ],
)
def test_since_then_and_by_then_count_from_or_up_to_the_earlier_time(nlp, text, expr, want):
    # Given "since then", "since the visit" or "by then" after a dated sentence,
    # then the figure counts from, or up to, that date.
    assert _time(nlp, text, expr) == want


def test_a_back_reference_does_not_reach_over_a_paragraph(nlp):
    # Given the date two paragraphs back, then "during the trip" finds nothing to refer to.
    text = "Xi visited Moscow on March 20.\n\nThe talks went well.\n\nDuring the trip, 14 agreements were signed."
    assert _time(nlp, text, "14") is None


def test_this_time_is_no_back_reference(nlp):
    # "this" points at the present occasion, not at the date before.
    assert _time(nlp, "Rains fell on Monday. This time, 40 homes flooded.", "40") is None


def test_at_the_time_of_names_its_own_event(nlp):
    # "at the time of the attack" is not the date before; the past figure stays undated.
    text = "Markets fell on Monday. At the time of the attack, 30 guards were on duty."
    assert _time(nlp, text, "30") is None


# -- 5. ranges: a period, or for a running total as of its end ------------------------------

@pytest.mark.parametrize(
    ("text", "expr", "want"),
    [
        # per-period figures keep the whole range
        ("The economy contracted 0.9% between April and June.", "0.9%", ("period", "2024-04-01", "2024-06-30", "text")),
        ("Output fell 2% from January through March.", "2%", ("period", "2025-01-01", "2025-03-31", "text")),
        # running totals hold as of the end, counted from the start
        (
            "A total of 3,400 people were killed in the April-June period.",
            "A total of 3,400",
            ("as_of", "2024-04-01", "2024-06-30", "text"),
        ),
        (
            "From January to March, cumulative sales reached 1.2 million units.",
            "1.2 million",
            ("as_of", "2025-01-01", "2025-03-31", "text"),
        ),
        # a range over the new year starts in the year before
        (
            "The death toll from the November-February floods rose to 210.",
            "210",
            ("as_of", "2024-11-01", "2025-02-28", "text"),
        ),
    ],
)
def test_a_range_of_two_dates_is_one_time(nlp, text, expr, want):
    # Given two dates joined into a range, when read, then the figure holds for
    # the whole range, or as of its end when it is a running total.
    assert _time(nlp, text, expr) == want


def test_two_dates_of_two_figures_stay_apart(nlp):
    # "from 5% in January to 6% in March" is two figures, each with its month.
    text = "Inflation rose from 5% in January to 6% in March."
    assert _time(nlp, text, "5%")[1:3] == ("2025-01-01", "2025-01-31")
    assert _time(nlp, text, "6%")[1:3] == ("2025-03-01", "2025-03-31")


# -- 6. a modal or future figure takes no other clause's time --------------------------------

@pytest.mark.parametrize(
    ("text", "expr"),
    [
        ("The work, due to start next year and finish by 2029, would protect some 38,000 homes.", "some 38,000"),
        ("The stadium, which will open in 2027, could hold 60,000 fans.", "60,000"),
        ("If approved in May, the vaccine could reach 10 million people.", "10 million"),
        ("The layoffs announced last year will cut about 6% of the workforce.", "about 6%"),
    ],
)
def test_a_modal_figure_ignores_the_time_of_another_clause(nlp, text, expr):
    # Given "would protect", "could hold", "will cut" and a date of another
    # clause, when read, then the figure takes no time.
    assert _time(nlp, text, expr) is None


@pytest.mark.parametrize(
    ("text", "expr", "want"),
    [
        # a future figure with its own time keeps it
        ("The new line will carry 200,000 passengers a day from 2027.", "200,000", ("period", "2027-01-01", "2027-12-31", "text")),
        ("Two more plants will close in 2028.", "Two", ("period", "2028-01-01", "2028-12-31", "text")),
        # and so does one whose time stands in its own clause of time
        (
            "The bank said 500 million euros would be paid out when markets opened on Friday.",
            "500 million euros",
            ("point", "2025-03-21", "2025-03-21", "text"),
        ),
    ],
)
def test_a_modal_figure_keeps_a_time_of_its_own_clause(nlp, text, expr, want):
    assert _time(nlp, text, expr) == want


def test_so_far_in_a_dated_statement_runs_up_to_the_day_the_source_spoke(nlp):
    # Given "so far" reported on Monday, then the count runs up to Monday, not to publication.
    text = "About 600 drones have been shot down so far, the air force said on Monday."
    assert _time(nlp, text, "About 600") == ("as_of", None, "2025-03-24", "statement")


def test_a_statement_time_carries_the_words_of_the_day_not_so_far(nlp):
    # Given a statement made "today", carried to a later sentence, with "so far"
    # (also the publication day) in between, then the time's text is the day
    # the source named, not "so far".
    text = (
        "The army told reporters today that the front was holding. "
        "About 300 drones have been shot down so far, it said. "
        "It said 45 soldiers were killed in the fighting."
    )
    (claim,) = [c for c in run_pipeline(nlp, text)._.claims if c.text == "45"]
    assert claim.time is not None and (claim.time.start, claim.time.basis) == (PUB, "statement")
    assert claim.time.text == "today"


# -- times that date something around the figure (quantities/frames.py) ---------------------

@pytest.mark.parametrize(
    ("text", "expr", "want"),
    [
        # war: a superlative after the figure ranks the attack within this year
        ("Air strikes have killed at least 35 people in the north, in one of the deadliest attacks this year.",
         "at least 35", ("as_of", None, PUB, "published")),
        # economy: "the highest since 2019" is no count since 2019
        ("Unemployment rose to 5.2% in February, the highest since 2019.", "5.2%",
         ("period", "2025-02-01", "2025-02-28", "text")),
        # disaster: the figure's own day stays; the record's span does not replace it
        ("The storm killed 12 people on Monday, the most in a single day since records began in 1990.", "12",
         ("point", "2025-03-24", "2025-03-24", "text")),
        # put before the figure, the superlative's time is the event the figure counts
        ("Its largest attack in February killed 40 people.", "40", ("period", "2025-02-01", "2025-02-28", "text")),
    ],
)
def test_a_time_that_bounds_a_superlative_after_the_figure_is_not_the_figures(nlp, text, expr, want):
    assert _time(nlp, text, expr) == want


@pytest.mark.parametrize(
    ("text", "expr"),
    [
        ("About 30 shells landed inside a buffer zone set up under a 2018 military pact.", "About 30"),
        ("Rebels seized 12 villages near a dam built under a 1998 water treaty.", "12"),
    ],
)
def test_a_year_before_a_noun_in_a_clause_of_its_own_names_that_noun(nlp, text, expr):
    # Given a past event whose only year stands before the noun of another clause, then no time.
    assert _time(nlp, text, expr) is None


def test_a_year_before_the_noun_of_the_figures_own_clause_dates_it(nlp):
    assert _time(nlp, "Some 1,200 people died in the 2023 earthquake.", "Some 1,200") == (
        "period", "2023-01-01", "2023-12-31", "text")


@pytest.mark.parametrize(
    ("text", "expr", "want"),
    [
        # the distance and a day of the text above: that many days before
        ("Rebels shelled the town on Monday, two days after troops killed 14 fighters nearby.", "14",
         ("point", "2025-03-22", "2025-03-22", "text")),
        ("Police arrested 40 people on Sunday, hours after protesters clashed with 200 officers.", "200",
         ("point", "2025-03-23", "2025-03-23", "text")),
        # no distance: the earlier event has no day
        ("Rebels shelled the town on Monday, after troops killed 14 fighters nearby.", "14", None),
        # the day above is when the source spoke, not the day of the event the earlier one is counted
        # from: the figure is dated as any past event told on that day (by then)
        ("The group said on Tuesday it had launched three drones, a day after jets struck the port, killing "
         "four people.", "four", ("point", "2025-03-25", "2025-03-25", "statement")),
    ],
)
def test_a_figure_in_an_after_clause_does_not_take_the_time_of_the_clause_above(nlp, text, expr, want):
    assert _time(nlp, text, expr) == want


@pytest.mark.parametrize(
    ("text", "expr", "want"),
    [
        ("Five people died in the past 24 hours, bringing the number of deaths since the war began to 227.", "227",
         ("as_of", None, PUB, "published")),
        ("In the north, the death toll rose to 13, according to officials.", "13", ("as_of", None, PUB, "published")),
        ("The toll rose to 31 on Monday.", "31", ("as_of", None, "2025-03-24", "text")),
    ],
)
def test_a_total_a_clause_brings_a_figure_to_is_a_running_total(nlp, text, expr, want):
    assert _time(nlp, text, expr) == want


@pytest.mark.parametrize(
    ("text", "expr", "want"),
    [
        # "the third quarter" of a March report is 2024's
        ("The ministry said 38 defectors arrived in the third quarter, down from 52 a year earlier.", "52",
         ("period", "2023-07-01", "2023-09-30", "text")),
        ("Exports rose 5% on Monday, compared with 3% a year ago.", "3%", ("point", "2024-03-24", "2024-03-24", "text")),
        # no comparison: "a year ago" is the year it names
        ("A year ago, the plant employed 400 workers.", "400", ("period", "2024-01-01", "2024-12-31", "text")),
    ],
)
def test_a_year_earlier_after_a_comparison_is_the_sentences_period_a_year_back(nlp, text, expr, want):
    assert _time(nlp, text, expr) == want


def test_the_schedule_of_a_report_is_no_habit_of_what_it_counts(nlp):
    # Given "said in its daily summary", then a present perfect count still holds now.
    text = "Since the start of the war, Russian forces have destroyed 300 tanks, the ministry said in its daily summary."
    assert _time(nlp, text, "300") == ("as_of", None, PUB, "published")


def test_a_recurring_time_of_the_figures_clause_is_still_a_habit(nlp):
    assert _time(nlp, "The ferry carries 400 passengers every day.", "400") is None


@pytest.mark.parametrize(
    "text",
    [
        "During the past night, air defences destroyed 64 drones over the region, the ministry said.",
        "Over the previous night, 64 drones were shot down, the ministry said.",
    ],
)
def test_the_past_night_is_the_night_of_the_report(nlp, text):
    assert _time(nlp, text, "64") == ("point", PUB, PUB, "published")


def test_a_count_according_to_a_source_runs_to_publication_not_to_its_earlier_statement(nlp):
    # Given "The JCS said on Tuesday ..." and then "..., according to the JCS" (a record cited, no speech
    # on a day), then "so far this year" runs up to publication.
    text = ("The JCS said on Tuesday that the North had fired 100 shells. "
            "North Korea has fired more than 20 missiles so far this year, according to the JCS.")
    assert _time(nlp, text, "more than 20")[2:] == (PUB, "published")


def test_a_date_of_a_clause_beside_a_running_totals_is_not_when_it_holds(nlp):
    text = ("The ministry says more than 61,000 people have been killed in the offensive, which began after "
            "militants attacked Israel on Oct. 7, 2023.")
    assert _time(nlp, text, "more than 61,000") == ("as_of", None, PUB, "published")


@pytest.mark.parametrize(
    ("text", "expr", "want"),
    [
        # the day in the total's own noun phrase is the event counted; the total holds now
        ("The death toll from Saturday's strike has risen to 42, the ministry said.", "42", ("as_of", None, PUB, "published")),
        ("The number of people killed in Monday's floods rose to 19.", "19", ("as_of", None, PUB, "published")),
        # a word of totals on another noun: "its total losses"
        ("Russia lost 950 soldiers over the past 24 hours, bringing its total losses to 1,000,000.", "1,000,000",
         ("as_of", None, PUB, "published")),
    ],
)
def test_a_total_whose_noun_names_the_event_holds_now(nlp, text, expr, want):
    assert _time(nlp, text, expr) == want


@pytest.mark.parametrize(
    ("text", "expr", "want"),
    [
        ("Two soldiers died in the clashes, which broke out on Sunday, the army said on Monday.", "Two",
         ("point", "2025-03-23", "2025-03-23", "text")),
        # a weekday read against publication would follow the day the source spoke: the one before it
        ("At least 12 people were killed and 40 wounded in the attack, which took place late on Thursday, police "
         "said on Friday.", "At least 12", ("point", "2025-03-20", "2025-03-20", "text")),
    ],
)
def test_a_relative_clause_on_the_event_noun_dates_a_past_event_before_the_statement_day(nlp, text, expr, want):
    assert _time(nlp, text, expr) == want
