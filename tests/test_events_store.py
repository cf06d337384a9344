"""Stored events on both engines: the events command, folding one event told by several reports, the exports."""

from __future__ import annotations

import csv
import io
import json

import sqlalchemy as sa
from click.testing import CliRunner

from newsledger.cli import cli
from newsledger.ingest.article import RawArticle
from newsledger.store import open_store
from newsledger.store.event_exports import ACLED_COLUMNS, UCDP_COLUMNS
from test_store_fixtures import store_url  # noqa: F401  (fixture)

FIRST = (
    "On Wednesday, Russian forces launched a drone attack on Kharkiv, injuring at least 21 people, "
    "Ukrainian officials said. Separately, police arrested 12 protesters in Tbilisi on Tuesday."
)
# Another outlet's report of the same strike: other words, same day, place, type and sides.
SECOND = (
    "Russian troops carried out a drone attack on Kharkiv on Wednesday that wounded at least 19 people, "
    "the regional governor said."
)


def _store(store_url, extractor):
    raws = [
        RawArticle(text=FIRST, id="a1", published="2025-03-27", outlet="Wire A"),
        RawArticle(text=SECOND, id="a2", published="2025-03-27", outlet="Wire B"),
    ]
    with open_store(store_url) as store:
        store.write([(records, None) for records in extractor.process(raws)])


def _run(store_url, *args):
    result = CliRunner().invoke(cli, [*args, "--db", store_url], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.output


def test_events_are_stored_with_their_columns(store_url, extractor):
    _store(store_url, extractor)
    with open_store(store_url) as store, store.engine.connect() as conn:
        rows = conn.execute(sa.text(
            "SELECT article_id, event_type, acled_sub_event_type, place_name, place_country, time_start, event_key "
            "FROM events ORDER BY article_id, ord"
        )).all()
    strikes = [r for r in rows if r.event_type == "ASSAULT"]
    assert {r.article_id for r in strikes} == {"a1", "a2"}
    assert all(r.acled_sub_event_type == "Air/drone strike" and r.place_country == "UKR" for r in strikes)
    assert str(strikes[0].time_start) == "2025-03-26"
    assert strikes[0].event_key == strikes[1].event_key is not None


def test_one_event_told_by_two_reports_is_one_row_with_two_sources(store_url, extractor):
    _store(store_url, extractor)
    rows = [json.loads(line) for line in _run(store_url, "events", "--type", "ASSAULT", "--format", "jsonl").splitlines()]
    assert len(rows) == 1 and rows[0]["n_sources"] == 2 and rows[0]["place"] == "Kharkiv"
    arrests = [json.loads(x) for x in _run(store_url, "events", "--acled", "arrests", "--format", "jsonl").splitlines()]
    assert [r["event_type"] for r in arrests] == ["COERCE"] and arrests[0]["n_sources"] == 1
    assert _run(store_url, "events", "--country", "GEO", "--format", "jsonl").count("\n") == 1
    assert _run(store_url, "events", "--since", "2025-03-27", "--type", "ASSAULT", "--format", "jsonl") == ""
    assert _run(store_url, "events", "--until", "2025-03-26", "--type", "ASSAULT", "--format", "jsonl").count("\n") == 1


def test_acled_export_loads_as_csv_with_the_columns(store_url, extractor):
    _store(store_url, extractor)
    rows = list(csv.DictReader(io.StringIO(_run(store_url, "export", "--table", "events", "--shape", "acled"))))
    assert rows and tuple(rows[0]) == ACLED_COLUMNS
    strike = next(r for r in rows if r["sub_event_type"] == "Air/drone strike")
    assert strike["event_date"] == "2025-03-26" and strike["time_precision"] == "1"
    assert strike["country"] == "Ukraine" and strike["location"] == "Kharkiv" and strike["geo_precision"] == "1"
    assert strike["n_sources"] == "2" and strike["fatalities"] == "0" and "Wire A" in strike["source"]
    assert next(r for r in rows if r["sub_event_type"] == "Arrests")["event_type"] == "Strategic developments"


def test_ucdp_and_plover_exports(store_url, extractor):
    _store(store_url, extractor)
    rows = list(csv.DictReader(io.StringIO(_run(store_url, "export", "--table", "events", "--shape", "ucdp"))))
    assert tuple(rows[0]) == UCDP_COLUMNS and rows[0]["date_start"] == "2025-03-26" and rows[0]["where_prec"] == "1"
    plover = [json.loads(x) for x in _run(store_url, "export", "--table", "events", "--shape", "plover").splitlines()]
    strike = next(p for p in plover if p["event"] == "ASSAULT")
    assert strike["mode"] == "drone" and strike["actor"][0]["code"] == "RUS" and strike["injured"] == "21"
    assert strike["eventLoc"]["name"] == "Kharkiv"
    listed = json.loads(_run(store_url, "export", "--table", "events", "--shape", "plover", "--format", "json"))
    assert len(listed) == len(plover)


def test_a_shape_needs_the_events_table(store_url, extractor):
    _store(store_url, extractor)
    result = CliRunner().invoke(cli, ["export", "--table", "claims", "--shape", "acled", "--db", store_url])
    assert result.exit_code != 0 and "--table events" in result.output
