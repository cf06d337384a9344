"""Quotations as statements: a quote broken by its cue, a quote run over paragraphs, quoted words inside a reported clause."""

from __future__ import annotations

import pytest

from conftest import run_pipeline


def _direct(nlp, text: str):
    return [s for s in run_pipeline(nlp, text)._.statements if s.direct]


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("“We will not leave,” she said, “until the last family is safe.”", "she"),
        ("“The bridge is closed,” the mayor told reporters on Monday, “and it will stay closed for weeks.”", "the mayor"),
        ("\"Prices will rise,\" said Anna Weber, an economist at the bank, \"at least until the spring.\"", "Anna Weber"),
        ("“We are ready,” the coach said. “We have been ready for weeks.”", "the coach"),
    ],
)
def test_quote_broken_by_its_cue_is_one_statement(nlp, text, speaker):
    found = _direct(nlp, text)
    assert len(found) == 1, [s.text for s in found]
    st = found[0]
    # The span runs from inside the first opening mark to inside the last closing one,
    # so it holds the interrupting cue too.
    assert text[st.span[0] : st.span[1]] == st.text
    assert text[st.span[0] - 1] in "“\"" and text[st.span[1]] in "”\".,"
    assert st.source is not None and st.source.name == speaker


def test_two_speakers_stay_two_statements(nlp):
    text = "“The deal is dead,” said the senator. “It is alive and well,” the governor replied."
    found = _direct(nlp, text)
    assert [s.source.name for s in found] == ["the senator", "the governor"]


def test_two_quotes_of_one_sentence_without_cue_between_stay_apart(nlp):
    text = "The minister called the plan “reckless and cruel” and the vote “a stain on this parliament and its members”."
    found = _direct(nlp, text)
    assert len(found) <= 2
    assert all("and the vote" not in s.text for s in found)


def test_quote_run_over_paragraphs_is_one_statement(nlp):
    text = (
        "The governor spoke for ten minutes. She said:\n\n"
        "“We have rebuilt every school on the coast.\n\n"
        "“We will rebuild every clinic by the end of next year.”\n\n"
        "The opposition was not convinced."
    )
    found = _direct(nlp, text)
    assert len(found) == 1, [s.text for s in found]
    st = found[0]
    assert st.text.startswith("We have rebuilt") and st.text.endswith("next year.")
    assert st.source is not None and st.source.name == "She"


def test_closed_quote_then_new_paragraph_quote_are_two(nlp):
    text = "“We lost the vote,” the leader said.\n\n“Next year we will win it,” her deputy said."
    found = _direct(nlp, text)
    assert len(found) == 2


@pytest.mark.parametrize(
    "text, quoted",
    [
        ("The spokeswoman said the candidate has “always run a lean campaign and will keep doing so.”", "always run"),
        ("Aid workers said the camp was “overflowing with families who have nowhere else to go.”", "overflowing"),
        ("The senator argued that the bill would “gut the budget of every rural school district.”", "gut the budget"),
    ],
)
def test_quoted_words_inside_a_reported_clause_are_that_statement(nlp, text, quoted):
    statements = run_pipeline(nlp, text)._.statements
    assert len(statements) == 1, [s.text for s in statements]
    assert not statements[0].direct and quoted in statements[0].text


@pytest.mark.parametrize(
    "text, speaker, cue",
    [
        ("“We rebuilt the school in a year, and we will rebuild the clinic too,” the mayor explains.", "the mayor", "explains"),
        ("“Nobody saw the water coming until it was at the door,” one resident noted.", "one resident", "noted"),
        ("“Great,” the coach added.", "the coach", "added"),
    ],
)
def test_weak_cue_after_a_quote_whose_comma_is_inside_the_marks(nlp, text, speaker, cue):
    found = _direct(nlp, text)
    assert [(s.source.name, s.cue) for s in found if s.source] == [(speaker, cue)]


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("The senator thanked the volunteers for “stepping up when nobody else would.”", "The senator"),
        ("She called the new law “a crucial step forward.”", "She"),
        ("Critics described the budget as “a gift to the richest families in the country.”", "Critics"),
    ],
)
def test_quote_in_a_clause_is_its_subjects_words(nlp, text, speaker):
    # A direct statement, or the speech act's own statement that holds the quotation.
    found = [s for s in run_pipeline(nlp, text)._.statements if "“" in text[s.span[0] - 1 : s.span[1]]]
    assert found and found[0].source is not None and found[0].source.name == speaker


@pytest.mark.parametrize(
    "text",
    [
        "The army launched a “special operation” in the east.",
        "The so-called “peace plan” was never published.",
    ],
)
def test_scare_quotes_under_any_verb_are_no_statements(nlp, text):
    assert _direct(nlp, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Viewers of “Midday With The Morning Crew Tonight” stayed late.",
        "Protesters waved signs reading “MAKE THE CITY SAFE AGAIN NOW” outside.",
    ],
)
def test_unattributed_titles_are_no_statements(nlp, text):
    assert _direct(nlp, text) == []


def test_title_then_speaker_with_his_own_clause_stays_apart(nlp):
    text = (
        "Speaking on the show “Sunday Morning Live,” the senator said the budget was late. "
        "“We will fix it before the summer recess begins,” he added."
    )
    found = _direct(nlp, text)
    assert all("the budget was late" not in s.text for s in found)


def test_quote_paragraph_after_a_blank_line_carries_the_speaker(nlp):
    text = "“We will win this seat,” the candidate said on Friday.\n\n“Nobody in this county has been listened to for years.”"
    found = _direct(nlp, text)
    assert len(found) == 2
    assert found[1].source is not None and found[1].source.name == "the candidate" and found[1].source.span is None


def test_points_out_after_a_quote(nlp):
    text = "“Turnout fell in every district we looked at,” the analyst points out."
    found = _direct(nlp, text)
    assert found and found[0].source.name == "the analyst" and found[0].cue == "points out"


def test_quote_paragraph_after_reported_speech_is_the_speakers(nlp):
    text = (
        "The union leader said the strike would go on until Friday.\n\n"
        "“Nobody goes back to work until the offer is on the table.”\n\n"
        "Talks resumed on Monday. “Some rooms were too cold to work in,” a nurse said later."
    )
    found = _direct(nlp, text)
    assert found[0].source is not None and found[0].source.name == "The union leader"
    assert found[1].source.name == "a nurse"
