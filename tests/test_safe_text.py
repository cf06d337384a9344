"""Text from an article reaches a terminal without anything a terminal would act on or reorder."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsledger.safe_text import c1_positions, visible, visible_offset

BIDI = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"


@pytest.mark.parametrize("char", list(BIDI))
def test_a_bidi_override_is_shown_not_obeyed(char):
    # Given a figure behind a right-to-left override, when it is shown, then the override is spelled out.
    shown = visible(f"killed: {char}0021 people")
    assert char not in shown
    assert f"\\u{ord(char):04x}" in shown


def test_letters_of_other_scripts_and_marks_stay_as_written():
    # Arabic, Hebrew and Korean text need no override to read right: only the controls are touched.
    text = "قال المسؤولون 12 · אמרו · 서울 — “quoted” ‘x’ é ß\n\ttab"
    assert visible(text) == text


@given(st.text(alphabet=st.sampled_from(list("ab \n\t\x1b\x07\x9b\x85\x7f" + BIDI + "é"))))
def test_every_character_keeps_its_place_after_widening(text):
    shown = visible(text)
    where = c1_positions(text)
    for i, ch in enumerate(text):
        if ch in "abé \n\t":
            assert shown[visible_offset(i, where)] == ch
    assert visible_offset(len(text), where) == len(shown)
    assert not re.search("[\x00-\x08\x0b-\x1f\x7f-\x9f" + BIDI + "]", shown)


def test_show_keeps_the_highlight_on_the_claim_after_a_bidi_override(tmp_path):
    from test_cli_reliability import _in_terminal

    from newsledger.records import ArticleRecord, ClaimRecord, Quantity
    from newsledger.store import open_store

    db = str(tmp_path / "ledger.db")
    text = "A \u202e B and \x9b C. Officials said 12 people were hurt."
    start = text.index("12 people")
    article = ArticleRecord(article_id="bidi", id="bidi", text=text, published="2025-04-01")
    claim = ClaimRecord(
        article_id="bidi", span=(start, start + 9), text="12 people", sentence_span=(0, len(text)),
        quantity=Quantity(value=12.0),
    )
    with open_store(db) as store:
        store.write([([article, claim], None)])
    status, out = _in_terminal("show", "bidi", "--db", db)
    shown = out.decode("utf-8")
    assert status == 0
    assert "\u202e" not in shown and "\\u202e" in shown
    assert "12 people" in re.findall(r"\x1b\[[0-9;]*43m([^\x1b]*)\x1b\[0m", shown)
