"""The forms in which wire and web copy carry their publication date (issue 9, item 1).

Every text here is written for these tests; today is pinned so that the year
of a year-less date is the test's to decide.
"""

from __future__ import annotations

import datetime as dt

import pytest

from newsledger.nlp.pubdate import explicit_evidence, infer_published, url_dates

TODAY = dt.date(2026, 11, 27)  # a Friday


# -- stamps ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "head, expected",
    [
        ("Published: 27 Mar. 2025, 09:43", dt.date(2025, 3, 27)),
        ("Published December 23, 2024", dt.date(2024, 12, 23)),
        ("PUBLISHED: 5 SEPT. 2023 - 18:05", dt.date(2023, 9, 5)),
        ("Published On 14 Jul 2024", dt.date(2024, 7, 14)),
        ("Published : Apr. 30, 2025 - 09:43", dt.date(2025, 4, 30)),
        ("Published 09:43 GMT, 2 October 2025", dt.date(2025, 10, 2)),
        ("Published 7:15 PM EDT, Tue June 10, 2025", dt.date(2025, 6, 10)),
        ("First published on Sunday 16 February 2025 22.10 GMT", dt.date(2025, 2, 16)),
        ("Posted on 3/27/2025", dt.date(2025, 3, 27)),
        ("Posted: 27/03/2025 09:43", dt.date(2025, 3, 27)),
        ("Posted 11.06.2024", dt.date(2024, 6, 11)),
        ("Date: 2022-08-19", dt.date(2022, 8, 19)),
        ("Updated 2025-01-24T10:00Z", dt.date(2025, 1, 24)),
        ("Last updated: Thursday, March 27, 2025 9:43 a.m. EST", dt.date(2025, 3, 27)),
        ("Last Updated: Mar 2, 2026, 21:30 IST", dt.date(2026, 3, 2)),
    ],
)
def test_a_stamp_under_the_headline_is_the_date(head, expected):
    # Given a headline, a stamp line in one of the forms pages print, and a body with no date,
    text = f"Port strike spreads to second city\n{head}\nDockworkers walked out again, the union said."
    # when the date is inferred, then it is the stamp's.
    assert infer_published(text, today=TODAY) == expected


def test_a_stamp_word_alone_on_its_line_takes_the_next_line():
    # Given a flattened page that prints the stamp word and its date in two spans,
    text = "Court rules on port deal\nUpdated\nAug. 2, 2025\nPublished:\nJuly 30, 2025\nThe court ruled."
    # then each date keeps its stamp's kind: the published one wins, not the first date line.
    assert infer_published(text, today=TODAY) == dt.date(2025, 7, 30)


def test_a_stamp_at_the_end_of_the_text_counts_a_date_line_there_does_not():
    body = "\n".join(f"Paragraph {n} of the report on the harbour strike." for n in range(12))
    # Given a page copied as text that ends with its stamp, the stamp is read;
    assert infer_published(f"Strike ends\n{body}\nLast updated 19 October 2025", today=TODAY) == dt.date(2025, 10, 19)
    # a bare date in the last lines may be a table's or a caption's, and is not.
    assert infer_published(f"Strike ends\n{body}\n19 October 2025", today=TODAY) is None


def test_a_two_digit_year_is_this_century_unless_that_is_ahead_of_today():
    assert infer_published("Headline\nPosted 3/27/25\nText.", today=TODAY) == dt.date(2025, 3, 27)
    assert infer_published("Headline\nPosted 3/27/98\nText.", today=TODAY) == dt.date(1998, 3, 27)


def test_a_slash_date_reads_month_first_unless_it_cannot():
    # Given "4/3/2025" both readings are dates: American copy writes the month first.
    assert infer_published("Headline\nPosted 4/3/2025\nText.", today=TODAY) == dt.date(2025, 4, 3)
    # "13/3/2025" has no thirteenth month: the day comes first.
    assert infer_published("Headline\nPosted 13/3/2025\nText.", today=TODAY) == dt.date(2025, 3, 13)


def test_relative_stamps_count_back_from_today():
    # Given stamps relative to the moment the page was read, the date is today or days before it.
    assert infer_published("Flood warning\nUpdated 3 hours ago\nRivers rose.", today=TODAY) == TODAY
    assert infer_published("Flood warning\nPosted 2 days ago\nRivers rose.", today=TODAY) == dt.date(2026, 11, 25)
    assert infer_published("Flood warning\nPublished yesterday\nRivers rose.", today=TODAY) == dt.date(2026, 11, 26)
    assert infer_published("Flood warning\n5 hours ago\nRivers rose.", today=TODAY) == TODAY


def test_a_year_less_stamp_is_the_latest_such_day():
    assert infer_published("Vote count\nPublished June 3\nTallies came in.", today=TODAY) == dt.date(2026, 6, 3)


# -- date lines and ISO timestamps --------------------------------------------


@pytest.mark.parametrize(
    "line, expected",
    [
        ("2025-03-27T09:43:00+00:00", dt.date(2025, 3, 27)),
        ("2024-11-05 18:02", dt.date(2024, 11, 5)),
        ("2023.07.01 09:00", dt.date(2023, 7, 1)),
        ("Thu 27 Mar 2025 09.43 GMT", dt.date(2025, 3, 27)),
        ("Wed, 04 Jun 2025 16:20:00 +0200", dt.date(2025, 6, 4)),
        ("Saturday, 9 August 2025", dt.date(2025, 8, 9)),
        ("By Ana Ruiz | March 4, 2025", dt.date(2025, 3, 4)),
        ("By Lee Min-ji, Staff Writer   Jan. 16, 2026 10:20 a.m.", dt.date(2026, 1, 16)),
        ("Source: Xinhua | 2025-04-30 09:43:12 | Editor: Wang Fei", dt.date(2025, 4, 30)),
        # A stamp word that names no date ("Posted in Politics") leaves the line's date a date line's.
        ("Posted in Politics | June 30, 2025", dt.date(2025, 6, 30)),
        ("October 8, 2025 9:43 AM  2 min read", dt.date(2025, 10, 8)),
        ("Feb. 11, 2026 6:05 PM 3 min read", dt.date(2026, 2, 11)),
        # A section label and the time before the date.
        ("All News 21:17 January 9, 2025", dt.date(2025, 1, 9)),
        # Page spans run together when HTML is flattened: the year glued to the time, then an update.
        ("March 27, 20258:43 AM GMTUpdated 2 hours ago", dt.date(2025, 3, 27)),
    ],
)
def test_a_line_that_is_a_date_is_the_date(line, expected):
    # Given a date line (alone, or with a byline, fields or a time) under a headline,
    text = f"Talks stall over grain exports\n{line}\nNegotiators left without a deal."
    # then that is the publication date.
    assert infer_published(text, today=TODAY) == expected


def test_blank_lines_between_headline_byline_and_dateline_do_not_count():
    # Given a page whose headline, byline, agency and section stand on lines of their own, blank lines
    # between them, the dateline is still among the first five lines that hold text.
    text = "Grain deal holds\n\n\nBy Omar Haddad\n\nReuters\n\nMarkets\n\nCAIRO, Jan. 14 (Reuters) - Wheat arrived."
    assert infer_published(text, today=TODAY) == dt.date(2026, 1, 14)


# -- wire datelines ---------------------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("SEOUL, April 30 (Yonhap) -- South Korea's exports rose for a fifth month.", dt.date(2026, 4, 30)),
        ("Seoul, April 30 (Yonhap) -- South Korea's exports rose for a fifth month.", dt.date(2026, 4, 30)),
        ("LONDON, March 4 (Reuters) - Sterling slipped against the dollar.", dt.date(2026, 3, 4)),
        ("NEW DELHI, Sept. 3 (IANS) Monsoon rains flooded low-lying districts.", dt.date(2026, 9, 3)),
        ("PARIS, 4 March 2025 (AFP) - Farmers blocked roads around the capital.", dt.date(2025, 3, 4)),
        ("Nairobi, 12 January 2024 (Xinhua) -- Kenya reopened its border post.", dt.date(2024, 1, 12)),
        ("Markets wobble\n\nTOKYO, Nov. 20 (Kyodo) -- The Nikkei fell.", dt.date(2026, 11, 20)),
    ],
)
def test_wire_datelines(text, expected):
    # Given a wire dateline (place, date, agency), with or without its year, the date is the dateline's,
    # and a year-less one the latest such day not after today.
    assert infer_published(text, today=TODAY) == expected


def test_a_dateline_without_a_date_gives_none_alone():
    # "KYIV, Ukraine (AP) —" names the place and the agency, not the day; "on Thursday" alone names no date.
    assert infer_published("KYIV, Ukraine (AP) — Drones struck power lines on Thursday.", today=TODAY) is None


def test_a_year_less_dateline_takes_another_year_only_on_clear_weekday_evidence():
    # Given an archive read long after (today 2026-11-27) and a dateline "August 7" whose body reports
    # Tuesday's events twice: 7 August 2026 was a Friday, 7 August 2018 a Tuesday, so the body's
    # weekdays settle the year.
    text = ("BANJUL, August 7 (Reuters) - Fishermen protested on Tuesday against foreign trawlers. "
            "Police said the march on Tuesday was peaceful.")
    assert infer_published(text, today=TODAY) == dt.date(2018, 8, 7)
    # A background weekday in a story read days after its dateline does not move the year: 20 November
    # 2026 is a Friday; "on Tuesday" fits 20 November 2018 better, but the live reading stands.
    text = "LIMA, Nov. 20 (Reuters) - Congress voted after talks broke down on Tuesday."
    assert infer_published(text, today=TODAY) == dt.date(2026, 11, 20)
    # Without weekdays the year-less dateline is the latest such day.
    assert infer_published("BANJUL, August 7 (Reuters) - Fishermen protested.", today=TODAY) == dt.date(2026, 8, 7)


def test_a_weekday_on_the_day_and_one_the_day_before_fit_nearly_as_well():
    # Given an archive reading and a dateline "Oct. 14" whose body reports Friday: 14 October was a Friday
    # in 2016 and 2022, a Saturday (the day after) in 2017 and 2023; the latest of those, 2023, is kept.
    text = "HARARE, Oct. 14 (UPI) — Teachers went on strike on Friday over unpaid wages."
    assert infer_published(text, today=TODAY) == dt.date(2023, 10, 14)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("MOSCOW, November 20. /TASS/. Air defenses downed 30 drones over the region, the ministry said.",
         dt.date(2026, 11, 20)),
        ("ST. PETERSBURG, June 5, 2025. /TASS/. The economic forum opened with 17,000 guests.", dt.date(2025, 6, 5)),
        ("Minsk, 3 March /BelTA/ - The president met farmers from 40 districts.", dt.date(2026, 3, 3)),
    ],
)
def test_an_agency_in_slashes_closes_a_dateline(text, expected):
    # Given the dateline translated wires print ("MOSCOW, November 20. /TASS/."), the date is the dateline's.
    assert infer_published(text, today=TODAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("New Delhi [India], March 24, 2025 (ANI): Troops cleared 14 villages.", dt.date(2025, 3, 24)),
        ("Moscow. March 24, 2025. INTERFAX - Air defenses downed 30 drones.", dt.date(2025, 3, 24)),
        ("Kyiv, March 24, 2025 (UNN) - Power was cut to 20,000 homes.", dt.date(2025, 3, 24)),
        ("ISLAMABAD, March 24 (APP): Floods cut 40 roads.", dt.date(2026, 3, 24)),
    ],
)
def test_the_datelines_of_more_agencies(text, expected):
    # Given a region in square brackets, an agency in capitals after full stops, or an agency of the
    # newer list, the dateline still dates the copy.
    assert infer_published(text, today=TODAY) == expected


@pytest.mark.parametrize(
    "head",
    [
        "Published On 24 Mar 202524 Mar 2025",  # a flattened page prints the date twice, run together
        "This article was published on March 24, 2025.",
        "Article published on 24/03/2025",
        "(March 24, 2025)",
        "[Mar 24, 2025]",
    ],
)
def test_more_stamps_and_date_lines(head):
    body = "\n\nRescuers pulled 12 people from the rubble, officials said."
    assert infer_published(head + body, today=TODAY) == dt.date(2025, 3, 24)


def test_a_bracketed_aside_is_no_date_line():
    assert infer_published("(see the table below)\n\nRescuers pulled 12 people from the rubble.", today=TODAY) is None


def test_a_full_stop_and_slashes_without_an_agency_are_no_dateline():
    assert infer_published("PRICES, November 20. /See the table below/ for 30 items.", today=TODAY) is None


@pytest.mark.parametrize(
    "lead",
    [
        "The military said Wednesday it had detected 20 balloons crossing the border.",
        "The military told reporters on Wednesday that 20 balloons had crossed the border.",
        "The ministry said in a statement Wednesday that 20 balloons had crossed the border.",
    ],
)
def test_a_reporting_verbs_weekday_names_the_datelines_own_day(lead):
    # Given a year-less dateline "Sept. 3" read long after (3 September was a Wednesday in 2025, a Thursday
    # in 2026), a statement's weekday in the lead settles the year: wire copy dates the lead's statement
    # by the dateline's day far more often than by the day before.
    assert infer_published(f"SEOUL, Sept. 3 (Yonhap) -- {lead}", today=TODAY) == dt.date(2025, 9, 3)


def test_an_events_weekday_the_day_before_keeps_the_latest_year():
    # Given the same dateline and an event on Wednesday (filed the next day as often as the same day),
    # the latest reading stands.
    text = "SEOUL, Sept. 3 (Yonhap) -- Twenty balloons crossed the border on Wednesday."
    assert infer_published(text, today=TODAY) == dt.date(2026, 9, 3)


def test_a_year_less_dateline_is_not_put_before_the_latest_year_the_body_names():
    # Given the same two Tuesdays and a body naming 2021, 2018 is out: from 2021 on, 7 August 2024 (a
    # Wednesday, the day after a Tuesday) fits best.
    text = ("BANJUL, August 7 (Reuters) - Fishermen protested on Tuesday against foreign trawlers. "
            "Police said the march on Tuesday was peaceful. Catches have fallen since 2021.")
    assert infer_published(text, today=TODAY) == dt.date(2024, 8, 7)


# -- URLs ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "url, expected",
    [
        ("https://news.example.com/world/2025/03/27/kyiv-drones/", dt.date(2025, 3, 27)),
        ("https://www.example.co.uk/world/2024/dec/09/syria-border", dt.date(2024, 12, 9)),
        ("https://example.org/news/20230815/story-77.html", dt.date(2023, 8, 15)),
        ("https://example.net/politics/vote-count-2022-11-09-final", dt.date(2022, 11, 9)),
        ("https://example.net/politics/2022_11_09_vote_count", dt.date(2022, 11, 9)),
    ],
)
def test_a_dated_url(url, expected):
    # Given only a URL that carries the date, that is the date; the body adds nothing.
    assert url_dates(url, TODAY) == [expected]
    assert infer_published("Counting went on through the night.", today=TODAY, url=url) == expected


def test_urls_without_a_whole_date_give_nothing():
    # A year and month name no day; a story id is no date; a date after today is none either.
    assert url_dates("https://example.com/2025/03/kyiv-drones", TODAY) == []
    assert url_dates("https://example.com/story/123456789", TODAY) == []
    assert url_dates("https://example.com/2027/01/02/future", TODAY) == []
    assert url_dates(None, TODAY) == []


def test_the_old_call_still_works():
    # infer_published(text, today) without the new keywords reads the text as before.
    assert infer_published("KYIV, March 27 (Reuters) - Officials said on Thursday (27).", TODAY) == dt.date(2025, 3, 27)


# -- conflicting evidence ---------------------------------------------------------


def test_the_published_stamp_wins_over_the_updated_one():
    # Given a published stamp and a later update, the publication date is the published one,
    text = "Heatwave\nPublished 12 July 2025\nUpdated 14 July 2025\nTemperatures broke records."
    assert infer_published(text, today=TODAY) == dt.date(2025, 7, 12)
    # in either order and on one line.
    text = "Heatwave\nUpdated: July 14, 2025 | Published: July 12, 2025\nTemperatures broke records."
    assert infer_published(text, today=TODAY) == dt.date(2025, 7, 12)


def test_an_updated_stamp_alone_is_still_the_best_date():
    assert infer_published("Heatwave\nUpdated 14 July 2025\nRecords fell.", today=TODAY) == dt.date(2025, 7, 14)


def test_a_stamp_wins_over_a_date_in_the_body():
    # Given a stamp and, lower down, a full date in the body about past talks,
    text = ("Ceasefire talks resume\nPublished: 2 Feb. 2026, 07:10\n"
            "Envoys met again in Doha. The talks on March 3, 2021 had failed.\n"
            "Officials said on Wednesday, March 3, 2021 that nothing was agreed.")
    # then the body's date does not become the publication date.
    assert infer_published(text, today=TODAY) == dt.date(2026, 2, 2)


def test_agreeing_evidence_outweighs_a_lone_disagreeing_item():
    # Given a dateline and a URL that agree, and a stray updated stamp two days later,
    text = "MADRID, June 5 (Reuters) - Unemployment fell.\nUpdated June 7, 2025"
    url = "https://example.com/business/2025/06/05/spain-jobs/"
    # then the date most evidence supports wins, not the latest.
    assert infer_published(text, today=TODAY, url=url) == dt.date(2025, 6, 5)


def test_a_url_date_settles_the_year_of_a_year_less_dateline():
    # "June 5" alone would be the latest, 2026; the URL names 2023 and agrees on the day.
    text = "MADRID, June 5 (Reuters) - Unemployment fell."
    assert infer_published(text, today=TODAY, url="https://example.com/2023/06/05/jobs") == dt.date(2023, 6, 5)


def test_url_against_a_dated_dateline():
    # Given a URL and a dateline with its year that disagree by a day (a story filed near midnight),
    # both weigh the same, and the URL's date stands (the site's own record of publication);
    text = "OSLO, 9 March 2025 (NTB) - The vote was final."
    url = "https://example.no/2025/03/10/vote"
    assert infer_published(text, today=TODAY, url=url) == dt.date(2025, 3, 10)
    # a date line that agrees with the dateline outweighs it.
    text = "Vote final\n9 March 2025\nOSLO, 9 March 2025 (NTB) - The vote was final."
    assert infer_published(text, today=TODAY, url=url) == dt.date(2025, 3, 9)


def test_two_published_stamps_that_disagree_go_to_the_one_more_evidence_names():
    # Given two publication stamps a day apart and a body that fits both ("Friday (3)" is 3 May 2024,
    # and a story of 4 May may report it), the first stamp stands;
    text = "Budget passes\nPublished 3 May 2024\nPosted 4 May 2024\nLawmakers voted on Friday (3)."
    assert infer_published(text, today=TODAY) == dt.date(2024, 5, 3)
    # a URL that agrees with the second tips the balance.
    url = "https://example.com/2024/05/04/budget"
    assert infer_published(text, today=TODAY, url=url) == dt.date(2024, 5, 4)


# -- negatives ---------------------------------------------------------------------


def test_a_body_date_mid_article_is_no_publication_date():
    # Given a text whose only date is one in a sentence of the body,
    text = ("Negotiators returned to the table.\nThe last round, on March 3, 2021, ended in a walkout.\n"
            "Both sides said they hoped for progress.")
    # then there is no publication date to read.
    assert infer_published(text, today=TODAY) is None
    # A prose line that opens with a date is not a date line either.
    assert infer_published("Headline\nMay 14, 2009 was the day the plant closed.\nText.", today=TODAY) is None


def test_a_year_less_dateline_far_from_the_top_is_ignored():
    body = "\n".join(["A paragraph of the story."] * 7 + ["GENEVA, June 2 (Reuters) - A quoted earlier report."])
    assert infer_published(body, today=TODAY) is None
    # ...unless the reader is told to look that far down.
    assert infer_published(body, today=TODAY, dateline_lines=10) == dt.date(2026, 6, 2)


def test_a_stamp_in_prose_lower_case_is_no_stamp():
    text = "The council's report, published March 3, 2021, found no fault.\nMembers disagreed."
    assert infer_published(text, today=TODAY) is None


def test_a_future_stamp_is_no_publication_date():
    assert infer_published("Summit\nPublished 3 June 2027\nLeaders will meet.", today=TODAY) is None


def test_explicit_evidence_lists_what_it_read():
    # Given a page with a stamp, a dateline and a URL, every item is reported with its kind.
    text = "Title\nPublished 1 Oct. 2025\nROME, Oct. 1 (ANSA) - The senate met."
    kinds = [e.kind for e in explicit_evidence(text, TODAY, "https://example.it/2025/10/01/senate")]
    assert kinds == ["published", "wire_yearless", "url"]


# -- configuration -------------------------------------------------------------------


def test_lookback_and_month_reach_are_keyword_parameters():
    # LOOKBACK_YEARS bounds how far back a year-less date may lie: with five years (2021-2026) the
    # Tuesday of 2018 is out of reach and 2024 (the day after a Tuesday) fits best.
    text = ("BANJUL, August 7 (Reuters) - Fishermen protested on Tuesday against foreign trawlers. "
            "Police said the march on Tuesday was peaceful.")
    assert infer_published(text, today=TODAY, lookback_years=5) == dt.date(2024, 8, 7)
    # MONTH_REACH: "in February" supports March 3rd within six months; within one, only February 3rd.
    text = "Exports fell in February, the customs office said on Monday (3), after a weak 2025 harvest."
    assert infer_published(text, today=TODAY) == dt.date(2025, 3, 3)
    assert infer_published(text, today=TODAY, month_reach=1) == dt.date(2025, 2, 3)


def test_the_spacy_factory_takes_the_same_parameters():
    import spacy

    import newsledger.nlp.extensions  # noqa: F401  (Doc attributes)
    import newsledger.nlp.pubdate  # noqa: F401  (registers the factory)

    nlp = spacy.blank("en")
    nlp.add_pipe("newsledger_pubdate", config={"dateline_lines": 10})
    assert nlp.get_pipe_meta("newsledger_pubdate").default_config == {
        "dateline_lines": 5, "lookback_years": 10, "month_reach": 6}
    body = "\n".join(["A paragraph."] * 7 + ["GENEVA, June 2, 2025 (Reuters) - A report."])
    doc = nlp(body)
    assert doc._.published == dt.date(2025, 6, 2)
    assert doc._.published_source == "inferred"
