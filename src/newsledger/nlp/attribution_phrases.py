"""The phrases of an attribution, read off the dependency parse: who (the source's
noun phrase and the actor it names), what (the reported clause), and the words
that can never be a source.

Split from :mod:`newsledger.nlp.attribution`, which finds the cues and ties
these together.
"""

from __future__ import annotations

import bisect

from spacy.tokens import Doc, Span, Token

from ..lang.en.reporting import (
    ANAPHOR_HEADS,
    CHARGE_VERBS,
    CITING_VERBS,
    DEMAND_VERBS,
    INFINITIVE_REPORT_VERBS,
    INTENT_VERBS,
    UNNAMED_INFINITIVES,
    JUDGING_VERBS,
    NAMING_VERBS,
    PREP_CONTENT_VERBS,
    QUESTION_VERBS,
    OBJECT_ACT_VERBS,
    GROUP_PRONOUNS,
    NOT_SOURCE_WORDS,
    OUTLET_NAMES,
    OUTLET_PHRASES,
    OUTLET_WORDS,
    PERSON_PRONOUNS,
    SAY_VERBS,
    SECOND_ACT_VERBS,
)
from ..records import EntityRecord
from .doc_words import starts as token_starts
from .doc_words import text as doc_text

SUBJ = ("nsubj", "nsubjpass")
_STOP_DEPS = frozenset({"relcl", "acl", "advcl", "punct", "cc", "conj", "appos", "ccomp", "parataxis"})

EDGE_PUNCT = frozenset({".", ",", ";", ":", "!", "?", "—", "–", "-", "(", ")", "\"", "“", "”", "‘", "’", "«", "»", "„", "''", "``"})
CLOSE_QUOTES = frozenset({"”", "’", "\"", "»", "“", "''"})


def trim_tokens(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """Token range without edge punctuation and a leading complementiser."""
    while start < end and (doc[start].text in EDGE_PUNCT or doc[start].is_space or doc[start].lower_ == "that"):
        start += 1
    while end > start and (doc[end - 1].text in EDGE_PUNCT or doc[end - 1].is_space):
        if doc[end - 1].text in CLOSE_QUOTES and end - 1 > start:
            break  # keep a closing quote mark: the content ends with the quotation
        end -= 1
    return start, end


def _token_at(doc: Doc, pos: int) -> int:
    """The token whose text or trailing whitespace holds character ``pos``."""
    return bisect.bisect_right(token_starts(doc), pos) - 1


def _span_end(doc: Doc, k: int) -> int:
    """Where token k's text and its trailing whitespace end: the next token's start."""
    return token_starts(doc)[k + 1] if k + 1 < len(doc) else len(doc_text(doc))


def line_start(doc: Doc, lo: int, i: int) -> int:
    """The first token at or after lo that stands on the same line as token i."""
    if i <= lo:
        return lo
    # the last line break in the text and whitespace of tokens lo..i-1, found in the text itself
    pos = doc_text(doc).rfind("\n", token_starts(doc)[lo], _span_end(doc, i - 1))
    return lo if pos < 0 else _token_at(doc, pos) + 1


def noun_phrase(head: Token) -> tuple[int, int]:
    """Token range of the phrase a source head stands in, without clauses after it."""
    doc = head.doc
    start = head.left_edge.i
    end = head.i + 1
    for child in head.rights:
        if child.dep_ == "appos" and doc[child.left_edge.i - 1].text not in {",", "(", "—", "–"}:
            end = child.right_edge.i + 1  # "state media Tass": the name is part of it
            continue
        if child.dep_ in _STOP_DEPS or child.ent_type_ in {"DATE", "TIME"}:
            break
        if child.dep_ == "prep" and (
            child.lower_ in {"on", "via", "during", "after", "before", "in"} and child.i > head.i + 0
            and any(t.ent_type_ in {"ORG", "DATE", "TIME", "EVENT", "WORK_OF_ART"} for t in child.subtree)
        ):
            break  # "on Thursday" is when, "on Telegram" where: neither is who
        if child.dep_ == "prep" and any(t.ent_type_ in {"DATE", "TIME"} for t in child.subtree):
            break
        end = child.right_edge.i + 1
    for i in range(head.i + 1, end):
        if doc[i].text in {",", "(", "—", "–"}:
            end = i  # "a spokesperson for the company, who asked not to be named"
            break
    for i in range(head.i - 1, start - 1, -1):
        if "\n" in doc[i].text or "\n" in doc[i].whitespace_:
            start = i + 1  # a heading line above is not part of the name
            break
    while start < head.i and (doc[start].is_punct or doc[start].dep_ in {"cc", "mark"} or doc[start].is_space):
        start += 1
    while end > head.i + 1 and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    return start, end


class Resolver:
    """Maps a source phrase to its canonical actor, using the entity records."""

    def __init__(self, doc: Doc, entities: list[EntityRecord]) -> None:
        self.doc = doc
        self.ents = sorted(entities, key=lambda e: e.span)
        self.starts = [e.span[0] for e in self.ents]
        self.people = [e for e in self.ents if e.label == "PERSON"]
        self.people_starts = [e.span[0] for e in self.people]
        self.last_entity: str | None = None
        """The last source's actor, any kind: what "they" and "it" point back to."""
        self.last_group: str | None = None
        """The last source's actor that is no person: what "the country" or "the ministry" points to."""
        self.person_names = {e.canonical for e in self.people}
        self.named: list[tuple[int, list[str], str]] = []
        """(start, words, actor) of each source phrase resolved so far, in text order."""

    def remember(self, entity: str | None) -> None:
        """Note the actor of the attribution just found, for later anaphors."""
        if not entity:
            return
        self.last_entity = entity
        if entity not in self.person_names:
            self.last_group = entity

    def inside(self, start: int, end: int) -> list[EntityRecord]:
        i = bisect.bisect_left(self.starts, start)
        out = []
        while i < len(self.ents) and self.ents[i].span[0] < end:
            if self.ents[i].span[1] <= end:
                out.append(self.ents[i])
            i += 1
        return out

    def last_named(self, head: Token) -> str | None:
        """The canonical actor of the last entity or source phrase before ``head`` whose name holds its
        noun ("the International Atomic Energy Agency", "the Gaza health ministry" as a source)."""
        noun = head.lower_
        best: tuple[int, str] | None = None
        for e in reversed(self.ents[: bisect.bisect_left(self.starts, head.idx)]):
            if e.label != "PERSON" and noun in e.text.lower().split():
                best = (e.span[0], e.canonical)
                break
        for pos, words, actor in reversed(self.named):
            if pos < head.idx and noun in words and len(words) > 2:
                if best is None or pos > best[0]:
                    best = (pos, actor)
                break
        return best[1] if best else None

    def last_person_before(self, pos: int) -> EntityRecord | None:
        i = bisect.bisect_left(self.people_starts, pos)
        return self.people[i - 1] if i > 0 else None

    def resolve(self, tokens: Span, head: Token) -> str | None:
        """The canonical actor of a source phrase, or None."""
        actor = self._resolve(tokens, head)
        if actor is not None:
            self.named.append((tokens.start_char, tokens.text.lower().split(), actor))
        return actor

    def _resolve(self, tokens: Span, head: Token) -> str | None:
        words = [t for t in tokens if not t.is_punct]
        if len(words) == 1 and words[0].lower_ in PERSON_PRONOUNS:
            person = self.last_person_before(words[0].idx)
            return person.canonical if person else self.last_entity
        if len(words) == 1 and words[0].lower_ in GROUP_PRONOUNS:
            return self.last_group
        # A lowercase "organisation" ("defence ministry") is a description, not a name.
        found = [e for e in self.inside(tokens.start_char, tokens.end_char) if any(c.isupper() for c in e.text)]
        if found:
            people = [e for e in found if e.label == "PERSON"]
            if people:
                return people[-1].canonical
            for e in found:
                if e.span[0] <= head.idx < e.span[1]:
                    return e.canonical
            orgs = [e for e in found if e.label == "ORG"]
            if orgs:
                return orgs[-1].canonical
            return found[0].canonical
        if (
            head.lemma_.lower() in ANAPHOR_HEADS
            and len(words) == 2
            and words[0].lower_ in {"the", "this", "that"}
        ):
            # Only a bare "the country" points back; "the statistics office" is new. "The agency" is
            # the last actor named with that word ("the International Atomic Energy Agency"), else
            # the last source that is no person.
            return self.last_named(head) or self.last_group
        if head.pos_ == "PROPN" and head.is_title:
            # A name the model did not label is still the actor it names ("Merkel").
            names = [t for t in tokens if t.pos_ == "PROPN" and (t.i == head.i or t.head.i == head.i)]
            return " ".join(t.text for t in names) if names else head.text
        return None


def source_ok(head: Token) -> bool:
    """False for a head that cannot be who said something: a time, a page tag, a bare adjective.

    "Wednesday said" and "last week said" are parse slips, "Date:" and "Title:"
    are scraped metadata, and "South" alone is a headline fragment.
    """
    if head.ent_type_ in {"DATE", "TIME"} or head.pos_ in {"ADJ", "ADV"}:
        return False
    if head.lower_ in NOT_SOURCE_WORDS and head.ent_type_ not in {"GPE", "LOC", "NORP", "ORG", "PERSON"}:
        return False
    return True


def is_outlet(text: str, head: Token | None = None) -> bool:
    """True where a phrase names a news medium: "CNN", "the newspaper", "state media Tass"."""
    low = " ".join(text.lower().split())
    if low in OUTLET_NAMES or low.removeprefix("the ") in OUTLET_NAMES:
        return True
    if any(p in low for p in OUTLET_PHRASES):
        return True
    if head is not None and head.lemma_.lower() in OUTLET_WORDS:
        return True
    if head is not None and head.lower_ in OUTLET_NAMES:
        return True
    return False


def subject_of(verb: Token) -> Token | None:
    """The verb's subject; of two stacked ones ("agency Tass said") the one nearer the verb."""
    found = [c for c in verb.children if c.dep_ in SUBJ]
    if not found:
        return None
    before = [c for c in found if c.i < verb.i]
    return before[-1] if before else found[0]


def object_after(verb: Token) -> Token | None:
    for child in verb.rights:
        if child.dep_ in {"dobj", "attr", "npadvmod", "oprd"} and child.pos_ in {"NOUN", "PROPN"}:
            return child
    return None


def clause_content(doc: Doc, sent: Span, verb: Token, cue_start: int) -> tuple[int, int] | None:
    """Token range of what a reporting verb reports (on the cue's own line), or None."""
    found = clause_content_anywhere(doc, sent, verb, cue_start)
    if found is None:
        return None
    lo = line_start(doc, sent.start, cue_start)
    hi = sent.end
    # the first token from the verb on whose text or whitespace holds a line break
    pos = doc_text(doc).find("\n", token_starts(doc)[verb.i], _span_end(doc, sent.end - 1))
    if pos >= 0:
        hi = _token_at(doc, pos) + 1
    start, end = max(found[0], lo), min(found[1], hi)
    # A dateline is not what was said: "PORT SALVEN, March 3 — At least 18 ...".
    for k in range(start, min(end - 1, start + 15)):
        if doc[k].text in {"—", "–", "--"}:
            if not any(t.pos_ in {"VERB", "AUX"} for t in doc[start:k]):
                start = k + 1
            break
    start, end = trim_tokens(doc, start, end)
    return (start, end) if end > start else None


def clause_content_anywhere(doc: Doc, sent: Span, verb: Token, cue_start: int) -> tuple[int, int] | None:
    for child in verb.children:
        relative = (
            child.dep_ == "ccomp" and child.i > verb.i and doc[child.left_edge.i].lower_ in {"which", "who", "what"}
            and doc[child.left_edge.i].head.i == child.i and child.left_edge.i < verb.i
        )  # "the changes, which officials said will take effect in May": the pronoun is the clause's subject
        if child.dep_ == "ccomp" and (relative or not (child.i > verb.i and child.left_edge.i <= verb.i)) and not (
            child.i < verb.i and _opens_adverbial(doc, child.left_edge.i, child.right_edge.i + 1)
        ):
            start, end = child.left_edge.i, child.right_edge.i + 1
            # A relay hung on the clause is not part of what was said:
            # "X stated that <a visit is being prepared>, according to Tass".
            for i in range(start + 1, end):
                tok = doc[i]
                comma = doc[i - 1].text == "," or (doc[i - 1].text in CLOSE_QUOTES and i - 2 >= start and doc[i - 2].text == ",")
                if comma and (tok.lower_ == "according" or (tok.lemma_ == "cite" and tok.tag_ == "VBG")):
                    end = i - 1
                    break
            second = second_act(child)
            if second is not None:
                end = min(end, _before_conjunction(doc, start, second.left_edge.i))
            start, end = trim_tokens(doc, start, end)
            if end > start:
                return start, end
    # "said cutting the output must be a priority": the parse takes the gerund subject
    # of the reported clause for the verb's own complement; a finite verb under it
    # shows it is a clause.
    for child in verb.rights:
        if child.dep_ in {"xcomp", "csubj"} and child.tag_ == "VBG" and verb.lemma_.lower() in SAY_VERBS and child.i == verb.i + 1 and any(
            t.tag_ in {"MD", "VBZ", "VBP", "VBD"} and t.i > child.i for t in child.subtree
        ):
            start, end = trim_tokens(doc, child.left_edge.i, child.right_edge.i + 1)
            if end > start:
                return start, end
    # A cue set off by commas inside the sentence it reports: "The plan, the senator
    # said, would cost $2 trillion", "If talks fail, he said, Congress can act". What
    # is said is the sentence on both sides, so the span runs over the cue.
    right = verb.right_edge.i
    if right < sent.end - 1 and doc[right].text != ",":
        right += 1
    if (
        verb.dep_ == "parataxis" and cue_start > sent.start and doc[cue_start - 1].text in {",", "—", "–"}
        and doc[right].text in {",", "—", "–"} and right + 1 < sent.end and doc[right + 1].dep_ != "cc"
    ):  # "..., the mayor said, and the council agreed": the rest is the writer's
        start, end = trim_tokens(doc, line_start(doc, sent.start, cue_start - 1), sent.end)
        if start < cue_start - 1 and end > right + 1 and any(t.pos_ in {"VERB", "AUX"} for t in doc[right + 1 : end]):
            return start, end
    # The content before the cue, ended by a comma: "..., South Korea said."
    if cue_start > sent.start and doc[cue_start - 1].text in {",", "—", "–"}:
        start, end = trim_tokens(doc, line_start(doc, sent.start, cue_start - 1), cue_start - 1)
        if end > start and any(t.pos_ in {"VERB", "AUX"} for t in doc[start:end]) and not _sets_the_scene(doc, start, end, verb):
            return start, end
    # A quotation whose comma stands inside the marks: "“... in 2012,” Bozell explains."
    if (
        cue_start - 1 > sent.start and doc[cue_start - 1].text in CLOSE_QUOTES
        and doc[cue_start - 2].text in {",", "?", "!", "—", "–"}
    ):
        start, end = trim_tokens(doc, line_start(doc, sent.start, cue_start - 1), cue_start)
        if end > start:
            return start, end
    # Content opened by a colon after the cue: "X said: the army ..."
    right = verb.right_edge.i
    if right + 1 < sent.end and doc[right + 1].text == ":":
        start, end = trim_tokens(doc, right + 2, sent.end)
        if end > start:
            return start, end
    return None


def second_act(clause: Token) -> Token | None:
    """The speech verb joined to a reported clause with no subject of its own: "said the
    plan was rushed and criticized the mayor", "said he will run, insisting that ..."."""
    for c in clause.children:
        if c.i <= clause.i or c.lemma_.lower() not in SECOND_ACT_VERBS or any(s.dep_ in SUBJ for s in c.children):
            continue
        if c.dep_ == "conj" and c.pos_ == "VERB":
            return c
        if c.dep_ in {"advcl", "xcomp"} and c.tag_ == "VBG" and clause.doc[c.left_edge.i - 1].text == ",":
            return c
    return None


def _before_conjunction(doc: Doc, start: int, i: int) -> int:
    """Where a clause ends before a joined verb: back over "and", "but" and commas."""
    while i > start and (doc[i - 1].dep_ == "cc" or doc[i - 1].text in {",", ";"}):
        i -= 1
    return i


def _sets_the_scene(doc: Doc, start: int, end: int, verb: Token) -> bool:
    """True where the words before the cue are its own adverbial, not what was said:
    "Regarding the exchanges, the campaign said ...", "As the crowd watched, he defended ..."."""
    if _opens_adverbial(doc, start, end):
        return True
    tops = [t for t in doc[start:end] if not (start <= t.head.i < end) or t.head.i == t.i]
    return bool(tops) and all(t.head.i == verb.i and t.dep_ in {"advcl", "prep", "npadvmod", "advmod", "pcomp"} for t in tops)


# Subordinators that open a clause of time, cause or concession: "After the vote was
# counted, the senator said" sets the scene (the parse may still call it a complement).
_ADVERBIAL_MARKS = frozenset("after before as when while because since although though once until unless".split())


def _opens_adverbial(doc: Doc, start: int, end: int) -> bool:
    """A stretch that is one subordinate clause and no more: "As the crowds walked down the
    avenue"; "When the vote comes, we will win" goes on to a main clause and is said."""
    return doc[start].dep_ == "mark" and doc[start].lower_ in _ADVERBIAL_MARKS and not any(
        doc[i].text == "," for i in range(start + 1, end)
    )


def act_content(doc: Doc, verb: Token, lemma: str, obj: Token | None) -> tuple[int, int] | None:
    """What a speech act without a clause says: "urged voters to stay home", "called for
    a recount", "accused the mayor of lying", "promised a tax cut"; and "As the Post
    reported, <the clause it stands in>"."""
    if verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children) and (obj is None or obj.dep_ == "npadvmod"):
        main = verb.head
        if verb.i < main.i:
            found = trim_tokens(doc, verb.right_edge.i + 1, main.right_edge.i + 1)
        else:
            found = trim_tokens(doc, main.left_edge.i, verb.left_edge.i)
        if found[1] > found[0] and any(doc[i].pos_ in {"VERB", "AUX"} for i in range(found[0], found[1])):
            return found
    if lemma in INFINITIVE_REPORT_VERBS or lemma in INTENT_VERBS:
        inf = next((c for c in verb.rights if c.dep_ == "xcomp"), None)
        if inf is not None and lemma in INTENT_VERBS and inf.lemma_.lower() in UNNAMED_INFINITIVES:
            return None
        if inf is not None and any(c.dep_ == "aux" and c.lower_ == "to" for c in inf.children):
            start = obj.left_edge.i if obj is not None and obj.i < inf.i else inf.left_edge.i
            found = trim_tokens(doc, start, inf.right_edge.i + 1)
            return found if found[1] > found[0] else None
    if lemma in DEMAND_VERBS:
        prep = next((c for c in verb.rights if c.dep_ == "prep" and c.lower_ == "for"), None)
        pobj = next((c for c in prep.children if c.dep_ in {"pobj", "pcomp"}), None) if prep is not None else None
        if pobj is not None:
            found = trim_tokens(doc, pobj.left_edge.i, pobj.right_edge.i + 1)
            return found if found[1] > found[0] else None
        # "called on Congress to act", "called for Trump to drop out": who is called on, and to do what
        inf = next((c for c in verb.rights if c.dep_ in {"xcomp", "advcl"} and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None)
        on = next((c for c in verb.rights if c.dep_ == "prep" and c.lower_ in {"on", "upon"} and c.i < (inf.i if inf else -1)), None)
        called = next((c for c in on.children if c.dep_ == "pobj" and c.ent_type_ not in {"DATE", "TIME"}), None) if on is not None else None
        if inf is not None and (called is not None or any(m.dep_ == "mark" and m.lower_ == "for" for m in inf.children)):
            start = called.left_edge.i if called is not None else inf.left_edge.i
            found = trim_tokens(doc, start, inf.right_edge.i + 1)
            if doc[found[0]].lower_ == "for":
                found = (found[0] + 1, found[1])
            return found if found[1] > found[0] else None
    if lemma in CHARGE_VERBS:
        # the one charged may be a pronoun: "accused him of lying", "blamed them for the delay"
        obj = obj or next((c for c in verb.rights if c.dep_ == "dobj" and c.pos_ == "PRON"), None)
    if lemma in CHARGE_VERBS and obj is not None:
        preps = [*verb.rights, *obj.rights]
        prep = next((c for c in preps if c.dep_ == "prep" and c.lower_ in {"of", "for"} and c.i > obj.i), None)
        if prep is not None:
            found = trim_tokens(doc, obj.left_edge.i, prep.right_edge.i + 1)
            return found if found[1] > found[0] else None
    if lemma in CITING_VERBS and verb.tag_ != "VBG" and obj is not None:
        # "She cited rising rents as the main cause": what is cited, and as what
        named = next((c for c in verb.rights if c.i > obj.i and c.dep_ == "prep" and c.lower_ == "as"), None)
        end = (named or obj).right_edge.i + 1
        found = trim_tokens(doc, obj.left_edge.i, end)
        return found if found[1] > found[0] else None
    if lemma in OBJECT_ACT_VERBS and obj is not None and obj.pos_ == "NOUN":
        found = trim_tokens(doc, obj.left_edge.i, obj.right_edge.i + 1)
        return found if found[1] > found[0] else None
    if lemma in NAMING_VERBS:
        # the object may be a pronoun ("calling him a stiff", "called it a hoax")
        obj = next((c for c in verb.rights if c.dep_ == "dobj"), obj)
    if lemma in NAMING_VERBS and obj is not None:
        # "called the judge a hater", "described the plan as a disaster"
        named = next(
            (c for c in [*verb.rights, *obj.rights] if c.i > obj.i and (c.dep_ in {"oprd", "xcomp", "ccomp"} or (c.dep_ == "prep" and c.lower_ == "as"))),
            None,
        )
        if named is not None:
            found = trim_tokens(doc, obj.left_edge.i, named.right_edge.i + 1)
            return found if found[1] > found[0] else None
    if lemma in JUDGING_VERBS and obj is not None and not any(
        c.dep_ in {"acl", "ccomp"} and any(m.lower_ == "that" for m in c.children if m.dep_ == "mark") for c in obj.children
    ):  # "rejected the governor's assertion that ...": the governor's statement, not theirs
        found = trim_tokens(doc, obj.left_edge.i, obj.right_edge.i + 1)
        return found if found[1] > found[0] else None
    if lemma in QUESTION_VERBS:
        # "asked the students if they were serious": the question, parsed as an adverbial
        asked = next(
            (c for c in verb.rights if c.dep_ in {"advcl", "ccomp"} and any(m.dep_ == "mark" and m.lower_ in {"if", "whether"} for m in c.children)),
            None,
        )
        if asked is not None:
            found = trim_tokens(doc, asked.left_edge.i, asked.right_edge.i + 1)
            return found if found[1] > found[0] else None
    preps = PREP_CONTENT_VERBS.get(lemma)
    if preps:
        prep = next((c for c in verb.rights if c.dep_ == "prep" and c.lower_ in preps), None)
        pobj = next((c for c in prep.children if c.dep_ in {"pobj", "pcomp"}), None) if prep is not None else None
        if pobj is not None:
            found = trim_tokens(doc, pobj.left_edge.i, pobj.right_edge.i + 1)
            return found if found[1] > found[0] else None
    return None
