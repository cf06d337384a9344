"""Verbs of intention and its refusal as cues: "declined to comment", "sought to calm ...".

Made-up sentences. The content of such a cue is its infinitive, "to" included;
the same verbs with no infinitive report nothing, and inside someone else's
statement the intention is part of that statement.
"""

from __future__ import annotations

import pytest

from conftest import run_pipeline


def _statements(nlp, text: str):
    return [(s.source.name if s.source else None, s.cue, s.text) for s in run_pipeline(nlp, text)._.statements]


@pytest.mark.parametrize(
    "text, source, cue, content",
    [
        ("The county clerk declined to comment on the audit.", "The county clerk", "declined", "to comment on the audit"),
        ("Harmon, who declined to comment, left the hearing early.", "Harmon", "declined", "to comment"),
        ("The governor refused to sign the spending bill on Friday.", "The governor", "refused", "to sign the spending bill on Friday"),
        ("The union would prefer to wait for the ruling.", "The union", "prefer", "to wait for the ruling"),
        ("Local party leaders are hoping to win back the suburbs in November.", "Local party leaders", "hoping",
         "to win back the suburbs in November"),
        ("The senator had hoped to finish the tour by Sunday.", "The senator", "hoped", "to finish the tour by Sunday"),
    ],
)
def test_an_intention_reports_its_infinitive(nlp, text, source, cue, content):
    assert (source, cue, content) in _statements(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Turnout declined sharply in the northern counties.",
        "The border guards refused entry to the reporters.",
        "The company sought to expand into Asia last year.",
        "A shop owner, who declined to be named, said sales had halved.",
        "An aide who requested anonymity described the talks.",
        "Membership has declined every year since 2010.",
    ],
)
def test_the_same_verbs_without_an_infinitive_report_nothing(nlp, text):
    # "said sales had halved" stays a statement; the verbs of intention make none.
    assert not [cue for _, cue, _ in _statements(nlp, text) if cue != "said"]


def test_a_participle_speaks_for_the_noun_it_modifies(nlp):
    found = _statements(nlp, "Most of the money came from small donors hoping to see a change in Washington.")
    assert ("small donors", "hoping", "to see a change in Washington") in found


def test_an_intention_inside_a_statement_is_part_of_it(nlp):
    found = _statements(nlp, "The mayor said the council had refused to raise taxes again this year.")
    assert found == [("The mayor", "said", "the council had refused to raise taxes again this year")]
