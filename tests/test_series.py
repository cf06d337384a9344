"""Series: one figure across reports (issue 10), rules first, then through the store.

The rules are tested on plain claims (no parse): members, the estimate, each
flag kind, copies, and that the order of the claims never changes a series.
The store tests ingest made-up reports (synonyms, pronouns, copies, updates)
and read the series back through the commands, on SQLite and PostgreSQL.
"""

from __future__ import annotations

import json
import random

import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from newsledger.cli import cli
from newsledger.reconcile.series import ClaimIn, build_series, estimates, members_of
from newsledger.reconcile.series_keys import SeriesKey
from test_store_fixtures import store_url  # noqa: F401  (fixture)

KILLED = SeriesKey("killed", "civilians", None, "count", "total")


def claim(cid, value, *, source="Health Ministry", as_of="2025-05-01", published=None, bound="exact", low=None,
          high=None, article=None, outlet="Daily A", same_as=None, kind="as_of", sentence=None, part="text"):
    low = value if low is None and bound in ("exact",) else low
    high = value if high is None and bound in ("exact",) else high
    return ClaimIn(
        claim_id=cid, article_id=article or f"a{cid}", span=(0, 3), text=str(value), value=value, low=low, high=high,
        bound=bound, time_kind=kind, time_start=None if kind == "as_of" else as_of, time_end=as_of,
        time_basis="text", source=source, outlet=outlet, published=published or as_of, same_as=same_as,
        sentence=sentence, part=part,
    )


def kinds(series):
    return sorted(f.kind for f in series.flags)


# -- rules ---------------------------------------------------------------------
def test_a_total_that_only_rises_raises_no_flag():
    # given a casualty total reported month by month by two sources that agree
    claims = [
        claim(1, 120, as_of="2025-01-31"), claim(2, 118, source="Red Cross", as_of="2025-02-01", bound="approx",
                                                 low=106, high=130),
        claim(3, 260, as_of="2025-02-28"), claim(4, 410, as_of="2025-03-31"),
    ]
    # when the series is built, then nothing is flagged and the dates are oldest first
    s = build_series(KILLED, claims)
    assert s.flags == ()
    assert [m.as_of for m in s.members] == ["2025-01-31", "2025-02-01", "2025-02-28", "2025-03-31"]


def test_two_sources_a_few_days_apart_with_intervals_apart_disagree():
    s = build_series(KILLED, [claim(1, 40, as_of="2025-05-01"), claim(2, 95, source="Rebel Council", as_of="2025-05-03")])
    assert kinds(s) == ["disagreement"]
    assert s.flags[0].members == (0, 1)
    assert "Rebel Council" in s.flags[0].note


def test_an_open_bound_reads_as_news_uses_it():
    # "more than 1,000" against "more than 3,000": both open above, yet they tell different stories
    s = build_series(KILLED, [
        claim(1, 1000, bound="lower", low=1000), claim(2, 3000, source="Other", bound="lower", low=3000),
    ])
    assert kinds(s) == ["disagreement"]
    # "at least 21" and "30" agree
    s = build_series(KILLED, [claim(1, 21, bound="lower", low=21), claim(2, 30, source="Other")])
    assert s.flags == ()


def test_the_same_source_giving_another_figure_for_the_same_day_is_a_revision():
    s = build_series(KILLED, [
        claim(1, 52, as_of="2025-05-01", published="2025-05-01"),
        claim(2, 35, as_of="2025-05-01", published="2025-05-02", article="a2"),
    ])
    assert kinds(s) == ["revision"]
    assert "52" in s.flags[0].note and "35" in s.flags[0].note


def test_a_total_that_falls_weeks_later_is_a_regression_but_a_force_present_may_shrink():
    claims = [claim(1, 900, as_of="2025-01-10"), claim(2, 400, as_of="2025-03-01")]
    assert kinds(build_series(KILLED, claims)) == ["regression"]
    present = SeriesKey("present", "troops of X", None, "count", "total")
    assert build_series(present, claims).flags == ()


def test_one_report_contradicting_itself_is_internal():
    # its credited headline against its body
    s = build_series(KILLED, [
        claim(1, 11000, bound="approx", low=9900, high=12100, article="r"),
        claim(2, 3000, bound="lower", low=3000, article="r", part="origin_title"),
    ])
    assert kinds(s) == ["internal"]
    assert "credited headline" in s.flags[0].note


def test_members_that_count_different_things_raise_a_definition_flag():
    s = build_series(SeriesKey("casualties", "troops of X", None, "count", "total"), [
        claim(1, 5000, sentence="Casualties, including the missing and captured, reached 5,000."),
        claim(2, 4800, source="Other", sentence="Its casualties, killed or wounded, stood at 4,800."),
    ])
    assert "definition" in kinds(s)


def test_copies_of_one_report_are_one_member_with_every_outlet():
    s = build_series(KILLED, [
        claim(1, 40, outlet="Wire", published="2025-05-01"),
        claim(2, 40, outlet="Paper B", published="2025-05-02", article="b", same_as=1),
        claim(3, 40, outlet="Paper C", published="2025-05-02", article="c", same_as=1),
    ])
    assert len(s.members) == 1
    assert s.members[0].outlets == ("Paper B", "Paper C", "Wire")
    assert s.estimate[0].sources == 1


def test_a_claim_without_time_takes_the_publication_date_marked_as_such():
    c = claim(1, 40, kind=None)
    c = ClaimIn(**{**c.__dict__, "time_start": None, "time_end": None, "published": "2025-06-02"})
    (m,) = members_of([c])
    assert (m.as_of, m.as_of_basis) == ("2025-06-02", "published_fallback")


members = st.lists(
    st.tuples(
        st.floats(0, 1e6, allow_nan=False), st.sampled_from(["exact", "approx", "lower", "upper", "range"]),
        st.floats(0, 1e5, allow_nan=False), st.sampled_from(["2025-01-01", "2025-01-02", "2025-02-01"]),
        st.sampled_from(["A", "B", None]),
    ),
    min_size=1, max_size=8,
)


def _claims(drawn):
    out = []
    for i, (value, bound, spread, as_of, source) in enumerate(drawn):
        low = value if bound in ("exact", "lower", "approx", "range") else None
        high = value if bound in ("exact", "upper") else None
        if bound in ("approx", "range"):
            low, high = max(0.0, value - spread), value + spread
        out.append(claim(i + 1, value, bound=bound, low=low, high=high, as_of=as_of, source=source))
    return out


@given(members)
def test_low_best_high_are_always_in_order(drawn):
    for e in estimates(members_of(_claims(drawn))):
        assert e.low <= e.best <= e.high
        assert e.sources >= 1


@given(members, st.randoms(use_true_random=False))
@settings(max_examples=40)
def test_the_order_of_the_claims_does_not_change_the_series(drawn, rnd):
    claims = _claims(drawn)
    shuffled = claims[:]
    rnd.shuffle(shuffled)
    assert build_series(KILLED, claims) == build_series(KILLED, shuffled)


# -- through the pipeline and the store -------------------------------------------
REPORTS = [
    # the same count written three ways: a capital for the country, a demonym, "sent by"
    {"id": "d1", "published": "2025-03-10", "outlet": "Seoul Daily",
     "text": "Pyongyang has sent about 12,000 troops to Russia, South Korea's spy agency said on Monday."},
    {"id": "d2", "published": "2025-03-20", "outlet": "Seoul Daily",
     "text": "Some 15,000 North Korean soldiers have now been deployed to Russia, South Korea's spy agency said."},
    # casualties, and a pronoun that refers back to the troops
    {"id": "k1", "published": "2025-03-10", "outlet": "Seoul Daily",
     "text": "North Korea has sent thousands of troops to Russia. About 4,000 of them have been killed or wounded, "
             "South Korea's spy agency told lawmakers on Monday."},
    # the same report republished a day later: one member, two outlets
    {"id": "k1-copy", "published": "2025-03-11", "outlet": "Asia Wire",
     "text": "North Korea has sent thousands of troops to Russia. About 4,000 of them have been killed or wounded, "
             "South Korea's spy agency told lawmakers on Monday.\n\nThis article was originally published in Seoul Daily."},
    # another source two days later, far apart: a disagreement
    {"id": "k2", "published": "2025-03-12", "outlet": "Kyiv Bulletin",
     "text": "Ukraine's military intelligence said on Wednesday that 1,500 North Korean soldiers had been killed or "
             "wounded in Russia."},
]


def _ingest(extractor, db, tmp_path, reports):
    from newsledger.ingest.readers import iter_inputs
    from newsledger.run import ingest
    from newsledger.store import open_store

    path = tmp_path / f"in-{random.random()}.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in reports), encoding="utf-8")
    with open_store(db) as store:
        stats = ingest(store, iter_inputs([str(path)]), extractor=extractor)
    assert not stats.errors, stats.errors


def _series(db):
    done = CliRunner().invoke(cli, ["series", "--db", db, "--format", "jsonl"])
    assert done.exit_code == 0, done.output
    return {s["label"]: s for s in map(json.loads, done.output.splitlines())}


def _comparable(series):
    # what must not depend on ingest order (claim ids are the store's own)
    out = {}
    for label, s in series.items():
        ms = [{k: v for k, v in m.items() if k != "claim_id"} for m in s["members"]]
        out[label] = (s["id"], ms, s["estimate"], s["flags"])
    return out


def test_reports_in_varied_wording_make_sensible_series(extractor, store_url, tmp_path):
    _ingest(extractor, store_url, tmp_path, REPORTS)
    series = _series(store_url)
    deployed = series["troops of North Korea: deployed"]
    # "thousands of troops" is a member too, vague: it contradicts neither precise figure
    assert [(m["text"], m["value"]) for m in deployed["members"]] == [
        ("about 12,000", 12000), ("thousands", 2000), ("Some 15,000", 15000),
    ]
    assert deployed["flags"] == []  # a total that rises
    casualties = series["troops of North Korea: killed or injured"]
    values = sorted(m["value"] for m in casualties["members"])
    assert values == [1500, 4000]
    copy = next(m for m in casualties["members"] if m["value"] == 4000)
    assert copy["outlets"] == ["Asia Wire", "Seoul Daily"] and copy["article_id"] == "k1"
    assert [f["kind"] for f in casualties["flags"]] == ["disagreement"]


def test_the_order_of_ingest_does_not_change_the_series(extractor, store_url, tmp_path):
    _ingest(extractor, store_url, tmp_path, REPORTS)
    together = _comparable(_series(store_url))
    # one at a time, newest first, into a second store of the same backend
    other = store_url.replace("ledger.db", "other.db") if "://" not in store_url else None
    if other is None:
        pytest.skip("one PostgreSQL schema per test: the reverse order runs on SQLite")
    for report in reversed(REPORTS):
        _ingest(extractor, other, tmp_path, [report])
    assert _comparable(_series(other)) == together
    # and a full rebuild gives the same again
    assert CliRunner().invoke(cli, ["reconcile", "--db", other]).exit_code == 0
    assert _comparable(_series(other)) == together


def test_series_show_draws_the_timeline_and_explains_the_flags(extractor, store_url, tmp_path):
    _ingest(extractor, store_url, tmp_path, REPORTS)
    sid = _series(store_url)["troops of North Korea: killed or injured"]["id"]
    done = CliRunner().invoke(cli, ["series", "show", sid[:6], "--db", store_url, "--format", "table"])
    assert done.exit_code == 0, done.output
    assert "disagreement" in done.output and "Kyiv" in done.output and "●" in done.output
    flagged = CliRunner().invoke(cli, ["series", "--db", store_url, "--flagged", "--format", "csv"])
    assert [line.split(",")[0] for line in flagged.output.splitlines()[1:]] == [sid]
    missing = CliRunner().invoke(cli, ["series", "show", "ffffffffff", "--db", store_url])
    assert missing.exit_code == 1 and "no series" in missing.output


def test_the_seed_flags_its_credited_headline_against_its_body(extractor, seed_path, tmp_path):
    db = str(tmp_path / "seed.db")
    from newsledger.ingest.readers import iter_inputs
    from newsledger.run import ingest
    from newsledger.store import open_store

    with open_store(db) as store:
        ingest(store, iter_inputs([str(seed_path)]), extractor=extractor)
    series = _series(db)
    flagged = {label: s for label, s in series.items() if s["flags"]}
    deployed = flagged["troops of North Korea: deployed"]
    assert [f["kind"] for f in deployed["flags"]] == ["internal"]
    parts = {m["part"] for m in deployed["members"]}
    assert parts == {"text", "origin_title"}


def test_series_export_as_ucdp_shaped_csv(extractor, store_url, tmp_path):
    _ingest(extractor, store_url, tmp_path, REPORTS)
    done = CliRunner().invoke(cli, ["export", "--db", store_url, "--table", "series_ucdp", "--format", "csv"])
    assert done.exit_code == 0, done.output
    header, *rows = done.output.splitlines()
    assert header == "series_id,label,measure_class,subject,place,unit,date,low,best,high,sources"
    casualty_rows = [r for r in rows if "killed or injured" in r]
    assert [r.split(",")[6] for r in casualty_rows] == ["2025-03-10", "2025-03-12"]
    for r in rows:
        low, best, high = map(float, r.split(",")[7:10])
        assert low <= best <= high
