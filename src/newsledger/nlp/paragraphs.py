"""Line breaks as sentence boundaries, set before the parser runs (and a wire dateline's end).

News text puts headlines, datelines, crossheads and paragraphs on lines of
their own, and the statistical parser often runs a headline into the first
sentence ("Floods force thousands from homes\\n\\nFloodwater has ..."). That
merges two claims' sentences and lets a headline figure borrow the body's
time and source. A blank line always ends a sentence; a single line break
does too, unless the text reads as hard-wrapped at that point (the line ends
in a word that cannot close a sentence and the next line goes on in lower
case), so wrapped plain text keeps its sentences whole. A wire dateline that
opens a line ("MOSCOW, June 12 (Reuters) -", "KYIV, Ukraine (AP) —") is a
sentence of its own: run into the first sentence, its place reads as the
subject ("KYIV (Reuters) - Ukraine said") and its date as the day a source spoke.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

from ..lang.en.datelines import WIRE_AGENCIES, WIRE_DASHES
from .doc_words import texts as doc_texts

_AGENCIES = frozenset(WIRE_AGENCIES)
# A wire dateline's bracket stands within this many tokens of its line's start ("KYIV, Ukraine (AP) —").
_DATELINE_TOKENS = 12

_CLOSERS = set('.!?:;"”’)]')


def _dateline_end(doc: Doc, start: int) -> int | None:
    """The token after a wire dateline that opens a line ("MOSCOW, June 12 (Reuters) - Russian ..."), or None.

    The dateline is no part of the first sentence: its place would read as the
    sentence's subject ("KYIV (Reuters) - Ukraine said") and its date as the day
    the source spoke.
    """
    words = doc_texts(doc)  # the words' texts: a line start needs no Tokens to be passed over
    end = min(len(words), start + _DATELINE_TOKENS)
    for k in range(start + 1, end):
        if words[k].isspace():  # Token.is_space
            return None
        if words[k] != "(":
            continue
        close = next((j for j in range(k + 1, min(k + 5, len(words))) if words[j] == ")"), None)
        if close is None or close + 2 >= len(words) or words[close + 1] not in WIRE_DASHES:
            return None
        return close + 2 if doc[k + 1 : close].text in _AGENCIES else None
    return None


def _cut_dateline(doc: Doc, start: int) -> None:
    """A wire dateline opening the line at ``start`` ends a sentence of its own."""
    after = _dateline_end(doc, start)
    if after is not None:
        doc[after].is_sent_start = True


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
        words = doc_texts(doc)
        if words and not words[0].isspace():
            _cut_dateline(doc, 0)
        # a Token is made only for the few words that hold a line break
        for i in [k for k, w in enumerate(words) if "\n" in w]:
            if i + 1 >= len(words) or not words[i].isspace():
                continue
            if i > 0:
                tok, nxt, prev = doc[i], doc[i + 1], doc[i - 1]
                if tok.text.count("\n") >= 2 or not _wrapped(prev, nxt):
                    nxt.is_sent_start = True
            _cut_dateline(doc, i + 1)
        return doc

    return paragraphs
