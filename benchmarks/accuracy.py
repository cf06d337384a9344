"""newsledger's accuracy harness: real extraction scored against MEANTIME and PLOVER.

    python benchmarks/accuracy.py [--only times,quantities,entities,plover,events] [--write] [--json]
                                  [--ratchet] [--pin-corpora] [--lower METRIC=VALUE --because WHY]
                                  [--errors times|quantities|entities|plover]

Runs :class:`newsledger.extract.Extractor` with the default pipeline over the
120 MEANTIME articles (text rebuilt by :mod:`meantime`, published date = the
article's CREATION_TIME) and the 316 distinct PLOVER sentences (published date
= the record's ``date``), then scores what it extracted.

What each figure means is in the docstring of ``scoring.py``, which scores
them; this module runs the extraction, checks the floors and writes
BENCHMARKS.md.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import json
import math
import platform
import sys
import time
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

import meantime  # noqa: E402
import plover  # noqa: E402
import polnear  # noqa: E402
import tempeval  # noqa: E402
# The scorers live in scoring.py; callers know them as accuracy.X.
from scoring import (  # noqa: E402,F401
    Errors, Extracted, casualty_kind, score_entities, score_plover, score_quantities, score_times, value_matches,
)

FLOORS_FILE = HERE / "floors.json"
BENCHMARKS_MD = ROOT / "BENCHMARKS.md"
SECTIONS = ("times", "quantities", "entities", "plover", "events")
# The larger development sets, run on demand and in the slow tests (minutes each):
# times on TempEval-3 train, publication dates inferred from its texts (and from
# PolNeAR's and MEANTIME's), statements on PolNeAR train.
EXTRA_SECTIONS = ("tempeval", "pubdate", "polnear")
ALL_SECTIONS = SECTIONS + EXTRA_SECTIONS
# Sections --add-floors floors every ratio of: the larger sets, and the PLOVER events,
# whose per-category figures are the issue's floors (the other fast sections' per-type rows stay unfloored).
ADD_FLOOR_SECTIONS = EXTRA_SECTIONS + ("events",)


# Figures that are counts, not ratios: printed as integers, never floored.
COUNT_KEYS = {"gold", "system", "gold_unreadable", "link_gold_pairs", "gold_dead", "gold_injured",
              "unscored_casualty_claims", "gold_actors", "gold_DATE", "gold_TIME", "gold_DURATION", "gold_SET"}


class HarnessError(Exception):
    """The harness cannot run: eval data missing or an unreadable floors file."""


# -- extraction --------------------------------------------------------------


def make_extractor(nlp: Any = None) -> Any:
    """An Extractor with the default pipeline (or the given loaded one)."""
    from newsledger.extract import Extractor

    return Extractor(nlp=nlp, today=dt.date.today())


def extract_texts(extractor: Any, items: Sequence[tuple[str, str, dt.date | None]]) -> dict[str, Extracted]:
    """Run the extractor over (id, text, published) items; records keyed by id.

    The extractor cleans each text first. Cleaning only trims the ends, so the
    cleaned text is found inside the given one and its spans are shifted back
    by that offset; a text that cleaning changed otherwise gets an error note
    and no records (its gold then counts as missed).
    """
    from newsledger.ingest.article import RawArticle
    from newsledger.records import ClaimRecord, EntityRecord, ErrorRecord, TimeRecord

    raws = [
        RawArticle(text=text, id=item_id, published=published.isoformat() if published else None)
        for item_id, text, published in items
    ]
    out: dict[str, Extracted] = {}
    for (item_id, text, _), records in zip(items, extractor.process(raws)):
        ex = Extracted(text)
        out[item_id] = ex
        article = records[0] if records else None
        errors = [r for r in records if isinstance(r, ErrorRecord)]
        if errors:
            ex.errors.extend(e.message for e in errors)
            continue
        offset = text.find(article.text) if article is not None else -1
        if offset < 0:
            ex.errors.append("cleaning changed the text beyond trimming its ends; records ignored")
            continue
        ex.offset = offset
        ex.events = [r for r in records if r.TYPE == "event"]
        for r in records[1:]:
            span = getattr(r, "span", None)
            if span is None:
                continue
            shifted = (span[0] + offset, span[1] + offset)
            if isinstance(r, TimeRecord):
                ex.times.append(dataclasses.replace(r, span=shifted))
            elif isinstance(r, ClaimRecord):
                ex.claims.append(dataclasses.replace(r, span=shifted))
            elif isinstance(r, EntityRecord):
                ex.entities.append(dataclasses.replace(r, span=shifted))
    return out


# -- helpers -----------------------------------------------------------------


# -- times -------------------------------------------------------------------


# -- quantities ----------------------------------------------------------------


# -- entities ------------------------------------------------------------------


# -- plover --------------------------------------------------------------------


# -- the whole run ---------------------------------------------------------------


def evaluate(extractor: Any = None, only: Iterable[str] = SECTIONS, errors: Errors | None = None) -> dict[str, dict[str, float]]:
    """Run the extraction and every requested scorer; figures by section."""
    wanted = set(only)
    only = [s for s in SECTIONS if s in wanted]
    extra = [s for s in EXTRA_SECTIONS if s in wanted]
    if extractor is None:
        extractor = make_extractor()
    results: dict[str, dict[str, float]] = {}
    mt = [s for s in only if s not in ("plover", "events")]
    if mt:
        if not meantime.MEANTIME_DIR.is_dir():
            raise HarnessError(f"MEANTIME is absent: {meantime.MEANTIME_DIR}")
        docs = meantime.read_all()
        started = time.perf_counter()
        got = extract_texts(extractor, [(d.path, d.text, d.creation_date) for d in docs])
        seconds = time.perf_counter() - started
        scorers = {"times": score_times, "quantities": score_quantities, "entities": score_entities}
        for section in mt:
            results[section] = scorers[section](docs, got, errors)
        # Per sub-corpus (airbus, apple, gm, stock): components are tuned on this
        # development set, so a figure far better on one part hints at overfitting.
        by_corpus: dict[str, float] = {}
        headline = {"times": "value_accuracy", "quantities": "value_f1", "entities": "mention_f1"}
        for corpus_name in sorted({d.corpus for d in docs}):
            part = [d for d in docs if d.corpus == corpus_name]
            short = corpus_name.removeprefix("corpus_")
            for section in mt:
                key = headline[section]
                by_corpus[f"{short}_{section}_{key}"] = scorers[section](part, got)[key]
        results["by_corpus"] = by_corpus
        results.setdefault("_run", {})["meantime_docs"] = float(len(docs))
        results["_run"]["meantime_seconds"] = seconds
        results["_run"]["meantime_failed_docs"] = float(sum(1 for e in got.values() if e.errors))
    if "plover" in only or "events" in only:
        if not plover.PLOVER_FILE.is_file():
            raise HarnessError(f"PLOVER is absent: {plover.PLOVER_FILE}")
        records = plover.read_records()
        by_text = plover.sentences(records)
        started = time.perf_counter()
        items = [(text, text, _date(recs[0].date)) for text, recs in by_text.items()]
        got = extract_texts(extractor, items)
        if "plover" in only:
            results["plover"] = score_plover(records, got, errors)
        if "events" in only:
            # the event records count by the spans of unshifted claims
            unshifted = {
                text: (ex.events, [dataclasses.replace(c, span=(c.span[0] - ex.offset, c.span[1] - ex.offset)) for c in ex.claims])
                for text, ex in got.items()
            }
            results["events"] = plover.event_figures(records, unshifted)
        results.setdefault("_run", {})["plover_sentences"] = float(len(by_text))
        results["_run"]["plover_seconds"] = time.perf_counter() - started
    if extra:
        _evaluate_extra(results, extractor, extra)
    return results


def _evaluate_extra(results: dict[str, dict[str, float]], extractor: Any, extra: list[str]) -> None:
    for name in extra:
        path = CORPORA["tempeval3" if name in ("tempeval", "pubdate") else "polnear"]
        if not path.exists():
            raise HarnessError(f"{name}: the corpus is absent: {path}")
    started = time.perf_counter()
    if "tempeval" in extra or "pubdate" in extra:
        docs = tempeval.read_all()
        if "tempeval" in extra:
            # MEANTIME's time figures on TempEval-3, the DCT as publication date
            got = extract_texts(extractor, [(d.path, d.text, d.dct) for d in docs])
            results["tempeval"] = score_times(docs, got)  # type: ignore[arg-type]  # TempevalDoc has MeantimeDoc's fields
            results["tempeval"]["docs_with_errors"] = float(sum(1 for ex in got.values() if ex.errors))
        if "pubdate" in extra:
            results["pubdate"] = tempeval.evaluate_pubdate(docs)
        results.setdefault("_run", {})["tempeval_docs"] = float(len(docs))
    if "polnear" in extra:
        figs = polnear.evaluate(extractor)
        results.setdefault("_run", {})["polnear_seconds"] = figs.pop("seconds", 0.0)
        results["polnear"] = figs
    results.setdefault("_run", {})["extra_seconds"] = time.perf_counter() - started


def _date(value: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value) if value else None
    except ValueError:
        return None


def flatten(results: dict[str, dict[str, float]]) -> dict[str, float]:
    """``{"times.value_accuracy": 0.83, ...}`` (run metadata left out)."""
    return {f"{s}.{k}": v for s, figs in results.items() if not s.startswith("_") for k, v in figs.items()}


# -- floors ----------------------------------------------------------------------


def load_floors(path: Path = FLOORS_FILE) -> dict[str, Any]:
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise HarnessError(f"cannot read floors file {path}: {exc}") from exc
    if not isinstance(data.get("floors"), dict) or not isinstance(data.get("tolerance"), (int, float)):
        raise HarnessError(f"{path}: expected {{'tolerance': number, 'floors': {{metric: minimum}}}}")
    return data


# What each floor was measured on. A floor means nothing against other data, so
# the gate pins each corpus by a digest (as trafilatura's eval gate does): a
# changed or missing corpus fails in CI rather than passing or skipping.
CORPORA: dict[str, Path] = {
    "meantime": meantime.MEANTIME_DIR,
    "plover": plover.PLOVER_FILE,
    "tempeval3": tempeval.TEMPEVAL_DIR,
    "polnear": polnear.POLNEAR_DIR,
}


def corpus_digest(path: Path) -> dict[str, Any]:
    """``{"files": n, "sha256": hex}`` over a file, or every file below a folder, by relative path and bytes."""
    import hashlib

    path = Path(path)
    files = sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path]
    h = hashlib.sha256()
    for f in files:
        rel = f.relative_to(path).as_posix() if path.is_dir() else f.name
        h.update(rel.encode("utf-8") + b"\0" + f.read_bytes() + b"\0")
    return {"files": len(files), "sha256": h.hexdigest()}


def pin_corpora(floors: dict[str, Any]) -> dict[str, Any]:
    """Floors with the digests of the corpora as they are now (a deliberate step: --pin-corpora)."""
    new = dict(floors)
    new["corpora"] = {name: corpus_digest(path) for name, path in CORPORA.items()}
    return new


def lower_floor(floors: dict[str, Any], metric: str, value: float, because: str) -> dict[str, Any]:
    """Floors with one floor lowered, and the reason kept in the file's ``lowered`` log.

    --ratchet never lowers a floor; a change that trades one figure for
    another must say so here, where review sees it.
    """
    if metric not in floors["floors"]:
        raise HarnessError(f"no floor named {metric!r}")
    if not because.strip():
        raise HarnessError("say why the floor is lowered (--because)")
    new = dict(floors)
    new["floors"] = dict(floors["floors"])
    old = float(new["floors"][metric])
    if value >= old:
        raise HarnessError(f"{metric}: {value} is not below its floor {old}; --ratchet raises floors")
    new["floors"][metric] = value
    new["lowered"] = [*floors.get("lowered", []), {"metric": metric, "from": old, "to": value, "because": because}]
    return new


def below_floor(flat: dict[str, float], floors: dict[str, Any]) -> list[str]:
    """A line for every floored figure under its floor minus the tolerance."""
    tol = float(floors["tolerance"])
    out = []
    for metric, floor in sorted(floors["floors"].items()):
        if metric not in flat:
            continue  # section not run
        if flat[metric] < float(floor) - tol - 1e-12:
            out.append(f"{metric} = {flat[metric]:.4f} < floor {float(floor):.4f} - tolerance {tol}")
    return out


def ratchet(flat: dict[str, float], floors: dict[str, Any]) -> dict[str, Any]:
    """Floors raised to the current figures minus the tolerance; never lowered."""
    tol = float(floors["tolerance"])
    new = dict(floors)
    new["floors"] = dict(floors["floors"])
    for metric, old in floors["floors"].items():
        if metric in flat:
            candidate = math.floor((flat[metric] - tol) * 1000) / 1000
            new["floors"][metric] = max(float(old), candidate)
    return new


def add_floors(flat: dict[str, float], floors: dict[str, Any], sections: Iterable[str] = EXTRA_SECTIONS) -> dict[str, Any]:
    """Floors for the figures of these sections that have none yet (counts, run times and
    error shares left out); existing floors untouched. The fast sections' informational
    rows (per gold type, per sub-corpus) stay without floors."""
    tol = float(floors["tolerance"])
    new = dict(floors)
    new["floors"] = dict(floors["floors"])
    sections = set(sections)
    for metric, value in flat.items():
        section, key = metric.split(".", 1)
        if section not in sections or metric in new["floors"] or key in COUNT_KEYS or metric.startswith("by_corpus.") or "seconds" in key:
            continue
        # counts (above 1) and error shares ("wrong": lower is better) get no floor
        if key.startswith(("gold", "system", "docs_", "n_")) or value > 1.0 or "wrong" in key:
            continue
        new["floors"][metric] = math.floor((value - tol) * 1000) / 1000
    return new


def save_floors(floors: dict[str, Any], path: Path = FLOORS_FILE) -> None:
    Path(path).write_text(json.dumps(floors, indent=2, sort_keys=False) + "\n", encoding="utf-8")


# -- output ----------------------------------------------------------------------


def _fmt(value: float) -> str:
    return f"{value:.0f}" if float(value).is_integer() and value > 1 else f"{value:.3f}"


def table(results: dict[str, dict[str, float]], floors: dict[str, Any] | None = None) -> str:
    """A Markdown table of every figure, with its floor and the goal where there is one."""
    fl = (floors or {}).get("floors", {})
    goals = (floors or {}).get("goals", {})
    lines = ["| figure | value | floor | goal |", "|---|---:|---:|---:|"]
    for section, figs in results.items():
        if section.startswith("_"):
            continue
        for key, value in figs.items():
            if key in COUNT_KEYS:
                lines.append(f"| {section}.{key} | {value:.0f} | | |")
                continue
            name = f"{section}.{key}"
            floor = f"{fl[name]:.3f}" if name in fl else ""
            goal = ""
            if name in goals:
                goal = f"{goals[name]:.2f} {'met' if value >= goals[name] else 'NOT met'}"
            lines.append(f"| {name} | {_fmt(value)} | {floor} | {goal} |")
    return "\n".join(lines)


def goals_line(results: dict[str, dict[str, float]], floors: dict[str, Any] | None) -> str:
    """One sentence on the issue's target floors: met or not, with the figures."""
    flat = flatten(results)
    parts = []
    for metric, goal in (floors or {}).get("goals", {}).items():
        if metric in flat:
            verdict = "met" if flat[metric] >= goal else "**not met**"
            parts.append(f"`{metric}` {flat[metric]:.3f} (goal {goal:.2f}: {verdict})")
    return ("Goals: " + "; ".join(parts) + ".") if parts else ""


def machine_note() -> str:
    import os

    return f"{platform.machine()}, {os.cpu_count()} CPUs, Python {platform.python_version()}, {platform.system()}"


def commit_note() -> str:
    """The commit measured, and whether src/ had uncommitted changes (the checkout is shared)."""
    import subprocess

    try:
        head = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True,
                              check=True).stdout.strip()
        dirty = subprocess.run(["git", "status", "--porcelain", "--", "src"], cwd=ROOT, capture_output=True,
                               text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "an unknown commit"
    return f"commit {head}" + (" plus uncommitted changes under src/" if dirty else "")


def replace_section(md: str, marker: str, body: str) -> str:
    """Replace the text between ``<!-- marker:start -->`` and ``<!-- marker:end -->``."""
    start, end = f"<!-- {marker}:start -->", f"<!-- {marker}:end -->"
    block = f"{start}\n{body.rstrip()}\n{end}"
    if start in md and end in md:
        a = md.index(start)
        b = md.index(end) + len(end)
        return md[:a] + block + md[b:]
    return md.rstrip() + "\n\n" + block + "\n"


def write_markdown(results: dict[str, dict[str, float]], floors: dict[str, Any] | None, command: str, path: Path = BENCHMARKS_MD) -> None:
    run = results.get("_run", {})
    seconds = run.get("meantime_seconds", 0.0) + run.get("plover_seconds", 0.0)
    body = "\n".join(
        [
            f"Measured {dt.date.today().isoformat()} at {commit_note()}, on {machine_note()}; "
            f"extraction took {seconds:.1f} s for {run.get('meantime_docs', 0):.0f} MEANTIME articles "
            f"and {run.get('plover_sentences', 0):.0f} PLOVER sentences.",
            "",
            "Reproduce with:",
            "",
            f"    {command}",
            "",
            goals_line(results, floors),
            "",
            table(results, floors),
        ]
    )
    md = path.read_text(encoding="utf-8") if path.exists() else "# Benchmarks\n"
    path.write_text(replace_section(md, "accuracy", body), encoding="utf-8")


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--only", default=",".join(SECTIONS), help="comma list of: " + ",".join(ALL_SECTIONS))
    ap.add_argument("--write", action="store_true", help="write the figures into BENCHMARKS.md")
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    ap.add_argument("--ratchet", action="store_true", help="raise floors.json to current figures minus tolerance")
    ap.add_argument("--add-floors", action="store_true",
                    help="give every figure of this run that has no floor yet one (its value rounded down); a new set's first step")
    ap.add_argument("--pin-corpora", action="store_true", help="record the digests of the eval corpora in floors.json")
    ap.add_argument("--lower", metavar="METRIC=VALUE", help="lower one floor (with --because); --ratchet never lowers")
    ap.add_argument("--because", default="", help="why --lower lowers the floor (kept in floors.json)")
    ap.add_argument("--errors", default="", help="print the errors of these sections (comma list)")
    ap.add_argument("--model", default=None, help="spaCy pipeline (default: newsledger's default)")
    args = ap.parse_args(argv)
    only = [s.strip() for s in args.only.split(",") if s.strip()]
    unknown = set(only) - set(ALL_SECTIONS)
    if unknown:
        ap.error(f"unknown section(s): {', '.join(sorted(unknown))}")
    if args.pin_corpora or args.lower:
        # Bookkeeping on floors.json alone: nothing is extracted.
        try:
            floors = load_floors()
            if args.pin_corpora:
                floors = pin_corpora(floors)
            if args.lower:
                metric, _, value = args.lower.partition("=")
                floors = lower_floor(floors, metric.strip(), float(value), args.because)
        except (HarnessError, ValueError, OSError) as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 2
        save_floors(floors)
        return 0
    errors = Errors() if args.errors else None
    extractor = None
    if args.model:
        from newsledger.nlp.pipeline import load_pipeline

        extractor = make_extractor(load_pipeline(args.model))
    try:
        results = evaluate(extractor, only, errors)
    except HarnessError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    floors = load_floors() if FLOORS_FILE.exists() else None
    flat = flatten(results)
    if args.ratchet and floors is not None:
        floors = ratchet(flat, floors)
        save_floors(floors)
    if args.add_floors and floors is not None:
        floors = add_floors(flat, floors, ADD_FLOOR_SECTIONS)
        save_floors(floors)
    if args.json:
        print(json.dumps({"figures": flat, "run": results.get("_run", {})}, indent=2))
    else:
        print(table(results, floors))
        run = results.get("_run", {})
        print(f"\n({run.get('meantime_seconds', 0) + run.get('plover_seconds', 0):.1f} s of extraction)")
    if errors:
        for section in [s.strip() for s in args.errors.split(",")]:
            for line in errors.lines.get(section, []):
                print(f"[{section}] {line}", file=sys.stderr if args.json else sys.stdout)
    if args.write:
        cmd = "python benchmarks/accuracy.py --write" + (f" --only {args.only}" if set(only) != set(SECTIONS) else "")
        write_markdown(results, floors, cmd)
    failing = below_floor(flat, floors) if floors else []
    for line in failing:
        print(f"below floor: {line}", file=sys.stderr)
    return 1 if failing else 0


if __name__ == "__main__":
    sys.exit(main())
