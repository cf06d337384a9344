"""What a figure's clause says about when it holds: now, in a past event, or not yet.

Three readings of the parse decide how a figure with no date of its own is
dated, and which times of its sentence it may take:

- :func:`holds_now`: a finite present or present perfect clause ("have been
  killed or wounded", "has deployed about 2,000", "are now displaced",
  "remain missing") states a count that holds at publication. A past clause
  ("A bomb killed 12 people") states an event that is over, and its date is
  unknown without a time expression.
- :func:`forward_looking`: a modal, future or conditional clause ("would
  protect some 38,000 homes", "will cost", "if prices rise 5%") states what
  is not yet so; the times of other clauses are not its own.
- :func:`running_total`: a count from some start up to an end ("a total of",
  "cumulative", "the death toll", or any present perfect count).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from ...lang.en import tense

_AUX_DEPS = ("aux", "auxpass")
# What a sentence that is not a headline or caption ends with: those keep the
# historical present ("Earthquake kills 300 in Turkey") for a past event.
_SENTENCE_END = frozenset('.!?"”’\'')


def clause_of(tok: Token) -> Token:
    """The verb of the clause a token stands in (conjoined verbs share their first's)."""
    t = tok
    for _ in range(64):
        if t.pos_ in ("VERB", "AUX") or t.head.i == t.i:
            break
        t = t.head
    for _ in range(16):
        if t.dep_ == "conj" and t.head.pos_ in ("VERB", "AUX") and t.head.i != t.i:
            t = t.head
        else:
            break
    return t


def _auxes(verb: Token) -> list[Token]:
    return [c for c in verb.children if c.dep_ in _AUX_DEPS]


def conditional(verb: Token) -> bool:
    """Whether a clause is a condition: "if prices rise 5%", "unless 2,000 sign"."""
    return any(c.dep_ in ("mark", "advmod") and c.lower_ in tense.CONDITIONAL_MARKS for c in verb.children)


def forward_looking(verb: Token) -> bool:
    """Whether a clause speaks of what is not yet so: a modal or future auxiliary, a condition."""
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    for a in _auxes(verb) + [verb]:
        low = a.lower_
        if low in tense.FUTURE_AUX or low in tense.FORWARD_MODALS or (a.tag_ == "MD" and a.i != verb.i):
            return True
    if conditional(verb):
        return True
    # "is expected to reach 3%", "due to finish": the infinitive under a head of the future
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in tense.FUTURE_HEADS:
        return True
    return False


def _present_perfect(verb: Token) -> bool:
    return any(a.lemma_.lower() == "have" and "Pres" in a.morph.get("Tense") for a in _auxes(verb))


def _finite_present(verb: Token) -> bool:
    for a in _auxes(verb) + [verb]:
        if "Fin" in a.morph.get("VerbForm"):
            return "Pres" in a.morph.get("Tense")
    return False


def is_headline(sent: Span) -> bool:
    """A line with no closing punctuation: a headline, caption or crosshead."""
    for tok in reversed(sent):
        if tok.is_space:
            continue
        return tok.text[-1:] not in _SENTENCE_END
    return True


def present_clause(verb: Token) -> bool:
    """A finite present or present perfect clause that states a fact, not a condition or a plan."""
    if verb.pos_ not in ("VERB", "AUX") or forward_looking(verb):
        return False
    if any(c.dep_ in ("mark", "advmod") and c.lower_ in tense.TEMPORAL_MARKS for c in verb.children):
        return False
    return _present_perfect(verb) or _finite_present(verb)


def _in_capitals(tok: Token) -> bool:
    """Whether the words around a token are all capitals: a headline run into the text before a parse."""
    doc = tok.doc
    words = [t for t in doc[max(0, tok.i - 2) : tok.i + 3] if t.is_alpha and len(t) > 1]
    return len(words) >= 2 and all(t.is_upper for t in words)


def holds_now(np_tok: Token) -> bool:
    """Whether the figure standing for ``np_tok`` is stated as holding at the time of writing."""
    if is_headline(np_tok.sent) or _in_capitals(np_tok):
        return False
    return present_clause(clause_of(np_tok))


def running_total(np_tok: Token, fig_start: int, fig_end: int) -> bool:
    """Whether a figure counts from some start up to an end: "a total of", "cumulative", "have been killed"."""
    verb = clause_of(np_tok)
    if verb.pos_ in ("VERB", "AUX") and _present_perfect(verb) and not forward_looking(verb):
        return True
    sent = np_tok.sent
    words = [t.lower_ for t in sent]
    phrase = {t.i for t in np_tok.subtree}
    for k, tok in enumerate(sent):
        # the words just before the figure ("a total of 3,400"), its noun phrase, its clause
        if not (fig_start - 4 <= tok.i < fig_end or tok.i in phrase or clause_of(tok).i == verb.i):
            continue
        if tok.lower_ in tense.RUNNING_TOTAL_WORDS:
            return True
        if any(tuple(words[k : k + len(p)]) == p for p in tense.RUNNING_TOTAL_PHRASES):
            return True
    return False
