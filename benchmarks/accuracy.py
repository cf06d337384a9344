"""newsledger's accuracy harness: real extraction scored against MEANTIME and PLOVER.

    python benchmarks/accuracy.py [--only times,quantities,entities,plover,events] [--write] [--json]
                                  [--ratchet] [--pin-corpora] [--lower METRIC=VALUE --because WHY]
                                  [--errors times|quantities|entities|plover]

Runs :class:`newsledger.extract.Extractor` with the default pipeline over the
120 MEANTIME articles (text rebuilt by :mod:`meantime`, published date = the
article's CREATION_TIME) and the 316 distinct PLOVER sentences (published date
= the record's ``date``), then scores what it extracted.

How each figure is defined
==========================

MEANTIME annotates timexes, values and entity mentions only in the first
sentences of each article (title, dateline and four body sentences; see
:mod:`meantime`). System records that start after that part are left out of
every MEANTIME figure: the gold is silent there, not negative.

Spans are character spans into the rebuilt text. Two spans *overlap* when they
share at least one character. Matching is relaxed (TempEval style): a gold item
is found when some system item overlaps it, and a system item is right when it
overlaps some gold item; neither side is forced one-to-one. P = right system
items / system items, R = found gold items / gold items, F1 their harmonic mean.
Any ratio with an empty denominator is 0.

times (gold: every TIMEX3 with tokens, except the CREATION_TIME one)
  - ``span_p/r/f1``: overlap P/R/F1 of ``time`` records against gold TIMEX3.
  - ``exact_p/r/f1``: the same with identical spans.
  - ``value_accuracy``: of all gold timexes, the fraction overlapped by a
    system timex with the same TimeML value (string equality). The issue's
    first floor: >= 0.80.
  - ``value_accuracy_matched``: the same among gold timexes that some system
    timex overlaps.
  - ``type_accuracy_matched``: among overlapped gold timexes, same timex_type.
  - ``value_accuracy_{DATE,TIME,DURATION,SET}`` (informational, not floored):
    value accuracy per gold type; ``gold_{type}`` the counts.
  System timexes overlapping the creation-time span (the Wikinews dateline)
  are left out of precision: the gold marks that date only as the creation
  time, not as a timex of the text.

quantities (gold: every VALUE markable; ``claim`` records against them)
  - ``span_p/r/f1``: overlap P/R/F1.
  - ``value_p/r/f1``: a gold value is found, and a claim right, when they
    overlap and the claim's ``quantity.value`` equals a number the gold span
    allows (read from the gold text by :mod:`goldvalues`; relative tolerance
    0.2%, so 0.333 equals a third). A range claim also matches a gold span
    holding one of its ends (MEANTIME marks "[20] to [25 percent]" as two
    values; the contract makes one range claim). Gold spans that are not one number
    ("thousands", "the amount", ordinals) are left out, and so are claims that
    overlap only such spans. The issue's first floor: ``value_f1`` >= 0.85.
  - ``bound_accuracy``: among gold values with a readable number and an
    overlapping claim, the fraction whose claim has the gold span's bound
    (hedge words in the gold span, see :mod:`goldvalues`). Where several
    claims overlap a gold span, the one with the largest overlap counts. The
    gold bound comes from the span's hedge words, else from those just before
    it ("about [500]"), and is ``range`` for a span that is one end of a
    range ("[20] to 25 percent"): MEANTIME often leaves hedges outside spans.
  - ``unit_accuracy``: among MONEY and PERCENT gold values with an overlapping
    claim, the fraction whose claim unit is right: PERCENT -> ``percent``;
    MONEY -> the gold's currency code where the span shows one (``$`` is USD),
    else any three-letter currency code.
  - ``value_r_{QUANTITY,MONEY,PERCENT}`` (informational, not floored): value
    recall per gold type.

entities (gold: ENTITY_MENTIONs with syntactic_type NAM or PRE.NAM, i.e. names)
  - ``mention_p/r/f1``: overlap P/R/F1 of ``entity`` records whose label is a
    name class MEANTIME annotates (PERSON, ORG, GPE, LOC, FAC, PRODUCT;
    NORP and the rest are left out of precision, MEANTIME has no such class).
  - ``typed_p/r/f1``: the same, but a match also needs the label to fit the
    gold class: PER->PERSON, ORG->ORG, LOC->GPE/LOC/FAC, PRO->PRODUCT,
    FIN->ORG (MEANTIME's financial entities are markets, indexes and firms).
    MIX mentions and mentions without an entity are left out of the typed score.
  - ``{class}_r`` / ``{class}_p``: typed recall and precision per gold class.
  - ``link_p/r/f1``: canonical linking, pairwise within each document over
    the gold mentions that were found and refer to an entity. Each is given
    the canonical (``canonical``, else its text) of the overlapping system
    entity that ends nearest the mention's end (English puts the head last:
    "Airbus parent EADS" refers to EADS), then of the largest overlap. A pair is linked by the gold when both mentions REFER_TO the
    same instance (cross-document instance_id, else the same ENTITY), by the
    system when the two canonicals are equal (case-insensitive). P = pairs
    linked by both / pairs linked by the system; R = the same / pairs linked
    by the gold.

by_corpus (informational, not floored)
  - ``{corpus}_{section}_{figure}``: the headline figure of each MEANTIME
    section (times value_accuracy, quantities value_f1, entities mention_f1)
    on each of the four sub-corpora (airbus, apple, gm, stock), 30 articles
    each. The components are developed against this same data; a figure far
    above the others on one sub-corpus is a sign of rules fitted to it.

events (gold: PLOVER's coded events; the ``event`` records of the same run)
  - scored by ``benchmarks/plover.py`` (:func:`plover.score_events`, see its
    docstring): ``type_recall``, ``type_precision``, ``actor_country``,
    ``recipient_country``, ``place`` and ``counts`` over all categories, and
    the same per PLOVER category (``ASSAULT_type_recall``, ...); ``gold_*``
    are the numbers of coded events. All floored (with --add-floors).

plover (gold: the ``dead`` and ``injured`` counts that are numbers)
  - a claim *counts the dead* when its ``measure`` or ``subject`` matches
    DEAD_RE (killed, dead, died, deaths, fatalities, ...) and *counts the
    injured* when they match INJURED_RE (injured, wounded, hurt, ...).
  - ``dead_recall`` / ``injured_recall``: of gold counts, the fraction for
    which the claims of that sentence include a claim of the right kind whose
    value, low or high equals the count.
  - ``casualty_recall``: both together.
  - ``casualty_precision``: of casualty claims in sentences whose gold
    records carry a numeric dead or injured count, the fraction that equal a
    gold count of their kind there. Sentences without such gold are left out
    (PLOVER codes only the counts of the coded event, so it is silent on
    others); their casualty claims are reported as ``unscored_casualty_claims``.
  - ``size_recall`` (informational): numeric ``size`` counts (crowds,
    arrests) found as the value, low or high of any claim of the sentence.
  - ``actor_country_recall``: of source and target actors coded with an ISO
    3166-1 alpha-3 country (pycountry knows the code; IGO, ethnic and
    misspelt codes are left out) whose text occurs in the sentence, the
    fraction overlapped by an ``entity`` record whose ``country`` is that
    code ("Hungarian" -> HUN, "Baku" -> AZE, "Sudanese government" -> SDN).
    Actors whose text names no place ("President Abdelaziz Bouteflika" ->
    DZA) are counted too, so 1.0 is out of reach by design.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import json
import math
import platform
import re
import sys
import time
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

import goldvalues  # noqa: E402
import meantime  # noqa: E402
import plover  # noqa: E402
import polnear  # noqa: E402
import tempeval  # noqa: E402

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

DEAD_RE = re.compile(
    r"\b(?:kill\w*|dead|die[sd]?|dying|deaths?|death toll|fatalit\w*|lives|bodies|slain|murder\w*|executed)\b",
    re.IGNORECASE,
)
INJURED_RE = re.compile(r"\b(?:injur\w*|wound\w*|hurt|maimed|hospitali[sz]ed)\b", re.IGNORECASE)

# System entity labels that correspond to some MEANTIME entity class.
NAME_LABELS = {"PERSON", "ORG", "GPE", "LOC", "FAC", "PRODUCT"}
CLASS_LABELS = {
    "PER": {"PERSON"},
    "ORG": {"ORG"},
    "LOC": {"GPE", "LOC", "FAC"},
    "PRO": {"PRODUCT"},
    "FIN": {"ORG"},
}
NAMED_SYNTACTIC = {"NAM", "PRE.NAM"}
# Figures that are counts, not ratios: printed as integers, never floored.
COUNT_KEYS = {"gold", "system", "gold_unreadable", "link_gold_pairs", "gold_dead", "gold_injured",
              "unscored_casualty_claims", "gold_actors", "gold_DATE", "gold_TIME", "gold_DURATION", "gold_SET"}
_CURRENCY_RE = re.compile(r"^[A-Z]{3}$")


class HarnessError(Exception):
    """The harness cannot run: eval data missing or an unreadable floors file."""


# -- extraction --------------------------------------------------------------


@dataclass
class Extracted:
    """What newsledger extracted from one text, with spans mapped onto that text."""

    text: str
    times: list[Any] = field(default_factory=list)
    claims: list[Any] = field(default_factory=list)
    entities: list[Any] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    events: list[Any] = field(default_factory=list)
    """Event records with their spans as extracted (into the cleaned text, ``offset`` in)."""
    offset: int = 0


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


def overlap(a: tuple[int, int] | None, b: tuple[int, int] | None) -> int:
    """Characters two spans share (0 when either is None)."""
    if a is None or b is None:
        return 0
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def ratio(num: float, den: float) -> float:
    return num / den if den else 0.0


def f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def prf(right_sys: int, n_sys: int, found_gold: int, n_gold: int, prefix: str) -> dict[str, float]:
    p, r = ratio(right_sys, n_sys), ratio(found_gold, n_gold)
    return {f"{prefix}_p": p, f"{prefix}_r": r, f"{prefix}_f1": f1(p, r)}


def same_number(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return False
    return math.isclose(a, b, rel_tol=2e-3, abs_tol=1e-9)


def best_overlap(span: tuple[int, int] | None, items: Iterable[Any]) -> Any:
    """The item whose span overlaps ``span`` most (first on ties), else None."""
    best, best_n = None, 0
    for item in items:
        n = overlap(span, item.span)
        if n > best_n:
            best, best_n = item, n
    return best


def head_overlap(span: tuple[int, int], items: Iterable[Any]) -> Any:
    """Of the items overlapping ``span``, the one ending nearest its end (then the largest overlap).

    English noun phrases put their head last, so in a gold mention such as
    "Airbus parent EADS" or "JSA Research analyst Paul Nesbit" the name that
    ends the span is the one the mention refers to.
    """
    best, best_key = None, None
    for item in items:
        n = overlap(span, item.span)
        if n <= 0:
            continue
        key = (abs(span[1] - item.span[1]), -n)
        if best_key is None or key < best_key:
            best, best_key = item, key
    return best


@dataclass
class Errors:
    """Examples of what went wrong, for ``--errors`` (not part of the figures)."""

    lines: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))

    def add(self, section: str, line: str) -> None:
        self.lines[section].append(line)


def _ctx(text: str, span: tuple[int, int] | None, width: int = 40) -> str:
    if span is None:
        return ""
    a, b = span
    return (text[max(0, a - width):a] + "[" + text[a:b] + "]" + text[b:b + width]).replace("\n", " / ")


# -- times -------------------------------------------------------------------


def score_times(docs: Sequence[meantime.MeantimeDoc], got: dict[str, Extracted], errors: Errors | None = None) -> dict[str, float]:
    n_gold = n_sys = found = found_exact = right = right_exact = value_ok = type_ok = 0
    by_type: dict[str, list[int]] = defaultdict(lambda: [0, 0])  # gold, value right
    for doc in docs:
        ex = got.get(doc.path) or Extracted(doc.text)
        gold = [t for t in doc.timexes if t.span is not None]
        creation = doc.creation_timex.span if doc.creation_timex else None
        system = [t for t in ex.times if doc.annotated(t.span) and not overlap(t.span, creation)]
        n_gold += len(gold)
        n_sys += len(system)
        right += sum(1 for s in system if any(overlap(s.span, g.span) for g in gold))
        right_exact += sum(1 for s in system if any(tuple(s.span) == g.span for g in gold))
        for g in gold:
            hits = [s for s in system if overlap(s.span, g.span)]
            by_type[g.type][0] += 1
            if hits:
                found += 1
                if any(s.value == g.value for s in hits):
                    value_ok += 1
                    by_type[g.type][1] += 1
                elif errors:
                    errors.add("times", f"VALUE {doc.doc_id}: gold {g.value} got {[s.value for s in hits]}: {_ctx(doc.text, g.span)}")
                best = best_overlap(g.span, hits)
                type_ok += best is not None and best.timex_type == g.type
            elif errors:
                errors.add("times", f"MISSED {doc.doc_id}: {g.type} {g.value}: {_ctx(doc.text, g.span)}")
            found_exact += any(tuple(s.span) == g.span for s in system)
        if errors:
            for s in system:
                if not any(overlap(s.span, g.span) for g in gold):
                    errors.add("times", f"SPURIOUS {doc.doc_id}: {s.value}: {_ctx(doc.text, tuple(s.span))}")
    out = {"gold": float(n_gold), "system": float(n_sys)}
    out |= prf(right, n_sys, found, n_gold, "span")
    out |= prf(right_exact, n_sys, found_exact, n_gold, "exact")
    out["value_accuracy"] = ratio(value_ok, n_gold)
    out["value_accuracy_matched"] = ratio(value_ok, found)
    out["type_accuracy_matched"] = ratio(type_ok, found)
    for ttype in ("DATE", "TIME", "DURATION", "SET"):
        g, ok = by_type.get(ttype, (0, 0))
        out[f"value_accuracy_{ttype}"] = ratio(ok, g)
        out[f"gold_{ttype}"] = float(g)
    return out


# -- quantities ----------------------------------------------------------------


def value_matches(claim: Any, gold: goldvalues.GoldValue) -> bool:
    """Whether a claim states a number the gold span allows.

    A range claim also matches a gold span holding one of its ends: MEANTIME
    marks "[20] to [25 percent]" as two values, the contract one range claim.
    """
    q = claim.quantity
    for a in gold.alternatives:
        if same_number(q.value, a):
            return True
        if q.bound == "range" and (same_number(q.low, a) or same_number(q.high, a)):
            return True
    return False


def _unit_ok(claim: Any, gold_type: str, parsed: goldvalues.GoldValue) -> bool:
    unit = claim.quantity.unit
    if gold_type == "PERCENT":
        return unit == "percent"
    if gold_type == "MONEY":
        if parsed.currency:
            return unit == parsed.currency
        return bool(unit and _CURRENCY_RE.match(unit))
    return True


def score_quantities(docs: Sequence[meantime.MeantimeDoc], got: dict[str, Extracted], errors: Errors | None = None) -> dict[str, float]:
    n_gold = n_sys = found = right = 0
    v_gold = v_sys = v_found = v_right = 0
    unparsed = 0
    bound_n = bound_ok = unit_n = unit_ok = 0
    by_type: dict[str, list[int]] = defaultdict(lambda: [0, 0])  # readable gold, value found
    for doc in docs:
        ex = got.get(doc.path) or Extracted(doc.text)
        gold = [(g, goldvalues.parse_gold(g.text, g.type)) for g in doc.values if g.span is not None]
        system = [c for c in ex.claims if doc.annotated(c.span)]
        n_gold += len(gold)
        n_sys += len(system)
        right += sum(1 for s in system if any(overlap(s.span, g.span) for g, _ in gold))
        readable = [(g, p) for g, p in gold if p.value is not None]
        unreadable = [g for g, p in gold if p.value is None]
        unparsed += len(unreadable)
        v_gold += len(readable)
        for s in system:
            on_readable = [p for g, p in readable if overlap(s.span, g.span)]
            if not on_readable and any(overlap(s.span, g.span) for g in unreadable):
                continue  # sits only on gold that is not one number: left out
            v_sys += 1
            if any(value_matches(s, p) for p in on_readable):
                v_right += 1
            elif errors and not on_readable:
                errors.add("quantities", f"SPURIOUS {doc.doc_id}: {s.quantity.value} {s.quantity.unit}: {_ctx(doc.text, tuple(s.span))}")
        for g, p in gold:
            hits = [s for s in system if overlap(s.span, g.span)]
            found += bool(hits)
            if p.value is None:
                continue
            by_type[g.type][0] += 1
            if any(value_matches(s, p) for s in hits):
                v_found += 1
                by_type[g.type][1] += 1
            elif errors:
                got_values = [(s.quantity.value, s.quantity.unit) for s in hits]
                errors.add("quantities", f"{'VALUE' if hits else 'MISSED'} {doc.doc_id}: gold {g.type} {p.value} got {got_values}: {_ctx(doc.text, g.span)}")
            best = best_overlap(g.span, hits)
            if best is None:
                continue
            bound_n += 1
            gold_bound = goldvalues.context_bound(doc.text, g.span, p.bound)
            if best.quantity.bound == gold_bound:
                bound_ok += 1
            elif errors:
                errors.add("quantities", f"BOUND {doc.doc_id}: gold {gold_bound} got {best.quantity.bound}: {_ctx(doc.text, g.span)}")
            if g.type in ("MONEY", "PERCENT"):
                unit_n += 1
                if _unit_ok(best, g.type, p):
                    unit_ok += 1
                elif errors:
                    errors.add("quantities", f"UNIT {doc.doc_id}: gold {g.type}/{p.currency} got {best.quantity.unit}: {_ctx(doc.text, g.span)}")
    out = {"gold": float(n_gold), "system": float(n_sys), "gold_unreadable": float(unparsed)}
    out |= prf(right, n_sys, found, n_gold, "span")
    out |= prf(v_right, v_sys, v_found, v_gold, "value")
    out["bound_accuracy"] = ratio(bound_ok, bound_n)
    out["unit_accuracy"] = ratio(unit_ok, unit_n)
    for vtype in ("QUANTITY", "MONEY", "PERCENT"):
        g, ok = by_type.get(vtype, (0, 0))
        out[f"value_r_{vtype}"] = ratio(ok, g)
    return out


# -- entities ------------------------------------------------------------------


def score_entities(docs: Sequence[meantime.MeantimeDoc], got: dict[str, Extracted], errors: Errors | None = None) -> dict[str, float]:
    n_gold = n_sys = found = right = 0
    t_gold = t_found = 0
    t_sys = t_right = 0
    per_class: dict[str, list[int]] = {c: [0, 0, 0, 0] for c in CLASS_LABELS}  # gold, found, sys, right
    link_sys = link_gold = link_both = 0
    for doc in docs:
        ex = got.get(doc.path) or Extracted(doc.text)
        gold = [m for m in doc.entity_mentions if m.span is not None and m.syntactic_type in NAMED_SYNTACTIC]
        system = [e for e in ex.entities if e.label in NAME_LABELS and doc.annotated(e.span)]
        n_gold += len(gold)
        n_sys += len(system)
        right += sum(1 for s in system if any(overlap(s.span, g.span) for g in gold))
        typed_gold = [g for g in gold if g.ent_type in CLASS_LABELS]
        for s in system:
            t_sys += 1
            ok = any(overlap(s.span, g.span) and s.label in CLASS_LABELS[g.ent_type] for g in typed_gold)
            t_right += ok
            for cls, labels in CLASS_LABELS.items():
                if s.label in labels:
                    per_class[cls][2] += 1
                    per_class[cls][3] += any(overlap(s.span, g.span) and g.ent_type == cls for g in typed_gold)
        matched: list[tuple[Any, str]] = []
        for g in gold:
            hits = [s for s in system if overlap(s.span, g.span)]
            if hits:
                found += 1
                best = head_overlap(g.span, hits)
                if g.referent:
                    matched.append((g, (best.canonical or best.text).casefold()))
            elif errors:
                errors.add("entities", f"MISSED {doc.doc_id}: {g.ent_type} {g.syntactic_type}: {_ctx(doc.text, g.span)}")
            if g.ent_type in CLASS_LABELS:
                t_gold += 1
                per_class[g.ent_type][0] += 1
                if any(s.label in CLASS_LABELS[g.ent_type] for s in hits):
                    t_found += 1
                    per_class[g.ent_type][1] += 1
                elif hits and errors:
                    errors.add("entities", f"TYPE {doc.doc_id}: gold {g.ent_type} got {[s.label for s in hits]}: {_ctx(doc.text, g.span)}")
        for i in range(len(matched)):
            for j in range(i + 1, len(matched)):
                (gi, ci), (gj, cj) = matched[i], matched[j]
                by_gold = gi.referent == gj.referent
                by_sys = ci == cj
                link_gold += by_gold
                link_sys += by_sys
                link_both += by_gold and by_sys
                if errors and by_gold != by_sys:
                    kind = "UNLINKED" if by_gold else "OVERLINKED"
                    errors.add("entities", f"{kind} {doc.doc_id}: {gi.text!r}->{ci!r} / {gj.text!r}->{cj!r}")
        if errors:
            for s in system:
                if not any(overlap(s.span, g.span) for g in gold):
                    errors.add("entities", f"SPURIOUS {doc.doc_id}: {s.label}: {_ctx(doc.text, tuple(s.span))}")
    out = {"gold": float(n_gold), "system": float(n_sys)}
    out |= prf(right, n_sys, found, n_gold, "mention")
    out |= prf(t_right, t_sys, t_found, t_gold, "typed")
    for cls, (g, f, s, r) in per_class.items():
        out[f"{cls}_r"] = ratio(f, g)
        out[f"{cls}_p"] = ratio(r, s)
    out |= prf(link_both, link_sys, link_both, link_gold, "link")
    out["link_gold_pairs"] = float(link_gold)
    return out


# -- plover --------------------------------------------------------------------


def casualty_kind(claim: Any) -> str | None:
    """"dead", "injured" or None, from the claim's measure and subject."""
    words = " ".join(x for x in (claim.measure, claim.subject) if x)
    if not words:
        return None
    if DEAD_RE.search(words):
        return "dead"
    if INJURED_RE.search(words):
        return "injured"
    return None


def _claim_has(claim: Any, number: float) -> bool:
    q = claim.quantity
    return any(same_number(x, number) for x in (q.value, q.low, q.high))


def score_plover(records: Sequence[plover.PloverRecord], got: dict[str, Extracted], errors: Errors | None = None) -> dict[str, float]:
    counts = {"dead": [0, 0], "injured": [0, 0]}  # gold, found
    size_gold = size_found = 0
    prec_n = prec_ok = unscored = 0
    actors_n = actors_ok = 0
    for text, recs in plover.sentences(records).items():
        ex = got.get(text) or Extracted(text)
        claims = ex.claims
        seen_actors: set[tuple[str, str]] = set()
        for rec in recs:
            for actor in (*rec.sources, *rec.targets):
                code = (actor.code or "").upper()
                where = text.find(actor.text) if actor.text else -1
                if where < 0 or not _is_country(code) or (actor.text, code) in seen_actors:
                    continue
                seen_actors.add((actor.text, code))
                span = (where, where + len(actor.text))
                actors_n += 1
                if any(overlap(span, e.span) and (e.country or "").upper() == code for e in ex.entities):
                    actors_ok += 1
                elif errors:
                    got_c = [(e.text, e.country) for e in ex.entities if overlap(span, e.span)]
                    errors.add("plover", f"ACTOR {actor.text!r} {code} got {got_c}: {text}")
        gold: dict[str, set[float]] = {"dead": set(), "injured": set()}
        for rec in recs:
            for kind in ("dead", "injured"):
                c = getattr(rec, kind)
                if c is not None and c.value is not None:
                    gold[kind].add(c.value)
            if rec.size is not None and rec.size.value is not None:
                size_gold += 1
                size_found += any(_claim_has(cl, rec.size.value) for cl in claims)
        for kind, values in gold.items():
            for value in values:
                counts[kind][0] += 1
                if any(casualty_kind(cl) == kind and _claim_has(cl, value) for cl in claims):
                    counts[kind][1] += 1
                elif errors:
                    seen = [(cl.text, cl.measure, cl.quantity.value) for cl in claims]
                    errors.add("plover", f"MISSED {kind} {value:g}: {text} -> {seen}")
        casualty_claims = [(cl, casualty_kind(cl)) for cl in claims]
        casualty_claims = [(cl, k) for cl, k in casualty_claims if k]
        if gold["dead"] or gold["injured"]:
            for cl, kind in casualty_claims:
                prec_n += 1
                if any(_claim_has(cl, v) for v in gold[kind]):
                    prec_ok += 1
                elif errors:
                    errors.add("plover", f"WRONG {kind} {cl.quantity.value} ({cl.measure}): {text}")
        else:
            unscored += len(casualty_claims)
    g_all = counts["dead"][0] + counts["injured"][0]
    f_all = counts["dead"][1] + counts["injured"][1]
    p = ratio(prec_ok, prec_n)
    r = ratio(f_all, g_all)
    return {
        "gold_dead": float(counts["dead"][0]),
        "gold_injured": float(counts["injured"][0]),
        "dead_recall": ratio(*counts["dead"][::-1]),
        "injured_recall": ratio(*counts["injured"][::-1]),
        "casualty_recall": r,
        "casualty_precision": p,
        "casualty_f1": f1(p, r),
        "unscored_casualty_claims": float(unscored),
        "size_recall": ratio(size_found, size_gold),
        "actor_country_recall": ratio(actors_ok, actors_n),
        "gold_actors": float(actors_n),
    }


def _is_country(code: str) -> bool:
    """Whether a code is an ISO 3166-1 alpha-3 country code."""
    if len(code) != 3:
        return False
    import pycountry

    return pycountry.countries.get(alpha_3=code) is not None


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
