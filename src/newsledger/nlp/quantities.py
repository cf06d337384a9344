"""Figures: numbers and number words, hedges as intervals, units, what is counted."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


@Language.factory(
    "newsledger_quantities",
    requires=["doc._.times", "token.dep", "doc.sents"],
    assigns=["doc._.claims"],
)
def make_quantities(nlp: Language, name: str):
    def quantities(doc: Doc) -> Doc:
        doc._.claims = []
        return doc

    return quantities
