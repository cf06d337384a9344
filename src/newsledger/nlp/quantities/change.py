"""Linking a figure to a direction of change: "fell 1.3%", "up 19 cents", "a 5% rise".

A word of change carries the direction and the value stays positive; the
level a change reaches ("to $41.50") or starts from ("from 379") is no change,
and a verb's particle ("blew up three lines") is no direction.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ...lang.en import change, units
from .sentence import Figure


def change_of(doc: Doc, fig: Figure, fig_start: int, np_tok: Token) -> str | None:
    """The direction of change a figure carries, from the words and parse around it."""
    if fig.value < 0:
        return None
    prev = doc[fig_start - 1].lower_ if fig_start > 0 else ""
    if fig_start > 0 and (doc[fig_start - 1].tag_ == "RP" or doc[fig_start - 1].dep_ == "prt"):
        prev = ""  # "blew up three lines", "make up 20%": a verb's particle, no direction
    if prev in change.RISE_ADVERBS:
        return "increase"
    if prev in change.FALL_ADVERBS:
        return "decrease"
    if prev == "by" and fig_start > 1 and doc[fig_start - 2].lower_ in ("up", "down"):
        return "increase" if doc[fig_start - 2].lower_ == "up" else "decrease"
    nxt = doc[np_tok.i + 1].lower_ if np_tok.i + 1 < len(doc) else ""
    if nxt in ("higher",) and np_tok.dep_ in ("npadvmod", "advmod"):
        return "increase"
    if nxt in ("lower",) and np_tok.dep_ in ("npadvmod", "advmod"):
        return "decrease"
    t = np_tok
    for _ in range(3):  # "fell by 1.5 and 3 percent": the first number hangs on the shared unit
        if t.dep_ in ("nummod", "compound", "quantmod", "conj") and t.head.lower_ in units.UNITS and t.head.i != t.i:
            t = t.head
        else:
            break
    # "a 5% rise": the figure modifies a noun of change
    if t.head.i != t.i and t.head.lower_ in change.INCREASE_NOUNS and t.head.i > t.i:
        return "increase"
    if t.head.i != t.i and t.head.lower_ in change.DECREASE_NOUNS and t.head.i > t.i:
        return "decrease"
    if t.dep_ == "pobj":
        prep = t.head
        if prep.lower_ in ("to", "from", "at", "of", "in", "on", "for", "with"):
            if prep.lower_ == "of" and prep.head.lemma_.lower() in change.INCREASE_NOUNS:
                return "increase"
            if prep.lower_ == "of" and prep.head.lemma_.lower() in change.DECREASE_NOUNS:
                return "decrease"
            return None
        if prep.lower_ == "by":
            verb = prep.head
        else:
            return None
    elif t.dep_ in ("dobj", "npadvmod", "advmod", "attr", "nsubj", "dep", "conj", "appos"):
        verb = t.head
        if t.dep_ in ("conj", "appos"):
            # "fell 26 points or 3.5%": the second figure shares the first's verb
            while verb.dep_ in ("conj", "appos") and verb.head.i != verb.i:
                verb = verb.head
            if verb.dep_ in ("dobj", "npadvmod"):
                verb = verb.head
    else:
        return None
    lemma = verb.lemma_.lower()
    if verb.pos_ not in ("VERB", "AUX", "ADV", "ADP"):
        return None
    if verb.lower_ in change.RISE_ADVERBS and verb.pos_ in ("ADV", "ADP"):
        return "increase"  # "up nearly 15 points"
    if verb.lower_ in change.FALL_ADVERBS and verb.pos_ in ("ADV", "ADP"):
        return "decrease"
    if verb.pos_ in ("ADV", "ADP"):
        return None
    if lemma == "edge":
        part = next((c.lower_ for c in verb.children if c.dep_ in ("prt", "advmod")), "")
        return "increase" if part == "up" else "decrease" if part in change.FALL_ADVERBS else None
    if lemma in change.INCREASE_VERBS:
        return "increase"
    if lemma in change.DECREASE_VERBS:
        return "decrease"
    return None
