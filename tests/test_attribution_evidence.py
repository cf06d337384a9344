"""Records and polls as sources ("a new poll shows ...", "..., court records show."), and
headline colons that are a page's label or the writer's lead-in, not a speaker.

Made-up sentences, each rule in several shapes.
"""

from __future__ import annotations

import pytest

from conftest import run_pipeline


def _statements(nlp, text: str):
    return [(s.source.name if s.source else None, s.cue, s.text) for s in run_pipeline(nlp, text)._.statements]


@pytest.mark.parametrize(
    "text, source, content",
    [
        ("A Quinnipiac poll released Tuesday shows the governor with a narrow lead in Ohio.", "A Quinnipiac poll",
         "the governor with a narrow lead in Ohio"),
        ("The survey showed broad support for the transit levy.", "The survey", "broad support for the transit levy"),
        ("Flight records show two trips to Nevada in March.", "Flight records", "two trips to Nevada in March"),
    ],
)
def test_what_a_record_shows_is_its_content(nlp, text, source, content):
    found = _statements(nlp, text)
    assert any(src is not None and src.startswith(source) and words == content for src, _, words in found), found


@pytest.mark.parametrize(
    "text",
    [
        "The senator showed her badge to the guard at the gate.",
        "The band showed real promise in its first season.",
    ],
)
def test_showing_a_thing_is_no_statement(nlp, text):
    assert _statements(nlp, text) == []


@pytest.mark.parametrize(
    "text, source, cue",
    [
        ("The company paid $2 million for the land in 2014, court records show.", "court records", "show"),
        ("The plane flew 216 hours last year, flight logs showed.", "flight logs", "showed"),
    ],
)
def test_records_show_after_the_content(nlp, text, source, cue):
    found = _statements(nlp, text)
    assert len(found) == 1 and found[0][0] == source and found[0][1] == cue
    assert found[0][2].endswith(" 2014") or found[0][2].endswith("last year")


@pytest.mark.parametrize(
    "text",
    [
        "Breaking: Senate passes the budget after a long night\n\nThe vote came at 3 a.m.",
        "Watch: The mayor tours the flooded streets\n\nWater rose overnight.",
        "At issue: a rule that would change how delegates are bound\n\nThe committee meets today.",
        "For context: the lead is three times the one in 2008\n\nThe race goes on.",
        "Iowa: Ann Baker, Tom Carr, Jo Diaz, Lee Ford, Sam Gray\n\nThe list is long.",
    ],
)
def test_a_page_label_or_lead_in_before_a_colon_is_no_speaker(nlp, text):
    assert not any(cue == ":" for _, cue, _ in _statements(nlp, text))


@pytest.mark.parametrize(
    "text, name",
    [
        ("Judicial Watch: Agency hid key emails for years\n\nThe group sued in May.", "Judicial Watch"),
        ("Poll: Three Senate races are tight\n\nThe survey ended Sunday.", "Poll"),
    ],
)
def test_a_name_before_a_headline_colon_still_speaks(nlp, text, name):
    assert any(src == name and cue == ":" for src, cue, _ in _statements(nlp, text))
