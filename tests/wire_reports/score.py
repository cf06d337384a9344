"""Score the extractor on the wire reports of this folder against what an analyst marks (expectations.json).

Run: ``.venv/bin/python tests/wire_reports/score.py [-v] [FOLDER]`` (FOLDER: this one, or
``fresh/``: three reports written once the first rules were in, to check them on copy they were not
made on: 12 of 21 figures fully right both before and after those rules, 15 once three of its shapes were
fixed; or ``fresh2/``: ten reports of other conflicts and outlets, written before the next rules were read,
53 of 70 figures fully right before them). Each report is read as
``newsledger extract`` reads a .txt file, with no --published (so the date is
inferred), except a report with no date of its own, which runs with its
``run_published`` so its figures' times can still be judged. A figure is
fully right when its value, hedge (bound), time (kind, dates, basis) and
source are all right. An expected date is matched as a prefix ("2025-04"
matches any day of April 2025); null in an expected time means "any".
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
TODAY = dt.date(2026, 12, 1)
FIELDS = ("value", "hedge", "time", "source", "statement_date")


def load(folder: Path = HERE) -> dict:
    return json.loads((folder / "expectations.json").read_text(encoding="utf-8"))


def extract_all(expect: dict, nlp=None, folder: Path = HERE) -> dict[str, list]:
    from newsledger.extract import Extractor
    from newsledger.ingest.readers import read_file

    out = {}
    for name, rep in expect.items():
        (raw,) = list(read_file(folder / f"{name}.txt"))
        if rep.get("run_published"):
            raw = dataclasses.replace(raw, published=rep["run_published"])
        ex = Extractor(nlp=nlp, today=TODAY) if nlp is not None else Extractor(today=TODAY)
        nlp = ex.nlp
        (records,) = list(ex.process([raw]))
        out[name] = records
    return out


def _date_ok(want, got) -> bool:
    return want is None or (got is not None and got.startswith(want))


def time_ok(alts, t) -> bool:
    for alt in alts:
        if alt is None:
            if t is None:
                return True
            continue
        if t is None:
            continue
        kind, start, end, basis = alt
        if t.kind == kind and _date_ok(start, t.start) and _date_ok(end, t.end) and (basis is None or t.basis == basis):
            return True
    return False


def source_ok(alts, src) -> bool:
    for alt in alts:
        if alt is None:
            if src is None:
                return True
            continue
        if src is None:
            continue
        hay = " ".join(x.lower() for x in (src.name, src.entity) if x)
        if alt in hay.split() or (" " in alt or len(alt) > 4) and alt in hay:
            return True
    return False


def find_claim(claims, fig):
    same = [c for c in claims if c.text == fig["text"]]
    if not same:
        same = [c for c in claims if fig["text"] in c.text]
    k = fig.get("occ", 0)
    return same[k] if len(same) > k else None


def judge(fig, claim) -> dict[str, bool]:
    if claim is None:
        return dict.fromkeys(FIELDS, False)
    q = claim.quantity
    sd = fig["statement_date"]
    return {
        "value": q.value is not None and abs(q.value - fig["value"]) <= 1e-6 * max(1, abs(fig["value"])),
        "hedge": q.bound == fig["bound"],
        "time": time_ok(fig["time"], claim.time),
        "source": source_ok(fig["source"], claim.source),
        "statement_date": sd == "any" or claim.statement_date == sd,
    }


def show_time(t) -> str:
    return "None" if t is None else f"{t.kind} {t.start}..{t.end} {t.basis} ({t.text})"


def main(verbose: bool, folder: Path = HERE) -> None:
    expect = load(folder)
    got = extract_all(expect, folder=folder)
    totals = dict.fromkeys(FIELDS, 0)
    full = n = pub_right = pub_n = 0
    for name, rep in expect.items():
        recs = got[name]
        article = recs[0]
        claims = [r for r in recs if type(r).__name__ == "ClaimRecord" and r.part == "text"]
        if rep["published"] is not None:
            pub_n += 1
            ok = article.published == rep["published"]
            pub_right += ok
            if verbose or not ok:
                print(f"{name}: published {article.published} ({article.published_source}) want {rep['published']}")
        for fig in rep["figures"]:
            n += 1
            c = find_claim(claims, fig)
            j = judge(fig, c)
            for f in FIELDS:
                totals[f] += j[f]
            core = all(j[f] for f in ("value", "hedge", "time", "source"))
            full += core
            if verbose and not all(j.values()):
                bad = [f for f in FIELDS if not j[f]]
                if c is None:
                    print(f"  {name} {fig['text']!r}: MISSING among {[x.text for x in claims]}")
                else:
                    src = c.source and (c.source.name, c.source.entity)
                    print(f"  {name} {fig['text']!r}: wrong {bad}; time {show_time(c.time)}; want {fig['time']}; "
                          f"source {src} want {fig['source']}; sd {c.statement_date} want {fig['statement_date']}; "
                          f"q {c.quantity.value} {c.quantity.bound}")
    print(f"fully right {full}/{n}; " + ", ".join(f"{f} {totals[f]}/{n}" for f in FIELDS)
          + f"; published {pub_right}/{pub_n}")


if __name__ == "__main__":
    dirs = [a for a in sys.argv[1:] if not a.startswith("-")]
    main("-v" in sys.argv, Path(dirs[0]) if dirs else HERE)
