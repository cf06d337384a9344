"""The web UI (newsledger serve) through FastAPI's TestClient: its pages, the JSON API, and the pieces under them.

The ledger is test_web_fixtures.py's (the seed report, a landslide told three
ways, a copy, a hostile article); test_web_security.py checks the same pages'
safety, the token, and that the store stays read-only.
"""

from __future__ import annotations

import json
import re

import pytest

pytest.importorskip("fastapi")
pytest.importorskip("httpx")

from test_web_fixtures import client, db, flagged_series, seed_id, store  # noqa: E402,F401  (fixtures)
from test_web_fixtures import HOSTILE_OUTLET, HOSTILE_TEXT, marks, parse  # noqa: E402


# -- every page and the API ---------------------------------------------------------------------------------------


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


def test_a_report_with_only_its_credited_headline_still_has_one_heading(client, seed_id):
    # Given the seed report, which has no title of its own but credits an original's headline
    page = client.get(f"/articles/{seed_id}").text
    # Then its page has one heading, its opening words, and the credited headline below it as such
    assert page.count('<h1 id="article-title"') == 1
    assert page.index('id="article-title"') < page.index('id="article-origin-title"')
    assert "North Korea seems to have sent" in page[page.index('id="article-title"'):page.index("</h1>")]


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
