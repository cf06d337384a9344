"""The ``Doc._`` attributes that newsledger components read and write.

Set before the pipeline runs (by :mod:`newsledger.extract` or the caller):

- ``article_id``: the id the records will carry.
- ``published``: the publication date (``datetime.date``) or None.
- ``published_source``: "given", "metadata", "inferred" or None.

Filled by the components, in pipeline order:

- ``times``: list of :class:`~newsledger.records.TimeRecord` (newsledger_times).
- ``claims``: list of :class:`~newsledger.records.ClaimRecord` (newsledger_quantities;
  newsledger_sources then replaces them with sourced copies).
- ``entities``: list of :class:`~newsledger.records.EntityRecord` (newsledger_entities).
- ``statements``: list of :class:`~newsledger.records.StatementRecord` (newsledger_sources).
- ``problems``: messages of components that gave up on this Doc (see :func:`note_problem`);
  the extractor turns each into an ``error`` record beside the article's other records.

Spans in these records are character offsets into ``doc.text``.
"""

from __future__ import annotations

from spacy.tokens import Doc

from ..records import doc_kinds

# What the extractor sets before the pass, then one list per record kind that
# the components fill (records/registry.py), then the components' complaints.
_ATTRS = {
    "article_id": "",
    "published": None,
    "published_source": None,
    **{kind.doc_attr: None for kind in doc_kinds()},
    "problems": None,
}


def register() -> None:
    """Register the extensions once per process (idempotent)."""
    for name, default in _ATTRS.items():
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)


register()


def note_problem(doc: Doc, component: str, exc: BaseException) -> None:
    """Record that a component gave up on this Doc, so the loss is reported, not silent."""
    if doc._.problems is None:
        doc._.problems = []
    doc._.problems.append(f"{component} skipped ({type(exc).__name__}: {exc})")
