"""The web UI's safety through FastAPI's TestClient: hostile text, headers, no other host, the token, a read-only store.

The ledger is test_web_fixtures.py's; its hostile article has script tags,
event handlers, javascript: links, terminal escape codes and a bidi override
in its title, text and outlet.
"""

from __future__ import annotations

import json
import os
import re
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytest.importorskip("fastapi")
pytest.importorskip("httpx")

from click.testing import CliRunner  # noqa: E402
from fastapi.testclient import TestClient  # noqa: E402

from newsledger.cli import cli  # noqa: E402
from test_store_fixtures import store_url  # noqa: E402,F401  (a fixture)
from test_web_fixtures import client, db, flagged_series, seed_id, store  # noqa: E402,F401  (fixtures)
from test_web_fixtures import TOKEN, marks, parse  # noqa: E402


# -- safety ----------------------------------------------------------------------------------------------------


def _pages(client, seed_id, flagged_series) -> list[str]:
    return [
        "/", "/articles", "/articles?q=landslide", f"/articles/{seed_id}", "/articles/hostile-1", "/claims",
        "/claims?about=troops", "/series", "/series?flagged=1", f"/series/{flagged_series['id']}", "/events",
        "/login",
    ]


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
