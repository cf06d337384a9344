"""Attribution cues: who says what, found from the dependency parse of one Doc.

An :class:`Attribution` ties a *source* (a noun phrase and the canonical actor
it refers to) to a *content* span (the words attributed) through a *cue* (the
reporting word or phrase as written). Cues found:

- reporting verbs in either order, with their subject: "X said (that) ...",
  "..., X said", "..., said X", "X told reporters ...", "X announced/warned/
  stated/added/claimed/estimated/confirmed/denied ...", "X said in a statement";
  belief and stance verbs with a clause ("X believes/thinks/argued that ...");
  speech acts without a clause ("urged voters to ...", "called for a recount",
  "accused the mayor of ...", "promised a tax cut", "called him a stiff",
  "defended her record", "talked about the economy", "asked them if ...",
  "As the Post reported, <clause>", "called on Congress to act", "cited rents
  as the cause", "mentioned the plan"); verbs of intention with an infinitive
  ("declined to comment", "refused to sign", "hopes to win"); what records and
  polls show ("a poll shows X with a lead", "..., records show."); the second of
  two coordinated verbs takes the first one's subject ("is visiting ... and
  says"), and a speech verb joined to a reported clause is a second act of the
  speaker, not part of the clause ("said the plan was rushed and insisted that
  ..."); a participle speaks for the people it modifies ("donors hoping to ...");
- cue nouns with a "that" clause and a possessor or "by" phrase: "the
  minister's claim that ...", "an announcement by the mayor that ...";
- "according to X", "as reported by X", "..., citing X";
- a colon before a quotation ("X said:" / "X called them on it:" then “...”,
  here or opening the next paragraph), and a headline speaker ("Lynch: No
  outside influence on the inquiry");
- a reporting relative clause inside a noun phrase: "the 2,000 the ministry
  says were evacuated" (the noun is part of what the ministry says);
- the inverted order of translated copy, where the real source stands as the
  object of the verb: "..., they reported South Korean military on Thursday",
  "..., told ambassador Alexander Matsegora to the channel" (subject missing or
  an empty "they", the verb after the content, an object after the verb);
- a bare trailing speaker after the content: "..., US officials." (cue None).

The cues without a reporting verb (nouns, "according to", the headline colon,
the trailing speaker) and the :class:`Attribution` record live in
:mod:`attribution_cues`.

A news medium is the source's ``via``, not the source, where a speaker is
named: "told CNN", "in an interview with the BBC", "citing a Reuters report",
"..., according to the newspaper", "Citing officials, the newspaper said"
(:mod:`relays`). A time word, a page tag or a bare
adjective is never a source (:func:`attribution_phrases.source_ok`).

The content of a cue is the clausal complement of its verb (without "that"),
or, for a cue placed after its content, the sentence up to the comma before
the cue; for "according to X" the rest of its sentence.

The source's ``entity`` is the canonical actor: a person mention in the phrase
wins ("South Korean legislator Yoo Yong-Won"), then the mention heading it
("state media Tass", "the North Korean state news agency KCNA", where the
medium speaks for itself), then an organisation, then a country or demonym ("the
heads of the South Korean joint staff" -> South Korea; "Seoul" -> South Korea
through the entities component's metonymy). "he"/"she" refer to the last person
named before; "they"/"it" and a definite anaphor ("the country", "the
ministry", "the media") refer to the source of the last attribution before.

``date`` is when the source spoke, where a time expression hangs on the cue
verb itself and not on the content ("South Korean military said on Thursday
(27)", "told reporters on Monday", "said in a statement on Tuesday", "said
Friday"), taken from ``doc._.times`` when that names a single day. A pronoun
source ("It said ...") within two sentences of a dated attribution, or the
same actor within six, keeps that day unless it names another.
"""

from __future__ import annotations

import bisect
import dataclasses

from spacy.tokens import Doc, Span, Token

from ..lang.en.reporting import (
    ANAPHOR_HEADS,
    AUDIENCE_NOUNS,
    BELIEF_VERBS,
    CUE_NOUNS,
    DOCUMENT_NOUNS,
    EVIDENCE_VERBS,
    GROUP_PRONOUNS,
    INTENT_VERBS,
    LEMMA_FIXES,
    NOT_SAYING_VERBS,
    OBJECT_REPORT_VERBS,
    PEOPLE_NOUNS,
    PERSON_PRONOUNS,
    QUOTING_VERBS,
    REPORT_VERBS,
    STRONG_REPORT_VERBS,
)
from ..records import EntityRecord, Source, TimeRecord
from .attribution_phrases import (
    CLOSE_QUOTES,
    SUBJ,
    Resolver,
    act_content,
    clause_content,
    noun_phrase,
    object_after,
    second_act,
    source_ok,
    subject_of,
    trim_tokens,
)
from .doc_words import lemmas, lower_words, pos_tags
from .doc_words import starts as token_starts
from .doc_words import text as doc_text
from .doc_words import texts as doc_texts
from .attribution_cues import Attribution, PhraseCues
from .relays import Relays

__all__ = ["Attribution", "Finder"]


def _shorter_name(words: list[str], earlier: list[str]) -> bool:
    """Whether a name of two words or more ends an earlier one: "the air force", "the Ukrainian air force"."""
    tail = words[1:] if words[:1] == ["the"] else words
    return len(tail) >= 2 and len(earlier) > len(tail) and earlier[-len(tail):] == tail


def _is(a: Token | None, b: Token) -> bool:
    """Same token (spaCy makes a new Token object at each access, so ``is`` fails)."""
    return a is not None and a.i == b.i


def _before_subject(clause: Token, end: int) -> bool:
    """Whether a token position ends before the subject of a clause."""
    subj = [c.left_edge.i for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
    return bool(subj) and end <= min(subj)



def _stray_subject(doc: Doc, sent: Span, verb: Token) -> Token | None:
    """The subject the parser hung elsewhere: "In a statement to the paper, her adviser, Jake Smith, said".

    A subjectless cue right after a comma takes the apposition that ends there
    (the noun phrase the parser attached to the noun before it).
    """
    if verb.dep_ != "ROOT" or verb.i - 2 < sent.start or doc[verb.i - 1].text != ",":
        return None
    tok = doc[verb.i - 2]
    if tok.pos_ not in {"PROPN", "NOUN"}:
        return None
    while tok.dep_ in {"compound", "flat"} and tok.head.i > tok.i:
        tok = tok.head
    while tok.dep_ == "appos" and tok.head.dep_ == "appos":
        tok = tok.head
    return tok if tok.dep_ == "appos" else None


class Finder(PhraseCues):
    """Finds the attributions of one Doc (sentences in order, linear in length)."""

    def __init__(self, doc: Doc, entities: list[EntityRecord], times: list[TimeRecord], quotes_outer: list[tuple[int, int]]) -> None:
        self.doc = doc
        self.resolver = Resolver(doc, entities)
        self.relays = Relays(doc, self.resolver, self._source)
        self.times = [t for t in times if t.start and t.start == t.end]
        self.quoted = quotes_outer
        self._last_dated: tuple[int, str, str | None, list[str]] | None = None

    def _in_quote(self, pos: int) -> bool:
        i = bisect.bisect_right(self.quoted, (pos, 10**12)) - 1
        return i >= 0 and self.quoted[i][0] < pos < self.quoted[i][1]

    def _source(self, phrase: tuple[int, int], head: Token, cue: str) -> Source:
        doc = self.doc
        tokens = doc[phrase[0] : phrase[1]]
        entity = self.resolver.resolve(tokens, head)
        name = tokens.text
        return Source(name, entity, (tokens.start_char, tokens.end_char), cue)

    def _date(self, verb: Token, content: tuple[int, int] | None) -> str | None:
        """A single-day time expression hanging on the cue verb, outside the content."""
        if not self.times:
            return None
        sent = verb.sent
        for t in self.times:
            if not (sent.start_char <= t.span[0] < sent.end_char):
                continue
            inside = bool(content) and content[0] <= t.span[0] < content[1]
            span = self.doc.char_span(t.span[0], t.span[1], alignment_mode="expand")
            if span is None:
                continue
            tok = span.root
            for _ in range(6):
                if tok.i == verb.i and not inside:
                    return t.start
                if tok.dep_ == "ccomp" and tok.head.i == verb.i and verb.i < span.start and _before_subject(tok, span.end):
                    return t.start  # "said on Monday it had ...": before the reported clause's subject
                if tok.head.i == tok.i or tok.dep_ in {"ccomp", "relcl", "acl"}:
                    break
                tok = tok.head
        return None

    def _verb_attribution(self, sent: Span, k: int, verb: Token) -> Attribution | None:
        doc = self.doc
        lemma = LEMMA_FIXES.get(verb.lower_, verb.lemma_.lower())
        if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in NOT_SAYING_VERBS:
            return None  # "declined to comment", "refused to say": nothing is reported
        subj = subject_of(verb)
        if subj is not None and subj.lower_ in {"that", "this", "which", "what"} and verb.dep_ != "relcl":
            return None  # "That said, ...": an idiom, not a source
        if subj is None and verb.dep_ == "conj" and verb.i > sent.start and doc[verb.i - 1].dep_ == "cc":
            # "He is comparing the two and says ...": the first verb's subject.
            up = verb
            while subj is None and up.dep_ == "conj" and up.head.i != up.i:
                up = up.head
                subj = subject_of(up)
            if up.dep_ == "ccomp" and _is(second_act(up), verb):
                # "She said the plan was rushed and criticized the mayor": the parse hangs the
                # second act on the reported clause; it is the speaker's, not the clause subject's.
                subj = subject_of(up.head)
        if subj is None and verb.dep_ in {"advcl", "xcomp"} and verb.head.dep_ == "ccomp" and _is(second_act(verb.head), verb):
            subj = subject_of(verb.head.head)  # "said he will run, insisting that ...": the speaker insists
        # "donors hoping to see change", "Democrats calling for a vote": a participle's
        # understood subject is the people it modifies; but "a statement saying ..." or
        # "an ad praising ..." is the words of whoever issued it, higher up.
        modified = (
            verb.head if subj is None and verb.dep_ == "acl" and verb.tag_ == "VBG" and (
                verb.head.lemma_.lower() in PEOPLE_NOUNS or verb.head.ent_type_ in {"PERSON", "NORP"}
            ) else None
        )
        if modified is None and subj is None and verb.tag_ != "VBN" and (verb.dep_ in {"xcomp", "pcomp", "advcl"} or (verb.dep_ == "acl" and verb.tag_ == "VBG")):
            # "X was quoted as saying", "X went on to say": the subject is higher up
            # (not for "Asked about it, the minister ...": the one asked, not asking).
            up = verb.head
            for _ in range(3):
                subj = subject_of(up)
                if subj is not None or up.head.i == up.i:
                    break
                up = up.head
        obj = object_after(verb)
        inverted_object = False
        if obj is not None and obj.lemma_.lower() not in AUDIENCE_NOUNS:
            # Translated copy puts the source after the verb as its object, with no
            # subject or an empty "they": "..., they reported South Korean military".
            empty_subject = subj is None or (subj.lower_ == "they" and lemma != "tell")
            before = subj.left_edge.i if subj is not None and subj.i < verb.i else verb.i
            if empty_subject and before > sent.start and doc[before - 1].text in {",", "—", "–"}:
                inverted_object = True
        agent = None
        for child in verb.children:
            if child.dep_ == "agent":
                agent = next((c for c in child.children if c.dep_ == "pobj"), None)
        citing = lemma == "cite" and verb.tag_ == "VBG" and obj is not None
        head: Token | None
        if inverted_object or citing:
            head = obj
        elif modified is not None:
            head = modified
        elif agent is not None:
            head = agent
        elif subj is not None and (subj.dep_ == "nsubj" or (
            subj.lower_ not in {"it", "there", "this", "that"} and any(c.dep_ == "auxpass" and c.lower_ in {"'s", "’s"} for c in verb.children)
        )):
            # ("He's said he ...": the parse reads "has said" as a passive "is said".)
            head = subj
            if subj.lower_ in {"who", "that", "which"} and verb.dep_ == "relcl":
                head = verb.head
        elif subj is not None:
            return None  # passive without agent: "it was reported"
        else:
            head = _stray_subject(doc, sent, verb)
            if head is None:
                return None
        if not source_ok(head):
            return None
        cue_start = verb.i
        own_subject = next((c for c in verb.children if c.dep_ in SUBJ and c.i < verb.i), None)
        if own_subject is not None and not citing:
            cue_start = min(cue_start, own_subject.left_edge.i)  # "..., they reported X"
        if head.i < verb.i and not citing:
            cue_start = min(cue_start, head.left_edge.i)
        # Auxiliaries and adverbs before the verb belong to the cue clause: "has also announced".
        while cue_start > sent.start and doc[cue_start - 1].dep_ in {"aux", "auxpass", "advmod", "neg", "mark"} and doc[cue_start - 1].head.i == verb.i:
            cue_start -= 1
        # A verb of intention reports only its infinitive ("declined to comment").
        content = None if lemma in INTENT_VERBS and lemma not in REPORT_VERBS else clause_content(doc, sent, verb, cue_start)
        if content is not None and verb.dep_ == "relcl" and head.i != verb.head.i:
            # "the 2,000 the ministry says were evacuated": the clause's missing
            # subject is the noun the cue hangs on, so that noun is reported too.
            comp = next((c for c in verb.children if c.dep_ == "ccomp"), None)
            if comp is not None and not any(c.dep_ in SUBJ for c in comp.children):
                content = (min(content[0], verb.head.left_edge.i), content[1])
        if content is None and obj is not None and not inverted_object and (
            lemma in OBJECT_REPORT_VERBS or (lemma in EVIDENCE_VERBS and head.lemma_.lower() in DOCUMENT_NOUNS)
        ):
            # "the Red Cross reported 45 deaths": what is reported is the object,
            # and what a poll shows runs on over its phrases: "Clinton with a lead in Ohio".
            end = obj.right_edge.i + 1
            if lemma in EVIDENCE_VERBS:
                end = max([end] + [c.right_edge.i + 1 for c in verb.rights if c.i > obj.i and c.dep_ in {"prep", "advmod", "npadvmod"}])
            content = trim_tokens(doc, obj.left_edge.i, end)
            if content[1] <= content[0]:
                content = None
        clausal = content is not None
        if content is None and not inverted_object:
            content = act_content(doc, verb, lemma, obj)
        if content is None and agent is not None and subj is not None and subj.dep_ == "nsubjpass":
            # "The move was first reported by MSNBC": what was reported is the subject.
            found = trim_tokens(doc, subj.left_edge.i, subj.right_edge.i + 1)
            content = found if found[1] > found[0] else None
        quoted_before = self._quote_ending_at(cue_start) if content is None else None
        if quoted_before is not None:
            # "“We will build a wall!” he said": the mark ended the sentence before the cue.
            content_chars = quoted_before
        elif content is None:
            if lemma not in STRONG_REPORT_VERBS:
                return None
            content_chars = None
        else:
            content_chars = (doc[content[0]].idx, doc[content[1] - 1].idx + len(doc[content[1] - 1]))
        phrase = noun_phrase(head)
        stacked = [
            c for c in verb.children
            if c.dep_ == "nsubj" and c.i != head.i and c.i < head.i and c.lower_ not in {"that", "which", "who"}
        ]
        if stacked and head.dep_ == "nsubj" and stacked[-1].right_edge.i + 1 == phrase[0]:
            phrase = (noun_phrase(stacked[-1])[0], phrase[1])  # "Russia's state news agency Tass"
        source = self._source(phrase, head, verb.text)
        source = self.relays.relayed(verb, source, lemma)
        cue = verb.text
        # Particle verbs keep their particle: "pointed out".
        for child in verb.children:
            if child.dep_ == "prt" and child.i == verb.i + 1:
                cue = f"{verb.text} {child.text}"
        kind = "citing" if citing else "verb"
        if content_chars is None:
            # A strong cue with no content of its own ("X said in a statement."):
            # it covers its sentence, and is no statement by itself.
            content_chars, kind = (sent.start_char, sent.end_char), "bare"
        return Attribution(
            source, cue, (verb.idx, verb.idx + len(verb)), content_chars, k,
            self._date(verb, content_chars), kind, lemma in BELIEF_VERBS or not clausal,
        )

    def _dated_back(self, att: Attribution, k: int) -> Attribution:
        """The day a source spoke, carried to its next attributions that give none.

        "It said ..." after "The ministry told reporters on Monday ...", and a
        second attribution to the same actor a few sentences on ("South Korea's
        military said on Thursday ... said the heads of the South Korean joint
        staff"), are the same occasion unless they name another day.
        """
        last = self._last_dated
        if att.date is None and att.source is not None and last is not None:
            words = att.source.name.lower().split()
            back = (len(words) == 1 and (words[0] in PERSON_PRONOUNS or words[0] in GROUP_PRONOUNS)) or (
                len(words) == 2 and words[0] in {"the", "this"} and words[1] in ANAPHOR_HEADS
            )
            same = (att.source.entity is not None and att.source.entity == last[2]) or _shorter_name(words, last[3])
            # an anaphor that resolved to another actor ("The agency" after an undated UNRWA) is not the dated one
            other = len(words) == 2 and att.source.entity is not None and att.source.entity != last[2]
            if (back and not other and k - last[0] <= 2) or (same and k - last[0] <= 6):
                att = dataclasses.replace(att, date=last[1])
        if att.date is not None and att.source is not None:
            self._last_dated = (k, att.date, att.source.entity, att.source.name.lower().split())
        return att

    def quote_speaker(self, outer: tuple[int, int], words: int) -> Attribution | None:
        """The subject of the clause a quotation with no cue stands in: "Moore thanked him for “...”".

        The verb nearest above the quotation's first word must have a subject
        outside the quotation; a short quotation (a scare quote) counts only
        under a verb of calling, praising or blaming ("She called it “a crucial
        step”"), never under any verb ("launched a “special operation”").
        """
        doc = self.doc
        span = doc.char_span(outer[0], outer[1], alignment_mode="expand")
        if span is None:
            return None
        tok = next((t for t in span if not t.is_punct and not t.is_space), None)
        if tok is None:
            return None
        verb = tok.head
        for _ in range(6):
            if verb.pos_ in {"VERB", "AUX"} and not (outer[0] <= verb.idx < outer[1]):
                break
            if verb.head.i == verb.i:
                return None
            verb = verb.head
        else:
            return None
        if verb.pos_ not in {"VERB", "AUX"} or (outer[0] <= verb.idx < outer[1]):
            return None
        if words < 4 and verb.lemma_.lower() not in QUOTING_VERBS and verb.lemma_.lower() not in REPORT_VERBS:
            return None
        subj = subject_of(verb)
        if subj is None and verb.dep_ == "conj":
            subj = subject_of(verb.head)
        if subj is None or subj.lower_ in {"it", "this", "that", "there", "which", "what"} or not source_ok(subj):
            return None
        phrase = noun_phrase(subj)
        if doc[phrase[0]].idx < outer[1] and doc[phrase[1] - 1].idx >= outer[0]:
            return None  # the quotation is inside the subject: "The so-called “...” entered"
        source = self._source(phrase, subj, verb.text)
        # The caller places it among sentences; a quotation may span several.
        return Attribution(source, verb.text, (verb.idx, verb.idx + len(verb)), outer, -1, None, "verb")

    def _quote_ending_at(self, i: int) -> tuple[int, int] | None:
        """The quotation whose closing mark is token i - 1, ended by "?", "!" or a comma inside the marks."""
        doc = self.doc
        if i < 2 or doc[i - 1].text not in CLOSE_QUOTES or doc[i - 2].text not in {"?", "!", ",", "—", "–"}:
            return None
        end = doc[i - 1].idx + len(doc[i - 1])
        k = bisect.bisect_left(self.quoted, (end, -1)) - 1
        while k >= 0 and self.quoted[k][1] >= end - 2:
            if self.quoted[k][1] == end:
                return self.quoted[k]
            k -= 1
        return None

    def _quote_after(self, pos: int) -> tuple[int, int] | None:
        """The quotation that opens at the first non-space character from pos on."""
        text = doc_text(self.doc)
        while pos < len(text) and text[pos].isspace():
            pos += 1
        i = bisect.bisect_left(self.quoted, (pos, -1))
        if i < len(self.quoted) and self.quoted[i][0] == pos:
            return self.quoted[i]
        return None

    def _colon_quote(self, sent: Span, k: int, found_here: list[Attribution]) -> Attribution | None:
        """"X said:" or "X called them on it:" then a quotation, here or in the next paragraph.

        The speaker is the subject of the clause the colon ends (a reporting
        cue's own source where there is one); what they say is the quotation.
        """
        doc = self.doc
        end = sent.end
        while end > sent.start and doc[end - 1].is_space:
            end -= 1
        texts, starts = doc_texts(doc), token_starts(doc)
        colon = next((doc[i] for i in range(sent.start, end) if texts[i] == ":" and not self._in_quote(starts[i])), None)
        if colon is None:
            return None
        quote = self._quote_after(colon.idx + 1)
        if quote is None:
            return None
        before = [a for a in found_here if a.cue_span[0] < colon.idx and a.source is not None]
        if before:
            a = before[-1]
            return Attribution(a.source, a.cue, a.cue_span, quote, k, a.date, "verb")
        verb = colon.head if colon.head.pos_ in {"VERB", "AUX"} else sent.root
        if verb.pos_ not in {"VERB", "AUX"} or verb.i > colon.i:
            return None
        subj = subject_of(verb)
        if subj is None or subj.pos_ not in {"NOUN", "PROPN", "PRON"} or subj.lower_ in {"it", "this", "that", "there"}:
            return None
        if not source_ok(subj):
            return None
        phrase = noun_phrase(subj)
        source = self._source(phrase, subj, verb.text)
        return Attribution(source, verb.text, (verb.idx, verb.idx + len(verb)), quote, k, self._date(verb, None), "verb")

    def find(self) -> list[Attribution]:
        out: list[Attribution] = []
        doc = self.doc
        words, tags, lemma_of, offsets = lower_words(doc), pos_tags(doc), lemmas(doc), token_starts(doc)
        for k, sent in enumerate(doc.sents):
            found_here: list[Attribution] = []
            for i in range(sent.start, sent.end):
                # the cheap tests first, on the Doc's columns: most words are no
                # cue, and a cue inside a quotation is the speaker's own words
                pos = tags[i]
                if words[i] == "according":
                    step = self._according if i + 1 < sent.end else None
                elif pos == "VERB":
                    lemma = LEMMA_FIXES.get(words[i], lemma_of[i])
                    step = self._verb_attribution if lemma in REPORT_VERBS or lemma in INTENT_VERBS else None
                elif pos == "NOUN":
                    step = self._noun_attribution if lemma_of[i] in CUE_NOUNS else None
                else:
                    continue
                if step is None or self._in_quote(offsets[i]):
                    continue
                att = step(sent, k, doc[i])
                if att is not None:
                    found_here.append(att)
                    if att.source is not None and att.source.entity:
                        self.resolver.remember(att.source.entity)
            colon = self._colon_quote(sent, k, found_here)
            if colon is not None:
                found_here = [a for a in found_here if a.kind != "bare"] + [colon]
                if colon.source is not None and colon.source.entity:
                    self.resolver.remember(colon.source.entity)
            found_here = self.relays.through_media(found_here)
            found_here = [self._dated_back(a, k) for a in found_here]
            if not found_here:
                att = self._headline_colon(sent, k)
                if att is not None:
                    found_here.append(att)
            if not found_here:
                att = self._trailing(sent, k)
                if att is not None:
                    found_here.append(att)
                    if att.source is not None and att.source.entity:
                        self.resolver.remember(att.source.entity)
            out.extend(found_here)
        return out
