"""Dask scaling: articles per second locally and on a LocalCluster of 1 and 2 workers, over one corpus.

    python benchmarks/dask_scale.py [--corpus FILE.jsonl] [--repeat N] [--part-size N] [--workers 1,2] [--json]

The corpus is the 437 development texts (``benchmarks/dev_corpus.py``, read
from ../shared) unless ``--corpus`` names a JSONL file; ``--repeat`` runs it
that many times over (ids made unique), for a longer, steadier measurement.
The inputs are read into memory once, before any timing, and every run gets
the same list.

Each run is ``newsledger extract --out DIR`` in this process, into a fresh
dataset (parts cut, keyed, extracted, written as Parquet):

- **local**: ``--engine local --jobs 1``;
- **dask N**: ``--engine dask --workers N``, a LocalCluster of N processes of
  one thread each.

Model load is counted apart, never in articles/s: for local it is making
the Extractor; for dask it is starting the cluster and registering the
worker plugin, which returns once every worker has loaded the pipeline.

Reported besides: scaling efficiency (rate of N workers / (N x rate of 1)),
the CPU seconds the workers and the client used during the run (wall time far
above CPU time / workers means the machine was busy with other work), each
worker's peak resident memory (``getrusage`` in the worker, after its
run), and the scheduler's overhead per task, measured on the last cluster:
the round trip of an empty task submitted and awaited one at a time, and the
per-task cost of 1,000 empty tasks mapped at once.

No timing is asserted anywhere; the figures depend on the machine and its
load, which the output states (load average before and after).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))


def _load_items(corpus: Path | None, repeat: int) -> list:
    from newsledger.ingest.article import RawArticle
    from newsledger.ingest.readers import iter_inputs

    with tempfile.TemporaryDirectory() as tmp:
        if corpus is None:
            import dev_corpus

            corpus = Path(tmp) / "dev.jsonl"
            with corpus.open("w", encoding="utf-8") as out:
                for item in dev_corpus.items():
                    out.write(json.dumps(item) + "\n")
        base = list(iter_inputs([str(corpus)]))
    items = []
    for n in range(repeat):
        for item in base:
            if isinstance(item, RawArticle) and n:
                # Another id and line, so each copy is its own input and its own part.
                item = RawArticle(**{**item.__dict__, "id": f"{item.id}-{n}", "line": (item.line or 0) + n * len(base)})
            items.append(item)
    return items


def _counts(root: Path) -> Counter:
    from newsledger.run.parquet import Dataset

    return Counter(r.TYPE for r in Dataset(root).records())


def _run_local(items, options, part_size: int) -> dict:
    import resource

    from newsledger.extract import Extractor
    from newsledger.run.engines import LocalEngine
    from newsledger.run.parquet import extract_to_dataset
    from newsledger.run.parts import split_parts

    from newsledger.run.dask import cpu_seconds

    started = time.perf_counter()
    extractor = Extractor(**options.extractor_kwargs())
    load = time.perf_counter() - started
    with tempfile.TemporaryDirectory() as out:
        engine = LocalEngine(options, jobs=1, extractor=extractor)
        cpu = cpu_seconds()
        started = time.perf_counter()
        stats = extract_to_dataset(engine, split_parts(items, options, size=part_size), out)
        seconds = time.perf_counter() - started
        cpu = cpu_seconds() - cpu
        counts = _counts(Path(out))
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    return dict(engine="local", workers=1, load_s=load, seconds=seconds, articles=stats.articles,
                rate=stats.articles / seconds, cpu_s=cpu, client_cpu_s=0.0, peak_mb=[peak / 2**20], counts=counts)


def _overhead(client) -> dict:
    def nothing(x):
        return x

    for _ in range(5):  # warm the connection and the function's pickle
        client.submit(nothing, 0, pure=False).result()
    n = 100
    started = time.perf_counter()
    for i in range(n):
        client.submit(nothing, i, pure=False).result()
    round_trip = (time.perf_counter() - started) / n
    m = 1000
    started = time.perf_counter()
    client.gather(client.map(nothing, range(m), pure=False))
    mapped = (time.perf_counter() - started) / m
    return dict(round_trip_ms=round_trip * 1000, mapped_ms=mapped * 1000)


def _run_dask(items, options, part_size: int, workers: int, overhead: bool) -> dict:
    from newsledger.run.dask import DaskEngine, cpu_seconds, peak_memory
    from newsledger.run.parquet import extract_to_dataset
    from newsledger.run.parts import split_parts

    started = time.perf_counter()
    with DaskEngine.open(options, workers=workers, part_size=part_size) as engine:
        load = time.perf_counter() - started
        with tempfile.TemporaryDirectory() as out:
            before, client_before = engine.client.run(cpu_seconds), cpu_seconds()
            started = time.perf_counter()
            stats = extract_to_dataset(engine, split_parts(items, options, size=part_size), out)
            seconds = time.perf_counter() - started
            after, client_cpu = engine.client.run(cpu_seconds), cpu_seconds() - client_before
            counts = _counts(Path(out))
        peaks = engine.client.run(peak_memory)
        extra = _overhead(engine.client) if overhead else {}
    cpu = sum(after[w] - before.get(w, 0.0) for w in after)
    return dict(engine="dask", workers=workers, load_s=load, seconds=seconds, articles=stats.articles,
                rate=stats.articles / seconds, cpu_s=cpu, client_cpu_s=client_cpu,
                peak_mb=[v / 2**20 for v in peaks.values()], counts=counts, **extra)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--corpus", type=Path, default=None, help="a JSONL input (default: the 437 dev texts)")
    parser.add_argument("--repeat", type=int, default=1, help="run the corpus this many times over")
    parser.add_argument("--part-size", type=int, default=None, help="inputs per task (default: the engine's)")
    parser.add_argument("--workers", default="1,2", help="cluster sizes to run, comma-separated")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args()

    from newsledger.run.parts import DEFAULT_PART_SIZE, Options

    part_size = args.part_size or DEFAULT_PART_SIZE
    options = Options()
    items = _load_items(args.corpus, max(1, args.repeat))
    load_before = os.getloadavg()
    sizes = [int(n) for n in args.workers.split(",") if n.strip()]
    print(f"{len(items)} inputs read; local run ...", file=sys.stderr, flush=True)
    runs = [_run_local(items, options, part_size)]
    for i, n in enumerate(sizes):
        print(f"dask run, {n} workers ...", file=sys.stderr, flush=True)
        runs.append(_run_dask(items, options, part_size, n, overhead=i == len(sizes) - 1))
    load_after = os.getloadavg()

    base = next((r for r in runs if r["engine"] == "dask" and r["workers"] == 1), None)
    for r in runs:
        if base is not None and r["engine"] == "dask":
            r["speedup_vs_dask1"] = r["rate"] / base["rate"]
            r["efficiency"] = r["rate"] / (r["workers"] * base["rate"])
    same = all(r["counts"] == runs[0]["counts"] for r in runs)
    summary = dict(
        inputs=len(items), part_size=part_size, cpus=os.cpu_count(),
        load_before=load_before, load_after=load_after, same_records=same,
        runs=[{k: (dict(v) if isinstance(v, Counter) else v) for k, v in r.items()} for r in runs],
    )
    if args.json:
        print(json.dumps(summary, indent=2))
        return
    print(f"{len(items)} inputs, parts of {part_size}, {os.cpu_count()} cores, "
          f"load average {load_before[0]:.1f} before, {load_after[0]:.1f} after")
    print(f"{'run':<12}{'load s':>8}{'run s':>8}{'art/s':>8}{'x dask1':>9}{'effic.':>8}"
          f"{'cpu s':>8}{'client':>8}  peak MB per worker")
    for r in runs:
        name = "local -j1" if r["engine"] == "local" else f"dask {r['workers']}w"
        speed = f"{r['speedup_vs_dask1']:.2f}" if "speedup_vs_dask1" in r else ""
        eff = f"{r['efficiency']:.2f}" if "efficiency" in r else ""
        peaks = ", ".join(f"{p:.0f}" for p in r["peak_mb"])
        print(f"{name:<12}{r['load_s']:>8.1f}{r['seconds']:>8.1f}{r['rate']:>8.2f}{speed:>9}{eff:>8}"
              f"{r['cpu_s']:>8.1f}{r['client_cpu_s']:>8.1f}  {peaks}")
    print("cpu s: CPU seconds the extracting processes used during the run (all workers); client: this process's, "
          "for dask (reading, cutting, writing Parquet). Wall time well above cpu s / workers means other load.")
    last = runs[-1]
    if "round_trip_ms" in last:
        print(f"scheduler overhead ({last['workers']} workers): {last['round_trip_ms']:.1f} ms an empty task's round trip, "
              f"{last['mapped_ms']:.2f} ms a task when 1,000 are mapped at once")
    print("records identical in count per type across runs:", "yes" if same else f"NO {[r['counts'] for r in runs]}")


if __name__ == "__main__":
    main()
