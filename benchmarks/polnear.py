"""PolNeAR (train split) for newsledger's statements: reader and scorer.

    python benchmarks/polnear.py [--skip N] [--limit N] [--json] [--errors N]

PolNeAR annotates *attributions* in 840 training articles of US political news
(2015-16) as brat stand-off: a ``Content`` span, a ``Cue`` span and, unless the
attribution has none, a ``Source`` span, tied together by an ``E`` line. Spans
are character offsets into the article's ``.txt`` (the first line is the
title); a span may have several fragments (``0 10;12 20``). Each token has at
most one role in at most one attribution, so attributions never nest.

How newsledger's statements map onto PolNeAR's attributions
===========================================================

A newsledger statement is something a source *said or wrote*: a quotation or a
reported clause behind a reporting cue ("said", "told", "according to",
"denied", "estimated", "a statement"). PolNeAR is broader: it also annotates
beliefs ("he thinks that ..."), intentions and wishes ("wants to ..."),
perceptions and attitudes ("if you don't like it", "mocked the ambitions of
..."), and many nominal cues ("his critique of his opponents"). newsledger
does not count those as statements, so its recall here has a ceiling well
below 1.0; ``speech_r`` gives recall over the gold attributions whose cue is a
speech word (a word of :data:`SPEECH_CUE_WORDS`, or a quotation in the content),
which is the part newsledger means to find. Conversely a statement newsledger
makes where PolNeAR has none is counted wrong even when it is a fair reading
(an unattributed quotation of four words or more is a statement for
newsledger, PolNeAR often leaves a scare quote out).

Two more differences in shape, both scored leniently by overlap: PolNeAR's
content of a direct quotation includes the quote marks and often the words
around them ("the candidate has “always run a lean campaign ...”"); a
newsledger direct statement spans the inside of the marks. A quotation broken
by its cue ("“We will not leave,” she said, “until ...”") is one PolNeAR
content with two fragments and one newsledger statement whose span runs from
the first opening mark's content to the last closing mark, cue included.

How each figure is defined
==========================

Two spans *overlap* when they share at least one character (a gold span with
fragments overlaps through any fragment). Matching is one-to-one: all
(statement, gold attribution) pairs whose content spans overlap are taken in
order of the characters they share, largest first (ties: earlier span first),
and a pair is kept when neither side is matched yet.

- ``content_p/r/f1``: matched statements / statements, matched gold / gold
  attributions, harmonic mean.
- ``cue_p/r/f1``: the same one-to-one overlap matching between cue spans.
  Statement records carry the cue as text only, so its span is recovered as
  the occurrence of that text (case-insensitive, whole words) nearest to the
  statement's source span, else to its content span, within 200 characters
  and outside the content (inside it only where the source stands inside it
  too, as in a quotation broken by its cue); a cue not found there counts as
  a predicted cue that matches nothing.
- ``source_p/r/f1`` ("source right end to end"): a matched pair is *source
  right* when
    * the gold has a Source and the statement's source span overlaps it, or the
      gold Source is a relative pronoun ("Christie, who said") and the
      statement's source span ends right before it with only a comma and
      spaces between (newsledger names the antecedent); or
    * the statement's source is carried (``span`` None: no source phrase in its
      own sentence) and its ``name`` or ``entity`` occurs in the gold source
      text, or the gold source text in them (case-insensitive): the carried
      name stands for the gold pronoun only when they are the same words,
      so a carried "Morris" is right for a gold "Morris" and wrong for "he";
    * the gold has no Source and the statement has no source.
  P = source-right pairs / statements, R = source-right pairs / gold.
- ``source_acc_matched``: source-right pairs / matched pairs.
- ``speech_r``: content recall over the speech-cue gold attributions only.
- ``gold``, ``system``, ``docs``: counts.

All 840 training articles (19,832 attributions; an article coded by several
annotators counts once) take about 3.5 minutes on one idle core and 9 or more
on a loaded machine; ``--limit N`` scores the first N in file-name order and
``--skip N`` leaves out the first N before that (``--skip 300 --limit 240``
scores articles 300-539), so a part of the articles used to look at misses and
a part only scored can be measured apart.

Reads ../shared/eval at run time; nothing of the corpus is copied into the repo.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import json
import os
import re
import sys
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("NEWSLEDGER_SHARED", ROOT.parent / "shared"))
POLNEAR_DIR = SHARED / "eval" / "polnear-train" / "data" / "train"

Span = tuple[int, int]

# Cue words of speech and writing (lower case, any form), for ``speech_r``.
SPEECH_CUE_WORDS = frozenset(
    "say says said saying tell tells told telling according report reports reported reporting "
    "announce announced announces statement statements wrote write writes writing tweet tweeted "
    "tweets posted post claim claims claimed claiming added add adds noted notes note asked ask "
    "asks explained explains insisted insists argued argues warned warns warning denied denies "
    "interview remarks remarked speech declared declares stated states testified acknowledged "
    "admitted admits confirmed confirms quoted quote called calls replied responded response "
    "suggested suggests predicted estimated accused accuses alleged alleges promised promises "
    "vowed vows pledged urged urges told".split()
)
_QUOTE_MARKS = "“”\"«»"
RELATIVE_PRONOUNS = frozenset({"who", "which", "that", "whom"})
_WORD = re.compile(r"[A-Za-z’']+")


class PolnearError(Exception):
    """The PolNeAR folder is absent or a file is not the brat format expected."""


@dataclass(frozen=True)
class GoldAttribution:
    """One PolNeAR attribution: content, cue and source fragments (source may be empty)."""

    id: str
    content: tuple[Span, ...]
    cue: tuple[Span, ...]
    source: tuple[Span, ...]
    source_text: str
    cue_text: str
    content_text: str

    @property
    def speech(self) -> bool:
        words = {w.lower() for w in _WORD.findall(self.cue_text)}
        return bool(words & SPEECH_CUE_WORDS) or any(m in self.content_text for m in _QUOTE_MARKS)


@dataclass
class PolnearDoc:
    name: str
    text: str
    attributions: list[GoldAttribution] = field(default_factory=list)


def _spans(field_text: str) -> tuple[Span, ...]:
    out = []
    for part in field_text.split(";"):
        a, b = part.split()
        out.append((int(a), int(b)))
    return tuple(out)


def read_ann(path: Path, text: str) -> list[GoldAttribution]:
    """The attributions of one .ann file (E lines whose type starts with Attribution)."""
    spans: dict[str, tuple[str, tuple[Span, ...]]] = {}
    events: list[tuple[str, dict[str, list[str]]]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        cols = line.split("\t")
        if line.startswith("T") and len(cols) >= 2:
            kind, _, rest = cols[1].partition(" ")
            try:
                spans[cols[0]] = (kind, _spans(rest))
            except ValueError as exc:
                raise PolnearError(f"{path.name}: unreadable span line {line!r}") from exc
        elif line.startswith("E") and len(cols) >= 2:
            roles: dict[str, list[str]] = {}
            for item in cols[1].split():
                role, _, ref = item.partition(":")
                roles.setdefault(role.rstrip("0123456789"), []).append(ref)
            events.append((cols[0], roles))
    out = []
    for eid, roles in events:
        if not any(r.startswith("Attribution") for r in roles):
            continue

        def gather(role: str) -> tuple[Span, ...]:
            return tuple(sorted(s for ref in roles.get(role, []) if ref in spans for s in spans[ref][1]))

        content = gather("Content")
        if not content:
            continue
        cue, source = gather("Cue"), gather("Source")

        def words(fr: tuple[Span, ...]) -> str:
            return " ".join(text[a:b] for a, b in fr)

        out.append(GoldAttribution(eid, content, cue, source, words(source), words(cue), words(content)))
    return out


def read_all(folder: Path = POLNEAR_DIR, limit: int | None = None, skip: int = 0) -> list[PolnearDoc]:
    """The training articles in file-name order: past the first ``skip``, then the first ``limit`` when given."""
    ann_dir, text_dir = folder / "attributions", folder / "text"
    if not ann_dir.is_dir() or not text_dir.is_dir():
        raise PolnearError(f"PolNeAR is absent: {folder}")
    docs = []
    seen: set[str] = set()
    for ann in sorted(ann_dir.glob("*.ann")):
        # "<article>_<annotator>.ann" annotates "<article>.txt". An article coded by
        # several annotators (agreement checks) is scored once, on the first file.
        stem = ann.stem.rsplit("_", 1)[0]
        txt = text_dir / f"{stem}.txt"
        if stem in seen or not txt.is_file():
            continue
        seen.add(stem)
        if len(seen) <= skip:
            continue
        text = txt.read_text(encoding="utf-8")
        docs.append(PolnearDoc(stem, text, read_ann(ann, text)))
        if limit is not None and len(docs) >= limit:
            break
    return docs


# -- extraction ----------------------------------------------------------------


def extract_statements(docs: Sequence[PolnearDoc], extractor: Any = None) -> dict[str, list[Any]]:
    """newsledger's statement records for each article, spans shifted onto its text."""
    from newsledger.ingest.article import RawArticle
    from newsledger.records import ArticleRecord, StatementRecord

    if extractor is None:
        from newsledger.extract import Extractor

        extractor = Extractor(today=dt.date.today())
    raws = [RawArticle(text=d.text, id=d.name) for d in docs]
    out: dict[str, list[Any]] = {}
    for doc, records in zip(docs, extractor.process(raws)):
        article = next((r for r in records if isinstance(r, ArticleRecord)), None)
        where = _alignment(article.text, doc.text) if article is not None else None
        found = []
        if where is not None:

            def shift(span: Span) -> Span:
                return (where[span[0]], where[span[1] - 1] + 1) if span[1] > span[0] else (where[span[0]],) * 2

            for r in records:
                if isinstance(r, StatementRecord):
                    src = r.source
                    if src is not None and src.span is not None:
                        src = dataclasses.replace(src, span=shift(src.span))
                    found.append(dataclasses.replace(r, span=shift(r.span), source=src))
        out[doc.name] = found
    return out


def _alignment(clean: str, raw: str) -> list[int] | None:
    """For each character of the cleaned article text, its offset in the raw text (plus one past the end).

    Cleaning may drop characters the corpus keeps (a byte-order mark mid-text,
    "\ufeffAlso on HuffPost"); the rest is the raw text in order. None where
    the cleaned text is not the raw text with characters left out.
    """
    offset = raw.find(clean)
    if offset >= 0:
        return list(range(offset, offset + len(clean) + 1))
    out = []
    j = 0
    for ch in clean:
        while j < len(raw) and raw[j] != ch:
            j += 1
        if j == len(raw) or j - len(out) > max(50, len(raw) // 50):
            return None  # not a few dropped characters: another text
        out.append(j)
        j += 1
    out.append(j)
    return out


# -- scoring -------------------------------------------------------------------


def _shared(a: Span, fragments: Iterable[Span]) -> int:
    return sum(max(0, min(a[1], b[1]) - max(a[0], b[0])) for b in fragments)


def match(system: Sequence[Span], gold: Sequence[tuple[Span, ...]]) -> dict[int, int]:
    """One-to-one overlap matching, largest shared length first: system index -> gold index."""
    pairs = []
    for i, s in enumerate(system):
        for j, g in enumerate(gold):
            n = _shared(s, g)
            if n > 0:
                pairs.append((-n, s[0], g[0][0], i, j))
    pairs.sort()
    used_s: set[int] = set()
    used_g: set[int] = set()
    out = {}
    for _, _, _, i, j in pairs:
        if i in used_s or j in used_g:
            continue
        used_s.add(i)
        used_g.add(j)
        out[i] = j
    return out


def locate_cue(text: str, statement: Any) -> Span | None:
    """Where a statement's cue text stands: nearest its source span, else its content, outside the content."""
    cue = statement.cue
    if not cue:
        return None
    anchor = statement.source.span if statement.source is not None and statement.source.span else statement.span
    lo, hi = max(0, anchor[0] - 200), min(len(text), anchor[1] + 200)
    pattern = re.compile(r"(?<!\w)" + r"\s+".join(re.escape(w) for w in cue.split()) + r"(?!\w)", re.IGNORECASE)
    # A quotation broken by its cue holds its cue and source: look inside it then.
    inside_ok = anchor is not statement.span and statement.span[0] <= anchor[0] < statement.span[1]
    best: Span | None = None
    for m in pattern.finditer(text, lo, hi):
        if not inside_ok and statement.span[0] <= m.start() < statement.span[1]:
            continue
        dist = min(abs(m.start() - anchor[1]), abs(anchor[0] - m.end()))
        if best is None or dist < min(abs(best[0] - anchor[1]), abs(anchor[0] - best[1])):
            best = (m.start(), m.end())
    return best


def _prf(right_sys: int, n_sys: int, right_gold: int, n_gold: int, prefix: str) -> dict[str, float]:
    p = right_sys / n_sys if n_sys else 0.0
    r = right_gold / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {f"{prefix}_p": p, f"{prefix}_r": r, f"{prefix}_f1": f}


def source_right(text: str, statement: Any, gold: GoldAttribution) -> bool:
    src = statement.source
    if not gold.source:
        return src is None
    if src is None:
        return False
    if src.span is not None:
        if _shared(src.span, gold.source) > 0:
            return True
        # PolNeAR marks the relative pronoun ("Christie, who said"), newsledger the
        # noun it stands for: right when only punctuation stands between them.
        g0 = gold.source[0][0]
        return (
            gold.source_text.lower() in RELATIVE_PRONOUNS
            and src.span[1] <= g0
            and not text[src.span[1] : g0].strip(" ,\u00a0")
        )
    g = gold.source_text.lower()
    for name in (src.name, src.entity):
        if name and (name.lower() in g or g in name.lower()):
            return True
    return False


def score(docs: Sequence[PolnearDoc], got: dict[str, list[Any]], errors: list[str] | None = None) -> dict[str, float]:
    n_sys = n_gold = matched = src_ok = 0
    cue_sys = cue_gold = cue_ok = 0
    speech_gold = speech_found = 0
    for doc in docs:
        stmts = got.get(doc.name, [])
        gold = doc.attributions
        pairs = match([s.span for s in stmts], [g.content for g in gold])
        n_sys += len(stmts)
        n_gold += len(gold)
        matched += len(pairs)
        found_gold = set(pairs.values())
        for i, j in pairs.items():
            if source_right(doc.text, stmts[i], gold[j]):
                src_ok += 1
            elif errors is not None:
                errors.append(f"SOURCE {doc.name}: gold {gold[j].source_text!r} got "
                              f"{stmts[i].source.name if stmts[i].source else None!r} in {stmts[i].text[:60]!r}")
        for j, g in enumerate(gold):
            if g.speech:
                speech_gold += 1
                speech_found += j in found_gold
            if errors is not None and j not in found_gold:
                errors.append(f"MISSED {doc.name}: [{g.source_text}] [{g.cue_text}] {g.content_text[:80]!r}")
        if errors is not None:
            for i, s in enumerate(stmts):
                if i not in pairs:
                    errors.append(f"SPURIOUS {doc.name}: {s.cue!r} {s.text[:80]!r}")
        cues = [c for c in (locate_cue(doc.text, s) for s in stmts if s.cue)]
        cue_sys += len(cues)
        gold_cues = [g.cue for g in gold if g.cue]
        cue_gold += len(gold_cues)
        cue_ok += len(match([c for c in cues if c is not None], gold_cues))
    out = {}
    out.update(_prf(matched, n_sys, matched, n_gold, "content"))
    out.update(_prf(cue_ok, cue_sys, cue_ok, cue_gold, "cue"))
    out.update(_prf(src_ok, n_sys, src_ok, n_gold, "source"))
    out["source_acc_matched"] = src_ok / matched if matched else 0.0
    out["speech_r"] = speech_found / speech_gold if speech_gold else 0.0
    out["gold"] = float(n_gold)
    out["system"] = float(n_sys)
    out["docs"] = float(len(docs))
    return out


def evaluate(
    extractor: Any = None, limit: int | None = None, errors: list[str] | None = None, skip: int = 0
) -> dict[str, float]:
    """Read, extract and score; the metrics dict (``seconds`` is the extraction time)."""
    docs = read_all(limit=limit, skip=skip)
    started = time.perf_counter()
    got = extract_statements(docs, extractor)
    seconds = time.perf_counter() - started
    out = score(docs, got, errors)
    out["seconds"] = seconds
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--limit", type=int, default=None, help="score only the first N articles (file-name order)")
    ap.add_argument("--skip", type=int, default=0, help="leave out the first N articles (file-name order)")
    ap.add_argument("--json", action="store_true", help="print the metrics as JSON")
    ap.add_argument("--errors", type=int, default=0, metavar="N", help="print N error lines of each kind")
    args = ap.parse_args(argv)
    errors: list[str] | None = [] if args.errors else None
    try:
        result = evaluate(limit=args.limit, errors=errors, skip=args.skip)
    except PolnearError as exc:
        print(exc, file=sys.stderr)
        return 2
    if errors:
        for kind in ("MISSED", "SPURIOUS", "SOURCE"):
            for line in [e for e in errors if e.startswith(kind)][: args.errors]:
                print(line)
    if args.json:
        print(json.dumps(result, indent=2, sort_keys=True))
    else:
        for key in sorted(result):
            value = result[key]
            print(f"{key:22s} {value:.0f}" if key in {"gold", "system", "docs"} else f"{key:22s} {value:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
