"""Walking a parse up to the verb a token hangs from."""

from __future__ import annotations

from spacy.tokens import Token


def climb_to_verb(tok: Token, steps: int) -> Token:
    """The first verb (or auxiliary) at or above ``tok`` within ``steps`` heads.

    Where none is reached (the root, or the steps run out) the token the climb
    stopped at is returned, so each caller decides what a non-verb there means.
    """
    for _ in range(steps):
        if tok.pos_ in ("VERB", "AUX") or tok.head.i == tok.i:
            break
        tok = tok.head
    return tok
