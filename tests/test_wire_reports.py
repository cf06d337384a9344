"""When a wire report's figures hold, who gives them, and when the report was published.

Each test runs the whole pipeline on sentences written in the shapes wire copy
takes (datelines, "said on Monday", running totals, "overnight", "including",
"the same period of 2025", relays). A time is written (kind, start, end, basis),
or None where nothing supports a date. Unless a test says otherwise the article
is published on Thursday 2025-03-27 (so "Monday" is 2025-03-24).
The last tests score the invented reports of tests/wire_reports/ (see score.py there).
"""

from __future__ import annotations

import datetime as dt
import importlib.util
from pathlib import Path

import pytest

from conftest import run_pipeline

PUB = "2025-03-27"
WIRE = Path(__file__).resolve().parent / "wire_reports"


def _claims(nlp, text: str, published=dt.date(2025, 3, 27)):
    return {c.text: c for c in run_pipeline(nlp, text, published)._.claims}


def _time(nlp, text: str, expr: str, published=dt.date(2025, 3, 27)):
    claims = _claims(nlp, text, published)
    assert expr in claims, f"{expr!r} not among {sorted(claims)}"
    t = claims[expr].time
    return None if t is None else (t.kind, t.start, t.end, t.basis)


# -- a date inside what "since" governs starts a running total ---------------------------------

@pytest.mark.parametrize(
    ("text", "expr", "start"),
    [
        # war: the date deep in the phrase of "since"
        ("Russia has lost 1,160,230 troops since the beginning of the invasion on Feb. 24, 2022.", "1,160,230",
         "2022-02-24"),
        # war: the date in a clause "since" opens
        ("Russia has lost nearly 900,000 troops since the full-scale invasion began in February 2022.",
         "nearly 900,000", "2022-02-01"),
        # economy
        ("Exports have risen 12% since the new rules took effect in January.", "12%", "2025-01-01"),
        # transport, the clause first
        ("Since the strike began on Monday, 300 flights have been cancelled.", "300", "2025-03-24"),
    ],
)
def test_a_date_in_a_since_phrase_or_clause_starts_the_count(nlp, text, expr, start):
    # Given a running total whose only date stands inside "since ...", when the article
    # is read, then the figure counts from that date up to publication, not for that date.
    assert _time(nlp, text, expr) == ("as_of", start, PUB, "text")


def test_a_since_count_runs_up_to_the_day_the_source_spoke(nlp):
    # Given "said on Tuesday that ... since the start of the winter", then the count runs to Tuesday.
    text = ("The minister said on Tuesday that attacks had damaged more than half of the country's power "
            "plants since the start of the winter.")
    assert _time(nlp, text, "more than half")[2:] == ("2025-03-25", "text")


@pytest.mark.parametrize(
    ("text", "expr"),
    [
        ("The health ministry says more than 47,000 people have been killed in the war, which began on Oct. 7, 2023.",
         "more than 47,000"),
        ("The firm, which was founded in 1990, has 4,000 staff.", "4,000"),
    ],
)
def test_a_relative_clauses_date_is_not_when_a_running_total_holds(nlp, text, expr):
    assert _time(nlp, text, expr) == ("as_of", None, PUB, "published")


def test_a_past_event_keeps_the_date_of_its_relative_clause(nlp):
    assert _time(nlp, "The storm killed 14 people in the town, which was hit on Monday.", "14") == (
        "point", "2025-03-24", "2025-03-24", "text")


def test_a_day_on_the_verb_before_a_second_figure_is_the_whole_clauses(nlp):
    # Given "freed three hostages on Saturday in exchange for 183 prisoners", then both hold on Saturday.
    text = "Hamas freed three Israeli hostages on Saturday in exchange for 183 Palestinian prisoners."
    assert _time(nlp, text, "183") == ("point", "2025-03-22", "2025-03-22", "text")


# -- the time of the reporting verb -----------------------------------------------------------

def test_a_period_after_the_reporting_verb_is_when_the_source_spoke(nlp):
    # Given "said last week that 12 million have been forced ...", when read, then the
    # count holds as of the end of last week, basis statement (not for the whole week).
    text = "The IOM said last week that 12 million people have been forced from their homes."
    assert _time(nlp, text, "12 million") == ("as_of", None, "2025-03-23", "statement")


def test_a_period_before_the_reporting_verb_stays_the_figures(nlp):
    # Given the period put first ("For the final quarter, Ford says ..."), then it is the figure's own.
    text = "For the final quarter, Ford says it sold 500,000 cars."
    assert _time(nlp, text, "500,000") == ("period", "2024-10-01", "2024-12-31", "text")


@pytest.mark.parametrize(
    ("text", "expr"),
    [
        ("Ukraine said on Monday it had brought home 175 prisoners of war.", "175"),
        ("The ministry said on Monday it had recovered 40 bodies from the river.", "40"),
        ("Toyota said on Monday it had recalled 60,000 vehicles.", "60,000"),
    ],
)
def test_a_day_between_said_and_the_reported_subject_is_the_statement_day(nlp, text, expr):
    # Given "said on Monday it had ..." (no "that"), when read, then Monday is when the
    # source spoke: the figure's statement date, and its time with basis statement.
    claim = _claims(nlp, text)[expr]
    assert claim.statement_date == "2025-03-24"
    assert (claim.time.kind, claim.time.start, claim.time.basis) == ("point", "2025-03-24", "statement")


def test_the_day_of_a_trailing_attribution_is_the_statement_day(nlp):
    # Given "..., a group of lawyers monitoring the conflict said on Tuesday" (the parser may hang
    # the day on "monitoring"), then Tuesday is when the lawyers spoke.
    text = ("The RSF killed more than 200 people in attacks on villages, a group of lawyers monitoring the "
            "conflict said on Tuesday.")
    assert _time(nlp, text, "more than 200") == ("point", "2025-03-25", "2025-03-25", "statement")


def test_the_figures_own_day_before_the_attribution_stays_its_own(nlp):
    text = "The storm killed 14 people on Sunday, officials said on Sunday."
    assert _time(nlp, text, "14") == ("point", "2025-03-23", "2025-03-23", "text")


def test_a_day_inside_the_reported_clause_is_the_figures(nlp):
    # Given "said the strike on Monday killed 40", then Monday is the strike's day, not the statement's.
    claim = _claims(nlp, "The ministry said the strike on Monday killed 40 people.")["40"]
    assert claim.statement_date is None
    assert claim.time.basis == "text"


@pytest.mark.parametrize(
    ("text", "expr", "want"),
    [
        ("Authorities said on Wednesday that some 2,600 residents had been evacuated over the past month.",
         "some 2,600", ("2025-02-26", "2025-03-26")),
        ("The IAEA said on March 22 that its team had heard around 20 explosions over the past week.", "around 20",
         ("2025-03-15", "2025-03-22")),
        ("Prices rose 4% over the past month, the ministry said on Monday.", "4%", ("2025-02-24", "2025-03-24")),
        # whole days of hours count back as days do
        ("Police said on Monday that 30 people had been arrested in the past 48 hours.", "30",
         ("2025-03-22", "2025-03-24")),
        ("Firefighters put out 12 fires in the past 24 hours.", "12", ("2025-03-26", PUB)),
    ],
)
def test_a_window_counted_back_ends_on_the_day_the_source_spoke(nlp, text, expr, want):
    # Given "said on Wednesday that ... over the past month", then the month runs up to Wednesday.
    assert _time(nlp, text, expr) == ("period", *want, "text")


@pytest.mark.parametrize(
    ("text", "expr"),
    [
        ("Over the past day, Russian troops carried out 412 strikes on the region.", "412"),
        ("This number includes 1,020 casualties Russian forces suffered over the past day.", "1,020"),
    ],
)
def test_the_past_day_is_the_day_up_to_publication(nlp, text, expr):
    # Given the daily war report's "over the past day", then the figure holds for that day.
    assert _time(nlp, text, expr) == ("period", "2025-03-26", PUB, "text")


def test_a_window_with_no_statement_day_ends_at_publication(nlp):
    assert _time(nlp, "Prices rose 4% over the past month.", "4%") == ("period", "2025-02-27", PUB, "text")


# -- "overnight" -------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "expr"),
    [
        ("Ukraine's air defense downed 57 of 89 drones launched overnight, the Air Force said.", "57"),
        ("Rescuers pulled 14 people from the rubble overnight.", "14"),
    ],
)
def test_overnight_is_the_night_ending_on_the_report_day(nlp, text, expr):
    # Given a figure of the night before, with no day named, then it holds on the report's day.
    assert _time(nlp, text, expr) == ("point", PUB, PUB, "published")


def test_overnight_takes_the_day_of_its_source(nlp):
    # Given "overnight, the air force said Monday", then the night ends on Monday.
    text = "Russia launched 90 drones overnight, the air force said Monday."
    assert _time(nlp, text, "90")[:3] == ("point", "2025-03-24", "2025-03-24")


def test_overnight_beside_a_date_gives_way_to_it(nlp):
    text = "Ukrainian forces shot down 56 of 67 drones launched by Russia overnight on March 14."
    assert _time(nlp, text, "56") == ("point", "2025-03-14", "2025-03-14", "text")


# -- a part of another figure shares its time --------------------------------------------------

@pytest.mark.parametrize(
    ("text", "part", "want"),
    [
        ("Israeli airstrikes killed 12 people on Monday, including two children, the ministry said.", "two",
         ("point", "2025-03-24", "2025-03-24", "text")),
        ("The company sold 40,000 cars in February, including 12,000 electric ones.", "12,000",
         ("period", "2025-02-01", "2025-02-28", "text")),
    ],
)
def test_a_figure_including_in_another_takes_its_time(nlp, text, part, want):
    assert _time(nlp, text, part) == want


# -- an event named again takes the day the sentence before gave it --------------------------

@pytest.mark.parametrize(
    ("text", "expr", "want"),
    [
        ("Israeli airstrikes on southern Lebanon killed 12 people on Monday, the ministry said.\n\n"
         "The ministry said in a statement that the strikes also wounded 31 others.", "31", "2025-03-24"),
        ("The storm hit the coast on Sunday. The storm destroyed 40 homes.", "40", "2025-03-23"),
    ],
)
def test_a_definite_subject_naming_the_event_before_takes_its_day(nlp, text, expr, want):
    assert _time(nlp, text, expr) == ("point", want, want, "text")


def test_a_new_event_does_not_take_the_day_of_the_one_before(nlp):
    # "The blast" is not "a car bomb" by its words: no date is carried
    assert _time(nlp, "A car bomb exploded in the market on Monday. The blast killed 9 people.", "9") is None


# -- datelines ---------------------------------------------------------------------------------

def test_a_dateline_is_no_part_of_the_source_or_its_day(nlp):
    # Given a Reuters dateline before the first sentence, when read, then the source's
    # name is the sentence's own subject and its day comes from "said on Thursday".
    text = ("MOSCOW, March 27 (Reuters) - Russian air defences destroyed 49 Ukrainian drones over several "
            "regions, the Defence Ministry said on Thursday.")
    claim = _claims(nlp, text)["49"]
    assert claim.source.name == "the Defence Ministry"
    assert claim.statement_date == PUB


def test_a_dateline_with_a_dash_of_ap_keeps_the_subject_clean(nlp):
    text = "KYIV, Ukraine (AP) — Ukraine said on Monday it had brought home 175 prisoners of war."
    claim = _claims(nlp, text)["175"]
    assert claim.source.name == "Ukraine"
    assert claim.statement_date == "2025-03-24"


# -- "Thursday, 1,302,114": a day followed by a large number is no date ------------------------

def test_a_weekday_before_a_grouped_count_is_no_wire_date(nlp):
    # Given "By Thursday, 1,302,114 refugees ...", then the time is Thursday itself and the
    # count runs up to it.
    doc = run_pipeline(nlp, "By Thursday, 1,302,114 refugees had registered in Poland.", dt.date(2025, 3, 27))
    assert [(t.text, t.value) for t in doc._.times] == [("Thursday", PUB)]
    (claim,) = doc._.claims
    assert (claim.time.kind, claim.time.end) == ("as_of", PUB)


def test_a_weekday_with_its_day_is_still_a_wire_date(nlp):
    doc = run_pipeline(nlp, "The talks ended on Thursday, 13, with no deal.", dt.date(2025, 3, 27))
    assert [t.value for t in doc._.times] == ["2025-03-13"]


# -- ranges that write the year once, at the end -----------------------------------------------

@pytest.mark.parametrize(
    ("text", "expr", "want"),
    [
        ("Rescuers saved 5,745 people between April and June of last year.", "5,745", ("2024-04-01", "2024-06-30")),
        ("Sales rose 5% from January to March 2023.", "5%", ("2023-01-01", "2023-03-31")),
        ("Exports fell 3% between November and February 2024.", "3%", ("2023-11-01", "2024-02-29")),
    ],
)
def test_a_range_takes_the_year_of_its_last_month(nlp, text, expr, want):
    kind, start, end, basis = _time(nlp, text, expr)
    assert (kind, start, end, basis) == ("period", *want, "text")


# -- "the same period of 2025" -----------------------------------------------------------------

@pytest.mark.parametrize(
    ("text", "expr", "want"),
    [
        ("More than 97,000 migrants arrived between January and March, up from 80,000 in the same period of 2023.",
         "80,000", ("2023-01-01", "2023-03-31")),
        ("The firm earned $3 billion in the fourth quarter, against $2 billion in the same quarter of 2022.",
         "$2 billion", ("2022-10-01", "2022-12-31")),
    ],
)
def test_the_same_period_of_a_year_moves_the_period_to_that_year(nlp, text, expr, want):
    assert _time(nlp, text, expr) == ("period", *want, "text")


def test_the_same_period_last_year_after_a_range_is_that_range_a_year_back(nlp):
    # (published in September, so January to June is this year's)
    text = "The ministry said 196 defectors arrived between January and June, up from 99 in the same period last year."
    assert _time(nlp, text, "99", dt.date(2025, 9, 3)) == ("period", "2024-01-01", "2024-06-30", "text")


# -- the aspect of a running total -------------------------------------------------------------

def test_a_figure_in_a_with_phrase_shares_its_clauses_running_total(nlp):
    text = "The ministry said 45,259 people have been killed since the war began, with more than 107,000 wounded."
    assert _time(nlp, text, "more than 107,000") == ("as_of", None, PUB, "published")


@pytest.mark.parametrize(
    ("text", "expr"),
    [
        ("The agency said 263 of its staff had been killed since the start of the conflict.", "263"),
        ("The headquarters said it was the 65th exchange, and that 4,757 Ukrainians had been freed in total.", "4,757"),
    ],
)
def test_a_reported_running_total_holds_at_publication(nlp, text, expr):
    # Given a past perfect count in reported speech that says it is a count ("since",
    # "in total"), then it is the source's present perfect: as of publication.
    assert _time(nlp, text, expr) == ("as_of", None, PUB, "published")


def test_a_reported_past_event_stays_undated(nlp):
    assert _time(nlp, "Police said 12 people had been killed in the raid.", "12") is None


def test_a_present_relative_clause_does_not_take_the_main_clauses_week(nlp):
    # Given "UNIFIL, which has about 10,000 troops, said ... this week", then the figure
    # is a standing description: as of publication, not this week.
    text = "UNIFIL, which has about 10,000 troops in the south, said one of its positions was hit this week."
    assert _time(nlp, text, "about 10,000") == ("as_of", None, PUB, "published")


def test_a_past_relative_clause_takes_the_main_clauses_day(nlp):
    assert _time(nlp, "The strike, which killed 12 people, happened on Monday.", "12") == (
        "point", "2025-03-24", "2025-03-24", "text")


# -- statement days carried, and sources relayed -----------------------------------------------

def test_the_same_body_named_shorter_keeps_its_statement_day(nlp):
    text = ("Russia launched 172 drones at Ukraine, the Ukrainian air force said Monday. "
            "Another 50 drones were lost on radar, the air force said in a statement.")
    assert _claims(nlp, text)["Another 50"].statement_date == "2025-03-24"


def test_an_anaphor_for_another_body_does_not_take_the_last_day(nlp):
    # Given "The agency said" right after an undated UNRWA statement, when the day before
    # it was the health ministry's, then the agency's figure has no statement date.
    text = ("The health ministry said on Monday that 45,259 people have been killed. "
            "The United Nations Relief and Works Agency (UNRWA) said about 1.9 million people have been displaced. "
            "The agency said 263 of its staff had been killed since the start of the conflict.")
    claim = _claims(nlp, text)["263"]
    assert claim.statement_date is None
    assert claim.source.entity == "United Nations Relief and Works Agency"


@pytest.mark.parametrize(
    ("text", "expr", "actor"),
    [
        # the agency was named before, but not as a source
        ("Trucks of the International Atomic Energy Agency reached the plant on Monday, officials said. "
         "The agency said 20 explosions were heard.", "20", "International Atomic Energy Agency"),
    ],
)
def test_a_definite_anaphor_is_the_actor_last_named_with_its_noun(nlp, text, expr, actor):
    assert _claims(nlp, text)[expr].source.entity == actor


def test_the_ministry_is_the_ministry_named_before_not_the_last_source(nlp):
    # Given the health ministry, then UNRWA, then "The ministry said", then the ministry is the health ministry.
    claims = _claims(nlp, "The Gaza health ministry said on Monday that 45,259 people have been killed. "
                          "UNRWA said 1.9 million were displaced. The ministry said 107,000 were wounded.")
    assert claims["107,000"].source.entity == claims["45,259"].source.entity != "UNRWA"


@pytest.mark.parametrize(
    ("text", "expr", "source", "via"),
    [
        ("Around 600 were killed in fighting, the agency said, according to Rep. Lee Seong-kweun, who attended.",
         "Around 600", "the agency", "Lee Seong-kweun"),
        ("Some 40 homes were flooded, the mayor said, according to a council member who was at the meeting.",
         "Some 40", "the mayor", "a council member"),
    ],
)
def test_who_tells_what_a_speaker_said_is_the_relay(nlp, text, expr, source, via):
    # Given "..., X said, according to Y", then X gave the figure and Y relays it.
    src = _claims(nlp, text)[expr].source
    assert (src.name, src.via) == (source, via)


@pytest.mark.parametrize(
    ("text", "expr", "source"),
    [
        ("The Coordination Headquarters for the Treatment of Prisoners of War said it was the 65th exchange since "
         "the full-scale invasion, and that 4,757 Ukrainians had been freed in total.", "4,757",
         "The Coordination Headquarters for the Treatment of Prisoners of War"),
        ("The union said the strike would go ahead, and that 12,000 members had voted for it.", "12,000", "The union"),
    ],
)
def test_a_second_that_clause_is_reported_by_the_same_verb(nlp, text, expr, source):
    # Given "X said ..., and that <figure>", then X gives the figure of the second clause too.
    assert _claims(nlp, text)[expr].source.name == source


@pytest.mark.parametrize(
    ("text", "expr", "source"),
    [
        ("The economy grew 1.4% in the first quarter, the statistics service Rosstat said last week, down from "
         "4.5% in the fourth quarter.", "4.5%", "the statistics service Rosstat"),
        ("Exports rose 5%, the ministry said, up from 3% a year earlier.", "3%", "the ministry"),
    ],
)
def test_a_comparison_after_the_attribution_is_the_same_sources(nlp, text, expr, source):
    assert _claims(nlp, text)[expr].source.name == source


def test_a_new_clause_after_the_attribution_has_no_source_from_it(nlp):
    assert _claims(nlp, "Exports rose 5%, the ministry said, and imports fell 2%.")["2%"].source is None


def test_according_to_far_from_the_speakers_cue_stays_the_source(nlp):
    # Given "Most voters said she ..., according to a poll", then the poll is the attribution.
    text = 'Most voters said she "cares about people like me," according to a poll conducted in February.'
    assert [s.cue for s in run_pipeline(nlp, text)._.statements if s.cue == "according to"] == ["according to"]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("About 3.5 million people have been displaced, according to the UN, and at least 6,200 civilians have "
         "been killed, according to a monitoring group.", {"About 3.5 million": "the UN", "at least 6,200": "a monitoring group"}),
        ("Prices rose 4%, according to the statistics office, while wages grew 2%, according to the central bank.",
         {"4%": "the statistics office", "2%": "the central bank"}),
    ],
)
def test_each_of_two_according_to_phrases_gives_the_figure_before_it(nlp, text, want):
    claims = _claims(nlp, text)
    assert {expr: claims[expr].source.name for expr in want} == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("The ministry says more than 61,000 Palestinians have been killed in the Israeli offensive, which began "
         "after Hamas-led militants attacked Israel on Oct. 7, 2023, killing some 1,200 people, according to "
         "Israeli tallies.",
         {"more than 61,000": "The ministry", "some 1,200": "Israeli tallies"}),
        ("The army says 40 soldiers have died in the offensive, which began after rebels stormed the town, killing "
         "12 police officers, according to local officials.", {"40": "The army", "12": "local officials"}),
        # a relay of the whole statement stays the outermost source
        ("The mayor said 12 buildings were destroyed, according to officials.", {"12": "officials"}),
    ],
)
def test_an_according_to_on_a_clause_of_its_own_gives_only_that_clauses_figures(nlp, text, want):
    claims = _claims(nlp, text)
    assert {expr: claims[expr].source.name for expr in want} == want


@pytest.mark.parametrize(
    ("text", "expr", "source"),
    [
        ("Russia has lost 1,229,870 troops in Ukraine, the General Staff reported.\n\n"
         "The number includes 1,090 casualties suffered over the past day.", "1,090", "General Staff"),
        ("At least 47 people died in the floods, the disaster agency said.\n\n"
         "That figure does not include 12 people still missing.", "12", "the disaster agency"),
        # a new paragraph that does not name the figure again is the outlet's
        ("At least 47 people died in the floods, the disaster agency said.\n\n"
         "Rescuers pulled 12 people from the rubble.", "12", None),
    ],
)
def test_a_paragraph_that_names_the_figure_again_keeps_its_source(nlp, text, expr, source):
    src = _claims(nlp, text)[expr].source
    assert (src.name if src is not None else None) == source or (source and source in src.name)


# -- publication dates of wire and web copy ---------------------------------------------------

_BODY = "\n\nRussia launched 90 drones at Ukraine overnight, the air force said. It said 60 were shot down."


@pytest.mark.parametrize(
    "head",
    [
        "Last update: 27/03/2025 - 09:43",  # a revision stamp without its -d
        "27 March 2025, 09:43 (Kyiv time)",  # a date line whose clock time names its place
        "Updated 27.03.2025 09:43 (local time)",
        "Published On 27 Mar 2025",
        "By Jane Doe | Mar 27, 2025",
        "Published: 27 Mar. 2025, 09:43",
        "Updated 2025-03-27T10:00Z",
        "Kyiv, 27 March 2025 (Ukrinform) --",
    ],
)
def test_a_stamp_or_date_line_above_the_copy_dates_it(head):
    from newsledger.nlp.pubdate import infer_published

    assert infer_published(head + _BODY, today=dt.date(2026, 12, 1)) == dt.date(2025, 3, 27)


def test_a_clock_time_with_other_words_in_brackets_is_no_date_line():
    from newsledger.nlp.pubdate import infer_published

    # "(see below)" is no place's time: the line is a sentence's start, not a date line
    assert infer_published("27 March 2025, 09:43 (see the results below)" + _BODY, today=dt.date(2026, 12, 1)) is None


# -- the invented reports of tests/wire_reports/ -----------------------------------------------

@pytest.fixture(scope="module")
def scored(nlp):
    spec = importlib.util.spec_from_file_location("wire_score", WIRE / "score.py")
    score = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(score)
    expect = score.load()
    return score, expect, score.extract_all(expect, nlp)


def test_every_report_that_states_a_date_gets_it(scored):
    score, expect, got = scored
    wrong = {name: got[name][0].published for name, rep in expect.items()
             if rep["published"] is not None and got[name][0].published != rep["published"]}
    assert not wrong


def test_most_figures_of_the_reports_are_fully_right(scored):
    # value, hedge, time and source all as the analyst marked them: 57 of 96 before this work, 92 after
    score, expect, got = scored
    full = 0
    for name, rep in expect.items():
        claims = [r for r in got[name] if type(r).__name__ == "ClaimRecord" and r.part == "text"]
        for fig in rep["figures"]:
            j = score.judge(fig, score.find_claim(claims, fig))
            full += all(j[f] for f in ("value", "hedge", "time", "source"))
    assert full >= 90


# -- the reports written after the rules (fresh/, fresh2/) --------------------------------------

def _fully_right(score, expect, got) -> tuple[int, int]:
    full = pub = 0
    for name, rep in expect.items():
        claims = [r for r in got[name] if type(r).__name__ == "ClaimRecord" and r.part == "text"]
        for fig in rep["figures"]:
            j = score.judge(fig, score.find_claim(claims, fig))
            full += all(j[f] for f in ("value", "hedge", "time", "source"))
        pub += rep["published"] is not None and got[name][0].published == rep["published"]
    return full, pub


@pytest.mark.parametrize(
    ("folder", "floor", "dates"),
    [
        # three reports written once the first rules were in: 15 of 21 fully right before this work, 20 after
        ("fresh", 20, 2),
        # ten reports written before the rules of this work were read: 53 of 70 before it, 66 after
        ("fresh2", 66, 9),
        # four more, written after this work's rules: 24 of 24 both before and after them
        ("fresh3", 24, 3),
    ],
)
def test_the_reports_written_after_the_rules_stay_at_their_floors(nlp, scored, folder, floor, dates):
    score = scored[0]
    expect = score.load(WIRE / folder)
    full, pub = _fully_right(score, expect, score.extract_all(expect, nlp, folder=WIRE / folder))
    assert (full >= floor, pub >= dates) == (True, True), (full, pub)
