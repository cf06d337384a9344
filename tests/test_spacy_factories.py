"""newsledger's components as spaCy factories, usable in a pipeline newsledger did not build."""

from __future__ import annotations

import importlib.metadata

import pytest
import spacy
from spacy.language import Language

from newsledger.nlp.pipeline import COMPONENTS, default_model, load_pipeline

SENTENCE = "The storm killed about 100 people on Monday, police said."
ORDER = ("newsledger_times", "newsledger_entities", "newsledger_quantities", "newsledger_sources")
FACTORIES = ("newsledger_paragraphs", *COMPONENTS)


def _plain(config: dict | None = None) -> Language:
    """The statistical model alone, with newsledger's components added as any spaCy user would."""
    nlp = spacy.load(default_model())
    for name in ORDER:
        nlp.add_pipe(name, config=(config or {}) if name == "newsledger_quantities" else {})
    return nlp


def _about_100(doc) -> tuple[float | None, float | None]:
    (claim,) = [c for c in doc._.claims if c.text == "about 100"]
    return claim.quantity.low, claim.quantity.high


def test_every_factory_is_an_entry_point_spacy_can_find():
    found = {e.name: e.value for e in importlib.metadata.entry_points(group="spacy_factories")}
    assert set(FACTORIES) <= set(found)
    assert found["newsledger_quantities"] == "newsledger.nlp.quantities.component:make_quantities"


def test_the_components_work_in_a_plain_spacy_pipeline():
    doc = _plain()(SENTENCE)
    assert _about_100(doc) == (90.0, 110.0)
    (claim,) = doc._.claims
    assert claim.measure == "people killed" and claim.source.name == "police"
    assert [t.text for t in doc._.times] == ["Monday"]


def test_a_config_override_changes_the_interval_of_an_about_figure():
    assert _about_100(_plain({"approx_band": 0.2})(SENTENCE)) == (80.0, 120.0)


def test_the_entity_and_source_thresholds_are_settings():
    nlp = spacy.blank("en")
    pipe = nlp.add_pipe("newsledger_entities", config={"gap_city_min_population": 5})
    assert pipe.gap_city_min_population == 5
    sources = nlp.add_pipe("newsledger_sources", config={"min_unattributed_quote_words": 2})
    assert sources.min_unattributed_quote_words == 2


def _breaking(monkeypatch) -> None:
    from newsledger.nlp.quantities import component

    def broken(doc, **_):
        raise ValueError("unexpected parse")

    monkeypatch.setattr(component, "extract_claims", broken)


def test_a_component_error_raises_by_default(monkeypatch):
    nlp = _plain()
    _breaking(monkeypatch)
    with pytest.raises(ValueError, match="unexpected parse"):
        nlp(SENTENCE)


def test_a_component_error_goes_to_the_handler_the_user_sets(monkeypatch):
    # A blank pipeline: spaCy 3.8's loaded parser cannot take nlp.set_error_handler itself.
    nlp = spacy.blank("en")
    nlp.add_pipe("newsledger_quantities")
    _breaking(monkeypatch)
    seen = []
    nlp.set_error_handler(lambda name, proc, docs, exc: seen.append((name, str(exc))))
    doc = nlp(SENTENCE)
    assert seen == [("newsledger_quantities", "unexpected parse")]
    assert doc._.claims == [] and doc.text == SENTENCE, "the doc goes on, without that component's output"


def test_newsledgers_own_pipeline_notes_the_problem_and_keeps_the_doc(monkeypatch):
    nlp = load_pipeline()
    _breaking(monkeypatch)
    doc = nlp(SENTENCE)
    assert doc._.claims == [] and len(doc._.times) == 1
    assert doc._.problems == ["newsledger_quantities skipped (ValueError: unexpected parse)"]


@pytest.mark.parametrize("name", FACTORIES)
def test_every_factory_declares_what_it_assigns(name):
    meta = Language.get_factory_meta(name)
    assert meta.assigns, name
    assert isinstance(meta.requires, list)


def test_sources_declares_that_it_reads_times():
    assert "doc._.times" in Language.get_factory_meta("newsledger_sources").requires


def test_newsledgers_own_pipeline_misses_no_requirement():
    problems = load_pipeline().analyze_pipes(pretty=False)["problems"]
    assert all(missing == [] for missing in problems.values()), problems
