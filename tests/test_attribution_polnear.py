"""The PolNeAR harness (benchmarks/polnear.py): brat reading, one-to-one matching, source rules.

Made-up sentences and stand-off files, so these run without ../shared/eval; the
reader test on the real corpus skips without it.
"""

from __future__ import annotations

import sys

import pytest

from conftest import EVAL_DIR, ROOT, need_shared

sys.path.insert(0, str(ROOT / "benchmarks"))

import polnear  # noqa: E402
from newsledger.records import Source, StatementRecord  # noqa: E402

TEXT = "Title line.\n\nThe mayor said the bridge would close. “It is old,” she said, “and unsafe.” Rain fell."


def _ann(tmp_path, lines: list[str]):
    path = tmp_path / "a_x.ann"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _at(sub: str, text: str = TEXT) -> tuple[int, int]:
    i = text.index(sub)
    return (i, i + len(sub))


def _t(tid: str, kind: str, *subs: str) -> str:
    spans = ";".join(f"{a} {b}" for a, b in (_at(s) for s in subs))
    return f"{tid}\t{kind} {spans}\t{' '.join(subs)}"


def _gold(tmp_path):
    lines = [
        _t("T1", "Source", "The mayor"),
        _t("T2", "Cue", "said"),
        _t("T3", "Content", "the bridge would close"),
        "E1\tAttribution:T2 Content:T3 Cue:T2 Source:T1",
        _t("T4", "Source", "she"),
        _t("T5", "Cue", "said,"),
        _t("T6", "Content", "“It is old,”", "“and unsafe.”"),
        "E2\tAttribution:T5 Content:T6 Cue:T5 Source:T4",
        _t("T7", "Discuss", "Rain fell"),
    ]
    return polnear.read_ann(_ann(tmp_path, lines), TEXT)


def test_read_ann_gathers_fragments_and_skips_non_attributions(tmp_path):
    gold = _gold(tmp_path)
    assert [g.id for g in gold] == ["E1", "E2"]
    assert len(gold[1].content) == 2 and gold[1].speech
    assert gold[0].source_text == "The mayor"


def _stmt(sub: str, source: Source | None, cue: str | None = "said", direct: bool = False) -> StatementRecord:
    span = _at(sub)
    return StatementRecord("a", span, sub, source, cue, direct)


def test_one_to_one_matching_takes_the_largest_overlap_first():
    system = [(0, 10), (5, 30)]
    gold = [((0, 30),), ((8, 12),)]
    assert polnear.match(system, gold) == {1: 0, 0: 1}
    # Each side is used once: a second statement over the same gold matches nothing.
    assert polnear.match([(0, 10), (0, 10)], [((0, 10),)]) == {0: 0}


def test_score_counts_content_source_and_cue(tmp_path):
    gold = _gold(tmp_path)
    doc = polnear.PolnearDoc("a", TEXT, gold)
    mayor = Source("The mayor", None, _at("The mayor"), "said")
    she = Source("she", None, _at("she"), "said")
    got = {"a": [
        _stmt("the bridge would close", mayor),
        _stmt("It is old,” she said, “and unsafe.", she, direct=True),
        _stmt("Rain fell", None, cue=None),
    ]}
    out = polnear.score([doc], got)
    assert out["content_p"] == pytest.approx(2 / 3) and out["content_r"] == 1.0
    assert out["source_r"] == 1.0 and out["source_acc_matched"] == 1.0
    assert out["cue_r"] == 1.0


def test_wrong_source_span_is_not_right(tmp_path):
    gold = _gold(tmp_path)
    wrong = Source("The bridge", None, _at("the bridge"), "said")
    assert not polnear.source_right(TEXT, _stmt("the bridge would close", wrong), gold[0])


def test_carried_source_is_right_only_by_the_same_words(tmp_path):
    gold = _gold(tmp_path)
    carried = Source("The mayor", None, None, "said")
    assert polnear.source_right(TEXT, _stmt("the bridge would close", carried), gold[0])
    # gold "she" is not the words "The mayor"
    assert not polnear.source_right(TEXT, _stmt("It is old", carried, direct=True), gold[1])


def test_relative_pronoun_gold_source_takes_its_antecedent(tmp_path):
    text = "Chris Christie, who spoke first, said taxes would fall."
    path = _ann(tmp_path, [
        f"T1\tSource {text.index('who')} {text.index('who') + 3}\twho",
        f"T2\tCue {text.index('said')} {text.index('said') + 4}\tsaid",
        f"T3\tContent {text.index('taxes')} {len(text) - 1}\ttaxes would fall",
        "E1\tAttribution:T2 Content:T3 Cue:T2 Source:T1",
    ])
    gold = polnear.read_ann(path, text)
    src = Source("Chris Christie", "Chris Christie", (0, 14), "said")
    st = StatementRecord("a", (text.index("taxes"), len(text) - 1), "taxes would fall", src, "said", False)
    assert polnear.source_right(text, st, gold[0])


def test_locate_cue_finds_the_nearest_occurrence_outside_the_content():
    src = Source("she", None, _at("she"), "said")
    st = _stmt("It is old,” she said, “and unsafe.", src, direct=True)
    # The cue stands inside a quotation broken by it, next to its source.
    assert polnear.locate_cue(TEXT, st) == (_at("she said")[0] + 4, _at("she said")[1])
    st2 = _stmt("the bridge would close", Source("The mayor", None, _at("The mayor"), "said"))
    assert polnear.locate_cue(TEXT, st2) == _at("said")


def test_reader_on_the_real_training_split():
    folder = EVAL_DIR / "polnear-train" / "data" / "train"
    need_shared(folder)
    docs = polnear.read_all(folder, limit=5)
    assert len(docs) == 5
    for doc in docs:
        for g in doc.attributions:
            assert all(doc.text[a:b].strip() for a, b in g.content)


def test_alignment_maps_cleaned_text_back_over_dropped_characters():
    raw = "Title.\n\n\ufeffAlso on the site.\n\ufeffMore text."
    clean = raw.replace("\ufeff", "")
    where = polnear._alignment(clean, raw)
    at = clean.index("More")
    assert raw[where[at] : where[at + 4 - 1] + 1] == "More"
    assert polnear._alignment("Title.", raw)[:2] == [0, 1]
    assert polnear._alignment("Something else entirely, not in the raw text at all.", raw) is None
