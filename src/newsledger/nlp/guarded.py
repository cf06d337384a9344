"""What one newsledger component does when an article defeats it: spaCy's error handler.

Each component runs its work inside :class:`Guarded`, which hands a failure to
the error handler spaCy gives it (``nlp.set_error_handler``) and leaves the
component's output empty. Outside newsledger the handler is spaCy's default,
which raises, as any spaCy component does. newsledger's own pipeline sets
:func:`keep_article` instead, so that one article's failure becomes an error
record beside its other records rather than the loss of the article.

spaCy's own ``Language.pipe`` would drop the doc after calling a handler; the
handler is called here, inside ``__call__``, so that the doc always goes on.
"""

from __future__ import annotations

from typing import Any, Callable

from spacy.tokens import Doc
from spacy.util import raise_error

from .extensions import note_problem

ErrorHandler = Callable[[str, Any, list, Exception], Any]


def keep_article(name: str, proc: Any, docs: list, exc: Exception) -> None:
    """newsledger's handler: the article stays, the loss is reported as an error record."""
    for doc in docs:
        note_problem(doc, name, exc)


class Guarded:
    """A component whose failure on a doc goes to its error handler, not up the stack."""

    def __init__(self, name: str) -> None:
        self.name = name
        self._error_handler: ErrorHandler = raise_error

    def set_error_handler(self, error_handler: ErrorHandler) -> None:
        self._error_handler = error_handler

    def get_error_handler(self) -> ErrorHandler:
        return self._error_handler

    def run(self, doc: Doc) -> None:  # pragma: no cover - every component overrides it
        raise NotImplementedError

    def give_up(self, doc: Doc, exc: Exception) -> None:
        """Leave the component's output as it is when the component cannot finish."""

    def __call__(self, doc: Doc) -> Doc:
        try:
            self.run(doc)
        except Exception as exc:  # any failure: the handler decides, as in spaCy's own pipes
            self.give_up(doc, exc)
            self._error_handler(self.name, self, [doc], exc)
        return doc
