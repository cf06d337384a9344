"""Cues beyond "said", media relays (source.via), reporting relative clauses, and words that are never sources."""

from __future__ import annotations

import pytest

from newsledger.records import ClaimRecord, Quantity, TimeRecord
from conftest import run_pipeline


def _doc(nlp, text: str, figures: list[str], times: list[tuple[str, str]] = ()):
    """The pipeline's doc, then claims placed on ``figures`` and the sources component run again."""
    doc = run_pipeline(nlp, text)
    claims = []
    pos = 0
    for fig in figures:
        at = text.index(fig, pos)
        pos = at + len(fig)
        claims.append(ClaimRecord("t", (at, at + len(fig)), fig, (0, len(text)), Quantity(1.0)))
    doc._.claims = claims
    if times:
        recs = []
        for surface, day in times:
            at = text.index(surface)
            recs.append(TimeRecord("t", (at, at + len(surface)), surface, "DATE", day, day, day))
        doc._.times = recs
    return nlp.get_pipe("newsledger_sources")(doc)


def _source(nlp, text: str, figure: str, **kw):
    return _doc(nlp, text, [figure], **kw)._.claims[0].source


def _indirect(nlp, text: str):
    return [s for s in run_pipeline(nlp, text)._.statements if not s.direct]


# -- verbs of estimation, belief, denial and warning -------------------------------------------


@pytest.mark.parametrize(
    "text, cue, content_start",
    [
        ("The central bank estimated that inflation would reach 6% by June.", "estimated", "inflation"),
        ("The coach believes his team can still win the league.", "believes", "his"),
        ("The company denied that its trucks had crossed the border.", "denied", "its"),
        ("Doctors warned that the clinic could run out of insulin.", "warned", "the clinic"),
        ("The mayor insisted the bridge was safe for traffic.", "insisted", "the bridge"),
        ("The minister acknowledged that the plan had failed.", "acknowledged", "the plan"),
        ("Economists predicted that growth would slow next year.", "predicted", "growth"),
        ("The senator argued that the bill would hurt farmers.", "argued", "the bill"),
        ("The governor wrote that the state would appeal the ruling.", "wrote", "the state"),
        ("The candidate tweeted that the debate had been rigged.", "tweeted", "the debate"),
        ("The club posted on its website that the match was off.", "posted", "the match"),
    ],
)
def test_reporting_verbs_beyond_say(nlp, text, cue, content_start):
    found = _indirect(nlp, text)
    assert [s.cue for s in found] == [cue], text
    assert found[0].text.startswith(content_start)


def test_accused_with_a_clause(nlp):
    text = "The opposition accused the government of hiding 300 deaths, and said the count was false."
    found = _indirect(nlp, text)
    assert any(s.cue == "said" and s.source.name == "The opposition" for s in found)


def test_second_verb_of_a_pair_takes_the_first_ones_subject(nlp):
    text = "The governor is visiting the flooded towns and says 40 roads remain closed."
    src = _source(nlp, text, "40")
    assert src is not None and src.name == "The governor" and src.cue == "says"


# -- cue nouns ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, name, cue, content",
    [
        ("The minister's claim that 40 soldiers died was false.", "The minister", "claim", "40 soldiers died"),
        ("Parents welcomed the announcement by the mayor that 3 schools would reopen.", "the mayor", "announcement",
         "3 schools would reopen"),
        ("Protesters rejected the governor's assertion that the water was clean.", "the governor", "assertion",
         "the water was clean"),
    ],
)
def test_cue_nouns_with_a_that_clause(nlp, text, name, cue, content):
    found = _indirect(nlp, text)
    assert [(s.source.name, s.cue, s.text) for s in found] == [(name, cue, content)]


def test_cue_noun_without_its_claimant_is_no_statement(nlp):
    text = "Moscow rejected the claim that its jets had bombed the market."
    assert all(s.cue != "claim" for s in _indirect(nlp, text))


def test_statement_saying(nlp):
    src = _source(nlp, "The ministry issued a statement saying 40 people had died.", "40")
    assert src is not None and src.name == "The ministry"


def test_in_an_interview_is_the_cue_of_its_verb(nlp):
    src = _source(nlp, "In an interview, the general said 30 tanks were lost.", "30")
    assert src is not None and src.name == "the general"


# -- headlines -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, name",
    [
        ("Lynch: No outside influence on the inquiry\n\nThe attorney general spoke on Monday.", "Lynch"),
        ("Fire chief: 12 homes lost in the blaze\n\nCrews worked through the night.", "Fire chief"),
    ],
)
def test_headline_speaker_before_a_colon(nlp, text, name):
    found = _indirect(nlp, text)
    assert found and found[0].source.name == name and found[0].cue == ":"


@pytest.mark.parametrize("text", ["Date: 12 March 2024\nThe talks ended.", "Updated: the vote was delayed\nThe talks ended."])
def test_page_tags_before_a_colon_are_no_speakers(nlp, text):
    assert all(s.source is None or s.source.name.lower() not in {"date", "updated"} for s in run_pipeline(nlp, text)._.statements)


# -- media relays: source.via --------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, figure, name, via",
    [
        ("The governor said 14 towns were flooded, according to the local newspaper.", "14", "The governor",
         "the local newspaper"),
        ("The mayor told CNN that 12 bridges were closed.", "12", "The mayor", "CNN"),
        ("In an interview with the BBC, the general said 30 tanks were lost.", "30", "the general", "BBC"),
        ("The general said in an interview with the BBC that 30 tanks were lost.", "30", "The general", "BBC"),
        ("The minister said 5 ships sank, citing a Reuters report.", "5", "The minister", "Reuters"),
    ],
)
def test_medium_is_the_via(nlp, text, figure, name, via):
    src = _source(nlp, text, figure)
    assert src is not None and src.name == name, src
    assert src.via is not None and via in src.via


def test_citing_officials_the_newspaper_said(nlp):
    src = _source(nlp, "Citing unnamed officials, the newspaper said 40 soldiers died.", "40")
    assert src is not None and src.name == "unnamed officials" and src.via == "the newspaper"


def test_state_media_reporting_a_speaker(nlp):
    text = "State media Tass reported that the defence minister said 8 drones were shot down."
    src = _source(nlp, text, "8")
    assert src is not None and src.name == "the defence minister" and src.via is not None and "Tass" in src.via


def test_medium_speaking_for_itself_stays_the_source(nlp):
    src = _source(nlp, "The news agency reported that 9 people were hurt in the crash.", "9")
    assert src is not None and src.name == "The news agency" and src.via is None
    src = _source(nlp, "The mayor told reporters that 12 bridges were closed.", "12")
    assert src.name == "The mayor" and src.via is None


# -- a reporting relative clause inside the noun phrase ---------------------------------------------


@pytest.mark.parametrize(
    "text, figure, name",
    [
        ("Buses carried the 2,000 the ministry says were evacuated from the coast.", "2,000", "the ministry"),
        ("Crews cleared the 300 homes the governor said were destroyed.", "300", "the governor"),
        ("Divers searched for the 12 boats that the coast guard reported were missing.", "12", "the coast guard"),
    ],
)
def test_reporting_relative_clause_sources_its_noun(nlp, text, figure, name):
    src = _source(nlp, text, figure)
    assert src is not None and src.name == name


# -- never a source -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Wednesday said a lot about the mood of the team.",
        "Last week said everything about the market.",
        "South said nothing.",
    ],
)
def test_time_words_and_bare_adjectives_are_not_sources(nlp, text):
    for s in run_pipeline(nlp, text)._.statements:
        assert s.source is None or s.source.name.lower() not in {"wednesday", "last week", "week", "south"}


# -- when the source spoke -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, figure, when",
    [
        ("The ministry told reporters on Monday that 70 people were killed.", "70", "Monday"),
        ("The army said in a statement on Tuesday that 12 drones were downed.", "12", "Tuesday"),
        ("Police said Friday that 9 people were arrested.", "9", "Friday"),
        ("The governor on Thursday said 300 homes were lost.", "300", "Thursday"),
    ],
)
def test_statement_date_where_the_text_gives_it(nlp, text, figure, when):
    doc = _doc(nlp, text, [figure], times=[(when, "2025-03-27")])
    assert doc._.claims[0].statement_date == "2025-03-27"


def test_carried_source_carries_its_statement_date(nlp):
    text = "The ministry told reporters on Monday that the strike hit a school. It said about 70 were killed."
    doc = _doc(nlp, text, ["70"], times=[("Monday", "2025-03-24")])
    claim = doc._.claims[0]
    assert claim.source is not None and claim.source.entity is None or claim.source.name in {"It", "The ministry"}
    assert claim.statement_date == "2025-03-24"


def test_same_actor_a_few_sentences_on_keeps_the_day(nlp):
    text = (
        "The Japanese defence ministry said on Friday that 4 missiles were fired. "
        "The launches came before dawn. "
        "About 2 of them fell into the sea, according to Japan."
    )
    doc = _doc(nlp, text, ["4", "2"], times=[("Friday", "2025-03-28")])
    first, second = doc._.claims
    assert first.statement_date == "2025-03-28"
    assert second.source is not None and second.source.entity == first.source.entity
    assert second.statement_date == "2025-03-28"


def test_another_actor_does_not_take_the_day(nlp):
    text = "Police said on Friday that 4 people were hurt. Hospital staff said 6 people were treated."
    doc = _doc(nlp, text, ["4", "6"], times=[("Friday", "2025-03-28")])
    assert doc._.claims[0].statement_date == "2025-03-28"
    assert doc._.claims[1].statement_date is None


@pytest.mark.parametrize(
    "text, cue, content",
    [
        ("The mayor urged residents to boil their water for three days.", "urged", "residents to boil their water for three days"),
        ("The senator pledged to cut taxes for small farms.", "pledged", "to cut taxes for small farms"),
        ("The union called for a recount of the ballots.", "called", "a recount of the ballots"),
        ("The opposition accused the minister of hiding the report.", "accused", "the minister of hiding the report"),
        ("The candidate promised a new hospital.", "promised", "a new hospital"),
    ],
)
def test_speech_acts_without_a_clause(nlp, text, cue, content):
    found = _indirect(nlp, text)
    assert [(s.cue, s.text) for s in found] == [(cue, content)]


@pytest.mark.parametrize(
    "text",
    [
        "The club called its new stadium the Arena.",
        "The board ordered new trains from a Swiss firm.",
        "The chef thanked the staff.",
    ],
)
def test_acts_that_say_nothing_are_no_statements(nlp, text):
    assert _indirect(nlp, text) == []


def test_passive_report_with_its_agent(nlp):
    found = _indirect(nlp, "The senator's resignation was first reported by the local radio station.")
    assert [(s.source.name, s.text) for s in found] == [("the local radio station", "The senator's resignation")]


def test_subject_the_parser_hung_on_an_earlier_noun(nlp):
    text = "In a statement to the Gazette, her campaign manager, Tom Reyes, said 40 offices would open."
    src = _source(nlp, text, "40")
    assert src is not None and src.name.startswith("her campaign manager")
