"""Time expressions: find them, normalise to TimeML TIMEX3 and calendar intervals.

The grammar lives in :mod:`newsledger.nlp.timex` (pure Python, compiled once
at import). This component runs it over ``doc.text`` against
``doc._.published`` and lends it what only the parse knows: the tense of the
clause an expression stands in (so "will meet on Friday" looks forward and
"met on Friday" back), part-of-speech tags ("May" the modal verb is no month)
and spaCy's entity labels (a "2000" that spaCy calls a CARDINAL is a count).

spaCy's DATE/TIME entities are not trusted alone: they split "Thursday (27)"
and swallow hedges ("at least November"); the grammar decides the spans, and
an entity label only settles the doubtful cases (a bare "summer" that spaCy
calls a DATE is a season; a "2000" it calls a CARDINAL or part of an ORG is no
year).
"""

from __future__ import annotations

import bisect
import datetime as dt
import logging

from spacy.language import Language
from spacy.tokens import Doc, Token

from ..lang.en.tense import FORWARD_MODALS, FUTURE_AUX, FUTURE_HEADS, PAST_AUX
from ..records import TimeRecord
from .clauses import climb_to_verb
from .doc_words import starts as token_starts
from .doc_words import text as doc_text
from .guarded import Guarded
from .timex import REFERENCE_REACH, Hints, find_timexes

log = logging.getLogger(__name__)


class DocHints(Hints):
    """Tense, tags and entity labels of a parsed Doc, looked up by character offset."""

    def __init__(self, doc: Doc):
        self.doc = doc
        self.starts = token_starts(doc)

    def _token(self, char: int) -> Token | None:
        i = bisect.bisect_right(self.starts, char) - 1
        if i < 0:
            return None
        return self.doc[i]

    def tag(self, start: int) -> str | None:
        tok = self._token(start)
        return tok.tag_ if tok is not None and tok.idx == start else None

    def prev_tag(self, start: int) -> str | None:
        tok = self._token(start)
        if tok is None or tok.i == 0:
            return None
        return self.doc[tok.i - 1].tag_

    def entity(self, start: int) -> str | None:
        tok = self._token(start)
        return tok.ent_type_ or None if tok is not None else None

    def tense(self, start: int, end: int) -> str | None:
        tok = self._token(start)
        if tok is None:
            return None
        # Climb to the verb the expression hangs from (a few steps at most).
        verb = climb_to_verb(tok, 6)
        if verb.pos_ not in ("VERB", "AUX"):
            return None
        # Then up through non-finite verbs ("expected to meet") to the first finite one.
        for _ in range(4):
            aux = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
            if aux & FUTURE_AUX:
                return "future"
            if verb.lemma_.lower() in FUTURE_HEADS and (verb.tag_ in ("VBZ", "VBP", "VBN", "JJ") or aux):
                return "future"  # "is expected to", "has been scheduled", "plans to"
            if verb.tag_ == "VBD" or aux & PAST_AUX:
                return "past"
            if aux & FORWARD_MODALS:
                return "future"  # "should be completed in October", "may be signed on September 12"
            if verb.tag_ in ("VBZ", "VBP", "MD"):
                return None  # present tense: no preference either way
            if verb.tag_ == "VB" and "to" in aux and (verb.head.i == verb.i or verb.head.pos_ not in ("VERB", "AUX")):
                return "future"  # "Markets to remain closed until Friday", "a plan to cut jobs by June"
            if verb.head.i == verb.i or verb.head.pos_ not in ("VERB", "AUX"):
                break
            verb = verb.head
        return None


def _anchor(published: object) -> dt.date | None:
    """The publication date as a plain date: a datetime loses its time, an ISO string is read, else None."""
    if isinstance(published, dt.datetime):
        return published.date()
    if isinstance(published, dt.date):
        return published
    if isinstance(published, str):
        try:
            return dt.date.fromisoformat(published[:10])
        except ValueError:
            return None
    return None


def times_of(doc: Doc, reference_reach: int = REFERENCE_REACH) -> list[TimeRecord]:
    """The TimeRecords of a parsed Doc, in text order."""
    found = find_timexes(doc_text(doc), _anchor(doc._.published), DocHints(doc), reference_reach=reference_reach)
    article_id = doc._.article_id or ""
    return [
        TimeRecord(
            article_id=article_id,
            span=(t.start, t.end),
            text=t.text,
            timex_type=t.timex_type,  # type: ignore[arg-type]
            value=t.value,
            start=t.begin.isoformat() if t.begin else None,
            end=t.last.isoformat() if t.last else None,
        )
        for t in found
    ]


class Times(Guarded):
    """The component: ``doc._.times`` from the text, its entities and its parse."""

    def __init__(self, name: str, reference_reach: int = REFERENCE_REACH):
        super().__init__(name)
        self.reference_reach = reference_reach

    def run(self, doc: Doc) -> None:
        doc._.times = times_of(doc, self.reference_reach)

    def give_up(self, doc: Doc, exc: Exception) -> None:
        # A text the grammar cannot handle loses its times, never the article.
        log.warning("time expressions skipped: %s: %s", type(exc).__name__, exc)
        doc._.times = []


@Language.factory(
    "newsledger_times",
    default_config={"reference_reach": REFERENCE_REACH},
    requires=["doc.ents", "token.tag", "token.dep"],
    assigns=["doc._.times"],
)
def make_times(nlp: Language, name: str, reference_reach: int) -> Times:
    return Times(name, reference_reach)
