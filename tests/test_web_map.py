"""The events map of the web UI (issue 12): its markers' data, its vendored files, the filters it shares with the table.

The store is a small synthetic ledger (benchmarks/web_store.py, the one the
page timings use) whose events happen in a few places, one of them with a
hostile name: script tags, quotes that would close an attribute, a bidi override.
"""

from __future__ import annotations

import glob
import json
import re
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest
import sqlalchemy as sa

pytest.importorskip("fastapi")
pytest.importorskip("httpx")

from fastapi.testclient import TestClient  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
WEB = ROOT / "src" / "newsledger" / "web"
VENDOR = WEB / "static" / "vendor"

HOSTILE_PLACE = "Ash'ford\"><script>alert(1)</script>\u202eTown"
PLACES = [
    ("Kharkiv", "UKR", 49.99, 36.23), ("Goma", "COD", -1.68, 29.23), ("Bamako", "MLI", 12.64, -8.00),
    (HOSTILE_PLACE, "GBR", 51.15, 0.87),
]


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> str:
    import web_store

    path = str(tmp_path_factory.mktemp("map") / "ledger.db")
    web_store.build(path, 80, places=PLACES, undated=0.5)
    return path


@pytest.fixture(scope="module")
def client(db):
    from newsledger.web import create_app, open_readonly

    with open_readonly(db) as store:
        yield TestClient(create_app(store), base_url="http://127.0.0.1:8000")


class _Page(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))


def _tags(html: str) -> list[tuple[str, dict[str, str | None]]]:
    page = _Page()
    page.feed(html)
    return page.tags


def _map(client, **params) -> tuple[dict, list[dict]]:
    r = client.get("/events", params=params)
    assert r.status_code == 200, r.text[:500]
    found = [a for t, a in _tags(r.text) if a.get("id") == "events-map"]
    assert len(found) == 1
    return found[0], json.loads(found[0]["data-markers"])


def test_the_map_has_a_marker_per_placed_event_at_its_place(client):
    attrs, markers = _map(client)
    api = client.get("/api/events", params={"size": 100}).json()["rows"]
    placed = [e for e in api if e["lat"] is not None]
    assert int(attrs["data-placed"]) == len(markers) >= len(placed) > 0
    where = {(round(lat, 2), round(lon, 2)) for _, _, lat, lon in PLACES}
    for m in markers:
        assert (round(m["lat"], 2), round(m["lon"], 2)) in where, m
        assert m["href"].startswith("/articles/syn-") and m["reports"] >= 1
        assert m["type"] in ("ASSAULT", "PROTEST")
    # the synthetic attacks count their dead; some events are told by several reports
    assert any(m["dead"] for m in markers if m["type"] == "ASSAULT")
    assert any(m["reports"] > 1 for m in markers)
    assert attrs["data-world"] == "/static/vendor/world-atlas/countries-110m.json"


def test_the_filters_apply_to_the_map(client):
    _, every = _map(client)
    _, protests = _map(client, type="PROTEST")
    assert protests and {m["type"] for m in protests} == {"PROTEST"}
    _, mali = _map(client, country="MLI")
    assert mali and {m["country"] for m in mali} == {"MLI"}
    _, late = _map(client, since="2025-06-01")
    assert late and all(m["when"] >= "2025-06-01" for m in late)
    assert len(every) > max(len(protests), len(mali), len(late))
    _, none = _map(client, type="SANCTION")
    assert none == []
    assert "No event here has a known place" in client.get("/events", params={"type": "SANCTION"}).text


def test_the_map_is_capped_to_the_latest_events_and_says_so(client, monkeypatch):
    from newsledger.web import listing

    _, every = _map(client)
    monkeypatch.setattr(listing, "MAP_LIMIT", 5)
    attrs, capped = _map(client)
    assert len(capped) == 5 and int(attrs["data-placed"]) == len(every)
    assert sorted(m["when"] for m in capped) == sorted(m["when"] for m in every)[-5:]
    assert f"latest 5 of the {len(every)} events" in client.get("/events").text


def test_marker_json_is_escaped_and_comes_back_as_the_stored_text(client):
    html = client.get("/events").text
    assert "<script>alert" not in html and "\u202e" not in html
    _, markers = _map(client)
    hostile = [m for m in markers if m["country"] == "GBR"]
    assert hostile
    # the browser gets the name back as text, its bidi override shown (as on every page), never as markup
    assert {m["place"] for m in hostile} == {HOSTILE_PLACE.replace("\u202e", "\\u202e")}
    scripts = [a.get("src") for t, a in _tags(html) if t == "script"]
    assert scripts == ["/static/app.js", "/static/vendor/leaflet/leaflet.js",
                       "/static/vendor/topojson-client/topojson-client.min.js", "/static/events_map.js"]


def test_the_events_page_loads_only_this_servers_static_files(client):
    r = client.get("/events")
    refs = [a.get("src") or a.get("href") for t, a in _tags(r.text) if t in ("script", "link")]
    refs.append(_map(client)[0]["data-world"])
    assert refs and all(ref.startswith("/static/") for ref in refs), refs
    for ref in refs:
        got = client.get(ref)
        assert got.status_code == 200 and got.content, ref
    css = client.get("/static/vendor/leaflet/leaflet.css").text
    # Leaflet's stylesheet names its own images by relative path; each is vendored beside it
    for image in re.findall(r"url\((images/[^)]+)\)", css):
        assert client.get(f"/static/vendor/leaflet/{image}").status_code == 200, image
    assert not re.search(r"url\(\s*['\"]?(https?:)?//", css)
    script = client.get("/static/events_map.js").text
    assert "innerHTML" not in script and "tileLayer" not in script and "http" not in script


def test_vendored_files_come_with_their_licence_and_source(client):
    sources = (VENDOR / "SOURCES.md").read_text()
    for folder, package, licence in (("leaflet", "leaflet", "BSD 2-Clause"), ("topojson-client", "topojson-client",
                                     "ISC"), ("world-atlas", "world-atlas", "Michael Bostock")):
        assert f"`{folder}/`" in sources and f"npmjs.com/package/{package}" in sources
        text = client.get(f"/static/vendor/{folder}/LICENSE").text
        assert (licence in text) or ("Permission to use, copy, modify" in text), folder
    for path in VENDOR.rglob("*"):
        if path.is_file() and path.name not in ("LICENSE", "SOURCES.md") and path.parent.name != "images":
            assert path.name in sources, f"{path.relative_to(VENDOR)} is not in SOURCES.md"
    world = client.get("/static/vendor/world-atlas/countries-110m.json").json()
    assert world["type"] == "Topology" and len(world["objects"]["countries"]["geometries"]) > 150


def test_package_data_ships_every_static_and_vendored_file():
    import tomllib

    patterns = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["package-data"]["newsledger"]
    package = ROOT / "src" / "newsledger"
    shipped = {Path(p) for pattern in patterns for p in glob.glob(str(package / pattern)) if Path(p).is_file()}
    for path in (WEB / "static").rglob("*"):
        if path.is_file():
            assert path in shipped, f"{path.relative_to(package)} is left out of the package data"


def test_events_with_no_key_fold_only_with_copies_of_their_report(db, monkeypatch):
    from newsledger.records.event import event_key
    from newsledger.store import events as store_events
    from newsledger.store import open_store

    with open_store(db, create=False) as store, store.engine.connect() as conn:
        found = store_events.find_events(conn)
        unkeyed = [e for e in found if event_key(e.record) is None]
        assert unkeyed and all(e.record.event_type == "PROTEST" and e.record.time is None for e in unkeyed)
        originals = dict(conn.execute(sa.select(store_events.articles.c.id, store_events.articles.c.original_id)).all())
        for e in unkeyed:  # one report and its copies, never two reports
            assert len({originals[a] for a in e.articles}) == 1, e.articles
        assert any(len(e.articles) > 1 for e in unkeyed)
        # an event committed between the fold's two reads has its words looked up on its own
        real = store_events._words
        monkeypatch.setattr(store_events, "_words", lambda c, flt, event_id=None: {} if flt is not None
                            else real(c, flt, event_id))
        again = store_events.find_events(conn)
    assert [(e.article_id, e.articles) for e in again] == [(e.article_id, e.articles) for e in found]


def test_folding_counts_every_report_whatever_the_window(db):
    from newsledger.store import open_store
    from newsledger.store.events import EventFilter, find_events

    with open_store(db, create=False) as store, store.engine.connect() as conn:
        every = find_events(conn)
        window = find_events(conn, limit=7, offset=5)
        protests = find_events(conn, EventFilter(event_type="PROTEST"), limit=3)
    assert [(e.article_id, e.record, e.articles, e.claim_values) for e in window] == \
        [(e.article_id, e.record, e.articles, e.claim_values) for e in every[5:12]]
    assert sum(e.n_sources for e in every) == sum(1 for e in every for _ in e.articles)
    assert [e.articles for e in protests] == [e.articles for e in every if e.record.event_type == "PROTEST"][:3]
    # the sentence is the article's own words around the event
    assert all(e.record.text in e.sentence for e in every)


def test_serving_does_not_load_spacy(db):
    code = (
        "import sys\n"
        "from newsledger.cli import cli\n"
        "from newsledger.web import create_app, open_readonly\n"
        f"app = create_app(open_readonly({db!r}))\n"
        "from fastapi.testclient import TestClient\n"
        "assert TestClient(app, base_url='http://127.0.0.1').get('/events').status_code == 200\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('spacy', 'thinc', 'dask', 'pyarrow', 'pandas')))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr[-2000:]
    assert out.stdout.strip() == "[]", out.stdout
