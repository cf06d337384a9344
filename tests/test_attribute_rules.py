"""The lookup attribute ruler (nlp/attribute_rules.py) gives what spaCy's Matcher-driven ruler gives.

Given the same rules, when a Doc passes through both rulers, then the match lists
are the same list and every token comes out with the same part of speech,
morphology, lemma, tag and dependency. The rules are the model's own and rules
of every shape the table compiles (membership, exclusion, regular expressions,
flags, two-token rules, negative targets); rules it cannot compile fall back to
the Matcher.
"""

from __future__ import annotations

import spacy
from hypothesis import given, settings
from hypothesis import strategies as st
from spacy.pipeline.attributeruler import AttributeRuler

from newsledger.nlp import attribute_rules
from newsledger.nlp.attribute_rules import LookupAttributeRuler, use_lookup_ruler
from newsledger.nlp.pipeline import load_base

# Sentences of our own in the shapes the English rules single out: contractions and
# colloquial forms, expletive "there", determiners standing alone, auxiliaries,
# runs of white space, tabs and line breaks, and plain wire copy.
SENTENCES = [
    "Y'all gonna see it, ain't ya? Let's go now, c'mon.",
    "Nothin' doin', said the farmer, who's gotta sell the herd by Friday.",
    "There's a backlog at the port and there were 40 ships waiting on Monday.",
    "Which of them won? That is what the committee wants to know.",
    "She gets the job; he got nothing.  Two  spaces\n\n\tthen a tab.",
    "SEOUL, April 30 (Yonhap) -- North Korea has sent about 1,500 troops to Russia, the spy agency said.",
    "The bank's rate rose 0.25 percentage point to 4.5%, its highest since 2008.",
    "  \n  ",
    "",
]


def _annotations(doc):
    return [(t.pos, t.morph.key, t.lemma, t.tag, t.dep) for t in doc]


def test_the_models_rules_compile_into_the_lookup_table():
    nlp = load_base()
    assert use_lookup_ruler(nlp)
    ruler = nlp.get_pipe("attribute_ruler")
    assert isinstance(ruler, LookupAttributeRuler)
    assert ruler._compiled() is not None, "every rule of the English model has a shape the table knows"
    assert nlp.pipe_names == load_base().pipe_names, "the pipe keeps its name and its place"


def test_a_second_replacement_leaves_the_pipeline_as_it_is():
    nlp = load_base()
    assert use_lookup_ruler(nlp)
    assert not use_lookup_ruler(nlp)
    assert not use_lookup_ruler(spacy.blank("en"))


def test_the_models_rules_give_the_same_tokens_as_spacys_ruler():
    fast, ref = load_base(), load_base()
    use_lookup_ruler(fast)
    for a, b in zip(fast.pipe(SENTENCES), ref.pipe(SENTENCES)):
        assert _annotations(a) == _annotations(b), a.text


def test_the_models_rules_give_the_same_match_list_as_the_matcher():
    nlp = load_base()
    use_lookup_ruler(nlp)
    ruler = nlp.get_pipe("attribute_ruler")
    for doc in nlp.pipe(SENTENCES, disable=["attribute_ruler", "lemmatizer"]):
        assert ruler.match(doc) == AttributeRuler.match(ruler, doc), doc.text


# -- rules of every compiled shape, on a blank pipeline (no tags: the rules test the words) ----

WORDS = ["the", "The", "ai", "n't", "nt", "gon", "na", "y'", "all", "x1", "42", "-", ",", " ", "Rome"]

TOKEN_TESTS = st.one_of(
    st.builds(lambda w: {"LOWER": w.lower()}, st.sampled_from(WORDS)),
    st.builds(lambda w: {"ORTH": w}, st.sampled_from(WORDS)),
    st.builds(lambda ws: {"LOWER": {"IN": [w.lower() for w in ws]}}, st.lists(st.sampled_from(WORDS), min_size=1, max_size=3)),
    st.builds(lambda ws: {"ORTH": {"NOT_IN": ws}}, st.lists(st.sampled_from(WORDS), min_size=1, max_size=3)),
    st.sampled_from([{"LOWER": {"REGEX": "^n'?t$"}}, {"ORTH": {"REGEX": "[0-9]"}}, {"SHAPE": {"REGEX": "^X"}}]),
    st.sampled_from([{"IS_PUNCT": True}, {"IS_SPACE": True}, {"IS_DIGIT": False}, {"LIKE_NUM": True}]),
)
TOKEN_PATTERNS = st.builds(lambda a, b: {**a, **b}, TOKEN_TESTS, st.one_of(st.just({}), TOKEN_TESTS))
RULES = st.lists(
    st.tuples(st.lists(st.lists(TOKEN_PATTERNS, min_size=1, max_size=2), min_size=1, max_size=2),
              st.sampled_from([0, -1])),
    min_size=1, max_size=8,
)


def _rulers(rules):
    nlp = spacy.blank("en")
    fast = LookupAttributeRuler(nlp.vocab)
    ref = AttributeRuler(nlp.vocab)
    for n, (patterns, index) in enumerate(rules):
        # A two-token pattern in a rule can take index 1 too; a one-token one cannot.
        attrs = {"LEMMA": f"rule{n}", "NORM": f"norm{n}"}
        for ruler in (fast, ref):
            ruler.add(patterns, attrs, index=index)
    return nlp, fast, ref


@settings(max_examples=150, deadline=None)
@given(rules=RULES, words=st.lists(st.sampled_from(WORDS), min_size=0, max_size=12))
def test_rules_of_every_compiled_shape_match_as_the_matcher(rules, words):
    nlp, fast, ref = _rulers(rules)
    assert fast._compiled() is not None
    doc_a = spacy.tokens.Doc(nlp.vocab, words=words)
    doc_b = spacy.tokens.Doc(nlp.vocab, words=words)
    assert fast.match(doc_a) == ref.match(doc_b)
    fast(doc_a)
    ref(doc_b)
    assert [(t.lemma_, t.norm_) for t in doc_a] == [(t.lemma_, t.norm_) for t in doc_b]


def test_later_rules_win_over_earlier_ones_on_the_same_token():
    nlp, fast, ref = _rulers([([[{"LOWER": "rome"}]], 0), ([[{"ORTH": "Rome"}]], 0)])
    doc = fast(spacy.tokens.Doc(nlp.vocab, words=["in", "Rome"]))
    assert doc[1].lemma_ == "rule1"


def test_a_rule_added_after_use_is_applied():
    nlp, fast, _ = _rulers([([[{"LOWER": "rome"}]], 0)])
    fast(spacy.tokens.Doc(nlp.vocab, words=["Rome"]))
    fast.add([[{"LOWER": "paris"}]], {"LEMMA": "city"})
    doc = fast(spacy.tokens.Doc(nlp.vocab, words=["Paris", "Rome"]))
    assert [t.lemma_ for t in doc] == ["city", "rule0"]


def test_a_rule_the_table_cannot_compile_sends_the_whole_ruler_to_the_matcher():
    # An operator ("OP") is a shape of the Matcher the table does not know.
    nlp, fast, ref = _rulers([([[{"LOWER": "very", "OP": "+"}, {"LOWER": "good"}]], -1), ([[{"LOWER": "rome"}]], 0)])
    assert fast._compiled() is None
    words = ["very", "very", "good", "Rome"]
    a = fast(spacy.tokens.Doc(nlp.vocab, words=words))
    b = ref(spacy.tokens.Doc(nlp.vocab, words=words))
    assert [t.lemma_ for t in a] == [t.lemma_ for t in b] == ["", "", "rule0", "rule1"]


def test_the_signature_memo_is_bounded_and_still_right(monkeypatch):
    monkeypatch.setattr(attribute_rules, "_MEMO_LIMIT", 3)
    nlp, fast, ref = _rulers([([[{"LOWER": {"IN": ["a", "b", "c", "d", "e"]}}]], 0)])
    words = ["a", "b", "c", "d", "e", "f", "a"]
    a = fast(spacy.tokens.Doc(nlp.vocab, words=words))
    b = ref(spacy.tokens.Doc(nlp.vocab, words=words))
    assert [t.lemma_ for t in a] == [t.lemma_ for t in b]
    assert len(fast._compiled().memo) <= 3
