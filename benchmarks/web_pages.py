"""Server time per page of the web UI over a synthetic store of 10,000 articles (issue 12, item 6).

    python benchmarks/web_pages.py [--articles 10000] [--repeats 30] [--db PATH] [--startup]

Builds the store with ``web_store.build`` (kept at --db and reused when it is
there), opens it read-only as ``newsledger serve`` does, and times each page
in process through Starlette's TestClient: the whole request, routing,
queries and template, without a socket. Each page is asked for twice before
timing (the first request of a page warms SQLite's cache and Jinja's
compiled template), then ``--repeats`` times; the table gives the median
and p95 in milliseconds and the page's size. Goal: every page under 200 ms,
the article page under 100 ms.

``--startup`` also times ``newsledger serve`` from launch to its first
answered request (median of 5), the figure item 1 of the issue sets under 2 s.
"""

from __future__ import annotations

import argparse
import os
import socket
import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import web_store  # noqa: E402

LOCAL = "http://127.0.0.1:8000"


def pages(client) -> list[tuple[str, str]]:
    """(label, path) of every page and API route, with real ids from the store."""
    article = client.get("/api/articles", params={"size": 1}).json()["rows"][0]["id"]
    biggest = client.get("/api/series", params={"size": 1}).json()["rows"][0]["id"]
    series_rows = client.get("/api/series", params={"size": 100, "page": 2}).json()["rows"]
    typical = series_rows[len(series_rows) // 2]["id"]
    return [
        ("/", "/"),
        ("/articles", "/articles"),
        ("/articles?q=Kharkiv&outlet=Times", "/articles?q=Kharkiv&outlet=Times"),
        ("/articles?page=40", "/articles?page=40"),
        ("/articles/{id}", f"/articles/{article}"),
        ("/claims", "/claims"),
        ("/claims?about=killed", "/claims?about=killed"),
        ("/claims?page=40", "/claims?page=40"),
        ("/series", "/series"),
        ("/series/{id} (typical)", f"/series/{typical}"),
        ("/series/{id} (largest)", f"/series/{biggest}"),
        ("/events", "/events"),
        ("/events?type=PROTEST&country=MLI", "/events?type=PROTEST&country=MLI"),
        ("/events?page=40", "/events?page=40"),
        ("/api/articles", "/api/articles"),
        ("/api/articles/{id}", f"/api/articles/{article}"),
        ("/api/claims", "/api/claims"),
        ("/api/series", "/api/series"),
        ("/api/series/{id} (largest)", f"/api/series/{biggest}"),
        ("/api/events", "/api/events"),
        ("/openapi.json", "/openapi.json"),
    ]


def time_pages(db: str, repeats: int) -> list[tuple[str, float, float, int]]:
    from fastapi.testclient import TestClient

    from newsledger.web import create_app, open_readonly

    out = []
    with open_readonly(db) as store:
        client = TestClient(create_app(store), base_url=LOCAL)
        for label, path in pages(client):
            for _ in range(2):
                r = client.get(path)
                assert r.status_code == 200, (path, r.status_code, r.text[:300])
            took = []
            for _ in range(repeats):
                t0 = time.perf_counter()
                r = client.get(path)
                took.append((time.perf_counter() - t0) * 1000)
            took.sort()
            p95 = took[min(len(took) - 1, round(0.95 * (len(took) - 1)))]
            out.append((label, statistics.median(took), p95, len(r.content)))
    return out


def time_startup(db: str, runs: int = 5) -> list[float]:
    """Seconds from launching ``newsledger serve`` to its first answered request."""
    import httpx

    found = []
    for _ in range(runs):
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            port = s.getsockname()[1]
        cmd = [sys.executable, "-c", "from newsledger.cli import cli; cli()", "serve", "--db", db, "--port", str(port)]
        env = {**os.environ, "NEWSLEDGER_TOKEN": ""}
        t0 = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
        try:
            while True:
                try:
                    if httpx.get(f"http://127.0.0.1:{port}/", timeout=5).status_code == 200:
                        break
                except httpx.TransportError:
                    time.sleep(0.01)
                if proc.poll() is not None:
                    raise SystemExit(f"serve exited with {proc.returncode}")
            found.append(time.perf_counter() - t0)
        finally:
            proc.terminate()
            proc.wait(timeout=20)
    return found


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--articles", type=int, default=10_000)
    ap.add_argument("--repeats", type=int, default=30)
    ap.add_argument("--db", default=None, help="where the synthetic store is kept (default: /tmp/newsledger-web-N.db)")
    ap.add_argument("--startup", action="store_true", help="also time `newsledger serve` to its first answer")
    args = ap.parse_args()
    db = args.db or f"/tmp/newsledger-web-{args.articles}.db"
    if not Path(db).exists():
        t0 = time.perf_counter()
        web_store.build(db, args.articles)
        print(f"built {db} ({args.articles:,} articles) in {time.perf_counter() - t0:.1f} s", file=sys.stderr)
    print(f"| page | median ms | p95 ms | bytes |\n|---|---:|---:|---:|")
    for label, median, p95, size in time_pages(db, args.repeats):
        print(f"| `{label}` | {median:.1f} | {p95:.1f} | {size:,} |")
    if args.startup:
        runs = time_startup(db)
        print(f"\nnewsledger serve, launch to first answer: median {statistics.median(runs):.2f} s "
              f"(runs: {', '.join(f'{r:.2f}' for r in runs)})")


if __name__ == "__main__":
    main()
