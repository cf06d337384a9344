"""Attribution records and the cues that are no reporting verb: who says what
through a noun ("the minister's claim that ..."), "according to X", a headline's
speaker before a colon ("Lynch: No outside influence"), a bare trailing speaker
("..., US officials.").

Split from :mod:`newsledger.nlp.attribution` (the verb cues and the finder that
runs them all), which mixes :class:`PhraseCues` into its ``Finder``; the
methods read ``self.doc`` and make sources through ``self._source``.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from ..lang.en.reporting import DOCUMENT_NOUNS, EVIDENCE_FORMS, HEADLINE_TAGS, NOT_SOURCE_WORDS, SPEAKER_NOUNS
from ..records import Source
from .attribution_phrases import noun_phrase, source_ok, trim_tokens
from .doc_words import texts as doc_texts

@dataclass(frozen=True)
class Attribution:
    """One attribution: a source, the cue, and the character span of what it covers."""

    source: Source | None
    cue: str | None
    cue_span: tuple[int, int]
    content: tuple[int, int]
    sent_index: int
    date: str | None = None
    kind: str = "verb"
    """verb, bare (a verb cue without content), citing ("..., citing X": the cited is the
    inner source of the clause's own speaker), according ("according to X"), trailing or quote."""
    minor: bool = False
    """A belief ("thinks", "believes") or a speech act without a clause ("urged voters to
    ...", "criticized the plan"): inside what someone else is reported to say, it is
    part of that statement, not one of its own."""


class PhraseCues:
    """The cues of :class:`Finder` that stand without a reporting verb."""

    doc: Doc

    def _source(self, phrase: tuple[int, int], head: Token, cue: str) -> Source:
        raise NotImplementedError  # the Finder's: a source phrase resolved to its actor

    def _noun_attribution(self, sent: Span, k: int, noun: Token) -> Attribution | None:
        """"the minister's claim that ...", "an announcement by the mayor that ...".

        The content is the noun's "that" clause; the source its possessor or its
        "by"/"from" phrase. A cue noun with neither is no statement here: in
        "Moscow rejected the claim that ..." the claimant is not named.
        """
        doc = self.doc
        comp = next(
            (c for c in noun.children if c.dep_ in {"acl", "ccomp"} and c.i > noun.i
             and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)),
            None,
        )
        if comp is None:
            return None
        head = next((c for c in noun.children if c.dep_ == "poss"), None)
        if head is None:
            for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ in {"by", "from"} and c.i < comp.i):
                head = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if head is None or not source_ok(head):
            return None
        start, end = trim_tokens(doc, comp.left_edge.i, comp.right_edge.i + 1)
        if end <= start:
            return None
        phrase = noun_phrase(head)
        if phrase[1] > phrase[0] + 1 and doc[phrase[1] - 1].dep_ == "case":
            phrase = (phrase[0], phrase[1] - 1)  # "the minister's" -> "the minister"
        source = self._source(phrase, head, noun.text)
        content = (doc[start].idx, doc[end - 1].idx + len(doc[end - 1]))
        return Attribution(source, noun.text, (noun.idx, noun.idx + len(noun)), content, k, None, "verb")

    def _according(self, sent: Span, k: int, tok: Token) -> Attribution | None:
        doc = self.doc
        nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        if nxt is None or nxt.lower_ != "to":
            return None
        pobj = next((c for c in nxt.children if c.dep_ == "pobj"), None)
        if pobj is None:
            return None
        phrase = noun_phrase(pobj)
        source = self._source(phrase, pobj, "according to")
        start, end = tok.i, phrase[1]
        rest = trim_tokens(doc, end, sent.end)
        if start > sent.start and doc[start - 1].text == "," and end < sent.end and doc[end].text == "," and any(
            t.pos_ in {"VERB", "AUX"} for t in doc[rest[0] : rest[1]]
        ):
            # Set off inside the sentence: "The decision, according to officials, was
            # made last week": what they say is the sentence on both sides.
            cs, ce = trim_tokens(doc, sent.start, sent.end)
        elif start > sent.start and any(t.pos_ in {"VERB", "AUX"} for t in doc[sent.start : start]):
            # "..., according to X" (the comma may stand inside a closing mark) and
            # "... unfavorably according to the poll": the words before.
            cs, ce = trim_tokens(doc, sent.start, start)
        else:
            cs, ce = trim_tokens(doc, end, sent.end)
            if ce <= cs:
                cs, ce = trim_tokens(doc, sent.start, start)
        if ce <= cs:
            return None
        content = (doc[cs].idx, doc[ce - 1].idx + len(doc[ce - 1]))
        return Attribution(source, "according to", (tok.idx, nxt.idx + len(nxt)), content, k, None, "according")

    def _headline_colon(self, sent: Span, k: int) -> Attribution | None:
        """"Lynch: No outside influence on FBI probe": a headline's speaker before a colon.

        The line opens with a short name or noun phrase (no verb, at most five
        words) and a colon; what follows on the line is what they said. Page
        tags ("Date:", "Updated:") are no speakers.
        """
        doc = self.doc
        start = sent.start
        if start > 0 and "\n" not in doc[start - 1].text + doc[start - 1].whitespace_ and not doc[start - 1].is_space:
            return None
        words = doc_texts(doc)
        at = next((i for i in range(start, min(sent.end, start + 6)) if words[i] == ":"), None)
        if at is None or at == start:
            return None
        colon = doc[at]
        before = doc[start : colon.i]
        if any(t.pos_ in {"VERB", "AUX"} for t in before) or not before[0].is_title and not before[0].is_upper:
            return None
        nouns = [t for t in before if t.pos_ in {"PROPN", "NOUN"}]
        if not nouns or any(t.lower_ in NOT_SOURCE_WORDS for t in before):
            return None
        if len(before) == 1 and before[0].lower_ in HEADLINE_TAGS:
            return None  # "Breaking: ...", "Watch: ...": a label of the page, no one speaking
        if before[0].pos_ in {"ADP", "ADV", "SCONJ"}:
            return None  # "At issue: ...", "For context: ...", "Among the votes: ...": the writer leads in
        head = nouns[-1]
        if not source_ok(head) or any(t.ent_type_ in {"DATE", "TIME", "CARDINAL", "MONEY", "PERCENT"} for t in before):
            return None
        end = sent.end
        for i in range(colon.i + 1, sent.end):
            if "\n" in doc[i].text:
                end = i
                break
        cs, ce = trim_tokens(doc, colon.i + 1, end)
        if ce - cs < 3:
            return None
        if sum(t.text == "," for t in doc[cs:ce]) >= 3 and not any(t.pos_ in {"VERB", "AUX"} for t in doc[cs:ce]):
            return None  # "Iowa: Tim Albers, Rob Barr, Jo Cole, ...": a list under a heading
        source = self._source((start, colon.i), head, ":")
        content = (doc[cs].idx, doc[ce - 1].idx + len(doc[ce - 1]))
        return Attribution(source, ":", (colon.idx, colon.idx + 1), content, k, None, "verb")

    def _trailing(self, sent: Span, k: int) -> Attribution | None:
        """"..., US officials." : a speaker phrase after the last comma, with no verb."""
        doc = self.doc
        end = sent.end
        while end > sent.start and (doc[end - 1].is_punct or doc[end - 1].is_space):
            end -= 1
        words = doc_texts(doc)
        comma = next((i for i in range(end - 1, max(sent.start, end - 7), -1) if words[i] == ","), None)
        if comma is None or comma + 1 >= end:
            return None
        tail = doc[comma + 1 : end]
        if len(tail) >= 2 and tail[-1].lower_ in EVIDENCE_FORMS and tail[-2].lemma_.lower() in DOCUMENT_NOUNS:
            return self._records_show(sent, k, comma, tail)
        if any(t.pos_ in {"VERB", "AUX"} for t in tail):
            return None
        head = tail.root
        if head.lemma_.lower() not in SPEAKER_NOUNS:
            return None
        cs, ce = trim_tokens(doc, sent.start, comma)
        if ce <= cs or not any(t.pos_ in {"VERB", "AUX"} for t in doc[cs:ce]):
            return None
        source = self._source((tail.start, tail.end), head, None)  # type: ignore[arg-type]
        content = (doc[cs].idx, doc[ce - 1].idx + len(doc[ce - 1]))
        return Attribution(source, None, (tail.start_char, tail.start_char), content, k, None, "trailing")

    def _records_show(self, sent: Span, k: int, comma: int, tail: Span) -> Attribution | None:
        """"..., court records show." : the parse often reads "records show" as one noun phrase."""
        doc = self.doc
        cs, ce = trim_tokens(doc, sent.start, comma)
        if ce <= cs or not any(t.pos_ in {"VERB", "AUX"} for t in doc[cs:ce]):
            return None
        cue = tail[-1]
        source = self._source((tail.start, tail.end - 1), tail[-2], cue.text)
        content = (doc[cs].idx, doc[ce - 1].idx + len(doc[ce - 1]))
        return Attribution(source, cue.text, (cue.idx, cue.idx + len(cue)), content, k, None, "verb")
