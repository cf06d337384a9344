"""How accuracy.py scores what newsledger extracted against MEANTIME and PLOVER gold.

The scorers and their matching rules; accuracy.py runs them and holds the floors.

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

import math
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

import goldvalues
import meantime
import plover


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


_CURRENCY_RE = re.compile(r"^[A-Z]{3}$")


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
