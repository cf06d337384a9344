"""The ``newsledger_holds`` spaCy component: a figure with no time of its own takes the date its source spoke.

It runs after ``newsledger_sources``, which sets each claim's
``statement_date`` ("the ministry told reporters on Monday"). Where a claim
holds at the time of a time expression of the text (basis ``text``, or
``statement`` where that expression stands on the reporting verb), nothing
changes. Otherwise the date the source spoke dates the claim, basis
``statement``:

- the claim's own ``statement_date``, or
- the date of an earlier statement in the same paragraph by the same source:
  "..., the ministry told reporters on Monday. It said about 70 were killed."
  The walk back passes sentences with no attribution and sentences of the
  same source with no date, and stops at another source's. A pronoun or a
  definite anaphor ("it", "the ministry") is the same source as the nearest
  attribution before it.

A figure stated as holding now (present or present perfect: "have been
killed") is ``as_of`` that date; any other (a past event: "were killed") is a
``point`` at it: the latest date the text supports.

The order of preference, first that applies: a time expression of the text
(``text``), the statement date (``statement``), the publication date for a
present count (``published``, set by the quantities component, replaced here
where a statement date is known), else no time.
"""

from __future__ import annotations

import bisect
import dataclasses

from spacy.language import Language
from spacy.tokens import Doc, Token

from ..lang.en.reporting import ANAPHOR_HEADS, GROUP_PRONOUNS, PERSON_PRONOUNS
from ..records import ClaimRecord, ClaimTime, Source
from .attribution import Attribution, Finder
from .guarded import Guarded
from .quantities.aspect import holds_now, running_total
from .quantities.timerefs import paragraphs
from .quotes import find_quotes

_SETTLED = ("text", "statement")


def _refers_back(source: Source) -> bool:
    """A source named by a pronoun or a definite anaphor: "it", "they", "the ministry"."""
    words = source.name.lower().split()
    if len(words) == 1:
        return words[0] in PERSON_PRONOUNS or words[0] in GROUP_PRONOUNS
    return len(words) == 2 and words[0] in ("the", "this") and words[1] in ANAPHOR_HEADS


def _same_source(a: Source, b: Source) -> bool:
    if a.entity and b.entity:
        return a.entity == b.entity
    return a.name.strip().lower() == b.name.strip().lower()


class _Statements:
    """The doc's attributions by sentence, found once and only when a claim needs them."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.sents = list(doc.sents)
        self.sent_starts = [s.start_char for s in self.sents]
        self.para = paragraphs(doc)
        self._by_sent: dict[int, list[Attribution]] | None = None

    def by_sent(self) -> dict[int, list[Attribution]]:
        if self._by_sent is None:
            doc = self.doc
            quotes = find_quotes(doc.text)
            found = Finder(doc, doc._.entities or [], doc._.times or [], [q.outer for q in quotes]).find()
            self._by_sent = {}
            for a in found:
                if a.source is not None:
                    self._by_sent.setdefault(a.sent_index, []).append(a)
        return self._by_sent

    def sentence(self, char: int) -> int:
        return max(0, bisect.bisect_right(self.sent_starts, char) - 1)

    def earlier_date(self, claim: ClaimRecord) -> str | None:
        """The date of the nearest earlier statement of the claim's source in its paragraph."""
        source = claim.source
        if source is None:
            return None
        k = self.sentence(claim.span[0])
        p = self.para.get(self.sents[k].start)
        by_sent = self.by_sent()
        anaphor = _refers_back(source)
        for j in range(k - 1, -1, -1):
            if self.para.get(self.sents[j].start) != p:
                break
            atts = by_sent.get(j)
            if not atts:
                continue
            last = max(atts, key=lambda a: a.cue_span[0])
            same = [a for a in atts if _same_source(a.source, source)] or ([last] if anaphor else [])
            if not same:
                return None  # another source spoke in between
            dated = [a for a in same if a.date]
            if dated:
                return max(dated, key=lambda a: a.cue_span[0]).date
            anaphor = False  # the anaphor found its source; further back it must be that source by name
            source = same[0].source
        return None


def _root(doc: Doc, claim: ClaimRecord) -> Token | None:
    span = doc.char_span(claim.span[0], claim.span[1], alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    return span.root


def _time_text(doc: Doc, date: str, before: int) -> str | None:
    """The words of the single-day time expression of that date nearest before a position."""
    best = None
    for rec in doc._.times or ():
        if rec.start == date and rec.end == date and rec.span[0] < before:
            if best is None or rec.span[0] > best.span[0]:
                best = rec
    return best.text if best is not None else None


def settle(doc: Doc, claims: list[ClaimRecord]) -> list[ClaimRecord]:
    """The claims, each with the statement date as its time where no time of the text holds for it."""
    statements = None
    out: list[ClaimRecord] = []
    for claim in claims:
        t = claim.time
        if t is not None and t.basis in _SETTLED:
            out.append(claim)
            continue
        date = claim.statement_date
        if date is None and claim.source is not None:
            if statements is None:
                statements = _Statements(doc)
            date = statements.earlier_date(claim)
        if date is None:
            out.append(claim)
            continue
        now = t is not None and t.basis == "published"
        if t is None:
            root = _root(doc, claim)
            now = root is not None and (holds_now(root) or running_total(root, root.i, root.i + 1))
        text = _time_text(doc, date, claim.span[0] if claim.statement_date is None else claim.sentence_span[1])
        if now:
            ctime = ClaimTime(start=None, end=date, text=text, kind="as_of", basis="statement")
        else:
            ctime = ClaimTime(start=date, end=date, text=text, kind="point", basis="statement")
        out.append(dataclasses.replace(claim, time=ctime))
    return out


class Holds(Guarded):
    """The component: claim times from statement dates, after ``newsledger_sources``."""

    def run(self, doc: Doc) -> None:
        if doc._.claims:
            doc._.claims = settle(doc, doc._.claims)

    def give_up(self, doc: Doc, exc: Exception) -> None:
        """The claims keep the times the quantities component gave them."""


@Language.factory(
    "newsledger_holds",
    requires=["doc._.claims", "doc._.entities", "doc._.times", "token.dep"],
    assigns=["doc._.claims"],
)
def make_holds(nlp: Language, name: str) -> Holds:
    return Holds(name)
