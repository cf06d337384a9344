"""Which series a claim belongs to: what it counts, of whom, where, in what unit.

A series is one quantity about one subject (records.md, `series`). Its key is
read from one article's claims and entities, in text order, with rules over
the measure and subject the quantities component found and word lists of
``lang/en/series.py``:

- the measure class: the first class whose phrase stands in the measure, else
  in the subject; a count of a force is ``deployed`` beside a verb of sending,
  else ``present``; any other measured thing is ``other``, keyed by its measure;
- the group counted ("troops", "civilians"), from the measure or subject; a
  figure that names none borrows the group of the figure before it in the
  same sentence ("400 soldiers were killed and 3,600 injured"), or of the
  previous figure where it refers back ("four thousand of them");
- the group's owner, a country: a people or place named in the figure's own
  words ("North Korean soldiers"), else, for forces only, the nearest
  country named before the figure that is neither the source nor a
  destination ("North Korea sent 1,000 soldiers to Russia");
- the place, only where the figure is tied to a region or a town ("in the
  Kursk region", "the city of Kharkiv"); a country alone is the default;
- the unit, and whether the figure is a total or a count per period (per day,
  month, year...), because totals and per-period counts never share a series.

Claims of no measure stay out of every series.
"""

from __future__ import annotations

import bisect
import datetime as dt
import json
import re
from dataclasses import dataclass
from typing import Any

from ..lang.en import series as words
from ..records import ArticleRecord, ClaimRecord, EntityRecord

_OWNER_LABELS = {"NORP", "GPE"}
_DESTINATION = re.compile(r"\b(?:to|into|in|inside|at|near|of|from|toward|towards|against|on)\s+(?:the\s+)?$", re.I)
_PLACE_AFTER_KIND = re.compile(
    r"\b(?:" + "|".join(sorted(words.PLACE_KINDS)) + r")\s+of\s+(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})"
)
_PLACE_BEFORE_KIND = re.compile(
    r"\b(?:in|near|at|around|across|outside|inside)\s+(?:the\s+)?(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})"
    r"\s+(?:" + "|".join(sorted(words.PLACE_KINDS)) + r")\b"
)


def _phrase_re(phrases: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(re.escape(p) for p in sorted(phrases, key=len, reverse=True)) + r")\b")


_CLASS_RES = tuple((name, _phrase_re(phrases)) for name, phrases in words.MEASURE_CLASSES)
_BACK_RE = _phrase_re(words.BACK_REFERENCES)
_WORD_RE = re.compile(r"[a-z]+")


@dataclass(frozen=True)
class SeriesKey:
    """What makes two claims one series."""

    measure_class: str
    subject: str
    """Canonical: "troops of North Korea", "civilians", or the measure for ``other``."""
    place: str | None
    unit: str
    per: str
    """``total``, or the length of the period a per-period count covers (``day``, ``month``, ...)."""

    def text(self) -> str:
        # JSON, not a separator: a unit or a measure may hold any character.
        return json.dumps([self.measure_class, self.subject, self.place, self.unit, self.per], ensure_ascii=False)

    @classmethod
    def from_text(cls, text: str) -> SeriesKey:
        measure_class, subject, place, unit, per = json.loads(text)
        return cls(measure_class, subject, place, unit, per)

    @property
    def label(self) -> str:
        what = self.measure_class.replace("_", " ")
        if self.measure_class == "other" or self.subject.startswith(self.measure_class):
            what = ""
        where = f" in {self.place}" if self.place else ""
        per = "" if self.per == "total" else f" per {self.per}"
        unit = "" if self.unit == "count" else f" ({self.unit})"
        return f"{self.subject}{where}" + (f": {what}" if what else "") + per + unit


def _lower(value: str | None) -> str:
    return " ".join((value or "").lower().split())


def measure_class(measure: str, subject: str, context: str) -> str | None:
    """The measure class a claim's words give, or None where they name no group or class."""
    for text in (measure, subject):
        for name, pattern in _CLASS_RES:
            if text and pattern.search(text):
                return name
    if _group(measure) or _group(subject):
        if any(w in words.DEPLOY_WORDS for w in _WORD_RE.findall(f"{subject} {context}")):
            return "deployed"
        return "present"
    return None


def _group(text: str) -> str | None:
    for w in _WORD_RE.findall(text):
        if w in words.GROUP_NOUNS:
            return words.GROUP_NOUNS[w]
    return None


def _period_length(start: str | None, end: str | None) -> str:
    try:
        days = (dt.date.fromisoformat(end[:10]) - dt.date.fromisoformat(start[:10])).days + 1  # type: ignore[index]
    except (TypeError, ValueError):
        return "period"
    for limit, name in ((1, "day"), (7, "week"), (31, "month"), (92, "quarter"), (366, "year")):
        if days <= limit:
            return name
    return "period"


def _per(claim: ClaimRecord) -> str:
    t = claim.time
    if t is None or t.kind != "period":
        return "total"
    return _period_length(t.start, t.end)


def _place(subject_text: str | None, sentence: str) -> str | None:
    for text in (subject_text or "", sentence):
        for pattern in (_PLACE_AFTER_KIND, _PLACE_BEFORE_KIND):
            m = pattern.search(text)
            if m:
                return m.group("name")
    return None


class _Article:
    """One article's text and entities, for reading its claims' keys."""

    def __init__(self, text: str, entities: list[EntityRecord]):
        self.text = text
        self.owners = sorted(
            (e for e in entities if e.label in _OWNER_LABELS and (e.canonical or e.text)),
            key=lambda e: e.span[0],
        )
        self._starts = [e.span[0] for e in self.owners]

    def _in_sentence(self, claim: ClaimRecord) -> list[EntityRecord]:
        # the owners that start inside the claim's sentence (a slice, not a scan of the article)
        s, e = claim.sentence_span
        return self.owners[bisect.bisect_left(self._starts, s):bisect.bisect_left(self._starts, e)]

    def sentence(self, claim: ClaimRecord) -> str:
        s, e = claim.sentence_span
        return self.text[s:e] if 0 <= s <= e <= len(self.text) else ""

    def owner_in(self, claim: ClaimRecord, phrases: tuple[str, ...]) -> str | None:
        """A people or country named in the figure's own words, within its sentence."""
        for ent in self._in_sentence(claim):
            if any(ent.text.lower() in p for p in phrases if p):
                return ent.canonical or ent.text
        return None

    def owner_before(self, claim: ClaimRecord) -> str | None:
        """The nearest country named before the figure in its sentence that is neither
        its source nor a destination ("sent ... to Russia")."""
        s = claim.sentence_span[0]
        source = claim.source.entity if claim.source is not None else None
        source_span = claim.source.span if claim.source is not None else None
        best = None
        for ent in self._in_sentence(claim):
            if ent.span[1] > claim.span[0]:
                continue
            name = ent.canonical or ent.text
            if source is not None and name == source:
                continue
            if source_span is not None and source_span[0] <= ent.span[0] < source_span[1]:
                continue
            if _DESTINATION.search(self.text[max(s, ent.span[0] - 12):ent.span[0]]):
                continue
            best = name
        return best


def series_keys(text: str, claims: list[ClaimRecord], entities: list[EntityRecord]) -> list[SeriesKey | None]:
    """The series key of each claim of one article (in the order given), or None."""
    art = _Article(text, entities)
    out: list[SeriesKey | None] = [None] * len(claims)
    last: tuple[int, str | None, str | None] | None = None  # (sentence start, group, owner) of the previous keyed claim
    # in text order, since a figure may borrow the group of the one before it
    for i in sorted(range(len(claims)), key=lambda i: claims[i].span):
        claim = claims[i]
        measure, subject = _lower(claim.measure), _lower(claim.subject)
        sentence = art.sentence(claim)
        if not measure and not subject:
            continue
        context = sentence.lower()
        cls = measure_class(measure, subject, context)
        group = _group(measure) or _group(subject)
        owner = art.owner_in(claim, (measure, subject))
        if group is None and cls is not None and last is not None:
            near = context[max(0, claim.span[0] - claim.sentence_span[0]):][:60]
            if last[0] == claim.sentence_span[0] or _BACK_RE.search(near):
                group, owner = last[1], last[2]
        if group in words.OWNED_GROUPS and owner is None:
            owner = art.owner_before(claim)
        if cls is None:
            cls, name = "other", measure or subject
        elif cls in words.THING_CLASSES and group is None:
            # "Russian drone attacks": attacks are counted by who makes them
            name = f"{cls} by {owner}" if owner else cls
        else:
            name = group or "people"
            if owner:
                name = f"{name} of {owner}"
        if group is not None:
            last = (claim.sentence_span[0], group, owner)
        unit = claim.quantity.unit or "count"
        out[i] = SeriesKey(cls, name, _place(claim.subject, sentence), unit, _per(claim))
    return out


def part_text(article: ArticleRecord, record: Any) -> str:
    """The text a record's spans point into: the article's, or one of its headlines'."""
    part = getattr(record, "part", "text")
    return (getattr(article, part, None) or "") if part != "text" else article.text


def article_series_keys(article: ArticleRecord, records: list[Any]) -> dict[int, str | None]:
    """The series key of each claim of one article, by the claim's ``id()``; the text
    and each headline are read on their own (their spans point into different texts)."""
    out: dict[int, str | None] = {}
    by_part: dict[str, tuple[list[Any], list[Any]]] = {}
    for r in records:
        if r.TYPE in ("claim", "entity"):
            by_part.setdefault(getattr(r, "part", "text"), ([], []))[r.TYPE == "entity"].append(r)
    for found, entities in by_part.values():
        if found:
            keys = series_keys(part_text(article, found[0]), found, entities)
            out.update({id(c): (k.text() if k is not None else None) for c, k in zip(found, keys)})
    return out
