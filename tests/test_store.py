"""The store: record round trips, idempotent ingest, bad inputs, copies, queries (SQLite and PostgreSQL)."""

from __future__ import annotations

import datetime as dt
import json
import uuid

import pytest
import sqlalchemy as sa
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsledger.ingest.readers import iter_inputs
from newsledger.records import (
    ArticleRecord,
    ClaimRecord,
    ClaimTime,
    EntityRecord,
    Quantity,
    Source,
    StatementRecord,
    TimeRecord,
)
from newsledger.run import ingest
from newsledger.store import open_store, resolve_url
from newsledger.store.queries import ClaimFilter, find_claims, get_article, list_articles
from test_store_fixtures import store_url, table_counts  # noqa: F401  (fixture)

# -- strategies: any record the contract allows --------------------------------
TEXT = st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), max_size=60)
OPT = st.none() | TEXT
DATE = st.dates(dt.date(1900, 1, 1), dt.date(2100, 12, 31)).map(dt.date.isoformat)
OPT_DATE = st.none() | DATE
# Figures up to a quadrillion: beyond 1e15 PostgreSQL's jsonb (exact decimals)
# may not give back the same binary float.
NUM = st.floats(-1e15, 1e15, allow_nan=False, allow_infinity=False)
SPAN = st.tuples(st.integers(0, 10**6), st.integers(0, 10**6)).map(lambda p: (min(p), max(p)))
SOURCE = st.builds(Source, name=TEXT, entity=OPT, span=st.none() | SPAN, cue=OPT)


def _records(article_id: str):
    quantity = st.builds(
        Quantity,
        value=st.none() | NUM,
        low=st.none() | NUM,
        high=st.none() | NUM,
        bound=st.sampled_from(["exact", "approx", "lower", "upper", "range"]),
        unit=OPT,
        change=st.sampled_from([None, "increase", "decrease"]),
    )
    claim_time = st.builds(
        ClaimTime, start=OPT_DATE, end=OPT_DATE, text=OPT, kind=st.sampled_from(["point", "period", "as_of"])
    )
    times = st.builds(
        TimeRecord, article_id=st.just(article_id), span=SPAN, text=TEXT,
        timex_type=st.sampled_from(["DATE", "TIME", "DURATION", "SET"]), value=TEXT, start=OPT_DATE, end=OPT_DATE,
    )
    claims = st.builds(
        ClaimRecord, article_id=st.just(article_id), span=SPAN, text=TEXT, sentence_span=SPAN, quantity=quantity,
        measure=OPT, subject=OPT, source=st.none() | SOURCE, time=st.none() | claim_time, statement_date=OPT_DATE,
    )
    entities = st.builds(
        EntityRecord, article_id=st.just(article_id), span=SPAN, text=TEXT, label=TEXT, canonical=OPT,
        country=st.none() | st.text("ABCDEFGHIJKLMNOPQRSTUVWXYZ", min_size=3, max_size=3),
    )
    statements = st.builds(
        StatementRecord, article_id=st.just(article_id), span=SPAN, text=TEXT, source=st.none() | SOURCE,
        cue=OPT, direct=st.booleans(),
    )
    return st.lists(st.one_of(times, claims, entities, statements), max_size=12)


@st.composite
def record_groups(draw):
    article_id = draw(st.none() | st.text("abcdef0123456789", min_size=4, max_size=8)) or ""
    article_id = f"{article_id}-{uuid.uuid4().hex}"
    article = ArticleRecord(
        article_id=article_id,
        id=article_id,
        text=draw(TEXT.filter(str.strip)),
        title=draw(OPT),
        url=draw(OPT),
        outlet=draw(OPT),
        language=draw(st.none() | st.just("en")),
        published=draw(OPT_DATE),
        published_source=draw(st.sampled_from([None, "given", "metadata", "inferred"])),
        origin_outlet=draw(OPT),
        path=draw(OPT),
        line=draw(st.none() | st.integers(1, 10**6)),
    )
    return [article, *draw(_records(article_id))]


@given(groups=st.lists(record_groups(), min_size=1, max_size=3))
@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
def test_records_round_trip_through_the_store(store_url, groups):
    with open_store(store_url) as store:
        result = store.write([(g, None) for g in groups])
        assert sorted(result.added) == sorted(g[0].id for g in groups)
        with store.engine.connect() as conn:
            for g in groups:
                view = get_article(conn, g[0].id)
                assert [view.article, *view.records] == g


def test_unstorable_values_degrade_instead_of_failing(store_url):
    """A NUL character or a NaN from a component must not cost the article (PostgreSQL refuses both)."""
    text = "Officials said 12 people\x00 died."
    article = ArticleRecord("nul-1", "nul-1", text)
    claim = ClaimRecord("nul-1", (15, 17), "12", (0, len(text)), Quantity(float("nan"), 12.0, 12.0))
    with open_store(store_url) as store:
        assert store.write([([article, claim], None)]).added == ["nul-1"]
        with store.engine.connect() as conn:
            view = get_article(conn, "nul-1")
    assert view.article.text == text.replace("\x00", "\ufffd")
    assert view.records[0].quantity.value is None and view.records[0].quantity.low == 12.0


# -- ingest through the real pipeline ------------------------------------------
def _jsonl(path, items):
    path.write_text("".join(json.dumps(i) + "\n" for i in items), encoding="utf-8")
    return path


GOOD = [
    {"id": "a1", "published": "2025-05-02", "text": "At least 40 people were killed in clashes near the border on Thursday, the army said."},
    {"published": "2025-05-03", "text": "The company said revenue rose 12% to 4.1 billion dollars in the first quarter."},
]


def test_reingest_stores_nothing_twice(store_url, extractor, tmp_path):
    src = _jsonl(tmp_path / "news.jsonl", GOOD)
    (tmp_path / "note.txt").write_text("Rescuers pulled 14 survivors from the rubble on Sunday, officials said.\n")
    with open_store(store_url) as store:
        first = ingest(store, iter_inputs([str(tmp_path)]), extractor=extractor)
        counts = table_counts(store)
        again = ingest(store, iter_inputs([str(tmp_path)]), extractor=extractor)
        also = ingest(store, iter_inputs([str(src)]), extractor=extractor)
        assert table_counts(store) == counts
    assert (first.added, first.failed) == (3, 0)
    assert (again.added, again.skipped) == (0, 3)
    assert (also.added, also.skipped) == (0, 2)


def test_a_failed_input_does_not_hide_a_later_copy_of_its_text(store_url, extractor, tmp_path):
    text = "Floods displaced about 3,000 families on Monday, officials said."
    (tmp_path / "a.jsonl").write_text(json.dumps({"id": "x1", "text": text, "published": "not a date"}) + "\n")
    (tmp_path / "b.txt").write_text(text + "\n")
    with open_store(store_url) as store:
        stats = ingest(store, iter_inputs([str(tmp_path / "a.jsonl"), str(tmp_path / "b.txt")]), extractor=extractor)
    assert (stats.added, stats.failed, stats.skipped) == (1, 1, 0)


def test_bad_files_among_good_ones_get_error_rows(store_url, extractor, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    _jsonl(folder / "a.jsonl", GOOD)
    with (folder / "a.jsonl").open("a") as out:
        out.write("{not json\n")
        out.write(json.dumps({"id": "no-text", "title": "x"}) + "\n")
    (folder / "b.txt").write_bytes(b"\x00\x01\x02binary")
    (folder / "c.txt").write_bytes("Caf\xe9 owners said 30 shops closed.".encode("latin-1"))
    (folder / "d.txt").write_text("   \n")
    (folder / "e.rss").write_text("<rss><channel><title>x</title></channel></rss>")
    (folder / "f.txt").write_text("Firefighters said 220 hectares burned overnight near the town.\n")
    with open_store(store_url) as store:
        stats = ingest(store, iter_inputs([str(folder)]), extractor=extractor)
        assert (stats.added, stats.failed) == (3, 6)
        with store.engine.connect() as conn:
            messages = conn.execute(sa.text("SELECT message FROM errors ORDER BY id")).scalars().all()
        assert len(messages) == 6
        assert any("malformed JSON" in m for m in messages)
        assert any("binary" in m for m in messages)
        assert any("UTF-8" in m for m in messages)
        again = ingest(store, iter_inputs([str(folder)]), extractor=extractor)
        assert (again.added, again.skipped, again.failed) == (0, 3, 6)
        assert table_counts(store)["errors"] == 6  # the same failures are not stored twice


# -- republished copies ----------------------------------------------------------
ORIGINAL = (
    "At least 18 civilians were killed and about 70 wounded when shells struck a market in the port city "
    "on Sunday, the regional health directorate said. Rescue teams were still searching the rubble of two "
    "collapsed buildings on Monday morning, and the hospital director said her staff had treated 64 of the "
    "wounded, 12 of them children. Aid agencies said the city's main water station was damaged in the attack, "
    "leaving about 150,000 residents without running water."
)
# Re-edited: a new lede word, a trimmed clause, a changed phrase, a credit line.
EDITED = (
    "At least 18 civilians were killed and about 70 wounded when artillery shells struck a market in the port city "
    "on Sunday, the regional health directorate said. Rescue teams were still searching the rubble of two "
    "collapsed buildings on Monday, and the hospital director said her staff had treated 64 of the "
    "wounded, 12 of them children. Aid agencies said the main water station was damaged, "
    "leaving about 150,000 residents without running water.\n\nThis article was originally published in The Port Herald."
)
OTHER = (
    "The central bank kept its benchmark rate at 4.25% on Thursday, saying inflation was easing faster than "
    "forecast. Consumer prices rose 2.8% in May from a year earlier, down from 3.4% in April, the statistics "
    "office said, and the krone rose 0.6% against the dollar after the announcement."
)


def test_copies_link_to_the_earliest_whatever_the_ingest_order(store_url, extractor, tmp_path):
    src = _jsonl(
        tmp_path / "copies.jsonl",
        [
            {"id": "copy", "published": "2025-03-04", "outlet": "Courier", "text": EDITED},
            {"id": "other", "published": "2025-03-01", "text": OTHER},
            {"id": "orig", "published": "2025-03-03", "outlet": "Port Herald", "text": ORIGINAL},
        ],
    )
    with open_store(store_url) as store:
        # One article per transaction: the copy is stored before its original exists.
        stats = ingest(store, iter_inputs([str(src)]), extractor=extractor, commit_every=1)
        assert stats.copies == 1
        with store.engine.connect() as conn:
            rows = {r.id: r for r in conn.execute(sa.text("SELECT id, original_id, origin_outlet, copy_similarity FROM articles"))}
            listed = {r["id"]: r for r in list_articles(conn)}
    assert rows["copy"].original_id == "orig" and rows["orig"].original_id == "orig"
    assert rows["other"].original_id == "other"
    assert rows["copy"].origin_outlet == "The Port Herald"
    assert rows["copy"].copy_similarity >= 0.5
    assert listed["copy"]["copy_of"] == "orig" and listed["orig"]["copies"] == 1


def _claim(article_id, start, text, value, measure, **kw):
    return ClaimRecord(article_id, (start, start + len(text)), text, (0, 200), Quantity(value, value, value), measure, **kw)


def _article(article_id, text, published):
    return ArticleRecord(article_id, article_id, text, published=published, outlet="Wire")


def test_a_claim_keeps_which_articles_carry_it(store_url):
    orig = _article("o", ORIGINAL, "2025-03-03")
    copy = _article("c", EDITED, "2025-03-05")
    late = _article("l", EDITED.replace("Monday", "Monday morning"), "2025-03-06")
    with open_store(store_url) as store:
        store.write([([copy, _claim("c", 9, "18", 18.0, "civilians killed"), _claim("c", 0, "70", 70.0, "wounded")], None)])
        store.write([([late, _claim("l", 9, "18", 18.0, "civilians killed")], None)])
        # The original arrives last: it becomes the group's earliest copy.
        store.write([([orig, _claim("o", 9, "18", 18.0, "civilians killed"), _claim("o", 0, "64", 64.0, "treated")], None)])
        with store.engine.connect() as conn:
            originals = {r.article_id: r.original_id for r in conn.execute(sa.text("SELECT id AS article_id, original_id FROM articles"))}
            folded = find_claims(conn, ClaimFilter())
            everything = find_claims(conn, ClaimFilter(copies=True))
            carriers = conn.execute(
                sa.text("SELECT ca.article_id FROM claim_articles ca JOIN claims c ON c.id = ca.claim_id "
                        "WHERE c.article_id = 'o' AND c.value = 18 ORDER BY ca.article_id")
            ).scalars().all()
    assert originals == {"o": "o", "c": "o", "l": "o"}
    assert carriers == ["c", "l", "o"]
    by_value = {(r["article_id"], r["value"]): r for r in folded}
    # The copies' 18 folds into the original's; the copy's 70 has no match and stays.
    assert set(by_value) == {("o", 18.0), ("o", 64.0), ("c", 70.0)}
    assert by_value[("o", 18.0)]["articles"] == 3
    assert len(everything) == 5


# -- queries ------------------------------------------------------------------
def _ledger(store):
    a = _article("kyiv", "x" * 300, "2025-02-10")
    b = _article("seoul", "y" * 300, "2025-03-27")
    src_a = Source("the ministry", "Ukraine", (0, 5), "said")
    src_b = Source("Seoul", "South Korea", (10, 15), "according to")
    store.write([
        ([a,
          _claim("kyiv", 0, "about 300", 300.0, "drone attacks", source=src_a,
                 time=ClaimTime("2025-01-01", "2025-01-31", "in January", "period")),
          _claim("kyiv", 20, "12", 12.0, "people injured", subject="civilians injured in Kharkiv")], None),
        ([b,
          _claim("seoul", 0, "11,000", 11000.0, "troops", source=src_b,
                 time=ClaimTime(None, "2025-02-26", "so far", "as_of")),
          _claim("seoul", 30, "about four thousand", 4000.0, "soldiers killed or injured", source=src_b)], None),
    ])


def test_claim_filters(store_url):
    with open_store(store_url) as store:
        _ledger(store)
        with store.engine.connect() as conn:
            def figures(**kw):
                return sorted(r["figure"] for r in find_claims(conn, ClaimFilter(**kw)))

            assert figures() == sorted(["about 300", "12", "11,000", "about four thousand"])
            # One term also finds its usual synonyms in news: troops are soldiers.
            assert figures(about="TROOPS") == ["11,000", "about four thousand"]
            assert figures(about="soldiers killed") == ["about four thousand"]
            assert figures(about="wounded") == ["12", "about four thousand"]  # injured
            assert figures(about="kharkiv") == ["12"]  # the subject
            assert figures(source="korea") == ["11,000", "about four thousand"]  # canonical entity
            assert figures(source="ministry") == ["about 300"]  # name as written
            assert figures(measure="killed") == ["about four thousand"]
            # A claim's own time when it has one, else its article's date.
            assert figures(since=dt.date(2025, 2, 1)) == ["11,000", "12", "about four thousand"]
            assert figures(until=dt.date(2025, 1, 15)) == ["about 300"]
            assert figures(since=dt.date(2025, 2, 20), until=dt.date(2025, 3, 1)) == ["11,000"]
            assert figures(since=dt.date(2025, 3, 1), source="Seoul") == ["about four thousand"]
            assert figures(about="100%_") == []  # LIKE wildcards are matched literally


def test_store_urls(monkeypatch, tmp_path):
    monkeypatch.delenv("NEWSLEDGER_DB", raising=False)
    monkeypatch.chdir(tmp_path)
    assert resolve_url() == f"sqlite:///{tmp_path / 'newsledger.db'}"
    monkeypatch.setenv("NEWSLEDGER_DB", "other.db")
    assert resolve_url() == f"sqlite:///{tmp_path / 'other.db'}"
    assert resolve_url("postgresql://u@h:5432/d") == "postgresql+psycopg://u@h:5432/d"
    assert resolve_url("postgres://u@h/d") == "postgresql+psycopg://u@h/d"
    from newsledger.errors import StoreError

    with pytest.raises(StoreError):
        resolve_url("mysql://u@h/d")
    with pytest.raises(StoreError):
        open_store(str(tmp_path / "missing" / "x.db"))


def test_lsh_bands_are_datasketchs_optimum_and_find_edited_copies():
    from newsledger.reconcile import signatures

    assert (signatures.BANDS, signatures.ROWS) == signatures.optimal_bands()
    a, b, c = (signatures.signature(t) for t in (ORIGINAL, EDITED, OTHER))
    assert signatures.similarity(a.values, b.values) >= signatures.THRESHOLD > signatures.similarity(a.values, c.values)
    assert set(enumerate(a.keys)) & set(enumerate(b.keys))  # they share a band: LSH finds the pair
    assert signatures.signature("  ...  ") is None


def test_migrations_build_exactly_the_schema(store_url):
    """schema.py and the Alembic migrations must not drift apart."""
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    from newsledger.store.schema import metadata

    with open_store(store_url) as store, store.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), metadata)
    assert diff == []


def test_an_article_the_database_refuses_does_not_cost_its_batch(store_url):
    """A record PostgreSQL cannot hold (a span past 32-bit integers) fails its own article only."""
    good = ArticleRecord("good", "good", "Officials said 12 people were hurt.")
    odd = ArticleRecord("odd", "odd", "A wholly different report about 7 bridges.")
    huge = TimeRecord("odd", (2**40, 2**40 + 3), "now", "DATE", "PRESENT_REF")
    with open_store(store_url) as store:
        result = store.write([([good], None), ([odd, huge], None)])
        alone = store.write([([odd, huge], None)])  # a batch of one is no different
        assert alone.added == [] if store.backend == "postgresql" else alone.skipped == 1
        with store.engine.connect() as conn:
            stored = set(conn.execute(sa.text("SELECT id FROM articles")).scalars())
            errors = conn.execute(sa.text("SELECT article_id, message FROM errors")).all()
    assert "good" in stored
    if store.backend == "postgresql":
        assert stored == {"good"} and result.failed == 1
        assert [e.article_id for e in errors] == ["odd"] and "cannot store" in errors[0].message
    else:  # SQLite integers are 64-bit: nothing to refuse
        assert stored == {"good", "odd"} and errors == []


def _edit_chain():
    """Three versions of a report, each re-edited from the one before (a word in 12 replaced).

    The seed is one where the third version shares no band key with the
    second that the first lacks: it reaches the group only through the
    original, which it is too far from, and must be compared with the group's
    other members to be linked.
    """
    import random

    rng = random.Random(26)
    vocab = [f"w{i}" for i in range(5000)]

    def edit(words, offset):
        return [rng.choice(vocab) + "x" if i % 12 == offset else w for i, w in enumerate(words)]

    first = [rng.choice(vocab) for _ in range(300)]
    second = edit(first, 0)
    third = edit(second, 6)
    return [" ".join(w) for w in (first, second, third)]


@pytest.mark.parametrize("one_batch", [True, False])
def test_a_copy_of_a_copy_joins_the_group(store_url, one_batch):
    """A re-edit of a re-edit can be too far from the original but close to the copy it came from."""
    from newsledger.reconcile import signatures

    texts = _edit_chain()
    sig = [signatures.signature(t) for t in texts]
    assert signatures.similarity(sig[0].values, sig[1].values) >= signatures.THRESHOLD
    assert signatures.similarity(sig[1].values, sig[2].values) >= signatures.THRESHOLD
    assert signatures.similarity(sig[0].values, sig[2].values) < signatures.THRESHOLD
    names = ("first", "second", "third")
    groups = [([_article(n, t, f"2025-05-0{i + 1}")], None) for i, (n, t) in enumerate(zip(names, texts))]
    with open_store(store_url) as store:
        if one_batch:
            store.write(groups)
        else:
            for g in groups:
                store.write([g])
        with store.engine.connect() as conn:
            originals = dict(conn.execute(sa.text("SELECT id, original_id FROM articles")).all())
    assert originals == {"first": "first", "second": "first", "third": "first"}
