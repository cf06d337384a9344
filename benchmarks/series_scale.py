"""How series building grows with the number of claims (issue 10's benchmark).

Synthetic claims (no parse): N claims over N/20 series keys, each series a
running casualty total from a few sources with some copies, published over a
year. Two figures per size:

- reconcile: building every series in plain Python (reconcile/series.py), the
  part that must stay near linear: candidates are indexed by key, and inside a
  series the flags look only at members within a week of each other (a window
  over the dates), never at all pairs;
- store: `newsledger reconcile` on a SQLite store holding those claims
  (store/series.py: read the claims of each key, build, write four tables).

Prints ms per 1,000 claims at each size and the growth factor from the
smallest to the largest size against linear growth (1.0 is linear).

    python benchmarks/series_scale.py [--sizes 10000,30000,100000] [--store-sizes 10000,50000]
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from newsledger.reconcile.series import ClaimIn, build_series  # noqa: E402
from newsledger.reconcile.series_keys import SeriesKey  # noqa: E402

PER_SERIES = 20
SOURCES = ("Health Ministry", "Red Cross", "UN office", None)


def synthetic(n: int, seed: int = 7) -> list[tuple[SeriesKey, ClaimIn]]:
    rnd = random.Random(seed)
    out = []
    start = dt.date(2025, 1, 1)
    for i in range(n):
        k = i // PER_SERIES
        key = SeriesKey("killed", f"civilians of place {k}", None, "count", "total")
        day = start + dt.timedelta(days=(i % PER_SERIES) * 9 + rnd.randrange(3))
        value = float(10 * (i % PER_SERIES) + rnd.randrange(12))
        copy_of = i if rnd.random() < 0.2 and i % PER_SERIES else None  # a copy points to its original below
        out.append((key, ClaimIn(
            claim_id=i + 1, article_id=f"a{i}", span=(0, 4), text=str(int(value)), value=value,
            low=value, high=value, bound=rnd.choice(("exact", "exact", "approx", "lower")), time_kind="as_of",
            time_start=None, time_end=day.isoformat(), time_basis="text", source=rnd.choice(SOURCES),
            outlet=f"outlet {rnd.randrange(30)}", published=day.isoformat(), same_as=copy_of,
        )))
    return out


def time_reconcile(claims: list[tuple[SeriesKey, ClaimIn]]) -> float:
    by_key: dict[SeriesKey, list[ClaimIn]] = {}
    t0 = time.perf_counter()
    for key, c in claims:
        by_key.setdefault(key, []).append(c)
    for key, cs in by_key.items():
        build_series(key, cs)
    return time.perf_counter() - t0


def time_store(claims: list[tuple[SeriesKey, ClaimIn]]) -> float:
    import sqlalchemy as sa

    from newsledger.store import open_store
    from newsledger.store.schema import articles, claims as claims_table
    from newsledger.store.series import rebuild_all, rekey  # noqa: F401  (rekey needs records; keys are set here)

    with tempfile.TemporaryDirectory() as tmp:
        with open_store(str(Path(tmp) / "s.db")) as store:
            now = dt.datetime.now(dt.timezone.utc)
            with store.engine.begin() as conn:
                conn.execute(articles.insert(), [
                    {"id": c.article_id, "text": "x", "published": dt.date.fromisoformat(c.published), "outlet": c.outlet,
                     "n_records": 1, "record": {}, "ingested_at": now, "original_id": c.article_id}
                    for _, c in claims
                ])
                conn.execute(claims_table.insert(), [
                    {"id": c.claim_id, "article_id": c.article_id, "ord": 0, "span_start": 0, "span_end": 4,
                     "text": c.text, "value": c.value, "low": c.low, "high": c.high, "bound": c.bound,
                     "time_kind": c.time_kind, "time_end": dt.date.fromisoformat(c.time_end), "time_basis": "text",
                     "source_entity": c.source, "same_as": c.same_as, "series_key": key.text(), "part": "text",
                     "record": {}}
                    for key, c in claims
                ])
            t0 = time.perf_counter()
            with store.engine.begin() as conn:
                rebuild_all(conn)
            return time.perf_counter() - t0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", default="10000,30000,100000")
    ap.add_argument("--store-sizes", default="10000,50000")
    ap.add_argument("--repeat", type=int, default=3, help="Runs per size; the median is reported.")
    args = ap.parse_args()
    for label, sizes, fn in (("reconcile", args.sizes, time_reconcile), ("store", args.store_sizes, time_store)):
        rows = []
        for n in [int(s) for s in sizes.split(",") if s]:
            claims = synthetic(n)
            times = sorted(fn(claims) for _ in range(args.repeat if label == "reconcile" else 1))
            t = times[len(times) // 2]
            rows.append((n, t))
            print(f"{label:9} {n:>7} claims  {t:7.2f} s  {t / n * 1000 * 1000:7.1f} ms per 1,000 claims", flush=True)
        if len(rows) > 1:
            (n0, t0), (n1, t1) = rows[0], rows[-1]
            print(f"{label:9} growth {n0} -> {n1}: {t1 / t0:.2f}x time for {n1 / n0:.1f}x claims "
                  f"({(t1 / t0) / (n1 / n0):.2f} of linear)")


if __name__ == "__main__":
    main()
