"""Statements: direct quotations in every quote style, and reported speech."""

from __future__ import annotations

import pytest

from newsledger.nlp.quotes import find_quotes
from conftest import run_pipeline


def _statements(nlp, text: str):
    return run_pipeline(nlp, text)._.statements


# -- finding quotations -------------------------------------------------------------


@pytest.mark.parametrize(
    "text, inside",
    [
        ("He said: “We will win.” Then he left.", "We will win."),
        ('She said "the deal is done" and hung up.', "the deal is done"),
        ("The banner read ‘never again’ in red.", "never again"),
        ("Il a dit «nous resterons» hier.", "nous resterons"),
        ("Sie sagte: „Wir schaffen das“ und ging.", "Wir schaffen das"),
        ("Sie sagte: „Wir schaffen das” und ging.", "Wir schaffen das"),
        ("Er sagte »wir bleiben« am Abend.", "wir bleiben"),
    ],
)
def test_quote_styles(text, inside):
    quotes = find_quotes(text)
    assert [text[q.start : q.end] for q in quotes] == [inside]
    assert quotes[0].close_at is not None


def test_plural_possessive_inside_a_single_quote():
    text = "The banner read ‘the workers’ fight is our fight’ in red letters."
    assert [text[q.start : q.end] for q in find_quotes(text)] == ["the workers’ fight is our fight"]
    text = "He called it ‘the soldiers’ and left’s end."
    assert [text[q.start : q.end] for q in find_quotes(text)] == ["the soldiers"]


def test_french_spaced_guillemets():
    text = "« Nous ne céderons pas », a déclaré le ministre. \"We will not give in,\" he said."
    assert [text[q.start : q.end] for q in find_quotes(text)] == ["Nous ne céderons pas", "We will not give in"]


def test_apostrophes_are_not_quotes():
    text = "Russia’s troops and the soldiers’ families met at the Kremlin’s gate."
    assert find_quotes(text) == []


def test_unclosed_quote_runs_to_the_paragraph_end():
    text = "“We will fight on the beaches, we will never surrender.\n“We shall go on to the end,” he said."
    quotes = find_quotes(text)
    assert text[quotes[0].start : quotes[0].end] == "We will fight on the beaches, we will never surrender."
    assert quotes[0].close_at is None
    assert text[quotes[1].start : quotes[1].end] == "We shall go on to the end"


def test_unclosed_quote_at_text_end():
    text = "The mayor said: “Nobody expected this"
    quotes = find_quotes(text)
    assert len(quotes) == 1 and text[quotes[0].start : quotes[0].end] == "Nobody expected this"


# -- direct statements ----------------------------------------------------------------------


def _direct(statements):
    return [s for s in statements if s.direct]


def test_quote_then_said_speaker(nlp):
    text = "“No country should go through this,” said Ukrainian President Volodymyr Zelensky on Telegram."
    found = _direct(_statements(nlp, text))
    assert len(found) == 1
    st = found[0]
    assert st.text == "No country should go through this"
    assert text[st.span[0] : st.span[1]] == st.text
    assert st.source.entity == "Volodymyr Zelensky" and st.cue == "said"
    assert "Telegram" not in st.source.name


def test_speaker_then_colon_quote(nlp):
    text = "The prime minister said: “We will not raise taxes this year.”"
    st = _direct(_statements(nlp, text))[0]
    assert st.source.name == "The prime minister" and st.cue == "said"


def test_quote_told_with_relay(nlp):
    text = "“He pays maximum attention to the agreements,” Shoigu told Kim, according to the media."
    st = _direct(_statements(nlp, text))[0]
    assert st.source.name == "Shoigu" and st.cue == "told"  # the innermost speaker's words


def test_quote_resumed_after_its_cue_is_one_statement(nlp):
    text = "“We will cut 3,000 jobs,” said Mary Barra, the chief executive. “It is painful. But it is necessary.”"
    found = _direct(_statements(nlp, text))
    assert len(found) == 1
    assert found[0].text.startswith("We will cut 3,000 jobs") and found[0].text.endswith("it is necessary.")
    assert found[0].source.entity == "Mary Barra" and found[0].source.span is not None


def test_quote_inside_reported_clause(nlp):
    text = "The spokesman said the plane was modified, but “its engines may be related to Russia.”"
    found = _direct(_statements(nlp, text))
    assert found and found[0].source.name == "The spokesman"


def test_straight_quotes_and_pronoun_speaker(nlp):
    text = 'Senator Jane Holt spoke for an hour. "This bill is dead," she told reporters.'
    st = _direct(_statements(nlp, text))[0]
    assert st.text == "This bill is dead" and st.source.name == "she" and st.source.entity == "Jane Holt"


def test_unattributed_scare_quotes_are_not_statements(nlp):
    text = "The so-called “special operation” entered its third year."
    assert _direct(_statements(nlp, text)) == []


def test_quote_left_open_to_paragraph_end(nlp):
    text = "The general told troops: “Hold the line until the relief arrives\nReinforcements came on Monday."
    found = _direct(_statements(nlp, text))
    assert found and found[0].text == "Hold the line until the relief arrives"
    assert found[0].source.name == "The general"


# -- indirect statements ---------------------------------------------------------------------


def test_said_that_clause(nlp):
    text = "The United States warned that Russia may be close to sharing satellite technology with North Korea."
    found = [s for s in _statements(nlp, text) if not s.direct]
    assert len(found) == 1
    st = found[0]
    assert st.text == "Russia may be close to sharing satellite technology with North Korea"
    assert st.cue == "warned" and st.source.entity == "United States"


def test_said_without_that(nlp):
    text = "Ukrainian officials said the Russian forces launched a drone attack on Kharkiv."
    st = [s for s in _statements(nlp, text) if not s.direct][0]
    assert st.text == "the Russian forces launched a drone attack on Kharkiv"
    assert st.source.entity == "Ukraine"


def test_content_before_the_cue(nlp):
    text = "Pyongyang also sent ballistic missiles and artillery, South Korea said."
    st = [s for s in _statements(nlp, text) if not s.direct][0]
    assert st.text == "Pyongyang also sent ballistic missiles and artillery"
    assert st.cue == "said" and st.source.entity == "South Korea"


def test_according_to_statement(nlp):
    text = "About four thousand of them were killed or injured in combat, according to Seoul."
    st = [s for s in _statements(nlp, text) if not s.direct][0]
    assert st.cue == "according to" and st.source.entity == "South Korea"
    assert st.text == "About four thousand of them were killed or injured in combat"


def test_anaphoric_subject_statement(nlp):
    text = "Seoul said the drone came from Russia. The country has also announced that aid will increase."
    found = [s for s in _statements(nlp, text) if not s.direct]
    assert [s.source.entity for s in found] == ["South Korea", "South Korea"]
    assert found[1].source.name == "The country" and found[1].cue == "announced"


def test_no_statement_without_a_cue(nlp):
    text = "The drones became a central weapon in the fight between Russia and Ukraine."
    assert _statements(nlp, text) == []


def test_cue_inside_a_quote_is_not_a_new_source(nlp):
    text = "“They said the bridge would hold,” the engineer told the inquiry."
    found = _statements(nlp, text)
    assert all(s.source is None or s.source.name != "They" for s in found)


def test_statements_point_into_the_text(nlp, seed_text):
    statements = _statements(nlp, seed_text)
    assert len(statements) >= 15
    for st in statements:
        assert seed_text[st.span[0] : st.span[1]] == st.text
        assert st.source is None or st.source.span is None or (
            seed_text[st.source.span[0] : st.source.span[1]] == st.source.name
        )
    direct = {s.text for s in statements if s.direct}
    assert any(t.startswith("He pays maximum attention") for t in direct)


from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

_PIECES = [
    "said", "told", "according to", "Seoul", "he", "“", "”", '"', "‘", "’", "«", "»", "„",
    ",", ".", "\n", "the ministry", "reported", "Kim", "that", "300", "officials", "'s", ":",
]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.sampled_from(_PIECES), max_size=40))
def test_any_mix_of_cues_and_quote_marks_never_crashes(nlp, pieces):
    text = " ".join(pieces)
    for s in _statements(nlp, text):
        assert 0 <= s.span[0] <= s.span[1] <= len(text)
        assert text[s.span[0] : s.span[1]] == s.text
        if s.source is not None and s.source.span is not None:
            assert text[s.source.span[0] : s.source.span[1]] == s.source.name


def test_reported_clause_leaves_out_a_relay_on_it(nlp):
    text = "The deputy minister has stated that a visit by the leader is being prepared, according to state media Tass."
    found = {s.cue: s for s in _statements(nlp, text)}
    assert found["stated"].text == "a visit by the leader is being prepared"
    # The medium is the speaker's relay (records v2 source.via), not a second statement.
    assert found["stated"].source.via == "Tass" and "according to" not in found


def test_dateline_is_not_part_of_the_reported_clause(nlp):
    text = "NORTHPORT, May 2, 2025 — At least 9 people died when a ferry capsized, the coast guard said."
    st = [s for s in _statements(nlp, text) if not s.direct][0]
    assert st.text.startswith("At least 9 people died") and st.source.name == "the coast guard"


def test_bare_anaphor_points_back_but_a_new_description_does_not(nlp):
    text = (
        "The Lakeview Transit Authority said 2,600 drivers walked out. "
        "The statistics office said fares rose 4%. The authority said talks would resume."
    )
    by_cue_text = {s.source.name: s.source.entity for s in _statements(nlp, text) if s.source}
    assert by_cue_text["The statistics office"] is None
    assert by_cue_text["The authority"] == "Lakeview Transit Authority"
