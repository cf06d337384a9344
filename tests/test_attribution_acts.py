"""Speech acts without a clause whose content is an object: "cited X as Y", "accused him of Z".

Made-up sentences in several shapes; "..., citing officials" stays a relay.
"""

from __future__ import annotations

import pytest

from conftest import run_pipeline


def _statements(nlp, text: str):
    return [(s.source.name if s.source else None, s.cue, s.text) for s in run_pipeline(nlp, text)._.statements]


@pytest.mark.parametrize(
    "text, source, content",
    [
        ("The two analysts cited the rail group as the likeliest buyer.", "The two analysts", "the rail group as the likeliest buyer"),
        ("Ms. Reyes has cited high rents as the main reason for the move.", "Ms. Reyes", "high rents as the main reason for the move"),
        ("Voters in the county cited crime in a survey last year.", "Voters in the county", "crime"),
    ],
)
def test_what_a_speaker_cites_is_the_content(nlp, text, source, content):
    assert (source, "cited", content) in _statements(nlp, text)


def test_citing_after_a_comma_stays_a_relay(nlp):
    found = _statements(nlp, "The paper said the mill will close, citing two union officials.")
    assert not any(cue == "citing" and text.startswith("two union officials") for _, cue, text in found)


@pytest.mark.parametrize(
    "text, source, cue, content",
    [
        ("The governor accused him of lying about the budget.", "The governor", "accused", "him of lying about the budget"),
        ("The coach blamed them for the late collapse.", "The coach", "blamed", "them for the late collapse"),
    ],
)
def test_the_one_charged_may_be_a_pronoun(nlp, text, source, cue, content):
    assert (source, cue, content) in _statements(nlp, text)


@pytest.mark.parametrize(
    "text, source, content",
    [
        ("The union called on the city council to delay the vote.", "The union", "the city council to delay the vote"),
        ("Two senators called upon the agency to release the files.", "Two senators", "the agency to release the files"),
        ("Last week the bishop called for the mayor to resign.", "the bishop", "the mayor to resign"),
        ("The group calls for banning the pesticide near schools.", "The group", "banning the pesticide near schools"),
    ],
)
def test_who_is_called_on_and_to_do_what(nlp, text, source, content):
    assert any(src == source and words == content for src, _, words in _statements(nlp, text))


def test_calling_on_a_day_is_no_demand(nlp):
    found = _statements(nlp, "She called on Tuesday to ask about the permit.")
    assert not any(words.startswith("Tuesday") for _, _, words in found)


@pytest.mark.parametrize(
    "text, source, cue, content",
    [
        ("The senator mentioned the tax plan twice in her speech.", "The senator", "mentioned", "the tax plan"),
        ("The filing listed three properties and a boat.", "The filing", "listed", "three properties and a boat"),
    ],
)
def test_what_is_mentioned_or_listed_is_the_content(nlp, text, source, cue, content):
    assert (source, cue, content) in _statements(nlp, text)


def test_being_listed_on_an_exchange_is_no_statement(nlp):
    assert _statements(nlp, "The company was listed on the exchange in 2010.") == []
