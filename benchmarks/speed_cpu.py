"""Speed by CPU time: the bare spaCy pass against the full extraction, and each of our components.

    python benchmarks/speed_cpu.py [--articles 300] [--corpus meantime|polnear] [--components] [--no-zones]

CPU time (``time.process_time``) moves less than wall time on a machine that
other work shares, so two commits can be compared by running this script from
each (``PYTHONPATH=worktree/src``) in turn. The corpus is ``speed.corpus``.

- the ratio: one interleaved pass, batches of 32, bare and full alternating
  (as ``speed.interleaved``), CPU and wall seconds of each side;
- ``--components``: each of our components alone over the docs of the corpus,
  the fastest of three passes (as ``speed.per_component``), in CPU seconds;
- ``--no-zones``: the full side without memory zones, to see what they cost;
- ``--spacy-ruler``: the full side keeps spaCy's own attribute ruler, as the
  bare side has it, so the ratio is newsledger's own cost alone (by default the
  full side runs the lookup ruler of nlp/attribute_rules.py, part of its speed);
- ``--corpus polnear``: the first N PolNeAR training articles instead (distinct
  news-length texts, 4,400 characters on average, where ``speed.corpus`` repeats
  120 short MEANTIME texts and the seed: a stream of news never repeats, so the
  bare pass's tokenizer cache helps it less there).
"""

from __future__ import annotations

import argparse
import contextlib
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import speed  # noqa: E402


def ratio(texts: list[str], zones: bool = True, lookup_rules: bool = True) -> dict[str, float]:
    from newsledger.extract import Extractor
    from newsledger.nlp.pipeline import load_base, load_pipeline

    base = load_base()
    extractor = Extractor(nlp=load_pipeline(lookup_rules=lookup_rules), batch_size=speed.BATCH, today=speed.PUBLISHED)
    if not zones:
        extractor._memory_zone = contextlib.nullcontext  # noqa: SLF001 - the probe's one change
    raws = speed._raws(texts)  # noqa: SLF001
    speed._bare(base, texts[: speed.BATCH])  # noqa: SLF001 - warm-up, off the clock
    speed._full(extractor, raws[: speed.BATCH])  # noqa: SLF001
    cpu = {"bare": 0.0, "full": 0.0}
    wall = {"bare": 0.0, "full": 0.0}
    flip = False
    for i in range(0, len(texts), speed.BATCH):
        for side in ("full", "bare") if flip else ("bare", "full"):
            c, w = time.process_time(), time.perf_counter()
            if side == "bare":
                speed._bare(base, texts[i : i + speed.BATCH])  # noqa: SLF001
            else:
                speed._full(extractor, raws[i : i + speed.BATCH])  # noqa: SLF001
            cpu[side] += time.process_time() - c
            wall[side] += time.perf_counter() - w
        flip = not flip
    return {"cpu_ratio": cpu["bare"] / cpu["full"], "wall_ratio": wall["bare"] / wall["full"],
            "bare_cpu": cpu["bare"], "full_cpu": cpu["full"]}


def components(texts: list[str]) -> dict[str, float]:
    from newsledger.extract import Extractor
    from newsledger.nlp.pipeline import load_pipeline

    nlp = load_pipeline()
    extractor = Extractor(nlp=nlp, batch_size=speed.BATCH, today=speed.PUBLISHED)
    speed._full(extractor, speed._raws(texts[: speed.BATCH]))  # noqa: SLF001
    prepared = [extractor.prepare(r) for r in speed._raws(texts)]  # noqa: SLF001
    best: dict[str, float] = {}
    for _ in range(3):
        with nlp.memory_zone():
            docs = [d for p in prepared for _, d in extractor._docs_for(p)]  # noqa: SLF001
            for name, proc in nlp.pipeline:
                start = time.process_time()
                docs = list(proc.pipe(docs, batch_size=speed.BATCH)) if hasattr(proc, "pipe") else [proc(d) for d in docs]
                best[name] = min(best.get(name, float("inf")), time.process_time() - start)
    return best


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=300)
    ap.add_argument("--components", action="store_true")
    ap.add_argument("--no-zones", action="store_true")
    ap.add_argument("--corpus", choices=("meantime", "polnear"), default="meantime")
    ap.add_argument("--spacy-ruler", action="store_true", help="the full side keeps spaCy's attribute ruler")
    args = ap.parse_args(argv)
    if args.corpus == "polnear":
        import polnear

        texts = [d.text for d in polnear.read_all(limit=args.articles)]
    else:
        texts = speed.corpus(args.articles)
    if args.components:
        best = components(texts)
        ours = {k: v for k, v in best.items() if k.startswith("newsledger")}
        for name, sec in ours.items():
            print(f"{name:28s} {sec:.3f}")
        print(f"ours {sum(ours.values()):.3f}; spaCy's {sum(v for k, v in best.items() if k not in ours):.3f}")
        return 0
    r = ratio(texts, zones=not args.no_zones, lookup_rules=not args.spacy_ruler)
    print(f"cpu ratio {r['cpu_ratio']:.3f}  wall ratio {r['wall_ratio']:.3f}  "
          f"(bare {r['bare_cpu']:.2f} s, full {r['full_cpu']:.2f} s of CPU)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
