"""Sources: who every claim and statement is attributed to."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


@Language.factory(
    "newsledger_sources",
    requires=["doc._.claims", "doc._.entities", "token.dep"],
    assigns=["doc._.claims", "doc._.statements"],
)
def make_sources(nlp: Language, name: str):
    def sources(doc: Doc) -> Doc:
        doc._.statements = []
        return doc

    return sources
