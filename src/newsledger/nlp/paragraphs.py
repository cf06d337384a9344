"""Line breaks as sentence boundaries, set before the parser runs.

News text puts headlines, datelines, crossheads and paragraphs on lines of
their own, and the statistical parser often runs a headline into the first
sentence ("Floods force thousands from homes\\n\\nFloodwater has ..."). That
merges two claims' sentences and lets a headline figure borrow the body's
time and source. A blank line always ends a sentence; a single line break
does too, unless the text reads as hard-wrapped at that point (the line ends
in a word that cannot close a sentence and the next line goes on in lower
case), so wrapped plain text keeps its sentences whole.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

_CLOSERS = set('.!?:;"”’)]')


def _wrapped(prev: Token, nxt: Token) -> bool:
    """Whether a single line break between these tokens is a hard wrap."""
    if prev.text[-1:] in _CLOSERS:
        return False
    if nxt.is_lower or nxt.text[:1] in ",;":
        return True
    # "officials in\nParis": a line may not end in a preposition or article.
    return prev.is_lower and prev.is_stop


@Language.factory(
    "newsledger_paragraphs",
    requires=[],
    assigns=["token.is_sent_start"],
)
def make_paragraphs(nlp: Language, name: str):
    def paragraphs(doc: Doc) -> Doc:
        for tok in doc:
            if not (tok.is_space and "\n" in tok.text) or tok.i + 1 >= len(doc) or tok.i == 0:
                continue
            nxt, prev = doc[tok.i + 1], doc[tok.i - 1]
            if tok.text.count("\n") >= 2 or not _wrapped(prev, nxt):
                nxt.is_sent_start = True
        return doc

    return paragraphs
