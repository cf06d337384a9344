"""Multiples: the verbs ("doubled", "halved"), the "-fold" words ("fourfold", "four-fold") and, after a
hedge, the words "twice", "double", "triple" ("more than twice the rate"). Unit ``times``.
"""

from __future__ import annotations

from ...lang.en import hedges, numbers
from ..numbers import words_to_number
from .sentence import HYPHENS, Figure, Sentence, match_seq_ending


def _number(i: int, end: int, value: float, **fields) -> Figure:
    return Figure(start=i, end=end, core_start=i, core_end=end, value=value, **fields)


def read_multiplier(s: Sentence, i: int) -> Figure | None:
    """Multiplier verbs ("doubled", "halved") and words ("fourfold", "four-fold")."""
    w = s.words[i]
    nxt = s.word(i + 2) if s.word(i + 1) in HYPHENS else s.word(i + 1)
    if (
        w in numbers.MULTIPLIER_VERBS
        and s.toks[i].pos_ == "VERB"
        and nxt not in ("down", "up")
        and not (nxt == "as" and s.word(i + 2) in ("a", "an", "the"))
    ):
        # "doubled down on", "doubled-down", "doubled up", "doubled as a reminder": idioms, no multiple
        value, direction = numbers.MULTIPLIER_VERBS[w]
        return _number(i, i + 1, float(value), unit="times", change=direction)
    if (
        w in numbers.MULTIPLIER_WORDS
        and s.toks[i].pos_ != "VERB"
        and s.word(i + 1) in numbers.MULTIPLIER_WORD_FOLLOWERS
        and match_seq_ending(s.words, i, hedges.PRE_HEDGES, hedges.PRE_HEDGE_MAX, 0) is not None
    ):
        # "more than twice the rate", "nearly double the density": a hedged multiple is a size told;
        # bare "twice as fast", "at double the speed" compare, and annotators leave them
        return _number(i, i + 1, float(numbers.MULTIPLIER_WORDS[w]), unit="times")
    if w.endswith("fold") and w != "fold":
        base = w[:-4].rstrip("-")
        value = words_to_number([base]) if base else None
        if value is None and base.isdigit():
            value = float(base)
        if value is not None:
            return _number(i, i + 1, value, unit="times")
    return None
