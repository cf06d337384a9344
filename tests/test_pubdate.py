"""Publication-date inference from the text of an undated article."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsledger.nlp.pubdate import infer_published

TODAY = dt.date(2026, 11, 27)


def test_seed_report_is_dated_2025_03_27(seed_text):
    # Given the undated seed report and today 2026-11-27, when the date is inferred,
    # then its weekday pairs, past months and years agree on Thursday 2025-03-27.
    assert infer_published(seed_text, today=TODAY) == dt.date(2025, 3, 27)


def test_weekday_pair_with_past_month_and_year():
    text = (
        "Exports fell in February, the customs office said on Monday (3). "
        "The ministry expects a recovery, after a weak 2025 harvest."
    )
    assert infer_published(text, today=TODAY) == dt.date(2025, 3, 3)


def test_no_evidence_gives_none():
    assert infer_published("The council discussed the budget and adjourned.", today=TODAY) is None
    assert infer_published("", today=TODAY) is None


def test_months_and_years_alone_name_no_day():
    # Without a weekday and its day, a month or a year is not enough for a date.
    assert infer_published("Prices rose in November and again in 2025.", today=TODAY) is None


def test_contradictory_weekday_pairs_give_none():
    # Monday (3) and Friday (21) fall 18 days apart at best: no single week holds both.
    text = "The envoy arrived on Monday (3). The talks collapsed on Friday (21)."
    assert infer_published(text, today=TODAY) is None


def test_the_majority_of_weekday_pairs_wins_over_a_stray_one():
    # Three pairs agree on the week of 2025-03-24; a stray "Friday (14)" loses.
    text = (
        "Officials said on Tuesday (25) that shelling went on. On Wednesday (26) drones struck. "
        "Talks resumed on Thursday (27), two weeks after they broke down on Friday (14)."
    )
    assert infer_published(text, today=dt.date(2025, 6, 1)) == dt.date(2025, 3, 27)


@pytest.mark.parametrize(
    "text, today, expected",
    [
        # A full written date with its weekday settles the year too.
        ("The minister said on Wednesday, March 26, 2025 that talks went well.", TODAY, dt.date(2025, 3, 26)),
        # Without the year: the latest Wednesday the 26th of March not after today.
        ("The minister said on Wednesday, March 26 that talks went well.", TODAY, dt.date(2025, 3, 26)),
        # Day before month, as British copy writes it.
        ("Police said on Sunday, 2 November that the road was closed.", TODAY, dt.date(2025, 11, 2)),
        # "Tuesday 25," with a bare number, plus a past month.
        ("On Tuesday 25, the talks ended. Troops had arrived in late February.", dt.date(2025, 4, 1), dt.date(2025, 3, 25)),
        # The latest fitting date not after today.
        ("Rescuers worked through the night of Saturday (1).", dt.date(2025, 3, 10), dt.date(2025, 3, 1)),
    ],
)
def test_weekday_pairs(text, today, expected):
    assert infer_published(text, today=today) == expected


def test_never_after_today():
    # Thursday (27) on 2025-03-26 cannot be March 27th yet: the latest fitting Thursday the 27th is in February.
    assert infer_published("Leaders met on Thursday (27).", today=dt.date(2025, 3, 26)) == dt.date(2025, 2, 27)


def test_a_count_after_a_weekday_is_not_a_day():
    assert infer_published("On Tuesday 25 people were killed in the blast.", today=TODAY) is None


def test_extractor_marks_the_inferred_date(seed_text):
    # Given the seed with no date, the article record carries the inferred date and says so.
    from newsledger.extract import prepare
    from newsledger.ingest.article import RawArticle

    prepared = prepare(RawArticle(text=seed_text), today=TODAY)
    assert prepared.article.published == "2025-03-27"
    assert prepared.article.published_source == "inferred"


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Ministers agree new budget\nMay 14, 2009\nThe cabinet agreed on Thursday to cut spending.", dt.date(2009, 5, 14)),
        ("Published: 27 March 2025\nTroops crossed the river.", dt.date(2025, 3, 27)),
        ("2024-11-05\nVoters queued for hours.", dt.date(2024, 11, 5)),
        # A wire dateline without its year: the latest such day not after today.
        ("KYIV, March 27 (Reuters) - Drones struck the capital overnight.", dt.date(2026, 3, 27)),
        # ...which a weekday pair in the body pins to its year.
        ("KYIV, March 27 (Reuters) - Officials said on Thursday (27) that drones struck.", dt.date(2025, 3, 27)),
        # A wire dateline with its year, the place followed by its region, under a headline.
        ("Fire forces evacuations\n\nBOULDER CREEK, Colorado, August 14, 2025 — A wildfire spread.", dt.date(2025, 8, 14)),
        ("LAGOS, Nigeria, 3 June 2024 -- Fuel prices rose on Monday.", dt.date(2024, 6, 3)),
    ],
)
def test_datelines(text, expected):
    assert infer_published(text, today=TODAY) == expected


def test_a_future_or_buried_date_line_is_no_dateline():
    # A date after today is no publication date; a date line deep in the body is no dateline.
    assert infer_published("Summit opens\nJune 3, 2027\nLeaders will gather.", today=TODAY) is None
    body = "\n".join(["Line of text."] * 8 + ["May 14, 2009"])
    assert infer_published(body, today=TODAY) is None


def test_a_month_with_its_year_places_a_lone_weekday_pair():
    # Thursday (27) fits many months; "in February 2025" points at the weeks after it.
    text = "Exports collapsed in February 2025, the ministry said on Thursday (27)."
    assert infer_published(text, today=TODAY) == dt.date(2025, 3, 27)


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("0123456789 ()-,.\nMondayThursdayMarchinsince2025")), max_size=120),
       st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2100, 1, 1)))
def test_inference_never_crashes_nor_looks_ahead(text, today):
    found = infer_published(text, today=today)
    assert found is None or found <= today
