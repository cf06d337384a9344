"""Shapes of news attribution: where a statement's span starts and ends, and which cues make none.

Made-up sentences, each rule in several shapes: two apostrophes as quote marks,
a cue set off by commas inside the sentence it reports, quoted words running
past the clause the parse gave, and beliefs inside a statement.
"""

from __future__ import annotations

import pytest

from conftest import run_pipeline
from newsledger.nlp.quotes import find_quotes


def _statements(nlp, text: str):
    return [(s.direct, s.source.name if s.source else None, s.text) for s in run_pipeline(nlp, text)._.statements]


# -- two apostrophes for a double quote ('' ... '') -------------------------------------------


def test_two_apostrophes_make_one_quotation():
    text = "''We will not give up,'' Mr. Smith said. Don't call it 'final.'"
    quotes = find_quotes(text)
    assert [(text[q.start : q.end], text[q.outer[0] : q.outer[1]]) for q in quotes] == [
        ("We will not give up", "''We will not give up,''")
    ]


def test_two_apostrophes_left_open_run_to_the_paragraph_end():
    text = "He said: ''We are ready\nNext paragraph."
    (q,) = find_quotes(text)
    assert text[q.start : q.end] == "We are ready" and q.close_at is None


@pytest.mark.parametrize(
    "text, speaker, words",
    [
        ("''We will not give up,'' Mr. Smith said.", "Mr. Smith", "We will not give up"),
        ("The mayor said, ''The bridge is safe for traffic.''", "The mayor", "The bridge is safe for traffic."),
        ("''I think the vote was fair and the count was honest,'' said the governor.", "the governor",
         "I think the vote was fair and the count was honest"),
    ],
)
def test_two_apostrophe_quotations_are_direct_statements(nlp, text, speaker, words):
    found = _statements(nlp, text)
    assert (True, speaker, words) in found
    # "I think" inside the quotation is the speaker's own words, no statement of its own.
    assert not any(name == "I" for _, name, _ in found)


# -- a cue set off by commas inside the sentence it reports ------------------------------------


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("The tax plan, the senator said, would cost more than $2 trillion over a decade.", "the senator"),
        ("Those voters, he added, are unlikely to switch sides in November.", "he"),
        ("If the talks fail, the minister warned, the strike will spread to the ports.", "the minister"),
        ("The decision, according to officials, was made last week.", "officials"),
    ],
)
def test_a_cue_inside_the_sentence_reports_both_sides(nlp, text, speaker):
    found = [s for s in _statements(nlp, text) if not s[0]]
    assert [(name, words) for _, name, words in found] == [(speaker, text.rstrip("."))]


def test_a_cue_after_its_content_still_ends_it(nlp):
    found = _statements(nlp, "The bridge will close for repairs, the mayor said, and the council agreed.")
    assert (False, "the mayor", "The bridge will close for repairs") in found


# -- quoted words running on past the reported clause ------------------------------------------


@pytest.mark.parametrize(
    "text, words",
    [
        ('Leubsdorf said Carson is "losing ground over his book. Some of his support is moving to Cruz."',
         'Carson is "losing ground over his book. Some of his support is moving to Cruz."'),
        ("The senator said he rarely asks colleagues to campaign for him, “except for people I am close to. "
         "And I am not close to him.”",
         "he rarely asks colleagues to campaign for him, “except for people I am close to. And I am not close to him.”"),
        ('Trump said Friday that the judge "happens to be, we believe, Mexican."',
         'the judge "happens to be, we believe, Mexican."'),
    ],
)
def test_a_quotation_opened_in_a_clause_ends_the_statement_at_its_closing_mark(nlp, text, words):
    found = _statements(nlp, text)
    assert [w for direct, _, w in found] == [words]
    assert not any(direct for direct, _, _ in found)


# -- beliefs inside a statement ----------------------------------------------------------------


@pytest.mark.parametrize(
    "text, outer",
    [
        ("Weaver told reporters that he believes the battle will continue until July.", "told"),
        ("Trump said Sunday that he thought the United States would win the fight.", "said"),
        ("The spokesman said the company expects sales to recover next year.", "said"),
    ],
)
def test_a_belief_inside_a_statement_is_part_of_it(nlp, text, outer):
    statements = run_pipeline(nlp, text)._.statements
    assert [s.cue for s in statements] == [outer]


def test_a_belief_on_its_own_is_still_a_statement(nlp):
    statements = run_pipeline(nlp, "Most economists think the recession is over.")._.statements
    assert [(s.cue, s.text) for s in statements] == [("think", "the recession is over")]


# -- a quotation ended by "?" or "!" before its cue, and a quoted title between two pieces -----


@pytest.mark.parametrize(
    "text, speaker, words",
    [
        ("“We will build a great wall along the border!” he said to an enormous cheer.", "he",
         "We will build a great wall along the border!"),
        ('"Who wants to live at home at 29?" she asked.', "she", "Who wants to live at home at 29?"),
        ("“Have I started writing my speech?” Sanders replied with a smile.", "Sanders", "Have I started writing my speech?"),
    ],
)
def test_a_question_or_exclamation_before_its_cue_has_that_speaker(nlp, text, speaker, words):
    assert _statements(nlp, text) == [(True, speaker, words)]


@pytest.mark.parametrize(
    "show",
    ["“This Week.”", "“Meet the Press.”", "“Face the Nation.”"],
)
def test_a_quoted_title_between_two_pieces_does_not_split_the_quotation(nlp, show):
    text = f"“The message is that we must change it,” Christie said on {show} “And Trump will not give in to them.”"
    found = _statements(nlp, text)
    assert len(found) == 1
    direct, speaker, words = found[0]
    assert direct and speaker == "Christie"
    assert words.startswith("The message is") and words.endswith("will not give in to them.")


def test_two_speakers_around_a_title_stay_two_statements(nlp):
    text = "“We must change it,” Christie said on “This Week.” “That is wrong,” Clinton replied."
    assert [(d, s) for d, s, _ in _statements(nlp, text)] == [(True, "Christie"), (True, "Clinton")]


# -- speech acts whose content is an object or a preposition's object ------------------------


@pytest.mark.parametrize(
    "text, cue, words",
    [
        ('Trump called the judge a "hater" on Friday.', "called", 'the judge a "hater"'),
        ("The senator described the plan as a disaster for farmers.", "described", "the plan as a disaster for farmers"),
        ("Critics labelled the report a whitewash.", "labelled", "the report a whitewash"),
        ("She called it a hoax.", "called", "it a hoax"),
        ("The campaign calls this a false narrative.", "calls", "this a false narrative"),
    ],
)
def test_naming_verbs_report_what_is_named_and_what_it_is_called(nlp, text, cue, words):
    assert [(s.cue, s.text) for s in run_pipeline(nlp, text)._.statements] == [(cue, words)]


@pytest.mark.parametrize(
    "text, cue, words",
    [
        ("Clinton defended her record on trade at the debate.", "defended", "her record on trade"),
        ("The union dismissed the report as propaganda.", "dismissed", "the report"),
        ("The mayor criticized the council for the delay.", "criticized", "the council for the delay"),
        ("Human rights groups denounced the new law.", "denounced", "the new law"),
        ("The newspaper's editorial board endorsed the governor for a second term.", "endorsed", "the governor"),
    ],
)
def test_judging_verbs_report_what_was_judged(nlp, text, cue, words):
    found = [(s.cue, s.text) for s in run_pipeline(nlp, text)._.statements]
    assert len(found) == 1 and found[0][0] == cue and found[0][1].startswith(words)


@pytest.mark.parametrize(
    "text, cue, words",
    [
        ("Sanders talked about the economy for an hour.", "talked", "the economy"),
        ("The governor pointed to the latest jobs figures.", "pointed", "the latest jobs figures"),
        ("She spoke of a deep distrust of the capital.", "spoke", "a deep distrust of the capital"),
    ],
)
def test_a_preposition_names_what_was_spoken_about(nlp, text, cue, words):
    assert [(s.cue, s.text) for s in run_pipeline(nlp, text)._.statements] == [(cue, words)]


def test_calling_someone_on_the_phone_makes_no_statement(nlp):
    assert run_pipeline(nlp, "He called them yesterday from the airport.")._.statements == []


def test_a_judging_verb_without_an_object_makes_no_statement(nlp):
    assert run_pipeline(nlp, "The council met on Monday and the mayor defended.")._.statements == []


# -- a speech act or a quotation inside someone else's reported clause -----------------------


@pytest.mark.parametrize(
    "text, outer",
    [
        ("A witness said the director instructed employees not to disclose the hack.", "said"),
        ("People familiar with the session said the counsel criticized the letter.", "said"),
        ("The report said the minister had urged officials to delay the vote.", "said"),
    ],
)
def test_a_speech_act_inside_a_statement_is_part_of_it(nlp, text, outer):
    assert [s.cue for s in run_pipeline(nlp, text)._.statements] == [outer]


def test_a_speech_act_on_its_own_is_a_statement(nlp):
    assert [s.cue for s in run_pipeline(nlp, "The director instructed employees not to disclose the hack.")._.statements] == [
        "instructed"
    ]


@pytest.mark.parametrize(
    "text, words",
    [
        ("Sotomayor has said that “a wise Latina” can bring different perspectives to the bench.",
         "“a wise Latina” can bring different perspectives to the bench"),
        ('He argued that "every candidate on the stage" favored some sort of legalization.',
         '"every candidate on the stage" favored some sort of legalization'),
    ],
)
def test_a_clause_opening_with_a_quotation_is_one_statement_with_its_marks(nlp, text, words):
    assert [(s.direct, s.text) for s in run_pipeline(nlp, text)._.statements] == [(False, words)]


@pytest.mark.parametrize(
    "text",
    [
        "After the vote was counted on Tuesday night, the senator said.",
        "Regarding the exchanges between the aides, the campaign said in a statement.",
        "As the crowds walked down the avenue lined with old cafes, the mayor told reporters.",
    ],
)
def test_an_opening_adverbial_of_the_cue_is_not_what_was_said(nlp, text):
    assert run_pipeline(nlp, text)._.statements == []


def test_a_clause_before_the_cue_is_still_what_was_said(nlp):
    found = _statements(nlp, "If the talks fail, the union will strike, its leader said.")
    assert found == [(False, "its leader", "If the talks fail, the union will strike")]


def test_a_subordinate_clause_with_its_main_clause_is_what_was_said(nlp):
    found = _statements(nlp, "When the vote comes, we will win the seat, the candidate said.")
    assert found == [(False, "the candidate", "When the vote comes, we will win the seat")]


@pytest.mark.parametrize(
    "text, inside",
    [
        ('“It is so shameful," the father said. "We are sad."', ["It is so shameful", "We are sad."]),
        ("They would “definitely not support\" him in the fall.", ["definitely not support"]),
        ('“He said "no" to me twice,” she said.', ['He said "no" to me twice']),
    ],
)
def test_a_curly_mark_closed_by_a_straight_one_is_one_quotation(text, inside):
    assert [text[q.start : q.end] for q in find_quotes(text)] == inside


def test_a_mixed_mark_quotation_keeps_its_cue_outside(nlp):
    found = _statements(nlp, '“It is so shameful that you ignored my call," Smegielski said.')
    assert found == [(True, "Smegielski", "It is so shameful that you ignored my call")]


@pytest.mark.parametrize(
    "text, speaker, cue",
    [
        ("“We are not going anywhere,” she quipped.", "she", "quipped"),
        ("“Silly boys acting like they have never seen a girl before,” scoffed Arianna Gil, who helped found "
         "the group. “They all think they are rebels.”",
         "Arianna Gil", "scoffed"),
        ("“Nobody reads the fine print,” the lawyer muttered.", "the lawyer", "muttered"),
    ],
)
def test_a_manner_of_speaking_beside_a_quotation_is_its_cue(nlp, text, speaker, cue):
    statements = run_pipeline(nlp, text)._.statements
    assert [(s.direct, s.source.name, s.cue) for s in statements] == [(True, speaker, cue)]


@pytest.mark.parametrize(
    "text, cue, words",
    [
        ("Mr. Rubin asked the students if they were always so serious.", "asked", "if they were always so serious"),
        ("Quintanilla asked Carson about his ties to a supplement maker.", "asked", "his ties to a supplement maker"),
        ("She wondered whether the deal would hold through the winter.", "wondered",
         "whether the deal would hold through the winter"),
    ],
)
def test_a_question_asked_is_what_was_said(nlp, text, cue, words):
    assert [(s.cue, s.text) for s in run_pipeline(nlp, text)._.statements] == [(cue, words)]


def test_asking_someone_over_makes_no_statement(nlp):
    assert run_pipeline(nlp, "The mayor asked the governor to the ceremony on Friday.")._.statements == []


@pytest.mark.parametrize(
    "text, words",
    [
        ('Most voters said she "cares about people like me," according to a poll conducted in February.',
         'Most voters said she "cares about people like me,"'),
        ("The suspect fled on foot according to the police.", "The suspect fled on foot"),
        ("According to the police, the suspect fled on foot.", "the suspect fled on foot"),
    ],
)
def test_according_to_reports_the_words_of_its_own_sentence(nlp, text, words):
    found = [s.text for s in run_pipeline(nlp, text)._.statements if s.cue == "according to"]
    assert found == [words]


def test_a_relay_after_a_quoted_clause_is_not_part_of_it(nlp):
    found = [s.text for s in run_pipeline(nlp, 'Voters said she "cares about people," according to a poll.')._.statements if s.cue == "said"]
    assert found == ['she "cares about people,"']


@pytest.mark.parametrize(
    "text",
    [
        "“The first loser of such a policy would be the United States,” he continued. “If this guy closes the borders, he is crazy.”",
        "“A lot of people were upset with the idea,” said former Rep. George Miller (D-Calif.), one of the original "
        "negotiators, along with retired Rep. John Boehner (R-Ohio) and retired Sen. Judd Gregg (R-N.H.). “They said it was the state’s job.”",
    ],
)
def test_a_quotation_broken_by_its_cue_is_one_statement(nlp, text):
    direct = [s for s in run_pipeline(nlp, text)._.statements if s.direct]
    assert len(direct) == 1 and direct[0].text.endswith(("crazy.", "job."))


@pytest.mark.parametrize(
    "text, speaker, words",
    [
        ("The changes, which officials said will take effect in May, will not apply to everyone.", "officials",
         "which officials said will take effect in May"),
        ("The governor vetoed a bill, which critics said was unfair to students.", "critics",
         "which critics said was unfair to students"),
    ],
)
def test_a_relative_clause_reported_by_someone_is_their_statement(nlp, text, speaker, words):
    assert _statements(nlp, text) == [(False, speaker, words)]


@pytest.mark.parametrize(
    "text, source, words",
    [
        ("As The Washington Post reported on Tuesday, the State Department issued subpoenas to the foundation.",
         "The Washington Post", "the State Department issued subpoenas to the foundation"),
        ("Mr. Trump voiced support for the invasion in 2002, as BuzzFeed News first reported.", "BuzzFeed News",
         "Mr. Trump voiced support for the invasion in 2002"),
        ("As the senator noted last week, the fund has run dry twice since 2010.", "the senator",
         "the fund has run dry twice since 2010"),
    ],
)
def test_as_x_reported_reports_the_clause_it_stands_in(nlp, text, source, words):
    assert _statements(nlp, text) == [(False, source, words)]


def test_an_as_clause_of_time_reports_nothing(nlp):
    assert run_pipeline(nlp, "As the crowd cheered, he left the stage.")._.statements == []


@pytest.mark.parametrize(
    "text, speaker, words",
    [
        ("He's said he gets his ideas about monetary policy from a speech.", "He",
         "he gets his ideas about monetary policy from a speech"),
        ("She’s claimed that the vote in the county was rigged.", "She", "the vote in the county was rigged"),
    ],
)
def test_a_contracted_has_before_the_cue_is_no_passive(nlp, text, speaker, words):
    assert _statements(nlp, text) == [(False, speaker, words)]


def test_it_is_said_names_no_speaker(nlp):
    assert run_pipeline(nlp, "It's said that the castle is haunted.")._.statements == []


# -- a reported clause opened by a gerund subject -----------------------------------------------


@pytest.mark.parametrize(
    "text, words",
    [
        ("The ministers have said cutting steel output must be a priority this year.",
         "cutting steel output must be a priority this year"),
        ("The chief said moving the depot would cost the town two years.", "moving the depot would cost the town two years"),
    ],
)
def test_a_clause_with_a_gerund_subject_is_what_was_said(nlp, text, words):
    assert any(w == words for _, _, w in _statements(nlp, text))
