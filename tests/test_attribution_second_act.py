"""Two speech acts in one sentence: "She said the plan was rushed and insisted that ...".

Made-up sentences. A speech verb joined to a reported clause with no subject of
its own is a second act of the same speaker, not part of what was said: the
first statement ends before it and the second has the speaker as its source.
"""

from __future__ import annotations

import pytest

from conftest import run_pipeline


def _statements(nlp, text: str):
    return [(s.source.name if s.source else None, s.cue, s.text) for s in run_pipeline(nlp, text)._.statements]


@pytest.mark.parametrize(
    "text, first, second",
    [
        ("The mayor said the bridge will reopen in May and insisted that the repairs were on budget.",
         ("The mayor", "said", "the bridge will reopen in May"),
         ("The mayor", "insisted", "the repairs were on budget")),
        ("Ms. Okafor said the audit was incomplete and said voters deserved a full count.",
         ("Ms. Okafor", "said", "the audit was incomplete"),
         ("Ms. Okafor", "said", "voters deserved a full count")),
        ("The senator said he will vote against the bill, arguing that it cuts rural hospitals.",
         ("The senator", "said", "he will vote against the bill"),
         ("The senator", "arguing", "it cuts rural hospitals")),
    ],
)
def test_a_second_speech_act_is_a_statement_of_the_same_speaker(nlp, text, first, second):
    found = _statements(nlp, text)
    assert first in found and second in found, found


@pytest.mark.parametrize(
    "text, content",
    [
        ("The coach said the team trained hard and agreed to the new schedule.",
         "the team trained hard and agreed to the new schedule"),
        ("The official said the firm lost money and closed two plants.", "the firm lost money and closed two plants"),
    ],
)
def test_other_joined_verbs_stay_in_the_reported_clause(nlp, text, content):
    found = _statements(nlp, text)
    assert found[0][2] == content and len(found) == 1, found
