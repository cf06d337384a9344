"""Time expressions: spans, TimeML values and intervals, against a pinned publication date.

Unless a test says otherwise the article is published on Thursday 2025-03-27.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsledger.nlp import timecal
from newsledger.nlp.timex import find_timexes
from conftest import PUB, run_pipeline


def run_times(nlp, text: str, published: dt.date | None = PUB):
    """The time records of ``text``: spaCy's own pipes, then newsledger_times (later pipes are not ours)."""
    return run_pipeline(nlp, text, published, only={"newsledger_times"}, until="newsledger_times")._.times


def by_text(records) -> dict[str, tuple[str, str, str | None, str | None]]:
    return {r.text: (r.timex_type, r.value, r.start, r.end) for r in records}


def one(nlp, text: str, expr: str, published: dt.date | None = PUB):
    found = by_text(run_times(nlp, text, published))
    assert expr in found, f"{expr!r} not found in {sorted(found)}"
    return found[expr]


# -- absolute dates --------------------------------------------------------------

@pytest.mark.parametrize(
    "text, expr, value, start, end",
    [
        ("Prices rose on February 26, analysts said.", "February 26", "2025-02-26", "2025-02-26", "2025-02-26"),
        ("Attacks numbered 379 in May 2024.", "May 2024", "2024-05", "2024-05-01", "2024-05-31"),
        ("The deal was signed on 26 Feb 2025 in Riyadh.", "26 Feb 2025", "2025-02-26", "2025-02-26", "2025-02-26"),
        ("The summit opened on March 26, 2025, in Paris.", "March 26, 2025", "2025-03-26", "2025-03-26", "2025-03-26"),
        ("The company was founded in 2009 by two engineers.", "2009", "2009", "2009-01-01", "2009-12-31"),
        ("The plant closed on the 5th of January, workers said.", "the 5th of January", "2025-01-05", "2025-01-05", "2025-01-05"),
        ("The law was passed on Tuesday, March 4, 2025.", "Tuesday, March 4, 2025", "2025-03-04", "2025-03-04", "2025-03-04"),
        ("Records from 2024-11-05 were lost.", "2024-11-05", "2024-11-05", "2024-11-05", "2024-11-05"),
        ("Unemployment peaked in the 1990s.", "1990s", "199", "1990-01-01", "1999-12-31"),
        ("Output fell sharply in early 2009, the report said.", "early 2009", "2009", "2009-01-01", "2009-04-30"),
    ],
)
def test_absolute_dates(nlp, text, expr, value, start, end):
    # Given a news sentence with a written date, when times are extracted,
    # then the date has the TimeML value and the calendar interval it names.
    assert one(nlp, text, expr) == ("DATE", value, start, end)


# -- wire-copy weekdays with a day number ----------------------------------------------

def test_weekday_with_day_number_in_parentheses(nlp):
    # Given translated wire copy writing "Thursday (27)", the timex is the whole
    # pair and resolves to the day with that number and weekday.
    recs = run_times(nlp, "South Korea's military reported on Thursday (27) that troops had moved.")
    assert [(r.text, r.value, r.start) for r in recs] == [("Thursday (27)", "2025-03-27", "2025-03-27")]


def test_weekday_number_at_night_keeps_the_part_of_day_outside(nlp):
    # "at night" does not move the date: the timex is "Wednesday (26)" (documented choice).
    text = "On Wednesday (26) at night, drones struck the city of Kharkiv."
    recs = run_times(nlp, text)
    assert recs[0].text == "Wednesday (26)"
    assert recs[0].value == "2025-03-26"
    assert text[recs[0].span[0] : recs[0].span[1]] == "Wednesday (26)"


def test_weekday_number_reaches_back_to_an_earlier_month(nlp):
    # Given Sunday (2) written on 2025-03-27, the nearest past Sunday the 2nd is 2025-03-02.
    assert one(nlp, "Protests began on Sunday (2) in the capital.", "Sunday (2)")[1] == "2025-03-02"
    # Monday (24) written on the 27th: this week.
    assert one(nlp, "The minister resigned on Monday (24).", "Monday (24)")[1] == "2025-03-24"
    # Friday (28) in a future clause: tomorrow.
    assert one(nlp, "Leaders will meet on Friday (28) in Paris.", "Friday (28)")[1] == "2025-03-28"


def test_plain_weekdays_follow_the_tense(nlp):
    # Past tense looks back (the same day counts), future tense looks forward.
    assert one(nlp, "The ministry said on Monday that talks had failed.", "Monday")[1] == "2025-03-24"
    assert one(nlp, "Officials met on Thursday in Geneva.", "Thursday")[1] == "2025-03-27"
    assert one(nlp, "The court will rule on Tuesday.", "Tuesday")[1] == "2025-04-01"
    assert one(nlp, "Talks are expected to resume on Saturday.", "Saturday")[1] == "2025-03-29"
    # A headline infinitive speaks of what is to come.
    assert one(nlp, "Stock markets to remain closed until Friday", "Friday")[1] == "2025-03-28"
    # A modal looks ahead too.
    assert one(nlp, "The sale should be completed in October.", "October")[1] == "2025-10"


# -- relative expressions ------------------------------------------------------------------

@pytest.mark.parametrize(
    "text, expr, value, start, end",
    [
        ("Shoigu met Kim last week in Pyongyang.", "last week", "2025-W12", "2025-03-17", "2025-03-23"),
        ("This week, Kim supervised a drone test.", "This week", "2025-W13", "2025-03-24", "2025-03-30"),
        ("They signed a defence pact last year.", "last year", "2024", "2024-01-01", "2024-12-31"),
        ("Troops were sent earlier this year.", "earlier this year", "2025", "2025-01-01", "2025-03-27"),
        ("Children spent their vacation there last summer.", "last summer", "2024-SU", "2024-06-01", "2024-08-31"),
        ("Two days ago, the border crossing reopened.", "Two days ago", "2025-03-25", "2025-03-25", "2025-03-25"),
        ("Yesterday the central bank cut rates.", "Yesterday", "2025-03-26", "2025-03-26", "2025-03-26"),
        ("The president spoke today in Kyiv.", "today", "2025-03-27", "2025-03-27", "2025-03-27"),
        ("He visited Ukraine in late February.", "late February", "2025-02", "2025-02-21", "2025-02-28"),
        ("Prices climbed over the past three months.", "the past three months", "P3M", "2024-12-27", "2025-03-27"),
        ("The plant will reopen next month.", "next month", "2025-04", "2025-04-01", "2025-04-30"),
        ("Sales fell in the third quarter.", "the third quarter", "2024-Q3", "2024-07-01", "2024-09-30"),
        ("Exports grew this year despite the war.", "this year", "2025", "2025-01-01", "2025-12-31"),
        ("Inflation slowed last month.", "last month", "2025-02", "2025-02-01", "2025-02-28"),
        ("The firm reported a loss in the fourth quarter of 2024.", "the fourth quarter of 2024", "2024-Q4", "2024-10-01", "2024-12-31"),
        ("Results for the first half of 2024 disappointed.", "the first half of 2024", "2024-H1", "2024-01-01", "2024-06-30"),
        ("Dealers will be told after October of next year.", "October of next year", "2026-10", "2026-10-01", "2026-10-31"),
    ],
)
def test_relative_expressions(nlp, text, expr, value, start, end):
    # Given a relative expression, when resolved against 2025-03-27, then it names the right calendar span.
    found = one(nlp, text, expr)
    assert found[1:] == (value, start, end)


def test_present_and_past_references(nlp):
    # "so far" and "now" are PRESENT_REF on the publication day; "recently" is PAST_REF, open before it.
    assert one(nlp, "About 11,000 troops have been sent so far.", "so far") == ("DATE", "PRESENT_REF", "2025-03-27", "2025-03-27")
    assert one(nlp, "The army now controls the town.", "now")[1] == "PRESENT_REF"
    assert one(nlp, "The rebels recently seized the airport.", "recently")[1:] == ("PAST_REF", None, None)


def test_hedge_and_preposition_stay_outside_the_span(nlp):
    # "since at least November": the timex is "November", in the past (2024).
    text = "Troops have been deployed to Kursk since at least November."
    recs = run_times(nlp, text)
    assert [(r.text, r.value) for r in recs] == [("November", "2024-11")]
    assert text[recs[0].span[0] : recs[0].span[1]] == "November"


def test_two_months_joined_by_and_are_two_timexes(nlp):
    recs = run_times(nlp, "The reinforcements, sent in January and February, joined the front.")
    assert [(r.text, r.value) for r in recs] == [("January", "2025-01"), ("February", "2025-02")]


def test_bare_months_prefer_the_past_unless_the_clause_is_future(nlp):
    # Written in March 2025: November is last November, March this March...
    assert one(nlp, "Attacks rose to 2,500 in November.", "November")[1] == "2024-11"
    assert one(nlp, "The factory opened in March.", "March")[1] == "2025-03"
    # ...but a future clause looks ahead.
    assert one(nlp, "The company will hold elections in November.", "November")[1] == "2025-11"


# -- durations and sets ----------------------------------------------------------------------

@pytest.mark.parametrize(
    "text, expr, ttype, value",
    [
        ("Moscow rejected a ceasefire of 30 days.", "30 days", "DURATION", "P30D"),
        ("He served five years in prison.", "five years", "DURATION", "P5Y"),
        ("The talks lasted six months.", "six months", "DURATION", "P6M"),
        ("The meeting ran for 45 minutes.", "45 minutes", "DURATION", "PT45M"),
        ("It was a 27-year-old soldier.", "27-year", "DURATION", "P27Y"),
        ("Shelling continues every day in the region.", "every day", "SET", "P1D"),
        ("Inspectors visit each week.", "each week", "SET", "P1W"),
        ("The report is published annually.", "annually", "SET", "P1Y"),
        ("Ukraine recorded 2,500 attacks a month.", "a month", "SET", "P1M"),
        ("Fuel costs $5 per day.", "per day", "SET", "P1D"),
    ],
)
def test_durations_and_sets(nlp, text, expr, ttype, value):
    # Given a length of time or a recurrence, then it is a DURATION or SET with an ISO period and no interval.
    assert one(nlp, text, expr) == (ttype, value, None, None)


def test_clock_time_is_anchored_to_the_day(nlp):
    assert one(nlp, "The explosion happened at 3 p.m. near the station.", "3 p.m.") == (
        "TIME", "2025-03-27T15:00", "2025-03-27", "2025-03-27")
    # A clock time takes the day its sentence names.
    assert one(nlp, "Markets closed at 18:00 UTC on Tuesday, March 25.", "18:00 UTC")[1] == "2025-03-25T18:00Z"


# -- not time expressions -----------------------------------------------------------------------

@pytest.mark.parametrize(
    "text",
    [
        "North Korea sent at least 1,000 soldiers to Russia.",
        "Officials say the minister may resign.",
        "Crowds joined the March on Washington.",
        "The rule is set out in Section 2025 of the code.",
        "The Russell 2000 Index of smaller companies fell.",
        "June Carter said the past president had erred.",
        "The future of Ukraine is at stake, April Ryan wrote.",
        "Protesters revived the spirit of the Arab Spring.",
        "The Christmas tree was lit in the square.",
    ],
)
def test_counts_verbs_and_names_are_not_times(nlp, text):
    assert run_times(nlp, text) == []


# -- without a publication date --------------------------------------------------------------------

def test_without_a_publication_date_values_stay_underspecified(nlp):
    found = by_text(run_times(nlp, "Troops arrived in November and left on Thursday (27), last week.", None))
    assert found["November"] == ("DATE", "XXXX-11", None, None)
    assert found["Thursday (27)"] == ("DATE", "XXXX-XX-27", None, None)
    assert found["last week"] == ("DATE", "XXXX-WXX", None, None)
    # An explicit date needs no anchor.
    assert by_text(run_times(nlp, "It began in May 2024.", None))["May 2024"][1] == "2024-05"


# -- the seed report -------------------------------------------------------------------------------

def test_seed_report_time_expressions(nlp, seed_text):
    # Given the seed report published on 2025-03-27, its time expressions resolve as the issue lists them.
    recs = run_times(nlp, seed_text)
    values = {}
    for r in recs:
        values.setdefault(r.text, set()).add(r.value)
    assert values["Thursday (27)"] == {"2025-03-27"}
    assert values["Wednesday (26)"] == {"2025-03-26"}
    assert values["Tuesday (25)"] == {"2025-03-25"}
    assert values["earlier this year"] == {"2025"}
    assert values["so far"] == {"PRESENT_REF"}
    assert values["last week"] == {"2025-W12"}
    assert values["last year"] == {"2024"}
    assert values["last summer"] == {"2024-SU"}
    assert values["May 2024"] == {"2024-05"}
    assert values["February 26"] == {"2025-02-26"}
    assert values["late February"] == {"2025-02"}
    assert values["30 days"] == {"P30D"}
    assert values["November"] == {"2024-11"}
    assert "January" in values and "February" in values
    # Spans point at the text itself, in text order, and no count is taken for a time.
    assert all(seed_text[r.span[0] : r.span[1]] == r.text for r in recs)
    assert [r.span for r in recs] == sorted(r.span for r in recs)
    assert not any(r.text in ("1,000", "11,000", "379") for r in recs)


# -- the calendar and the grammar without spaCy -------------------------------------------------

def test_interval_of_values():
    assert timecal.interval_of("2025-W13-WE") == (dt.date(2025, 3, 29), dt.date(2025, 3, 30))
    assert timecal.interval_of("2024-WI") == (dt.date(2024, 12, 1), dt.date(2025, 2, 28))
    assert timecal.interval_of("2025-02-30") is None
    assert timecal.interval_of("XXXX-11") is None


def test_calendar_feasts():
    # Easter Sunday by the computus, checked against published dates.
    assert [timecal.easter(y) for y in (2000, 2019, 2024, 2025, 2038)] == [
        dt.date(2000, 4, 23), dt.date(2019, 4, 21), dt.date(2024, 3, 31), dt.date(2025, 4, 20), dt.date(2038, 4, 25)]
    assert timecal.nth_weekday(2025, 11, 3, 4) == dt.date(2025, 11, 27)  # US Thanksgiving
    assert timecal.nth_weekday(2025, 5, 0, -1) == dt.date(2025, 5, 26)  # the last Monday of May


def test_grammar_runs_without_hints():
    found = [(t.text, t.value) for t in find_timexes("Sales fell 3% in the week to Friday, March 21.", PUB)]
    assert ("Friday, March 21", "2025-03-21") in found


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("0123456789 ()-/:,.apmMayJuneThursdaylastweekago")), max_size=80),
       st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31)) | st.none())
def test_grammar_never_crashes_and_spans_are_exact(text, anchor):
    # Any text and anchor: no exception, spans in order and pointing at their own text, intervals ordered.
    found = find_timexes(text, anchor)
    last = 0
    for t in found:
        assert text[t.start : t.end] == t.text
        assert t.start >= last
        last = t.end
        if t.begin is not None:
            assert t.last is not None and t.begin <= t.last


# -- relative days and other shapes ---------------------------------------------------------------

def test_days_counted_from_the_day_in_question(nlp):
    # "the next day" and "two days later" count from the last day the text named, not from publication.
    text = "Fighting broke out on March 3, 2025. The next day the town fell, and two days later it was retaken."
    found = by_text(run_times(nlp, text))
    assert found["The next day"][1] == "2025-03-04"
    assert found["two days later"][1] == "2025-03-06"


def test_part_of_day_belongs_to_the_day_in_question(nlp):
    found = by_text(run_times(nlp, "Shares rose in morning trading on Tuesday, then fell in the afternoon."))
    assert found["morning"][:2] == ("TIME", "2025-03-25TMO")
    assert found["the afternoon"][:2] == ("TIME", "2025-03-25TAF")


def test_clock_time_without_a_day_in_its_sentence_takes_the_last_day_named(nlp):
    text = "The vote was held on Sunday, March 23. Polls closed at 8 p.m. local time."
    assert by_text(run_times(nlp, text))["8 p.m."][1] == "2025-03-23T20:00"


@pytest.mark.parametrize(
    "text, expr, value",
    [
        ("Ministers met over the weekend in Brussels.", "the weekend", "2025-W12-WE"),
        ("Shares sank to their lowest level since '82.", "'82", "1982"),
        ("Wars shaped the 20th century.", "the 20th century", "19"),
        ("The embassy reopened in mid-January.", "mid-January", "2025-01"),
        ("Talks stalled at the end of February.", "the end of February", "2025-02"),
        ("The strike ended on Jan. 14.", "Jan. 14", "2025-01-14"),
        ("He left Kabul on the night of Friday, March 21.", "Friday, March 21", "2025-03-21"),
        ("Police raided the offices this morning.", "this morning", "2025-03-27TMO"),
        ("Sirens sounded last night across the capital.", "last night", "2025-03-26TNI"),
        ("The ceasefire was agreed late last year.", "late last year", "2024"),
        ("The tribunal sits on Mondays.", "Mondays", "XXXX-WXX-1"),
        ("Parliament will vote in the coming weeks.", "the coming weeks", "PXW"),
        ("Prices have risen in recent months.", "recent months", "PXM"),
        ("Profit rose 4%, up from a year earlier.", "a year earlier", "2024"),
        ("The first 100 days of the government were calm.", "100 days", "P100D"),
    ],
)
def test_more_news_shapes(nlp, text, expr, value):
    assert one(nlp, text, expr)[1] == value


def test_named_days_are_not_this_weeks_weekdays(nlp):
    # "Black Monday" is a named day, not the Monday of the publication week.
    found = by_text(run_times(nlp, "Traders recalled Black Monday as shares fell."))
    assert not any(v[1] == "2025-03-24" for v in found.values())


def test_trigger_windows_find_what_a_full_scan_finds(seed_text, monkeypatch):
    # Each rule searches only near its cheap trigger; that must never lose a timex a full scan finds.
    from newsledger.nlp import timex

    texts = [
        seed_text,
        "Markets closed this weekend, when analysts met. Stocks rallied in mid-2011, the 1990s and since '82.",
        "The talks will resume at 10:30 GMT on Friday, March 28, and every other week after that, per month.",
        "Over the past twenty-five years, annual output fell in the fourth quarter of last year; Q3 2024 too.",
        "Today, right now, so far, the near future, recently. Tonight at midnight, the day after tomorrow.",
        "Three days later, on 2025-03-01 and 3/4/2025, for decades, each Monday, in the spring of 2024.",
    ]
    windowed = [timex.find_timexes(t, PUB) for t in texts]
    monkeypatch.setattr(timex, "_COMPILED", [(n, p, h, None) for n, p, h, _ in timex._COMPILED])
    full = [timex.find_timexes(t, PUB) for t in texts]
    assert windowed == full
    assert sum(len(w) for w in windowed) > 30


@pytest.mark.accuracy
def test_trigger_windows_match_a_full_scan_on_meantime(monkeypatch):
    # The same check over real news: every MEANTIME article's tokens, joined by spaces.
    import xml.etree.ElementTree as ET

    from conftest import EVAL_DIR, need_shared
    from newsledger.nlp import timex

    files = sorted(need_shared(EVAL_DIR / "meantime").glob("intra_cross-doc_annotation/*/*.xml"))
    texts = [" ".join(t.text or "" for t in ET.parse(f).getroot().iter("token")) for f in files]
    anchor = dt.date(2009, 6, 1)
    windowed = [timex.find_timexes(t, anchor) for t in texts]
    monkeypatch.setattr(timex, "_COMPILED", [(n, p, h, None) for n, p, h, _ in timex._COMPILED])
    assert windowed == [timex.find_timexes(t, anchor) for t in texts]


def test_publication_date_given_as_datetime_or_text(nlp):
    # A datetime or an ISO string in doc._.published anchors like a date; junk leaves values underspecified.
    assert one(nlp, "Troops left in November.", "November", dt.datetime(2025, 3, 27, 8, 15))[1] == "2024-11"
    assert one(nlp, "Troops left in November.", "November", "2025-03-27")[1] == "2024-11"
    assert one(nlp, "Troops left in November.", "November", "not a date")[1] == "XXXX-11"


def test_odd_text_never_breaks_the_component(nlp):
    # Junk yields no time; a real weekday among impossible dates and hours is still read.
    expected = {"Thursday (99) 31/31/2025 25:99 p.m. 0s": [("Thursday", "2025-03-27")]}
    for text in ["", " ", "\n\n", "))((", "Thursday (99) 31/31/2025 25:99 p.m. 0s", "May" * 50]:
        assert [(r.text, r.value) for r in run_times(nlp, text)] == expected.get(text, []), text


@pytest.mark.parametrize(
    "text, expr, value",
    [
        ("It should have been done years ago, critics said.", "years ago", "PAST_REF"),
        ("The order was announced at 2.40 PM on Tuesday.", "2.40 PM", "2025-03-25T14:40"),
        ("The Gold Reserve Act of 1934 allows it.", "1934", "1934"),
        ("As early as March, prices fell.", "March", "2025-03"),
        ("Over the next couple of years, costs will rise.", "the next couple of years", "P2Y"),
    ],
)
def test_shapes_spacy_calls_dates(nlp, text, expr, value):
    # Shapes that spaCy's DATE/TIME entities find and the grammar must cover too.
    assert one(nlp, text, expr)[1] == value


@pytest.mark.parametrize(
    "text, expr, value",
    [
        ("Sales rose 43% in February compared to the same period last year.", "the same period last year", "2024-02"),
        ("Profit in the third quarter fell from the year-earlier quarter.", "the year-earlier quarter", "2023-Q3"),
        ("Sales jumped 35% in January from the same month a year ago.", "the same month a year ago", "2024-01"),
        # No period named before it: the year before publication.
        ("Imports were up 5% on the same period a year ago.", "the same period a year ago", "2024"),
    ],
)
def test_the_same_period_last_year_shifts_the_period_in_question(nlp, text, expr, value):
    assert one(nlp, text, expr)[1] == value


@pytest.mark.parametrize(
    "text, expr, value",
    [
        ("At least 40 people have been killed since Christmas, officials said.", "Christmas", "2024-12-25"),
        ("Shoppers crowded the malls on Black Friday.", "Black Friday", "2024-11-29"),
        ("The truce held over Easter 2024.", "Easter 2024", "2024-03-31"),
        ("The government hopes for a deal by Easter.", "Easter", "2025-04-20"),
        ("The strike began on Good Friday.", "Good Friday", "2024-03-29"),
        ("Fireworks were banned on New Year's Eve.", "New Year's Eve", "2024-12-31"),
    ],
)
def test_holidays(nlp, text, expr, value):
    # Named holidays resolve to their date in the year the tense points to (Easter by the computus).
    assert one(nlp, text, expr)[1] == value


def test_how_far_back_that_day_looks_is_the_components_config():
    """Given a day named two sentences before "that day", when the reach is shorter than the
    gap, then "that day" falls back to the publication date; the factory takes the reach as config."""
    import datetime as dt

    import spacy

    from newsledger.nlp.timex import REFERENCE_REACH, find_timexes

    text = ("The ceasefire began on March 3, 2025. Crews cleared roads and reopened two schools in the north "
            "of the region. Later that day, shelling resumed.")
    published = dt.date(2025, 3, 10)
    values = lambda reach: [t.value for t in find_timexes(text, published, reference_reach=reach)]  # noqa: E731
    assert values(REFERENCE_REACH) == ["2025-03-03", "2025-03-03"]
    assert values(20) == ["2025-03-03", "2025-03-10"]
    nlp = spacy.blank("en")
    import newsledger.nlp.times  # noqa: F401  (registers the factory)

    pipe = nlp.add_pipe("newsledger_times", config={"reference_reach": 20})
    assert pipe.reference_reach == 20
