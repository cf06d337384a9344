"""Figure recall audited against spaCy's numeric entities, on real news with no quantity gold.

    python benchmarks/quantity_audit.py [--limit N] [--json] [--show SHAPE] [--out FILE.jsonl]

newsledger's extractor runs over the 840 PolNeAR train articles and the 256
TempEval-3 documents (readers in :mod:`polnear` and :mod:`tempeval`). For each
document, every spaCy CARDINAL / MONEY / PERCENT / QUANTITY entity of the same
parse that no claim overlaps is a *miss*, and every claim that overlaps no
numeric entity of spaCy's (those four labels, DATE, TIME, ORDINAL) is an
*unseen claim*, a place to look for false figures. Misses are grouped by
:func:`shape`, a rough reading of the entity and its neighbours; many shapes
are right to miss ("one of", "the two countries", years, "No. 1", "9/11"),
and their names say so. Neither side is gold: spaCy's entities are a second
opinion, and a count that moves says where to read, not who is right.

Takes 3 to 5 minutes on one idle core. Reads ../shared/eval at run time;
nothing of the corpora is copied into the repo.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import polnear  # noqa: E402
import tempeval  # noqa: E402

LABELS = ("CARDINAL", "MONEY", "PERCENT", "QUANTITY")
NUMERIC = LABELS + ("DATE", "TIME", "ORDINAL")
_NUMBER_WORDS = frozenset(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred thousand "
    "million billion dozen".split()
)


def shape(text: str, prev: str, nxt: str) -> str:
    """The group a missed entity falls in, from its text and the tokens either side."""
    low, pl = text.lower(), prev.lower()
    if "<" in text or "#" in text or "#" in prev or "date=" in prev or '">' in text or "=" in text:
        return "markup, hashtags, tweet dates (right to miss)"
    if re.search(r"\d(million|billion|thousand|percentage)", low):
        return "scale word glued to digits ($23million)"
    if re.search(r"%[-\u2013]\d", text):
        return "percent pair (58%-33%)"
    if "half" in low and re.search(r"dozen|million|billion", low):
        return "a half-dozen, a half million"
    if re.search(r"\b(half|third|thirds|quarters?)\b", low):
        return "fraction word (nearly half, three-quarters)"
    if re.search(r"\b(millions|billions|trillions)\b", low):
        return "vague plural (trillions of, millions more)"
    if low == "one":
        if nxt.lower() == "of":
            return '"one of" (right to miss)'
        return "one-time, one-on-one (right to miss)" if nxt == "-" else 'other "one" (pronoun, idioms: right to miss)'
    if low in _NUMBER_WORDS and pl in ("the", "those", "these", "both"):
        return "back reference: the two ... (right to miss)"
    if "/" in text or ":" in text:
        return "slash or colon: 9/11, 24/7, verses (right to miss)"
    if text.isdigit() and nxt in (".", ")") and prev in ("\n\n", "", ":", ",", "\n"):
        return "list number 1. 2) (right to miss)"
    if (prev == "." and text.isdigit()) or low.startswith(("no.", "number")):
        return "No. 1, Number 10 (right to miss)"
    if re.fullmatch(r"(19|20)\d\d", text):
        return "year (right to miss)"
    if re.search(r"\d-\d", text) or (nxt == "-" and text.isdigit()):
        return "score, vote or N-word modifier (mostly right to miss)"
    if pl in ("'s", "\u2019s"):
        return "number after a possessive name (Cruz's 465)"
    if low in _NUMBER_WORDS and nxt == "-":
        return "number word in a hyphened modifier (eight-person)"
    if low in _NUMBER_WORDS and prev[:1].isupper():
        return "number word after a name (Carson three Pinocchios)"
    if text[:1].isdigit() and prev[:1].isupper():
        return "digits after a name (Resolution 425, Cruz 34)"
    if re.search(r"\d[a-zA-Z]", text):
        return "digits glued to letters (6AM, 50px, 9mm)"
    return "other"


def _texts(limit: int | None) -> Iterator[tuple[str, str, str]]:
    for d in polnear.read_all(limit=limit):
        yield "polnear", d.name, d.text
    docs = tempeval.read_all()
    for d in docs[:limit] if limit else docs:
        yield "tempeval", d.doc_id, d.wire_text


def audit(limit: int | None = None) -> Iterator[dict]:
    """One row per miss and per unseen claim, in document order."""
    from newsledger.extract import prepare
    from newsledger.ingest.article import RawArticle
    from newsledger.nlp import load_pipeline
    from newsledger.nlp.doc_words import remember_text

    nlp = load_pipeline()
    skip = [n for n in ("newsledger_pubdate",) if n in nlp.pipe_names]
    for corpus, name, text in _texts(limit):
        prepared = prepare(RawArticle(text=text, id=name), today=dt.date(2020, 1, 1))
        if not hasattr(prepared, "article"):
            continue  # an error record: nothing to audit
        body = prepared.article.text
        doc = nlp.make_doc(body)
        remember_text(doc, body)
        doc._.article_id, doc._.published = name, prepared.published
        doc = nlp(doc, disable=skip)
        claims = doc._.claims or []
        spans = [c.span for c in claims]
        for e in doc.ents:
            if e.label_ in LABELS and not any(a < e.end_char and e.start_char < b for a, b in spans):
                prev = doc[e.start - 1].text if e.start > 0 else ""
                nxt = doc[e.end].text if e.end < len(doc) else ""
                yield {"kind": "miss", "set": corpus, "doc": name, "label": e.label_, "text": e.text,
                       "shape": shape(e.text, prev, nxt), "sentence": e.sent.text.strip()[:300]}
        numeric = [(e.start_char, e.end_char) for e in doc.ents if e.label_ in NUMERIC]
        for c in claims:
            if not any(a < c.span[1] and c.span[0] < b for a, b in numeric):
                yield {"kind": "unseen_claim", "set": corpus, "doc": name, "text": c.text,
                       "value": c.quantity.value, "unit": c.quantity.unit}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--limit", type=int, default=None, help="the first N documents of each set")
    ap.add_argument("--json", action="store_true", help="print the counts as JSON")
    ap.add_argument("--show", default=None, help="print the misses of shapes containing this text")
    ap.add_argument("--out", default=None, help="write every row as JSON lines to this file")
    args = ap.parse_args(argv)
    rows = list(audit(args.limit))
    if args.out:
        Path(args.out).write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    counts = {
        "misses": Counter(r["set"] for r in rows if r["kind"] == "miss"),
        "unseen_claims": Counter(r["set"] for r in rows if r["kind"] == "unseen_claim"),
        "shapes": Counter(r["shape"] for r in rows if r["kind"] == "miss"),
    }
    if args.json:
        print(json.dumps(counts, indent=2))
    else:
        for k, v in counts["shapes"].most_common():
            print(f"{v:6d}  {k}")
        print(f"misses {dict(counts['misses'])}; unseen claims {dict(counts['unseen_claims'])}")
    if args.show:
        for r in rows:
            if r["kind"] == "miss" and args.show in r["shape"]:
                print(f"[{r['text']}] {r['sentence'][:160]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
