"""Time expressions: find them, normalise to TimeML TIMEX3 and calendar intervals."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


@Language.factory(
    "newsledger_times",
    requires=["doc.ents", "token.tag"],
    assigns=["doc._.times"],
)
def make_times(nlp: Language, name: str):
    def times(doc: Doc) -> Doc:
        doc._.times = []
        return doc

    return times
