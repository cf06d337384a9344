"""A parsed Doc's words as plain lists of strings, read once from its arrays.

The components walk a document's words many times over (figures, time cues,
surnames, back references). Each ``doc[i].lower_`` makes a Token object
first; reading the whole column with ``Doc.to_array`` and the string store
costs a fraction of that, and the lists are kept on the Doc for the next
component. A Doc's tokens do not change once it is parsed (no component
retokenizes), so the lists stay true for its life.
"""

from __future__ import annotations

from spacy.attrs import IDX, LEMMA, LOWER, ORTH, POS
from spacy.tokens import Doc

_KEY = "newsledger.words"


def _column(doc: Doc, attr: int, name: str, strings: bool = True) -> list:
    """One attribute of every token, kept on the Doc: as strings, or as the array's integers."""
    cache = doc.user_data.setdefault(_KEY, {})
    found = cache.get(name)
    if found is None or len(found) != len(doc):
        values = doc.to_array(attr).tolist() if len(doc) else []
        if strings:
            store = doc.vocab.strings  # looked up once, not at each word
            values = [store[h] for h in values]
        found = cache[name] = values
    return found


def lower_words(doc: Doc) -> list[str]:
    """Each token's ``lower_``, in order. Shared: copy before changing it."""
    return _column(doc, LOWER, "lower")


def texts(doc: Doc) -> list[str]:
    """Each token's ``text``, in order. Shared: copy before changing it."""
    return _column(doc, ORTH, "orth")


def text(doc: Doc) -> str:
    """``doc.text``, which spaCy joins from every token at each call, joined once."""
    cache = doc.user_data.setdefault(_KEY, {})
    joined = cache.get("text")
    if joined is None:
        joined = cache["text"] = doc.text
    return joined


def starts(doc: Doc) -> list[int]:
    """Each token's character offset (``Token.idx``), in order."""
    return _column(doc, IDX, "idx", strings=False)


def remember_text(doc: Doc, text: str) -> None:
    """Say that ``doc`` was made from ``text`` (spaCy's tokenizer keeps every character, so
    ``doc.text == text``), sparing even the one join :func:`text` would make."""
    data = getattr(doc, "user_data", None)  # a stand-in Doc (a test's, a custom pipeline's) may have none
    if data is not None:
        data.setdefault(_KEY, {})["text"] = text


def lemmas(doc: Doc) -> list[str]:
    """Each token's lemma lowercased (``lemma_.lower()``), in order: the lexicons are keyed so."""
    cache = doc.user_data.setdefault(_KEY, {})
    found = cache.get("lemma")
    if found is None or len(found) != len(doc):
        found = cache["lemma"] = [w.lower() for w in _column(doc, LEMMA, "lemma_raw")]
    return found


def pos_tags(doc: Doc) -> list[str]:
    """Each token's coarse part of speech (``pos_``), in order."""
    return _column(doc, POS, "pos")


def sentence_starts(doc: Doc) -> list[int]:
    """The first token of each token's sentence (``tok.sent.start``), which ``Token.sent``
    finds by walking to the sentence's edges at each call. The Doc must have sentences."""
    cache = doc.user_data.setdefault(_KEY, {})
    found = cache.get("sent_start")
    if found is None or len(found) != len(doc):
        found = [0] * len(doc)
        for sent in doc.sents:
            found[sent.start : sent.end] = [sent.start] * (sent.end - sent.start)
        cache["sent_start"] = found
    return found
