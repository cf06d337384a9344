"""Peak memory of extraction against input size, and over a long stream of articles.

    python benchmarks/memory.py [--sizes 0.1,0.5,1.6,5] [--stream 2000] [--before FILE.json]
                                [--json-out FILE.json] [--write]

Every case runs in a fresh child process (the same Python, the same
``PYTHONPATH``), which reports its own peak resident set (``VmHWM`` from
/proc/self/status, else ``ru_maxrss``), so one case's peak never hides
another's. The texts are synthetic news (no network, no shared data): varied
sentences with figures, dates, names, places and organisations, in
paragraphs, made by :func:`news_text` from a fixed seed.

Cases:

- **bare spaCy load**: ``load_base()`` and one short sentence: the floor of
  any spaCy run with this model.
- **newsledger load**: ``Extractor()`` (the full pipeline, gazetteer
  included) and one short article.
- **single input of N MB** (``--sizes``, in millions of characters, all
  ASCII so also megabytes): one article of that length through
  ``Extractor.process`` with no size limit.
- **stream** (``--stream`` articles): that many distinct short articles
  (about 1,500 characters each) through one ``Extractor.process``, the way
  one worker sees them. Each article names invented people, places and
  firms ("Brovalek", "Tesmoria") and its own figures, so every article brings
  strings the model's vocabulary has never seen: without a memory zone the
  StringStore and the Vocab grow with every article. The child reports the
  string and lexeme counts after the warm-up and at the end, and the
  resident set at ten checkpoints.

To compare with an earlier commit, measure it from a separate worktree with
this same script, then pass its JSON to the current run::

    git worktree add /tmp/nl-before <commit>
    PYTHONPATH=/tmp/nl-before/src python benchmarks/memory.py --json-out /tmp/mem-before.json
    python benchmarks/memory.py --before /tmp/mem-before.json --write

(``--json-out`` then ``--from-json`` writes the figures of a run already made.)

``--cap-gb`` (default 12) caps each child's address space, so a case that
would exhaust the machine fails with MemoryError instead of waking the OOM
killer; such a case is reported as "over the cap".
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import random
import resource
import subprocess
import sys
import time
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
BENCHMARKS_MD = ROOT / "BENCHMARKS.md"
PUBLISHED = dt.date(2025, 3, 27)
# The goals: any single input, and one worker on a stream of normal articles.
SINGLE_GOAL_MB, STREAM_GOAL_MB = 1_500, 600

# -- synthetic news ---------------------------------------------------------------

_PEOPLE = ["Maria Lopez", "John Okafor", "Chen Wei", "Anna Kowalski", "David Mensah", "Priya Nair",
           "Thomas Becker", "Fatima Haddad", "James O'Neill", "Elena Petrova", "Kenji Sato", "Laura Rossi"]
_TITLES = ["the mayor", "a police spokesman", "the finance minister", "the company's chief executive",
           "an emergency services official", "the health ministry", "a union leader", "the governor"]
_PLACES = ["Manila", "Lagos", "Chicago", "Hamburg", "Valencia", "Nairobi", "Osaka", "Quito", "Leeds",
           "Kraków", "Dhaka", "Perth", "Porto Alegre", "Tbilisi", "Montreal", "Chennai"]
_ORGS = ["the Red Cross", "Shell", "the World Bank", "Toyota", "the United Nations", "Siemens",
         "the Federal Reserve", "Unilever", "the European Commission", "Airbus", "Reuters", "Oxfam"]
_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December"]
_TEMPLATES = [
    "{person}, {title}, said on {day} that {n} people had been evacuated from {place}.",
    "At least {n} homes were damaged and {m} roads closed after the storm hit {place}, officials said.",
    "{org} said its profit rose {pct} percent to ${money} million in the {quarter} quarter.",
    "Prices in {place} climbed {pct}% in {month} {year}, the fastest rise since {year2}.",
    "{person} told reporters in {place} that talks with {org} would resume on {day}.",
    "The fire, which broke out on {month} {dom}, destroyed about {n} hectares near {place}.",
    "Police in {place} arrested {m} people on {day} after clashes in which {k} officers were hurt.",
    "{org} plans to cut {n} jobs by {year}, {title} said in a statement.",
    "Some {n} workers went on strike in {place} last week, demanding a {pct} percent pay rise.",
    "\"We expect more than {n} visitors this year,\" {person} said.",
    "The central bank kept its key rate at {rate} percent on {day}, as {title} had forecast.",
    "Between {m} and {n} people died in the floods that swept {place} in {month}, {org} said.",
    "Shares of {org} fell {rate}% to ${price} in early trading on {day}.",
    "{title} said {n} tonnes of aid had reached {place} by {month} {dom}.",
]


def _fill(rng: random.Random, template: str, people: Sequence[str], places: Sequence[str],
          orgs: Sequence[str]) -> str:
    sentence = template.format(
        person=rng.choice(people), title=rng.choice(_TITLES), place=rng.choice(places), org=rng.choice(orgs),
        day=rng.choice(_DAYS), month=rng.choice(_MONTHS), dom=rng.randint(1, 28), year=rng.randint(2015, 2026),
        year2=rng.randint(1990, 2014), n=f"{rng.randint(20, 90_000):,}", m=rng.randint(2, 19), k=rng.randint(2, 40),
        pct=rng.randint(2, 45), money=f"{rng.randint(10, 9_000)}.{rng.randint(0, 9)}", rate=f"{rng.uniform(0.5, 9.5):.2f}",
        price=f"{rng.uniform(3, 400):.2f}", quarter=rng.choice(["first", "second", "third", "fourth"]),
    )
    return sentence[0].upper() + sentence[1:]


def news_text(chars: int, seed: int = 7, people: Sequence[str] = _PEOPLE, places: Sequence[str] = _PLACES,
              orgs: Sequence[str] = _ORGS) -> str:
    """About ``chars`` characters of news-like paragraphs (three to six sentences each)."""
    rng = random.Random(seed)
    paragraphs: list[str] = []
    total = 0
    while total < chars:
        para = " ".join(_fill(rng, rng.choice(_TEMPLATES), people, places, orgs) for _ in range(rng.randint(3, 6)))
        paragraphs.append(para)
        total += len(para) + 1
    return "\n".join(paragraphs)[:chars]


_SYLLABLES = ["bro", "va", "lek", "tes", "mo", "ria", "kan", "dru", "vel", "zo", "mir", "tak", "lun", "sa",
              "gor", "pe", "nix", "ul", "dar", "fen", "qui", "ros", "tam", "bel", "cor", "hy", "jas", "wen"]


def _invented(rng: random.Random, parts: int) -> str:
    return "".join(rng.choice(_SYLLABLES) for _ in range(parts)).capitalize()


def stream_article(i: int) -> str:
    """Article ``i`` of the stream: about 1,500 characters naming people, places and firms no one else does."""
    rng = random.Random(1_000_003 * (i + 1))
    people = [f"{_invented(rng, 2)} {_invented(rng, 3)}" for _ in range(3)]
    places = [_invented(rng, 3) for _ in range(3)]
    orgs = [f"{_invented(rng, 2)} {rng.choice(['Holdings', 'Group', 'Bank', 'Energy'])}" for _ in range(2)]
    return news_text(1_500, seed=i, people=people, places=places, orgs=orgs)


# -- children ---------------------------------------------------------------------


def _rss_mb(field: str = "VmHWM") -> float:
    """This process's resident set (VmRSS) or its peak (VmHWM) in MB."""
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith(field + ":"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return rss / (1024 * 1024) if platform.system() == "Darwin" else rss / 1024


def _extractor() -> Any:
    from newsledger.extract import Extractor

    try:
        return Extractor(today=PUBLISHED, max_chars=None)
    except TypeError:  # an earlier commit, before the size limit
        return Extractor(today=PUBLISHED)


def _lexemes(vocab: Any) -> int:
    # len(vocab) counts every lexeme ever added, also those a memory zone has dropped.
    return sum(1 for _ in vocab)


def _raw(text: str, ident: str) -> Any:
    from newsledger.ingest.article import RawArticle

    return RawArticle(text=text, id=ident, published=PUBLISHED.isoformat())


def _child(case: str, size: float, articles: int) -> dict[str, Any]:
    import newsledger

    out: dict[str, Any] = {"case": case, "newsledger": str(Path(newsledger.__file__).parent)}
    if case == "bare":
        from newsledger.nlp.pipeline import load_base

        nlp = load_base()
        nlp("Officials said on Tuesday that 1,200 people had been evacuated.")
        out["rss_mb"] = _rss_mb()
        return out
    extractor = _extractor()
    warm = list(extractor.process([_raw(news_text(1_500, seed=1), "warm")]))
    if case == "load":
        out["rss_mb"] = _rss_mb()
        out["records"] = sum(len(r) for r in warm)
        return out
    if case == "single":
        text = news_text(int(size * 1_000_000), seed=11)
        loaded = _rss_mb("VmRSS")
        start = time.perf_counter()
        (records,) = list(extractor.process([_raw(text, "long")]))
        out.update(chars=len(text), seconds=time.perf_counter() - start, rss_mb=_rss_mb(), loaded_mb=loaded,
                   records=len(records), errors=sum(r.TYPE == "error" for r in records))
        return out
    if case == "stream":
        vocab = extractor.nlp.vocab
        out["strings_start"], out["lexemes_start"] = len(vocab.strings), _lexemes(vocab)
        checkpoints: list[tuple[int, float, int]] = []
        step = max(1, articles // 10)
        start = time.perf_counter()
        raws = (_raw(stream_article(i), f"s{i}") for i in range(articles))
        for n, _records in enumerate(extractor.process(raws), 1):
            if n % step == 0 or n == articles:
                checkpoints.append((n, _rss_mb("VmRSS"), len(vocab.strings)))
        out.update(articles=articles, seconds=time.perf_counter() - start, rss_mb=_rss_mb(),
                   strings_end=len(vocab.strings), lexemes_end=_lexemes(vocab), checkpoints=checkpoints)
        return out
    raise SystemExit(f"unknown case {case!r}")


def run_child(case: str, size: float = 0.0, articles: int = 0, cap_gb: float = 12.0) -> dict[str, Any]:
    cmd = [sys.executable, str(Path(__file__).resolve()), "--_child", case, "--_size", str(size),
           "--stream", str(articles), "--cap-gb", str(cap_gb)]
    done = subprocess.run(cmd, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        tail = done.stderr.strip()[-600:]
        over = "MemoryError" in tail or "std::bad_alloc" in tail or done.returncode < 0
        return {"case": case, "failed": "over the cap" if over else f"failed: {tail}", "size": size}
    return json.loads(done.stdout.strip().splitlines()[-1])


def measure(sizes: Sequence[float], stream: int, cap_gb: float) -> dict[str, Any]:
    res: dict[str, Any] = {"bare": run_child("bare", cap_gb=cap_gb), "load": run_child("load", cap_gb=cap_gb)}
    res["single"] = {}
    for size in sizes:
        res["single"][f"{size:g}"] = run_child("single", size=size, cap_gb=cap_gb)
        print(f"  single {size:g} MB: {res['single'][f'{size:g}']}", file=sys.stderr)
    if stream:
        res["stream"] = run_child("stream", articles=stream, cap_gb=cap_gb)
    res["commit"] = _commit(Path(res["load"].get("newsledger", ROOT / "src")))
    return res


# -- report -----------------------------------------------------------------------


def _commit(where: Path) -> str:
    try:
        head = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=where, capture_output=True, text=True,
                              check=True).stdout.strip()
        dirty = subprocess.run(["git", "status", "--porcelain", "--", "."], cwd=where, capture_output=True,
                               text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown commit"
    return head + (" plus uncommitted changes" if dirty else "")


def _mb(case: dict[str, Any] | None) -> str:
    if not case:
        return "-"
    return case.get("failed") or f"{case['rss_mb']:,.0f}"


def _secs(case: dict[str, Any] | None) -> str:
    return f"{case['seconds']:.0f}" if case and "seconds" in case else "-"


def _goals(res: dict[str, Any]) -> str:
    singles = [c["rss_mb"] for c in res["single"].values() if "rss_mb" in c]
    parts = []
    if singles:
        worst = max(singles)
        parts.append(f"largest single-input peak {worst:,.0f} MB (at most {SINGLE_GOAL_MB:,} MB: "
                     f"{'met' if worst <= SINGLE_GOAL_MB else 'NOT met'})")
    s = res.get("stream")
    if s and "rss_mb" in s:
        parts.append(f"stream peak {s['rss_mb']:,.0f} MB for one worker (at most {STREAM_GOAL_MB} MB: "
                     f"{'met' if s['rss_mb'] <= STREAM_GOAL_MB else 'NOT met'})")
    return "Goals, after: " + "; ".join(parts) + "." if parts else ""


def report(res: dict[str, Any], before: dict[str, Any] | None, command: str) -> str:
    b = before or {}
    then = f"before = commit {b['commit']}, " if b else ""
    lines = [
        f"Measured {dt.date.today().isoformat()} ({then}after = commit {res['commit']}), on {platform.machine()}, "
        f"{os.cpu_count()} CPUs shared with other work, Python {platform.python_version()}, {platform.system()}. "
        f"Peak RSS is each case's own fresh process (VmHWM), model included.",
        "",
        "Reproduce with:",
        "",
        *([f"    git worktree add /tmp/nl-before {b['commit'].split()[0]}",
           f"    PYTHONPATH=/tmp/nl-before/src python benchmarks/memory.py --stream "
           f"{(b.get('stream') or {}).get('articles', 0)} --json-out /tmp/mem-before.json"] if b else []),
        f"    {command}",
        "",
        _goals(res),
        "",
        "| case | characters | peak RSS before (MB) | peak RSS after (MB) | seconds before | seconds after |",
        "|---|---:|---:|---:|---:|---:|",
        f"| bare spaCy load (`load_base()`, one sentence) | - | {_mb(b.get('bare'))} | {_mb(res['bare'])} | | |",
        f"| newsledger load (`Extractor()`, one article) | 1,500 | {_mb(b.get('load'))} | {_mb(res['load'])} | | |",
    ]
    for key, case in res["single"].items():
        old = b.get("single", {}).get(key)
        chars = case.get("chars", float(key) * 1_000_000)
        lines.append(f"| single input, {key} MB of news sentences | {chars:,.0f} | {_mb(old)} | {_mb(case)} | "
                     f"{_secs(old)} | {_secs(case)} |")
    s, sb = res.get("stream"), b.get("stream")
    if s:
        lines.append(f"| stream of {s['articles']:,} distinct articles, one worker | {s['articles'] * 1500:,} in all | "
                     f"{_mb(sb)} | {_mb(s)} | {_secs(sb)} | {_secs(s)} |")
        lines += ["", "StringStore and Vocab over the stream (after the warm-up article, at the end):", "",
                  "| | strings at start | strings at end | lexemes at start | lexemes at end |",
                  "|---|---:|---:|---:|---:|"]
        for name, case in (("before", sb), ("after", s)):
            if case and "strings_end" in case:
                lines.append(f"| {name} | {case['strings_start']:,} | {case['strings_end']:,} | "
                             f"{case['lexemes_start']:,} | {case['lexemes_end']:,} |")
        lines += ["", "Resident set (VmRSS, MB) at checkpoints of the stream:", ""]
        for name, case in (("before", sb), ("after", s)):
            if case and case.get("checkpoints"):
                marks = ", ".join(f"{n:,}: {rss:.0f}" for n, rss, _ in case["checkpoints"])
                lines.append(f"- {name}: {marks}")
    return "\n".join(lines)


def write_markdown(body: str, path: Path = BENCHMARKS_MD) -> None:
    sys.path.insert(0, str(HERE))
    from accuracy import replace_section

    md = path.read_text(encoding="utf-8") if path.exists() else "# Benchmarks\n"
    if "<!-- memory:start -->" not in md:
        md = md.rstrip() + "\n\n## Memory\n"
    path.write_text(replace_section(md, "memory", body), encoding="utf-8")


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", default="0.1,0.5,1.6,5", help="single-input sizes in millions of characters")
    ap.add_argument("--stream", type=int, default=2000, help="articles in the stream case (0: skip it)")
    ap.add_argument("--before", type=Path, help="JSON of an earlier run (--json-out) to show beside this one")
    ap.add_argument("--json-out", type=Path, help="write this run's figures as JSON")
    ap.add_argument("--from-json", type=Path, help="report the figures of an earlier --json-out run, measuring nothing")
    ap.add_argument("--write", action="store_true", help="write the Memory section of BENCHMARKS.md")
    ap.add_argument("--cap-gb", type=float, default=12.0, help="address-space cap of each child, in GB")
    ap.add_argument("--_child", default=None, help=argparse.SUPPRESS)
    ap.add_argument("--_size", type=float, default=0.0, help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args._child:
        cap = int(args.cap_gb * 1024 ** 3)
        resource.setrlimit(resource.RLIMIT_AS, (cap, cap))
        print(json.dumps(_child(args._child, args._size, args.stream)))
        return 0
    sizes = [float(s) for s in args.sizes.split(",") if s.strip()]
    if args.from_json:
        res = json.loads(args.from_json.read_text(encoding="utf-8"))
    else:
        res = measure(sizes, args.stream, args.cap_gb)
    if args.json_out:
        args.json_out.write_text(json.dumps(res, indent=2), encoding="utf-8")
    before = json.loads(args.before.read_text(encoding="utf-8")) if args.before else None
    command = f"python benchmarks/memory.py --sizes {args.sizes} --stream {args.stream}"
    if args.before:
        command += " --before /tmp/mem-before.json"
    body = report(res, before, command + (" --write" if args.write else ""))
    print(body)
    if args.write:
        write_markdown(body)
    return 0


if __name__ == "__main__":
    sys.exit(main())
