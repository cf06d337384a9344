"""Times of a figure's sentence that date something around the figure, not the figure itself.

:mod:`.timing` asks these before it lets a figure take a time from outside its
own clause:

- **A superlative's frame**: "killed at least 35 people, in one of the
  deadliest attacks on civilians this year", "hit 5.2%, the highest since
  2019": the time bounds the comparison, the ranked thing standing after the
  figure. (Put before it, "its largest attack in May killed 40", the time is
  the attack's, which the figure counts.)
- **A year before a noun**: "landed inside a buffer zone set up under a 2018
  military pact": the year names the pact, in a clause of its own.
- **A sequence clause**: "said on Tuesday it had launched three drones, a day
  after jets struck the port, killing four": the figure's event lies before
  (or after) that of the clause above, so that clause's time is not its own;
  with a distance ("a day after") and a date of the text above, the figure's
  day is that many days off.
- **A total a clause brings a figure to**: "bringing the death toll to 227",
  "the toll rose to 13": a running total up to the time of the clause, not a
  count of the period the clause above names ("died in the past 24 hours").
"""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Doc, Token

from ...lang.en import numbers, tense

# How far before a time a superlative may stand and still frame it.
_FRAME_REACH = 8
_FRAME_STOPS = frozenset({",", ";", ":", "—", "–", "(", ")", '"', "“", "”"})
_ORDINALS = frozenset({"first", "last"})


def superlative_frame(doc: Doc, start: int, fig_end: int) -> bool:
    """Whether the time starting at ``start`` closes a superlative phrase that follows the figure."""
    sent_start = doc[start].sent.start
    for k in range(start - 1, max(sent_start, start - _FRAME_REACH) - 1, -1):
        tok = doc[k]
        if k < fig_end or tok.pos_ in ("VERB", "AUX") or tok.text in _FRAME_STOPS:
            return False
        if tok.tag_ in ("JJS", "RBS") or tok.ent_type_ == "ORDINAL" or tok.lower_ in _ORDINALS:
            return True
    return False


def year_before_noun(doc: Doc, start: int, end: int, value: str | None) -> bool:
    """Whether the time is a year written before a noun ("a 2018 military pact", "the 2022 invasion")."""
    if end - start != 1 or not value or len(value) != 4 or not value.isdigit():
        return False
    tok = doc[start]
    return tok.dep_ in ("nummod", "compound", "amod", "nmod") and tok.head.pos_ in ("NOUN", "PROPN") and tok.head.i > tok.i


def sequence_cut(chain: list[Token]) -> tuple[int, int | None] | None:
    """(where in the clause chain a sequence clause stands, its shift in days or None), or None.

    The shift is how many days the clause's event lies off the clause above:
    "a day after" -1, "two days before" +2, "hours after" 0; None where no
    distance is written.
    """
    for n, clause in enumerate(chain):
        mark = next((c for c in clause.children if c.dep_ == "mark" and c.lower_ in tense.SEQUENCE_MARKS), None)
        if mark is None:
            continue
        days = None
        for c in list(clause.children) + list(mark.children):
            if c.dep_ == "npadvmod" and c.lower_ in tense.SEQUENCE_UNITS and c.i < mark.i:
                count = _count(c)
                if count is not None:
                    days = count * tense.SEQUENCE_UNITS[c.lower_]
        if days is not None and mark.lower_ == "after":
            days = -days
        return n, days
    return None


def _count(unit: Token) -> int | None:
    """The count before a unit: "a day" 1, "two days" 2, "48 hours" 48, "hours" 1."""
    for c in unit.children:
        if c.dep_ == "det" and c.lower_ in ("a", "an", "one"):
            return 1
        if c.dep_ == "nummod":
            if c.text.isdigit():
                return int(c.text)
            return numbers.UNITS_WORDS.get(c.lower_)
    return 1 if unit.lower_.endswith("s") else None


def shift_day(iso: str | None, days: int) -> str | None:
    if iso is None or len(iso) != 10:
        return None
    return (dt.date.fromisoformat(iso) + dt.timedelta(days=days)).isoformat()


def brought_to_total(np_tok: Token) -> bool:
    """Whether a figure is what a clause brings a running total to (see :func:`total_noun`)."""
    return total_noun(np_tok) is not None


def _is_total(noun: Token) -> bool:
    """"the toll", "the number", or a noun a word of totals qualifies ("its total losses")."""
    return noun.lemma_.lower() in tense.TOTAL_NOUNS or any(
        c.dep_ in ("amod", "compound") and c.lower_ in tense.RUNNING_TOTAL_WORDS for c in noun.children)


def total_noun(np_tok: Token) -> Token | None:
    """The noun of the running total a clause brings a figure to, or None: "bringing the death toll to 227",
    "the toll rose to 13", "the tally stood at 40", "the number reached 500", "bringing its total
    losses to 1,000,000".

    The parser may hang "to 227" on a clause between ("bringing the number of deaths since the war
    began to 227"), so the verb is looked for up to two clauses above the preposition.
    """
    t = np_tok
    if t.dep_ == "pobj" and t.head.lower_ in ("to", "at"):
        verb = t.head.head
    elif t.dep_ in ("dobj", "nummod") and t.head.lemma_.lower() in ("reach", "hit", "surpass", "exceed", "top"):
        verb = t.head
    else:
        return None
    for _ in range(3):
        if verb.lemma_.lower() in tense.TOTAL_TO_VERBS:
            noun = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "dobj") and _is_total(c)), None)
            if noun is not None:
                return noun
        if verb.dep_ not in ("advcl", "acl", "relcl") or verb.head.i == verb.i:
            return None
        verb = verb.head
    return None
