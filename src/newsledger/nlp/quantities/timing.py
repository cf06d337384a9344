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

from ...lang.en import calendar, tense
from ...lang.en.reporting import REPORT_VERBS
from ...records import ClaimTime
from ..clauses import climb_to_verb
from ..doc_words import lower_words, sentence_starts
from .aspect import clause_of, conditional, forward_looking, holds_now, present_clause, running_total
from .frames import sequence_cut, shift_day, superlative_frame, total_noun, year_before_noun
from .measure import span_root
from .timerefs import RANGE, TimeSpan, back_references, event_named_again, merge_ranges, same_period_again

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
                if span is not None and len(span) and not _schedule_of_a_report(span.root):
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
        if best is not None and best[1][3] is None and self._beside(best, np_tok) and (
            holds_now(aspect_token(np_tok)) or running_total(np_tok, fig_start, fig_end)
        ):
            # "47,000 have been killed in the war, which began on Oct. 7, 2023": the date of a
            # relative clause (or a clause beside the figure's) tells of what it describes, not
            # when a running total holds
            best = None
        noun = total_noun(np_tok)
        total = noun is not None
        if best is not None and total and (
            (best[0] >= 2 and not self._on_reporting_verb(best))
            or (noun.left_edge.i <= best[1][0] <= noun.right_edge.i and _one_day(best[1][2]))
        ):
            # "died in the past 24 hours, bringing the toll to 227", "the toll from Saturday's strike has
            # risen to 42": the time of another clause, or the day of the event counted, is not the
            # total's ("the toll from the November-February floods" counts over that window)
            best = None
        if best is None:
            verb = _clause(np_tok)
            again = None if forward_looking(verb) or holds_now(np_tok) else event_named_again(doc, verb, self.by_sentence)
            if again is not None:
                return _claim_time(doc, again, published)
            if published is not None and sent.start not in self.habitual and (
                holds_now(aspect_token(np_tok)) or reported_total(np_tok, fig_start, fig_end) or total
            ):
                return ClaimTime(start=None, end=published.isoformat(), text=None, kind="as_of", basis="published")
            return None
        rank, cand, shift = best
        ctime = _claim_time(doc, cand, published)
        if shift is not None:
            # "a day after jets struck the port on Monday, killing four": that many days off
            ctime = dataclasses.replace(ctime, start=shift_day(ctime.start, shift), end=shift_day(ctime.end, shift))
            return ctime
        troot = span_root(doc, cand[0], cand[1])
        tclause = _speech_time_clause(_clause(troot), cand[0], cand[1])
        if rank == 2 and _statement_time(ctime, troot, tclause):
            # "..., the ministry said on Monday": the day a reporting verb above
            # the figure names is when the source spoke
            ctime = dataclasses.replace(ctime, basis="statement")
            if holds_now(aspect_token(np_tok)) or running_total(np_tok, fig_start, fig_end) \
                    or reported_total(np_tok, fig_start, fig_end) or total:
                ctime = dataclasses.replace(ctime, start=None, kind="as_of")
        elif total and ctime.kind == "point":
            # "the toll rose to 13 on Monday": the total as it stood that day
            ctime = dataclasses.replace(ctime, start=None, kind="as_of")
        elif cand[3] == RANGE and ctime.kind == "period" and running_total(np_tok, fig_start, fig_end):
            # "a total of 3,400 between April and June": counted up to the range's end
            ctime = dataclasses.replace(ctime, kind="as_of")
        return ctime

    def _beside(self, best, np_tok: Token) -> bool:
        """Whether the best time stands in a relative clause, or in a clause beside the figure's (not
        one under it): "have been killed in the offensive, which began after militants attacked on
        Oct. 7" (the parser may make "attacked" a clause of its own)."""
        rank, cand, _shift = best
        if rank == 4:
            return True
        if rank != 3:
            return False
        tclause = _clause(span_root(self.doc, cand[0], cand[1]))
        return tclause.head.i != _clause(np_tok).i

    def _on_reporting_verb(self, best) -> bool:
        rank, cand, _shift = best
        if rank != 2:
            return False
        troot = span_root(self.doc, cand[0], cand[1])
        tclause = _speech_time_clause(_clause(troot), cand[0], cand[1])
        return _statement_time(_claim_time(self.doc, cand, None), troot, tclause)

    def _best(self, fig_start: int, fig_end: int, np_tok: Token, sent: Span, others_own: frozenset[int]):
        """(rank, candidate, shift in days or None) of the time that fits the figure best, or None."""
        cands = self.by_sentence.get(sent.start, ())
        if not cands:
            return None
        doc = self.doc
        own = set(t.i for t in np_tok.subtree) | set(range(fig_start, fig_end))
        fig_clause = _clause(np_tok)
        chain = _clause_chain(np_tok)
        # what would be, could be or will be holds at no time another clause names
        forward = forward_looking(fig_clause)
        describes_now = fig_clause.dep_ == "relcl" and present_clause(fig_clause)
        rel_lo, rel_hi = (fig_clause.left_edge.i, fig_clause.right_edge.i) if describes_now else (0, -1)
        best = None
        part = _part_of_another(np_tok)
        cut = sequence_cut(chain)
        past_event = fig_clause.pos_ in ("VERB", "AUX") and not present_clause(fig_clause) and not forward
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
                tclause = _speech_time_clause(_clause(troot), s, e)
                # Tokens are views made afresh on each access: compare positions, not identity
                if tclause.i == fig_clause.i:
                    rank = 1
                elif tclause in chain:
                    rank = 2
                elif tclause.dep_ == "relcl" and past_event and _on_the_clause(tclause.head, fig_clause):
                    rank = 1.5  # "were killed in the attack, which took place late on Thursday": the event's day
                elif tclause.dep_ in ("relcl", "acl"):
                    rank = 4
                else:
                    rank = 3
            if forward and rank >= 2 and not _own_adverbial(troot, fig_clause):
                continue
            if rank >= 3 and year_before_noun(doc, s, e, rec.value if rec is not None else None):
                continue  # "a buffer zone set up under a 2018 military pact": the pact's year
            if rank >= 1 and s >= fig_end and superlative_frame(doc, s, fig_end):
                continue  # "..., one of the deadliest attacks this year": the comparison's time
            shift = None
            if rank == 2 and cut is not None and _chain_index(chain, tclause) > cut[0]:
                # "a day after jets struck the port, killing four": the clause above is a later event
                if cut[1] is None or rec is None or cand[3] is not None or rec.start is None or rec.start != rec.end \
                        or _statement_time(_claim_time(doc, cand, None), troot, tclause):
                    continue  # no distance, or the day above is when a source spoke, not an event's
                shift = cut[1]
            if rank >= 2 and describes_now and not (rel_lo <= troot.i <= rel_hi):
                continue  # "UNIFIL, which has about 10,000 troops, said ... this week": a standing description
            on_verb = _on_the_verb(troot, tclause) if shift is not None else e <= fig_start and _on_the_verb(troot, fig_clause)
            if s in others_own and not part and not on_verb:
                continue  # "up from 9.8 million tonnes in 2023": that time is the other figure's
            dist = fig_start - e if e <= fig_start else s - fig_end
            # a figure followed by its time ("2,500 in November") is the common
            # news order; break ties toward the time after the figure
            key = (rank, dist, 0 if s >= fig_end else 1)
            if best is None or key < best[0]:
                best = (key, cand, shift)
        if best is None:
            return None
        return best[0][0], best[1], best[2]


def _one_day(rec) -> bool:
    return rec is not None and rec.start is not None and rec.start == rec.end


def _on_the_clause(noun: Token, verb: Token) -> bool:
    """Whether a noun is an argument of a clause's verb, or the object of a preposition on it."""
    head = noun.head
    if head.dep_ == "prep":
        head = head.head
    return head.i == verb.i or (head.pos_ in ("VERB", "AUX") and _clause(head).i == verb.i)


def _chain_index(chain: list[Token], clause: Token) -> int:
    return next((n for n, c in enumerate(chain) if c.i == clause.i), -1)


def _schedule_of_a_report(tok: Token) -> bool:
    """A recurring time that says how often a report comes out ("its daily summary", "the weekly
    briefing"): no habit of what the sentence counts."""
    return tok.dep_ in ("amod", "compound", "nmod") and tok.head.lemma_.lower() in tense.REPORT_NOUNS


def aspect_token(np_tok: Token) -> Token:
    """The token whose clause says when a figure holds: for a figure in a "with" phrase ("45,259 have
    been killed, with more than 107,000 wounded"), the clause the phrase hangs on."""
    t = np_tok
    for _ in range(4):
        if t.head.i == t.i:
            break
        t = t.head
        if t.lower_ == "with" and t.dep_ == "prep":
            return t.head
        if t.pos_ in ("VERB", "AUX"):
            # "with more than 107,000 wounded" parsed as a clause that "with" opens
            if t.tag_ in ("VBN", "VBG") and t.head.i != t.i and any(c.dep_ == "mark" and c.lower_ == "with" for c in t.children):
                return t.head
            break
    return np_tok


def reported_total(np_tok: Token, fig_start: int, fig_end: int) -> bool:
    """A running total told in reported speech: "the agency said 263 of its staff had been killed since
    the start of the conflict", "... and that 4,757 had been freed in total".

    Under a past reporting verb the source's "have been killed" is written "had
    been killed": a count up to when the source spoke, no past event. It must
    say it is a count (a "since" or a total); "said 12 had been killed in the
    raid" stays a past event.
    """
    verb = climb_to_verb(np_tok, 8)  # the figure's own verb: "and that 4,757 had been freed" is a clause of its own
    if verb.pos_ not in ("VERB", "AUX") or not any(
        c.dep_ in ("aux", "auxpass") and c.lower_ in ("had", "'d") for c in verb.children
    ):
        return False
    up = verb  # up through the reported clauses ("said ..., and that ...") to the reporting verb
    for _ in range(3):
        if up.dep_ not in ("ccomp", "conj") or up.head.i == up.i:
            return False
        up = up.head
        if up.lemma_.lower() in REPORT_VERBS:
            break
    if up.lemma_.lower() not in REPORT_VERBS:
        return False
    for c in verb.children:
        if c.lower_ == "since" and c.dep_ in ("prep", "mark"):
            return True
        if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "since" for m in c.children):
            return True
    return running_total(np_tok, fig_start, fig_end)


def _speech_time_clause(tclause: Token, s: int, e: int) -> Token:
    """The reporting verb, for a time between it and the subject of what it reports.

    "Ukraine said on Monday it had brought home 175 prisoners": with no "that",
    the parser often hangs "on Monday" on the reported verb, but a time standing
    before the reported clause's subject is the reporting verb's.
    """
    head = tclause.head
    if tclause.dep_ != "ccomp" or head.lemma_.lower() not in REPORT_VERBS or not head.i < s:
        return tclause
    subj = [c.left_edge.i for c in tclause.children if c.dep_ in ("nsubj", "nsubjpass")]
    return head if subj and e <= min(subj) else tclause


def _on_the_verb(troot: Token, verb: Token) -> bool:
    """A time the parse hangs on the clause's verb itself ("freed three hostages on Saturday in exchange
    for 183 prisoners"): before a figure, the whole clause's, though it follows another figure."""
    head = troot.head
    return head.i == verb.i or (head.dep_ == "prep" and head.head.i == verb.i)


def _part_of_another(np_tok: Token) -> bool:
    """A figure that is a part of the figure before it ("killed 12 people on Thursday, including two
    children", "among them eight children"): the whole's time is the part's too."""
    t = np_tok
    for _ in range(3):
        if t.head.i == t.i or t.pos_ in ("VERB", "AUX"):
            return False
        t = t.head
        if t.lower_ in tense.PART_OF_WORDS:
            return True
    return False


def _statement_time(ctime: ClaimTime, troot: Token, tclause: Token) -> bool:
    """Whether a time on the reporting verb above a figure is when the source spoke.

    A day always is ("said on Monday", "Monday's statement said"). A period is
    when it follows the verb ("said last week", "told reporters last month"); put
    before it ("For the final quarter, Ford says ...") it is more often the
    figure's own.
    """
    if tclause.pos_ != "VERB" or tclause.lemma_.lower() not in REPORT_VERBS:
        return False
    return ctime.kind == "point" or (ctime.kind == "period" and troot.i > tclause.i)


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
    if rec is None and cue == OVERNIGHT:
        # "launched 172 drones overnight": the night that ends on the day of the
        # report (the day the source spoke, where known: see nlp/holds.py)
        return ClaimTime(start=pub, end=pub, text=text, kind="point", basis="published")
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


OVERNIGHT = "overnight"
"""The cue of our own "overnight": a point on the report's day."""

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
        spans.append((span.start, span.end, rec, _cue_before(doc, span.start) or _since_scope(span.root)))
    # our own running-total cues, where the times component left them out
    words = lower_words(doc)
    for i, w in enumerate(words):
        # "overnight on Nov. 14", "overnight into Sunday": the date beside it says which night
        if w in tense.OVERNIGHT and not covered & {i, i + 1, i + 2}:
            spans.append((i, i + 1, None, OVERNIGHT))
            continue
        if w == "the" and tuple(words[i : i + 3]) in tense.OVERNIGHT_PHRASES and not covered & {i, i + 1, i + 2}:
            spans.append((i, i + 3, None, OVERNIGHT))  # "During the past night, ... destroyed 64 drones"
            continue
        if w not in _SO_FAR_FIRST:
            continue
        for key in calendar.SO_FAR:
            n = len(key)
            if tuple(words[i : i + n]) == key and not covered & set(range(i, i + n)):
                spans.append((i, i + n, None, "as_of"))
    spans.sort(key=lambda x: x[0])
    spans = same_period_again(doc, merge_ranges(doc, spans))
    refs = back_references(doc, spans, words)
    if refs:
        spans.extend((s, e, rec, cue or _cue_before(doc, s)) for s, e, rec, cue in refs)
        spans.sort(key=lambda x: x[0])
    return spans, blocked


def _since_scope(troot: Token) -> str | None:
    """"since" where a time stands inside what "since" governs: the date a count starts from.

    "since the beginning of the invasion on Feb. 24, 2022" (the date deep in the
    phrase of "since"), "since the war started in April 2023", "since they were
    deployed last autumn" (the date in a clause "since" opens): the figure counts
    from that date on, it does not hold for it. The walk up stops at the first
    clause: a date of a clause above the one "since" opens is not its start.
    """
    t = troot
    for _ in range(8):
        if t.lower_ == "since" and t.dep_ == "prep":
            return "since"
        if t.pos_ in ("VERB", "AUX"):
            if any(c.dep_ == "mark" and c.lower_ == "since" for c in t.children):
                return "since"
            return None
        if t.head.i == t.i:
            return None
        t = t.head
    return None


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
