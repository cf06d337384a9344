"""Linking a figure to the time it holds for, and saying where that time comes from.

The doc's time expressions (``doc._.times``, our own "so far" cues where the
times component left them out, ranges joined into one span and
back-references such as "during the trip", see :mod:`.timerefs`) are
candidates; a figure takes the one in its own noun phrase first, then one in
its clause (or a clause joined to it by "and"/"or"), then one in a clause
above it, then the nearest in the sentence. The cue before a time ("as of",
"since") makes it an ``as_of`` time.

Every time gets a ``basis``:

- ``text``: the figure's time is a time expression of the text.
- ``statement``: the time the figure takes stands on a reporting verb above
  the figure's clause ("..., the ministry told reporters on Monday"): it is
  when the source spoke, not when the figure held.
- ``published``: the date is the publication date. Either the time
  expression only says "up to the time of writing" ("so far", "to date",
  "now"), or there is none at all but the figure's clause is a present or
  present perfect fact ("have been killed", "remain missing"): a running
  total ``as_of`` the publication date. A past clause ("A bomb killed
  12 people") gives no time; :mod:`newsledger.nlp.holds` later gives such a
  figure the date its source spoke, where one is known.

A figure in a modal, future or conditional clause ("would protect some 38,000
homes") takes only a time of its own noun phrase or clause: the date of
another clause ("due to finish by 2029") is not when it holds.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

from spacy.tokens import Doc, Span, Token

from ...lang.en import calendar
from ...lang.en.reporting import REPORT_VERBS
from ...records import ClaimTime
from ..doc_words import lower_words, sentence_starts
from .aspect import clause_of, conditional, forward_looking, holds_now, running_total
from .measure import span_root
from .timerefs import RANGE, TimeSpan, back_references, merge_ranges

_clause = clause_of


def _clause_chain(tok: Token) -> list[Token]:
    chain = [_clause(tok)]
    for _ in range(16):
        top = chain[-1]
        if top.head.i == top.i:
            break
        nxt = _clause(top.head)
        if nxt in chain:
            break
        chain.append(nxt)
    return chain


class TimeLinker:
    """Links the figures of one doc to the time that holds for each."""

    def __init__(self, doc: Doc, times: list[TimeSpan]):
        self.doc = doc
        self.times = times
        self.time_tokens = {i for s, e, _r, _c in times for i in range(s, e)}
        # time expressions grouped by sentence, so a figure looks only at its own
        self.by_sentence: dict[int, list] = {}
        starts = sentence_starts(doc)
        for cand in times:
            self.by_sentence.setdefault(starts[cand[0]], []).append(cand)
        # sentences with a recurring time ("every year"): their present is a habit, not a count now
        self.habitual: set[int] = set()
        for rec in doc._.times or ():
            if rec.timex_type == "SET":
                span = doc.char_span(rec.span[0], rec.span[1], alignment_mode="expand")
                if span is not None and len(span):
                    self.habitual.add(span.sent.start)

    def time(
        self,
        fig_start: int,
        fig_end: int,
        np_tok: Token,
        sent: Span,
        published: dt.date | None,
        others_own: frozenset[int] = frozenset(),
    ) -> ClaimTime | None:
        """The time that holds for a figure; ``others_own`` are where times start that belong to other figures."""
        doc = self.doc
        best = self._best(fig_start, fig_end, np_tok, sent, others_own)
        if best is None:
            if published is not None and sent.start not in self.habitual and holds_now(np_tok):
                return ClaimTime(start=None, end=published.isoformat(), text=None, kind="as_of", basis="published")
            return None
        rank, cand = best
        ctime = _claim_time(doc, cand, published)
        troot = span_root(doc, cand[0], cand[1])
        tclause = _clause(troot)
        if rank == 2 and ctime.kind == "point" and tclause.pos_ == "VERB" and tclause.lemma_.lower() in REPORT_VERBS:
            # "..., the ministry said on Monday": the day a reporting verb above
            # the figure names is when the source spoke (a period there, "for
            # the final quarter, Ford says", is more often the figure's own)
            ctime = dataclasses.replace(ctime, basis="statement")
            if holds_now(np_tok) or running_total(np_tok, fig_start, fig_end):
                ctime = dataclasses.replace(ctime, start=None, kind="as_of")
        elif cand[3] == RANGE and ctime.kind == "period" and running_total(np_tok, fig_start, fig_end):
            # "a total of 3,400 between April and June": counted up to the range's end
            ctime = dataclasses.replace(ctime, kind="as_of")
        return ctime

    def _best(self, fig_start: int, fig_end: int, np_tok: Token, sent: Span, others_own: frozenset[int]):
        """(rank, candidate) of the time that fits the figure best, or None."""
        cands = self.by_sentence.get(sent.start, ())
        if not cands:
            return None
        doc = self.doc
        own = set(t.i for t in np_tok.subtree) | set(range(fig_start, fig_end))
        fig_clause = _clause(np_tok)
        chain = _clause_chain(np_tok)
        # what would be, could be or will be holds at no time another clause names
        forward = forward_looking(fig_clause)
        best = None
        for cand in cands:
            s, e, rec, _cue = cand
            if s < fig_end and e > fig_start:
                continue
            if rec is not None and not rec.start and not rec.end:
                continue  # "recently", "in the past": no date to hold at
            troot = span_root(doc, s, e)
            if any(i in own for i in range(s, e)) and not any(i in range(fig_start, fig_end) for i in range(s, e)):
                rank = 0
            else:
                tclause = _clause(troot)
                # Tokens are views made afresh on each access: compare positions, not identity
                if tclause.i == fig_clause.i:
                    rank = 1
                elif tclause in chain:
                    rank = 2
                elif tclause.dep_ in ("relcl", "acl"):
                    rank = 4
                else:
                    rank = 3
            if forward and rank >= 2 and not _own_adverbial(troot, fig_clause):
                continue
            if s in others_own:
                continue  # "up from 9.8 million tonnes in 2023": that time is the other figure's
            dist = fig_start - e if e <= fig_start else s - fig_end
            # a figure followed by its time ("2,500 in November") is the common
            # news order; break ties toward the time after the figure
            key = (rank, dist, 0 if s >= fig_end else 1)
            if best is None or key < best[0]:
                best = (key, cand)
        if best is None:
            return None
        return best[0][0], best[1]


def _own_adverbial(troot: Token, fig_clause: Token) -> bool:
    """A time in a clause of time right under the figure's ("would be infused ... when they opened on Friday")."""
    tclause = _clause(troot)
    return tclause.dep_ == "advcl" and tclause.head.i == fig_clause.i and not conditional(tclause)


def _iso(d: dt.date | None) -> str | None:
    return d.isoformat() if d is not None else None


def _claim_time(doc: Doc, cand, published: dt.date | None) -> ClaimTime:
    """The claim time a time expression gives, basis ``text``."""
    s, e, rec, cue = cand
    text = doc[s:e].text if rec is None else rec.text
    pub = _iso(published)
    # "so far", "to date", "now" say the figure runs up to the time of writing:
    # its date is the publication date's, and so is its basis
    if rec is None:  # our own "so far" cue
        return ClaimTime(start=None, end=pub, text=text, kind="as_of", basis="published")
    if cue == "as_of":
        return ClaimTime(start=None, end=rec.end or rec.start, text=text, kind="as_of", basis="text")
    if cue == "since":
        return ClaimTime(start=rec.start, end=pub, text=text, kind="as_of", basis="text")
    low = rec.text.lower()
    if rec.value == "PRESENT_REF" or any(" ".join(k) in low for k in calendar.SO_FAR):
        end = rec.end or pub
        return ClaimTime(start=None, end=end, text=text, kind="as_of", basis="published" if end == pub else "text")
    if rec.timex_type == "TIME":
        return ClaimTime(start=rec.start, end=rec.end or rec.start, text=text, kind="point", basis="text")
    if rec.start is not None and rec.start == rec.end:
        return ClaimTime(start=rec.start, end=rec.end, text=text, kind="point", basis="text")
    return ClaimTime(start=rec.start, end=rec.end, text=text, kind="period", basis="text")


_GROUPED = re.compile(r"^\d{1,3}(?:,\d{3})+(?:\.\d+)?$")
_SO_FAR_FIRST = frozenset(key[0] for key in calendar.SO_FAR)


def _cut_count(tok: Token, chars: tuple[int, int]) -> bool:
    """A comma-grouped count that the time expression's characters cut ("Thursday, 5" of "Thursday,
    5,745,188 shares"): no date holds such a number, so it stays a figure."""
    inside = chars[0] <= tok.idx and tok.idx + len(tok.text) <= chars[1]
    return not inside and _GROUPED.match(tok.text) is not None


def time_spans(doc: Doc) -> tuple[list[TimeSpan], set[int]]:
    """Token spans of the doc's time expressions, with the cue before each, and all their tokens."""
    spans: list[TimeSpan] = []
    blocked: set[int] = set()
    covered: set[int] = set()
    for rec in doc._.times or ():
        try:
            span = doc.char_span(rec.span[0], rec.span[1], alignment_mode="expand")
        except (TypeError, ValueError, IndexError):
            continue
        if span is None or len(span) == 0:
            continue
        blocked.update(k for k in range(span.start, span.end) if not _cut_count(doc[k], rec.span))
        if rec.timex_type == "SET" or (rec.timex_type == "DURATION" and rec.start is None):
            continue
        covered.update(range(span.start, span.end))
        spans.append((span.start, span.end, rec, _cue_before(doc, span.start)))
    # our own running-total cues, where the times component left them out
    words = lower_words(doc)
    for i, w in enumerate(words):
        if w not in _SO_FAR_FIRST:
            continue
        for key in calendar.SO_FAR:
            n = len(key)
            if tuple(words[i : i + n]) == key and not covered & set(range(i, i + n)):
                spans.append((i, i + n, None, "as_of"))
    spans.sort(key=lambda x: x[0])
    spans = merge_ranges(doc, spans)
    refs = back_references(doc, spans, words)
    if refs:
        spans.extend((s, e, rec, cue or _cue_before(doc, s)) for s, e, rec, cue in refs)
        spans.sort(key=lambda x: x[0])
    return spans, blocked


def _cue_before(doc: Doc, start: int) -> str | None:
    words = [doc[k].lower_ for k in range(max(0, start - 2), start)]
    for key in calendar.AS_OF_CUES:
        if tuple(words[-len(key) :]) == key:
            if key == ("to",) and not (start >= 2 and doc[start - 2].lower_ in ("up",)):
                return None
            if key == ("by",) and start < len(doc) and doc[start].pos_ not in ("PROPN", "NUM", "NOUN"):
                return None
            return "as_of"
    for key in calendar.SINCE_CUES:
        if tuple(words[-len(key) :]) == key:
            return "since"
    return None


def time_slot(doc: Doc, start: int, end: int, np_tok: Token) -> tuple[int, ...]:
    """Where a time expression would start if it belonged to this figure alone.

    Right after the figure's noun phrase, or after one preposition there
    ("379 in May 2024", "45,000 in 2022", "71% in 2019").
    """
    np_end = end
    if np_tok.i >= end and np_tok.i - end < 4:
        np_end = np_tok.i + 1
    slots = [np_end]
    # only place and date prepositions: "since", "until", "by" start a running
    # total the whole clause shares ("infected 1,203 and killed 45 since January")
    if np_end < len(doc) and doc[np_end].lower_ in ("in", "on", "at", "during", "for"):
        slots.append(np_end + 1)
    return tuple(slots)
