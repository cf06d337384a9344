"""Infer a publication date from the text when the article carries none."""

from __future__ import annotations

import datetime as dt

from spacy.language import Language
from spacy.tokens import Doc


def infer_published(text: str, today: dt.date | None = None) -> dt.date | None:
    """The latest date not after ``today`` that the text's evidence agrees on, or None."""
    return None  # filled in by the pubdate work


@Language.factory(
    "newsledger_pubdate",
    requires=["doc.text"],
    assigns=["doc._.published", "doc._.published_source"],
)
def make_pubdate(nlp: Language, name: str):
    def pubdate(doc: Doc) -> Doc:
        if doc._.published is None:
            found = infer_published(doc.text)
            if found is not None:
                doc._.published = found
                doc._.published_source = "inferred"
        return doc

    return pubdate
