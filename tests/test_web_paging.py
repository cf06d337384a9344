"""The web UI's listings page in the store (OFFSET/LIMIT), not by reading every row before the page.

Over a synthetic ledger (benchmarks/web_store.py): each page of claims,
series, events and articles is exactly its slice of the whole listing, and
the last page says there is no next one.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

pytest.importorskip("fastapi")

from fastapi.testclient import TestClient  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    import web_store

    from newsledger.web import create_app, open_readonly

    path = str(tmp_path_factory.mktemp("paging") / "ledger.db")
    web_store.build(path, 25)  # every listing fits in one page of 100
    with open_readonly(path) as store:
        yield TestClient(create_app(store), base_url="http://127.0.0.1:8000")


@pytest.mark.parametrize("route,key,params", [
    ("/api/claims", "id", {}), ("/api/claims", "id", {"about": "killed"}), ("/api/series", "id", {}),
    ("/api/events", "article_id", {}), ("/api/articles", "id", {"q": "attack"}),
])
def test_each_page_is_its_slice_of_the_whole_listing(client, route, key, params):
    whole = client.get(route, params={**params, "size": 100}).json()
    rows = whole["rows"]
    assert len(rows) > 12 and whole["next"] is None, (route, len(rows))
    size = 5
    seen = []
    page = 1
    while True:
        got = client.get(route, params={**params, "size": size, "page": page}).json()
        assert [r[key] for r in got["rows"]] == [r[key] for r in rows[(page - 1) * size:page * size]], (route, page)
        seen += got["rows"]
        if got["next"] is None:
            break
        page += 1
    assert len(seen) == len(rows) and got["prev"] is not None
    # a page past the end is empty, not an error
    assert client.get(route, params={**params, "size": size, "page": page + 3}).json()["rows"] == []


def test_claim_search_ignores_case_as_before(client):
    lower = client.get("/api/claims", params={"source": "red cross", "size": 100}).json()["rows"]
    upper = client.get("/api/claims", params={"source": "RED CROSS", "size": 100}).json()["rows"]
    assert lower and [r["id"] for r in lower] == [r["id"] for r in upper]
    assert all("red cross" in (r["source_name"] or "").lower() for r in lower)
    # a LIKE wildcard in the filter is the character itself
    assert client.get("/api/claims", params={"source": "red%cross"}).json()["rows"] == []


@pytest.fixture(scope="module")
def bigger(tmp_path_factory):
    import web_store

    from newsledger.web import create_app, open_readonly

    path = str(tmp_path_factory.mktemp("flags") / "ledger.db")
    web_store.build(path, 400)  # enough reports that some series' sources disagree
    with open_readonly(path) as store:
        yield TestClient(create_app(store), base_url="http://127.0.0.1:8000")


def test_a_series_page_lists_a_bounded_number_of_flags(bigger, monkeypatch):
    from newsledger.web import chart, pages

    client = bigger
    rows = client.get("/api/series", params={"flagged": 1, "size": 100}).json()["rows"]
    many = max(rows, key=lambda r: r["n_flags"])
    assert many["n_flags"] >= 2, rows
    whole = client.get(f"/series/{many['id']}").text
    assert whole.count('class="flag-item"') == many["n_flags"] and 'id="more-flags"' not in whole
    monkeypatch.setattr(pages, "MAX_FLAGS_LISTED", 1)
    monkeypatch.setattr(chart, "MAX_FLAG_NOTES", 1)
    page = client.get(f"/series/{many['id']}").text
    assert page.count('class="flag-item"') == 1 and page.count('class="flag-note') == 1
    assert f"and {many['n_flags'] - 1} more flags" in page
    assert len(client.get(f"/api/series/{many['id']}").json()["flags"]) == many["n_flags"]
