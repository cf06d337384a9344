"""Linking a figure to what it counts: its measure and its subject, from the parse.

``measure`` is the counted noun with its noun compounds, the noun of "X of Y",
the noun of "the number of Y", else the subject of the verb the figure
completes; a count of people hurt takes its participle ("people injured").
``subject`` is the fuller noun phrase, or None when it says no more.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ...lang.en import casualties, change, measures, numbers, units
from ..clauses import climb_to_verb


def span_root(doc: Doc, start: int, end: int) -> Token:
    """The token of [start, end) whose head lies outside it (the last such)."""
    root = doc[end - 1]
    for tok in doc[start:end]:
        if not (start <= tok.head.i < end) or tok.head.i == tok.i:
            root = tok
    return root


def _starts_clause(tok: Token) -> bool:
    """Whether a token opens another clause or figure inside a noun's subtree.

    Relative pronouns, finite verbs and currency signs do. A past form with no
    object ("troops sent to Russia") is a participle the tagger often calls a
    past tense: it stays in the phrase.
    """
    if tok.tag_ in ("WDT", "WP", "VBZ", "VBP", "MD", "$"):
        return True
    if tok.tag_ == "VBD":
        return any(c.dep_ in ("dobj", "conj", "aux", "nsubj") for c in tok.children)
    return False


def _compound_phrase(noun: Token, floor: int = 0) -> str:
    """A noun with the noun compounds right before it: "drone attacks"."""
    first = noun.i
    for child in reversed(list(noun.lefts)):
        # a common noun keeps its common compounds ("drone attacks"); a name keeps
        # its name parts ("Nasdaq Composite"), not the other way round
        same_kind = (child.pos_ == "PROPN") == (noun.pos_ == "PROPN")
        # "a five-year deal": "year" is the hyphenated modifier's, not a compound of "deal"
        hyphened = child.i > 0 and noun.doc[child.i - 1].text in ("-", "\u2013") and not noun.doc[child.i - 1].whitespace_
        if child.dep_ == "compound" and child.i == first - 1 and child.i >= floor and not child.like_num and same_kind and not hyphened:
            first = child.i
        else:
            break
    words = [
        t.lower_ if (t.pos_ != "PROPN" or _capital_of_sentence(t)) and t.is_alpha and t.text[1:].islower() else t.text
        for t in noun.doc[first : noun.i + 1]
    ]
    return " ".join(words)


def _capital_of_sentence(t: Token) -> bool:
    """A common word the tagger calls a name because it opens the sentence ("Turnout was 67%")."""
    return t.is_sent_start and not t.ent_type_


class Skip:
    """Tokens a subject leaves out: the figure's own, and every time expression's."""

    __slots__ = ("start", "end", "base")

    def __init__(self, start: int, end: int, base: frozenset[int]):
        self.start, self.end, self.base = start, end, base

    def __contains__(self, i: int) -> bool:
        return self.start <= i < self.end or i in self.base


class MeasureLinker:
    """Links the figures of one doc to their measure and subject."""

    def __init__(self, doc: Doc, time_tokens: set[int]):
        self.doc = doc
        self.time_tokens = time_tokens  # tokens of every time expression: never what is counted

    def np_of(self, root: Token, fig_tokens: range, skip: set[int]) -> tuple[Token | None, Token]:
        """(counted noun or None, the token standing for the figure's noun phrase)."""
        head = root.head
        if head.lower_ in ("worth",) and head.i not in fig_tokens:
            for child in head.rights:  # "$50,000 worth of goods"
                if child.dep_ == "prep" and child.lower_ == "of":
                    pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
                    if pobj is not None:
                        return pobj, head
        if (
            (head.lower_ in units.UNITS or head.tag_ == "NN")
            and head.i == root.i + 2
            and self.doc[root.i + 1].text in ("-", "\u2013")
            and head.dep_ in ("compound", "amod", "nmod")
            and head.head.pos_ == "NOUN"
            and head.head.i > head.i
            and head.head.i not in skip
        ):
            # "a 10-point lead", "a 5-seat majority", "a 45-yard field goal": the
            # hyphenated noun is the modifier's unit, the noun it modifies is measured
            return head.head, head.head
        if (
            head.i != root.i
            and head.i not in fig_tokens
            and head.i not in skip
            and head.lower_ not in units.UNITS
            and head.lower_ not in units.SUBUNITS
            and head.pos_ in ("NOUN", "PROPN")
            and root.dep_ in ("nummod", "quantmod", "compound", "amod", "nmod", "npadvmod")
            and head.i > root.i
            and head.lower_ not in change.INCREASE_NOUNS | change.DECREASE_NOUNS
        ):
            return head, head
        for child in root.rights:
            if child.dep_ == "prep" and child.lower_ == "of":
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        if pobj.pos_ == "PRON":
                            return None, root
                        if pobj.like_num:
                            # "24 of 31 passes": the whole's noun counts the part too
                            after = pobj.i + 1
                            if after < len(self.doc) and self.doc[after].tag_ == "NNS" and after not in skip:
                                return self.doc[after], root
                            whole = pobj.head if pobj.head.i > pobj.i and pobj.head.pos_ == "NOUN" else None
                            return whole, root
                        return pobj, root
        # a misparse ("over 1m people": "m" read as a noun) leaves the plural noun
        # right after the figure unattached to it; it is still what is counted
        after = fig_tokens.stop
        if after < len(self.doc) and self.doc[after].tag_ == "NNS" and after not in skip and self.doc[after].lower_ not in units.UNITS:
            return self.doc[after], root
        return None, root

    def casualty(self, np_tok: Token) -> str | None:
        """The participle phrase where the noun phrase counts people hurt: "killed or injured"."""
        verb = None
        t = np_tok
        for child in t.rights:
            # "18 were killed and about 70 wounded": the figure's own participle wins over the verb it hangs on
            if child.dep_ in ("acl", "amod") and child.lemma_.lower() in casualties.CASUALTY_PARTICIPLES:
                return casualties.CASUALTY_PARTICIPLES[child.lemma_.lower()]
        if t.dep_ in ("dobj", "nsubjpass", "nsubj", "conj", "appos") and t.head.pos_ in ("VERB", "AUX", "ADJ"):
            verb = t.head
        if t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.dep_ in ("nsubjpass", "nsubj", "dobj"):
            verb = t.head.head.head
        if verb is None:
            # "at least 5 people dead": an adjective after the noun
            for child in np_tok.rights:
                if child.lower_ in casualties.CASUALTY_ADJECTIVES and child.dep_ in ("amod", "acomp", "advmod"):
                    return child.lower_
            return None
        words = []
        if verb.lemma_.lower() in casualties.CASUALTY_PARTICIPLES and not (t.dep_ == "nsubj" and verb.tag_ not in ("VBN",) and verb.lemma_.lower() != "die"):
            words.append(casualties.CASUALTY_PARTICIPLES[verb.lemma_.lower()])
            first = verb.head
            if (
                verb.dep_ == "conj"
                and first.lemma_.lower() in casualties.CASUALTY_PARTICIPLES
                and not any(c.dep_ in ("dobj", "nsubjpass") for c in first.children)
                # "Five people died and 30 were injured": each verb has its own subject
                and not (t.dep_ in ("nsubj", "nsubjpass") and any(c.dep_ == "nsubj" for c in first.children))
            ):  # "killing or wounding 50": the object is shared by both verbs
                cc = next((c.lower_ for c in first.children if c.dep_ == "cc" and c.i < verb.i), "and")
                words[:0] = [casualties.CASUALTY_PARTICIPLES[first.lemma_.lower()], cc]
        elif verb.lower_ in casualties.CASUALTY_ADJECTIVES and t.dep_ == "nsubj":
            words.append(verb.lower_)
        else:
            # "are missing", "were dead": an adjectival complement
            for child in verb.children:
                if child.dep_ == "acomp" and child.lower_ in casualties.CASUALTY_ADJECTIVES:
                    return child.lower_
            return None
        for child in verb.children:
            if (
                child.dep_ == "conj"
                and child.lemma_.lower() in casualties.CASUALTY_PARTICIPLES
                and not any(c.dep_ in ("nsubj", "nsubjpass", "dobj") for c in child.children)
            ):  # "were killed or injured"; not "... killed and 3,600 injured", which has its own figure
                cc = next((c.lower_ for c in verb.children if c.dep_ == "cc" and c.i < child.i), "and")
                words.extend([cc, casualties.CASUALTY_PARTICIPLES[child.lemma_.lower()]])
                break
        return " ".join(words)

    def governing_subject(self, np_tok: Token) -> Token | None:
        """The subject of the verb a figure completes ("revenue" in "revenue rose 12%")."""
        t = np_tok
        if t.dep_ == "pobj":
            t = t.head
        if t.dep_ in ("dobj", "npadvmod", "attr", "advmod", "prep", "acomp", "oprd", "nsubj", "pobj", "dep", "quantmod", "nummod", "appos"):
            verb = t.head
        else:
            return None
        for _ in range(3):
            if verb.pos_ in ("VERB", "AUX"):
                break
            if verb.head.i == verb.i:
                return None
            verb = verb.head
        if verb.pos_ not in ("VERB", "AUX"):
            return None
        if np_tok.dep_ in ("pobj", "npadvmod", "advmod") and verb.lemma_.lower() in change.INCREASE_VERBS | change.DECREASE_VERBS:
            # "the bank raised rates by 25 basis points": what changed is the object
            for child in verb.children:
                if (
                    child.dep_ == "dobj"
                    and child.pos_ in ("NOUN", "PROPN")
                    and child.i < np_tok.i
                    and child.lower_ not in units.UNITS
                    and not any(c.like_num for c in child.children)
                ):  # not "gained 71 points": an object that is itself a figure
                    return child
        for _ in range(4):
            lemma = verb.lemma_.lower()
            level = lemma in measures.LEVEL_VERBS or lemma in change.INCREASE_VERBS or lemma in change.DECREASE_VERBS
            for child in verb.children:
                if child.dep_ in ("nsubj", "nsubjpass") and child.i != np_tok.i and child.pos_ in ("NOUN", "PROPN") and child.i < np_tok.i:
                    # "the government approved GBP 20m": the subject of another verb is
                    # who acts, not what is measured; "the number of X ..." always measures X
                    if level or child.lemma_.lower() in casualties.COUNT_NOUNS:
                        return child
                    return None
            if verb.dep_ in ("xcomp", "conj", "advcl") and verb.head.i != verb.i:
                verb = verb.head
            else:
                break
        return None

    def level_target(self, np_tok: Token) -> Token | None:
        """What a verb puts at the figure's level: "held its rate at 6.5%", "inflation slowed to 4.4%".

        The last resort for a figure with no measure of its own (no counted noun,
        no unit word, no subject of a level verb).

        A figure after "at", "to", "above", "below" or "past" on the verb is a
        level: the verb's object stands at it ("put the crowd at 800,000",
        "pushed temperatures above 45C", "brought the toll to 227"); with no
        object, a common-noun subject does ("unemployment held at 4.1%"). A name
        or a pronoun as subject acts rather than is measured ("Smith spoke to 300").
        """
        prep = np_tok.head
        if np_tok.dep_ != "pobj" or prep.lower_ not in measures.LEVEL_PREPOSITIONS:
            return None
        verb = climb_to_verb(prep.head, 2)
        if verb.pos_ not in ("VERB", "AUX"):
            return None
        before = self.doc[prep.i - 1] if prep.i else prep
        lemma = verb.lemma_.lower()
        if (before.like_num or before.text == "%") and lemma not in measures.LEVEL_MOVE_VERBS \
                and lemma not in change.INCREASE_VERBS | change.DECREASE_VERBS:
            # "won 51% to 49%": a tally's second side, no level anything is put at
            return None
        # the parse often hangs the preposition on the object ("estimated the damage at $2 billion")
        on_object = prep.head.dep_ == "dobj" and prep.head.head.i == verb.i
        if prep.head.i != verb.i and not on_object:
            return None
        objects = [c for c in verb.children if c.dep_ == "dobj" and c.i < np_tok.i]
        for obj in objects:
            if (
                obj.pos_ == "NOUN"
                and obj.lower_ not in units.UNITS
                and obj.i not in self.time_tokens
                and not any(c.like_num for c in obj.children)
            ):
                return obj
        if objects or prep.lower_ not in ("to", "at"):
            return None
        for child in verb.children:
            if child.dep_ == "nsubj" and child.i < verb.i:
                if child.pos_ == "NOUN" and not child.ent_type_ and child.i not in self.time_tokens:
                    return child
                return None
        return None

    def subject_text(self, noun: Token, skip: Skip) -> str | None:
        """The noun phrase around ``noun`` as written, without the figure, determiners and time words."""
        sub = list(noun.subtree)
        keep = [
            t
            for t in sub
            if t.i not in skip and t.dep_ not in ("det", "predet") and not (t.tag_ == "PRP$") and not t.like_num
        ]
        if not keep:
            return None
        # the contiguous run around the noun, cut at punctuation and relative pronouns
        idx = {t.i for t in keep}
        lo = hi = noun.i
        while lo - 1 in idx and not noun.doc[lo - 1].is_punct:
            lo -= 1
        while hi + 1 in idx and not noun.doc[hi + 1].is_punct and not _starts_clause(noun.doc[hi + 1]):
            hi += 1
        while hi > noun.i and (noun.doc[hi].pos_ in ("ADP", "CCONJ", "SCONJ", "PART", "ADV", "DET") or noun.doc[hi].is_punct):
            hi -= 1
        if hi - lo + 1 > 14:
            hi = lo + 13
        words = noun.doc[lo : hi + 1]
        text = words.text
        return text or None

    def measure_subject(self, fig_start: int, fig_end: int, skip: Skip) -> tuple[str | None, str | None, Token]:
        doc = self.doc
        root = span_root(doc, fig_start, fig_end)
        noun, np_tok = self.np_of(root, range(fig_start, fig_end), self.time_tokens)
        if noun is None and np_tok.dep_ == "pobj" and np_tok.head.lower_ == "of" and np_tok.head.head.pos_ == "NOUN":
            owner = np_tok.head.head  # "rainfall of 155 mm", "winds of up to 120 km/h"
            if (
                owner.lower_ not in change.INCREASE_NOUNS | change.DECREASE_NOUNS
                and owner.i not in self.time_tokens
                and owner.i not in skip  # "in excess of $1 million": the hedge's own noun
            ):
                noun = owner
                if owner.lower_ in measures.LEVEL_WORDS:
                    # "gained 71 points to a level of 5,783": the level of what the clause is about
                    gov = self.governing_subject(owner)
                    if gov is not None:
                        noun = gov
        casualty = self.casualty(np_tok)
        measure = subject = None
        if noun is not None:
            measure = _compound_phrase(noun, fig_end)
            subject = self.subject_text(noun, skip)
        if noun is None:
            gov = self.governing_subject(np_tok)
            if gov is not None:
                inner = None
                if gov.lemma_.lower() in casualties.COUNT_NOUNS:
                    for child in gov.rights:
                        if child.dep_ == "prep" and child.lower_ == "of":
                            inner = next((c for c in child.children if c.dep_ == "pobj"), None)
                if inner is not None:
                    measure = _compound_phrase(inner)
                    subject = self.subject_text(inner, skip)
                elif casualty is None:
                    measure = _compound_phrase(gov)
                    subject = self.subject_text(gov, skip)
        if casualty:
            measure = f"{measure} {casualty}" if measure else casualty
        if subject is not None and measure is not None and subject.lower() in measure.lower():
            subject = None
        return measure, subject, np_tok


# Units whose word says nothing of what is measured: a share, money, a multiple, an age.
_NO_MEASURE_UNITS = frozenset({"percent", "percentage_point", "basis_point", "fraction", "times", "years"})


def change_noun_measure(np_tok: Token, fig_end: int) -> str | None:
    """ "a 5% rise in sales" is sales; "the 2.5% increase" (nothing named) is the increase."""
    t = np_tok
    if t.dep_ in ("nummod", "compound", "quantmod") and t.head.i > t.i and t.head.lower_ in units.UNITS:
        t = t.head  # "5" hangs on "%", "%" on the noun
    noun = t.head
    if noun.i <= t.i or noun.i < fig_end - 1 or noun.lower_ not in change.INCREASE_NOUNS | change.DECREASE_NOUNS:
        return None
    for child in noun.rights:
        if child.dep_ == "prep" and child.lower_ in ("in", "of"):
            pobj = next((c for c in child.children if c.dep_ == "pobj" and c.pos_ in ("NOUN", "PROPN")), None)
            if pobj is not None:
                return _compound_phrase(pobj)
    return noun.lower_


def money_measure(np_tok: Token) -> str | None:
    """What a sum is by the verb it completes: "spend $2 billion" spending, "buy X for $5" price."""
    t = np_tok
    if t.dep_ == "pobj" and t.head.lower_ in ("for", "of"):
        t = t.head
    if t.dep_ not in ("dobj", "pobj", "prep", "npadvmod", "attr", "oprd", "dative", "appos") and t.dep_ != "ROOT":
        return None
    verb = t.head
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    return measures.MONEY_VERBS.get(verb.lemma_.lower())


def compound_phrase(noun: Token) -> str:
    """A noun with its noun compounds, for callers outside this module."""
    return _compound_phrase(noun)


def unit_measure(doc: Doc, core_start: int, end: int, unit: str | None) -> str | None:
    """The unit word as written when it is what is counted: "12,400 acres", "98 points"."""
    if unit is None or unit in _NO_MEASURE_UNITS or unit in units.CURRENCY_CODES:
        return None
    words = [t.lower_ for t in doc[core_start:end] if t.is_alpha and t.lower_ not in numbers.SCALE_WORDS and t.lower_ not in numbers.NUMBER_WORDS]
    words = [w for w in words if w in units.UNITS or any(w in k for k in units.MULTI_UNITS)]
    return " ".join(words) or None
