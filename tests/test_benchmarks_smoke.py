"""The benchmark harness itself: readers, the gold value parser, scorers and floors.

Reader tests read ../shared/eval and skip without it; the rest use made-up news
sentences and synthetic records, so they run anywhere and fast.
"""

from __future__ import annotations

import sys

import pytest

from conftest import EVAL_DIR, ROOT, need_shared

sys.path.insert(0, str(ROOT / "benchmarks"))

import accuracy  # noqa: E402
import goldvalues  # noqa: E402
import meantime  # noqa: E402
import plover  # noqa: E402
from newsledger.records import ClaimRecord, EntityRecord, Quantity, TimeRecord  # noqa: E402


@pytest.fixture(scope="module")
def mt_docs():
    need_shared(EVAL_DIR / "meantime" / "intra_cross-doc_annotation")
    return meantime.read_all(EVAL_DIR / "meantime" / "intra_cross-doc_annotation")


# -- readers -------------------------------------------------------------------


def test_meantime_has_its_120_articles_with_dates(mt_docs):
    assert len(mt_docs) == 120
    assert all(d.creation_date is not None for d in mt_docs)
    assert sum(len(d.timexes) for d in mt_docs) > 300
    assert sum(len(d.values) for d in mt_docs) > 400


def test_meantime_spans_hold_exactly_their_tokens(mt_docs):
    for doc in mt_docs:
        for tok in doc.tokens:
            assert doc.text[tok.start:tok.end] == tok.surface
        for m in (*doc.timexes, *doc.values, *doc.entity_mentions):
            if m.span is None:
                continue
            assert m.text, m
            assert m.text == doc.text[m.span[0]:m.span[1]]
            if m.contiguous:
                # The span text is the tokens with only spacing between them.
                surfaces = [t.surface for t in doc.tokens if t.t_id in set(m.t_ids)]
                assert m.text.replace(" ", "").replace("\n", "") == "".join(surfaces).replace(" ", "")


def test_meantime_gold_lies_in_the_annotated_part(mt_docs):
    for doc in mt_docs:
        assert 0 < doc.annotated_end <= len(doc.text)
        for m in (*doc.timexes, *doc.values):
            if m.span is not None:
                assert doc.annotated(m.span), (doc.name, m)


def test_meantime_entity_mentions_link_to_entities(mt_docs):
    named = [m for d in mt_docs for m in d.entity_mentions if m.syntactic_type in ("NAM", "PRE.NAM")]
    assert len(named) > 1000
    linked = [m for m in named if m.referent]
    assert len(linked) / len(named) > 0.9
    assert {m.ent_type for m in linked} >= {"PER", "ORG", "LOC", "PRO", "FIN"}


def test_plover_reader_finds_sentences_and_casualty_counts():
    path = need_shared(EVAL_DIR / "plover" / "PLOVER_GSR_CAMEO.txt")
    records = plover.read_records(path)
    assert len(records) > 300
    assert all(r.event != "DOCUMENT" and r.text for r in records)
    dead = [r for r in records if r.dead is not None and r.dead.value is not None]
    injured = [r for r in records if r.injured is not None and r.injured.value is not None]
    assert len(dead) >= 10 and len(injured) >= 2
    assert any(a.code for r in records for a in r.sources)


def test_plover_reader_refuses_a_file_that_is_not_a_record_list(tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_text('{"not": "a list"}')
    with pytest.raises(plover.PloverError):
        plover.read_records(bad)


def test_meantime_joiner_writes_news_spacing():
    text, toks = meantime._join([(1, 0, "Boeing"), (2, 0, "'s"), (3, 0, "shares"), (4, 0, "fell"), (5, 0, "3.1"),
                                 (6, 0, "%"), (7, 0, ","), (8, 0, "or"), (9, 0, "US$"), (10, 0, "2"), (11, 0, "billion"),
                                 (12, 0, "."), (13, 1, "``"), (14, 1, "Fine"), (15, 1, "''"), (16, 1, "("), (17, 1, "yes"),
                                 (18, 1, ")")])
    assert text == 'Boeing\'s shares fell 3.1%, or US$2 billion.\n"Fine" (yes)'
    assert all(text[t.start:t.end] == t.surface for t in toks)


# -- the gold value parser (made-up spans, not the corpus) ----------------------------


@pytest.mark.parametrize(
    "text, vtype, value, bound, currency",
    [
        ("$3.2bn", "MONEY", 3.2e9, "exact", "USD"),
        ("€40 million", "MONEY", 4e7, "exact", "EUR"),
        ("£7.5m", "MONEY", 7.5e6, "exact", "GBP"),
        ("about 1,250", "QUANTITY", 1250, "approx", None),
        ("nearly 30 percent", "PERCENT", 30, "upper", None),
        ("at least 12", "QUANTITY", 12, "lower", None),
        ("more than two thousand", "QUANTITY", 2000, "lower", None),
        ("between 10 and 20 percent", "PERCENT", 15, "range", None),
        ("5 to 7 million", "QUANTITY", 6e6, "range", None),
        ("-4.25", "QUANTITY", -4.25, "exact", None),
        ("twenty-five", "QUANTITY", 25, "exact", None),
        ("half a percent", "PERCENT", 0.5, "exact", None),
        ("some of the $9 billion", "MONEY", 9e9, "exact", "USD"),
    ],
)
def test_gold_value_parser(text, vtype, value, bound, currency):
    parsed = goldvalues.parse_gold(text, vtype)
    assert parsed.value == pytest.approx(value)
    assert parsed.bound == bound
    assert parsed.currency == currency


def test_gold_value_parser_leaves_vague_amounts_and_ordinals_unread():
    for text in ("thousands", "dozens of people", "the amount", "3rd"):
        assert goldvalues.parse_gold(text, "QUANTITY").value is None


def test_gold_value_parser_accepts_either_amount_of_an_or_pair_and_cents_both_ways():
    assert set(goldvalues.parse_gold("$12 million, or $0.40", "MONEY").alternatives) == {12e6, 0.40}
    assert set(goldvalues.parse_gold("15 cents", "MONEY").alternatives) == {15, 0.15}


# -- scorers on synthetic documents ------------------------------------------------


def _doc() -> meantime.MeantimeDoc:
    text = "Shares rose 5% on Monday.\nThe firm hired about 300 staff in Ohio last year."
    def span(s: str) -> tuple[int, int]:
        i = text.index(s)
        return (i, i + len(s))
    timexes = (
        meantime.Timex("t1", (1,), span("Monday"), "Monday", True, type="DATE", value="2024-03-04"),
        meantime.Timex("t2", (2,), span("last year"), "last year", True, type="DATE", value="2023"),
    )
    values = (
        meantime.Value("v1", (3,), span("5%"), "5%", True, type="PERCENT"),
        meantime.Value("v2", (4,), span("about 300"), "about 300", True, type="QUANTITY"),
    )
    mentions = (
        meantime.EntityMention("e1", (5,), span("Ohio"), "Ohio", True, syntactic_type="NAM", entity_id="x",
                               ent_type="LOC", instance_id="LOC1"),
    )
    return meantime.MeantimeDoc("1", "synthetic", "c", None, "synthetic.xml", text, (), None, None, timexes, values,
                                mentions, annotated_end=len(text), annotated_sentences=2)


def _ex(doc, times=(), claims=(), entities=()):
    ex = accuracy.Extracted(doc.text)
    ex.times, ex.claims, ex.entities = list(times), list(claims), list(entities)
    return {doc.path: ex}


def _sp(doc, s):
    i = doc.text.index(s)
    return (i, i + len(s))


def test_time_scores_count_spans_and_values():
    doc = _doc()
    times = [TimeRecord("a", _sp(doc, "Monday"), "Monday", "DATE", "2024-03-04"),
             TimeRecord("a", _sp(doc, "last year"), "last year", "DATE", "2022"),
             TimeRecord("a", _sp(doc, "Shares"), "Shares", "DATE", "XXXX")]
    s = accuracy.score_times([doc], _ex(doc, times=times))
    assert s["span_r"] == 1.0 and s["span_p"] == pytest.approx(2 / 3)
    assert s["value_accuracy"] == 0.5 and s["value_accuracy_matched"] == 0.5
    assert accuracy.score_times([doc], _ex(doc))["value_accuracy"] == 0.0


def test_quantity_scores_value_bound_and_unit():
    doc = _doc()
    claims = [ClaimRecord("a", _sp(doc, "5%"), "5%", (0, 25), Quantity(5.0, 5.0, 5.0, "exact", "percent")),
              ClaimRecord("a", _sp(doc, "about 300"), "about 300", (26, 70), Quantity(300.0, None, None, "exact"))]
    s = accuracy.score_quantities([doc], _ex(doc, claims=claims))
    assert s["value_f1"] == 1.0
    assert s["bound_accuracy"] == 0.5  # "about" is approx, the claim said exact
    assert s["unit_accuracy"] == 1.0
    wrong = [ClaimRecord("a", _sp(doc, "5%"), "5%", (0, 25), Quantity(50.0, unit="percent"))]
    s = accuracy.score_quantities([doc], _ex(doc, claims=wrong))
    assert s["span_p"] == 1.0 and s["value_p"] == 0.0 and s["value_r"] == 0.0


def test_entity_scores_mentions_and_types():
    doc = _doc()
    good = [EntityRecord("a", _sp(doc, "Ohio"), "Ohio", "GPE", canonical="Ohio")]
    s = accuracy.score_entities([doc], _ex(doc, entities=good))
    assert s["mention_f1"] == 1.0 and s["typed_f1"] == 1.0 and s["LOC_r"] == 1.0
    mislabelled = [EntityRecord("a", _sp(doc, "Ohio"), "Ohio", "PERSON")]
    s = accuracy.score_entities([doc], _ex(doc, entities=mislabelled))
    assert s["mention_f1"] == 1.0 and s["typed_r"] == 0.0


def test_records_after_the_annotated_part_are_not_counted():
    doc = _doc()
    cut = meantime.MeantimeDoc(**{**doc.__dict__, "annotated_end": doc.text.index("\n")})
    spurious = [TimeRecord("a", _sp(doc, "hired"), "hired", "DATE", "X")]
    assert accuracy.score_times([cut], _ex(cut, times=spurious))["system"] == 0


def test_casualty_kind_reads_measure_and_subject():
    def claim(measure, subject=None):
        return ClaimRecord("a", (0, 1), "3", (0, 1), Quantity(3.0), measure=measure, subject=subject)
    assert accuracy.casualty_kind(claim("people", "people killed in the blast")) == "dead"
    assert accuracy.casualty_kind(claim("deaths")) == "dead"
    assert accuracy.casualty_kind(claim("soldiers wounded")) == "injured"
    assert accuracy.casualty_kind(claim("homes")) is None


# -- floors --------------------------------------------------------------------------


def test_floor_check_uses_the_tolerance_and_ratchet_never_lowers():
    floors = {"tolerance": 0.01, "floors": {"a.x": 0.80, "a.y": 0.50}}
    assert accuracy.below_floor({"a.x": 0.795, "a.y": 0.6}, floors) == []
    failing = accuracy.below_floor({"a.x": 0.70, "a.y": 0.6}, floors)
    assert len(failing) == 1 and failing[0].startswith("a.x")
    raised = accuracy.ratchet({"a.x": 0.90, "a.y": 0.30}, floors)
    assert raised["floors"]["a.x"] == pytest.approx(0.89)
    assert raised["floors"]["a.y"] == 0.50


def test_floors_file_is_well_formed():
    data = accuracy.load_floors()
    assert 0 <= data["tolerance"] < 0.05
    assert all(0.0 <= v <= 1.0 for v in data["floors"].values())
    assert set(data["goals"]) <= set(data["floors"])


def test_markdown_section_replacement_keeps_other_sections():
    md = "# Benchmarks\n\n## Ingest\nstore figures\n\n## Accuracy\n<!-- accuracy:start -->\nold\n<!-- accuracy:end -->\n"
    out = accuracy.replace_section(md, "accuracy", "new table")
    assert "store figures" in out and "new table" in out and "old" not in out
    assert accuracy.replace_section("# B\n", "speed", "x").endswith("<!-- speed:end -->\n")


# -- the speed benchmark's corpus and report (no timing here) -------------------------


def test_speed_corpus_repeats_the_eval_texts_to_the_asked_size():
    need_shared(EVAL_DIR / "meantime")
    import speed

    texts = speed.corpus(130)
    assert len(texts) == 130 and all(texts)
    distinct = len(set(texts))
    assert distinct >= 120  # every MEANTIME text (and the seed) before any repeat
    assert texts[distinct] == texts[0]


def test_speed_report_states_the_ratio_against_the_goal():
    import speed

    res = {
        "corpus_articles": 10, "corpus_chars": 20000, "rounds": 1,
        "mem_bare": {"rss_mb": 300.0}, "mem_full": {"rss_mb": 350.0},
        "interleaved": {"bare_aps": 10.0, "full_aps": 7.0, "ratio": 0.7},
        "jobs": {"jobs": 2.0, "one_aps": 7.0, "many_aps": 12.0, "rss_mb": 700.0},
        "components": [("tokenizer (make_doc)", 0.1), ("ner", 0.5), ("newsledger_times", 0.4)],
    }
    text = speed.report(res, "python benchmarks/speed.py --write")
    assert "0.70" in text and "NOT met" in text
    assert "newsledger_times" in text and "40%" in text


def test_linking_takes_the_name_that_heads_a_long_gold_mention():
    text = "Shipbuilder parent Vantor Group said on Monday."
    doc = meantime.MeantimeDoc(
        "2", "synthetic", "c", None, "s2.xml", text, (), None, None, (), (),
        (
            meantime.EntityMention("m1", (1,), (0, 31), text[0:31], True, syntactic_type="NAM", entity_id="e",
                                   ent_type="ORG", instance_id="ORG9"),
            meantime.EntityMention("m2", (2,), (19, 31), text[19:31], True, syntactic_type="NAM", entity_id="e",
                                   ent_type="ORG", instance_id="ORG9"),
        ),
        annotated_end=len(text), annotated_sentences=1,
    )
    ents = [EntityRecord("a", (0, 11), "Shipbuilder", "ORG", canonical="Shipbuilder"),
            EntityRecord("a", (19, 31), "Vantor Group", "ORG", canonical="Vantor Group")]
    assert text[19:31] == "Vantor Group"
    s = accuracy.score_entities([doc], _ex(doc, entities=ents))
    assert s["link_r"] == 1.0 and s["link_p"] == 1.0


def test_plover_scores_casualties_and_actor_countries_on_a_made_up_sentence():
    text = "Gunmen killed at least 7 villagers and wounded 12 in northern Ruritania, Chilean officials said."
    rec = plover.PloverRecord(
        id="x", date="2000-01-01", text=text, event="ASSAULT", event_text="killed",
        sources=(plover.Actor("Chilean officials", "CHL", "GOV"),), targets=(),
        dead=plover.Count("7", 7.0), injured=plover.Count("12", 12.0), size=None,
        mode=None, event_loc=None, markup=None, comment=None,
    )
    def claim(s, value, measure, **q):
        i = text.index(s)
        return ClaimRecord("a", (i, i + len(s)), s, (0, len(text)), Quantity(value, **q), measure=measure)
    ex = accuracy.Extracted(text)
    ex.claims = [claim("at least 7", 7.0, "villagers killed", low=7.0, bound="lower"),
                 claim("12", 12.0, "people", high=None)]
    i = text.index("Chilean")
    ex.entities = [EntityRecord("a", (i, i + 7), "Chilean", "NORP", canonical="Chile", country="CHL")]
    s = accuracy.score_plover([rec], {text: ex})
    assert s["dead_recall"] == 1.0
    assert s["injured_recall"] == 0.0  # "12" is not marked as injured
    assert s["casualty_precision"] == 1.0
    assert s["actor_country_recall"] == 1.0 and s["gold_actors"] == 1


@pytest.mark.parametrize(
    "text, target, expected",
    [
        ("The ferry can carry up to 900 passengers.", "900", "upper"),
        ("Police said about 40 people were arrested.", "40", "approx"),
        ("It employs more than 3,000 workers.", "3,000", "lower"),
        ("Prices rose between 4 and 6 percent.", "4", "range"),
        ("Prices rose between 4 and 6 percent.", "6 percent", "range"),
        ("Output will fall 10 to 15 percent this year.", "15 percent", "range"),
        ("The index fell 120 points to 8,400.", "120 points", "exact"),
        ("Revenue grew from $2 billion to $3 billion.", "$3 billion", "exact"),
        ("The plant makes 400 cars a day.", "400", "exact"),
        ("A 300+ seat airliner.", "300", "lower"),
    ],
)
def test_gold_bound_reads_hedges_and_range_ends_around_the_span(text, target, expected):
    i = text.index(target)
    own = goldvalues.parse_gold(target, "QUANTITY").bound
    assert goldvalues.context_bound(text, (i, i + len(target)), own) == expected


def test_a_range_claim_matches_a_gold_span_holding_one_end():
    gold = goldvalues.parse_gold("25 percent", "PERCENT")
    claim = ClaimRecord("a", (0, 1), "20 to 25 percent", (0, 1), Quantity(22.5, 20.0, 25.0, "range", "percent"))
    assert accuracy.value_matches(claim, gold)
    exact = ClaimRecord("a", (0, 1), "22.5", (0, 1), Quantity(22.5, 20.0, 25.0, "approx", "percent"))
    assert not accuracy.value_matches(exact, gold)


def test_copy_benchmark_links_each_kind_of_copy_and_no_template_sibling(extractor):
    """benchmarks/copies.py end to end on a small set: one original per topic, one follow-up, one lookalike."""
    import copies

    items = copies.build(per_topic=1, updates=2, seed=5)
    kinds = {i.kind for i in items}
    assert kinds == {"original", "edited", "reordered", "truncated", "translated", "update", "lookalike"}
    res = copies.evaluate(items, extractor, seed=5)
    for kind in ("edited", "reordered", "truncated", "translated"):
        linked, total = res[f"recall_{kind}"]
        assert total == len(copies.TOPICS) and linked == total, (kind, res["missed_copies"])
    assert res["false_template_pairs"] == 0 and res["false_unrelated_pairs"] == 0, res["wrong_pairs"]
    assert res["updates_related_to_their_report"][0] == res["updates_related_to_their_report"][1]
    body = copies.markdown([(5, res)], 1, 2)
    assert "| all |" in body and "translated" in body
