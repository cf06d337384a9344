"""Records survive their JSON form unchanged (property test over every record type)."""

from __future__ import annotations

import json

from hypothesis import given
from hypothesis import strategies as st

from newsledger.records import (
    ArticleRecord,
    ClaimRecord,
    ClaimTime,
    EntityRecord,
    ErrorRecord,
    Geo,
    Quantity,
    Source,
    StatementRecord,
    TimeRecord,
    article_id_for,
    record_from_dict,
)

text = st.text(max_size=40)
opt_text = st.none() | text
ids = st.text(alphabet="0123456789abcdef", min_size=1, max_size=16)
spans = st.tuples(st.integers(0, 10_000), st.integers(0, 10_000)).map(lambda p: (min(p), max(p)))
dates = st.none() | st.dates().map(lambda d: d.isoformat())
numbers = st.none() | st.floats(allow_nan=False, allow_infinity=False)
quantities = st.builds(
    Quantity,
    value=numbers,
    low=numbers,
    high=numbers,
    bound=st.sampled_from(["exact", "approx", "lower", "upper", "range"]),
    unit=opt_text,
    change=st.sampled_from([None, "increase", "decrease"]),
)
sources = st.none() | st.builds(Source, name=text, entity=opt_text, span=st.none() | spans, cue=opt_text, via=opt_text)
claim_times = st.none() | st.builds(
    ClaimTime, start=dates, end=dates, text=opt_text, kind=st.sampled_from(["point", "period", "as_of"]),
    basis=st.sampled_from([None, "text", "statement", "published"]),
)
geos = st.none() | st.builds(
    Geo, name=text, country=opt_text, admin1=opt_text, lat=numbers, lon=numbers,
    precision=st.sampled_from(["place", "admin1", "country"]), geonameid=st.none() | st.integers(1, 10**8),
)
records = st.one_of(
    st.builds(
        ArticleRecord, article_id=ids, id=ids, text=text, title=opt_text, url=opt_text, outlet=opt_text,
        language=opt_text, published=dates, published_source=st.sampled_from([None, "given", "metadata", "inferred"]),
        origin_outlet=opt_text, path=opt_text, line=st.none() | st.integers(1, 10**6),
    ),
    st.builds(
        TimeRecord, article_id=ids, span=spans, text=text, timex_type=st.sampled_from(["DATE", "TIME", "DURATION", "SET"]),
        value=text, start=dates, end=dates,
    ),
    st.builds(
        ClaimRecord, article_id=ids, span=spans, text=text, sentence_span=spans, quantity=quantities,
        measure=opt_text, subject=opt_text, source=sources, time=claim_times, statement_date=dates,
    ),
    st.builds(
        EntityRecord, article_id=ids, span=spans, text=text, label=text, canonical=opt_text, country=opt_text, geo=geos,
    ),
    st.builds(StatementRecord, article_id=ids, span=spans, text=text, source=sources, cue=opt_text, direct=st.booleans()),
    st.builds(ErrorRecord, article_id=st.none() | ids, message=text, path=opt_text, line=st.none() | st.integers(1, 10**6)),
)


@given(records)
def test_every_record_round_trips_through_json(record):
    line = json.dumps(record.to_dict(), ensure_ascii=False)
    assert record_from_dict(json.loads(line)) == record


def test_to_dict_carries_the_type_tag_and_lists_for_spans():
    claim = ClaimRecord("a1", (3, 9), "at least 5", (0, 20), Quantity(5, 5, None, "lower"))
    data = claim.to_dict()
    assert data["type"] == "claim" and data["span"] == [3, 9]
    assert data["quantity"] == {"value": 5, "low": 5, "high": None, "bound": "lower", "unit": None, "change": None}
    assert data["source"] is None and data["time"] is None


def test_article_id_is_stable_and_text_dependent():
    assert article_id_for("abc") == article_id_for("abc") != article_id_for("abd")
    assert len(article_id_for("abc")) == 16
