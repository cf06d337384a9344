"""Headlines and paragraphs are sentences of their own; hard-wrapped lines are not."""

from __future__ import annotations


def _sents(nlp, text):
    return [s.text.strip() for s in nlp(text).sents]


def test_a_headline_does_not_run_into_the_first_sentence(nlp):
    text = "Storm cuts power to thousands in coastal towns\n\nAbout 40,000 homes lost power on Monday, the utility said."
    sents = _sents(nlp, text)
    assert sents[0] == "Storm cuts power to thousands in coastal towns"
    assert sents[1].startswith("About 40,000 homes")


def test_a_crosshead_on_a_single_line_break_is_its_own_sentence(nlp):
    text = "Talks resumed on Friday.\nDeepening ties\nThe two sides signed a trade pact worth $2 billion."
    assert "Deepening ties" in _sents(nlp, text)


def test_hard_wrapped_lines_keep_the_sentence_whole(nlp):
    text = (
        "The ministry said that more than 1,200 people had been\n"
        "evacuated from villages along the river, and that officials in\n"
        "Paris were sending aid."
    )
    sents = _sents(nlp, text)
    assert len(sents) == 1, sents


def test_the_claims_of_a_headline_and_the_body_get_separate_sentences(extractor):
    from newsledger.ingest.article import RawArticle
    from newsledger.records import ClaimRecord

    text = "Fire destroys 40 homes\n\nCrews saved about 200 homes on Tuesday, officials said."
    (records,) = list(extractor.process([RawArticle(text=text, published="2025-06-05")]))
    claims = {c.text: c for c in records if isinstance(c, ClaimRecord)}
    assert claims["40"].sentence_span != claims["about 200"].sentence_span
    assert claims["40"].source is None
