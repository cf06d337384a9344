"""Bounded memory: long texts piece by piece, memory zones, and the input size limit.

Memory is shown by behaviour, not by timing or RSS: a stand-in pipeline counts
the Docs alive at once and notices a Doc touched after its memory zone ended;
the real pipeline shows that its string store does not grow over a stream.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import inspect
import json
import random
import time
from types import SimpleNamespace

import pytest

from newsledger.records import doc_kinds

from newsledger.extract import DEFAULT_MAX_CHARS, MAX_CHUNK_CHARS, Extractor
from newsledger.ingest.article import RawArticle
from newsledger.ingest.readers import iter_inputs
from conftest import check_spans
from newsledger.records import ArticleRecord, EntityRecord
from newsledger.run.local import extract_items

TODAY = dt.date(2026, 11, 27)


# -- a stand-in pipeline that watches its Docs -------------------------------------


class _Doc:
    """A Doc stand-in that counts how many (and how many characters) are alive."""

    def __init__(self, text: str, nlp: _WatchingNLP) -> None:
        self.text = text
        self.nlp = nlp
        self.zone = nlp.zone
        if self.zone is None:
            nlp.outside += 1
        # every Doc attribute a record kind has (records/registry.py), as the real extensions
        self._ext = SimpleNamespace(article_id="", published=None, published_source=None, problems=None,
                                    **{kind.doc_attr: None for kind in doc_kinds()})
        nlp.live += 1
        nlp.live_chars += len(text)
        nlp.peak = max(nlp.peak, nlp.live)
        nlp.peak_chars = max(nlp.peak_chars, nlp.live_chars)

    @property
    def _(self) -> SimpleNamespace:
        # The extractor turns exceptions into error records, so note the misuse too.
        if self.zone is not None and self.zone.closed:
            self.nlp.misuse.append(self.text[:30])
            raise AssertionError("Doc touched after its memory zone ended")
        return self._ext

    def __del__(self) -> None:
        self.nlp.live -= 1
        self.nlp.live_chars -= len(self.text)


class _WatchingNLP:
    """Finds every "Paris" as a GPE entity; knows how many Docs are alive and which zone made them."""

    def __init__(self) -> None:
        self.live = self.peak = self.live_chars = self.peak_chars = 0
        self.zone: SimpleNamespace | None = None
        self.zones = self.outside = 0
        self.misuse: list[str] = []
        self.nested = False

    def make_doc(self, text: str) -> _Doc:
        return _Doc(text, self)

    def __call__(self, doc: _Doc, disable=()) -> _Doc:
        found, start = [], doc.text.find("Paris")
        while start >= 0:
            found.append(EntityRecord(doc._.article_id, (start, start + 5), "Paris", "GPE"))
            start = doc.text.find("Paris", start + 1)
        doc._.entities = found
        return doc

    def pipe(self, docs, batch_size=32, disable=()):
        for doc in docs:
            yield self(doc)

    @contextlib.contextmanager
    def memory_zone(self):
        self.nested = self.nested or self.zone is not None
        zone = SimpleNamespace(closed=False)
        self.zone, self.zones = zone, self.zones + 1
        try:
            yield zone
        finally:
            zone.closed = True
            self.zone = None


def _long_text(chars: int) -> str:
    paragraph = "Rain fell on Paris again today, and the river rose by a metre overnight.\n"
    return paragraph * (chars // len(paragraph) + 1)




# -- piece by piece ------------------------------------------------------------------


def test_a_long_text_has_at_most_one_piece_alive_at_a_time():
    nlp = _WatchingNLP()
    text = _long_text(4 * MAX_CHUNK_CHARS + 50_000)
    (records,) = list(Extractor(nlp=nlp).process([RawArticle(text=text, id="long")]))
    assert isinstance(records[0], ArticleRecord)
    entities = [r for r in records if r.TYPE == "entity"]
    assert len(entities) == records[0].text.count("Paris")
    check_spans(records)
    assert nlp.peak == 1, f"{nlp.peak} pieces of one text were alive at once"
    assert nlp.live == 0


def test_short_articles_share_passes_but_never_more_than_a_piece_of_text():
    nlp = _WatchingNLP()
    extractor = Extractor(nlp=nlp, chunk_chars=1_000, batch_size=32)
    sizes = [300, 250, 400, 2_600, 120, 900, 80, 3_100, 500]
    items = [RawArticle(text=_long_text(n)[:n].strip(), id=f"a{i}") for i, n in enumerate(sizes)]
    groups = list(extractor.process(items))
    assert [g[0].id for g in groups] == [f"a{i}" for i in range(len(sizes))]
    for g, item in zip(groups, items):
        assert sum(r.TYPE == "entity" for r in g) == item.text.count("Paris")
        check_spans(g)
    assert nlp.peak_chars <= 1_000
    # Short ones are still batched: fewer zones (passes) than articles plus pieces.
    assert nlp.zones < len(sizes)


def test_every_doc_becomes_records_inside_its_memory_zone():
    nlp = _WatchingNLP()
    extractor = Extractor(nlp=nlp, chunk_chars=500, batch_size=4)
    items = [RawArticle(text=_long_text(n).strip(), id=f"z{i}") for i, n in enumerate([200, 1_800, 150, 90, 260, 700])]
    groups = list(extractor.process(items))
    assert all(isinstance(g[0], ArticleRecord) for g in groups), groups
    # Only the first group (the first article alone: 200 + 1,800 > 500) runs
    # outside a zone, to fill the tokenizer's cache once.
    assert nlp.outside == 1, f"{nlp.outside} Docs were made outside any memory zone"
    assert not nlp.misuse and not nlp.nested
    assert nlp.zones >= 3


def test_pieces_of_a_real_text_keep_true_spans_and_every_figure(extractor):
    paragraphs = [
        f"Officials said on Tuesday that {1_000 + 37 * i:,} people had been evacuated from the valley. "
        f"About {200 + i} homes were damaged, the agency reported.\n"
        for i in range(8)
    ]
    text = "".join(paragraphs)
    raw = RawArticle(text=text, id="chunked", published="2025-03-27")
    small = Extractor(nlp=extractor.nlp, today=TODAY, chunk_chars=300)
    (pieced,) = list(small.process([raw]))
    (whole,) = list(extractor.process([raw]))
    check_spans(pieced)

    def values(records):
        return sorted(r.quantity.value for r in records if r.TYPE == "claim")

    for i in range(8):
        assert 1_000 + 37 * i in values(pieced) and 200 + i in values(pieced)
    assert values(pieced) == values(whole)


def test_the_string_store_does_not_grow_over_a_stream_of_new_words(extractor):
    rng = random.Random(3)
    syllables = ["bro", "va", "lek", "tes", "mo", "ria", "kan", "dru", "vel", "zo", "mir", "tak", "lun"]

    invented: set[str] = set()

    def name():
        word = "".join(rng.choice(syllables) for _ in range(4)).capitalize()
        invented.add(word)
        return word

    def article(i):
        return (f"{name()} {name()}, mayor of {name()}, said on Monday that {1_000 + i * 13:,} people "
                f"had left {name()}. {name()} Holdings cut {40 + i} jobs in {name()}, the company said.\n")

    ex = Extractor(nlp=extractor.nlp, today=TODAY, batch_size=4)
    # The first group stays outside a zone (it warms the tokenizer's cache for good).
    list(ex.process([RawArticle(text=article(-1), id="warm")]))
    invented.clear()
    vocab = ex.nlp.vocab
    # len(vocab) counts lexemes ever added; iterating gives those still held.
    strings, lexemes = len(vocab.strings), sum(1 for _ in vocab)
    texts = [article(i) for i in range(24)]
    groups = list(ex.process([RawArticle(text=t, id=f"s{i}") for i, t in enumerate(texts)]))
    assert all(isinstance(g[0], ArticleRecord) for g in groups)
    # 24 articles bring some 200 words the model never saw; none of them may stay.
    assert len(vocab.strings) == strings
    assert sum(1 for _ in vocab) == lexemes
    assert len(invented) > 100 and not [w for w in invented if w in vocab.strings]
    # The records hold plain strings, still valid after their zone ended.
    for g, text in zip(groups, texts):
        names = [r.text for r in g if r.TYPE == "entity"]
        assert names and all(n in text for n in names)


# -- the size limit ---------------------------------------------------------------------


def test_the_size_limit_is_a_keyword_defaulting_to_five_million():
    assert DEFAULT_MAX_CHARS == 5_000_000
    for fn in (Extractor, extract_items):
        param = inspect.signature(fn).parameters["max_chars"]
        assert param.kind is inspect.Parameter.KEYWORD_ONLY and param.default == DEFAULT_MAX_CHARS


def test_an_input_over_the_limit_is_an_error_naming_it_and_the_run_goes_on(tmp_path, extractor):
    story = "Storms cut power to about 40,000 homes on Monday, the utility said.\n"
    big = story * 40
    (tmp_path / "1_lines.jsonl").write_text(
        "\n".join(json.dumps({"id": f"j{i}", "text": t}) for i, t in enumerate([story, big, story])) + "\n"
    )
    (tmp_path / "2_page.html").write_text(f"<html><body><p>{big}</p></body></html>")
    (tmp_path / "3_story.txt").write_text(story)
    limited = Extractor(nlp=extractor.nlp, today=TODAY, max_chars=2_000)
    groups = list(limited.process(iter_inputs([str(tmp_path)])))
    assert [type(g[0]).__name__ for g in groups] == [
        "ArticleRecord", "ErrorRecord", "ArticleRecord", "ErrorRecord", "ArticleRecord",
    ]
    line_error, page_error = groups[1][0], groups[3][0]
    assert line_error.article_id == "j1" and line_error.line == 2
    assert line_error.message.startswith(f"{tmp_path / '1_lines.jsonl'}:2: ")
    assert f"{len(big):,}" in line_error.message and "2,000" in line_error.message
    assert "--max-chars" in line_error.message
    assert page_error.message.startswith(str(tmp_path / "2_page.html")) and "HTML" in page_error.message
    assert len(groups[1]) == len(groups[3]) == 1

    for no_limit in (None, 0):
        unlimited = Extractor(nlp=extractor.nlp, today=TODAY, max_chars=no_limit)
        (records,) = list(unlimited.process([RawArticle(text=big, id="big")]))
        assert isinstance(records[0], ArticleRecord)


def test_extract_items_applies_its_limit_to_a_given_extractor(extractor):
    story = "Storms cut power to about 40,000 homes on Monday, the utility said.\n"
    items = [RawArticle(text=story, id="a"), RawArticle(text=story * 10, id="b")]
    groups = list(extract_items(items, extractor=extractor, max_chars=len(story) * 5))
    assert [type(g[0]).__name__ for g in groups] == ["ArticleRecord", "ErrorRecord"]
    assert groups[1][0].article_id == "b"
    # The caller's extractor keeps its own limit.
    assert extractor.max_chars == DEFAULT_MAX_CHARS


def test_chunk_chars_must_be_positive():
    with pytest.raises(ValueError):
        Extractor(nlp=_WatchingNLP(), chunk_chars=0)


def test_workers_read_only_a_few_batches_ahead_of_the_caller():
    read = 0

    def items():
        nonlocal read
        for i in range(2_000):
            read += 1
            yield RawArticle(text=f"Rain fell on Paris on day {i}.", id=f"w{i}")

    stream = extract_items(items(), jobs=2, batch_size=4, extractor=Extractor(nlp=_WatchingNLP(), batch_size=4))
    first = next(stream)
    # Give a reader thread, if there is one, the time to run ahead.
    time.sleep(0.5)
    ahead = read
    rest = list(stream)
    assert first[0].id == "w0" and [g[0].id for g in rest] == [f"w{i}" for i in range(1, 2_000)]
    assert all(sum(r.TYPE == "entity" for r in g) == 1 for g in rest)
    assert ahead <= 4 * (2 * 2 + 1), f"{ahead} inputs read while the caller held one result"
