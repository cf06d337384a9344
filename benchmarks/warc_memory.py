"""Reading a crawl never holds the crawl: peak memory against WARC size.

    python benchmarks/warc_memory.py [--sizes 50,200,800] [--keep DIR]

For each size (megabytes of HTML payload) a gzipped WARC of synthetic news
pages is written once (each page a few kilobytes of varied paragraphs, one
gzip member a record, as crawlers write ``.warc.gz``). Then, each in a fresh
child process so one case's memory cannot hide in another's, the file is read
the two ways a run reads it, without extraction (whose model memory is
measured in ``benchmarks/memory.py``):

- **inputs**: ``iter_inputs`` (the reader every engine uses: record by record,
  HTML responses only, decoded and cleaned into article text);
- **parts**: the same inputs cut into Dask parts by ``split_parts``, each part
  keyed and then dropped, as the Dask client does when its window of parts in
  flight is full.

Each child reports its peak resident set (``VmHWM``) and the number of
articles read. The claim under test is issue 13's: memory does not follow
the crawl's size (a 10 GB WARC must not need 10 GB). No figure is asserted;
the output says the machine's load.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

WORDS = (
    "the ministry said officials reported forces village province talks agreement troops "
    "residents council police election market prices budget minister spokesman region "
    "aid convoy border capital hospital injured killed statement week month year "
    "according to local media sources analysts warned expected announced percent"
).split()


def _page(rng: random.Random, n: int) -> bytes:
    paras = []
    for _ in range(rng.randint(4, 9)):
        words = [rng.choice(WORDS) for _ in range(rng.randint(30, 70))]
        words.insert(rng.randint(0, len(words)), f"{rng.randint(2, 90_000):,}")
        paras.append("<p>" + " ".join(words).capitalize() + ".</p>")
    title = f"Report {n}: " + " ".join(rng.choice(WORDS) for _ in range(6))
    html = (f"<html><head><title>{title}</title>"
            f'<meta property="article:published_time" content="2025-0{1 + n % 9}-1{n % 10}T08:00:00Z">'
            f"</head><body><article><h1>{title}</h1>{''.join(paras)}</article>"
            f"<footer>Subscribe to our newsletter</footer></body></html>")
    return html.encode("utf-8")


def write_warc(path: Path, megabytes: int, seed: int = 7) -> int:
    """A .warc.gz of synthetic HTML responses totalling about ``megabytes`` MB of payload; the record count."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter
    import io

    rng = random.Random(seed)
    target = megabytes * 1_000_000
    written = n = 0
    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        while written < target:
            body = _page(rng, n)
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
            record = writer.create_warc_record(f"https://news.example/{n}", "response",
                                               payload=io.BytesIO(body), http_headers=headers)
            writer.write_record(record)
            written += len(body)
            n += 1
    return n


def _child(mode: str, path: str) -> None:
    from newsledger.ingest.article import RawArticle
    from newsledger.ingest.readers import iter_inputs

    start = time.perf_counter()
    articles = 0
    if mode == "inputs":
        for item in iter_inputs([path]):
            articles += isinstance(item, RawArticle)
    else:
        from newsledger.run.parts import Options, split_parts

        for part in split_parts(iter_inputs([path]), Options()):
            articles += sum(isinstance(i, RawArticle) for i in part.items)
    peak = 0
    with open("/proc/self/status") as fh:
        for line in fh:
            if line.startswith("VmHWM:"):
                peak = int(line.split()[1]) // 1024
    print(json.dumps({"articles": articles, "peak_mb": peak, "seconds": time.perf_counter() - start}))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="50,200,800", help="MB of HTML payload, comma-separated")
    ap.add_argument("--keep", type=Path, help="write the WARCs here and keep them")
    ap.add_argument("--child", nargs=2, metavar=("MODE", "PATH"), help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.child:
        _child(*args.child)
        return 0
    sizes = [int(s) for s in args.sizes.split(",") if s]
    with tempfile.TemporaryDirectory() as tmp:
        where = args.keep or Path(tmp)
        where.mkdir(parents=True, exist_ok=True)
        print(f"load average before: {os.getloadavg()[0]:.1f}")
        print("| payload MB | file MB (gzip) | records | read as | articles | peak RSS MB | seconds |")
        print("|---:|---:|---:|---|---:|---:|---:|")
        for mb in sizes:
            path = where / f"crawl{mb}.warc.gz"
            records = write_warc(path, mb)
            for mode in ("inputs", "parts"):
                out = subprocess.run([sys.executable, __file__, "--child", mode, str(path)],
                                     capture_output=True, text=True, check=True)
                r = json.loads(out.stdout.strip().splitlines()[-1])
                print(f"| {mb} | {path.stat().st_size / 1e6:.0f} | {records:,} | {mode} | {r['articles']:,} | "
                      f"{r['peak_mb']} | {r['seconds']:.1f} |", flush=True)
        print(f"load average after: {os.getloadavg()[0]:.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
