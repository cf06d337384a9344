"""The web UI in a real browser: Playwright drives Debian's chromium against `newsledger serve`'s app.

The store is the demo one (the bundled samples) plus the seed report from
../shared, ingested with the session's pipeline. The app runs under uvicorn
in a thread on a free loopback port; one chromium serves the whole module,
each test gets its own context (1280x800) that

- lets through only requests to the test server: any other one is aborted
  and recorded, and the test fails (issue 12: fully offline);
- records console errors, uncaught page errors and Content-Security-Policy
  violations (an init script listens for ``securitypolicyviolation``);
- leaves a full-page screenshot in the artifact directory
  (``NEWSLEDGER_ARTIFACTS``, else tests/artifacts/), pass or fail.

With ``NEWSLEDGER_SCREENSHOTS=docs/screenshots`` the tests also write the
README's screenshots (the 1280x800 viewport, not the full page).

Playwright never downloads a browser here: ``make test`` installs Debian's
chromium when it is missing. Without one the module is skipped, except under
CI, where a missing browser is a failure rather than a silent skip.
"""

from __future__ import annotations

import os
import re
import shutil
import socket
import threading
import time
from pathlib import Path
from urllib.parse import urlsplit

import pytest

pytest.importorskip("fastapi")
pytest.importorskip("uvicorn")
pytest.importorskip("playwright.sync_api", reason="playwright is in the test extras: pip install -e '.[test]'")

from playwright.sync_api import Page, expect, sync_playwright  # noqa: E402

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "src" / "newsledger" / "samples"
ARTIFACTS = Path(os.environ.get("NEWSLEDGER_ARTIFACTS") or ROOT / "tests" / "artifacts")
SCREENSHOTS = os.environ.get("NEWSLEDGER_SCREENSHOTS")
VIEWPORT = {"width": 1280, "height": 800}

# Collects what the CSP blocks; it runs before the page's own scripts, and
# Playwright injects it outside the page's policy.
CSP_LISTENER = """
window.__cspViolations = [];
document.addEventListener("securitypolicyviolation", function (e) {
  window.__cspViolations.push(e.violatedDirective + " blocked " + (e.blockedURI || "inline"));
});
"""


def find_chromium() -> str | None:
    """Debian's chromium (NEWSLEDGER_CHROMIUM overrides), or None."""
    given = os.environ.get("NEWSLEDGER_CHROMIUM")
    if given:
        return given
    for name in ("chromium", "chromium-browser"):
        found = shutil.which(name)
        if found:
            return found
    return "/usr/lib/chromium/chromium" if os.access("/usr/lib/chromium/chromium", os.X_OK) else None


# -- the server and the browser ------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def demo(tmp_path_factory, extractor, seed_path) -> dict:
    """The demo store (samples and the seed report) in a temporary SQLite file, and what was stored."""
    from newsledger.ingest.readers import iter_inputs
    from newsledger.run import ingest
    from newsledger.store import open_store

    db = str(tmp_path_factory.mktemp("browser") / "demo.db")
    with open_store(db) as store:
        stats = ingest(store, iter_inputs([str(SAMPLES), str(seed_path)]), extractor=extractor)
    assert not stats.errors and stats.added > 1, stats
    return {"db": db, "articles": stats.added}


@pytest.fixture(scope="module")
def server(demo):
    """The base URL of the app over the demo store, served by uvicorn in a thread."""
    import uvicorn

    from newsledger.web import create_app, open_readonly

    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind(("127.0.0.1", 0))  # the kernel's free port: no race with other workers
    port = sock.getsockname()[1]
    with open_readonly(demo["db"]) as store:
        config = uvicorn.Config(create_app(store), log_level="warning", lifespan="off", access_log=False)
        served = uvicorn.Server(config)
        thread = threading.Thread(target=served.run, kwargs={"sockets": [sock]}, daemon=True)
        thread.start()
        deadline = time.monotonic() + 15
        while not served.started:
            assert thread.is_alive() and time.monotonic() < deadline, "uvicorn did not start"
            time.sleep(0.02)
        yield f"http://127.0.0.1:{port}"
        served.should_exit = True
        thread.join(10)
    sock.close()


@pytest.fixture(scope="module")
def browser():
    executable = find_chromium()
    if executable is None:
        message = ("no chromium: `make test` installs Debian's (apt-get install chromium), "
                   "or set NEWSLEDGER_CHROMIUM to a Chromium binary")
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    with sync_playwright() as pw:
        launched = pw.chromium.launch(executable_path=executable)
        yield launched
        launched.close()


class Tab:
    """A page in its own context, with everything that went wrong on it so far."""

    def __init__(self, page: Page, base: str) -> None:
        self.page = page
        self.base = base
        self.foreign: list[str] = []
        self.errors: list[str] = []

    def go(self, path: str) -> Page:
        response = self.page.goto(self.base + path)
        assert response is not None and response.ok, (path, response and response.status)
        return self.page

    def problems(self) -> dict[str, list[str]]:
        csp = self.page.evaluate("window.__cspViolations || []")
        return {"foreign requests": self.foreign, "console errors": self.errors, "CSP violations": csp}

    def assert_clean(self) -> None:
        found = self.problems()
        assert not any(found.values()), found


@pytest.fixture
def tab(browser, server, request):
    context = browser.new_context(viewport=VIEWPORT, service_workers="block")
    context.add_init_script(CSP_LISTENER)
    page = context.new_page()
    here = Tab(page, server)
    origin = urlsplit(server).netloc

    def route(r):
        if urlsplit(r.request.url).netloc == origin:
            r.continue_()
        else:
            here.foreign.append(r.request.url)
            r.abort("blockedbyclient")

    context.route("**/*", route)
    page.on("console", lambda m: here.errors.append(f"console: {m.text}") if m.type == "error" else None)
    page.on("pageerror", lambda e: here.errors.append(f"pageerror: {e}"))
    yield here
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    name = re.sub(r"[^\w.-]+", "_", request.node.name)
    try:
        page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)
    finally:
        context.close()


def docs_screenshot(page: Page, name: str) -> None:
    """The README's picture of this page, when NEWSLEDGER_SCREENSHOTS names where they go."""
    if SCREENSHOTS:
        Path(SCREENSHOTS).mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(Path(SCREENSHOTS) / f"{name}.png"))


# -- the guards themselves -----------------------------------------------------------------------------------------


def test_the_guards_catch_inline_script_and_other_hosts(tab):
    """What the other tests rely on: a blocked inline script and a request elsewhere are both seen."""
    page = tab.go("/")
    page.evaluate("""() => {
      const s = document.createElement("script");
      s.textContent = "window.__ran = true";
      document.body.appendChild(s);
    }""")
    assert page.evaluate("window.__ran === undefined"), "the CSP let an inline script run"
    found = tab.problems()
    assert any("script-src" in v for v in found["CSP violations"]), found
    assert not found["foreign requests"], found
    with pytest.raises(Exception):
        page.goto("http://elsewhere.invalid/pixel.gif")
    assert tab.foreign == ["http://elsewhere.invalid/pixel.gif"]


# -- the pages ---------------------------------------------------------------------------------------------------


def test_overview_shows_the_counts(tab, demo):
    from newsledger.web.pages import LATEST

    page = tab.go("/")
    expect(page.locator("h1")).to_have_text("The ledger")
    counts = {}
    for item in page.locator("#counts li").all():
        expect(item).to_be_visible()
        counts[item.get_attribute("data-count")] = int(item.locator(".n").inner_text().replace(",", ""))
    assert counts["articles"] == demo["articles"], counts
    assert counts["claims"] > 0 and counts["series"] > 0, counts
    expect(page.locator("#latest-articles tbody tr")).to_have_count(min(demo["articles"], LATEST))
    docs_screenshot(page, "overview")
    tab.assert_clean()


def test_clicking_the_troops_claim_shows_its_source_and_as_of_date(tab):
    page = tab.go("/articles")
    page.locator("#filters input[name=q]").fill("North Korean troops sent to Russia")
    page.locator("#filters button[type=submit]").click()
    rows = page.locator("table.articles tbody tr")
    expect(rows).to_have_count(1)
    rows.first.locator("a.article-link").first.click()
    page.wait_for_url(re.compile(r"/articles/[^/?#]+$"))

    panel = page.locator("#record-panel")
    expect(panel).to_be_hidden()
    claim = page.locator("mark.hl-claim[data-record]", has_text="11,000")
    expect(claim).to_have_count(1)
    expect(claim).to_have_text("approximately 11,000")
    claim.click()
    expect(panel).to_be_visible()
    expect(claim).to_have_class(re.compile(r"\bactive\b"))
    fields = panel.locator("dd[data-field]")
    expect(panel.locator(".record-kind")).to_have_text("claim")
    expect(panel.locator('dd[data-field="figure"]')).to_have_text("approximately 11,000")
    expect(panel.locator('dd[data-field="source"]')).to_contain_text("South Korea")
    expect(panel.locator('dd[data-field="source"]')).to_contain_text("joint staff")
    # the report says "on Thursday (27)" of a report published 2025-03-27
    expect(panel.locator('dd[data-field="as of"]')).to_contain_text("2025-03-27")
    assert fields.count() >= 5
    # the panel is on screen beside the text, not below the fold
    box, view = panel.bounding_box(), page.viewport_size
    assert box is not None and box["y"] < view["height"] and box["height"] > 40, box
    docs_screenshot(page, "article")

    page.locator("#record-panel-close").click()
    expect(panel).to_be_hidden()
    expect(claim).not_to_have_class(re.compile(r"\bactive\b"))
    tab.assert_clean()


def test_a_series_page_draws_its_timeline(tab):
    page = tab.go("/series")
    page.get_by_role("link", name="troops of North Korea: deployed", exact=True).click()
    page.wait_for_url(re.compile(r"/series/[^/?#]+$"))
    chart = page.locator("svg#series-chart")
    expect(chart).to_be_visible()
    frame = chart.bounding_box()
    assert frame and frame["width"] > 300 and frame["height"] > 150, frame

    drawn = int(chart.get_attribute("data-members"))
    members = chart.locator("g.member")
    expect(members).to_have_count(drawn)
    assert drawn >= 2
    # every member's dot and bar are laid out inside the chart
    for i in range(drawn):
        for part in ("circle.dot", "line.bar"):
            box = members.nth(i).locator(part).bounding_box()
            assert box is not None, (i, part)
            assert frame["x"] <= box["x"] <= frame["x"] + frame["width"], (i, part, box, frame)
            assert frame["y"] <= box["y"] <= frame["y"] + frame["height"], (i, part, box, frame)
    expect(chart.locator("g.axis.y text.tick").first).to_be_visible()
    # the table lists at least the members drawn, each linking into its article
    assert page.locator("#members tbody tr").count() >= drawn
    expect(page.locator("#members a.member-span").first).to_have_attribute("href", re.compile(r"^/articles/.+#"))
    docs_screenshot(page, "series")
    tab.assert_clean()


def test_clicking_a_series_member_opens_its_record_in_the_article(tab):
    """A chart mark links to its span; arriving there opens the record panel on it."""
    page = tab.go("/series")
    page.get_by_role("link", name="troops of North Korea: deployed", exact=True).click()
    page.locator("svg#series-chart a.member-link").first.click()
    page.wait_for_url(re.compile(r"/articles/[^/?#]+#"))
    panel = page.locator("#record-panel")
    expect(panel).to_be_visible()
    expect(panel.locator(".record-kind")).to_have_text("claim")
    expect(page.locator("mark.hl-claim.active").first).to_be_visible()
    tab.assert_clean()


# The events map is being built beside this test (Leaflet and world-atlas in
# web/static/vendor/); the contract is an element #events-map holding one SVG
# element of class event-marker per marker.

def test_the_events_map_shows_markers(tab):
    page = tab.go("/events")
    expect(page.locator("h1")).to_have_text("Events")
    expect(page.locator("table.events tbody tr").first).to_be_visible()
    world = page.locator("#events-map")
    expect(world).to_be_visible()
    markers = world.locator("svg .event-marker, svg.event-marker")
    expect(markers.first).to_be_visible()
    frame = world.bounding_box()
    assert frame and frame["width"] > 300 and frame["height"] > 200, frame
    inside = 0
    for i in range(markers.count()):
        box = markers.nth(i).bounding_box()
        assert box and box["width"] > 0 and box["height"] > 0, (i, box)
        centre = (box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
        inside += (frame["x"] <= centre[0] <= frame["x"] + frame["width"]
                   and frame["y"] <= centre[1] <= frame["y"] + frame["height"])
    assert inside, "no marker is within the map's frame"
    docs_screenshot(page, "events")
    tab.assert_clean()
