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
    path = _path_from(doc, fig_start)
    if path is not None:
        return _path_direction(path)  # "rose from 240 to 273": the later figure carries the path's direction
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
    elif t.dep_ == "nsubj" and fig.unit is None:
        return None  # "millions lost their homes": a count doing the verb, not a change
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


def is_path(from_tok: Token) -> bool:
    """Whether "from X to Y" after this "from" is a change from one level to another.

    "rose from 240 to 273", "a rise from 5 to 7 per cent" and "increase swap
    lines with the ECB from 55 to 110, and with the SNB from 12 to 27" are; "could
    range from 8,000 to 9,000" and "fines from 5 to 7 per cent" are one range. The
    heads above "from" are climbed to the first verb, which decides.
    """
    head = from_tok.head
    for _ in range(5):
        lemma = head.lemma_.lower()
        if head.lower_ in change.INCREASE_NOUNS or head.lower_ in change.DECREASE_NOUNS:
            return True
        if head.pos_ in ("VERB", "AUX"):
            # "arranged to increase lines ... from 12 to 27": the parse may hang "from" on the verb above
            verbs = [head, *(c for c in head.children if c.dep_ == "xcomp")]
            return any(_is_path_verb(v.lemma_.lower()) for v in verbs)
        if head.head.i == head.i:
            break
        head = head.head
    return False


def _is_path_verb(lemma: str) -> bool:
    return lemma in change.INCREASE_VERBS or lemma in change.DECREASE_VERBS or lemma in change.PATH_VERBS


def _path_from(doc: Doc, fig_start: int) -> Token | None:
    """The "from" of "from X to [this figure]" when it is a path, else None."""
    k = fig_start - 1
    while k >= 0 and (doc[k].text in units.CURRENCY_PREFIX or doc[k].tag_ == "$"):
        k -= 1
    if k < 1 or doc[k].lower_ != "to":
        return None
    floor = max(doc[k].sent.start, k - 8)
    for j in range(k - 1, floor - 1, -1):
        if doc[j].lower_ == "from":
            return doc[j] if is_path(doc[j]) else None
    return None


def _path_direction(from_tok: Token) -> str | None:
    head = from_tok.head
    for _ in range(5):
        direction = _direction(head)
        if direction is None and head.pos_ in ("VERB", "AUX"):
            direction = next((d for c in head.children if c.dep_ == "xcomp" and (d := _direction(c)) is not None), None)
        if direction is not None or head.pos_ in ("VERB", "AUX") or head.head.i == head.i:
            return direction
        head = head.head
    return None


def _direction(head: Token) -> str | None:
    """The direction of a verb or noun of change, else None."""
    lemma = head.lemma_.lower()
    if lemma in change.INCREASE_VERBS or head.lower_ in change.INCREASE_NOUNS:
        return "increase"
    if lemma in change.DECREASE_VERBS or head.lower_ in change.DECREASE_NOUNS:
        return "decrease"
    return None
